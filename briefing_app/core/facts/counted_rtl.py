"""What an Arabic or Hebrew figure is about, read from before it in its own clause: a measure noun and its
complement, a subject before a verb of change, the noun a Hebrew "של" hangs on.
"""

from __future__ import annotations

import itertools
import re

from briefing_app.core.facts.ar_change_by_period import ar_change_by_period
from briefing_app.core.facts.ar_comma_to_level import ar_change_before_comma
from briefing_app.core.facts.ar_cut_clauses import ar_comma_set_subject
from briefing_app.core.facts.ar_levels_reached import ar_level_reached
from briefing_app.core.facts.ar_owner_complement import ar_without_owner_complement
from briefing_app.core.facts.ar_partitive_tail import ar_partitive_tail
from briefing_app.core.facts.ar_ranked_subject import ar_ranked_subject
from briefing_app.core.facts.ar_recorded_change import (
    ar_fronted_topic,
    ar_recorded_by_pronoun,
    ar_recorded_change_vso,
    ar_subject_recorded,
    ar_topic_recorded,
)
from briefing_app.core.facts.ar_relative_antecedent import ar_relative_antecedent
from briefing_app.core.facts.ar_times import ar_period, ar_same_period, ar_without_time
from briefing_app.core.facts.ar_valued_items import ar_valued_item
from briefing_app.core.facts.figure_words import (
    AR_LEADS,
    AR_MEASURE,
    AR_STOP,
    AR_VERB,
    HE_MEASURE,
    HE_STOP,
    HE_VERB,
    STOP,
)
from briefing_app.core.facts.figures_he import in_word_gershayim
from briefing_app.core.facts.gated import AtEnd
from briefing_app.core.facts.he_gapping import he_gapped_subject
from briefing_app.core.facts.he_time_adjuncts import he_without_time
from briefing_app.core.numbers import strip_arabic_marks

# A verb of change opening an Arabic clause, its subject (up to five words), and the lead of the step it changed by:
# "ارتفع صافي أرباح الشركة | بنسبة", "تراجع مؤشر السوق | ب".
# (the verb kept, which Arabic news keys a change on: "تراجع مؤشر السوق"; also an imperfect after ل, "لينخفض")
_AR_VSO_STEP = re.compile(
    r"(?<!\S)[وفل]?((?:ارتفع|ارتفعت|انخفض|انخفضت|تراجع|تراجعت|زاد|زادت|نما|نمت|هبط|هبطت|قفز|قفزت|صعد|صعدت|تقلص|تقلصت|نزل|نزلت"
    r"|يرتفع|ترتفع|ينخفض|تنخفض|يتراجع|تتراجع|يزيد|تزيد|ينمو|تنمو|يهبط|تهبط|يقفز|تقفز|يتقلص|تتقلص"
    # (and verbs of losing or gaining a sum: "وخسر رأس المال السوقي نحو 2.6 مليار جنيه"; not a bare "فقد", which is
    # as often "so indeed")
    r"|خسر|خسرت|ربح|ربحت|كسب|كسبت|فقدت|يخسر|تخسر|يربح|تربح|يكسب|تكسب|يفقد|تفقد"
    # (and the passive of estimating: "وتقدر احتياطيات النفط في الكويت بـ 104 مليار برميل", is estimated at)
    r"|تقدر|يقدر|قدرت))"
    # (with a bound: "بأكثر من", "بما يزيد على 10 %")
    # ("بمعدل 49.7%": at a rate of, a lead as "بنسبة" is)
    # ("بنسبة سنوية بلغت 17.9%", "بنسبة قدرها 5 %": the rate with its adjective and a verb of amounting after it)
    r"\s+((?:\S+\s+){0,4}?\S+)\s+(?P<lead>بنسبة(?:\s+(?!ال)[\u0621-\u064a]{2,}ي?ة)?\s+(?:بلغت|بلغ|تبلغ|قدرها|قدره|"
    r"وصلت|تصل)(?:\s+(?:إلى|الى))?|بنسبة|بمعدل|بمقدار|بنحو|بحوالي|بقرابة|ب(?:أكثر|أقل)\s+من|"
    r"بما\s+(?:يزيد|يقل)\s+(?:على|عن)|بما\s+(?:يقارب|يناهز)|ب)?\s*$"
)  # (or no lead at all: "ارتفع عجز الميزان التجاري | نحو 34.7 مليار", "تراجع المؤشر | 1.2 %")


# What may follow a lead ("بنسبة") before its figure and leave it a lead: an indefinite adjective and a verb of
# amounting ("بنسبة سنوية بلغت", "بنسبة قدرها").
_AR_LEAD_DESCRIBED = re.compile(
    r"(?:(?!ال)[\u0621-\u064a]{2,}ي?ة\s+)?(?:بلغت|بلغ|تبلغ|قدرها|قدره|وصلت|تصل)(?:\s+(?:إلى|الى))?"
)


# "to" ends the clauses that lead to a level: the last word of every match of the patterns that end in it.
_TO = ("إلى", "الى")
# A verb of amounting or reaching opening an Arabic clause and its subject (one to four words) right before the
# figure: "بلغت إيرادات الشركة | 500 مليون", "تجاوز عدد الزوار | مليونا" (verb-subject order, no preposition).
_AR_VS_REACH = AtEnd(
    r"(?<!\S)[وف]?(?:بلغ|بلغت|يبلغ|تبلغ|تجاوز|تجاوزت|يتجاوز|تتجاوز|ناهز|ناهزت|يناهز|تناهز|قارب|قاربت|يقارب|تقارب"
    r"|تخطى|تخطت|يتخطى|تتخطى|سجل|سجلت|يسجل|تسجل|حقق|حققت|يحقق|تحقق)\s+((?:\S+\s+){0,14}\S+)\s*$",
    1 + 15,  # (the verb, fifteen words after it)
)  # (and of recording a level: "سجلت الصادرات غير النفطية خلال الفترة 177 مليار"; of achieving one: "كما حققت
# صادرات قطاع النسيج هذه السنة 33.4 مليار")


# A verb of change or its verbal noun opening an Arabic clause, its subject or object (up to four words) and "to"
# before the level reached: "وارتفع عجز الموازنة | إلى", "خفض العجز | إلى", "رفع سن التقاعد | إلى".
_AR_VSO_TO = AtEnd(
    r"(?<!\S)[وفل]?((?:ارتفع|ارتفعت|انخفض|انخفضت|تراجع|تراجعت|زاد|زادت|هبط|هبطت|قفز|قفزت|صعد|صعدت|تقلص|تقلصت"
    r"|خفض|خفضت|رفع|رفعت|تخفيض|زيادة|تقليص|يرفع|ترفع|يخفض|تخفض|وصل|وصلت|يصل|تصل|سيصل|ستصل"
    # (the imperfect too, as budgets and forecasts tell it: "يصعد العجز المتوقع إلى", "ترتفع الديون إلى")
    r"|يرتفع|ترتفع|ينخفض|تنخفض|يتراجع|تتراجع|يزيد|تزيد|يصعد|تصعد|يقفز|تقفز|يهبط|تهبط))"
    r"\s+((?:\S+\s+){0,3}?\S+)\s+(?:إلى|الى)\s*$",
    1 + 4 + 1,  # (the verb, four words, إلى)
    endings=_TO,
)


# The same verb with a longer run before "to" (five to ten words): its subject, then complements of place, source or
# time the reading cuts off ("ووصل إجمالي إيرادات المنشآت الفندقية | في الإمارات وفقا للتقديرات الاولية | إلى").
_AR_VS_LONG_TO = AtEnd(
    r"(?<!\S)[وفل]?(?:ارتفع|ارتفعت|انخفض|انخفضت|تراجع|تراجعت|زاد|زادت|هبط|هبطت|قفز|قفزت|صعد|صعدت|تقلص|تقلصت"
    r"|وصل|وصلت|يصل|تصل|سيصل|ستصل|يرتفع|ترتفع|ينخفض|تنخفض|يتراجع|تتراجع|يزيد|تزيد|يصعد|تصعد|يقفز|تقفز|يهبط|تهبط)"
    r"\s+((?:\S+\s+){4,9}?)(?:إلى|الى)\s*$",
    1 + 9 + 1,  # (the verb, nine words, إلى)
    endings=_TO,
)
# Words that open a source adjunct inside an Arabic clause ("وفقا للتقديرات", "بحسب البيانات"): no part of a subject.
_AR_SOURCE_WORDS = {"وفقا", "وفقاً", "طبقا", "طبقاً", "بحسب", "حسب", "وبحسب", "وفق"}


# A verb of estimating opening the clause, what it estimates (a noun and its definite adjective) and, past any
# complements, the lead "ب" before the figure: "تقدر الجرعة المميتة من السارين للبالغين ب(أقل من) 1 ملليغرام".
_AR_ESTIMATED = re.compile(
    # (or a measure in construct with a definite noun: "وقدر عدد العاطلين عن العمل | بنحو 655 ألفا", the lead then
    # read with the figure as its bound)
    rf"(?<!\S)[وف]?(?:تقدر|يقدر|قدرت|قدر)\s+((?:{AR_MEASURE}\s+)?ال[\u0621-\u064a]+)(?:\s+(ال[\u0621-\u064a]+))?"
    r"(?:\s+\S+){0,5}?(?:\s+ب(?:نحو|حوالي|قرابة|أقل\s+من|أكثر\s+من|ما\s+يزيد\s+على|ما\s+يقارب)?)?\s*$"
)


# A change noun after "ب" and what measures it, before the figure: "بزيادة عن العام السابق بلغت 23.9 %",
# "بانخفاض قدره 5 %", "بارتفاع نسبته 12 %", "ما يمثل انخفاضا بلغ 64 ألفا": the change is what the figure measures.
AR_CHANGE_NOUNS = "زيادة|ارتفاع|انخفاض|تراجع|نمو|هبوط|تقلص"  # (the nouns of a change: rise, increase, fall...)
# The nouns of change spelt as their verbs ("تراجع" retreat / it retreated), read as nouns right after a lead.
_AR_CHANGE_NOUNS_LIKE_VERBS = frozenset({"تراجع", "تحسن", "تقلص", "تزايد", "تباطؤ"})
_AR_CHANGE_MEASURED = re.compile(
    rf"(?<!\S)[وف]?ب?({AR_CHANGE_NOUNS})(?:ا|اً)?(?:\s+(?!ب?(?:زيادة|ارتفاع|انخفاض))\S+){{0,4}}?\s+"
    r"(?:بلغت|بلغ|قدرها|قدره|نسبتها|نسبته|تبلغ|يبلغ)\s*$"
)
# A verb of change, its subject, any adjuncts, then "to reach" before the level: "وزادت مبيعات الشركة خلال الفترة
# لتصل إلى 373 مليون": the subject (up to the first preposition) reached the level.
_AR_CHANGED_REACHING = re.compile(
    r"(?<!\S)[وف]?(?:ارتفع|ارتفعت|انخفض|انخفضت|تراجع|تراجعت|زاد|زادت|نما|نمت|هبط|هبطت|قفز|قفزت|صعد|صعدت|تقلص|تقلصت)"
    r"\s+((?:\S+\s+){0,8}?)(?:لتصل|ليصل|لتبلغ|ليبلغ)\s+(?:إلى|الى)?\s*$"
)


# A verb of seeing or recording, its subject, a change noun, then "to reach" (a level): "عرفت نسبة البطالة (في تونس)
# ارتفاعا | لتبلغ".
_AR_SEEN_REACHING = re.compile(
    r"(?<!\S)[وف]?(?:عرفت|عرف|شهدت|شهد|سجلت|سجل|حققت|حقق)\s+((?:\S+\s+){0,5}?)"
    r"(?:ارتفاعا|انخفاضا|تراجعا|نموا|زيادة|قفزة|هبوطا)\s+(?:لتبلغ|ليبلغ|لتصل|ليصل)(?:\s+(?:إلى|الى))?\s*$"
)
# Prepositions that may open a complement inside an Arabic subject, which ends there for what a figure counts.
_AR_SUBJECT_PREPOSITIONS = {"على", "من", "عن", "مع", "لدى", "عبر", "ضمن", "بين", "حول", "في", "إلى", "الى"}
_AR_WHEN = {"حين", "عندما", "لما", "إذ", "إذا", "كلما", "بينما", "حتى", "ثم", "لكن", "لأن"}
# The same step with the subject before its verb (SVO, after "إن/أن" in reported speech): "إن أرباحها الصافية ارتفعت
# بنسبة 8 %".
_AR_SVO_STEP = AtEnd(
    r"((?:\S+\s+){0,5}?\S+)\s+(?:قد\s+)?[وف]?((?:ارتفع|ارتفعت|انخفض|انخفضت|تراجع|تراجعت|زاد|زادت|نما|نمت|هبط|هبطت|قفز|قفزت"
    r"|صعد|صعدت|تقلص|تقلصت"
    # (and the present, as headlines write it: "صادرات القطاع الصناعي ترتفع ب 118 مليار")
    r"|يرتفع|ترتفع|ينخفض|تنخفض|يتراجع|تتراجع|يزيد|تزيد|ينمو|تنمو|يهبط|تهبط|يقفز|تقفز))\s+(?:بنسبة|بمقدار|بنحو|بحوالي|ب)\s*$",
    6 + 3,  # (six words of subject, قد, the verb, the lead)
    endings=("بنسبة", "بمقدار", "بنحو", "بحوالي", "ب"),
)
# The same with no lead, the present verb right before the figure: "التضخم في الكويت | يرتفع | 2.95 في المئة".
_AR_SVO_BARE = re.compile(
    r"(?:^|\s)((?:\S+\s+){0,4}?\S+)\s+(?:ي|ت)(?:رتفع|نخفض|تراجع|زيد|نمو|هبط|قفز|صعد|تقلص)\s*$"
)
_AR_AMOUNTING_VERBS = ("بلغ", "بلغت", "يبلغ", "تبلغ", "تجاوز", "تجاوزت", "يتجاوز", "تتجاوز", "ناهز", "ناهزت", "قارب",
                       "قاربت", "تخطى", "تخطت")  # fmt: skip
_AR_AMOUNTING = rf"[وف]?(?:{'|'.join(_AR_AMOUNTING_VERBS)})"
# A level described, then "at" the figure: "إلى أعلى مستوى على الإطلاق | عند 36.5 %" (read as "to" the figure).
_AR_LEVEL_AT = re.compile(r"(?<!\S)(?:إلى|الى)\s+(?:أعلى|أدنى|اعلى|ادنى)\s+مستو\S*(?:\s+\S+){0,4}?\s+عند\s*$")
_AR_RECORDING = r"[وف]?(?:سجل|سجلت|يسجل|تسجل)"
# ("أن التضخم في المدن يسجل": seven words of subject, قد, the verb; every form ends in سجل or سجلت)
_AR_SUBJECT_RECORDING = AtEnd(
    rf"((?:\S+\s+){{0,6}}\S+)\s+(?:قد\s+)?{_AR_RECORDING}\s*$", 7 + 2, endings=("سجل", "سجلت")
)


# A step's lead alone in its clause ("، بنسبة", "، بنحو", "، بما نسبته"), and a clause that opens with a verb of change.
# (or a bound alone, or nothing, after a verb of amounting and its subject: "بلغت نسبة الموجودات إلى الناتج، نحو 192%")
_AR_LEAD_ONLY = re.compile(
    r"\s*(?:بنسبة|بنحو|بحوالي|بمقدار|بقرابة|ب?ما\s+نسبته|ب(?:أكثر|أقل)\s+من|نحو|حوالي|حوالى|قرابة|زهاء|ما\s+يقارب)?\s*"
)
_AR_CHANGE_OPENS = re.compile(
    r"[وف]?(?:ارتفع|ارتفعت|انخفض|انخفضت|تراجع|تراجعت|زاد|زادت|نما|نمت|هبط|هبطت|قفز|قفزت|صعد|صعدت|تقلص|تقلصت"
    r"|بلغ|بلغت|تجاوز|تجاوزت|ناهز|ناهزت|قارب|قاربت|تخطى|تخطت)\s"
)
# A noun of change, an adjective and the lead of its step, alone after a comma ("، ارتفاعا حادا بنسبة"), and the
# verbs of recording that open the clause before the comma.
_AR_CHANGE_LEAD_ONLY = re.compile(
    r"\s*(?:نموا|ارتفاعا|تراجعا|انخفاضا|هبوطا|انتعاشا|زيادة)(?:\s+(?!ب)[\u0621-\u064a]{2,})?"
    r"\s+(?:بنسبة|بمقدار|بنحو|بحوالي)\s*"
)
_AR_RECORDING_OPENS = re.compile(r"[وف]?(?:سجل|سجلت|شهد|شهدت|حقق|حققت)\s")
# The same clause of change with a short prepositional adjunct fronted before its verb ("وفي سياق آخر بلغت",
# "وعلى صعيد متصل ارتفعت"): the adjunct is where the story turns, the verb still opens the clause.
_AR_FRONTED_ADJUNCT_OPENS = re.compile(
    r"(?:[وف]?(?:في|على|من|ب)\s+(?!\S*[\d٠-٩])(?:\S+\s+){1,2}?)?" + _AR_CHANGE_OPENS.pattern
)
# A definite participle of belonging or place opening the piece after a comma ("، التابع لبلدية الوادي"): an aside
# on the noun before the comma, not a clause of its own.
_AR_PARTICIPLE_ASIDE = re.compile(
    r"\s*(?:التابع|التابعة|التابعين|الواقع|الواقعة|الكائن|الكائنة|المخصص|المخصصة|المملوك|المملوكة)\s+\S"
)
# Months (and years) in brackets after a period, its span: "خلال الفترة (يوليو – مارس)".
_AR_MONTHS_IN_BRACKETS = re.compile(r"\s*\((?:\s*(?:[\u0621-\u064a]{3,}|[\d٠-٩]{4})\s*[–\-/]?)+\)")
# "that it", "that she": a pronoun subject glued to the complementiser, which names nothing by itself.
_AR_THAT_IT = re.compile(r"[وبل]?[أإ]ن(?:ه|ها|هم|هما)")


def ar_that_it(word: str) -> bool:
    """Whether an Arabic word is "that it/she/they" ("أنه", "بأنها"): a pronoun subject, no noun of what is counted."""
    return _AR_THAT_IT.fullmatch(strip_arabic_marks(word)) is not None


# Where a clause ends before a figure: punctuation, but not a decimal point or a thousands comma between digits.
_CLAUSE_BREAK = re.compile(r"(?<!\d)[,.،]|[,.،](?!\d)|[;:!?؛\"“”«»()]")


def _measure_chain(words: list[str], i: int, measure: str, lang: str) -> str | None:
    """An Arabic measure noun up to three words before the measure at `i`, with only nouns between ("نسبة
    تراجع | سعر الخام"): the chain from the first, through the second's complement."""
    if lang != "ar":
        return None
    for j in range(i - 1, max(i - 4, -1), -1):
        word = words[j]
        # (a verbal noun in the chain reads like a verb: "نسبة تراجع": a noun after a measure)
        verb = re.fullmatch(AR_VERB, word) and not (j and re.fullmatch(measure, words[j - 1]))
        if word in AR_STOP or verb or word in AR_LEADS:
            return None
        if re.fullmatch(measure, word):
            tail = []
            for w in words[i + 1 : i + 3]:
                if w in AR_STOP or re.fullmatch(AR_VERB, w) or w in AR_LEADS:
                    break
                tail.append(w)
            return " ".join([*words[j : i + 1], *tail])
    return None


# Subjects before their verb at the end of a clause, searched only from where the clause's last words start (the
# words each match spans at most, as counted in its comment): from every position of a long Arabic clause they cost
# more than all the other readers of the clause.
# ("أن حالات الحصبة في الإقليم قد وصلت إلى": seven words of subject, قد, the verb, إلى)
_AR_SUBJECT_VERB_TO = AtEnd(
    rf"((?:\S+\s+){{0,6}}\S+)\s+(?:قد\s+)?{AR_VERB}\s+(?:إلى|الى)\s*$", 7 + 3, endings=_TO
)
# ("أن الخسائر تجاوزت": seven words of subject, قد, the verb)
# ("أن صادرات الأردن ... كانت تتجاوز": the auxiliary "كان" before the verb, which a bound's reading may have taken,
# leaving the copula alone before the figure)
_AR_SUBJECT_AMOUNTING = AtEnd(
    rf"((?:\S+\s+){{0,6}}\S+)\s+(?:قد\s+)?(?:(?:كان|كانت)(?:\s+{_AR_AMOUNTING})?|{_AR_AMOUNTING})\s*$",
    7 + 2,
    endings=("كان", "كانت", *_AR_AMOUNTING_VERBS),
)
# ("רווח נקי מאוד של": a noun, its adjective, an adverb of degree, של)
# Hebrew nouns of change, with a conjunction or preposition glued ("ועלייה", "בירידה").
_HE_CHANGE_NOUN = re.compile(r"[ובל]?(?:עלייה|עליה|ירידה|צמיחה|גידול|קיטון|זינוק|צניחה|התכווצות|האטה)")
# A level reached, after "ל": "טיפס לשיעור של", "הגיע לרמה של", "ירד להיקף של".
_HE_LEVEL_OF = re.compile(r"ל(?:שיעור|רמה|רמת|היקף|סך|שיא|כדי)")
# Adjectives a sum's noun takes before "של": of size, weight and wonder, and participles of the binyanim in מ-
# ("מדהים", "מרשים", "מצטבר", "מוערך"), which no noun of a sum is.
_HE_SUM_ADJECTIVE = re.compile(
    r"(?:עצום|עצומה|ענק|ענקי|גדול|גדולה|קטן|קטנה|גבוה|גבוהה|נמוך|נמוכה|כבד|כבדה|חריג|חריגה|כולל|כוללת|"
    r"ממוצע|ממוצעת|נוסף|נוספת|מ\S{3,})"
)
_HE_NOUN_OF = AtEnd(r"(?:(\S+)\s+)?(\S+)\s+(?:(מאוד|ביותר|יותר|פחות)\s+)?של\s*$", 4)  # ("חדה יותר של": comparative)
# ("הרווח עלה ב-12 % ל-": five words of subject, the verb, the step written in two words, a preposition)
_HE_SUBJECT_VERB = AtEnd(
    # (and the step about so much: "צפויות לצמוח בכ-30% לכ-2.4 מיליון")
    rf"((?:\S+\s+){{0,5}}\S+)\s+{HE_VERB}\s+(?:ב-?(?:כ-?)?[\d.,]+\s*%?\s+)?(?:על\s+|פי\s+|ל-?|ב-?|כ-?)?$", 6 + 4
)
# A verb of exceeding or nearing right before an Arabic figure, its bound: "بنسبة تفوق 90 %", "بقيمة تتجاوز 3 مليارات",
# "بعدد يقارب 200".
_AR_BOUND_VERB = re.compile(
    # (not after "ما": "بما يزيد على 8 %" is a lead of its own, which the readings of a change know)
    # (and one negated, "at most": "بزيادة طفيفة لم تتعد 1,5 %", "بنسبة لا تتعدى 2 %", "لم تتجاوز")
    r"(?<!ما\s)(?<!\S)(?:(?:لم|لا)\s+)?(?:[تي](?:فوق|تجاوز|ناهز|قارب|خطى|تخطى|تعد|تعدى|تعدي)|[تي]زيد\s+(?:عن|على)"
    r"|[تي]قل\s+عن)\s*$"
)
AR_BOUND_VERB = _AR_BOUND_VERB  # (for the reader of the words ahead of an Arabic figure, in `counted`)


def _ar_construct_head(head: str, measure: str) -> bool:
    """Whether `head` heads a construct whose complement is the measure noun `measure` ("عجز | الميزانية", "متوسط |
    سعر"): an indefinite noun (no article), no verb, function word, lead or number, and a measure with no preposition
    glued to it."""
    if not re.fullmatch(rf"(?:و|ال|وال)?{AR_MEASURE}", measure):
        return False  # ("لأسعار", "بقيمة": a complement or a lead of its own)
    if re.match(r"[وفبل]?ال|لل", head) or re.search(r"[\d٠-٩]", head) or len(head) < 3:
        return False
    bare = re.sub(r"^[وف](?=\S{2})", "", head)
    if bare in AR_STOP or head in AR_STOP or head in AR_LEADS or re.fullmatch(AR_VERB, head):
        return False
    # (a verb the list of verbs of change leaves out is no head either: an imperfect, "وتتراوح", "يعيش", or a past
    # in -ت that is no plural in -ات, "عاودت")
    return not (re.match(r"ي|تت", bare) or (bare.endswith("ت") and not bare.endswith("ات") and len(bare) >= 4))


# An age band in brackets inside a subject: "معدل البطالة للبالغين للفئة العمرية (15 سنة فأكثر) (13.5%)".
_AR_AGE_BAND = re.compile(
    r"\s*\(\s*[\d٠-٩]+\s*(?:[-–]\s*[\d٠-٩]+\s*)?(?:سنة|عاما|عاماً|سنوات)\s*(?:فأكثر|فما\s+فوق|وما\s+فوق|فأقل)?"
    r"\s*\)\s*(?=\S|$)"
)


def ar_without_age_band(before: str) -> str:
    """`before` less an age band in brackets, an aside of the subject, not the edge of its clause."""
    return _AR_AGE_BAND.sub(" ", before)


_RTL_CONTEXT_RE1 = re.compile(r"[\d٠-٩]")
_RTL_CONTEXT_RE2 = re.compile(r"ل[إا]جمالي")
_RTL_CONTEXT_RE3 = re.compile(r"[وبل]?ال[إا]جمالي")
_RTL_CONTEXT_RE4 = re.compile(r"ו?לעלות")


def rtl_context(before: str, lang: str) -> str | None:
    """What an Arabic or Hebrew figure is about, from before it in its own clause: a measure noun and
    its complement ("بلغ عدد الضحايا 81 شخصا", "מספר הפליטים הגיע ל-2 מיליון"), a Hebrew subject
    before a verb of change or a copula ("האבטלה עלתה ל-5%"), or the noun a Hebrew "של" hangs on
    ("חוזה של 3 מיליון דולר")."""
    # (not at a decimal point or a thousands comma: "بلغت 91.5 مليون دولار بزيادة ..." is one clause)
    if lang == "ar":  # ("شهدت أيضًا ارتفاعًا بنسبة 8%": an adverb of the clause is no word of what changed)
        before = re.sub(r"(?<!\S)(?:أيضا|أيضاً|أيضًا|ايضا|كذلك)(?=\s|$)", " ", before)
    if lang == "ar":  # ("معدل البطالة للسكان (أردنيين وغير أردنيين) بلغ": a bracketed aside is no part of the subject)
        # ("تتجاوز الـ400 مليون": the article glued to the figure is no word of what it counts)
        before = re.sub(r"(?<!\S)[وبل]?الـ?\s*$", "", before)
        before = re.sub(r"\s*[(/]\s*$", " ", before)  # ("بطول /37/ كيلومترا": the mark opening a number is no word)
        before = re.sub(r"\s*\([^()\d٠-٩]{1,60}\)\s*(?=\S)", " ", before)
        before = ar_without_age_band(before)
        # ("بلغ عدد العاطلين في الثلاثي الثالث من سنة 2022، حوالي 613 ألفا": a comma after a time adjunct, then only
        # the figure's bound, parts no verb from its figure; read on over the comma)
        bare = re.sub(r"(?:^|\s)(?:حوالي|حوالى|نحو|قرابة|زهاء)\s*$", " ", before)
        if re.search(r"(?<!\S)[\d٠-٩]{4}م?[،,]\s*$", bare):  # (after a year, the end of the time adjunct)
            before = re.sub(r"[،,]\s*$", " ", bare)
    if lang == "ar" and (ranked := ar_ranked_subject(before)):
        return ranked  # "احتلت صادرات المجمع الصدارة باجمالي 82,4 مليار": what ranks, not its rank
    if lang == "ar" and (antecedent := ar_relative_antecedent(before)):
        return antecedent  # "المبالغ المسلمة من الإقليم، والتي بلغت 439 مليار": the noun the relative clause describes
    clause = _CLAUSE_BREAK.split(in_word_gershayim(before) if lang == "he" else before)[-1]
    if lang == "he" and _HE_VERB_ONLY.fullmatch(clause):
        # ("מדד מחירי הדירות, הכולל דירות חדשות ויד שנייה, עלה ב-0.7%": an aside in commas between the subject
        # and its verb; the subject is before the aside)
        pieces = _CLAUSE_BREAK.split(in_word_gershayim(before))
        if len(pieces) >= 3 and _HE_ASIDE.match(pieces[-2]) and not re.search(r"\d", pieces[-3]):
            clause = f"{pieces[-3].strip()} {clause.lstrip()}"
    if lang == "he" and _HE_STANDING_ONLY.fullmatch(clause):
        # ("שכר המינימום, העומד כיום על", "הקנס, יעמוד מיום שישי על": a verb of standing after a comma, alone with a
        # time it holds from; the noun phrase before the comma is what stands at the figure)
        pieces = _CLAUSE_BREAK.split(in_word_gershayim(before))[:-1]
        while len(pieces) > 1 and _HE_SOURCE_ASIDE.match(pieces[-1]):
            pieces.pop()  # ("המחיר, כך הודיעה העירייה, יעמוד על", "לדברי המנהלת": whose word it is, an aside)
        held = pieces[-1] if pieces else ""
        if held.strip() and not re.search(r"\d", held) and not _HE_SOURCE_ASIDE.match(held):
            words = held.split()
            if not re.match(r"\s*[הש]", clause):
                # (the future's subject opens the piece, a head and its definite complements: "דמי המנוי לבריכה
                # העירונית, יעמדו" is the fee; a relative participle describes the noun right before the comma)
                words = words[:1] + list(itertools.takewhile(lambda w: w.startswith("ה"), words[1:]))
            clause = f"{' '.join(words)} עומד על "
    if lang == "ar" and (joined := ar_comma_set_subject(before, clause)):
        clause = joined
    change_only = lang == "ar" and _AR_CHANGE_LEAD_ONLY.fullmatch(strip_arabic_marks(clause)) is not None
    # ("بلغت كميات الحبوب الواردة إلى المخزن، التابع لبلدية الوادي، اليوم الاثنين 830 طنا": a participle of belonging
    # or place after a comma describes the subject's last noun; the clause of amounting is the piece before it)
    aside = lang == "ar" and _AR_PARTICIPLE_ASIDE.match(strip_arabic_marks(clause)) is not None
    aside = aside and not re.search(r"[\d٠-٩]", clause[: len(clause.rstrip())])
    if lang == "ar" and aside:
        pieces = _CLAUSE_BREAK.split(before)
        if len(pieces) >= 2 and _AR_FRONTED_ADJUNCT_OPENS.match(strip_arabic_marks(pieces[-2]).strip()):
            clause = f"{pieces[-2].strip()} {clause.strip()} "
    if lang == "ar" and (_AR_LEAD_ONLY.fullmatch(ar_without_time(strip_arabic_marks(clause))) or change_only):
        # ("نمت ودائع الجهاز المصرفي لنهاية تشرين الأول الماضي، بنسبة 6.1%": the lead alone after a comma; the
        # clause of change it leads from is the one before the comma)
        # ("وقفزت إيرادات الشركة، خلال الفترة (يوليو – مارس) بنسبة": a time adjunct, its months in brackets, may
        # stand in commas between them)
        pieces = _CLAUSE_BREAK.split(_AR_MONTHS_IN_BRACKETS.sub(" ", before))
        k = -2
        while -k < len(pieces) and not ar_without_time(strip_arabic_marks(pieces[k])).strip():
            k -= 1  # ("إيرادات الشركة، خلال الفترة، بنسبة": past a piece that is only a time)
        # ("سجل التضخم في شهر نيسان الماضي، ارتفاعا حادا بنسبة 0.8%": a verb of recording, its subject, a time, a
        # comma, then the change noun and its lead)
        # (after a fronted adjunct too: "وعلى صعيد آخر بلغت أوزان القمح ...، اليوم الأحد، 640 طنا")
        opens = _AR_RECORDING_OPENS if change_only else _AR_FRONTED_ADJUNCT_OPENS
        opening = len(pieces) >= -k and opens.match(strip_arabic_marks(pieces[k]).strip())
        if opening and not re.search(r"[\d٠-٩]", pieces[k]):  # (not past another figure: "بلغ عدد القتلى 5، 3 منهم")
            clause = f"{pieces[k].strip()} {clause.strip()} "
    if lang == "ar" and (changed := ar_change_before_comma(_CLAUSE_BREAK.split(before), clause)):
        clause = changed  # "ارتفاع معدل التضخم في مدن البلاد، في سبتمبر إلى 38%": the change before the time
    clause = strip_arabic_marks(clause) if lang == "ar" else clause
    if lang == "ar":  # ("بلغت ما قيمته نحو 657 مليون": "what its value is" stands between the verb and its figure)
        clause = re.sub(r"(?<!\S)ب?ما\s+(?:قيمته|قيمتها|نسبته|نسبتها|مجموعه|مجموعها)\s*$", "", clause)
        # ("بنسبة تفوق 90 %", "بقيمة تتجاوز": a verb of exceeding or nearing is the figure's bound, as "أكثر من")
        # (not after a definite subject, whose verb it is: "عائدات السياحة الإماراتية تتجاوز 3 مليارات")
        bound = _AR_BOUND_VERB.search(clause)
        if bound and not re.search(r"(?<!\S)[وف]?ال[\u0621-\u064a]{2,}\s+$", clause[: bound.start()]):
            clause = clause[: bound.start()]
        # ("قفز التضخم إلى أعلى مستوى على الإطلاق عند 36.5 %": the level described, then "at" the figure, is "to" it)
        clause = _AR_LEVEL_AT.sub("إلى ", clause)
    # ("وصلت قيمة صادرات المملكة من الحلي في كانون الثاني من العام الحالي، إلى": a long clause loses its time
    # adjuncts before its last words are read, so that the measure that opens it stays in reach)
    long_ar = lang == "ar" and len(clause.split()) > 12
    words = (ar_without_time(clause) if long_ar else clause).split()[-12:]
    if not words:
        return None
    measure = AR_MEASURE if lang == "ar" else HE_MEASURE
    prefixes = r"(?:[وبلف]|ال|وال|بال|لل)?" if lang == "ar" else r"(?:[ובלמה]|וה|וב|ול|מה|שה)?"
    valued_item = (ar_valued_item(before) or ar_level_reached(before)) if lang == "ar" else None
    if valued_item:  # "فئة الـ 20 دينارا بقيمة بلغت 1.07 مليار": the item valued, not its currency word
        return valued_item
    recorded_first = ar_recorded_by_pronoun(clause) if lang == "ar" else None
    if recorded_first:  # "سجلت التسهيلات نموا نسبته 2.8": the change and what changed, not "نموا نسبته"
        return recorded_first
    for i in range(len(words) - 1, -1, -1):
        if lang == "ar" and _RTL_CONTEXT_RE1.search(words[i]):
            break  # "أسعار الأرز بنسبة 30 % | والعدس بنسبة": a measure before another figure is that figure's
        if lang == "ar" and i and words[i - 1] in ("خلال", "طوال", "طيلة", "في") and words[i] in ("الفترة", "المدة"):
            # "زادت مبيعات الشركة خلال الفترة لتصل إلى ...": a time adjunct, not what was measured; so is "in the
            # period", its adjective after it ("وسجلت الإيرادات في الفترة المحتسبة نحو 15.7 مليار")
            continue
        pointed = i > 1 and words[i - 1] in ("تلك", "هذه", "نفس", "ذات")  # (and "the same": "خلال نفس الفترة")
        pointed = pointed and words[i - 2] in ("خلال", "طوال", "طيلة", "في")
        if lang == "ar" and pointed and words[i] in ("الفترة", "المدة"):
            continue  # "بلغت نسبة الإشغال فيها خلال تلك الفترة 36%": the period pointed at, a time adjunct
        compared = lang == "ar" and i + 1 < len(words) and ar_same_period(words[i + 1])
        if compared and words[i] in ("للفترة", "بالفترة", "للمدة", "بالمدة"):
            continue  # "ارتفعت أعداد سياح المبيت للفترة ذاتها بنسبة": for the same period, a time adjunct
        if lang == "ar" and words[i] in AR_LEADS and _AR_LEAD_DESCRIBED.fullmatch(" ".join(words[i + 1 :])):
            continue  # "بنسبة سنوية بلغت 17.9%": a lead with its adjective and verb of amounting is still a lead
        if i + 1 < len(words) and _RTL_CONTEXT_RE1.match(words[i + 1]):
            continue  # "بنسبة 1.2 في المئة ليغلق عند 6540": the measure of the number after it, not of this one
        if lang == "ar" and i and _RTL_CONTEXT_RE2.fullmatch(words[i]):
            continue  # "لأسعار المستهلكين | لإجمالي الجمهورية": "for the whole of", the scope, no measure
        gross = lang == "ar" and i and _RTL_CONTEXT_RE3.fullmatch(words[i])
        if gross and re.match(r"[وبل]?ال|لل", words[i - 1]):
            continue  # "الناتج المحلي الإجمالي": "gross", an adjective agreeing with a definite noun, no measure
        if lang == "he" and _RTL_CONTEXT_RE4.fullmatch(words[i]) and "של" not in words[i + 1 : i + 2]:
            continue  # "המשיכו לעלות ב-0.5%": the infinitive "to rise", not "לעלות של" (to a cost of)
        if lang == "he" and _HE_LEVEL_OF.fullmatch(words[i]):
            break  # "טיפס לשיעור של 61.1%": the level reached, read with the subject below
        if re.fullmatch(prefixes + measure, words[i]) and (i + 1 < len(words) or words[i] not in AR_LEADS):
            owned = lang == "ar" and i and re.match(r"ل(?!ل)|لل", words[i]) and re.match(r"[وف]?ال", words[i - 1])
            head = [w for w in words[max(0, i - 2) : i] if re.match(r"[وف]?ال", w)] if owned else []
            if len(head) == 2 and i > 2 and re.match(r"[وف]?ال", words[i - 3]) and words[i - 3] not in AR_STOP:
                head = [words[i - 3], *head]  # "الرقم القياسي العام | لأسعار": the noun and both its adjectives
            if head and not any(w in AR_STOP or re.fullmatch(AR_VERB, w) for w in head):
                # "التضخم السنوي لأسعار المستهلكين": a measure after ل is the complement of the definite noun before
                # it, which heads what the figure counts
                tail = [w for w in words[i + 1 : i + 3] if w not in AR_STOP and not re.fullmatch(AR_VERB, w)]
                return " ".join([*head, words[i], *tail[:1]])
            chain = _measure_chain(words, i, prefixes + measure, lang)
            if chain:  # "نسبة تراجع سعر الخام": a measure whose complement holds another measure, the whole chain
                return chain
            # "بلغ عدد الضحايا", and a measure right before its figure: "على عمق 10 كيلومترات", "לגובה 300 מטר";
            # not a lead ("بنسبة 5 %"), which says nothing of what changed
            tail = []
            for w in words[i + 1 : i + 3]:
                # ("بنسبة تراجع 2.7%": after a lead, "تراجع", "تحسن" are the nouns of the change, not its verbs)
                change_noun = lang == "ar" and words[i] in AR_LEADS and not tail and w in _AR_CHANGE_NOUNS_LIKE_VERBS
                if change_noun:
                    tail.append(w)
                    continue
                if w in STOP[lang] or re.fullmatch(HE_VERB if lang == "he" else AR_VERB, w) or w in AR_LEADS:
                    break
                if lang == "ar" and re.fullmatch(r"ب?(?:أكثر|أقل|نحو|حوالي|قرابة|زهاء)", w):
                    break  # "أسعار الخام | بأكثر من 10 %": the bound of the figure, no word of what is measured
                tail.append(w)
            if lang == "ar" and tail:  # "قيمة الصادرات الوطنية من الأسمدة": the part the complement is narrowed to
                tail += ar_partitive_tail(words, i + 1 + len(tail))
            owner = words[i - 1] if i and not tail and words[i - 1] not in STOP[lang] else None
            if owner and re.fullmatch(HE_VERB if lang == "he" else AR_VERB, owner):
                owner = None
            if owner:  # "زلزال بقوة 6 درجات", "البرج بارتفاع 300 متر": what the measure is of, just before it
                return f"{owner} {words[i]}"
            if lang == "ar" and i and _ar_construct_head(words[i - 1], words[i]):
                # "فائض ميزانية الكويت 17 مليار", "يرتفع عجز الميزانية لنحو": the measure is the complement of an
                # indefinite head before it, which is what the figure counts
                return " ".join([words[i - 1], words[i], *tail])
            return " ".join([words[i], *tail])  # "המחיר עלה ב-8%": a measure alone still says what
    if lang == "ar":
        # ("وصلت الإيرادات خلال الشهور الخمسة الأولى من عام 2024 إلى": a time adjunct parts subject and figure)
        timed_clause, clause = clause, ar_without_time(clause)
        # (a name in quote marks inside the subject: "تراجع مؤشر « داو جونز » ب 0.4")
        unquoted = re.sub(r"\s*[\"“”«»]\s*", " ", strip_arabic_marks(re.split(r"[,.;:!?،؛()]", before)[-1]))
        by_period = ar_change_by_period(clause)
        if by_period:  # "محققة بذلك تراجعا شهريا بنسبة 4 %": the change, not its adverb of period
            return ar_recorded_change_vso(clause) or by_period
        in_clause = _AR_VSO_STEP.search(clause)
        if in_clause is None and (shorter := ar_without_owner_complement(clause)):
            in_clause = _AR_VSO_STEP.search(shorter)  # "خسر رأس المال السوقي | لأسهم الشركات المقيدة بالبورصة"
        vso = in_clause or _AR_VSO_STEP.search(" ".join(unquoted.split()[-12:]) + " ")
        last = vso.group(2).split()[-1] if vso else ""
        if vso and vso.group("lead") is None and (last in AR_STOP or last in AR_LEADS or last.startswith("بنسب")):
            vso = None  # with no lead, the subject ends in a noun ("وارتفعت بنسبة", "انخفضت إلى" are no subjects)
        if vso:  # "ارتفع صافي أرباح الشركة بنسبة 12 %": the subject after its verb of change, before the step's lead
            subject = vso.group(2).split()
            numbered = [k for k, w in enumerate(subject) if re.search(r"[\d٠-٩]", w)]
            if numbered:  # "ارتفعت أسعار الأرز بنسبة 30 % والعدس بنسبة": the subject after the other figure
                subject = subject[numbered[-1] + 1 :] or subject
            if subject[0] in AR_STOP:  # "لينخفض في آخر جلسات الأسبوع ب 0.2": a time or place, no subject
                # (unless a reported clause named its subject before the verb: "أن الصادرات تراجعت في تموز بنسبة")
                told = clause[: vso.start()].split() if vso is in_clause else []
                starts = [k for k, w in enumerate(told) if re.fullmatch(r"[وبل]?[أإ]ن", w)]
                named = [w for w in told[starts[-1] + 1 :] if w not in AR_STOP] if starts else []
                if named and len(named) <= 4 and all(w.startswith(("ال", "وال")) for w in named[:1]):
                    return " ".join([vso.group(1), *named])
                return vso.group(1)
            subject = [w for w in subject if w not in AR_STOP]
            if subject:
                return " ".join([vso.group(1), *subject])
        measured = _AR_CHANGE_MEASURED.search(clause)
        if measured:  # "بزيادة عن العام السابق بلغت 23.9 %": the change the figure measures
            return measured.group(1)
        # ("عرفت نسبة البطالة في تونس ارتفاعا لتبلغ مستوى 16,1": a verb of seeing, its subject, the change, the level)
        seen = _AR_SEEN_REACHING.search(re.sub(r"\s+مستوى\s*$", " ", clause))
        if seen:
            subject = []
            for w in seen.group(1).split():
                if w in AR_STOP or w in _AR_SUBJECT_PREPOSITIONS or re.search(r"[\d٠-٩]", w):
                    break
                subject.append(w)
            if subject and not re.fullmatch(AR_VERB, subject[0]):
                return " ".join(subject)
        reaching = _AR_CHANGED_REACHING.search(clause)
        if reaching:  # "وزادت مبيعات الشركة خلال الفترة لتصل إلى": the subject of the change, to its adjuncts
            subject = []
            for w in reaching.group(1).split():
                if w in AR_STOP or any(c.isdigit() for c in w):
                    break
                subject.append(w)
            if subject:
                return " ".join(subject)
        estimated = _AR_ESTIMATED.search(clause)
        if estimated and estimated.group(1) not in AR_STOP:  # "تقدر الجرعة المميتة من السارين ... بأقل من 1": the dose
            adjective = estimated.group(2)
            return f"{estimated.group(1)} {adjective}" if adjective else estimated.group(1)
        topic = ar_topic_recorded(before)
        if topic:  # "وبخصوص إجمالي ليالي المبيت، فقد سجلت ارتفاعا بنسبة 17 %": the change of the fronted topic
            return topic
        subject_first = ar_subject_recorded(clause, before)
        if subject_first:  # "قطاع النسيج حقق زيادة بنسبة 5%", "صناعة السيارات، التي شهدت ارتفاعا بنسبة": what changed
            return subject_first
        recorded = ar_recorded_change_vso(clause)
        if recorded:  # "وسجلت الصادرات غير النفطية نموا بنسبة 12 %": the change, and of what
            return recorded
        to_level = _AR_VSO_TO.search(clause)
        if to_level:  # "وارتفع عجز الموازنة إلى 4.5 %", "خفض العجز إلى 3 %": what changed, or what is changed
            subject = [w for w in to_level.group(2).split() if w not in AR_STOP]
            if subject and not any(re.fullmatch(AR_VERB, w) for w in subject):
                return " ".join(subject)
        long_to = None if to_level else _AR_VS_LONG_TO.search(clause)
        if long_to:  # "ووصل إجمالي الإيرادات في الإمارات وفقا للتقديرات إلى": the subject, to its first complement
            subject = []
            for w in long_to.group(1).split():
                if w in AR_STOP or w in _AR_SUBJECT_PREPOSITIONS or w in _AR_SOURCE_WORDS or re.search(r"[\d٠-٩]", w):
                    break
                subject.append(w)
            if subject and not re.fullmatch(AR_VERB, subject[0]):
                return " ".join(subject)
        svo = _AR_SVO_STEP.search(clause)
        if svo:
            subject = svo.group(1).split()
            # (after "أن"/"إنه": the reported clause; a pronoun glued to it is the subject, named before)
            starts = [i for i, w in enumerate(subject) if re.fullmatch(r"[وبل]?[أإ]ن(?:ه|ها|هم|هما)?", w)]
            subject = [w for w in subject[starts[-1] + 1 if starts else 0 :] if w not in AR_STOP]
            if subject and not re.fullmatch(AR_VERB, subject[0]):
                return " ".join([svo.group(2), *subject])  # the verb first, as for "ارتفعت أرباح الشركة"
        bare_svo = None if svo else _AR_SVO_BARE.search(clause)
        if bare_svo:  # "التضخم في الكويت يرتفع 2.95 في المئة": a subject, then its verb right before the figure
            subject = bare_svo.group(1).split()
            starts = [i for i, w in enumerate(subject) if re.fullmatch(r"[وبل]?[أإ]ن(?:ه|ها|هم|هما)?", w)]
            subject = subject[starts[-1] + 1 if starts else 0 :]
            cut = next((k for k, w in enumerate(subject) if k and w in _AR_SUBJECT_PREPOSITIONS), None)
            subject = [w for w in subject[:cut] if w not in AR_STOP]
            if subject and re.match(r"[وف]?ال", subject[0]) and not any(re.fullmatch(AR_VERB, w) for w in subject):
                return " ".join(subject)
        # ("بلغت صادرات منطقة X في الخمسة اشهر الاولى من العام الحالي 850 مليون": past the time adjunct)
        reach = _AR_VS_REACH.search(clause) or _AR_VS_REACH.search(_without_time_adjunct(clause))
        words_after = reach.group(1).split() if reach else []
        # (a long subject, its noun described by a place it comes to, "بلغت كميات الحبوب الواردة إلى المخزن التابع
        # لبلدية الوادي 512 طنا", is read past the usual eight words only when no other verb, conjunction of time or
        # number, nor a function word other than a preposition, stands anywhere in it: no second clause hides there)
        if len(words_after) > 8 and any(
            w in _AR_WHEN or re.search(r"[\d٠-٩]", w)
            or (w in AR_STOP and w not in _AR_SUBJECT_PREPOSITIONS)  # "بعد أن": a clause of its own
            or (w not in AR_STOP and re.fullmatch(AR_VERB, w))
            for w in words_after
        ):
            words_after, reach = [], None
        # (a preposition inside the subject ends it: "بلغ إجمالي إنفاق الوزارة | على الطرق ... حوالي 95 مليون")
        cut = next(
            (k for k, w in enumerate(words_after) if w in _AR_SUBJECT_PREPOSITIONS or re.search(r"[\d٠-٩]", w)), None
        )
        words_after = words_after[:cut] if cut else words_after
        if reach and not any(w in AR_STOP or w in _AR_WHEN or re.fullmatch(AR_VERB, w) for w in words_after):
            # "بلغت إيرادات الشركة 500 مليون دولار": the subject right after its verb of amounting (not "بلغت
            # أوجها حين شارك 1.2 مليون": another clause's verb before the figure)
            subject = words_after
            if subject:
                return " ".join(subject)
        # ("بعد تداولات بلغت 822 مليون": the noun described may stand in what reads as a time adjunct, "after trades")
        described_noun = _ar_described_noun(clause)
        timed_noun = None if described_noun else _ar_described_noun(timed_clause)
        # (not the time itself: "حتى نهاية تموز بلغت" describes no "نهاية تموز"; trades are a time as well as a sum)
        if timed_noun and not any(ar_period(w) and w not in ("تداولات", "تعاملات") for w in timed_noun.split()):
            described_noun = timed_noun
        if described_noun:  # "بناتج محلي يبلغ 190.7 مليار", "أرباحا صافية بلغت 40 مليونا": the noun the verb describes
            return described_noun
        # "أن حالات الحصبة في الإقليم قد وصلت إلى 740": a subject before its verb of reaching or changing
        verb = _AR_SUBJECT_VERB_TO.search(clause)
        # ("أن الخسائر تجاوزت 5 ملايين", "أرباحا بلغت 3 مليارات": a verb of amounting takes its figure without إلى)
        verb = verb or _AR_SUBJECT_AMOUNTING.search(clause)
        # ("التضخم في المدن يسجل 18.7 %": a verb of recording a level takes its figure as one of amounting does)
        verb = verb or _AR_SUBJECT_RECORDING.search(clause)
        if verb:
            subject = verb.group(1).split()
            # (and after "as for": "أما صادرات القطاع بلغت")
            starts = [i for i, w in enumerate(subject) if w in ("أن", "إن", "بأن", "وأن", "لأن", "أما", "وأما")]
            if subject[-1:] and _AR_THAT_IT.fullmatch(subject[-1]):
                # ("وحول إجمالي الدخل، ... أشار إلى أنه بلغ 1.3 مليار": "that it", the topic fronted before)
                return ar_fronted_topic(before)
            subject = subject[starts[-1] + 1 if starts else 0 :]
            # (a place or time after the subject's head ends it: "التضخم | في المدن المصرية يسجل")
            cut = next((k for k, w in enumerate(subject) if k and w in _AR_SUBJECT_PREPOSITIONS), None)
            subject = [w for w in subject[:cut] if w not in AR_STOP]
            if subject and not re.fullmatch(AR_VERB, subject[0]):
                return " ".join(subject)
    if lang == "he":
        gapped = he_gapped_subject(before)
        if gapped:  # "הצריכה ירדה ב-43%, צריכת השירותים – ב-80%": the verb said once, a dash in its place
            return gapped
        of = _HE_NOUN_OF.search(clause)
        reached = _HE_SUBJECT_VERB.search(clause[: of.start(2)]) if of and _HE_LEVEL_OF.fullmatch(of.group(2)) else None
        if reached:  # "אחוז המועסקים טיפס | לשיעור של 61.1%": a level reached names no noun, the subject does
            subject = [w for w in reached.group(1).split() if w not in HE_STOP and not re.search(r"\d", w)]
            return " ".join(subject[:3]) or None
        # ("העברה תקציבית של 15 מיליון", feminine adjectives in -ית too)
        if of and of.group(2) not in HE_STOP:
            # (with the noun an adjective in -י follows: "רווח נקי של 45 מיליון", "מענק שנתי של")
            # (and any adjective an adverb of degree follows: "עלייה מתונה מאוד של 1.3%")
            adjective = of.group(3) or re.fullmatch(r"[^\s]{2,}(?:י|ית)", of.group(2))
            # (an adjective of size or wonder, or a participle of the binyanim in מ-: "רווח מדהים של", "חוב עצום של")
            adjective = adjective or _HE_SUM_ADJECTIVE.fullmatch(of.group(2))
            semi = re.search(r"(?:^|\s)(\S+)\s+חצי\s+\S+\s+(?:(?:מאוד|ביותר|יותר|פחות)\s+)?של\s*$", clause)
            if semi and semi.group(1) not in HE_STOP:  # "רווח חצי שנתי של 13.8 מיליארד": the noun before "semi-"
                return semi.group(1)
            # (or any word after a noun of change, which is described, not counted: "עלייה מתונה של 2.1%")
            adjective = adjective or (of.group(1) and _HE_CHANGE_NOUN.fullmatch(of.group(1)))
            described = of.group(1) and of.group(1) not in HE_STOP and adjective
            return f"{of.group(1)} {of.group(2)}" if described else of.group(2)  # "בחוזה של 3 מיליון דולר"
        # ("הרווח עלה ב-12% ל-264 מיליון": past the step of the change to the level it reached)
        # ("המשיכו לעלות גם במאי ב-0.5%": a time adjunct and "also" between the verb and its step)
        plain = re.sub(r"(?<!\S)(?:גם|שוב)(?=\s)", " ", he_without_time(clause))
        verb = _HE_SUBJECT_VERB.search(" ".join(plain.split()) + (" " if plain[-1:].isspace() else ""))
        if verb:
            words = verb.group(1).split()
            # ("נמצא כי מדד מחירי הדירות עלה": the subject starts after "that", not with the clause that says it)
            opened = [k for k, w in enumerate(words) if w in _HE_CLAUSE_OPENERS]
            words = words[opened[-1] + 1 :] if opened and opened[-1] + 1 < len(words) else words
            # ("קדימה נחלשת ל-23 מנדטים והעבודה מתחזקת ל-17": the subject after the figure before and its noun, the
            # new conjunct's, without its "and")
            with_digits = [k for k, w in enumerate(words) if re.search(r"\d", w)]
            past_figure = words[with_digits[-1] + 1 :] if with_digits else words
            conjuncts = [k for k, w in enumerate(past_figure) if re.match(r"ו(?=ה[\u05d0-\u05ea])", w)]
            if with_digits and conjuncts:
                words = [past_figure[conjuncts[-1]][1:], *past_figure[conjuncts[-1] + 1 :]]
            subject = [w for w in words if w not in HE_STOP]
            return " ".join(subject) or None
    return None


# A Hebrew clause that is only a verb and the lead of its figure ("עלה ב-"), and an aside that opens with "that" or
# a definite participle ("שמסתמך על", "הכולל דירות חדשות").
_HE_VERB_ONLY = re.compile(rf"\s*{HE_VERB}\s+(?:ב-?|ל-?|על\s+|כ-?)?\s*")
_HE_ASIDE = re.compile(r"\s*(?:ש[\u05d0-\u05ea]{2,}|אשר|ה[\u05d0-\u05ea]{3,})\s")
# An aside that says whose word a figure is: "כך הודיעה העירייה", "לדברי המנהלת", "לפי ההערכות", "כאמור".
_HE_SOURCE_ASIDE = re.compile(r"\s*(?:כך|לדברי|לדבריו|לדבריה|לדבריהם|לפי|על\s+פי|כפי|לטענת|לטענתו|לטענתה|כאמור)\s")
# A clause that is only a verb of standing (a relative participle with ה or ש, or the future) with a time it holds
# from, and "on": "העומד כיום על", "יעמוד מיום שישי על", "שעומדת מעתה על"; or of staying: "תישאר", "יוותר על".
_HE_STANDING_ONLY = re.compile(
    r"\s*(?:[הש]?(?:עומד|עומדת|עומדים|עומדות)|יעמוד|תעמוד|יעמדו|"
    r"(?:[הש]?(?:נותר|נותרת|נשאר|נשארת)|יישאר|תישאר|ישאר|תשאר|ייוותר|תיוותר|יוותר|תוותר)(?=(?:\s+\S+)?\s+(?:על\s*)?$))"
    r"(?:\s+(?:כיום|כעת|עתה|מעתה|היום|נכון\s+להיום|מיום\s+[\u05d0-\u05ea]+|החל\s+מ[\u05d0-\u05ea]+))?\s+(?:על\s*)?"
)
# Words that open the clause a Hebrew subject stands in: "that", "but", "whereas", "when".
_HE_CLAUSE_OPENERS = {"כי", "וכי", "אך", "אבל", "ואילו", "אולם", "כאשר", "כשהוא", "אם"}


# A verb of amounting that opens a clause describing the indefinite noun before it (an asyndetic relative clause):
# "بناتج محلي | يبلغ 190.7 مليار", "أرباحا صافية | بلغت 40 مليونا", "بطاقة | تبلغ 300 ألف طن".
_AR_DESCRIBING = re.compile(r"[وف]?(?:بلغ|بلغت|يبلغ|تبلغ|قدره|قدرها|قيمته|قيمتها)")


# Adverbs that close an Arabic subject or clause, indefinite in form but no noun: "as a whole", "also", "all",
# "together", "only", "about", "now".
_AR_CLAUSE_ADVERBS = {"ككل", "أيضا", "ايضا", "جميعا", "معا", "فقط", "تقريبا", "حاليا", "كذلك"}


def _ar_described_noun(clause: str) -> str | None:
    """The indefinite noun phrase (up to three words, none with the article) right before an Arabic verb of amounting
    that ends `clause`: what the clause after it, and its figure, describe. None when the word before the verb is
    definite (a subject before its verb: "الصادرات بلغت") or no noun."""
    words = clause.split()
    if len(words) < 2 or not _AR_DESCRIBING.fullmatch(words[-1]):
        return None
    phrase: list[str] = []
    for w in reversed(words[:-1][-3:]):
        if re.match(r"[وفبلك]?(?:ال|لل)", w) or w in AR_STOP or w in _AR_SUBJECT_PREPOSITIONS:
            break
        if not re.fullmatch(r"[\u0621-\u064a\u0640]+", w):
            break  # (a number, a sign or a mark: "بنسبة 11 % | بلغت" is no noun the verb describes)
        if _AR_THAT_IT.fullmatch(w):
            break  # "أشار إلى أنه بلغ": "that it", a pronoun subject, no noun the verb describes
        if w in _AR_CLAUSE_ADVERBS:
            break  # "العائدات في الإمارات ككل بلغت": an adverb of the clause, its subject is definite before it
        if re.fullmatch(r"ل[\u0621-\u064a]{2,}(?:ه|ها|هم|هما|نا)", w):
            break  # "التجارة الخارجية لبلاده بلغت": "of his country", a complement made definite by its pronoun
        if re.fullmatch(AR_VERB, w) or re.search(r"[،,؛;:.]$", w):
            break
        phrase.insert(0, w)
        if w.startswith("ب") and len(w) > 3:
            break  # "بناتج محلي": a noun glued to its preposition opens the phrase
    if not phrase or phrase[-1] != words[-2]:
        return None
    return " ".join(phrase)


def ar_placed_owner(before: str) -> str | None:
    """The noun before an Arabic prepositional phrase of place or means that ends right before a word of value
    ("وبيعت اللوحة | في مزاد | بمبلغ"): what the sum is the price of; None when no such phrase ends there."""
    words = strip_arabic_marks(before).split()
    if len(words) < 3 or words[-1] not in ("في", "عبر", "خلال", "ضمن", "داخل"):
        return None
    owner = words[-2]
    if owner in AR_STOP or re.fullmatch(AR_VERB, owner) or not owner.startswith(("ال", "وال")):
        return None
    return owner


def ar_construct_head(word: str) -> bool:
    """An Arabic noun in the construct state before its figure ("مقتل 5", "وفاة أكثر من 251", "اعتقال 45"):
    indefinite in form (no article after its clitics), no verb of reaching, no particle."""
    bare = strip_arabic_marks(word)
    return (
        len(bare) >= 3
        and not re.match(r"[وفبلك]?(?:ال|لل)", bare)
        and bare not in AR_STOP
        and not re.fullmatch(AR_VERB, bare)
        and not bare.startswith("ي")  # an imperfect verb ("يضم"); not "ت", which opens nouns too ("تفجير")
        # (a noun with a possessive suffix is no construct: "والألبسة وتوابعها": "and its accessories", the end of a
        # pair joined by "و", not the head of the figure)
        and not (len(bare) >= 6 and re.search(r"(?:ها|هما|هم|هن)$", bare))
    )


# "According to" and its source right before a figure with no noun of its own ("..., לפי המשטרה כ-30 אלף", "،
# وفقا للشرطة نحو 30 ألفا"): the source is no counted thing; the figure restates the noun phrase before the comma.
_SOURCE_BEFORE = re.compile(
    r"[,،]\s*(?:לפי|על\s+פי|לדברי|לטענת|בהערכת|وفقا|وفقاً|طبقا|بحسب|حسب|نقلا\s+عن)\s+(?:[^\s,،]+\s+){0,2}?"
    r"[^\s,،]+\s+(?:כ-?|כמה|نحو|حوالي|قرابة|زهاء)?\s*$"
)


def source_restated(text: str, start: int, lang: str) -> str | None:
    """The noun phrase (up to two words) before the comma when "according to X" stands between it and a figure."""
    m = _SOURCE_BEFORE.search(text[max(0, start - 60) : start]) if lang in ("ar", "he") else None
    if m is None:
        return None
    clause = text[: max(0, start - 60) + m.start()]
    stop = AR_STOP if lang == "ar" else HE_STOP
    words = [w for w in clause.split()[-2:] if strip_arabic_marks(w) not in stop]
    return " ".join(words) or None


# Words that end the stretch of an action before "N مرة/مرات" (a preposition, a conjunction or a particle opens
# another phrase).
_AR_ACTION_STOPS = {"في", "من", "على", "عن", "إلى", "الى", "مع", "بعد", "قبل", "منذ", "حتى", "أن", "إن", "التي", "الذي",
                    "كما", "حيث", "لكن", "أو", "ثم"}  # fmt: skip


def ar_repeated_action(before: str) -> str | None:
    """What a count of times counts in Arabic: the action and its object right before the number ("استخدام الغازات
    السامة 139 مرة", "قصفت الطائرات المدينة 12 مرة"), up to four words back to a punctuation mark or a particle."""
    words: list[str] = []
    for word in reversed(before.split()[-4:]):
        if re.search(r"[،,.:؛()\"«»]", word) or word in _AR_ACTION_STOPS:
            break
        words.insert(0, word)
    return " ".join(words) or None



def _without_time_adjunct(clause: str) -> str:
    """`clause` less a time adjunct at its end, from the "في"/"خلال" that opens it ("... في الخمسة اشهر الاولى من
    العام الحالي"), when the words after it name a time and no verb; else `clause` unchanged."""
    words = clause.split()
    for i, w in enumerate(words):
        tail = words[i + 1 :]
        if w in ("في", "خلال", "طوال", "منذ") and i and any(map(ar_period, tail)) and len(words) - i <= 9:
            if not any(re.fullmatch(AR_VERB, x) for x in tail):
                return " ".join(words[:i]) + " "
    return clause

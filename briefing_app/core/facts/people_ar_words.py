"""The words Arabic news uses around people's names, and the reader of a name's words, shared by the
Arabic people finders (`people_ar`, `people_ar_context`): titles and role nouns, bodies that speak, function
and time words that end a name, and the shapes of verbs and of transliterated foreign names."""

from __future__ import annotations

import functools
import re

from briefing_app.core.facts.ar_object_nouns import object_noun
from briefing_app.core.facts.ar_time_adjuncts import leading_time_words
from briefing_app.core.facts.gazetteer import (
    arabic_lookup_form,
    known_names,
    lookup,
    names_a_place_spaced,
    world_given_names,
)
from briefing_app.core.facts.people_ar_heads import AR_HEAD_WORDS, AR_NAME_STOP
from briefing_app.core.facts.per_document import per_document
from briefing_app.core.facts.reporting_verbs import AR_SPEECH as AR_SPEECH

AR_TITLES: tuple[str, ...] = (
             "العميد", "اللواء", "العقيد", "الدكتور", "الدكتورة", "الشيخ", "الوزير", "الوزيرة", "المهندس",
             "الأستاذ", "السيد", "السيدة", "الرئيس", "النائب", "المقدم", "الرائد", "الفريق", "الأمير", "الملك",
             "د.", "المحامي", "آية الله", "حجة الإسلام",
             "م.",  # (the engineer's abbreviation, as "د." is the doctor's: "العميد م. X Y")
             # the other military and police ranks (people_ar_honorifics._RANKS)
             "النقيب", "الملازم", "الرقيب", "المشير", "الجنرال",
             # the Levantine general's rank ("الرئيس العماد X Y", "قائد الجيش العماد X Y")
             "العماد",
             # a borrowed two-word rank after its article ("الميجور جنرال X Y"): its second word is no name's
             "جنرال")  # fmt: skip

AR_ORG_WORDS: tuple[str, ...] | frozenset[str] = (
                "المديرية", "شركة", "وزارة", "شرطة", "جامعة", "اللجنة", "الحكومة", "السلطات", "الهيئة", "مجلس",
                "جماعة", "أعضاء", "حركة", "حزب", "منظمة", "الجماعة", "الحركة", "الحزب",
                "الشركة", "الوزارة", "المركز", "مركز", "خبراء", "مصادر", "مصدر", "بيان", "وكالة", "الجيش",
                "الوكالة",
                # bodies, media and armed groups that speak as subjects of a speech verb
                "صحيفة", "جريدة", "قناة", "موقع", "إذاعة", "تلفزيون", "مجلة", "تنظيم", "جبهة", "كتائب", "قوات",
                "مجموعة", "اتحاد", "نقابة", "جمعية", "مؤسسة", "محكمة", "برلمان", "البرلمان", "ائتلاف", "الائتلاف",
                "هيئة", "لجنة", "مكتب", "المكتب", "بعثة", "البعثة", "سفارة", "السفارة", "بلدية", "البلدية",
                "منظمة", "شبكة", "مرصد", "المرصد", "مستشفى", "مصرف", "بنك", "البنك",
                # a directorate and its media office ("وذكر إعلام المديرية في بيان", "أعلنت مديرية الدفاع المدني")
                "مديرية", "إعلام",
                # a state agency ("رئيس جهاز المخابرات العامة X", "جهاز الأمن الوقائي"): the office's body
                "جهاز",
                # documents that "say" things: a report, a study, a poll, a letter
                "تقرير", "دراسة", "استطلاع", "رسالة", "وثيقة", "إحصاءات", "أرقام", "بيانات", "تقارير", "دراسات",
                # gatherings that meet or receive someone: a delegation, a team, a meeting
                "وفد", "فريق", "اجتماع", "لقاء", "مؤتمر", "تحالف",
                # a city's municipality and a general directorate, as Gulf copy names them (أمانة المنطقة)
                "أمانة", "الأمانة", "إدارة", "الإدارة",
                # sports clubs and federations, which announce signings and results (أعلن نادي X تعاقده)
                "نادي", "النادي", "منتخب", "المنتخب",
                # a military or police command and a security cell, as Iraqi copy names them ("المتحدث باسم قيادة
                # عمليات X", "قيادة شرطة X", "خلية الإعلام الأمني")
                "قيادة", "القيادة", "خلية",
                # more bodies a person heads, as the organisation finder's heads name them (orgs.AR_HEADS): a
                # political current or bloc, a league, a fund, an institute or college, a commission, a forum
                # ("رئيس تيار الحكمة X Y", "رئيس كتلة X النيابية", "مدير صندوق X")
                "تيار", "كتلة", "رابطة", "صندوق", "معهد", "كلية", "مفوضية", "منتدى")  # fmt: skip

AR_ROLE_NOUNS = {
    "عام",  # مدير عام، أمين عام: "general"
    "رئيس", "رئيسة", "وزير", "وزيرة", "وزراء", "مدير", "مديرة", "متحدث", "ناطق", "زعيم", "زعماء", "أمين", "سفير",
    "محافظ", "قائد", "نائب", "عضو", "أحد", "إحدى", "مسؤول", "مسؤولة", "مستشار", "مستشارة", "خبير", "خبيرة", "أستاذ",
    "أستاذة", "عميد", "مفتي", "ملك", "أمير", "شيخ", "رئيس الوزراء", "مندوب", "منسق", "مراسل", "باحث", "باحثة",
    "الأمين", "العام", "مساعد", "مساعدة", "ممثل", "ممثلة", "المتحدث", "الناطق", "باسم",
    # "in its/his/their name" ("المتحدث باسمها X Y"): the spokesman's chain, the body a pronoun; no given name
    "باسمه", "باسمها", "باسمهم", "باسمهما",
    "ولي",  # ولي العهد: the heir, an office
    "وكيل", "وكيلة",  # an undersecretary (وكيل وزارة الصحة)
    "مشرف", "مشرفة",  # a supervisor (مشرف عام العلاقات العامة بالجامعة), Gulf copy's office of a body's unit
    "مقرر", "مقررة", "صحافي", "صحافية",  # a committee's rapporteur; a journalist
    # offices, professions and sports roles news names people by ("حاكم ولاية X، Y"، "المدرب X"، "المخرج X")
    "حاكم", "حاكمة", "مبعوث", "مبعوثة", "مفوض", "مفوضة", "مدعي", "قاضي", "قاضية", "مرشح", "مرشحة", "عمدة",
    "نائبة", "سفيرة", "مندوبة", "مدرب", "مدربة", "لاعب", "لاعبة", "محامي", "محامية", "طبيب", "طبيبة",
    "صحفي", "صحفية", "مخرج", "مخرجة", "كاتب", "كاتبة", "مؤسس", "مؤسسة", "سائق", "ملاح", "بطل", "بطلة", "قائدة",
    "نقيب", "نقيبة",  # the head of a professional syndicate in construct (نقيب المحامين); "النقيب" alone is a rank
    # the accused of a court report ("X Y المتهم من داخل القفص", "دفاع المتهم X Y"): what the report calls him
    "متهم", "متهمة",
}  # fmt: skip

_AR_NOT_NAMES = {"ما", "من", "الذي", "التي", "أن", "إن", "إنه", "إنها", "أنه", "أنها", "في", "فى", "على", "إلى", "الى",
                 "عن", "لـ",
                 "له", "لها", "إنهم", "أنهم", "يوم", "اليوم", "أمس", "مساء", "صباح", "بعد", "قبل", "خلال", "كذلك",
                 "أيضا", "أيضاً", "به", "بها", "بهم", "عبر", "بواسطة", "أمام", "مثل", "لأن", "ولأن", "لأنه", "لأنها",
                 "كأن", "لما", "بما", "مما", "عما", "فيما", "ممن", "عمن", "لمن",
                 # spans of time after a name ("تعاقد مع X Y لمدة موسمين": for two seasons)
                 "لمدة", "مدة", "لفترة", "طوال",
                 # prepositions of place after a victim's name ("مقتل الصحافي X Y داخل القنصلية")
                 "داخل", "خارج", "قرب",
                 # "وقال الدكتور X Y وهو طبيب ...": and he (she, they) is, a description after the name
                 "وهو", "وهي", "وهم",
                 # "that" with ب after a verb of saying ("يقول بأنه ليس بطلا"): a clause, no name
                 "بأن", "بأنه", "بأنها", "بأنهم", "وبأن", "وبأنه",
                 # a document in the accusative after its issuer ("عمم الناطق باسم الشرطة بيانا جاء فيه",
                 # "أصدرت المديرة تصريحا"): the verb's object, no name
                 "بيانا", "بياناً", "تصريحا", "تصريحاً", "بلاغا", "بلاغاً", "تقريرا", "تقريراً", "تعميما", "تعميماً",
                 "منشورا", "منشوراً",
                 # reflexives, the verb's object after its subject ("لم يتمالك زملاء المحامي المعتقل أنفسهم")
                 "نفسه", "نفسها", "أنفسهم", "انفسهم", "أنفسهن", "أنفسنا", "نفسي", "ذاته", "ذاتها",
                 # adverbs of place and cause that open the clause's adjunct after a name or a description ("على
                 # نظيره السعودي ضمن منافسات الجولة": within; amid, without, towards, after, because of)
                 "ضمن", "وسط", "دون", "نحو", "إثر", "اثر", "عقب", "تجاه", "جراء", "جرّاء"}  # fmt: skip


def _ar_core(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


# Words a given-name list holds that news writes far more often as something else (باسم: "in the name of").
_AR_NOT_GIVEN_WORDS = {"على", "إلى", "حتى", "لدى", "متى", "سوى", "مدى", "أن", "إن", "ان", "باسم",
                       # "نظيره الروسي": his counterpart, far more often than the given name Nazira
                       "نظيره", "نظيرها", "نظيرته", "نظيرتها",
                       # "بان": "بأن" (that) with its hamza left out, as much local copy writes it ("صرح الناطق بان
                       # الفرق ...", "وأضاف بان ..."), far more often than the given name; a foreign Ban is still read
                       # by his transliterated name's other words ("بان كي مون")
                       "بان"}  # fmt: skip


@functools.lru_cache(maxsize=8192)
def _ar_is_given(word: str) -> bool:
    """A known Arabic given name (written without the article; على is the preposition, not علي). Cached: the
    readers ask about the same words many times per sentence."""
    return (
        word not in _AR_NOT_GIVEN_WORDS
        and not word.startswith("ال")
        and (
            arabic_lookup_form(word) in world_given_names().get("ar", frozenset())
            # "عبدالله", "عبدالرحمن": a name of "servant of" and one of God's names, written as one word (the
            # lists hold them spelled apart); never a common noun
            or re.fullmatch(r"عبدال[\u0621-\u064a]{2,}", word) is not None
            # "جارالله", "ضيفالله", "عطاالله": a compound of a noun and God's name, written as one word as Gulf copy
            # writes a father's or grandfather's name ("X جارالله Y Z")
            or _GLUED_THEOPHORIC.fullmatch(word) is not None
        )
    )


# The first halves of compound given names with God's name that Gulf copy glues to it (جار الله, ضيف الله, عطا الله,
# نصر الله, فتح الله, خير الله, فضل الله, رزق الله, عوض الله, حسب الله, جاد الله, هبة الله); "حزب الله" is no name.
_GLUED_THEOPHORIC = re.compile(r"(?:جار|ضيف|عطا|عطاء|نصر|فتح|خير|فضل|رزق|عوض|حسب|جاد|هبة)(?:ال|ا)له")


# A compound given name of "servant of" or "father of" and a family name with the article: "عبد الله العودة".
COMPOUND_GIVEN = re.compile(r"(?:عبد|أبو|ابو)\s+[\u0621-\u064a]{3,}\s+ال[\u0621-\u064a]{3,}")


# Regnal numbers after a monarch's name ("فريدريك التاسع", "مارغريت الثانية"): part of the name.
AR_REGNAL = {"الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة", "الخامس", "الخامسة",
             "السادس", "السادسة", "السابع", "السابعة", "الثامن", "الثامنة", "التاسع", "التاسعة", "العاشر", "العاشرة"}
# Royal titles and offices after which one given name names the monarch or heir ("الأمير X", "ملكة البلد X").
AR_ROYAL = {"الملك", "الملكة", "الأمير", "الأميرة", "السلطان", "ملك", "ملكة", "أمير", "أميرة", "سلطان"}


# Collective subjects of speech verbs that are no name ("شهود عيان": eyewitnesses).
_AR_COLLECTIVE = {
    "شهود", "سكان", "مصادر", "وسائل", "أهالي", "مراقبون", "محللون", "مسؤولون", "مواطنون", "نشطاء", "ناشطون", "عمال",
    "طلاب", "أطباء", "جنود", "لاجئون", "مسعفون", "دبلوماسيون", "مصدر", "شاهد",
    # parties, sides and factions ("أكدت جهات سورية معارضة", "قالت أطراف دولية")
    "جهات", "جهة", "أطراف", "فصائل",
    # documents a report goes by ("ووفق وثائق حكومية مسربة": according to leaked papers)
    "وثائق", "مستندات",
    # one unnamed member of such a group, whom agency copy quotes by that noun alone ("قال دبلوماسي غربي")
    "دبلوماسي",
    # sources a report goes by, Levantine copy's "authority" and "circles" ("أوضح مرجع أمني لـ«X» إن",
    # "وأفادت معلومات أمنية بأن", "أوساط سياسية"): unnamed, no person
    "مرجع", "مراجع", "معلومات", "أوساط", "دوائر",
    # the defence, a calling court copy names by whom it defends ("وأوضح دفاع المتهم الثاني"), no one's name
    "دفاع",
    # quantifiers before a plural ("عدة وسائل إعلام", "بعض المسؤولين")
    "عدة", "بعض", "كل", "جميع", "معظم",
}  # fmt: skip


@per_document  # (asked for the same words by several Arabic name readers)
def _ar_next_item(word: str) -> bool:
    """Whether `word`, after a name's first word, starts something else: a title or role joined by و
    ("والوزير", "ونائبه"), another given name joined by و ("ومنى", unless the word is itself one: وليد), a
    preposition glued to a noun ("للصحفيين", "بالقاهرة"), a function or time word."""
    bare = word[1:] if word.startswith("و") and len(word) > 3 else ""
    given = world_given_names().get("ar", frozenset())
    if bare and (
        bare in _AR_HEADS
        or bare in AR_TITLES
        or _ar_core(bare) in AR_ROLE_NOUNS
        or (bare.endswith(("ه", "ها")) and bare.rstrip("اه") in _AR_HEADS)
        or (arabic_lookup_form(bare) in given and arabic_lookup_form(word) not in given)
        or re.fullmatch(r"عبدال[\u0621-\u064a]{2,}", bare) is not None  # "وعبدالله": and Abdullah
        # "وبحثنا", "وطالبنا": a verb with the speakers' "we", the next clause ("النائب X وبحثنا في ...")
        or (bare.endswith("نا") and len(bare) >= 5 and arabic_lookup_form(bare) not in given)
    ):
        return True
    return (
        word.startswith(("لل", "بال"))
        or _ar_glued_body(word)  # "لوكالة فرانس برس": the body the name spoke to
        or _ar_glued_addressee(word)  # "لمراسلنا": the one the name spoke to
        or word in _AR_FUNCTION
        or word in _AR_NAME_STOP
        or word in _AR_TIME_WORDS
    )


_AR_HEADS: tuple[str, ...] = AR_HEAD_WORDS  # people_ar_heads: offices, titles and callings

_AR_VERBISH = re.compile(
    r"^(?:[يتن][\u0621-\u064a]{2,}|س[يتن][\u0621-\u064a]{2,}|[بل][\u0621-\u064a]{3,}ي|قال|قالت|أعلن|"
    r"أعلنت|أكد|أكدت|كان|كانت|أن|إن|ان|و[\u0621-\u064a]+ه|وال[\u0621-\u064a]+|ما|من|الذي|التي)$"
)

# Only the shape of an imperfect verb (يفعل، تفعل، نفعل، سيفعل) is also the shape of many transliterated names.
_AR_IMPERFECT = re.compile(r"^(?:[يتن]|س[يتن])[\u0621-\u064a]{2,}$")

# Gulf honorifics with the possessive "his"/"her" ("سموه", His Highness; "معاليه", His Excellency), which agency copy
# writes for the office holder just named: never a name's first word ("وأضاف سموه يقول إنني أود" is no name), and
# "في مكتب سموه" names no body (`orgs_ar`).
AR_HONORIFIC_POSSESSIVES = frozenset(
    {"سموه", "سموها", "معاليه", "معاليها", "فضيلته", "سماحته", "سعادته", "سعادتها", "دولته"}
)
_AR_FUNCTION = {"فيما", "بينما",
                "قد", "لم", "لن", "تم", "منذ", "حيث", "كما", "ليلة", "يوم", "عام", "صرح", "أعلن", "أكد", "كان", "بعد",
                "قبل", "خلال", "ضد", "مع", "عند", "لدى", "بين", "غير", "دون", "حتى", "إذ", "ثم", "كانوا",
                # personal pronouns ("كما ذكرت هو نتاج لقاءات": the predicate's subject, no name)
                "هو", "هي", "هم", "هما", "هن", "نحن", "أنا", "انا", "أنت", "انت",
                # "about" before a number ("قد أعلنت ترحيل نحو 300 ألف مخالف": the verb's object, then its count)
                "نحو", "حوالي", "حوالى", "قرابة", "زهاء"} | AR_HONORIFIC_POSSESSIVES  # fmt: skip

# the article inside a name: عبد السلام, فتح الله; ولد: "son of" in Mauritanian names (محمد ولد سالم)
_AR_NAME_LINKS = ("عبد", "أبو", "أبي", "بن", "بنت", "ابن", "ولد", "آيت", "أيت")  # (آيت: the Maghreb's "sons of")

# Kinship nouns in the construct state ("شقيق المعتقل": the detainee's brother; "نجل الرئيس السابق": the former
# president's son): with whose kin they are, then the name between commas, they are that person's role. Not
# أبو/أم, which open a name (أبو محمد), nor a bare أخ.
KIN_OF = ("شقيق", "شقيقة", "ابن", "ابنة", "نجل", "نجلة", "والد", "والدة", "زوج", "زوجة", "أخت", "أرملة", "حفيد",
          "حفيدة", "صهر", "عم", "خال", "عمة", "خالة")  # fmt: skip
# Kinship nouns that are the person named after them: with a possessive ending (أخوه: his brother) or
# the article (الأخ: the brother). "أخو X" (X's brother) names someone else and is left out.
AR_KIN_NOUNS = {
    f"{stem}{end}"
    for stem in ("أخو", "أخت", "شقيق", "شقيقت", "ابن", "ابنت", "زوج", "زوجت", "والد", "والدت", "حفيد", "حفيدت",
                 "عم", "خال", "جد", "جدت", "نجل", "نجلت", "أرملت")
    for end in ("ه", "ها", "هم")
} | {"الأخ", "الأخت", "الشقيق", "الشقيقة", "الابن", "الابنة", "الزوج", "الزوجة", "الوالد", "الوالدة"}  # fmt: skip


_AR_INNER = ("الله", "الدين", "الرحمن", "الرحيم", "السلام", "الكريم", "العزيز", "الهدى", "الإسلام")

_AR_NAME_STOP = AR_NAME_STOP  # people_ar_heads: words that are never a name's

# Kinds of place that open a place's name after an office (أمير منطقة ...، محافظ مدينة ...): never a name's word.
# States by their kind too (رئيس جمهورية ...، ملك مملكة ...).
_AR_PLACE_KINDS = {"منطقة", "محافظة", "مدينة", "إمارة", "ولاية", "قرية", "بلدة", "مقاطعة", "إقليم", "جمهورية", "مملكة",
                   "سلطنة", "دولة"}  # fmt: skip

# Days and times that follow a speech verb's subject ("ذكر دبلوماسيون الأربعاء"): never part of a name.
_AR_TIME_WORDS = {"اليوم", "أمس", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
                  "صباح", "مساء", "الليلة", "غدا"}  # fmt: skip

_AR_NAME_PARTICLES = ("دي", "دا", "فان", "فون", "بن", "آل", "أبو", "ابن", "لا", "دو")


def _ar_name_next(word: str) -> bool:
    """Whether `word` can be a name's second word after a first word shaped like a verb: no article, no
    function word, no verb's shape, no accusative -ا (a verb's object: هدفا، فيلما), no glued preposition, no
    feminine noun in -ة that is no given name (the verb's object: يطلق صيحة)."""
    return (
        len(word) >= 3
        and not word.startswith(("ال", "و"))
        and not word.endswith("ا")
        and word not in _AR_FUNCTION
        and word not in _AR_NOT_NAMES
        and word not in _AR_NAME_STOP
        and (not _AR_VERBISH.match(word) or _transliterated(word))
        and not _ar_next_item(word)
        and word not in known_names()
        # (a feminine noun no given name spells: "وزير الصحة يطلق صيحة فزع", a verb and its object)
        and not (word.endswith("ة") and not _ar_is_given(word))
        # (nor a plural in -ات with a preposition glued on: "وزير الصناعة يقوم بزيارات", a verb and its
        # complement; a family name in -ات is short, بركات)
        and re.fullmatch(r"[بل][\u0621-\u064a]{4,}ات", word) is None
    )


def _transliterated(word: str) -> bool:
    """A word with three or more long-vowel letters after its first (ناغاموتو، كاستاديلو): Arabic spells
    foreign names' vowels out, while a verb of the same first letter has one or none (يتفاعل، نستطيع)."""
    return sum(ch in "اوي" for ch in word[1:]) >= 3


def foreign_given(word: str) -> bool:
    """A word spelt like a foreign name (`_transliterated`) that no list holds as an Arabic given name: a
    foreign given name such as "نيبوشا", which copy may use alone for the person it named in full."""
    return _transliterated(word) and not _ar_is_given(word) and not word.startswith("ال")


# Kinship nouns, whose possessive forms (نجله: his son, شقيقتها: her sister) follow a name, never end it.
_AR_KIN_STEMS = {"نجل", "نجلت", "ابن", "ابنت", "شقيق", "شقيقت", "زوج", "زوجت", "والد", "والدت", "أخو", "أخت", "عم",
                 "خال", "حفيد", "حفيدت", "جد", "جدت"}  # fmt: skip


def _ar_possessed_role(word: str) -> bool:
    """A role or kinship noun with a possessive ending (نائبه: his deputy, مديرها: its director, نجله: his
    son, نظيره: his counterpart): never a name's word."""
    return any(
        word.endswith(end)
        and (word[: -len(end)] in AR_ROLE_NOUNS or word[: -len(end)] in _AR_KIN_STEMS or word[: -len(end)] in _AR_HEADS)
        for end in ("ه", "ها", "هم")
    )


def _ar_definite_given(word: str) -> bool:
    """A given name written with the article, as the Maghreb writes many (المنصف، الحبيب، الهادي), and no role
    or title word (الأمين، السيد)."""
    return (
        word.startswith("ال")
        and _ar_is_given(word[2:])
        and word not in AR_ROLE_NOUNS
        and word not in AR_TITLES
        and word not in _AR_HEADS
    )


def _ar_glued_addressee(word: str) -> bool:
    """A role or body noun behind a glued ل or ب, with a possessive ending or as a role noun alone ("لمراسلنا":
    to our correspondent, "لصحيفتنا", "لمراسل"): whom a speaker addressed, never a word of the speaker's name."""
    if word[:1] not in ("ل", "ب") or word.startswith(("لل", "بال")):
        return False
    core = word[1:]
    owned = next((core[: -len(e)] for e in ("هما", "هم", "ها", "نا", "كم", "ه") if core.endswith(e)), "")
    stems = {owned, owned[:-1] + "ة" if owned.endswith("ت") else owned} - {""}
    return any(s in AR_ROLE_NOUNS or s in AR_ORG_WORDS for s in stems) or core in AR_ROLE_NOUNS


def _ar_glued_body(word: str) -> bool:
    """A body's noun behind a glued preposition ("لوكالة", "بمنظمة"): what follows it is the body's name."""
    return word[:1] in ("ل", "ب") and word[1:] in AR_ORG_WORDS


def _ar_linked(words: list[str], i: int) -> bool:
    """Whether words[i] goes on a role's genitive chain through a glued preposition or و: "مستشار الوزير
    لشؤون الطاقة والمياه", "مدير المبيعات بشركة ...": a body's noun, or a noun that a
    definite word follows, and that is no given name, function word or native verb."""
    w = words[i]
    core = w[1:]
    if w.startswith("وال") and len(w) > 5:
        return True  # "لشؤون الطاقة والمياه": a definite noun joined by و goes on the chain
    if w[:1] not in ("ل", "ب", "و") or w.startswith(("لل", "بال")):
        return False
    if len(core) < 4 and core not in AR_ORG_WORDS:
        return False  # (a body's noun of three letters goes on: "الأمين العام لحزب العمل", "مدير فرع لبنك X")
    if _ar_is_given(core) or _ar_is_given(w) or core in _AR_FUNCTION or core in _AR_NOT_NAMES or w in _AR_NOT_NAMES:
        return False
    if core in AR_ORG_WORDS:
        return True
    if _AR_VERBISH.match(core) and not _transliterated(core):
        return False  # "ويقول الوزير": a verb and its subject
    if w[:1] == "ل" and i + 2 < len(words) and words[i + 2].startswith("ال") and _plain_noun(words[i + 1]):
        return True  # "لشؤون أمن الحدود": the glued noun's own genitive is in construct with a definite word
    if w[:1] == "و" and i + 1 < len(words) and words[i + 1] in known_names():
        return True  # "للشرق الأوسط وشمال أفريقيا": a second region joined by و, in construct with a place
    return i + 1 < len(words) and words[i + 1].startswith("ال")


def _plain_noun(word: str) -> bool:
    """An indefinite word that may be a noun in a construct chain: no article, given name, foreign spelling,
    function word or verb's shape."""
    return (
        len(word) >= 3
        and not word.startswith(("ال", "لل", "بال", "و"))
        and not word.endswith(("ه", "ها", "هم"))  # (a possessive: "برفقة ملاحه النرويجي", with his co-driver)
        and not _ar_is_given(word)
        and not _transliterated(word)
        and word not in _AR_FUNCTION
        and word not in _AR_NOT_NAMES
        and word not in AR_TITLES
        and not _AR_VERBISH.match(word)
    )


def ended_by_object(name: list[str], word: str) -> bool:
    """Whether `word`, a feminine noun that is no given name, is the verb's object after the name read so far:
    after a long name ("محمد ولد عبد العزيز حالة الطوارئ"), or after a foreign given name and its family
    name ("أنطونيو غوتيريش ضرورة وقف القتال")."""
    if name and name[-1] not in _AR_NAME_LINKS and object_noun(word):
        return True  # ar_object_nouns: "وأكد الوزير بن علوي دعم السلطنة": a masculine verbal noun, the object
    if not word.endswith("ة") or _ar_is_given(word) or not name or name[-1] in _AR_NAME_LINKS:
        return False
    return len(name) >= 3 or (len(name) == 2 and _transliterated(name[0]))


# Callings that are also common family names ("فراس الجندي", "وليد المعلم", "سامي الفلاح"): after a known given
# name they are the family name, not the title of the next person.
_CALLINGS_ALSO_FAMILY = {"المعلم", "الجندي", "الضابط", "التاجر", "الفلاح", "المهندس", "الصيدلاني", "الطيار", "الموظف",
                         # titles of address that are also family names ("ياسر الحاج", "فارس الشيخ")
                         "الحاج", "الشيخ", "السيد"}  # fmt: skip


def _family_calling(name: list[str], word: str) -> bool:
    return word in _CALLINGS_ALSO_FAMILY and len(name) == 1 and _ar_is_given(name[0])


def _titles_next(words: list[str], i: int) -> bool:
    """Whether words[i], a title of address that is also a family name, is the title of a name after it
    ("الأمير محمد الشيخ عبدالله ...": the sheikh Abdullah, a second person)."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    return words[i] in ("الحاج", "الشيخ", "السيد") and (_ar_is_given(nxt) or nxt.startswith("عبد"))


# An indefinite noun in the accusative, its alif of tanween written ("مركزا", "مشروعًا", "حفلاً"): a verb's object.
_AR_INDEFINITE_OBJECT = re.compile(r"[\u0621-\u064a]{2,}\u064b?ا\u064b?")
_AR_IMPERFECT_SHAPE = re.compile(r"[يت][\u0621-\u064a]{3,}")


def imperfect_before_object(words: list[str], k: int) -> bool:
    """Whether words[k] has an imperfect verb's shape (يدشن، يرعى), is no known given name, and a word of time or
    an indefinite object follows it: "الأمير X يرعى غدا حفل ...", "الوزير X يدشن مركزا ...", a headline's verb after
    its subject's one name, with no preposition after it to tell it by."""
    if k + 1 >= len(words) or _AR_IMPERFECT_SHAPE.fullmatch(words[k]) is None or _ar_is_given(words[k]):
        return False
    nxt = words[k + 1]
    return nxt in _AR_TIME_WORDS or (_AR_INDEFINITE_OBJECT.fullmatch(nxt) is not None and not _ar_is_given(nxt))


def _ar_name_at(words: list[str], i: int, foreign_ok: bool = False) -> list[str]:
    """The name that starts at words[i], after a role or a nationality: one to three words without the
    article (up to six with عبد، بن، أبو), and one family name with it; a first word of a verb's shape only
    when a name's next word follows it, or (`foreign_ok`, where the context says a name follows) when it is
    spelled like a transliterated name (تاكاهارا)."""
    name: list[str] = []
    relaxed = False  # the first name word has a verb's shape: the name is its two words (ستيفن سبيلبرغ)
    while i < len(words) and (
        len(name) < (6 if any(w in _AR_NAME_LINKS or w in _AR_INNER for w in name) else 3)
        or (name and name[-1] in (*_AR_NAME_LINKS, "آل"))  # a particle needs the word after it
        or (len(name) == 3 and all(_ar_is_given(n) for n in name) and words[i].startswith("ال"))  # (a nisba family)
    ):
        w = words[i]
        bare = w[1:] if w.startswith("و") and len(w) > 2 else w
        if bare in AR_ORG_WORDS or bare in _AR_COLLECTIVE or _ar_glued_body(w):
            break  # "بتصريح لوكالة ...", "أطباء متطوعون": a body or a group, no name
        if not name and leading_time_words(words[i : i + 2]) > 0:
            break  # ar_time_adjuncts: "الوزير صباح اليوم", when he spoke; صباح is a given name only elsewhere
        if ended_by_object(name, w):
            break  # "محمد ولد عبد العزيز حالة الطوارئ": a feminine noun after a long name is the verb's object
        if name and len(w) >= 4 and w[0] in "بل" and w.endswith(("ه", "ها", "هم")) and not _ar_is_given(w):
            break  # "ماكرون بفوزه": a preposition and a pronoun glued to a noun, the verb's complement
        if name and len(w) >= 4 and w[0] in "بل" and glued_non_name(w[1:]) and not _ar_is_given(w):
            break  # "X Y بجميع العاملين", "X Y لكافة الفرق": a preposition glued to a quantifier or a body's noun
        particle_next = i + 1 < len(words) and words[i + 1] in _AR_NAME_PARTICLES
        shaped = not name and _AR_IMPERFECT.match(w) is not None and i + 1 < len(words) and _ar_name_next(words[i + 1])
        shaped = shaped or (foreign_ok and not name and _transliterated(w))
        # (a known given name of a verb's shape, تامر or يوسف, opens a name like any other: "تامر محمد الحسيني")
        relaxed = relaxed or (shaped and not particle_next and not _ar_is_given(w))
        particle_next = particle_next or shaped
        if not name and (
            bare in _AR_FUNCTION
            or bare in _AR_NOT_NAMES
            or (_AR_VERBISH.match(bare) and not particle_next and not _ar_is_given(w))
        ):
            break  # (a verb's shape, unless a name's particle follows: ستافان دي ميستورا)
        if name and (bare in _AR_FUNCTION or bare in _AR_NOT_NAMES) and len(name) >= 2:
            break  # a third word is a name's only when it is no function word
        if name and _ar_next_item(w):
            break  # "سلفا كير ونائبه ...": a second title or person joined by و
        if len(name) == 1 and imperfect_before_object(words, i):
            break  # "الأمير X يدشن مركزا", "الأمير X يرعى غدا حفل": the verb after one name, then its object or time
        # (an accusative's alif is the tanween of an indefinite noun: a word with the article ending in ا is a
        # family name, "عبد المنعم البنا", never the verb's object)
        accusative = w.endswith("ا") and not w.startswith("ال") and not _ar_is_given(w)
        if not name and accusative and i + 1 < len(words) and words[i + 1].endswith("ا"):
            if not _ar_is_given(words[i + 1]) and not _transliterated(w):
                break  # "جدلا واسعا": a noun and its adjective in the accusative, the verb's object
        if len(name) >= 2 and (relaxed or accusative) and name[-1] not in _AR_NAME_PARTICLES:
            # "اللاعب ريكاردو ألفاريز هدفا", "الصحفية لينا بن صالح تقريرا": an accusative after two or more name
            # words is the verb's object
            break
        if not name and _ar_is_given(w) is False and _AR_VERBISH.match(w) and not particle_next:
            break
        if (
            w in _AR_NOT_NAMES
            or (not name and _AR_VERBISH.match(w) and not particle_next and not _ar_is_given(w))
            or (w in known_names() and not (len(name) == 1 and _ar_is_given(name[0]) and not w.startswith("ال")))
            or (
                name
                and (w in _AR_HEADS or w in AR_ROLE_NOUNS or _ar_possessed_role(w))
                and not (_family_calling(name, w) and not _titles_next(words, i))
            )
            or len(w) < (3 - bool(name))
        ):
            break  # (a verb's shape only matters first: يعلون, ياسين are names after a first name; دي, كي inside)
        if w.startswith("ال"):
            if name and (name[-1] in _AR_NAME_LINKS or w in _AR_INNER):
                name.append(w)  # عبد السلام ياسين, فتح الله أرسلان: the name goes on
                i += 1
                continue
            if len(name) == 1 or (len(name) == 2 and (name[0] in _AR_NAME_LINKS or name[1] in _AR_INNER)):
                # a family name with the article: أحمد الجربا, عبد الرحمن السميط, and after a compound given
                # name, which counts as one (علاء الدين الحموي, فتح الله الخطيب)
                name.append(w)
                name.extend(_family_after_lineage(words, i))
            elif len(name) == 3 and name[1] in _AR_NAME_LINKS and name[1] != "بن" and _ar_is_given(w[2:]):
                # "سالم عبد الله الجابر الصباح": a given name and a compound father's name, then the grandfather's
                # with the article and the family's
                tail = _family_after_lineage(words, i)
                name.extend([w, *tail] if tail else [])
            elif len(name) == 3 and all(map(_ar_is_given, name)) and w.endswith(("ي", "ية")) and w not in known_names():
                name.append(w)  # "X Y Z الW": given, father's and grandfather's names, then a nisba family
            elif len(name) == 2 and all(map(_ar_is_given, name)) and _lineage_family(w):
                # "تامر محمد الحسيني": a given and a father's name, then a nisba family name; "أحمد نواف الأحمد
                # الصباح": the grandfather's name with the article, then the family's
                name.append(w)
                after = words[i + 1].rstrip("،.") if i + 1 < len(words) else ""
                if _ar_is_given(w[2:]) and after.startswith("ال") and _lineage_family(after) and after not in _AR_HEADS:
                    name.append(after)
            elif len(name) == 2 and _ar_is_given(name[0]) and _unlisted_father(name[1]) and _nisba_closing(w):
                # "سامي فهير الدرعاوي": a given name, a father's name no list knows, then a nisba family name
                name.append(w)
            elif len(name) == 3 and name[1] in _AR_INNER and i == len(words) - 1:
                # a compound given name (نور الدين) counts as one: with one more name, a last word with the
                # article right before a mark (the appositive's comma) is the family name
                name.append(w)
            elif len(name) in (2, 3) and all(map(_ar_is_given, name)) and _closing_family(words, i):
                # "اللواء X Y الZ، إن", "... الشيخ X Y Z الW.": given and father's names, then a family name that
                # is no nisba and no given name (Gulf tribal and family names), read only where the name closes
                name.append(w)
            break
        name.append(w)
        i += 1
    return name


def glued_non_name(rest: str) -> bool:
    """Whether what follows a glued ب or ل is a word no name holds: a quantifier or collective (جميع، كافة، بعض), a
    body's noun, a function word; then the glued word is the verb's complement after the name, not its last part."""
    return rest in _AR_COLLECTIVE or rest in AR_ORG_WORDS or rest in _AR_FUNCTION or rest in _AR_NOT_NAMES or rest in {
        "كافة", "كل", "مختلف", "عدد", "شأن", "خصوص"}  # fmt: skip


# Adjectives that follow a holder's name and are no family name: former, late, current, new, next.
_AFTER_NAME_ADJECTIVES = {"السابق", "السابقة", "الأسبق", "الاسبق", "الراحل", "الراحلة", "الحالي", "الحالية",
                          "الجديد", "الجديدة", "المقبل", "المقبلة", "المذكور", "المذكورة", "نفسه", "ذاته"}  # fmt: skip


def _closing_family(words: list[str], i: int) -> bool:
    """Whether words[i], a word with the article after two or three given names, is the family name closing the
    name: the last word before a mark (the readers' word runs stop at a comma or a stop), or the word before
    the next list item's office or title joined by و ("X Y الZ والمدير العام ..."). A definite word that goes on
    into the clause is as often the verb's object ("استقبل الوزير X Y الوفد الزائر"), so it is not read."""
    w = words[i].rstrip("،,.")
    core = w[2:]
    if not (w.startswith("ال") and len(core) >= 3 and core.isalpha()):
        return False
    if (
        w in known_names()
        or w in _AR_HEADS
        or w in AR_TITLES
        or core in AR_ROLE_NOUNS
        or w in _AR_NOT_NAMES
        or w in _AR_TIME_WORDS
        or w in AR_REGNAL
        or w in _AFTER_NAME_ADJECTIVES
        or core in AR_ORG_WORDS
        or w in AR_ORG_WORDS
    ):
        return False
    if w.endswith("ي") and not _lineage_family(w):
        return False  # (a nationality: "X Y المصري")
    if _verbal_noun(core):
        return False  # "انتقدت زعيمة المعارضة X Y الاستجابة.": the verb's object closes the sentence, no family
    if i == len(words) - 1 or words[i] != w:
        return True
    nxt = words[i + 1]
    bare = nxt[1:] if nxt.startswith("و") else ""
    return bare.startswith("ال") and (bare in _AR_HEADS or bare in AR_TITLES or _ar_core(bare) in AR_ROLE_NOUNS)


def _verbal_noun(core: str) -> bool:
    """Whether `core` (a word without its article) has the shape of a verbal noun no family name takes: فعول
    (هجوم، وصول), استفعال (استجابة، استثمار), افتعال (اجتماع، احتفال), انفعال (انسحاب، انفجار), or a feminine
    plural (المساعدات). Such a word after a name, before a mark, is the object of a verb before the subject."""
    return (
        core.startswith("است")
        or re.fullmatch(r"[^م].و.", core) is not None  # فعول: a verbal noun or a broken plural (هجوم، بيوت)
        or re.fullmatch(r"ا.ت.ا.+", core) is not None
        or re.fullmatch(r"ان..ا.+", core) is not None
        or core.endswith("ات")
    )


def _unlisted_father(word: str) -> bool:
    """A father's name no list knows, between a given name and a nisba family name: a plain word without the
    article, glued preposition or و, which no list holds as a place, body or role."""
    return (
        not word.startswith(("ال", "و"))
        and len(word) >= 3
        and word not in known_names()
        and word not in AR_ROLE_NOUNS
        and word not in _AR_HEADS
        and word not in _AR_NOT_NAMES
        and word not in _AR_TIME_WORDS
    )


def _nisba_closing(word: str) -> bool:
    """A nisba family name closing a three-part name (الدرعاوي): the article and a final ي, no regnal number
    ("الملك X الثاني") and nothing `_lineage_family` rules out."""
    return word.endswith("ي") and word not in AR_REGNAL and _lineage_family(word)


def _family_after_lineage(words: list[str], i: int) -> list[str]:
    """The family name after a grandfather's name with the article at words[i] ("طلال الخالد الصباح", "X الأحمد
    الصباح"), as Gulf copy writes a ruling family's members: a given name with the article, then a word that
    closes a name of given names (two such words at most)."""
    out: list[str] = []
    # (the father's and the grandfather's names may both carry the article: "نواف الأحمد الجابر الصباح")
    while len(out) < 2 and i + 1 < len(words) and not words[i].endswith(("،", ".")):
        w, after = words[i].rstrip("،."), words[i + 1].rstrip("،.")
        if not (_ar_is_given(w[2:]) and after.startswith("ال") and _lineage_family(after) and after not in _AR_HEADS):
            break
        out.append(after)
        i += 1
    return out


def _lineage_family(word: str) -> bool:
    """Whether a word with the article closes a name of given names: a nisba (الحسيني) or a given name with the
    article (الأحمد, a grandfather's), no place, role, body or time the lists know."""
    word = egyptian_final_ya(word)
    core = word[2:]
    stem = core[:-1]  # (a people's adjective said once is a description: "X Y المصري", of Egypt)
    # (only a country's: a town's or a region's nisba is as often a family name, "محمد سعيد الشربيني" of Shirbin,
    # "X Y الصحراوي" of a desert region)
    spellings = (stem, "ال" + stem, stem + "ا", stem + "يا")
    nationality = word.endswith("ي") and any(_land(c, ("country",)) for c in spellings)
    return (
        word.startswith("ال")
        and len(core) >= 3
        and not nationality
        and (word.endswith("ي") or _ar_is_given(core))
        and word not in known_names()
        and core not in AR_ROLE_NOUNS
        and word not in _AR_HEADS
        and word not in _AR_NOT_NAMES
        and word not in _AR_TIME_WORDS
    )


def egyptian_final_ya(word: str) -> str:
    """The word with a final ى read as ي when it is long enough to be a nisba: Egyptian copy writes the nisba's
    final ي as ى ("الشربينى", "الروينى"); the short words in ى (الأعلى، القتلى، الكبرى) keep theirs."""
    return word[:-1] + "ي" if len(word) >= 7 and word.startswith("ال") and word.endswith("ى") else word


def _land(name: str, kinds: tuple[str, ...] = ("country", "region")) -> bool:
    """Whether `name` is a country or a region the gazetteer knows (whose nisba describes a people), not a town;
    only the place `kinds` given count."""
    if name not in known_names():
        return False
    entry = lookup(name)
    return entry is None or entry.kind != "place" or entry.detail in kinds


def ar_other_given_name(first: str, other: str) -> bool:
    """Whether two Arabic two-word names that end in the same family name open with different given names, and
    so name two people (a father and a son, two brothers: "مسعود بارزاني" and "مسرور بارزاني"). Only plain
    given names count: a title, a role, a word with the article, a link of a compound name (عبد، أبو) or a
    glued و may open a later mention of the same person, and one spelling may hold the other (عبدالله).
    Two-word names only: a longer one may hold a nasab or a second given name."""
    first, other = first.strip("،,:"), other.strip("،,:")
    for w in (first, other):
        if w.startswith(("ال", "و")) or w in AR_TITLES or w in AR_ROLE_NOUNS or w in _AR_NAME_LINKS or len(w) < 3:
            return False
    return not (first.startswith(other) or other.startswith(first))


def ar_construct_head(second: str, after: str) -> bool:
    """Whether an indefinite word and the definite noun after it make a construct chain ("حارس مرمى المنتخب": the
    team's goalkeeper), which a given name and a family name do not: a time word after a name is no genitive."""
    return (
        not second.startswith("ال")
        and after.startswith("ال")
        and after not in _AR_TIME_WORDS
        and not _ar_definite_given(after)
    )


def _plain_spellings(words: set[str] | tuple[str, ...]) -> set[str]:
    """The same words as much Arabic copy writes them, with no hamza on the alef (أن، إلى، أمس as ان، الى، امس)
    and ي for a final ى (الي، حتي): a name reader that knows only the careful spelling takes "قال ان ..." for
    a speaker named "ان ...". A plain form that is a known given name (علي from على) is left out."""
    out = set()
    for w in words:
        plain = w.translate(_PLAIN_ALEF)
        for form in {plain, plain[:-1] + "ي" if plain.endswith("ى") else plain}:
            if form != w and arabic_lookup_form(form) not in world_given_names().get("ar", frozenset()):
                out.add(form)
    return out


_PLAIN_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})
for _words in (_AR_NOT_NAMES, _AR_NOT_GIVEN_WORDS, _AR_COLLECTIVE, _AR_FUNCTION, _AR_NAME_STOP, _AR_TIME_WORDS,
               AR_ROLE_NOUNS):  # fmt: skip
    _words |= _plain_spellings(_words)
AR_TITLES = (*AR_TITLES, *sorted(_plain_spellings(AR_TITLES)))
# (a set: the Arabic readers ask whether nearly every word is a body's noun, 800 times an article, and a test of
# the tuple compared the word with each of its hundred nouns in turn; nothing reads these nouns in order)
AR_ORG_WORDS = frozenset((*AR_ORG_WORDS, *_plain_spellings(tuple(AR_ORG_WORDS))))
_AR_HEADS = (*_AR_HEADS, *sorted(_plain_spellings(_AR_HEADS)))


def _plain_name_word(word: str, place_ok: bool = False, verb_ok: bool = False) -> bool:
    """A word that can be a one-word name: no article, no function or time word, no body or group noun, no
    place (unless `place_ok`: a kinship noun before it says it is a name), no native verb's shape, no
    feminine ending that no given name has (إضافة: a verbal noun); `verb_ok`: an imperfect verb's shape
    (تيري، يوهان) is no bar when something else, a role after the name, says it is one."""
    return (
        len(word) >= 3
        and (not word.endswith("ة") or _ar_is_given(word))
        and not word.startswith("ال")
        and word not in _AR_NOT_NAMES
        and word not in _AR_FUNCTION
        and word not in _AR_NAME_STOP
        and word not in _AR_TIME_WORDS
        and word not in AR_ORG_WORDS
        and word not in _AR_COLLECTIVE
        and word not in AR_ROLE_NOUNS
        and word not in _AR_HEADS
        and (place_ok or word not in known_names())
        and (
            not _AR_VERBISH.match(word)
            or _ar_is_given(word)
            or _transliterated(word)
            or (verb_ok and re.fullmatch(r"(?:[يتن]|س[يتن])[\u0621-\u064a]{2,}", word) is not None)
        )
    )


def ministry_of_place(words: list[str], i: int) -> bool:
    """Whether words[i] is a ministry's nisba noun in construct with the place it serves, right after an office's
    head ("وزير داخلية البحرين X", "وزير خارجية قطر"): indefinite, ending in ية, no given name, a known place after
    it; the office's genitive, which name readers took for a name's first words."""
    return (
        i + 1 < len(words)
        and words[i].endswith("ية")
        and not _ar_is_given(words[i])
        and names_a_place_spaced(words[i + 1])
    )



# Competitions and prizes named after a sponsor or a patron ("دوري عبداللطيف جميل", the Saudi league's name in
# every sports page of 2014-17; "كأس فهد بن سلطان", "جائزة خالد بن عبدالله"): the name after one of these is the
# event's, not a person's.
AR_EVENT_WORDS = frozenset({"دوري", "كأس", "بطولة", "جائزة", "دورة", "ماراثون", "رالي", "طواف", "مسابقة"})

# Verbal nouns of what befalls an office, in construct with the office after them ("لحين تعيين وزير للبيئة",
# "بقبول استقالة وزيرة البيئة", "اجتماعاتها برئاسة رئيس مجلس الوزراء"): the words before the office are the event,
# never a name; also with a preposition or و glued to them.
_OFFICE_EVENTS = ("تعيين", "استقالة", "رئاسة", "تكليف", "ترشيح", "انتخاب", "إقالة", "اقالة", "تنصيب", "عزل")
AR_OFFICE_EVENTS = frozenset(p + w for w in _OFFICE_EVENTS for p in ("", "ب", "ل", "و", "وب", "ول"))

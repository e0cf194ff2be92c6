"""Arabic figures the number reader does not see as numbers: duals ("لجنتين", two committees) and ages
written as ordinals ("في التاسعة من عمره"); and the definite-number patterns `figures` reads anaphora by.
Split out of `figures`."""

from __future__ import annotations

import re

from briefing_app.core.facts.ar_casualty_construct_dual import ar_casualty_construct_duals
from briefing_app.core.facts.ar_readable import ar_plural_before_article
from briefing_app.core.facts.ar_thing_duals import ar_thing_duals
from briefing_app.core.facts.figure_words import AR_STOP
from briefing_app.core.facts.gazetteer import arabic_lookup_form, known_names, world_given_names
from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.people_ar_words import AR_ROLE_NOUNS
from briefing_app.core.numbers import NumberMatch, strip_arabic_marks

# An Arabic feminine dual of an indefinite noun ("لجنتين", "طائرتان"): a count of two written in the noun
# itself. Not a country in -ستان, not a name or loanword in -وتين/-ستين, not a definite dual (anaphora), the article
# also after "ل", which drops its alif ("للأخيرتين", to the latter two).
_AR_FEMININE_DUAL = re.compile(
    r"(?<![\w\u0640])(?![وف]?لل)[وبلف]?((?![وبلف]?ال)[\u0621-\u064a]{2,}(?<!س)(?<!و)ت(?:ين|ان))(?![\w\u0640])"
)


# The same dual in construct before its complement ("حالتي إصابة", "قاعدتي الأمم المتحدة"): -تي after a
# stem that is no plural (-اتي), nisba (-يتي), verb (يأتي, تأتي) or relative (كالتي, والتي: the article's
# ال stays out of a dual with a conjunction or preposition glued before it too); nor a name or loanword in -وتي
# ("جيبوتي", "بيروتي"), as the feminine dual leaves out -وتين.
_AR_CONSTRUCT_DUAL = re.compile(
    r"(?<![\w\u0640])[وبلف]?((?![وبلف]?ال|[وبلف]?ك?الت)(?![يتن])[\u0621-\u064a]{2,}(?<![اأيسو])تي)(?=\s+[\u0621-\u064a])"
)


# Feminine nouns of places ("منطقة", "مدينة", "محافظة"), whose dual in construct names the two places after it; and
# those names running over a few words to the "و" of the second ("منطقتي حي النخيل في الشمال والميناء").
_AR_PLACE_STEMS = frozenset({"منطق", "مدين", "محافظ", "ولاي", "قري", "بلد", "بلدي", "جزير", "دول", "ناحي", "مقاطع",
                             "ضاحي"})  # fmt: skip
_AR_PAIR_NAMED = re.compile(r"(?:\s+[^\s،,.؛:()«»\"]+){1,5}?\s+و[\u0621-\u064a]{2,}")


# Negation particles, which open a clause: after "-تي" they show "my" ("رحلتي لم تكتمل", "شركتي لن تبيع"), as no
# dual in construct takes a particle for its complement.
_AR_NEGATIONS = frozenset({"لم", "لن", "ليس", "ليست", "لست", "لسنا"})


# A masculine dual ("مرسومين", "انفجاران") is written like a sound plural; a dual verb after it (with its
# agreeing adjectives between) tells it apart: "أصدر مرسومين يقضيان", "قرارين جديدين يتعلقان".
_AR_MASCULINE_DUAL = re.compile(
    r"(?<![\w\u0640])[وبلف]?((?![وبلف]?ال)[\u0621-\u064a]{3,}(?:ين|ان))((?:\s+[\u0621-\u064a]{3,}(?:ين|ان))*)"
    r"\s+[وف]?[يت][\u0621-\u064a]{2,}ان(?![\w\u0640])"
)


# A masculine dual in the nominative ("زلزالان", two earthquakes): -ان, which no sound plural ends in (-ون), after an
# indefinite stem the article also writes in the singular elsewhere ("25 زلزالا", "الزلزال"); not a name or a place
# ("عمران", "سلمان", "لبنان"), whose -ان is no ending.
_AR_NOMINATIVE_DUAL = re.compile(r"(?<![\w\u0640])[وبلف]?((?![وبلف]?ال)[\u0621-\u064a]{3,}(?<!ت)ان)(?![\w\u0640])")


# A masculine dual in the accusative or genitive ("سجل هدفين", "مقتل شخصين", "لمدة شهرين"): -ين after a stem of
# three consonants (no long vowel), the shape of the commonest count nouns, whose plurals are broken ("أهداف",
# "أشخاص"); a sound plural in -ين has a longer stem ("معتقلين", "مدنيين"), and a stem opening with ت or م is a verbal
# noun or a participle ("تضمين", "تشرين", "مسكين"). Not after a title or a name's first word, nor a word whose article
# "ل" took the alif of ("للحين", until now: "ل" + "الحين"; "للبنين", for boys, is no "ل" + a dual "لبنين", so the
# word may not open with "لل" before the particle is taken off either).
_AR_OBLIQUE_DUAL = re.compile(
    r"(?<![\w\u0640])(?!لل)([وبلف]?)((?![وبلف]?ال|لل)(?![تم])(?:(?![اويىةآ])[\u0621-\u064a]){3}ين)(?![\w\u0640])"
)
# The same dual of a verbal noun of the shape تفعيل ("تحقيقين", two investigations; "تقريرين", "تفجيرين"), which the
# three-consonant shape above leaves out; counted only when the article writes the singular too.
_AR_TAFIL_DUAL = re.compile(
    r"(?<![\w\u0640])([وبلف]?)((?![وبلف]?ال)ت[\u0621-\u064a]{2}ي[\u0621-\u064a]ين)(?![\w\u0640])"
)
# Casualty nouns of the shape فعيل (قتيل, جريح, شهيد, أسير) have broken plurals (قتلى, جرحى, شهداء, أسرى), so -ان or
# -ين after them is a dual, never a sound plural, and the long vowel keeps them out of the shape above: "قتيلان و21
# مصابا", "سقوط شهيدين".
_AR_CASUALTY_DUAL = re.compile(r"(?<![\w\u0640])[وبلف]?((?:قتيل|جريح|شهيد|أسير)(?:ان|ين))(?![\w\u0640])")
_AR_AFTER_NAME = re.compile(r"(?:السيد|الشيخ|الرئيس|الأمير|الملك|الإمام|ابن|بن|أبو)\s+$")


_DEFINITE_DUAL_BEFORE = re.compile(r"(?<![\u0621-\u064a])[وبلف]?ال[\u0621-\u064a]{3,}(?:ين|ان)\s*[\"“«]?\s*$")


def _singular_written(word: str, document: str) -> bool:
    """Whether the document writes the singular of the dual `word` ("زلزالان": "زلزال", "الزلزال", "زلزالا")."""
    stem = word[:-2]
    given = world_given_names().get("ar", frozenset())
    if len(stem) < 3 or arabic_lookup_form(word) in given or arabic_lookup_form(stem) in given:
        return False
    if word in known_names() or stem in known_names():
        return False
    # (or its sound plural, for a participle the article counts in the plural beside the dual: "(4) مقيمين ...
    # ومقيمان من الجنسية ..."; a name in -ان has no plural in -ين or -ون)
    singular = rf"(?<![\u0621-\u064a])(?:[وبلف]?ال|[وبلفك])?{re.escape(stem)}(?:ا|اً|ًا|ين|ون)?(?![\u0621-\u064a])"
    return re.search(singular, document) is not None


def arabic_duals(s: SourceSentence, numbers: list[NumberMatch], document: str = "") -> list[Fact]:
    """Arabic counts of two written as a dual noun; the noun is what they count. `document` is the article's
    text, where a masculine dual's singular is looked for."""
    out: list[Fact] = []
    previous_end: int | None = None
    duals = sorted([*_AR_FEMININE_DUAL.finditer(s.text), *_AR_CONSTRUCT_DUAL.finditer(s.text)], key=lambda m: m.start())
    last_end = -1
    masculine = list(_AR_MASCULINE_DUAL.finditer(s.text))
    for m in _AR_NOMINATIVE_DUAL.finditer(s.text) if document else []:
        taken = any(d.start() <= m.start() < d.end() for d in [*duals, *masculine]) or any(
            n.start < m.end(1) and m.start() < n.end for n in numbers
        )
        adjective = last_end >= 0 and not s.text[last_end : m.start()].strip()  # "هجومان إرهابيان": one count
        last_end = m.end()
        # a predicate right after a definite dual restates it: "إن الانفجارين « هجومان إرهابيان »"
        restated = _DEFINITE_DUAL_BEFORE.search(s.text[: m.start()])
        if not taken and not adjective and not restated and _singular_written(m.group(1), document):
            kind_of = re.match(r"\s+من\s+([\u0621-\u064a]{3,})", s.text[m.end() :])  # "نوعان من التحديد": of what
            counts = f"{m.group(1)} من {kind_of.group(1)}" if kind_of else m.group(1)
            out.append(Fact("figure", m.group(0), s.index, value=2.0, counts=counts))
    for m in _AR_OBLIQUE_DUAL.finditer(s.text):
        word, whole = m.group(2), m.group(1) + m.group(2)
        taken = any(d.start() <= m.start() < d.end() for d in [*duals, *masculine]) or any(
            n.start < m.end() and m.start() < n.end for n in numbers
        )
        given = world_given_names().get("ar", frozenset())
        names = known_names()
        named = any(arabic_lookup_form(w) in given or w in names or w[:-2] in names for w in (word, whole))
        # "بأمين منطقة X" (with the mayor of X): a role noun in -ين with a preposition glued on, whose letter the
        # shape took for the stem's first; no dual
        role = not m.group(1) and word[:1] in "وبلف" and word[1:] in AR_ROLE_NOUNS
        if not taken and not named and not role and not _AR_AFTER_NAME.search(s.text[: m.start()]):
            out.append(Fact("figure", m.group(0).strip(), s.index, value=2.0, counts=word))  # "سجل هدفين", "قتل شخصين"
    for start, end, counts in ar_casualty_construct_duals(s.text):  # "مقتل رجلي شرطة": two policemen
        if not any(d.start() <= start < d.end() for d in [*duals, *masculine]) and not any(
            n.start < end and start < n.end for n in numbers
        ):
            out.append(Fact("figure", s.text[start:end], s.index, value=2.0, counts=counts))
    for start, end, counts in ar_thing_duals(s.text):  # "وقوع انفجارين", "من طابقين": two of a thing
        if not any(d.start() <= start < d.end() for d in [*duals, *masculine]) and not any(
            n.start < end and start < n.end for n in numbers
        ):
            out.append(Fact("figure", s.text[start:end], s.index, value=2.0, counts=counts))
    for m in _AR_CASUALTY_DUAL.finditer(s.text):
        if not any(d.start() <= m.start() < d.end() for d in [*duals, *masculine]):
            out.append(Fact("figure", m.group(1), s.index, value=2.0, counts=m.group(1)))  # "قتيلان", two killed
    for m in _AR_TAFIL_DUAL.finditer(s.text) if document else []:
        taken = any(d.start() <= m.start() < d.end() for d in [*duals, *masculine]) or any(
            n.start < m.end() and m.start() < n.end for n in numbers
        )
        if not taken and _singular_written(m.group(2), document):  # "نشر تحقيقين", "وقوع تفجيرين": two of the noun
            out.append(Fact("figure", m.group(0).strip(), s.index, value=2.0, counts=m.group(2)))
    for m in masculine:
        if not any(d.start() <= m.start() < d.end() for d in duals) and not any(
            n.start < m.end(1) and m.start() < n.end for n in numbers
        ):
            out.append(Fact("figure", m.group(1), s.index, value=2.0, counts=(m.group(1) + m.group(2)).strip()))
    for m in duals:
        # "لجنتين جديدتين": the adjective agrees with the dual noun before it
        # (an adjective takes no conjunction or preposition: "طائرتين وسفينتين" are two counts)
        glued = previous_end is not None and s.text[previous_end : m.start()].strip() == ""
        agrees = glued and m.group(0) == m.group(1)
        # and past the dual noun's complement: "بسيارتين نقل متوقفتين" (two lorries, standing); no prefix, no count
        agrees = agrees or (
            previous_end is not None
            and m.group(0) == m.group(1)
            and re.fullmatch(r"\s+[\u0621-\u064a]{2,}\s+", s.text[previous_end : m.start()]) is not None
        )
        previous_end = m.end()
        if len(m.group(1)) >= 5 and not agrees and not any(n.start < m.end() and m.start() < n.end for n in numbers):
            complement = re.match(r"\s+(\S+)", s.text[m.end() :]) if m.group(0).endswith("تي") else None
            word_after = re.split(r"[،,؛;.:!?]", strip_arabic_marks(complement.group(1)))[0] if complement else ""
            if m.group(0).endswith("تي") and (
                not complement
                or word_after in AR_STOP
                or word_after in ("الى", "على")
                or word_after.endswith("ا")
                or word_after in _AR_NEGATIONS
                or not re.match(r"[\u0621-\u064a\d]", word_after)
            ):
                continue  # "وزوجتي الى", "رعشتي خجلا", "رحلتي لم": "my" glued to a noun, not a dual in construct
                # ("حالتي إصابة")
            construct = m.group(0).endswith("تي")
            pair = re.match(r"\s+\S+\s+و([\u0621-\u064a]{2,})", s.text[m.end() :]) if construct else None
            if pair and not pair.group(1).startswith(m.group(1)[:-2][:3]):
                continue  # "ومدينتي بيروت وطرابلس", "محافظتي الأنبار ونينوى": the two named, a pair, no count reported
            if construct and m.group(1)[:-2] in _AR_PLACE_STEMS and _AR_PAIR_NAMED.match(s.text, m.end()):
                continue  # "منطقتي الوادي الشرقي والساحل": two places named over several words, no count either
            counts = f"{m.group(0)} {complement.group(1)}" if complement else m.group(0)  # "حالتي إصابة"
            out.append(Fact("figure", m.group(0), s.index, value=2.0, counts=counts))
    return out


_AR_ORDINAL_UNITS = {"الحادية": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5, "السادسة": 6,
                     "السابعة": 7, "الثامنة": 8, "التاسعة": 9, "العاشرة": 10}  # fmt: skip
_AR_ORDINAL_TENS = {"العشرين": 20, "الثلاثين": 30, "الأربعين": 40, "الخمسين": 50, "الستين": 60, "السبعين": 70,
                    "الثمانين": 80, "التسعين": 90}  # fmt: skip
# An age written as an ordinal ("في التاسعة من عمره", "يبلغ السابعة والثلاثين من العمر", "قبل إتمام الثامنة عشرة"):
# the year of life the person is in, with "من العمر"/"من عمره" after it or a verb of reaching before it.
_AR_ORDINAL = re.compile(
    rf"(?<!\S)(?:({'|'.join(_AR_ORDINAL_UNITS)})(\s+عشرة)?(?:\s+و({'|'.join(_AR_ORDINAL_TENS)}))?|"
    rf"({'|'.join(_AR_ORDINAL_TENS)}))(?!\w)"
)
_OF_AGE_AFTER = re.compile(r"\s+من\s+(?:العمر|عمره|عمرها)(?!\w)")
_REACHING_AGE_BEFORE = re.compile(r"(?<!\S)(?:إتمام|بلوغ|بلغ|يبلغ|تبلغ|بلغت|ناهز|يناهز|تناهز)\s+$")


def arabic_ordinal_ages(s: SourceSentence) -> list[Fact]:
    """Ages written as ordinals, which the number reader leaves as ordinals."""
    out = []
    for m in _AR_ORDINAL.finditer(s.text):
        reaching = _REACHING_AGE_BEFORE.search(s.text[max(0, m.start() - 8) : m.start()])
        if not (_OF_AGE_AFTER.match(s.text, m.end()) or reaching):
            continue
        unit, teen, tens, alone = m.groups()
        value = _AR_ORDINAL_UNITS.get(unit or "", 0) + (10 if teen else 0)
        value += _AR_ORDINAL_TENS.get(tens or alone or "", 0)
        # (whose age: the indefinite noun the verb of reaching describes, "فتاة تبلغ الثالثة عشرة")
        holder = re.search(r"(?<!\S)((?!ال)[\u0621-\u064a]{3,})\s+\S+\s+$", s.text[: m.start()]) if reaching else None
        counts = f"عمر ({holder.group(1)})" if holder and holder.group(1) not in AR_STOP else "عمر (age)"
        out.append(Fact("figure", m.group(0), s.index, value=float(value), unit="years", counts=counts))
    return out


# "حاجز المليون مقالة", "الألف يوم الأولى": a definite scale word before an indefinite noun is a milestone
# or a span that counts the noun, not the ones already named ("المصابين الثلاثة").
AR_DEFINITE_SCALE = re.compile(r"[وبل]?(?:ال|لل)(?:مليون|مليار|تريليون|بليون|ألف|الف|مئة|مائة)")
AR_INDEFINITE_NOUN = re.compile(r"\s+(?!ال|لل|من(?!\S)|في(?!\S)|على(?!\S))[\u0621-\u064a]{3,}")


# "خلال السنتين الماضيتين", "طوال الشهرين": a definite dual of a time unit after a word of span is how long.
AR_SPAN_BEFORE = re.compile(r"(?<!\S)(?:خلال|طوال|طيلة|مدى|مدار)\s+$")
# ("في اليومين الماضيين", "الأسبوعين الأخيرين": a definite dual of time and its "past/last/next" is how long too, with
# any preposition before it; not "اليومين" alone, which can name two days told of already, nor a dual of people,
# "الوزيرين السابقين", the two former ministers)
AR_TIME_DUAL = re.compile(r"[وبلف]?(?:ال|لل)(?:يومين|أسبوعين|اسبوعين|شهرين|عامين|سنتين|ساعتين|عقدين|قرنين)")
AR_DUAL_SPAN_AFTER = re.compile(
    r"\s+(?:الماضيين|الماضيتين|الأخيرين|الاخيرين|الأخيرتين|الاخيرتين|المقبلين|المقبلتين|القادمين|القادمتين|"
    r"السابقين|السابقتين|المنصرمين|المنصرمتين)(?![\u0621-\u064a])"
)
# "في العشر سنين الماضية", "خلال الخمس سنوات الأخيرة": a definite number before an indefinite plural of time and
# "past/last/next" is how long, a figure, not the ones already named.
AR_DEFINITE_SPAN_AFTER = re.compile(
    r"\s+(?:سنين|سنوات|أعوام|اعوام|أيام|ايام|أشهر|اشهر|شهور|أسابيع|اسابيع|ساعات|دقائق|عقود)\s+"
    r"(?:الماضية|الأخيرة|الاخيرة|المقبلة|القادمة|الأولى|الاولى|المنصرمة|السابقة)(?![\u0621-\u064a])"
)


# A total before a number ("ما مجموعه 1902 قافلة", "بإجمالي 2000 جندي"): what follows is a count, not a year.
_AR_TOTAL_BEFORE = re.compile(r"(?:^|\s)(?:ما\s+)?(?:مجموعه|مجموعها|بمجموع|إجمالي|بإجمالي|اجمالي|باجمالي)\s+$")
# The noun a count takes after it (its tamyiz): an Arabic word with no article, no conjunction or preposition
# alone, no era mark (1950م، 1445هـ).
# (glued to the digits too, as hurried copy types a list: "وأجريت 2012 عملية قلب، و1978عملية لتصحيح البصر")
_AR_TAMYIZ = re.compile(r"\s*(?!(?:و|أو|في|من|إلى|الى|على|عن|حتى|م|هـ|ه)(?:\s|$))([\u0621-\u064a]{2,})")
# A verb or verbal noun of performing, recording or receiving right before the number, with no word of time between
# ("إجراء 1987 عملية قيصرية", "تم استقبال 2014 حالة"): what it did or took in is counted;
# a year there would be "في"- or "عام"-led. (Not a verb of recording: "سجل 2019 نموا" has the year for its subject.)
_AR_DONE_BEFORE = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:أجريت|أجري|أجرت|أجرى|إجراء|اجراء|استقبال|استقبلت|استقبل|ضبط|ضبطت|تنفيذ|نفذت|"
    r"معالجة|عالجت|فحص|فحصت|إصدار|أصدرت|توزيع|وزعت)(?:\s+(?:فيها|خلالها|منها))?\s+$"
)


# An indefinite accusative noun right after a number, its tanween written ("إسماً", "قتيلًا"), which a count ending
# in 11-99 takes after it (its tamyiz); the alif alone is no sign ("بألمانيا", a place; "رئيسا", a state after a year).
_AR_ACCUSATIVE_AFTER = re.compile(r"\s+(?!ال)([\u0621-\u064a][\u0621-\u064a\u064b-\u0652]{1,}(?:اً|ًا))(?=[\s.,،؛:]|$)")
# A word of time right before the number: a year ("عام 2012 رئيساً": elected president in 2012).
_AR_TIME_BEFORE = re.compile(r"(?<!\S)[وبل]?(?:عام|سنة|العام|السنة|منذ|مطلع|أواخر|اواخر|بداية|نهاية|خلال|في|حتى)\s+$")
# A quarter or half of a year named right before it, no "من" between ("خلال الربع الأول 2025 مسجلاً قرابة 3.9 مليون",
# "خلال النصف الأول 2024 على أساس سنوي"): the year of that quarter.
_AR_PART_OF_YEAR_BEFORE = re.compile(
    r"(?<!\S)[وبل]?ال(?:ربع|نصف|ثلث)\s+(?:ال[أا]ول|الثاني|الثالث|الرابع|الأخير|الاخير)\s+$"
)
# Adverbs in ـا that follow a year as readily as a count: "في 2006 أيضا".
_AR_ADVERBS_IN_A = {"أيضا", "ايضا", "تقريبا", "سابقا", "لاحقا", "حاليا", "مثلا", "جدا", "معا", "أبدا", "دائما",
                    "غالبا", "أحيانا", "رسميا", "فعليا", "تماما", "مجددا", "مؤخرا", "قريبا", "عموما", "خصوصا",
                    "أساسا", "اساسا", "إطلاقا", "انطلاقا", "وفقا", "طبقا", "نظرا", "بدءا"}  # fmt: skip


def arabic_counted_year(text: str, n: NumberMatch) -> bool:
    """Whether a number the reader took for a year (1900-2100) is an Arabic total of the noun after it ("ما
    مجموعه 1902 قافلة"). Only after a word of total: on Arabic newswire a year follows an event's name as
    often as a cue ("مونديال 2006 بألمانيا", "معرض الخليج 2006 منصة ..."), so a noun after it shows nothing."""
    if n.kind != "year" or n.currency is not None or n.value_max is not None:
        return False
    accusative = _AR_ACCUSATIVE_AFTER.match(text, n.end)
    dated = _AR_TIME_BEFORE.search(text[max(0, n.start - 12) : n.start]) is not None
    part_of_year = _AR_PART_OF_YEAR_BEFORE.search(strip_arabic_marks(text[max(0, n.start - 24) : n.start]))
    dated = dated or part_of_year is not None
    if accusative and not dated and strip_arabic_marks(accusative.group(1)) not in _AR_ADVERBS_IN_A:
        return True  # "نشرت 2068 إسماً لضحايا": a count's indefinite accusative noun (its tamyiz); a year takes none
    m = _AR_TAMYIZ.match(text, n.end)
    if m is None or m.group(1).startswith("ال"):
        return False
    if not dated and _parallel_count(text, n, m.group(1)):
        return True  # "2300 مخالفة مقارنة بـ1900 مخالفة": the noun another number of the sentence counts
    if not dated and _AR_DONE_BEFORE.search(strip_arabic_marks(text[max(0, n.start - 24) : n.start])):
        return True  # "إجراء 1987 عملية قيصرية": what was performed, counted
    return _AR_TOTAL_BEFORE.search(text[max(0, n.start - 25) : n.start]) is not None


def _parallel_count(text: str, n: NumberMatch, noun: str) -> bool:
    """Whether another number of the sentence has the same noun after it ("رصد 2300 مخالفة مقارنة بـ1900
    مخالفة", "1950 حالة مقابل 1870 حالة"): set beside a count of the same thing, a year-shaped number is one too."""
    counted = rf"(?<![\d.,])[\d\u0660-\u0669][\d\u0660-\u0669.,]*\s*{re.escape(noun)}(?![\u0621-\u064a])"
    for other in re.finditer(counted, text):
        if not other.start() <= n.start < other.end():
            return True
    return False


# A number written after the article set apart ("مقاطع الفيديو ال 1748 المتعلقة ..."): the definite noun phrase
# before the article is what it counts (the 1,748 videos), not the words after.
_ARTICLE_APART = re.compile(r"(?<!\S)([\u0621-\u064a]{3,}(?:\s+[\u0621-\u064a]{3,})?)\s+ال\s*$")


def counted_before_article(text: str, n: NumberMatch) -> str | None:
    """The noun phrase before an article written apart from its number, else None."""
    m = _ARTICLE_APART.search(text[: n.start])
    # (only when a definite word or nothing follows: "ال 70 دولارا" has its own counted noun after it)
    definite_after = re.match(r"\s*(?:$|[^\w\s]|[وبلف]?ال)", text[n.end :]) is not None
    # ("هذه المقاطع الـ 190 محفوظة": a definite plural glued to the article counts, whatever follows)
    return m.group(1) if m and definite_after else ar_plural_before_article(text, n)


# A dual that is itself the counted noun of people ("وفاة شخصين", "إصابة طفلين"): the number reader gives it the unit
# "people" or "children", and the reading after it then took whatever followed ("بسبب السرعة الشديدة"), or the verb
# before it ("توفي"). The dual names what it counts, as "قتيلان" does.
_AR_NOUN_DUAL = re.compile(r"[وبلف]?((?:شخص|طفل)(?:ين|ان))")


def arabic_noun_dual_counts(facts: list[Fact]) -> None:
    """A figure written as the dual of a noun of people counts that noun (see above)."""
    for f in facts:
        dual = _AR_NOUN_DUAL.fullmatch(strip_arabic_marks(f.text.strip())) if f.unit in ("people", "children") else None
        if dual and (not f.counts or dual.group(1)[:-2] not in f.counts):
            f.counts = dual.group(1)

"""Arabic numbers the number reader would miss or misread, made readable at the same offsets ("12،08 مليون" with the
Arabic comma as a decimal sign, "الـ100" with the article glued), and which numbers with the article are figures after
all (a threshold named by its sum, "حاجز الـ100 مليون"; a past span, "الأيام ال12 الماضية") rather than ordinals or
anaphora."""

from __future__ import annotations

import re

from briefing_app.core.numbers import NumberMatch

# A threshold noun before an Arabic sum with the article: "حاجز الـ100 مليون", "عتبة الـ 50 ألفا", "سقف الـ".
_THRESHOLD_BEFORE = re.compile(r"(?<!\S)[وبل]?(?:ال)?(?:حاجز|عتبة|سقف)\s+[وبل]?الـ?\s*$")
# A plural noun of time and the article before a number ("الأيام ال12", "الساعات الـ 24"); "past" or "next" after it.
_PLURAL_TIME = r"(?<!\S)[وبلف]?(?:ال|لل)(?:أيام|ايام|ساعات|أشهر|اشهر|شهور|سنوات|سنين|أعوام|اعوام|أسابيع|اسابيع|عقود)"
_PLURAL_TIME_BEFORE = re.compile(_PLURAL_TIME + r"\s+ال\u0640?\s*$")
# The same span with a spelled number, which carries the article itself: "خلال السنوات الخمس الماضية".
_PLURAL_TIME_RIGHT_BEFORE = re.compile(_PLURAL_TIME + r"\s+$")
_PAST_AFTER = re.compile(r"\s+(?:الماضية|الأخيرة|الاخيرة|المقبلة|القادمة|المنصرمة|الأولى|الاولى)(?![\u0621-\u064a])")


# The same span with the number before its noun: "ال24 ساعة الماضية", "الـ12 شهرا الأخيرة".
_COUNTED_TIME_AFTER = re.compile(
    r"\s*(?:ساعة|ساعات|دقيقة|دقائق|يوما|يوماً|أيام|ايام|أسبوعا|أسابيع|شهرا|شهراً|أشهر|اشهر|شهور|سنة|سنوات|عاما|عاماً|"
    r"أعوام|اعوام)" + _PAST_AFTER.pattern
)


# A number set between slashes, as the UAE news agency's copy writes each group of a figure: "سبعة ملايين و/ 118 /
# ألفا و/ 32 / زائرا", "بزيادة / 2.5 / في المائة". (only a number alone between a slash after a space or "و" and one
# before a space or the end: no date, "12/5/2015", no fraction, "3/4"; nor the month of a date spaced at its slashes,
# a number and a space before it: "بتاريخ 27 /10/ 1441هـ")
_WAM_SLASHES = re.compile(r"(?<![^\sو])(?<![\d\u0660-\u0669]\s)/\s*(\d[\d.,]*)\s*/(?=\s|$)")


def ar_unslashed(text: str) -> str:
    """`text` with the slashes around each such number blanked, offsets kept: "و/ 118 / ألفا" reads as "و  118   ألفا"
    for the number reader and for the readers of what a figure counts."""
    if "/" not in text:
        return text
    return _WAM_SLASHES.sub(lambda m: m.group(0).replace("/", " "), text)


_ARABIC_READABLE_RE1 = re.compile(r"(?<![\d.,])(\d{1,3})،(?=\d{1,3}(?![\d.,]))")
_ARABIC_READABLE_RE2 = re.compile(r"(?<!\S)[وبل]?الـ?(?=\d)")


def arabic_readable(text: str) -> str:
    """`text` with the Arabic comma between short runs of digits read as a decimal sign ("12،08 مليون"; not after a
    year: "ولد في 1 يونيو 2009،11 بأسبوع" is a list) and the article glued to digits blanked ("الـ100", "ال12"), so
    the number reader sees the numbers; offsets are kept."""
    readable = _ARABIC_READABLE_RE1.sub(r"\1,", text)
    return _ARABIC_READABLE_RE2.sub(lambda m: " " * len(m.group(0)), readable)


# An approximation right before a number with the article ("ما يقارب العشرين مليون", "نحو الـ20 ألفا"): a quantity.
AR_APPROXIMATED = re.compile(
    r"(?<!\S)(?:ما\s+يقارب|ما\s+يناهز|يقارب|يناهز|نحو|حوالي|حوالى|قرابة|زهاء)\s+[وبل]?(?:ال\u0640*\s*)?(?:ال)?$"
)


# A banknote or coin named by its number ("فئة الـ 20 دينارا"): a denomination, not a sum (`ar_valued_items.py`).
_DENOMINATION_BEFORE = re.compile(r"(?<!\S)[وبل]?(?:ال)?(?:فئة|فئات|ورقة|عملة)\s+[وبل]?الـ?\s*$")


# A definite plural right before the article and the number ("الفائزين الـ12", "الحوادث الـ 212"): the number counts
# the plural, as "ال 12" set apart does; a sound plural (-ات, -ين, -ون) or a broken one of the shapes مفاعل, مفاعيل,
# فواعل. A singular before it makes an ordinal ("الدورة الـ15", "عيد التأسيس الـ40").
_PLURAL_BEFORE = re.compile(
    r"(?<!\S)([وبلف]?(?:ال|لل)(?:[\u0621-\u064a]{2,}(?:ات|ين|ون)|م[\u0621-\u064a]ا[\u0621-\u064a]ي?[\u0621-\u064a]|"
    r"[\u0621-\u064a]وا[\u0621-\u064a]{2}))\s+ال\u0640?\s*$"
)


def ar_plural_before_article(text: str, n: NumberMatch) -> str | None:
    """The definite plural right before the article of `n` ("الحوادث" of "الحوادث الـ 212"), else None."""
    m = _PLURAL_BEFORE.search(text[max(0, n.start - 40) : n.start])
    return m.group(1) if m else None


def arabic_definite_figure(text: str, n: NumberMatch) -> bool:
    """Whether an Arabic number with the article before it is a figure all the same: a threshold named by its sum
    ("تجاوزت حاجز الـ100 مليون دينار") or a span of a plural of time that is past or next ("ففي الأيام ال12
    الماضية"); otherwise such a number is an ordinal ("الدورة الـ 63") or points back to one named before."""
    before = text[max(0, n.start - 24) : n.start]
    if _THRESHOLD_BEFORE.search(before) or AR_APPROXIMATED.search(before):
        return True  # ("ما يقارب الـ20 مليون": an approximated quantity is never an ordinal)
    if n.scale != 1.0 and not _DENOMINATION_BEFORE.search(before):
        return True  # "تتجاوز الـ400 مليون دولار": a sum with its scale word counts; an ordinal never has one
        return True  # ("ما يقارب الـ20 مليون": an approximated quantity is never an ordinal)
    if re.search(r"(?<!\S)[وبلف]?ال\u0640*\s*$", before) and _COUNTED_TIME_AFTER.match(text[n.end :]):
        return True  # "خلال ال24 ساعة الماضية", "في الـ 48 ساعة المقبلة": the number before its noun of time, a span
    if ar_plural_before_article(text, n):
        return True  # "كرمت الفائزين الـ12", "الحوادث الـ 212": a count of the plural before it
    return _PLURAL_TIME_BEFORE.search(before) is not None and _PAST_AFTER.match(text[n.end :]) is not None


def ar_spelled_span_end(before: str, after: str) -> int:
    """Where the "past", "first" or "next" after a spelled number with the article ends, when the number is the
    adjective of a definite plural of time right before it ("خلال السنوات الخمس الماضية", "في الأسابيع الثلاثة
    الأولى"): how long, a figure, as "العشر سنين الماضية" is; else 0 (the ones already named, "المصابين الثلاثة")."""
    past = _PAST_AFTER.match(after)
    return past.end() if past and _PLURAL_TIME_RIGHT_BEFORE.search(before[-24:]) else 0

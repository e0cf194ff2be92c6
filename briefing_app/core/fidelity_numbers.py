"""Do the numbers of a translated sentence say what the source sentence's numbers say?

The two sentences' numbers are compared as multisets of quantities, not as sets of values: a number
dropped while a twin of the same value remains, or one of two equal numbers changed, is still found.
Each quantity carries every form it may legitimately take in the other language:

* a value with its scale applied ("$10bn" = "10 مليارات دولار" = 1e10; "300 ألف" = 300,000, never 30,000);
* a clock time as minutes of the day, both readings when the 12-hour clock is ambiguous ("3 p.m." =
  "15:00" = "kl. 15" = "الساعة 3");
* a decade or a century ("the 1930s" = "30'erne" = "שנות ה-30" = ثلاثينيات; "19th century" =
  "القرن التاسع عشر" = "1800-tallet" = "המאה ה-19");
* each year of a shortened range ("1950-53" = "من 1950 وحتى 1953");
* a number in the wrong convention ("47.3" in a Danish sentence) is that one number, flagged as a
  style problem, never as one number changed plus one added;
* a measure converted to other units ("20 feet" = "6 metres") is a note naming both, not an error.

Spelled-out numbers count on both sides ("six" = "6" = "שש" = ستة): a digit in the translation that
only a spelled number of the source can explain must match it. An unmatched spelled number alone is
not flagged: translators write "a couple", "both" or "twice" for it too often.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable
from dataclasses import field

from briefing_app.core.checks import Check
from briefing_app.core.languages import language_name, primary_subtag
from briefing_app.core.numbers import (
    NumberMatch,
    ascii_digits,
    find_numbers,
    readings,
    spelled_value,
    strip_arabic_marks,
)

Key = tuple[str, float]  # ("n", value), ("t", minute of day), ("dec", decade of a century), ("cent", century)


@dataclasses.dataclass(frozen=True)
class Quantity:
    """One number of a sentence, with every key it may be equal by."""

    text: str
    keys: frozenset[Key]
    value: float
    spelled: bool = False
    # A spelled quantity that must be in the translation all the same (a clock time in words).
    must: bool = False
    # Keys under the other language's convention ("1,300" in Danish text read the English way).
    other_keys: frozenset[Key] = field(default_factory=frozenset)
    # Only readable in the other convention ("47.3" in Danish text): any match is a style warning.
    foreign: bool = False
    unit: str | None = None
    # The digits alone when a scale word multiplies them ("4,5 millioner": 4.5), else None.
    unscaled: float | None = None


# -- clock times, decades, centuries, shortened ranges ---------------------------------------------------

_D = r"[0-9\u0660-\u0669\u06f0-\u06f9]"
_CLOCK: dict[str, tuple[re.Pattern[str], ...]] = {
    "en": (re.compile(rf"(?<![\w.,])({_D}{{1,2}})(?:[:.]({_D}{{2}}))?\s*(a\.m\.|p\.m\.|am\b|pm\b|o'clock)", re.I),),
    "da": (re.compile(rf"\bkl\.?\s*({_D}{{1,2}})(?:[.:]({_D}{{2}}))?(?!\d|[.,]\d)"),),
    "ar": (re.compile(rf"الساعة\s*({_D}{{1,2}})(?:[:.]({_D}{{2}}))?"),),
    "he": (re.compile(rf"(?:בשעה|שעה)\s*({_D}{{1,2}})(?::({_D}{{2}}))?(?!\d)"),),
}
_CLOCK_ANY = re.compile(rf"(?<![\w.,:])({_D}{{1,2}}):({_D}{{2}})(?![\d:])")
_AR_DECADES = {
    "عشرينيات": 20, "ثلاثينيات": 30, "أربعينيات": 40, "خمسينيات": 50, "ستينيات": 60, "سبعينيات": 70,
    "ثمانينيات": 80, "تسعينيات": 90, "العشرينيات": 20, "الثلاثينيات": 30, "الأربعينيات": 40, "الخمسينيات": 50,
    "الستينيات": 60, "السبعينيات": 70, "الثمانينيات": 80, "التسعينيات": 90,
}  # fmt: skip
_AR_ORDINALS = {
    "الأول": 1, "الحادي": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7,
    "الثامن": 8, "التاسع": 9, "العاشر": 10,
}  # fmt: skip
_EN_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21,
}  # fmt: skip
_DECADE: dict[str, tuple[re.Pattern[str], ...]] = {
    "en": (re.compile(rf"(?<![\w'])'?({_D}{{2}}|{_D}{{4}})'?s\b"),),
    "da": (re.compile(rf"(?<!\w)'?({_D}{{2}}|{_D}{{4}})'erne\b"),),
    "he": (re.compile(rf"שנות ה[-\u05be]?({_D}{{2,4}})"),),
    "ar": (re.compile(rf"({_D}{{2,4}})\s*(?:ات|يات)"),),
}
_CENTURY: dict[str, tuple[re.Pattern[str], ...]] = {
    "en": (re.compile(rf"\b({_D}{{1,2}})(?:st|nd|rd|th)[\s-]+century", re.I),),
    "da": (re.compile(rf"\b({_D}{{1,2}})\.\s*århundrede"),),
    "he": (re.compile(rf"המאה ה[-\u05be]?({_D}{{1,2}})"),),
    "ar": (re.compile(rf"القرن\s+({_D}{{1,2}})"),),
}
_CENTURY_OF_HUNDREDS = {  # "1800-tallet" (Danish), "the 1800s": the hundreds name the century
    "da": re.compile(rf"\b({_D}{{2}})00-tallet"),
    "en": re.compile(rf"\b({_D}{{2}})00s\b"),
}
_FRACTION = re.compile(rf"(?<![\d/.,])(?:({_D}{{1,3}})\s+)?({_D}{{1,2}})/({_D}{{1,2}})(?![\d/])")
_VULGAR = re.compile(rf"(?<![\d.,])({_D}{{1,3}})?\s?([½¼¾])")
_AND_A_HALF = {  # "three and a half", "tre og en halv", "ثلاثة ونصف", "שלוש וחצי", with a clue to look for first
    "en": ("and a half", re.compile(r"\b([a-z]+) and a half\b", re.I)),
    "da": ("og en halv", re.compile(r"\b(\w+) og en halv\b", re.I)),
    "ar": ("ونصف", re.compile(r"(\S+)\s+ونصف")),
    "he": ("וחצי", re.compile(r"(\S+)\s+וחצי")),
}
_FRACTION_CLUES = (
    "halve",
    "third",
    "quarter",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "del",
)
# "four fifths", "tre fjerdedele": the denominators, by their stem.
_SPELLED_FRACTION: dict[str, tuple[dict[str, int], re.Pattern[str]]] = {
    "en": (
        {"halve": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
         "eighth": 8, "ninth": 9, "tenth": 10},
        re.compile(r"\b([a-z]+)[\s-](halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|"
                   r"tenths?)\b", re.I),
    ),
    "da": (
        {"halv": 2, "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6, "syvende": 7, "ottende": 8, "niende": 9,
         "tiende": 10},
        re.compile(r"\b(\w+) (halvdele?|tredjedele?|fjerdedele?|femtedele?|sjettedele?|syvendedele?|ottendedele?|"
                   r"niendedele?|tiendedele?)\b", re.I),
    ),
}  # fmt: skip
_SHORT_RANGE = re.compile(rf"(?<![\w.,])((?:1{_D}|20){_D}{{2}})\s*[-–]\s*({_D}{{2}})(?![\w.,]*{_D})")


_ANY_DIGIT = re.compile(r"\d")
_NEVER = re.compile(r"(?!)")
# Clock times in words, with a word that must be in the sentence for the pattern to be worth running.
_SPELLED_CLOCK = {
    "en": ("o'clock", re.compile(r"\b([a-z]+) o'clock", re.I)),
    "ar": ("الساعة", re.compile(r"الساعة\s+(\S+(?:\s+عشرة)?)")),
    "he": ("שעה", re.compile(r"(?:בשעה|שעה)\s+(\S+)")),
    "da": ("klokken", re.compile(r"\bklokken\s+(\S+)")),
}
_AR_CLOCK_WORDS = {
    "الواحدة": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5, "السادسة": 6, "السابعة": 7,
    "الثامنة": 8, "التاسعة": 9, "العاشرة": 10, "الحادية عشرة": 11, "الثانية عشرة": 12,
}  # fmt: skip


_AR_TIMES_OF_DAY = ("صباح", "مساء", "ليل", "ظهر", "فجر", "عصر")
_MARKS = "[\u064b-\u0652\u0670\u0640]*"  # harakat may sit between any two letters
_AR_HOUR = re.compile(
    r"(?<![^\W\d_])("
    + "|".join(_MARKS.join(re.escape(c) for c in w) for w in sorted(_AR_CLOCK_WORDS, key=len, reverse=True))
    + rf"){_MARKS}(?![^\W\d_])"
)


def _clock_word(word: str, lang: str) -> int | None:
    """The hour a clock word names: "six" (o'clock), السادسة (the sixth hour), שש, seks."""
    word = word.strip(".,;:!?،؛")
    if lang == "ar":
        return _AR_CLOCK_WORDS.get(strip_arabic_marks(word))
    value = spelled_value(word.strip(".,"), lang)
    return int(value) if value is not None and value.is_integer() and 1 <= value <= 24 else None


def _minutes(hour: int, minute: int, suffix: str) -> set[float]:
    """The minutes of the day a clock time may mean: one with a.m./p.m. or past 12, two otherwise."""
    suffix = suffix.lower().replace(".", "")
    if suffix in ("am", "pm"):
        return {float((hour % 12 + (12 if suffix == "pm" else 0)) * 60 + minute)}
    if hour > 12:
        return {float(hour * 60 + minute)}
    return {float((hour % 12) * 60 + minute), float((hour % 12 + 12) * 60 + minute)}


def _special(text: str, lang: str) -> tuple[list[tuple[int, int, Quantity]], str]:
    """Clock times, decades, centuries and shortened ranges, and the text with them blanked out."""
    found: list[tuple[int, int, Quantity]] = []

    def take(m: re.Match[str], keys: set[Key], value: float, spelled: bool = False, must: bool = False) -> None:
        if any(a < m.end() and m.start() < b for a, b, _q in found):
            return
        found.append((m.start(), m.end(), Quantity(m.group(0).strip(), frozenset(keys), value, spelled, must)))

    has_digits = _ANY_DIGIT.search(text) is not None  # most patterns need a digit: most sentences have none
    for pattern in (*_CLOCK.get(lang, ()), _CLOCK_ANY) if has_digits else ():
        for m in pattern.finditer(text):
            hour, minute = int(ascii_digits(m.group(1))), int(ascii_digits(m.group(2) or "0"))
            suffix = m.group(3) if m.re.groups >= 3 and m.group(3) else ""
            if hour > 24 or minute > 59:
                continue
            keys: set[Key] = {("t", v) for v in _minutes(hour, minute, suffix)}
            if minute == 0:
                keys.add(("n", float(hour)))  # "at 3" on the other side, without the clock words
            take(m, keys, float(hour))
    spoken_clock = _SPELLED_CLOCK.get(lang)
    for m in spoken_clock[1].finditer(text) if spoken_clock and spoken_clock[0] in text else ():
        spoken = _clock_word(m.group(1), lang)
        if spoken is not None:
            keys = {("t", v) for v in _minutes(spoken, 0, "")} | {("n", float(spoken))}
            take(m, keys, float(spoken), True, True)  # a time said in words is still a time
    # Arabic names an hour by its feminine ordinal alone too (استيقظتُ السادسةَ كل صباح: "I got up at six
    # every morning"); with a time of day next to it, it is a time; alone it may be "the second" (الثانية).
    for m in _AR_HOUR.finditer(text) if lang == "ar" else ():
        hour = _AR_CLOCK_WORDS[strip_arabic_marks(m.group(1))]
        context = text[m.end() : m.end() + 14]
        timed = any(w in context for w in _AR_TIMES_OF_DAY) or text[: m.start()].rstrip().endswith(("عند", "تمام"))
        take(m, {("t", v) for v in _minutes(hour, 0, "")} | {("n", float(hour))}, float(hour), True, timed)
    for pattern in _CENTURY.get(lang, ()) if has_digits else ():
        for m in pattern.finditer(text):
            century = float(ascii_digits(m.group(1)))
            take(m, {("cent", century), ("n", century)}, century)  # its digits stand for it too
    hundreds = _CENTURY_OF_HUNDREDS.get(lang) if has_digits else None
    for m in hundreds.finditer(text) if hundreds else ():
        cc = int(ascii_digits(m.group(1)))
        take(m, {("cent", float(cc + 1)), ("n", float(cc * 100)), ("dec", 0.0)}, float(cc * 100))
    for pattern in _DECADE.get(lang, ()) if has_digits else ():
        for m in pattern.finditer(text):
            digits = int(ascii_digits(m.group(1)))
            if digits % 10 or (digits >= 100 and not 1000 <= digits <= 2100):
                continue
            keys = {("dec", float(digits % 100))}
            if digits >= 100:
                keys.add(("n", float(digits)))  # "the 1980s" against a plain year 1980
            take(m, keys, float(digits))
    for m in _FRACTION.finditer(text) if has_digits and "/" in text else ():
        whole = int(ascii_digits(m.group(1))) if m.group(1) else 0
        top, bottom = int(ascii_digits(m.group(2))), int(ascii_digits(m.group(3)))
        if not 0 < top < bottom <= 12:
            continue  # "96/35/EC", "2/2": not a fraction
        keys = {("n", whole + top / bottom)}
        if not whole:
            keys.add(("n", float(top)))  # "4/5" where a language's "four fifths" is not read as 0.8
        take(m, keys, whole + top / bottom)
    for m in _VULGAR.finditer(text) if any(c in text for c in "½¼¾") else ():
        whole = int(ascii_digits(m.group(1))) if m.group(1) else 0
        part = {"½": 0.5, "¼": 0.25, "¾": 0.75}[m.group(2)]
        take(m, {("n", whole + part)}, whole + part)
    clue, half = _AND_A_HALF.get(lang, ("", _NEVER))
    for m in half.finditer(text) if clue and clue in text else ():
        value = spelled_value(m.group(1), lang)
        if value is not None:
            take(m, {("n", value + 0.5)}, value + 0.5, True)
    denominators, fraction = _SPELLED_FRACTION.get(lang, ({}, _NEVER))
    lowered = text.lower() if denominators else ""
    for m in fraction.finditer(text) if any(clue in lowered for clue in _FRACTION_CLUES) else ():
        count = 1.0 if m.group(1).lower() in ("a", "one", "en", "et") else spelled_value(m.group(1), lang)
        below = denominators.get(re.sub(r"(dele?|s)$", "", m.group(2).lower()))
        if count is not None and below:
            take(m, {("n", count / below)}, count / below, True)
    _special_words(text, lang, take)
    for m in _SHORT_RANGE.finditer(text) if has_digits else ():
        first, tail = int(ascii_digits(m.group(1))), int(ascii_digits(m.group(2)))
        last = first // 100 * 100 + tail
        if last <= first:
            continue
        found.append(
            (m.start(), m.start() + len(m.group(1)), Quantity(m.group(1), frozenset({("n", float(first))}), first))
        )
        found.append((m.end() - 2, m.end(), Quantity(m.group(0), frozenset({("n", float(last))}), float(last))))
    blanked = list(text)
    for start, end, _q in found:
        blanked[start:end] = " " * (end - start)
    return found, "".join(blanked)


_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


_Take = Callable[[re.Match[str], set[Key], float, bool], None]  # match, keys, value, spelled


def _special_words(text: str, lang: str, take: _Take) -> None:
    """Decades and centuries written in words: ثلاثينيات, القرن التاسع عشر, "the nineteenth century"."""
    if lang == "ar" and ("يات" in text or "القرن" in text):
        for m in _WORDS.finditer(text):
            word = strip_arabic_marks(m.group(0))
            word = word[1:] if word[:1] in ("و", "ب", "ف") and word[1:] in _AR_DECADES else word
            if word in _AR_DECADES:
                take(m, {("dec", float(_AR_DECADES[word]))}, float(_AR_DECADES[word]), True)
        for m in re.finditer(r"القرن\s+(\S+)(?:\s+(عشر|والعشرين))?", strip_arabic_marks(text)):
            unit = _AR_ORDINALS.get(m.group(1))
            if unit is None:
                continue
            century = unit + {"عشر": 10, "والعشرين": 20}.get(m.group(2) or "", 0)
            take(m, {("cent", float(century))}, float(century), True)
    elif lang == "he" and "שנות" in text:
        for m in re.finditer(r"שנות\s+(\S+)", text):  # (ב)שנות התשעים: (in) the nineties
            tens = spelled_value(m.group(1).strip(".,;:"), lang)
            if tens is not None and 20 <= tens <= 90 and tens % 10 == 0:
                take(m, {("dec", float(tens))}, float(tens), True)
    elif lang == "en" and "century" in text.lower():
        for m in re.finditer(r"\b([a-z]+(?:-[a-z]+)?)[\s-]+century", text, re.I):
            ordinal = _EN_ORDINALS.get(m.group(1).lower())
            if ordinal is not None:
                take(m, {("cent", float(ordinal))}, float(ordinal), True)


# -- units, for conversions --------------------------------------------------------------------------

_UNIT_WORDS: dict[str, dict[str, str]] = {
    "en": {"feet": "ft", "foot": "ft", "ft": "ft", "miles": "mi", "mile": "mi", "metres": "m", "meters": "m",
           "metre": "m", "meter": "m", "m": "m", "kilometres": "km", "kilometers": "km", "kilometre": "km",
           "kilometer": "km", "km": "km", "inches": "in", "inch": "in", "centimetres": "cm", "centimeters": "cm",
           "cm": "cm", "yards": "yd", "yard": "yd", "lb": "lb", "lbs": "lb", "kilograms": "kg", "kilos": "kg",
           "kg": "kg", "tonnes": "t", "degrees": "deg", "mph": "mph", "acres": "acre", "hectares": "ha",
           "gallons": "gal", "litres": "l", "liters": "l", "months": "month", "years": "year", "weeks": "week",
           "days": "day", "hours": "hour", "minutes": "min"},
    "da": {"meter": "m", "m": "m", "km": "km", "kilometer": "km", "fod": "ft", "centimeter": "cm", "cm": "cm",
           "kilo": "kg", "kg": "kg", "kilogram": "kg", "ton": "t", "grader": "deg", "hektar": "ha", "liter": "l",
           "tommer": "in", "måneder": "month", "år": "year", "uger": "week", "dage": "day", "timer": "hour",
           "minutter": "min"},
    "ar": {"متر": "m", "مترا": "m", "أمتار": "m", "كيلومتر": "km", "كيلومترا": "km", "كيلومترات": "km",
           "كم": "km", "قدم": "ft", "أقدام": "ft", "ميل": "mi", "ميلا": "mi", "أميال": "mi", "كيلوغرام": "kg",
           "كغ": "kg", "كيلو": "kg", "رطل": "lb", "أرطال": "lb", "درجة": "deg", "درجات": "deg", "هكتار": "ha",
           "لتر": "l", "سنوات": "year", "سنة": "year", "عاما": "year", "أعوام": "year", "أشهر": "month",
           "شهور": "month", "أسابيع": "week", "أيام": "day", "ساعات": "hour", "دقائق": "min", "دقيقة": "min"},
    "he": {"מטר": "m", "מטרים": "m", 'ק"מ': "km", "קילומטר": "km", "קילומטרים": "km", "רגל": "ft",
           "מייל": "mi", "מיילים": "mi", 'ק"ג': "kg", "קילו": "kg", "קילוגרם": "kg", "ליברות": "lb",
           "מעלות": "deg", "דונם": "dunam", "ליטר": "l", "שנים": "year", "שנה": "year", "חודשים": "month",
           "שבועות": "week", "ימים": "day", "שעות": "hour", "דקות": "min"},
}  # fmt: skip
_TEMPERATURE_WORDS = {"celsius": "C", "centigrade": "C", "fahrenheit": "F", "مئوية": "C", "فهرنهايت": "F",
                      "צלזיוס": "C", "פרנהייט": "F"}  # fmt: skip
_DEGREE_SIGN = re.compile(r"\s?[°º]\s?([CF])\b|([CF])\b")
# Factor to a base unit, per dimension; temperatures are converted apart.
_FACTORS: dict[str, tuple[str, float]] = {
    "m": ("length", 1.0), "km": ("length", 1000.0), "cm": ("length", 0.01), "ft": ("length", 0.3048),
    "in": ("length", 0.0254), "yd": ("length", 0.9144), "mi": ("length", 1609.344), "kg": ("mass", 1.0),
    "lb": ("mass", 0.45359), "t": ("mass", 1000.0), "ha": ("area", 10000.0), "acre": ("area", 4046.86),
    "dunam": ("area", 1000.0), "l": ("volume", 1.0), "gal": ("volume", 3.785), "mph": ("speed", 1.609),
    "min": ("time", 1.0), "hour": ("time", 60.0), "day": ("time", 1440.0), "week": ("time", 10080.0),
    "month": ("time", 43830.0), "year": ("time", 525960.0),
}  # fmt: skip
_UNIT_AFTER = re.compile(r"[\s\u00a0]*([^\W\d_]+(?:[\"\u05f4][^\W\d_])?)(?:[\s\u00a0]+([^\W\d_]+))?")


def _unit_after(text: str, end: int, lang: str) -> str | None:
    m = _DEGREE_SIGN.match(text, end)
    if m:
        return m.group(1) or m.group(2)
    m = _UNIT_AFTER.match(text, end)
    if not m:
        return None
    word = m.group(1).lower()
    if lang == "ar":
        word = strip_arabic_marks(word)
        word = word[2:] if word.startswith("ال") and word[2:] in _UNIT_WORDS["ar"] else word
    unit = _UNIT_WORDS.get(lang, {}).get(word)
    if unit == "deg" and m.group(2):
        return _TEMPERATURE_WORDS.get(m.group(2).lower(), "deg")
    return unit


def _convert(value: float, unit: str, to: str) -> float | None:
    """`value` in `unit` expressed in `to`, or None when they measure different things."""
    temps = {"C", "F", "deg"}
    if unit in temps and to in temps:
        if unit == to or "deg" in (unit, to):
            return None  # same scale, or an unnamed scale: nothing to convert
        return (value - 32) * 5 / 9 if unit == "F" else value * 9 / 5 + 32
    a, b = _FACTORS.get(unit), _FACTORS.get(to)
    if a is None or b is None or a[0] != b[0] or unit == to:
        return None
    return value * a[1] / b[1]


# -- the quantities of one sentence ---------------------------------------------------------------------

_TOKEN = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9][0-9\u0660-\u0669\u06f0-\u06f9.,\u066b\u066c\u00a0\u202f ]*")


def _from_number(n: NumberMatch, text: str, lang: str) -> list[Quantity]:
    unit = _unit_after(text, n.end, lang)
    ends = [(n.value, n.raw)] if n.value_max is None else [(n.value, n.raw), (n.value_max, n.value_max / n.scale)]
    out: list[Quantity] = []
    for value, raw in ends:
        other: set[Key] = set()
        if not n.spelled and not n.foreign:
            m = _TOKEN.match(n.text)
            token = m.group(0).rstrip(" ") if m else n.text
            other = {("n", v * n.scale) for v in readings(token, lang)[1:]} if raw == n.raw else set()
        unscaled = raw if n.scale != 1.0 and not n.spelled else None
        out.append(
            Quantity(
                n.text,
                frozenset({("n", value)}),
                value,
                n.spelled,
                other_keys=frozenset(other),
                foreign=n.foreign,
                unit=unit,
                unscaled=unscaled,
            )  # fmt: skip
        )
    return out


@functools.lru_cache(maxsize=4096)
def quantities(text: str, language: str) -> tuple[Quantity, ...]:
    """Every quantity of a sentence, in order, each end of a range on its own."""
    lang = primary_subtag(language)
    special, rest = _special(text, lang)
    located = [(start, q) for start, _end, q in special]
    for n in find_numbers(rest, lang):
        located += [(n.start, q) for q in _from_number(n, text, lang)]
    located.sort(key=lambda sq: sq[0])
    return tuple(q for _start, q in located)


# -- comparing two sentences ---------------------------------------------------------------------------------


# Spelled numbers from this value up must be in the translation ("eighteen", "two hundred"); smaller
# ones only when they measure something ("six years"): "the three religions", "three times" (tripled),
# "you two" are idiom as often as not.
_SPELLED_MUST_MATCH = 11.0


def _must_match(q: Quantity, words: bool) -> bool:
    """Digits always; spelled numbers when large or when they measure something ("six years")."""
    if not q.spelled:
        return True
    return words and (q.must or q.value >= _SPELLED_MUST_MATCH or (q.value >= 2 and q.unit is not None))


def _close(a: float, b: float) -> bool:
    """A converted measure and its translation: translators round ("20 feet" = 6.1 m, written 6)."""
    return abs(a - b) <= max(0.12 * max(abs(a), abs(b)), 0.6)


def number_checks(
    source: str, src_lang: str, translation: str, target: str, sentence: int, *, words: bool = True
) -> list[Check]:
    """Every number finding for one sentence pair: changed, missing, added, wrong style, converted.

    `words=False` when the translation cannot carry words at all (a demo cipher pack keeps digits and
    scrambles letters): then only numbers written in digits must survive.
    """
    src = quantities(source, src_lang)
    tgt = quantities(translation, target)
    if not words:  # the scale word did not survive either: its digits must
        src = tuple(
            dataclasses.replace(q, keys=q.keys | {("n", q.unscaled)}, unscaled=None) if q.unscaled is not None else q
            for q in src
        )
    used_s, used_t = [False] * len(src), [False] * len(tgt)
    checks: list[Check] = []
    order = sorted(range(len(src)), key=lambda i: src[i].spelled)  # digits claim their match first
    # Pass 1: equal in the translation's own convention. Pass 2: equal only when read the other way.
    for style_pass in (0, 1):
        for i in order:
            if used_s[i]:
                continue
            s = src[i]
            for j, t in enumerate(tgt):
                if used_t[j]:
                    continue
                own = t.keys if not t.foreign else frozenset()
                pool = own if style_pass == 0 else (t.other_keys | (t.keys if t.foreign else frozenset()))
                if not s.keys & pool:
                    continue
                used_s[i] = used_t[j] = True
                if style_pass == 1 and not t.spelled:
                    # A warning, not a note: "1.300" left as is reads as 1.3 to an English reader.
                    checks.append(
                        Check("number_format", "warning", sentence, target, s.text, t.text,
                              f"{t.text!r} is written the way another language writes numbers; "
                              f"a reader of {language_name(target)} may misread it")
                    )  # fmt: skip
                break
    for i, s in enumerate(src):
        if used_s[i] or s.unit is None:
            continue
        for j, t in enumerate(tgt):
            if used_t[j] or t.unit is None:
                continue
            converted = _convert(s.value, s.unit, t.unit)
            if converted is not None and _close(converted, t.value):
                used_s[i] = used_t[j] = True
                checks.append(
                    Check("unit_converted", "info", sentence, target, s.text, t.text,
                          f"{s.text} {s.unit} in the source is {t.text} {t.unit} in the translation: "
                          "a unit conversion, worth a check")
                )  # fmt: skip
                break
    # A spelled number the translation lost is flagged too, except "one" and the idioms (a couple,
    # both, twice) that translators rightly render without a number.
    missing = [s for i, s in enumerate(src) if not used_s[i] and _must_match(s, words)]
    spelled = [s for i, s in enumerate(src) if not used_s[i] and not _must_match(s, words)]
    extra = [t for j, t in enumerate(tgt) if not used_t[j] and not t.spelled]
    # A digit in the translation that nothing matched stands for the source number it replaced: an
    # unmatched digit number first, else a spelled one ("six" translated as "7").
    for s, t in zip(missing + spelled, extra, strict=False):
        checks.append(
            Check("number_changed", "error", sentence, target, s.text, t.text,
                  f"the source says {s.text}, the translation {t.text}")
        )  # fmt: skip
    for s in missing[len(extra) :]:
        checks.append(
            Check("number_missing", "error", sentence, target, s.text, "", f"{s.text} is missing from the translation")
        )
    for t in extra[len(missing) + len(spelled) :]:
        checks.append(
            Check("number_added", "warning", sentence, target, "", t.text,
                  f"the translation has {t.text}, which the source does not")
        )  # fmt: skip
    return checks

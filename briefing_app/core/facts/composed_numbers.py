"""Numbers written in two parts read as one ("half a million", "مليون ونصف", "مليار و200 مليون") and one
unit and a half with its "one" unsaid ("an hour and a half"). Split out of `figures`."""

from __future__ import annotations

import dataclasses
import re

from briefing_app.core.facts.counted import counts_of
from briefing_app.core.facts.figure_words import unit_after
from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.numbers import NumberMatch, strip_arabic_marks

# One unit and a half, the one unsaid: "an hour and a half", "a mile and a half", "קילומטר וחצי", "سنة ونصف".
_UNIT_AND_A_HALF = {
    "en": re.compile(r"\b(?:an?|one)\s+([a-z]+)\s+and\s+a\s+half\b", re.IGNORECASE),
    "he": re.compile(r"(?<!\S)([\u05d0-\u05ea\"]{2,})\s+וחצי(?![\u05d0-\u05ea])"),
    # (Arabic also a quarter or a third, the unit with its case ending ("مترًا وربع"), "one" written after it
    # ("مترا واحدا ونصف") and the unit said again with the article ("متر ونصف المتر"), as weather reports give the
    # height of the waves)
    "ar": re.compile(
        r"(?<!\S)([\u0621-\u064a][\u0621-\u064a\u064b-\u0652]{2,})(?:\s+واحد[\u064b-\u0652]*[اة]?[\u064b-\u0652]*)?"
        r"\s+و(نصف|ربع|ثلث)(?:\s+(ال[\u0621-\u064a][\u0621-\u064a\u064b-\u0652]+))?(?![\u0621-\u064a])"
    ),
}
_AR_PARTS = {"نصف": 0.5, "ربع": 0.25, "ثلث": 1 / 3}


_UNIT_AND_A_HALF_RE1 = re.compile(r"and a half|וחצי|و(?:نصف|ربع|ثلث)")


def unit_and_a_half(s: SourceSentence, numbers: list[NumberMatch], lang: str) -> list[Fact]:
    """One and a half of a unit whose "one" is only the unit itself (after no number of its own)."""
    pattern = _UNIT_AND_A_HALF.get(lang)
    if pattern is None or not _UNIT_AND_A_HALF_RE1.search(s.text):
        return []
    out = []
    for m in pattern.finditer(s.text):
        if re.match(r"[وبل]?ال|[ובל]?ה", m.group(1)):
            continue  # "الساعة الثامنة ونصف", "השעה": a definite unit is a time of day or one already named
        unit, span = unit_after(" " + m.group(1), lang)
        if unit is None and lang in ("ar", "he") and m.group(1)[0] in "ובלמהכשوبل":
            unit, span = unit_after(" " + m.group(1)[1:], lang)  # a preposition glued to the unit: "בשעה וחצי"
            span += 1
        if unit is None or span < len(m.group(1)) or any(n.start < m.end() and m.start() - 3 < n.end for n in numbers):
            continue  # not a unit, or the number is written ("שלוש שעות וחצי": read with its number)
        value = 1.5
        if lang == "ar":
            again = m.group(3)
            if again is not None and unit_after(" " + again[2:], lang) != (unit, len(again) - 1):
                continue  # "ساعة ونصف الجمهور": and half of something else, no part of the unit
            value = _ar_whole(m.group(1), unit) + _AR_PARTS[m.group(2)]
        n = NumberMatch(m.start(), m.end(), m.group(0), value, value, spelled=True)
        counts = counts_of(s.text, n, s.text[m.end() :], unit, lang)
        out.append(Fact("figure", m.group(0), s.index, value=value, unit=unit, counts=counts, number=n))
    return out


def _ar_whole(word: str, unit: str) -> int:
    """How many whole units an Arabic unit noun says by itself: two for its dual ("مترين", "ساعتين"), else one."""
    bare = strip_arabic_marks(word)
    if not bare.endswith(("ين", "ان")):
        return 1
    singulars = [bare[:-2], *([bare[:-3] + "ة"] if bare.endswith(("تين", "تان")) else [])]
    return 2 if any(unit_after(" " + w, "ar") == (unit, len(w) + 1) for w in singulars) else 1


_SCALE_VALUES = (1e3, 1e6, 1e9, 1e12)
# A fraction of a scale word: "half a million", "a quarter of a million", "نصف مليون", "ربع مليون", "חצי מיליון".
_FRACTION_OF_SCALE = re.compile(
    r"(?:(?<![\w\u0600-\u06ff])(?:[وب])?(نصف|ربع|ثلث)|(?<!\S)[ובלכ]?(חצי|רבע|שליש)|"  # כ: about
    r"\b(?i:(half|a\s+quarter|a\s+third)(?:\s+of)?\s+a|(en\s+halv|en\s+kvart)))\s+$"
)
_FRACTION_WORDS = {"نصف": 0.5, "ربع": 0.25, "ثلث": 1 / 3, "חצי": 0.5, "רבע": 0.25, "שליש": 1 / 3, "half": 0.5,
                   "a quarter": 0.25, "a third": 1 / 3, "en halv": 0.5, "en kvart": 0.25}  # fmt: skip
# "and a half" after a number or its unit: "مليون ونصف", "ثلاث ساعات ونصف", "שלוש וחצי", "two and a half".
_AND_A_HALF = re.compile(
    r"(?:\s+(?P<unit>[^\W\d_]+))??\s*(?:(?<!\S)و\s?نصف|(?<!\S)וחצי|\band\s+a\s+half\b|\bog\s+en\s+halv\b)"
    # (the scale said again, with the article too, as Hajj statistics write it: "مليون ونصف المليون حاج")
    r"(?:\s+(?:(?:ال)?(?:مليون|مليار|ألف|الف)|מיליון|מיליארד|אלף|million|billion|thousand|millioner|milliarder))?"
    r"(?!\s+(?:ال|من\s|מה|מן\s|of\s))"  # not "30 % ونصف السكان": and half of something else
)
# The smaller part of a sum written with two scales: "مليار و200 مليون", "3 ملايين و500 ألف", "מיליארד ו-200 מיליון".
# (the part's digits in brackets, as Iraqi ministry statements print them: "(92) مليوناً و(255) ألفاً و(610) براميل")
_SCALE_SUM = re.compile(r"\s*(?:و|ו-?|and)\s*\(?\s*$")


def _scale_of(n: NumberMatch) -> float:
    """The scale a number is written in: its scale word, or the number itself when it is one ("مليون")."""
    if n.scale > 1:
        return n.scale
    if n.spelled and n.value / 2 in (1e6, 1e9):
        return n.value / 2  # the dual of a scale word: "مليونين و322 الف برميل", two million and 322,000
    return n.value if n.spelled and n.value in _SCALE_VALUES else 1.0


def composed_numbers(text: str, numbers: list[NumberMatch], lang: str) -> list[NumberMatch]:
    """Numbers written in two parts read as one: a fraction of a scale ("نصف مليون", "half a million"), a
    number and a half ("مليون ونصف", "ثلاث ساعات ونصف", "שלוש וחצי"), and a sum of two scales
    ("مليار و200 مليون", "3 ملايين و500 ألف")."""
    out: list[NumberMatch] = []
    i = 0
    while i < len(numbers):
        n = numbers[i]
        if n.value_max is None and n.kind == "number":
            fraction = _FRACTION_OF_SCALE.search(text[: n.start]) if n.spelled and n.value in _SCALE_VALUES else None
            if fraction and not n.text.startswith(("و", "ו")):
                word = re.sub(r"\s+", " ", next(g for g in fraction.groups() if g)).lower()
                n = dataclasses.replace(n, start=fraction.start(), text=text[fraction.start() : n.end],
                                        value=_FRACTION_WORDS[word] * n.value)  # fmt: skip
            nxt = numbers[i + 1] if i + 1 < len(numbers) else None
            step = part_step = _scale_of(n)
            while (  # (three parts too: "1 مليون و269 ألف و 657 حالة", each smaller than the scale before it)
                nxt is not None
                and part_step > 1
                and nxt.value_max is None
                and nxt.value < part_step
                and _SCALE_SUM.fullmatch(text[n.end : nxt.start] + ("و" if nxt.text.startswith("و") else ""))
                and lang in ("ar", "he")
            ):
                # (a part's bracket closed with it: "و(610) براميل")
                end = nxt.end + 1 if text[nxt.end : nxt.end + 1] == ")" and "(" in text[n.end : nxt.start] else nxt.end
                n = dataclasses.replace(n, end=end, text=text[n.start : end], value=n.value + nxt.value,
                                        currency=nxt.currency or n.currency)  # fmt: skip
                i += 1
                part_step = _scale_of(nxt)
                nxt = numbers[i + 1] if i + 1 < len(numbers) else None
            nxt = numbers[i + 1] if i + 1 < len(numbers) else None
            # (hundreds written with a scale word, "ארבע מאות" (4 x 100), are hundreds as "ثلاثمائة" is)
            whole = n.value if n.scale == 100 and n.spelled else n.raw
            hundreds = 1000 if whole >= 1000 and whole % 1000 == 0 else 100 if whole >= 100 and whole % 100 == 0 else 0
            if (
                lang in ("ar", "he")
                and nxt is not None
                and n.spelled
                and nxt.spelled
                and nxt.value_max is None
                and nxt.text.startswith(("و", "ו"))
                and not text[n.end : nxt.start].strip()
                and 0 < nxt.raw < hundreds
                and not (1000 <= n.value <= 2100 and nxt.value < 100)  # "ألفين واثنين وعشرين": a year
            ):  # "مائة وخمسون", "ألفين وخمسمائة", "ثلاثمائة وخمسين ألف" (350,000: the scale is the whole's)
                value = (n.value + nxt.raw) * nxt.scale if nxt.scale > 1 and n.value < 1000 else n.value + nxt.value
                n = dataclasses.replace(n, end=nxt.end, text=text[n.start : nxt.end], value=value,
                                        currency=nxt.currency or n.currency)  # fmt: skip
                i += 1
            half = _AND_A_HALF.match(text, n.end)
            if half and not re.search(r"\d", half.group(0)):
                # "مليون ونصف", "two and a half": the half is of the number itself; "ثلاث ساعات ونصف": of the
                # unit, which stays after the number for the unit reader
                end = half.end() if half.group("unit") is None else n.end
                n = dataclasses.replace(n, end=end, text=text[n.start : end], value=n.value + 0.5 * step)
                while i + 1 < len(numbers) and numbers[i + 1].start < half.end():
                    i += 1  # the scale repeated after the half ("مليونا ونصف مليون")
        out.append(n)
        i += 1
    return out


def without_restated_digits(text: str, numbers: list[NumberMatch]) -> list[NumberMatch]:
    """The numbers without a digit in brackets that restates the spelled number just before it ("حادثة واحدة (1)",
    "three (3) trucks", as reports and legal copy write them): one figure, the words'."""
    out: list[NumberMatch] = []
    for n in numbers:
        previous = out[-1] if out else None
        restated = (
            previous is not None
            and previous.spelled
            and not n.spelled
            and previous.value == n.value
            and re.fullmatch(r"\s*\(\s*", text[previous.end : n.start]) is not None
            and re.match(r"\s*\)", text[n.end :]) is not None
        )
        # and the other way round: digits, their currency or noun, then the same number in words in brackets
        # ("450,000 درهم (أربعمائة وخمسون ألف درهم)"), as contracts and official replies write a sum
        restated = restated or (
            previous is not None
            and not previous.spelled
            and n.spelled
            and previous.value == n.value
            and _WORDS_THEN_BRACKET.fullmatch(text[previous.end : n.start]) is not None
            and _WORDS_CLOSE_BRACKET.match(text, n.end) is not None
        )
        if not restated:
            out.append(n)
    return out


# Between digits and their restatement in words: at most three words (currency, adjective), then "(" (each word
# ends at a space, so no run of letters can be cut in more than one way).
_WORDS_THEN_BRACKET = re.compile(r"\s*(?:[^\s()\d\u0660-\u0669]+\s+){0,3}\(\s*")
# After the words: at most three words and no digit, then ")".
_WORDS_CLOSE_BRACKET = re.compile(r"(?:\s+[^\s()\d\u0660-\u0669]+){0,3}\s*\)")

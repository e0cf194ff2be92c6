"""Figures: every quantity the article reports, with its unit and what it counts.

Always read from the source text itself, whatever its language (a translation may have changed the
number; that is for the fidelity check to catch). Years, clock times and dates are left to the
dates extractor; ordinals and "the two said" are not figures.

What a figure counts comes from its own sentence: the words after it ("3,500 retail stores", "$10bn
in insurance claims", "42% of all spam"); when nothing follows, the subject before it ("Kmart gained
15 percent", "the deal is to cost $11.5bn"); and a measure named before it joins what follows ("the
death toll passed 80,000 people": "people (death toll)"). Money keeps its currency as the unit (ISO
4217, from `numbers`).

This module reads the numbers and ranges of each sentence and makes the facts; `not_figures` says
which numbers are no figures, `counted` what a figure counts (with `noun_after`, `subject_before`,
`durations` and `counted_rtl`; `phrase_edges` where its noun phrase ends and what completes it),
`sharing` what the figures of one sentence share, and `figure_words` holds the words they all know
(units, stop words, verbs, measure nouns per language).
"""

from __future__ import annotations

import dataclasses
import re

from briefing_app.core.facts.bare_counts import arabic_price, danish_whole, totals_of
from briefing_app.core.facts.counted import clause_before, counts_of
from briefing_app.core.facts.counted_en import english_counts
from briefing_app.core.facts.counted_extras import danish_cost, with_extras
from briefing_app.core.facts.counted_rtl import rtl_context
from briefing_app.core.facts.counted_tags import (
    after_preposition,
    counted_one,
    event_verb,
    noun_before,
    verb_just_before,
)
from briefing_app.core.facts.figure_words import BELOW_ZERO, CURRENCY_WORDS, DURATIONS, LENGTHS, MINUS_SIGN, unit_after
from briefing_app.core.facts.figures_he import (
    hebrew_age_with_article,
    hebrew_and_a_half,
    hebrew_counts,
    not_a_hebrew_figure,
)
from briefing_app.core.facts.light_heads import light_head_verb
from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.multiples import (
    MULTIPLE_WORDS,
    changed_part,
    compared_quality,
    is_multiple,
    with_multiples,
)
from briefing_app.core.facts.not_figures import (
    arabic_spelled_years,
    is_date_part,
    is_list_marker,
    is_score,
    one_after_noun,
    part_of_name,
    rank_or_grade,
    skip_spelled,
    vote_tally,
)
from briefing_app.core.facts.noun_after import after_phrase
from briefing_app.core.facts.phrase_edges import subject_position
from briefing_app.core.facts.sharing import share_counts, share_forward
from briefing_app.core.numbers import NumberMatch, as_quantity, ascii_digits, dual_unit, find_numbers


def _local_ranges(text: str, numbers: list[NumberMatch], lang: str) -> list[NumberMatch]:
    """Ranges the number reader leaves apart: "30 - 50 %" (a number then a percent), "ما بين 50 و70"."""
    out: list[NumberMatch] = []
    i = 0
    while i < len(numbers):
        a = numbers[i]
        if lang == "ar" and a.value_max is None and re.search(r"بين\s+$", text[: a.start]):
            m = re.match(r"\s*(?:و|إلى|الى)\s*([0-9\u0660-\u0669]+)", text[a.end :])
            if m:  # "ما بين 50 و70": the number reader does not see a number glued to و
                top = float(ascii_digits(m.group(1)))
                if top > a.raw:
                    end = a.end + m.end()
                    out.append(dataclasses.replace(a, end=end, text=text[a.start : end], value_max=top * a.scale))
                    i += 1
                    while i < len(numbers) and numbers[i].start < end:
                        i += 1  # the top, read apart where "و" was spaced out
                    continue
        if lang == "ar" and i + 1 < len(numbers) and a.value_max is None and numbers[i + 1].value_max is None:
            b = numbers[i + 1]
            unit_gap = re.fullmatch(r"\s+(\S+)\s+(و|إلى|الى|أو)\s*", text[a.end : b.start])
            unit_a = unit_after(" " + unit_gap.group(1), lang)[0] if unit_gap else None
            between = re.search(r"بين\s+$", text[: a.start])
            from_to = re.search(r"(?<!\S)من\s+$", text[: a.start])
            if (
                unit_gap
                and unit_a is not None
                and unit_after(text[b.end :], lang)[0] == unit_a
                and b.raw > a.raw
                and (between if unit_gap.group(2) == "و" else not from_to)
            ):  # "بعشر سنوات إلى 15 سنة", "بين خمس سنوات و10 سنوات": one range, the unit said twice
                out.append(dataclasses.replace(a, end=b.end, text=text[a.start : b.end], value_max=b.value))
                i += 2
                continue
        twice = _unit_said_twice(text, a, numbers[i + 1], lang) if lang != "ar" and i + 1 < len(numbers) else None
        if twice is not None:
            out.append(twice)
            i += 2
            continue
        if i + 1 < len(numbers) and a.value_max is None:
            b = numbers[i + 1]
            gap = text[a.end : b.start]
            between = re.search(r"بين\s+$", text[: a.start])
            joined = re.fullmatch(r"\s*[-–]\s*", gap) or (lang == "ar" and between and (
                re.fullmatch(r"\s*(?:و|إلى|الى)\s*", gap) or (re.fullmatch(r"\s*", gap) and b.text.startswith("و"))
            ))  # fmt: skip  # "ما بين مئة ومئتي ألف": the spelled top glues its "and"
            if joined and b.raw > a.raw and a.kind in ("number", "percent") and b.kind in ("number", "percent"):
                scale = b.scale if a.scale == 1.0 else a.scale
                out.append(NumberMatch(a.start, b.end, text[a.start : b.end], a.raw * scale, a.raw, b.kind,
                                       b.raw * scale, a.qualifier, scale, a.spelled,
                                       b.currency or a.currency))  # fmt: skip
                i += 2
                continue
        out.append(a)
        i += 1
    return out


# The words joining a range whose unit is said at both ends, and whether that joiner needs a "between" (an
# "and" does: "5 cm and 25 cm" alone are two figures) or also takes a "from".
_TWICE_JOINERS: dict[str, tuple[str, str]] = {
    "en": ("and", "to|or"),
    "da": ("og", "til|eller"),
    "he": ("ו-?", "עד|ל-?"),
}
_FROM = re.compile(r"(?:\b(?:from|fra)|(?<!\S)מ-?)\s*$", re.IGNORECASE)


def _unit_said_twice(text: str, a: NumberMatch, b: NumberMatch, lang: str) -> NumberMatch | None:
    """A range with its unit at both ends, read as one: "between 5 cm and 25 cm", "from 3 years to 8 years"."""
    if lang not in _TWICE_JOINERS or a.value_max is not None or b.value_max is not None or b.raw <= a.raw:
        return None
    if a.kind != "number" or b.kind != "number" or a.currency != b.currency:
        return None
    unit, span = unit_after(text[a.end : b.start], lang)
    if unit is None or unit_after(text[b.end :], lang)[0] != unit:
        return None
    needs_between, plain = _TWICE_JOINERS[lang]
    joiner = re.fullmatch(rf"\s*(?:({needs_between})|({plain}))\s*", text[a.end + span : b.start], re.IGNORECASE)
    lead = text[max(0, a.start - 40) : a.start]
    between = re.search(r"(?:\b(?:between|mellem)|(?<!\S)[וש]?בין)\s+$", lead, re.IGNORECASE)
    if joiner is None or not (between or (joiner.group(2) and _FROM.search(lead))):
        return None
    if _FROM.search(lead) and _CHANGE_BEFORE.search(text[max(0, a.start - 120) : a.start]):
        return None  # "rose from 5 dollars to 7 dollars": a change, two figures
    return dataclasses.replace(a, end=b.end, text=text[a.start : b.end], value_max=b.value)


_PERCENT_AFTER_NEXT = re.compile(
    r"\s*(?:to|til|and|og|or|eller)\s+\d[\d.,]*\s*(?:%|percent\b|per cent\b|procent\b|pct\.)", re.IGNORECASE
)


# Words of a change before "from ... to ...": the start and the end of a change are two figures ("rose from 5
# to 7"); with none, "from ... to ..." spans a range ("fasts ranging from 12 to 41 days", "from 10 to 20
# people a day").
_CHANGE_BEFORE = re.compile(
    r"\b(?:ris\w*|rose|fell|fall\w*|gr[eo]w\w*|increas\w*|decreas\w*|drop\w*|climb\w*|jump\w*|cut\w*|raise\w*|"
    r"reduc\w*|lower\w*|soar\w*|plung\w*|slip\w*|slid\w*|doubl\w*|tripl\w*|halv\w*|shr[aiu]nk\w*|expand\w*|"
    r"chang\w*|mov\w*|went|go(?:es|ing|ne)?|revis\w*|boost\w*|hik\w*|surg\w*|swell\w*|tumbl\w*|widen\w*|"
    r"narrow\w*|(?<!handed\s)(?<!set\s)(?<!made\s)(?<!broke\s)(?<!took\s)(?<!shut\s)(?<!turned\s)(?<!stepped\s)"
    r"(?<!signed\s)(?<!picked\s)(?<!showed\s)(?<!ended\s)(?<!cracked\s)(?<!backed\s)(?<!called\s)(?:up|down)|"
    r"st(?:eg|iger|ige|eget)|f(?:aldt|alder|alde|aldet)|øge\w*|sænke\w*|hæve\w*|voks\w*|"
    r"hævet|forhøje\w*|nedsat\w*)\b[^.;:!?]*$",
    re.IGNORECASE,
)


def _changes_apart(text: str, numbers: list[NumberMatch], lang: str) -> list[NumberMatch]:
    """A change read as a range, split back into its two figures: "grew by 1.2 million to 67 million",
    "steg fra 5 til 7 procent" (the amount and the level it reached, or the start and the end)."""
    out: list[NumberMatch] = []
    for n in numbers:
        joiner = re.search(r"\s+(?:to|til)\s+", n.text) if n.value_max is not None else None
        lead = re.sub(r"(?:US\$|[$£€¥₪])$", "", text[: n.start])  # "from $5 to $10"
        marker = re.search(r"\b(?:by|from|fra|med)\s+$", lead, re.IGNORECASE) if joiner else None
        if marker and marker.group(0).lower().startswith(("from", "fra")):
            clause = lead[max(0, marker.start() - 80) : marker.start()]
            marker = marker if _CHANGE_BEFORE.search(clause) else None
        if joiner is None or marker is None:
            out.append(n)
            continue
        left_end, right_start = n.start + joiner.start(), n.start + joiner.end()
        left = find_numbers(text[:left_end], lang)
        right = [dataclasses.replace(m, start=m.start + right_start, end=m.end + right_start)
                 for m in find_numbers(text[right_start : n.end], lang)]  # fmt: skip
        if left and left[-1].end == left_end and len(right) == 1:
            first = left[-1]
            if first.kind == "number" and right[0].kind == "percent" and not first.currency:
                first = dataclasses.replace(first, kind="percent")  # "fra 5 til 7 procent": both are percent
            out += [first, right[0]]
        else:
            out.append(n)
    return out


_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
                 "fifth": 5, "fifths": 5, "sixth": 6, "tenth": 10, "tenths": 10}  # fmt: skip
_IN_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_FRACTION = re.compile(
    r"\b(?:(almost|about|nearly|more than|less than|over|roughly|around|some|just over|just under)\s+)?"
    r"(half|(?:a|an|one|two|three|four|five)[- ](?:half|halves|thirds?|quarters?|fourth|fifths?|sixth|tenths?))"
    r"\s+of\s+"
    r"|\b(?:(almost|about|nearly|roughly|around|some)\s+)?(one|two|three|four|five|six|seven|eight|nine|[1-9])[\s-]+in"
    r"[\s-]+(two|three|four|five|six|seven|eight|nine|ten|\d+)\b",
    re.IGNORECASE,
)


_FRACTION_HINT = re.compile(
    r"hal[fv]|third|quarter|fourth|fifth|sixth|tenth|\b(?:one|two|three|four|five|six|seven|eight|nine|[1-9])[\s-]+in\b",
    re.IGNORECASE,
)


def _in_fraction(m: re.Match[str]) -> float:
    """The value of "one in three", "three in four" (groups 4 and 5 of `_FRACTION`)."""
    top, bottom = m.group(4).lower(), m.group(5).lower()
    numerator = 1 if top in ("one", "1") else _IN_NUMBERS.get(top, 0)
    return numerator / (_IN_NUMBERS[bottom] if bottom in _IN_NUMBERS else int(bottom))


def _fraction_matches(text: str) -> list[re.Match[str]]:
    """The English fractions of a sentence (a cheap look for their words first: most sentences have none). One
    more than one in N ("three in four voters") only opens its clause: "scored two in three games" is two
    figures."""
    if not _FRACTION_HINT.search(text):
        return []
    out = []
    for m in _FRACTION.finditer(text):
        if m.group(4) and m.group(4).lower() not in ("one", "1"):
            value = _in_fraction(m)
            if not 0 < value < 1 or m.group(4).isdigit() or not subject_position(text[: m.start()]):
                continue
        out.append(m)
    return out


def _fractions(s: SourceSentence, matches: list[re.Match[str]]) -> list[Fact]:
    """English fractions of a whole: "almost half of children", "a fifth of the budget", "one in three
    visits", "1-in-2"."""
    out = []
    for m in matches:
        if m.group(2):
            parts = re.split(r"[- ]", m.group(2).lower())
            value = 0.5 if parts == ["half"] else _NUMERATORS[parts[0]] / _DENOMINATORS[parts[1]]
            text = m.group(0).rstrip()[: -len("of")].rstrip()
            qualifier = m.group(1)
        else:
            value = _in_fraction(m)  # "one in three visits", "three in four voters"
            text = m.group(0)
            qualifier = m.group(3)
        counts = after_phrase(s.text[m.end() :], "en", subject=subject_position(s.text[: m.start()]))
        out.append(Fact("figure", text, s.index, value=value, qualifier=qualifier, counts=counts))
    return out


# A fraction written with a slash ("a 2/3 majority", "required 3/5"): a small numerator over a small denominator,
# not a date ("9/11", "3/5/2012") nor a round-the-clock "24/7".
_SLASH_FRACTION = re.compile(r"(?<![\d/.,])([1-9])/([2-9]|10)(?![\d/]|\.\d)")


def _slash_fractions(s: SourceSentence, lang: str) -> list[Fact]:
    """Fractions in digits with a slash, with what they are of or the clause they end."""
    out = []
    for m in _SLASH_FRACTION.finditer(s.text):
        top, bottom = int(m.group(1)), int(m.group(2))
        if top >= bottom or re.search(r"(?:\bon|\bdated?|\bsince|\buntil|[A-Z][a-z]+day,?)\s+$", s.text[: m.start()]):
            continue  # "on 3/5": a day of a month
        qualifier = re.search(r"\b(only|about|nearly|almost|over|more than|less than|at least)\s+(?:a\s+)?$",
                              s.text[: m.start()])  # fmt: skip
        counts = after_phrase(s.text[m.end() :], lang)
        out.append(Fact("figure", m.group(0), s.index, value=top / bottom,
                        qualifier=qualifier.group(1) if qualifier else None, counts=counts))  # fmt: skip
    return out


# Fractions in words in Danish, Arabic and Hebrew: "halvdelen af", "نصف", "שליש"; not the finals of a
# tournament ("نصف النهائي", "חצי גמר").
_WORD_FRACTIONS: dict[str, tuple[re.Pattern[str], dict[str, float]]] = {
    "da": (
        re.compile(r"\b(halvdelen|en halv|halvanden|en tredjedel|en fjerdedel|to tredjedele|tre fjerdedele|"
                   r"hver (?:anden|tredje|fjerde|femte|tiende))\b", re.I),
        {"halvdelen": 0.5, "en halv": 0.5, "halvanden": 1.5, "en tredjedel": 1 / 3, "en fjerdedel": 0.25,
         "to tredjedele": 2 / 3, "tre fjerdedele": 0.75, "hver anden": 0.5, "hver tredje": 1 / 3,
         "hver fjerde": 0.25, "hver femte": 0.2, "hver tiende": 0.1},
    ),
    "ar": (
        re.compile(r"(?<!\S)[وب]?(نصف|ثلث|ربع|ثلثي|ثلثا)(?!\S)(?!\s+(?:ال)?نهائي)"),
        {"نصف": 0.5, "ثلث": 1 / 3, "ربع": 0.25, "ثلثي": 2 / 3, "ثلثا": 2 / 3},
    ),
    "he": (
        re.compile(r"(?<!\S)[ובלמהכ]?(מחצית|חצי|שליש|רבע|שני שלישים)(?!\S)(?!\s+(?:ה)?גמר)"),
        {"מחצית": 0.5, "חצי": 0.5, "שליש": 1 / 3, "רבע": 0.25, "שני שלישים": 2 / 3},
    ),
}  # fmt: skip


def _word_fractions(s: SourceSentence, lang: str) -> tuple[list[Fact], list[tuple[int, int]]]:
    """Danish, Arabic and Hebrew fractions in words, with what they are of, and where they stand."""
    if lang not in _WORD_FRACTIONS:
        return [], []
    pattern, values = _WORD_FRACTIONS[lang]
    out, spans = [], []
    for m in pattern.finditer(s.text):
        value = values[m.group(1).lower()]
        counts = after_phrase(s.text[m.end() :], lang)
        context = rtl_context(s.text[: m.start()], lang) if lang in ("ar", "he") else None
        if context:  # "هبوط سعر الصرف إلى نصف قيمته": half of what the measure was
            counts = f"{counts} ({context})" if counts else context
        out.append(Fact("figure", m.group(0).strip(), s.index, value=value, counts=counts))
        spans.append(m.span())
    return out, spans


# An Arabic feminine dual of an indefinite noun ("لجنتين", "طائرتان"): a count of two written in the noun
# itself. Not a country in -ستان, not a name or loanword in -وتين/-ستين, not a definite dual (anaphora).
_AR_FEMININE_DUAL = re.compile(
    r"(?<![\w\u0640])[وبلف]?((?![وبلف]?ال)[\u0621-\u064a]{2,}(?<!س)(?<!و)ت(?:ين|ان))(?![\w\u0640])"
)


# The same dual in construct before its complement ("حالتي إصابة", "قاعدتي الأمم المتحدة"): -تي after a
# stem that is no plural (-اتي), nisba (-يتي), verb (يأتي, تأتي) or relative (كالتي, والتي: the article's
# ال stays out of a dual with a conjunction or preposition glued before it too).
_AR_CONSTRUCT_DUAL = re.compile(
    r"(?<![\w\u0640])[وبلف]?((?![وبلف]?ال|[وبلف]?ك?الت)(?![يتن])[\u0621-\u064a]{2,}(?<![اأيس])تي)(?=\s+[\u0621-\u064a])"
)


# A masculine dual ("مرسومين", "انفجاران") is written like a sound plural; a dual verb after it (with its
# agreeing adjectives between) tells it apart: "أصدر مرسومين يقضيان", "قرارين جديدين يتعلقان".
_AR_MASCULINE_DUAL = re.compile(
    r"(?<![\w\u0640])[وبلف]?((?![وبلف]?ال)[\u0621-\u064a]{3,}(?:ين|ان))((?:\s+[\u0621-\u064a]{3,}(?:ين|ان))*)"
    r"\s+[وف]?[يت][\u0621-\u064a]{2,}ان(?![\w\u0640])"
)


def _arabic_duals(s: SourceSentence, numbers: list[NumberMatch]) -> list[Fact]:
    """Arabic counts of two written as a feminine dual noun; the noun is what they count."""
    out: list[Fact] = []
    previous_end: int | None = None
    duals = sorted([*_AR_FEMININE_DUAL.finditer(s.text), *_AR_CONSTRUCT_DUAL.finditer(s.text)], key=lambda m: m.start())
    for m in _AR_MASCULINE_DUAL.finditer(s.text):
        if not any(d.start() <= m.start() < d.end() for d in duals) and not any(
            n.start < m.end(1) and m.start() < n.end for n in numbers
        ):
            out.append(Fact("figure", m.group(1), s.index, value=2.0, counts=(m.group(1) + m.group(2)).strip()))
    for m in duals:
        # "لجنتين جديدتين": the adjective agrees with the dual noun before it
        agrees = previous_end is not None and s.text[previous_end : m.start()].strip() == ""
        previous_end = m.end()
        if len(m.group(1)) >= 5 and not agrees and not any(n.start < m.end() and m.start() < n.end for n in numbers):
            complement = re.match(r"\s+(\S+)", s.text[m.end() :]) if m.group(0).endswith("تي") else None
            counts = f"{m.group(0)} {complement.group(1)}" if complement else m.group(0)  # "حالتي إصابة"
            out.append(Fact("figure", m.group(0), s.index, value=2.0, counts=counts))
    return out


# One unit and a half, the one unsaid: "an hour and a half", "a mile and a half", "קילומטר וחצי", "سنة ونصف".
_UNIT_AND_A_HALF = {
    "en": re.compile(r"\b(?:an?|one)\s+([a-z]+)\s+and\s+a\s+half\b", re.IGNORECASE),
    "he": re.compile(r"(?<!\S)([\u05d0-\u05ea\"]{2,})\s+וחצי(?![\u05d0-\u05ea])"),
    "ar": re.compile(r"(?<!\S)([\u0621-\u064a]{3,})\s+ونصف(?![\u0621-\u064a])"),
}


def _unit_and_a_half(s: SourceSentence, numbers: list[NumberMatch], lang: str) -> list[Fact]:
    """One and a half of a unit whose "one" is only the unit itself (after no number of its own)."""
    pattern = _UNIT_AND_A_HALF.get(lang)
    if pattern is None or not re.search(r"and a half|וחצי|ونصف", s.text):
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
        n = NumberMatch(m.start(), m.end(), m.group(0), 1.5, 1.5, spelled=True)
        counts = counts_of(s.text, n, s.text[m.end() :], unit, lang)
        out.append(Fact("figure", m.group(0), s.index, value=1.5, unit=unit, counts=counts, number=n))
    return out


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
    r"(?:\s+(?:مليون|مليار|ألف|מיליון|מיליארד|אלף|million|billion|thousand|millioner|milliarder))?"
    r"(?!\s+(?:ال|من\s|מה|מן\s|of\s))"  # not "30 % ونصف السكان": and half of something else
)
# The smaller part of a sum written with two scales: "مليار و200 مليون", "3 ملايين و500 ألف", "מיליארד ו-200 מיליון".
_SCALE_SUM = re.compile(r"\s*(?:و|ו-?|and)\s*$")


def _scale_of(n: NumberMatch) -> float:
    """The scale a number is written in: its scale word, or the number itself when it is one ("مليون")."""
    if n.scale > 1:
        return n.scale
    return n.value if n.spelled and n.value in _SCALE_VALUES else 1.0


def _composed(text: str, numbers: list[NumberMatch], lang: str) -> list[NumberMatch]:
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
            step = _scale_of(n)
            if (
                nxt is not None
                and step > 1
                and nxt.value_max is None
                and nxt.value < step
                and _SCALE_SUM.fullmatch(text[n.end : nxt.start] + ("و" if nxt.text.startswith("و") else ""))
                and lang in ("ar", "he")
            ):
                n = dataclasses.replace(n, end=nxt.end, text=text[n.start : nxt.end], value=n.value + nxt.value,
                                        currency=nxt.currency or n.currency)  # fmt: skip
                i += 1
            nxt = numbers[i + 1] if i + 1 < len(numbers) else None
            hundreds = 1000 if n.raw >= 1000 and n.raw % 1000 == 0 else 100 if n.raw >= 100 and n.raw % 100 == 0 else 0
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


def _arabic_ordinal_ages(s: SourceSentence) -> list[Fact]:
    """Ages written as ordinals, which the number reader leaves as ordinals."""
    out = []
    for m in _AR_ORDINAL.finditer(s.text):
        reaching = _REACHING_AGE_BEFORE.search(s.text[max(0, m.start() - 8) : m.start()])
        if not (_OF_AGE_AFTER.match(s.text, m.end()) or reaching):
            continue
        unit, teen, tens, alone = m.groups()
        value = _AR_ORDINAL_UNITS.get(unit or "", 0) + (10 if teen else 0)
        value += _AR_ORDINAL_TENS.get(tens or alone or "", 0)
        out.append(Fact("figure", m.group(0), s.index, value=float(value), unit="years", counts="عمر (age)"))
    return out


# Currency words whose code is not in doubt (a riyal, a dinar or a pound may be one of several).
_CURRENCY_AFTER = re.compile(
    r"\s+(dollars?|euros?|kroner|دولار|يورو|דולר|אירו|שקל|שקלים)(?:ا|ات|اً)?(?!\w)", re.IGNORECASE
)
_CURRENCY_CODES = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "kroner": "DKK", "يورو": "EUR",
                   "דולר": "USD", "אירו": "EUR", "שקל": "ILS", "שקלים": "ILS"}  # fmt: skip
_CURRENCY_CODES["دولار"] = "USD"


# Hebrew duals name two of a unit in one word ("יומיים", two days): the unit they count.
_HE_DUALS = {"יומיים": "days", "שבועיים": "weeks", "חודשיים": "months", "שנתיים": "years", "שעתיים": "hours",
             "פעמיים": "times"}  # fmt: skip


# "حاجز المليون مقالة", "الألف يوم الأولى": a definite scale word before an indefinite noun is a milestone
# or a span that counts the noun, not the ones already named ("المصابين الثلاثة").
_AR_DEFINITE_SCALE = re.compile(r"[وبل]?(?:ال|لل)(?:مليون|مليار|ألف|الف|مئة|مائة)")
_AR_INDEFINITE_NOUN = re.compile(r"\s+(?!ال|لل|من(?!\S)|في(?!\S)|على(?!\S))[\u0621-\u064a]{3,}")


# "خلال السنتين الماضيتين", "طوال الشهرين": a definite dual of a time unit after a word of span is how long.
_AR_SPAN_BEFORE = re.compile(r"(?<!\S)(?:خلال|طوال|طيلة|مدى|مدار)\s+$")


def find_figures(sentences: list[SourceSentence], language: str) -> list[Fact]:
    """Figure facts of the source sentences; `value` normalised (scale words and suffixes applied)."""
    lang = language.split("-")[0].lower()
    out: list[Fact] = []
    whole = " ".join(s.text.lower() for s in sentences)  # the text before a number: a first mention or not
    offsets = [0]
    for s in sentences:
        offsets.append(offsets[-1] + len(s.text) + 1)
    for position, s in enumerate(sentences):
        sentence_start = len(out)
        # Arabic glues "and" to a number ("و20 %"): read it as if spaced, at the same offsets.
        # So are "by" and "to", often with a tatweel ("بـ3 أهداف", "لـ50 قتيلا").
        # Hebrew glues its prefixes too, mostly with a hyphen (ב-8%) but not always (ב8%).
        glued = {"ar": r"(?<!\S)[وبلفك]\u0640?(?=[0-9\u0660-\u0669])", "he": r"(?<!\S)[ובלמהכש]{1,2}(?=[0-9])"}
        readable = re.sub(glued[lang], lambda m: " " * len(m.group(0)), s.text) if lang in glued else s.text
        numbers = _changes_apart(s.text, _local_ranges(s.text, find_numbers(readable, lang), lang), lang)
        read_apart = {id(n) for n in numbers}
        numbers = _composed(s.text, numbers, lang)
        composed = [(n.start, n.end) for n in numbers if id(n) not in read_apart]
        numbers = with_multiples(s.text, numbers, lang)  # "won it twice", "once a week", "cut by half"
        halves = _unit_and_a_half(s, numbers, lang)
        out.extend(halves)
        half_spans = [(h.number.start, h.number.end) for h in halves if h.number is not None]
        fraction_found = _fraction_matches(s.text) if lang == "en" else []
        # not the "a half of" of "an hour and a half of talks": the half of that hour
        fraction_found = [m for m in fraction_found if not any(c < m.end() and m.start() < d for c, d in half_spans)]
        fraction_spans = [m.span() for m in fraction_found]
        fraction_spans = [(a, b) for a, b in fraction_spans if not any(c <= a < d for c, d in composed)]
        if lang == "en":
            fractions = _fractions(s, fraction_found)
            out.extend(f for f in fractions if not any(c <= s.text.find(f.text) < d for c, d in composed))
        else:
            if lang == "he":  # "שנה וחצי": one and a half, no number written (unless read above with its unit)
                he_halves, he_spans = hebrew_and_a_half(s)
                kept = [i for i, (a, b) in enumerate(he_spans) if not any(c < b and a < d for c, d in half_spans)]
                out.extend(he_halves[i] for i in kept)
                fraction_spans = [he_spans[i] for i in kept]
            for fraction, (a, b) in zip(*_word_fractions(s, lang), strict=True):
                inside = any(a < y and x < b for x, y in fraction_spans)  # the half of "שנה וחצי"
                apart = not any(c < b and a < d for c, d in half_spans)  # "ساعة ونصف": read with its unit
                if not inside and apart and not any(n.start < b and a < n.end for n in numbers):
                    out.append(fraction)  # not the half of "to og en halv time" (2.5, read as one number)
                    fraction_spans.append((a, b))
        if lang in ("en", "da") and "/" in s.text:
            out.extend(_slash_fractions(s, lang))
        if lang == "ar":
            out.extend(_arabic_duals(s, numbers))
            out.extend(_arabic_ordinal_ages(s))
        start = len(out)
        spelled_years = arabic_spelled_years(s.text, numbers) if lang == "ar" else set()
        for n in numbers:
            if n.start in spelled_years or any(a <= n.start < b for a, b in fraction_spans):
                continue  # the "two" of "two thirds of" is read with its fraction
            if (
                lang == "ar"
                and n.spelled
                and re.match(r"[وبل]?ال", n.text)
                and n.value_max is None
                and not (_AR_DEFINITE_SCALE.fullmatch(n.text) and _AR_INDEFINITE_NOUN.match(s.text[n.end :]))
                and not (n.raw == 2 and _AR_SPAN_BEFORE.search(s.text[: n.start]))
            ):
                continue  # "المصابين الثلاثة", "نقل الثلاثة": the three already named, not a new figure
            if lang == "he" and n.spelled and re.match(r"[ובלמש]?ה", n.text) and n.value_max is None:
                continue  # "השני", "השלושה": an ordinal or the ones already named
            if is_score(s.text, n) or is_list_marker(s.text, n) or (lang == "he" and not_a_hebrew_figure(s.text, n)):
                continue
            if re.search(r"±\s*$", s.text[: n.start]):
                continue  # "5.2±0.4 g/cm³", "37±12%": the uncertainty of the figure before, no figure of its own
            if n.raw == 0 and re.search(r"(?:\bbelow|\bunder|تحت|מתחת\s+ל)\s*$", s.text[: n.start], re.IGNORECASE):
                continue  # the zero of "below zero": the other figure's sign, not a figure
            if lang == "da" and re.fullmatch(r"\d{1,3}", n.text) and re.match(r"\.(?:-|\s*[a-zæøå])", s.text[n.end :]):
                continue  # "12.-pladsen", "3. plads": a Danish ordinal is written with a full stop
            aged = n.kind == "year" and re.match(r"\s*-?\s*years?[- ]old\b", s.text[n.end :])
            if aged:  # "a 2000 year old tradition": an age, not a date
                n = dataclasses.replace(n, kind="number")
            elif n.kind == "year":
                quantity = as_quantity(s.text, n, lang)
                counted = quantity.qualifier and quantity.qualifier.lower() not in ("up to", "op til", "op mod")
                if counted and re.match(r"\s+(?:[A-ZÆØÅ][\w'’-]*\s+){0,2}[^\W\d_A-ZÆØÅ]", s.text[n.end :]):
                    n = quantity  # "more than 2000 homes", "over 2000 Kenyan teachers": a quantity, not a year
            if n.kind in ("year", "time") or is_date_part(s.text, n, lang) or part_of_name(s.text, n, lang):
                continue
            if lang in ("en", "da") and not n.spelled and rank_or_grade(n, s.text[: n.start], s.text[n.end :]):
                continue  # "a 5-star hotel", "the top 10": a grade or a rank
            if _older_year(s.text, n):
                continue
            decade = lang == "en" and n.text[-1:] == "0" and re.match(r"['’]?s\b", s.text[n.end :]) is not None
            lead = s.text[max(0, n.start - 12) : n.start]
            if decade and re.search(r"\b(?:the|early|late|mid)[\s-]+$", lead, re.IGNORECASE):
                continue  # "the 90s", "the 1800s", "the mid-1990s": a decade, a date rather than a figure
            decade = decade and re.search(r"\b(?:in|into)\s+(?:his|her|their|its|my|our|your)\s+$", lead) is not None
            article = re.search(r"(?<!\S)[وبل]?الـ\s*$|(?<!\S)ה-?$", s.text[max(0, n.start - 8) : n.start])
            if not n.spelled and article and not (lang == "he" and hebrew_age_with_article(s.text[: n.start])):
                continue  # "الدورة الـ 63", "הפסטיבל ה-65": a number with the article is an ordinal or anaphora
            after = s.text[n.end :]
            after = re.sub(r"^\s*±\s*\d[\d.,]*", "", after)  # "37±12% of its crust": read on past the uncertainty
            earlier = f"{whole[: offsets[position]]} {s.text[: n.start].lower()}" if n.spelled else None
            if (
                n.spelled
                and skip_spelled(n, s.text[: n.start], after, lang, earlier)
                and not (lang == "en" and n.raw == 1 and n.value == 1 and counted_one(s.text, n.start, n.end))
                and not (lang == "en" and n.raw >= 2 and _ends_after_preposition(s.text, n, after))
            ):
                continue
            if lang == "ar" and n.spelled and re.fullmatch(r"(?:[بف]|في\s+)?الم[ئا]+ة", n.text):
                continue  # "بنسبة 15 بالمئة": the percent sign of the number before, spelled out, no hundred
            unit, span = unit_after(after, lang)
            if decade:  # "in his 40s": an age by decade, not seconds
                unit, span = None, len(after) - len(after.lstrip("'’s"))
            if unit is None and n.spelled and n.text.lower().endswith("fold"):
                unit = "times"  # "tenfold"
            if unit is None and n.spelled and "-" in n.text:
                unit = unit_after(n.text[n.text.index("-") :], lang)[0]  # "a three-year contract"
            if n.currency:
                unit = n.currency
            elif unit is None and n.kind == "percent":
                unit = "percent"
                short = re.match(r"\s?pct?\b\.?", after)  # "5pc", "5 pct": the British and agency signs
                span = short.end() if short else span
            elif unit is None and lang == "he" and re.search(r"(?<!\S)פי\s+$", s.text[: n.start]):
                unit = "times"  # "פי שלושה": threefold
            elif unit is None and re.match(_PERCENT_AFTER_NEXT, after):
                unit, span = "percent", len(after) - len(after.lstrip())  # "fra 5 til 7 procent": both percent
            if unit is None and n.spelled and n.raw == 1 and one_after_noun(n, s.text[: n.start], lang):
                unit = unit_after(" " + s.text[: n.start].split()[-1], lang)[0]  # "שנה אחת", "عام واحد": one year
            if lang == "ar" and n.spelled and dual_unit(n.text.split()[0]):
                unit = dual_unit(n.text.split()[0])
            if lang == "he" and n.spelled:
                unit = next((u for w, u in _HE_DUALS.items() if re.fullmatch(rf"[ובלמהכש]{{0,2}}-?{w}", n.text)), unit)
            currency = re.match(_CURRENCY_AFTER, after) if n.currency is None and unit is None else None
            if currency:  # "ملياري دولار", "a million euros": a spelled sum the number reader left bare
                n = dataclasses.replace(n, currency=_CURRENCY_CODES[currency.group(1).lower()])
                unit = n.currency
            joined = n.currency is not None and re.match(r"-(?=[a-z])", after) is not None  # "a 500-million-dollar"
            rest = after[span:] if not n.currency else re.sub(CURRENCY_WORDS, "", " " + after[1:] if joined else after)
            if unit is None and n.spelled and n.text.lower() in MULTIPLE_WORDS and is_multiple(n, after):
                unit = "times"  # "once a week", "won it twice.": how often what the clause says happened
            counts = changed_part(s.text[: n.start], n) or counts_of(s.text, n, rest, unit, lang)
            if unit is None and n.spelled and n.text.lower() in MULTIPLE_WORDS:
                unit = "times"  # "twice denied visas": what follows says what happened twice
            if lang == "en":  # "Of the dead, 12 were children", "68 percent said ...", "Ana, now 10,"
                counts = light_head_verb(s.text, n, english_counts(s.text, n, counts))  # "people (died)"
                counts = with_extras(s.text, n, counts)  # "per household", "For her design, ...", "are volunteers"
                unit = None if counts and counts.startswith("age (") and unit == "seconds" else unit  # "under-18s"
            elif lang == "da":  # "Af de 300 passagerer blev 12 kørt på hospitalet"
                counts = danish_whole(s.text, n, counts)
                counts = danish_cost(s.text[: n.start], rest, counts) if n.currency else counts
            elif lang == "ar":  # "تستحوذ على واتس آب مقابل 19 مليار دولار": the price of the deal
                counts = arabic_price(s.text, n, counts)
            if lang == "en" and vote_tally(s.text, n) and "vote" not in (counts or ""):
                counts = f"votes ({counts})" if counts else "votes"  # "the Senate voted 68-31": votes, and whose
            if lang == "he" and "(age)" not in (counts or ""):  # an age in brackets stays an age
                counts = hebrew_counts(s.text, n, counts) or counts
            old_age = re.match(r"[- ]?years?[- ]old\b|-årig", after) or re.search(r"-years?-old$", n.text)
            if unit == "years" and old_age:  # "a 25-year-old", "a 15 year old", "a seven-year-old"
                counts = f"age ({counts.split(' (')[0]})" if counts and counts != "age" else "age"
            if BELOW_ZERO.match(after):  # "15 degrees below zero", "10 درجات تحت الصفر": a negative figure
                n = dataclasses.replace(n, value=-n.value, value_max=-n.value_max if n.value_max else None)
                unit = unit or "degrees"
            elif n.value_max is None and n.value > 0 and _minus_before(s.text[: n.start], unit):
                n = dataclasses.replace(n, value=-n.value)  # "-5 degrees", "minus 40C", "fell by -2%"
            out.append(
                Fact("figure", _figure_text(s.text, n), s.index, value=n.value, value_max=n.value_max,
                     qualifier=n.qualifier, unit=unit, counts=counts, number=n)
            )  # fmt: skip
        share_counts([f for f in out[start:] if f.number is not None], s.text)
        share_forward([f for f in out[start:] if f.number is not None], s.text, lang)
        if lang == "en":  # "12 new cases, bringing the total to 312": a total of the cases
            totals_of([f for f in out[start:] if f.number is not None], s.text)
        for f in out[start:]:
            if f.counts is None and f.number is not None:
                f.counts = clause_before(s.text, f.number, lang)
                f.counts = with_extras(s.text, f.number, f.counts) if lang == "en" else f.counts
        if lang == "en":  # "was allowed in only once", "protested for three weeks": the event measured
            for f in out[start:]:
                age = (f.counts or "").startswith(("age", "since "))  # an age, or how long since an event named
                quality = compared_quality(s.text[f.number.end :]) if f.number and f.unit == "times" else None
                if quality and quality.split()[0] not in (f.counts or ""):
                    # "twice as resistant to rust": the quality compared, and whose
                    f.counts = f"{quality} ({f.counts})" if f.counts else quality
                elif f.number is not None and (f.unit in DURATIONS or f.unit == "times") and not age:
                    verb = event_verb(s.text, f.number.start, f.number.end)
                    if verb and verb.lower() not in (f.counts or "").lower():
                        f.counts = f"{f.counts} ({verb})" if f.counts else verb
                if f.number is not None and f.unit in LENGTHS:  # "sailed 2,000 miles from Tolvik": the motion
                    verb = verb_just_before(s.text, f.number.start)
                    if verb and verb.lower() not in (f.counts or "").lower():
                        f.counts = f"{f.counts} ({verb})" if f.counts else verb
                if f.counts is None and f.number is not None:
                    f.counts = noun_before(s.text, f.number.start)  # no reading at all: the last thing named
            for f in out[sentence_start:]:  # fractions too ("a third of a square mile ... of forest")
                f.counts = _unit_of(s.text, f, lang)
    return _without_numbered_names(out, {s.index: s.text for s in sentences})


_AREA = re.compile(r"(?:square|cubic|sq\.?)\s+[a-z]+")


def _unit_of(text: str, f: Fact, lang: str) -> str | None:
    """What a figure measures when its reading is a unit ("a third of a square kilometre (0.13
    square miles) of forest"): the noun phrase after the unit's "of", past a bracketed conversion; else its counts."""
    counts = f.counts
    end = f.number.end if f.number is not None else text.find(f.text) + len(f.text)  # a fraction has no number
    if not counts or end < len(f.text) or (unit_after(" " + counts, lang)[0] is None and not _AREA.fullmatch(counts)):
        return counts
    at = text.find(counts, end)
    of = re.match(r"\s*(?:\([^)]*\)\s*)?\)?\s*of\s+", text[at + len(counts) :]) if at >= 0 else None
    what = after_phrase(" " + text[at + len(counts) + of.end() :], lang) if of else None
    return f"{what} ({counts})" if what else counts


def _ends_after_preposition(text: str, n: NumberMatch, after: str) -> bool:
    """A spelled number after a preposition that ends its clause ("the toll rose to three.", "a family of
    four,"): the preposition's object, a figure; not "the two." (anaphora), which the skip rules read."""
    if not re.match(r"\s*[,.;:]", after) or re.search(r"\b(?:the|these|those)\s+$", text[: n.start], re.I):
        return False
    return after_preposition(text, n.start)


def _minus_before(before: str, unit: str | None) -> bool:
    """Whether a figure is signed negative: the word "minus" before any figure, a minus sign before a temperature or
    a percentage (elsewhere a dash before digits joins a name or a code: "F-16", "COVID-19")."""
    sign = MINUS_SIGN.search(before[-8:])
    return sign is not None and (sign.group(0).strip().lower() == "minus" or unit in ("degrees", "percent"))


# Words after which a bare three- or four-digit number is a year: "in 1890", "siden 1750", "عام 1850", "בשנת 1492".
_YEAR_BEFORE = re.compile(
    r"(?:\b(?:in|since|until|till|circa|c\.|year|i|siden|året|indtil)|(?<!\S)(?:عام|العام|سنة|منذ|בשנת|מאז|עד))\s+$",
    re.IGNORECASE,
)


# An era after a year ("120 AD", "43 BC", "300 CE", "200 f.Kr."), and "the years" before one or a pair of years.
_ERA_AFTER = re.compile(r"\s*(?:AD|BC|BCE|CE|A\.D\.|B\.C\.|e\.\s?Kr\.|f\.\s?Kr\.)(?!\w)")
_YEARS_BEFORE = re.compile(
    r"(?:\b(?:the\s+years?|årene|året)|(?<!\S)[ובלמ]?(?:השנים|שנת))\s+"
    r"(?:[0-9]{3,4}\s+(?:and|to|or|og|til|ו?עד|-|–)\s+(?:שנת\s+)?)?$",
    re.IGNORECASE,
)


def _older_year(text: str, n: NumberMatch) -> bool:
    """A year before 1900 (the number reader takes 1900-2100 for years): a bare 3-4 digit number after
    "in", "since", "عام", "בשנת" with no noun after it ("arrived in 615,", "built in 1890."), or a bare
    four-digit one after an English article (English writes a count of thousands with a comma: "the 1848
    revolution", "an 1824 victory", not "the 1,848 workers"). Also any year marked by its era after it ("120
    AD", "43 BC", "200 f.Kr.") or by "the years" before it ("between the years 310 and 420")."""
    if n.currency is None and not n.spelled and re.fullmatch(r"[0-9]{1,4}(?:\s*(?:-|–|to|til)\s*[0-9]{1,4})?", n.text):
        if _ERA_AFTER.match(text, n.end) or _YEARS_BEFORE.search(text[max(0, n.start - 40) : n.start]):
            return True
    if (
        re.fullmatch(r"1[0-8]\d\d", n.text)
        and n.currency is None
        and n.value_max is None
        and re.search(r"\b(?:the|an|a|this|that)\s+$", text[max(0, n.start - 6) : n.start], re.IGNORECASE)
        and re.match(r"\s+[a-z]", text[n.end :])
    ):
        return True
    return (
        n.kind == "number"
        and not n.spelled
        and n.currency is None
        and n.value_max is None
        and re.fullmatch(r"[0-9\u0660-\u0669]{3,4}", n.text) is not None
        and 100 <= n.raw < 1900
        and (
            re.search(r"(?:^|\s)(?:عام|العام|سنة|بسنة|בשנת)\s+$", text[max(0, n.start - 12) : n.start]) is not None
            or (
                _YEAR_BEFORE.search(text[max(0, n.start - 12) : n.start]) is not None
                and re.match(r"\s*(?:$|[^\w\s%٪]|(?:and|og|when|after|before|[A-ZÆØÅ])\b)", text[n.end :]) is not None
            )
        )
    )


def _without_numbered_names(figures: list[Fact], texts: dict[int, str]) -> list[Fact]:
    """Drop numbers that are part of a name the article repeats: the same word before the same small
    number in two or more sentences, followed by different words ("فوياجر 1 تجتاز ... فوياجر 1 قد",
    "Windows 7 is ... Windows 7 was"). A reported figure repeated (a headline and its lede: "مقتل 5
    أشخاص" twice) keeps what it counts after it, so it stays."""
    seen: dict[tuple[str, str], list[tuple[int, str]]] = {}
    key_of: dict[int, tuple[str, str]] = {}  # id of a figure -> (the word before it, its digits)
    for f in figures:
        n = f.number
        if n is None or n.spelled or not re.fullmatch(r"\d{1,3}", n.text) or f.unit is not None:
            continue
        if f.qualifier:
            continue  # "Fines Over 40 Firms ... over 40 Danish firms": a qualified number is a quantity, no name's
        text = texts[f.sentence]
        before = re.findall(r"[^\W\d_][\w'’-]*", text[: n.start])
        after = re.findall(r"[^\W\d_][\w'’-]*", text[n.end :])
        if before and len(before[-1]) >= 3:
            key_of[id(f)] = (before[-1].lower(), n.text)
            seen.setdefault(key_of[id(f)], []).append((f.sentence, after[0].lower() if after else ""))
    names = {
        key
        for key, where in seen.items()
        if len({sentence for sentence, _ in where}) >= 2
        and len({word for _, word in where}) >= 2
        and not any(re.search(r"[\u0621-\u064a]ا$", word) for _, word in where)  # "14 نائبا", "14 عضوا": counted
    }
    return [f for f in figures if key_of.get(id(f)) not in names] if names else figures


def _figure_text(text: str, n: NumberMatch) -> str:
    """The figure as written, with its qualifier and currency sign when there are."""
    start = n.start
    sign = re.search(r"(?:US\$|[$£€¥₪])\s*$", text[: n.start])
    if sign:
        start = sign.start()
    if n.qualifier:
        at = text.rfind(n.qualifier.rstrip("-"), 0, start)
        if at >= 0:
            start = at
    return text[start : n.end]

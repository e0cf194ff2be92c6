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
which numbers are no figures, `counted` what a figure counts, and `figure_words` holds the words
all three know (units, stop words, verbs, measure nouns per language).
"""

from __future__ import annotations

import dataclasses
import re

from briefing_app.core.facts.counted import after_phrase, counts_of, rtl_context, share_counts, share_forward
from briefing_app.core.facts.figure_words import CURRENCY_WORDS, unit_after
from briefing_app.core.facts.figures_he import hebrew_and_a_half, hebrew_counts, not_a_hebrew_figure
from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.not_figures import (
    arabic_spelled_years,
    is_date_part,
    is_list_marker,
    is_score,
    part_of_name,
    skip_spelled,
)
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


_PERCENT_AFTER_NEXT = re.compile(
    r"\s*(?:to|til|and|og|or|eller)\s+\d[\d.,]*\s*(?:%|percent\b|per cent\b|procent\b|pct\.)", re.IGNORECASE
)


def _changes_apart(text: str, numbers: list[NumberMatch], lang: str) -> list[NumberMatch]:
    """A change read as a range, split back into its two figures: "grew by 1.2 million to 67 million",
    "steg fra 5 til 7 procent" (the amount and the level it reached, or the start and the end)."""
    out: list[NumberMatch] = []
    for n in numbers:
        joiner = re.search(r"\s+(?:to|til)\s+", n.text) if n.value_max is not None else None
        if joiner is None or not re.search(r"\b(?:by|from|fra|med)\s+$", text[: n.start], re.IGNORECASE):
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
    r"|\b(?:(almost|about|nearly|roughly|around|some)\s+)?(?:one|1)[\s-]+in[\s-]+(two|three|four|five|six|seven|"
    r"eight|nine|ten|\d+)\b",
    re.IGNORECASE,
)


def _fractions(s: SourceSentence) -> list[Fact]:
    """English fractions of a whole: "almost half of children", "a fifth of the budget", "one in three
    visits", "1-in-2"."""
    out = []
    for m in _FRACTION.finditer(s.text):
        if m.group(2):
            parts = re.split(r"[- ]", m.group(2).lower())
            value = 0.5 if parts == ["half"] else _NUMERATORS[parts[0]] / _DENOMINATORS[parts[1]]
            text = m.group(0).rstrip()[: -len("of")].rstrip()
            qualifier = m.group(1)
        else:
            n = m.group(4).lower()
            value = 1 / (_IN_NUMBERS[n] if n in _IN_NUMBERS else int(n))
            text = m.group(0)
            qualifier = m.group(3)
        counts = after_phrase(s.text[m.end() :], "en")
        out.append(Fact("figure", text, s.index, value=value, qualifier=qualifier, counts=counts))
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


def _arabic_duals(s: SourceSentence, numbers: list[NumberMatch]) -> list[Fact]:
    """Arabic counts of two written as a feminine dual noun; the noun is what they count."""
    out: list[Fact] = []
    previous_end: int | None = None
    duals = sorted([*_AR_FEMININE_DUAL.finditer(s.text), *_AR_CONSTRUCT_DUAL.finditer(s.text)], key=lambda m: m.start())
    for m in duals:
        # "لجنتين جديدتين": the adjective agrees with the dual noun before it
        agrees = previous_end is not None and s.text[previous_end : m.start()].strip() == ""
        previous_end = m.end()
        if len(m.group(1)) >= 5 and not agrees and not any(n.start < m.end() and m.start() < n.end for n in numbers):
            complement = re.match(r"\s+(\S+)", s.text[m.end() :]) if m.group(0).endswith("تي") else None
            counts = f"{m.group(0)} {complement.group(1)}" if complement else m.group(0)  # "حالتي إصابة"
            out.append(Fact("figure", m.group(0), s.index, value=2.0, counts=counts))
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


def find_figures(sentences: list[SourceSentence], language: str) -> list[Fact]:
    """Figure facts of the source sentences; `value` normalised (scale words and suffixes applied)."""
    lang = language.split("-")[0].lower()
    out: list[Fact] = []
    for s in sentences:
        # Arabic glues "and" to a number ("و20 %"): read it as if spaced, at the same offsets.
        # So are "by" and "to", often with a tatweel ("بـ3 أهداف", "لـ50 قتيلا").
        # Hebrew glues its prefixes too, mostly with a hyphen (ב-8%) but not always (ב8%).
        glued = {"ar": r"(?<!\S)[وبلفك]\u0640?(?=[0-9\u0660-\u0669])", "he": r"(?<!\S)[ובלמהכש]{1,2}(?=[0-9])"}
        readable = re.sub(glued[lang], lambda m: " " * len(m.group(0)), s.text) if lang in glued else s.text
        numbers = _changes_apart(s.text, _local_ranges(s.text, find_numbers(readable, lang), lang), lang)
        fraction_spans = [m.span() for m in _FRACTION.finditer(s.text)] if lang == "en" else []
        if lang == "en":
            out.extend(_fractions(s))
        else:
            if lang == "he":  # "שנה וחצי": one and a half, no number written
                halves, fraction_spans = hebrew_and_a_half(s)
                out.extend(halves)
            for fraction, (a, b) in zip(*_word_fractions(s, lang), strict=True):
                inside = any(a < y and x < b for x, y in fraction_spans)  # the half of "שנה וחצי"
                if not inside and not any(n.start < b and a < n.end for n in numbers):
                    out.append(fraction)  # not the half of "to og en halv time" (2.5, read as one number)
                    fraction_spans.append((a, b))
        if lang == "ar":
            out.extend(_arabic_duals(s, numbers))
        start = len(out)
        spelled_years = arabic_spelled_years(s.text, numbers) if lang == "ar" else set()
        for n in numbers:
            if n.start in spelled_years or any(a <= n.start < b for a, b in fraction_spans):
                continue  # the "two" of "two thirds of" is read with its fraction
            if lang == "ar" and n.spelled and re.match(r"[وبل]?ال", n.text) and n.value_max is None:
                continue  # "المصابين الثلاثة", "نقل الثلاثة": the three already named, not a new figure
            if lang == "he" and n.spelled and re.match(r"[ובלמש]?ה", n.text) and n.value_max is None:
                continue  # "השני", "השלושה": an ordinal or the ones already named
            if is_score(s.text, n) or is_list_marker(s.text, n) or (lang == "he" and not_a_hebrew_figure(s.text, n)):
                continue
            aged = n.kind == "year" and re.match(r"\s*-?\s*years?[- ]old\b", s.text[n.end :])
            if aged:  # "a 2000 year old tradition": an age, not a date
                n = dataclasses.replace(n, kind="number")
            elif n.kind == "year":
                quantity = as_quantity(s.text, n, lang)
                counted = quantity.qualifier and quantity.qualifier.lower() not in ("up to", "op til", "op mod")
                if counted and re.match(r"\s+[^\W\d_A-ZÆØÅ]", s.text[n.end :]):
                    n = quantity  # "more than 2000 homes": a quantity, not a year
            if n.kind in ("year", "time") or is_date_part(s.text, n, lang) or part_of_name(s.text, n, lang):
                continue
            after = s.text[n.end :]
            if n.spelled and skip_spelled(n, s.text[: n.start], after, lang):
                continue
            unit, span = unit_after(after, lang)
            if unit is None and n.spelled and "-" in n.text:
                unit = unit_after(n.text[n.text.index("-") :], lang)[0]  # "a three-year contract"
            if n.currency:
                unit = n.currency
            elif unit is None and n.kind == "percent":
                unit = "percent"
            elif unit is None and lang == "he" and re.search(r"(?<!\S)פי\s+$", s.text[: n.start]):
                unit = "times"  # "פי שלושה": threefold
            elif unit is None and re.match(_PERCENT_AFTER_NEXT, after):
                unit, span = "percent", len(after) - len(after.lstrip())  # "fra 5 til 7 procent": both percent
            if lang == "ar" and n.spelled and dual_unit(n.text):
                unit = dual_unit(n.text)
            if lang == "he" and n.spelled:
                unit = next((u for w, u in _HE_DUALS.items() if re.fullmatch(rf"[ובלמהכש]{{0,2}}-?{w}", n.text)), unit)
            currency = re.match(_CURRENCY_AFTER, after) if n.currency is None and unit is None else None
            if currency:  # "ملياري دولار", "a million euros": a spelled sum the number reader left bare
                n = dataclasses.replace(n, currency=_CURRENCY_CODES[currency.group(1).lower()])
                unit = n.currency
            rest = after[span:] if not n.currency else re.sub(CURRENCY_WORDS, "", after)
            counts = counts_of(s.text, n, rest, unit, lang)
            counts = (hebrew_counts(s.text, n, counts) or counts) if lang == "he" else counts
            if unit == "years" and re.match(r"-year-old|-årig", after):  # "a 25-year-old", "en 25-årig"
                counts = f"age ({counts.split(' (')[0]})" if counts and counts != "age" else "age"
            out.append(
                Fact("figure", _figure_text(s.text, n), s.index, value=n.value, value_max=n.value_max,
                     qualifier=n.qualifier, unit=unit, counts=counts, number=n)
            )  # fmt: skip
        share_counts([f for f in out[start:] if f.number is not None], s.text)
        share_forward([f for f in out[start:] if f.number is not None], s.text, lang)
    return _without_numbered_names(out, {s.index: s.text for s in sentences})


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

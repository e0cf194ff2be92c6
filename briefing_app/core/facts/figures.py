"""Figures: every quantity the article reports, with its unit and what it counts.

Always read from the source text itself, whatever its language (a translation may have changed the
number; that is for the fidelity check to catch). Years, clock times and dates are left to the
dates extractor; ordinals and "the two said" are not figures.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.numbers import NumberMatch, dual_unit, find_numbers, strip_arabic_marks

# Unit stems per language (a word starting with the stem is that unit); value = the unit's name.
UNITS: dict[str, dict[str, str]] = {
    "en": {"kilomet": "kilometers", "km": "kilometers", "mile": "miles", "met": "meters", "percent": "percent",
           "per cent": "percent", "day": "days", "hour": "hours", "week": "weeks", "month": "months",
           "year": "years", "ton": "tons", "megawatt": "megawatts", "mw": "megawatts", "dollar": "dollars",
           "euro": "euros", "pound": "pounds", "kroner": "kroner", "hectare": "hectares", "degree": "degrees",
           "square kilomet": "square kilometers", "acre": "acres", "minute": "minutes", "litre": "litres",
           "liter": "litres", "millimet": "millimetres", "mm": "millimetres"},
    "da": {"kvadratkilomet": "kvadratkilometer", "kilomet": "kilometer", "km": "kilometer", "met": "meter",
           "megawatt": "megawatt", "terawatttim": "terawatttimer", "kroner": "kroner", "kr.": "kroner",
           "ton": "ton", "procent": "procent", "dag": "dage", "time": "timer", "år": "år", "uge": "uger",
           "måned": "måneder", "grad": "grader", "hektar": "hektar", "euro": "euro", "dollar": "dollar"},
    "ar": {"مليمتر": "millimetres", "ملليمتر": "millimetres", "ساع": "hours", "كيلومتر": "kilometres",
           "هكتار": "hectares", "ريال": "Omani rials" , "دولار": "dollars", "درج": "degrees", "يوم": "days",
           "أيام": "days", "متر": "metres", "ميغاواط": "megawatts"},
    "he": {"מגה-ואט": "megawatts", "מגוואט": "megawatts", "מעלות": "degrees", "דונם": "dunams", "ימים": "days",
           "שנים": "years", "עשורים": "decades", "שעות": "hours", 'ק"מ': "kilometres", "קילומטר": "kilometres",
           "אחוז": "percent", 'ש"ח': "shekels", "שקל": "shekels", "מטר": "metres", "טון": "tons"},
}  # fmt: skip
_EN_STOP = {
    "and", "or", "at", "in", "on", "of", "with", "from", "to", "that", "who", "which", "including", "according",
    "the", "a", "an", "have", "has", "had", "were", "was", "is", "are", "spoke", "said", "been", "for", "as",
    "by", "since", "than", "will", "would", "could", "into", "after", "before", "while", "but", "so",
}  # fmt: skip
_STATUS = {"dead", "killed", "wounded", "injured", "missing", "evacuated", "displaced", "arrested", "hurt"}
_DA_STOP = {"og", "eller", "i", "på", "af", "til", "med", "fra", "for", "som", "der", "har", "er", "blev",
            "om", "ved", "mens", "hvor", "hvis", "at", "den", "det", "de"}  # fmt: skip
_DA_MONTHS = r"(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)"
_EN_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"


def _is_date_part(text: str, n: NumberMatch, lang: str) -> bool:
    after, before = text[n.end :], text[: n.start]
    if lang == "da" and re.match(rf"\.\s*{_DA_MONTHS}", after, re.IGNORECASE):
        return True
    if lang == "en" and (re.match(rf"\s*{_EN_MONTHS}", after) or re.search(rf"{_EN_MONTHS}\s+$", before)):
        return True
    return bool(re.match(r"(?:st|nd|rd|th)\b", after))


def _unit(after: str, lang: str) -> tuple[str | None, int]:
    """The unit right after a number and how many characters it spans."""
    m = re.match(r"[\s\u00a0]*(-year-old|-year|%|٪)", after)
    if m:
        unit = {"-year-old": "years", "-year": "years"}.get(m.group(1), "percent")
        return unit, m.end()
    m = re.match(r"[\s\u00a0]*(\S+(?:\s\S+)?)", after)
    if not m:
        return None, 0
    words = strip_arabic_marks(m.group(1)).lower()
    for stem, name in sorted(UNITS.get(lang, {}).items(), key=lambda kv: -len(kv[0])):
        first = words if " " in stem else words.split()[0]
        if first.startswith(stem) and (lang in ("ar", "he") or len(stem) > 2 or first == stem):
            span = m.start(1) + len(first if " " not in stem else m.group(1))
            if lang in ("ar", "he"):  # the whole word, whatever its ending (ملّيمتراً)
                span = m.start(1) + len(m.group(1).split()[0])
            return name, span
    return None, 0


def _counts(after: str, lang: str) -> str | None:
    """What a figure counts: the words that follow it (or its unit), up to a stop word or punctuation."""
    after = re.sub(r"^\s*\([^)]*\)", "", after)
    m_of = re.match(r"\s*(?:of|af)\s+", after)
    if m_of:
        after = after[m_of.end() :]
    words: list[str] = []
    limit = 3 if lang == "en" else 2
    stop = _EN_STOP if lang == "en" else _DA_STOP if lang == "da" else set()
    tokens = re.findall(r"[^\s,.;:()\"“”«»،]+|[,.;:()\"“”«»،]", after)
    for i, token in enumerate(tokens):
        if not re.match(r"\w", token) or token.lower() in stop or len(words) == limit:
            if lang == "en" and words and token.lower() in {"have", "has", "had", "were", "was"}:
                rest = tokens[i + 1 : i + 3]
                participle = next((t for t in rest if t.endswith("ed") or t in _STATUS), None)
                if participle:
                    words.append(participle)
            break
        words.append(token)
        if lang == "en" and token.lower() in _STATUS:
            break
    return " ".join(words) or None


def find_figures(sentences: list[SourceSentence], language: str) -> list[Fact]:
    """Figure facts of the source sentences; `value` normalised (scale words applied)."""
    lang = language.split("-")[0].lower()
    out: list[Fact] = []
    for s in sentences:
        for n in find_numbers(s.text, lang):
            if n.kind in ("year", "time") or _is_date_part(s.text, n, lang):
                continue
            after = s.text[n.end :]
            if n.spelled and (
                n.raw == 1
                or re.match(r"\s+(?:" + "|".join(("said", "say", "told", "added", "sagde")) + r")\b", after)
                or re.match(r"\s*[,.;:]", after)
                and lang in ("en", "da")
            ):
                continue
            unit, span = _unit(after, lang)
            if unit is None and n.kind == "percent":
                unit = "percent"
            if lang == "ar" and n.spelled and dual_unit(n.text):
                unit = dual_unit(n.text)
            rest = after[span:]
            of_phrase = re.match(r"\s*(?:\([^)]*\)\s*)?(?:of|af|من)\s", rest)
            counts = _counts(rest, lang) if unit is None or of_phrase or n.kind == "percent" else None
            if unit == "years" and after.startswith("-year-old"):
                counts = f"age ({counts})" if counts else "age"
            out.append(
                Fact("figure", _figure_text(s.text, n), s.index, value=n.value, value_max=n.value_max,
                     qualifier=n.qualifier, unit=unit, counts=counts, number=n)
            )  # fmt: skip
    return out


def _figure_text(text: str, n: NumberMatch) -> str:
    """The figure as written, with its qualifier when there is one."""
    if n.qualifier:
        at = text.rfind(n.qualifier.rstrip("-"), 0, n.start)
        if at >= 0:
            return text[at : n.end]
    return n.text

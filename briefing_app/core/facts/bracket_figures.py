"""Figures in brackets that lean on the words before them:

- a bare number after a plural noun restates how many that noun counts: "59.2 per cent of patients (4.5million)",
  "300 homes (12 per cent)" is read elsewhere; the reader took the percent's "cent of patients" for it;
- a figure right after a capitalised name in a list of names and figures counts what the figure before it counts,
  for that name: "... at Kessby Trust, where 42.4 per cent waited. Holm Trust (43.2 per cent) and Tolvik Trust
  (46.1 per cent) also fell behind" (each had nothing).
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

_NOUN_THEN_BRACKET = re.compile(r"\b([a-z][a-z-]{2,}s)\s*\(\s*(?:about\s+|some\s+|nearly\s+|around\s+)?$")
_NAME_THEN_BRACKET = re.compile(r"((?:[A-Z][\w'’&.-]*\s+){0,6}[A-Z][\w'’&.-]*)\s*\(\s*$")
_BRACKET_CLOSES = re.compile(r"\s*(?:%|per\s*cent|percent|m|bn|million|billion)?\s*\)")


def bracketed_figures(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a bracketed figure the noun or the measure the words before the bracket say it counts."""
    for k, f in enumerate(figures):
        n = f.number
        text = texts.get(f.sentence, "")
        if n is None or not _BRACKET_CLOSES.match(text, n.end):
            continue
        before = text[: n.start]
        noun = _NOUN_THEN_BRACKET.search(before)
        if noun and f.unit is None and (f.counts is None or f.counts.startswith("cent")):
            f.counts = noun.group(1)  # "of patients (4.5million)": how many patients
            continue
        name = _NAME_THEN_BRACKET.search(before)
        if name is None or f.counts:
            continue
        lead = [e for e in figures[:k] if e.number is not None and e.unit == f.unit and e.counts
                and f.sentence - 1 <= e.sentence <= f.sentence]  # fmt: skip
        base = lead[-1].counts.split(" (")[0] if lead and lead[-1].counts else ""
        if base:
            f.counts = f"{base} ({name.group(1)})"

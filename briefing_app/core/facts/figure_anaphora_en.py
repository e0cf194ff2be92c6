"""A change told of "the figure" that the sentence before gave (English): "In the week to 7 January 1,816 new
cases were recorded each day. That figure is up 14% on the week." The change counts what that earlier count
counts; read alone it counted "figure".
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

# "The figure", "That figure", "This number" opening the clause the change is told in.
_SPANS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"}
_THE_FIGURE = re.compile(r"(?:^|[;:.]\s+)(?:The|That|This|the|that|this)\s+(?:latest\s+)?(?:figure|number)\b[^.;:]*$")


def share_figure_anaphora(facts: list[Fact], text: str, earlier: list[Fact], sentence: int) -> None:
    """Give a figure whose reading is "figure" (the clause's subject "The figure") what the last figure of the
    sentence before counts, when that one is no percentage (the level the change is of)."""
    for f in facts:
        n = f.number
        if n is None or (f.counts or "").split(" (")[0].lower() not in ("figure", "number", "latest figure"):
            continue
        if not _THE_FIGURE.search(text[: n.start]):
            continue
        before = [e for e in earlier if e.sentence == sentence - 1 and e.counts and e.unit != "percent"]
        # (a level in the unit the figure has: "27,400 patients were still waiting more than two years ... The
        # figure is down from 60,084": the patients, not the span of their wait)
        same = [e for e in before if e.unit == f.unit]
        before = same or [e for e in before if e.unit not in _SPANS]
        if before:
            f.counts = before[-1].counts


# "This was 76 per cent more than a year previously", "It was 45 per cent higher": a pronoun for the level the
# sentence before gave, opening the clause, and a comparison after the share.
_PRONOUN_BEFORE = re.compile(
    r"^\s*(?:This|It|That)\s+(?:was|is|has\s+been|had\s+been|would\s+be)\s+(?:also\s+)?"
    r"(?:(?:about|around|nearly|almost|some|just|roughly|more\s+than|over)\s+)?$"
)
_COMPARED_AFTER = re.compile(
    r"\s*(?:%|per\s*cent|percent|pc)?\s+(?:more|less|fewer|higher|lower|up|down|above|below|greater|smaller)\b"
)


def share_pronoun_change(facts: list[Fact], text: str, earlier: list[Fact], sentence: int) -> None:
    """Give a share with no noun of its own, told of "This"/"It" opening the sentence, what the first level of
    the sentence before counts ("There were 26,029 patients ... . It was 45 per cent more than a year
    previously": patients)."""
    for f in facts:
        n = f.number
        if n is None or f.counts or "percent" not in (n.kind, f.unit):
            continue
        if not _PRONOUN_BEFORE.match(text[: n.start]) or not _COMPARED_AFTER.match(text[n.end :]):
            continue
        levels = [e for e in earlier if e.sentence == sentence - 1 and e.counts and e.unit != "percent"
                  and e.unit not in _SPANS and not e.counts.startswith("age")]  # fmt: skip
        if levels:
            f.counts = levels[0].counts

"""Standings, results and polls written as prose rows: a name and its bare number, row after row, the noun said
once before the rows (often in the sentence before): "Gordon leads with 717 points. Earnhardt, Jr. with 693;
Keselowski, 666; Kenseth, 661 ...", "Labour won 355 seats; the Conservatives, 198; the Liberals, 62". Each row's
number counts that noun, for the name of its row; without this the reader takes the nearest capitalised word
("Jr") for what the number counts.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.sharing import own_noun

# A row's name right before its number: at the sentence's start or after a row's end (";", ",", "and"), capitalised
# words (a suffix such as "Jr." after a comma stays with its name), then ",", "with" or "on".
_ROW_NAME = re.compile(
    r"(?:^|[;,]\s*(?:and\s+)?|\band\s+)(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’.&-]*(?:(?:\s+|,\s+(?=(?:Jr|Sr|II|III|IV)\b))[A-Z][\w'’.&-]*){0,3})"
    r"(?:,\s*|\s+(?:with|on)\s+)$"
)
# What ends a row: the next row, the list's close, or the sentence's end.
_ROW_END = re.compile(r"\s*(?:%|percent|per\s+cent)?\s*(?:[;.]|,|$|\s+and\b)")


def _row_name(f: Fact, text: str) -> str | None:
    assert f.number is not None
    m = _ROW_NAME.search(text[: f.number.start])
    if m is None or not _ROW_END.match(text, f.number.end):
        return None
    return m.group("name").rstrip(".")


def share_table_rows(facts: list[Fact], text: str, earlier: list[Fact], earlier_text: str, lang: str) -> None:
    """Give the bare numbers of a table written as rows ("X, 693; Y, 666") the noun of the figure the table follows,
    in this sentence or the one before (`earlier`, read in `earlier_text`), as "points (X)"."""
    if lang != "en" or not facts:
        return
    rows = [(f, name) for f in facts if (name := _row_name(f, text)) and not own_noun(f, text, lang)]
    if len(rows) < 2:
        return
    first, last = rows[0][0].number, rows[-1][0].number
    assert first is not None and last is not None
    if ";" not in text[first.start : last.end] or any((f.counts or "").startswith("age") for f, _ in rows):
        # (names with numbers between commas alone are people's ages as often as a table: "Smith, 42, and Jones, 31")
        return
    lead = [(f, text) for f in facts if f.number is not None and f.number.end <= first.start]
    lead = lead or [(f, earlier_text) for f in earlier[-1:]]
    if not lead:
        return
    head, head_text = lead[-1]
    if head.number is None or not head.counts or head.unit != rows[0][0].unit or not own_noun(head, head_text, lang):
        return
    noun = head.counts.split(" (")[0]
    for f, name in rows:
        f.counts = f"{noun} ({name})"

"""List and section markers: "1." opening a list's item, "2.3.1" opening a heading; no quantity."""

from __future__ import annotations

import re

from briefing_app.core.numbers import NumberMatch

# A section number opening a heading: two or more levels ("2.3.1") or a level closed by a full stop ("1.1."),
# then a capitalised word or nothing; "3.5 million" and "1.5 Mio." have one level and no closing stop.
_SECTION_NUMBER = re.compile(
    r"\s*(\d{1,2}(?:\.\d{1,2}\.(?:\d{1,2}\.?)*|\.\d{1,2}\.\d{1,2}\.?))(?:\s+[^\W\d_]*[A-ZÆØÅ]|\s*$)"
)


# A list item's number opening its sentence with a dash after it ("1- صور ...", "2 – Interviews"), not a range
# left open ("20- to 30-year-olds", "5- og 6-årige") nor a score ("3-1").
_DASHED_ITEM = re.compile(r"\d{1,2}\s?[-–]\s+(?!(?:to|and|or|til|og|eller|إلى|الى|עד|ו)\s)[^\W\d_]")


_IS_LIST_MARKER_RE1 = re.compile(r"\d{1,2}[.)](?:\s|$)")


def is_list_marker(text: str, n: NumberMatch) -> bool:
    """A list's item number ("1." standing alone, "Solutions: 1. change ... 2. put ..."): the first item
    after a colon or at the start with a "2." to come, or one more than a marker just before it."""
    section = None if n.spelled else _SECTION_NUMBER.match(text)
    if section and n.end <= section.end(1):
        return True  # "1.1. Version", "2.3.1 Directory layout", "2.2.": a document's section number
    if not n.spelled and not text[: n.start].strip() and _DASHED_ITEM.match(text[n.start :]):
        return True  # "1- صور لدمار المشافي", "2 – Interviews with witnesses": an item marked with a dash
    if n.spelled or not _IS_LIST_MARKER_RE1.match(text[n.start :]) or not float(n.value).is_integer():
        return False
    number = int(n.value)
    if text.strip() in (f"{text[n.start:n.end]}.", f"{text[n.start:n.end]})"):
        return True
    before = text[: n.start].rstrip()
    if number < 20 and re.fullmatch(r"\.\s*", text[n.end :]) and re.search(r"(?:[,“\"(]|^)$", before):
        return True  # 'the caption "1.' and 'Stop It, 2.': a marker the sentence splitter cut a list at
    if number == 1:
        return (not before or before.endswith(":")) and re.search(r"(?<![\w.,])2[.)]\s", text[n.end :]) is not None
    return re.search(rf"(?<![\w.,]){number - 1}[.)]\s", text[: n.start]) is not None

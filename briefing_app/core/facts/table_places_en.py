"""A place on a chart or a ranking said with a bare number: a rank, not a quantity the article reports.

Sport and entertainment copy gives a player's world ranking ("the Latvian, at 88 in the world, served well")
and a chart's places ("Kettle Drum's Brass Age is at 6, Ollo's Tin Moon climbs to 9") as bare numbers after
"at" or a verb of moving on the table. Nothing is counted there; the number names a place.
"""

from __future__ import annotations

import re

from briefing_app.core.numbers import NumberMatch

# "at 88 in the world", "at No 88 in the world": a world ranking, whatever the clause.
_AT_BEFORE = re.compile(r"\bat\s+(?:No\.?\s*|number\s+)?$", re.IGNORECASE)
_IN_THE_WORLD_AFTER = re.compile(r"\s+in\s+the\s+world\b")

# A chart's place: a verb of being or moving on the table, then "at"/"to" and a bare number ending its clause
# ("is at 6,", "holds at 4,", "climbs to 9 and"), never a count with its noun ("climbs to 9 singles").
_PLACE_VERB_BEFORE = re.compile(
    r"\b(?:is|are|was|were|holds?|held|stays?|stayed|remains?|remained|sits?|sat|climbs?|climbed|rises?|rose|"
    r"falls?|fell|drops?|dropped|slips?|slipped|jumps?|jumped|moves?|moved|debuts?|debuted|re-enters?|"
    r"re-entered|enters?|entered|lands?|landed)\s+(?:up\s+|down\s+|back\s+)?(?:at|to|in\s+at)\s+"
    r"(?:No\.?\s*|number\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[,.;:!?)]|$|[–—-]\s|\s(?:and|while|but|with|after|this|(?:on|in)\s+the)\b)")
# The sentence must be about a chart or a ranking ("the Top 5", "the singles chart", "ranked"): "the toll is at
# 12, officials said" stays a count.
_TABLE_WORDS = re.compile(
    r"\b(?:charts?|top\s+(?:\d{1,3}|five|ten|twenty|forty)|number\s+one|No\.?\s?1|singles?|albums?|standings|"
    r"rankings?|ranked|seeded|seeds?)\b",
    re.IGNORECASE,
)


def table_place(text: str, n: NumberMatch) -> bool:
    """Whether `n` is a place on a chart or a ranking ("at 88 in the world", "Brass Age is at 6,")."""
    if n.spelled or n.currency or n.value_max is not None or n.kind != "number" or not n.text.isdigit():
        return False
    before, after = text[max(0, n.start - 40) : n.start], text[n.end :]
    if _AT_BEFORE.search(before) and _IN_THE_WORLD_AFTER.match(after):
        return True
    if n.raw > 200 or not _PLACE_VERB_BEFORE.search(before) or not _CLAUSE_END_AFTER.match(after):
        return False
    return _TABLE_WORDS.search(text) is not None

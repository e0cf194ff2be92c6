"""Bands named by what only a music act is or does (English): a reader takes "X were crowned best live act" or
"X's new album" for a band without knowing the name, and no list of bands could keep up with the charts.

- plural deeds: "X were crowned", "X are nominated in three categories", "X have been shortlisted" (British copy
  writes a band in the plural; a person is never "are"), the name alone, no list before it;
- charts: "the Billboard 200 chart", "topped the US Kessbeat chart", "the Harbour Hot 100": a chart is named by the
  magazine, firm or service that compiles it;
- works and members: "X's new album", "X's debut single", "X's lead singer", "X's guitarist" (a soloist named by one
  word has albums too: the caller takes no name the people finder read, nor a given or family name).
"""

from __future__ import annotations

import re

from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.gated import gated
from briefing_app.core.facts.roles import is_role_noun

_DEEDS = gated(
    r"(?<![\w'’.@#-])(?<!\band\s)(?<!&\s)(?<!,\s)(?<!\bthe\s)(?<!\bThe\s)"
    r"([A-Z][a-z]+[A-Za-z]*)\s+(?:are|were|have\s+been|had\s+been)\s+(?:also\s+|again\s+|now\s+)?"
    r"(?:crowned|nominated|shortlisted|short-listed)\b"
)
_WORKS = gated(
    r"(?<![\w'’.@#-])([A-Z][a-z]+[A-Za-z]*)['’]s\s+(?:(?:new|debut|latest|last|next|forthcoming|comeback|first|"
    r"second|third|fourth|fifth|sixth|seventh|greatest\s+hits|live|studio|hit|chart-topping)\s+){0,2}"
    r"(?:album|albums|single|singles|LP|EP|frontman|frontwoman|lead\s+singer|guitarist|drummer|bassist|"
    r"keyboard\s+player|bandmates?)\b"
)

# A chart named by its compiler ("the Billboard 200 chart", "the Kessbeat albums chart", "the weekly Harbour Hot 100
# chart"); a country, a people's word or a common word before "chart" is no compiler ("the UK chart", "the Irish
# chart", "the Christmas chart": the caller's filters of places, names and common words).
_CHART = gated(
    r"(?<![\w'’.@#-])([A-Z][a-z]+[A-Za-z]*)\s+(?:Hot\s+)?(?:\d{2,3}\s+)?(?:(?:albums?|singles?|streaming|sales)\s+)?"
    r"charts?\b"
)


def common_plural(word: str) -> bool:
    """Whether a capitalised word is a common noun or its plural ("Candidates", "Nurses", "Officials"), as a
    sentence's first word may be."""
    low = word.lower()
    if low in common_words():
        return True
    if not low.endswith("s"):
        return False
    stems = (low[:-1], low[:-2], low[:-3] + "y") if low.endswith("ies") else (low[:-1], low[:-2])
    return any(s in common_words() or is_role_noun(s) for s in stems)


# A capitalised word right before the name: the name is the last word of a longer one ("A Roe and Mary Quarles
# were crowned": two people, the family name of the second no band).
_NAME_GOES_ON_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+$")


def act_deeds(text: str) -> list[tuple[str, int]]:
    """(name, where) of one-word names a sentence makes the plural subject of an act's deed (see _DEEDS)."""
    return [
        (m.group(1), m.start(1))
        for m in _DEEDS.finditer(text)
        if not common_plural(m.group(1)) and not _NAME_GOES_ON_BEFORE.search(text, 0, m.start(1))
    ]


def act_works(text: str) -> list[tuple[str, int]]:
    """(name, where) of one-word names whose album, single or band member a sentence names (see _WORKS)."""
    return [(m.group(1), m.start(1)) for m in _WORKS.finditer(text)]


def named_as_act(name: str, texts: list[str]) -> bool:
    """Whether a sentence makes the one-word `name` the plural subject of an act's deed: a band, whatever the
    tagger makes of a name that is also a family name ("Quarles were crowned")."""
    return any(word == name for t in texts if name in t for word, _ in act_deeds(t))


def chart_compilers(text: str) -> list[tuple[str, int]]:
    """(name, where) of one-word names a sentence gives a chart to (see _CHART)."""
    return [(m.group(1), m.start(1)) for m in _CHART.finditer(text) if not common_plural(m.group(1))]

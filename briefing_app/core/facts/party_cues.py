"""Parties named by their own words, which no list holds for every country, read from what the sentence says of
them: "the Fine Gael party" (a name before a lower-case "party") and "Fine Gael TDs", "Likud MPs", "Syriza
lawmakers" (a name before the plural of a legislator). The first cue is `org_cues`'s, read here over the whole
story: a story about politics names its parties so in any sentence. Such a name is a party, a body, and no person,
though its words look like a given and a family name.

A place or a people's adjective before the plural is a constituency or a nationality, no party ("Dublin TDs",
"Welsh MPs"); a name the gazetteer knows is read by the gazetteer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.gazetteer import lookup
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.org_cues import POLITICS, parties_after_owner
from briefing_app.core.facts.people_nationality import is_nationality

_NAME = r"((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)"
_BEFORE_MEMBERS = re.compile(
    rf"(?<![\w'’-]){_NAME}\s+(?:TDs|MPs|MEPs|MSPs|MLAs|MKs|senators|councillors|councilors|lawmakers|legislators|"
    r"parliamentarians|deputies)\b"
)
# Words that open a sentence or qualify the plural and are no party's ("Two MPs", "Senior TDs", "Backbench MPs").
_NOT_A_PARTY = {"The", "Two", "Three", "Four", "Five", "Six", "Many", "Some", "Several", "Other", "Senior", "Junior",
                "Backbench", "Opposition", "Government", "Independent", "Rebel", "Former", "All", "Most", "Few",
                "Both", "Female", "Male", "Young", "New", "Veteran", "Local", "European", "National", "Fellow",
                "Leading", "Top", "Dissident", "Retiring", "Sitting", "Serving", "Outgoing", "Ordinary"}  # fmt: skip
# Words that end a legislature's or a body's name, no party's ("Parliament lawmakers", "Assembly members").
_BODY_WORDS = {"Parliament", "Assembly", "Congress", "Senate", "House", "Council", "Chamber", "Knesset", "Dáil"}


def parties_by_cue(sentences: Sequence[SourceSentence], lang: str) -> dict[str, int]:
    """Each party name the sentences show by a cue, with the index of the first sentence that shows it."""
    if lang != "en":
        return {}
    # ("the overwhelming majority in the Fine Gael party": a story about politics names its parties so anywhere)
    politics = sum(1 for s in sentences if POLITICS.search(s.text)) >= 2
    found: dict[str, int] = {}
    for s in sentences:
        for _, _, name in parties_after_owner(s.text, politics):
            if lookup(name) is None:
                found.setdefault(name, s.index)
        for m in _BEFORE_MEMBERS.finditer(s.text):
            if lookup(m.group(1)) is not None:
                continue  # "European Parliament lawmakers": a body the gazetteer knows whole
            words = m.group(1).split()
            while words and words[0] in _NOT_A_PARTY:
                words = words[1:]
            name = " ".join(words)
            if not name or is_nationality(words[-1]) or words[-1] in _BODY_WORDS or lookup(name) is not None:
                continue
            if _place_before_party(words):
                continue  # "Leeds Labour MPs": the members' place, then a party the gazetteer reads
            if len(words) == 1 and sum(c.isupper() for c in name) < 2:
                continue  # "Congressional lawmakers", "Federal MPs": one capitalised word is as often an adjective
            found.setdefault(name, s.index)
    return found


def _place_before_party(words: list[str]) -> bool:
    """A place the gazetteer knows, then a party it knows (or that party's adjective, "Conservative" of
    "Conservatives"): "Leeds Labour", "Bristol Tory". A party whose name opens with a place ("Ulster Unionist")
    is no known party after the place, and stays."""
    if len(words) < 2 or (place := lookup(words[0])) is None or place.kind != "place":
        return False
    rest = " ".join(words[1:])
    party = lookup(rest) or lookup(rest + "s")
    return party is not None and party.kind == "organisation"

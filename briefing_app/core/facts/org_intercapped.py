"""Organisations named by one coined word with a capital inside, where the sentence makes it the source of news:
"PollCo found", "as NewsHub notes", "first reported by TrendBeat", "data from GfQ", "KTSoft's new game".

Firms, pollsters, sites and outlets coin such words; a person's name has a capital inside only after a family
prefix ("McAlder", "MacRory", "DeVane", "LaRue"), and products, events and slogans coin them too ("the
PlayStation", "at KessFest", "its DemoCube"). So the word counts only where a body does: saying or finding
something, being the one something is reported by or comes from, or owning what follows it. A word after a
capitalised word ("Channel NewsHub", "Lady GoGo") ends a longer name that other modules read, and a word other
modules took is theirs.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.name_words import LEADING_FUNCTION_WORDS
from briefing_app.core.facts.reporting_verbs import ACCORDING_TO, SPEECH_VERBS, en

# One word: a capital, lower-case letters, a capital inside ("NewsHub", "GfQ"), or two or more capitals before a
# capitalised word ("KTSoft"); no hyphen, apostrophe-word or dot glued on (handles, addresses, "e.g.").
_INTERCAPPED = re.compile(
    r"(?<![\w@#/.’'-])(?:[A-Z][a-z]+[A-Z]|[A-Z]{2,}(?=[A-Z][a-z]))[A-Za-z]*(?![\w@/-]|['’]\w\w|\.\w)"
)
# A family name's prefix before the inner capital: "McAlder", "MacRory", "DeVane", "LaRue", "VanDorn", "AlFarsi".
_FAMILY_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|Del|Della|La|Le|Lo|Van|Von|Fitz|Al|El|Ben|Abu|St)[A-Z]")
# Capitals with an ending: a plural or members of a body, not a coined name ("NGOs", "GOPers", "CEOs").
_CAPITALS_ENDING = re.compile(r"[A-Z]+(?:s|ers|ites|ists)")
# What a body does right after its name: says, finds, reports ("GfQ reveals", "PollCo, found that").
_SOURCE_VERBS = "|".join(
    (*SPEECH_VERBS["en"], en("report publish reveal", "s past"), "found", "finds", "showed", "shows", "documented",
     "estimated", "estimates", "suggests", "forecast", "forecasts", "calculated", "calculates")
)  # fmt: skip
_SOURCE_AFTER = re.compile(rf",?\s+(?:{_SOURCE_VERBS})\b|['’]s?\s+\w")
# Where a report comes from: "reported by TrendBeat", "data from GfQ", "told NewsHub", "according to PollCo".
_SOURCE_BEFORE = re.compile(rf"\b(?:by|from|told|via|{ACCORDING_TO})\s+$")
# A capitalised word before ("Channel NewsHub"), or one joined by "&" ("Royal & SunCo"); a function word opening the
# sentence is none ("As NewsHub notes").
_CAPITALISED_BEFORE = re.compile(r"\b([A-Z][\w.’'&-]*)\s+(?:&\s+)?$")


def intercapped_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of each coined one-word organisation `text` names as a source (see the module)."""
    out = []
    for m in _INTERCAPPED.finditer(text):
        word = m.group(0)
        if _FAMILY_PREFIX.match(word) or _CAPITALS_ENDING.fullmatch(word) or word[-1].isupper() and len(word) > 3:
            continue  # "McAlder"; "NGOs"; "NextSTEP", "ArenA": a styled word, no coined name
        before = text[max(0, m.start() - 30) : m.start()]
        capitalised = _CAPITALISED_BEFORE.search(before)
        if capitalised and capitalised.group(1).lower() not in LEADING_FUNCTION_WORDS:
            continue  # "Channel NewsHub": the end of a longer name
        if _SOURCE_BEFORE.search(before) or _SOURCE_AFTER.match(text, m.end()):
            out.append((m.start(), m.end(), word))
    return out

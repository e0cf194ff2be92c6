"""What an English figure counts when its subject is a noun followed by a phrase naming a list of places:
"Volume to and from the Middle East, the Far East and India rose 19 percent to 133,833", "Exports to Germany,
France and Italy fell 4 per cent", "Passengers travelling to destinations in the Middle East and Asia also increased
by three percent" (traffic, trade and results copy that splits a measure by market).

The readings before took the list's last names ("India", "France and Italy") for the subject: the names only say
where. The head noun before the preposition is what rose, so the figure gets the whole subject phrase from its
head. Only when the reading is a capitalised tail of that phrase, the phrase opens the sentence (after an optional
"The") and a verb, with no comma, leads from it to the figure; a list of names that is itself the subject ("Britain
and Ireland grew 5 per cent") has no head noun before a preposition and keeps its reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

# The head noun (a word or two, no verb), an optional participle ("travelling") and the preposition of place.
_HEAD = re.compile(
    # (at the sentence's start or a second clause's: "..., while volume to and from A, B and C rose 19 percent")
    r"(?:^|[,;]\s+(?:while|whereas|and|but)\s+|;\s+)\s*(?:The\s+|the\s+)?(?P<head>(?:[A-Za-z][a-z'’-]*\s+)?[A-Za-z][a-z'’-]*)\s+"
    r"(?:[a-z]+ing\s+)?(?:to\s+and\s+from|from\s+and\s+to|to|from|in|into|within|across|out\s+of)\s+",
)
# Words that open a clause, never a noun phrase ("In Germany, France and Italy sales rose").
_NOT_HEADS = frozenset(
    "in on at for from to by with after before as while but and it he she they we this that there meanwhile".split()
)
# A list of names, after a plain noun and preposition or none ("destinations in the Middle East, Far East and Asia").
_NAME = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_NAMES = re.compile(rf"(?:[a-z]+\s+(?:in|to|from|of)\s+)?{_NAME}(?:\s*,\s*{_NAME})*(?:,?\s+and\s+{_NAME})?")
# From the list's end to the figure: a verb (adverbs and "by" allowed), no comma.
_TO_FIGURE = re.compile(
    r"\s+(?:(?:also|each|all|together|combined|respectively)\s+)?(?:[a-z]+ed|rose|fell|grew|were|was|are|is|"
    r"jumped|climbed|slid|dropped)\b[^,;:]*$"
)


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    found = list(matches)
    return found[-1] if found else None


def listed_place_subjects(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a figure read as the last names of a list of places the subject noun before that list."""
    for f, number, text in figure_texts(figures, texts):
        counts = (f.counts or "").strip()
        if not counts or not counts[0].isupper():
            continue
        before = text[: number.start]
        at = before.rfind(counts)
        if at <= 0 or _TO_FIGURE.match(before[at + len(counts) :]) is None:
            continue
        head = _last(_HEAD.finditer(before[:at]))
        if head is None or head.group("head").split()[0].lower() in _NOT_HEADS:
            continue
        listed = before[head.end() : at + len(counts)]
        if "," not in listed and " and " not in listed:
            continue  # one place: "Imports from China rose": read well before
        if _NAMES.fullmatch(listed) is None:
            continue  # no list of names: "Shares in Northwind rose 22 percent, while Acme gained": two clauses
        f.counts = before[head.start("head") : at + len(counts)]

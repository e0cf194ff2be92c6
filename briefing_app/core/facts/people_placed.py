"""Two capitalised words named once in passing that the article shows to be a place, not a person: the article
puts them after a preposition of place elsewhere ("the plans for Roden Vale ..." then "a protest in Roden Vale"),
or lists them with a place it names ("the gap between Malvern and Leigh Sinton")."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

# Prepositions of place a person's name does not follow (a possessive after the name, "in Jane Roe's office", is
# left out: there the name owns the place). Not "at" ("aimed at", "shouted at") nor Danish "på" ("venter på").
_IN = r"(?:in|inside|outside|near|i|nær)"


def placed_elsewhere(name: str, article_texts: Sequence[str]) -> bool:
    """Whether some sentence of the article puts `name` right after a preposition of place, as a whole name (not
    followed by a possessive or by more capitalised words of a longer name)."""
    pattern = re.compile(rf"\b{_IN}\s+{re.escape(name)}(?![\w'’-])(?!\s+[A-ZÆØÅ])")
    return any(pattern.search(text) for text in article_texts)


def listed_with_a_place(before: str, places: Collection[str]) -> bool:
    """Whether the text before a name ends in a place the article names and "and", "or", "og", "eller" ("between
    Malvern and ", "i Roskilde og ")."""
    # (the whole capitalised run before "and" is the place: "Brian M. Buckley and" lists a person, though a town
    # is called Buckley)
    m = re.search(r"(?:^|[^\w'’.-]\s*)((?:[A-ZÆØÅ][\w'’.-]*\s+)*[A-ZÆØÅ][\w'’-]*)\s+(?:and|or|og|eller)\s+$", before)
    return m is not None and m.group(1) in places


# "Leigh Sinton, near Malvern", "Kirke Såby midt mellem Roskilde og Ringsted", "Ashby, north of Leeds": a place
# located by another; no person is placed so.
_LOCATED = re.compile(
    r",?\s+(?:near|close\s+to|outside|(?:just\s+)?(?:north|south|east|west)\s+of|between|nær|tæt\s+på|"
    r"(?:nord|syd|øst|vest)\s+for|(?:midt\s+)?mellem|uden\s+for)\s+((?:the\s+)?[A-ZÆØÅ][\w'’-]*(?:\s+[A-ZÆØÅ][\w'’-]*){0,2})"
)


def located_by_a_place(after: str, places: Collection[str]) -> bool:
    """Whether the text after a name places it near, between or to a side of a place the article names."""
    m = _LOCATED.match(after)
    return m is not None and re.sub(r"^the\s+", "", m.group(1)) in places


def home_placed(after: str) -> bool:
    """Whether the words after a "from X" place X near, beside or on a named place ("from Kessbridge near the
    River Severn", "fra Landet på Tåsinge"): X is a home, no body the person speaks for."""
    return bool(_LOCATED.match(after) or re.match(r"\s+på\s+[A-ZÆØÅ][a-zæøå]+(?=[\s,.])(?!\s+[A-ZÆØÅ])", after))

"""A town's name that the article also gives a person as family name ("President Obama" ... "stand up to
Obama"): in that article the bare word is the person, not the town (Obama, Fukui); and a place of several
words that is a person's full name there ("Ray Lane has moved ..."), unless a preposition of place puts it on a
map. Only English and Danish, whose people finders give the family name; Arabic and Hebrew names carry no capital
to tell them by."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.gazetteer import lookup, towns
from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.name_words import TITLE_BEFORE

# A title and the capitalised word after it ("President Obama"): that word is a person's name in this article.
assert TITLE_BEFORE.pattern.endswith(r"\s+$")
_TITLED = re.compile(TITLE_BEFORE.pattern.removesuffix(r"\s+$") + r"\s+([A-Z][\w'’-]+)(?![\w'’-])")
# A preposition that puts the word on a map ("in Hull", "near Jackson"): then it is the town after all.
PLACE_PREPOSITION = re.compile(r"\b(?:in|at|near|outside|i|ved|nær)\s+$", re.IGNORECASE)
# The prepositions of a site of several words, a street or a square among them: "on Mill Road", "along X Avenue".
_SITE_PREPOSITION = re.compile(r"\b(?:in|at|near|outside|on|along|off|across|into|onto)\s+(?:the\s+)?$", re.IGNORECASE)
# A comma and the region or country the town is in ("of Allen, Texas", "from Reading, England"): on a map too.
_STATE_AFTER = re.compile(r",\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?![\w'’-])")


def in_a_region(text: str, end: int) -> bool:
    """Whether a comma and a region or country the gazetteer knows follow the word ending at `end` ("of Allen,
    Texas"): the word is a town on a map, whoever else bears the name."""
    m = _STATE_AFTER.match(text, end)
    entry = lookup(m.group(1)) if m else None
    return entry is not None and entry.kind == "place" and entry.detail in ("region", "country")


def drop_towns_named_as_people(
    named: list[Fact], people: Sequence[Fact], sentences: Sequence[SourceSentence], language: str
) -> list[Fact]:
    """`named` less the one-word towns (not countries, capitals or regions) whose name is the last word of a
    person's name in the same article, or follows a title there, and that no preposition of place introduces."""
    if language not in ("en", "da"):
        return named
    family = {p.text.split()[-1] for p in people if " " in p.text or p.role}
    family |= {m.group(1) for s in sentences for m in _TITLED.finditer(s.text)}
    text_of = {s.index: s.text for s in sentences}

    def on_a_map(fact: Fact) -> bool:
        preposition = _SITE_PREPOSITION if " " in fact.text else PLACE_PREPOSITION  # ("on Donald Street": a street)
        for index in fact.sentences or [fact.sentence]:
            text = text_of.get(index, "")
            for m in re.finditer(rf"(?<![\w'’-]){re.escape(fact.text)}(?![\w'’-])", text):
                if preposition.search(text[: m.start()]) or in_a_region(text, m.end()):
                    return True
        return False

    full_names = {p.text for p in people if " " in p.text}

    def a_persons_town(fact: Fact) -> bool:
        if fact.kind == "place" and fact.text in full_names:
            return not on_a_map(fact)  # "Ray Lane has moved from ...": a person whose surname is a street's word
        if fact.kind != "place" or " " in fact.text or fact.text not in family:
            return False
        entry = lookup(fact.text)
        town = fact.text in towns() if entry is None else entry.detail == "city"  # towns.tsv: small towns
        return town and not on_a_map(fact)

    return [f for f in named if not a_persons_town(f)]


# Kinds of site no family name ends with (unlike "Street" or "Lane", which are surnames too).
_SITE_KINDS = {"Beach", "Island", "Square", "Road", "Avenue", "Bridge", "Plaza", "Roundabout", "Boulevard"}


def drop_people_named_as_sites(people: list[Fact], named: Sequence[Fact]) -> list[Fact]:
    """`people` less those with no role whose name is a site the article names as a place ("Cyclone floods
    Carolina Beach" in a headline, "in Carolina Beach" in the story): a beach or an island is no one."""
    places = {f.text for f in named if f.kind == "place"}
    return [p for p in people if p.role or p.text not in places or p.text.split()[-1] not in _SITE_KINDS]

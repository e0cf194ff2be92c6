"""Danish organisations named after their kind in the indefinite form, behind an article and an adjective: "den
danske stenuldproducent Rockwool", "det norske rederi Tolvik Shipping", "en amerikansk techgigant X".

`orgs_da.kind_then_name` reads the kind in the definite form ("producenten X"), whose ending says a name follows.
The indefinite form ("producent") says it only with the article before it: "den danske producent X" describes
X; a bare "producent" is just a noun ("som producent har han ..."). So the article (and up to two adjectives) must
stand before the compound, and the checks on the name are `kind_then_name`'s.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup, person_names
from briefing_app.core.facts.name_words import MONTHS_DAYS

# Kinds of body in the indefinite form, as the last part of a compound or alone.
_KINDS = (
    "kæde", "selskab", "virksomhed", "koncern", "firma", "producent", "fabrikant", "rederi", "dagblad", "avis",
    "parti", "klub", "forening", "bank", "fabrik", "bryggeri", "forlag", "organisation", "fond", "gigant", "medie",
    "kanal", "operatør", "grossist", "bureau", "gruppe", "forbund", "leverandør", "producent", "startup",
)  # fmt: skip
_KINDS_LONGEST_FIRST = "|".join(sorted(set(_KINDS), key=len, reverse=True))
_COMPANY_FORMS = {"A/S", "ApS", "I/S", "K/S", "P/S"}
_NAME = r"[A-ZÆØÅ0-9][\w&'’.-]*(?:\s+(?:A/S|ApS|[A-ZÆØÅ0-9][\w&'’-]*|&)){0,3}"
# The article, up to two adjectives ("den store danske"), the compound ending in a kind, then the name.
_DESCRIBED = re.compile(
    r"(?<![\w-])(?:[Dd]en|[Dd]et|[Ee]n|[Ee]t)\s+(?:[a-zæøå][a-zæøå-]*e?\s+){0,2}?"
    rf"((?:[a-zæøå][a-zæøå-]*)?(?:{_KINDS_LONGEST_FIRST}))\s+({_NAME})(?![\w'’&-])"
)


def described_kind_then_name(text: str) -> list[tuple[int, int, int, str]]:
    """(start of the kind, start, end, name) of the bodies named after an article, adjectives and their kind in the
    indefinite form (see the module): not a person (a given name and more, unless a company form ends it), a place,
    a month or a day."""
    given, _family = person_names()
    out = []
    for m in _DESCRIBED.finditer(text):
        name = m.group(2).rstrip(".")
        words = name.split()
        if (words[0] in given and len(words) > 1 and words[-1] not in _COMPANY_FORMS) or MONTHS_DAYS.match(words[0]):
            continue  # "en forening Jens Ravn stiftede": a person after the noun
        entry = lookup(name)
        if entry is not None and entry.kind == "place":
            continue  # "en klub Aalborg": the town, the place finder's
        out.append((m.start(1), m.start(2), m.start(2) + len(name), name))
    return out

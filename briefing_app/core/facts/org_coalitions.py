"""Parties named only inside a coalition's hyphenated name: "the ANC-EFF-ActionSA-PA coalition", "a CDU-SPD
government", "the Tolvik-Harbour Party alliance". Copy about coalitions (South African, Indian, German, Danish)
joins the partners' short names by hyphens before the common noun of the pact; each partner is a body.

Only names of two or more parts, each an acronym or a capitalised word no list holds as a place or a people, before
"coalition", "alliance", "government", "pact", "bloc" or "deal" (not "the Paris-London route", "a Labour-run
council": no pact after them).
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup
from briefing_app.core.facts.people_nationality import is_nationality

_PART = r"(?:[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z][a-z]+[A-Z]?[A-Za-z]*)"
_JOINED = re.compile(
    rf"(?<![\w'’.-])({_PART}(?:[-–]{_PART}){{1,5}})\s+(?:coalition|alliance|government|pact|bloc|deal|partnership)s?\b"
)


def coalition_partners(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each partner named in a coalition's hyphenated name (see the module)."""
    if "-" not in text and "–" not in text:
        return []
    out = []
    for m in _JOINED.finditer(text):
        parts = re.split(r"[-–]", m.group(1))
        known = [lookup(p) for p in parts]
        if any(k is not None and k.kind != "organisation" for k in known) or any(is_nationality(p) for p in parts):
            continue  # "the Russia-Ukraine deal", "a Franco-German pact": countries or peoples, no parties
        if sum(p.isupper() or k is not None for p, k in zip(parts, known, strict=True)) < 2:
            continue  # two partners at least are acronyms or bodies the list knows, the parties' short names
        at = m.start(1)
        for part in parts:
            start = text.find(part, at)
            out.append((start, start + len(part), part))
            at = start + len(part)
    return out

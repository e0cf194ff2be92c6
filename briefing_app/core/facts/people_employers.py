"""A firm named after its founders reads as a person ("Canaccord Adams", "Piper Jaffray"), but where a person's role
says they work "with" or "at" it ("Peter Roe, an analyst with Canaccord Adams in Toronto") or opens with it ("said
Juniper Research director Neil Roe": "Juniper Research director"), it is their employer, a body. A name after "for"
or "of" may be a person ("a lawyer for Jane Roe", "the wife of Tom Roe") and stays.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import person_names
from briefing_app.core.facts.model import Fact


def employers_read_as_people(persons: list[Fact], lang: str) -> tuple[list[Fact], list[Fact]]:
    """The persons that are another person's employer by that person's role, as organisations; and the others."""
    if lang != "en":
        return persons, []
    given = person_names()[0]
    bodies: list[Fact] = []
    for p in persons:
        first = p.text.split()[0]
        if first in given or " " not in p.text:
            continue  # ("an analyst with Jane Roe": a given name first is a person's, whatever the role says)
        employed = re.compile(rf"\b(?:with|at)\s+(?:the\s+)?{re.escape(p.text)}(?![\w'’])")
        # ("said Juniper Research director Neil Roe": a role that opens with the name and a lower-case post is a
        # post at that body)
        post_at = re.compile(rf"^{re.escape(p.text)}\s+[a-z]")
        if any(q is not p and q.role and (employed.search(q.role) or post_at.match(q.role)) for q in persons):
            bodies.append(Fact("organisation", p.text, p.sentence, sentences=list(p.sentences)))
    return [p for p in persons if all(b.text != p.text for b in bodies)], bodies

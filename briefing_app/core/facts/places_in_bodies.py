"""A place's name inside a body's name the article has already given ("China Mobile Chief Executive X said ...
China Mobile is trying ..."): the later mention is the body again, not the country and a town ("China", "Mobile").
The finder reads one sentence at a time, so a body found by its role or kind in one sentence is not known while
the next sentence's words are looked up; this pass reads the article's bodies back over the places."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import find_mentions, lookup
from briefing_app.core.facts.model import Fact


def drop_places_inside_bodies(facts: list[Fact], texts: dict[int, str], language: str) -> list[Fact]:
    """`facts` (places and organisations) with each place's sentences that name it only inside a body of two or
    more words left out, those sentences added to the body; a place left with no sentence is dropped."""
    bodies = [f for f in facts if f.kind == "organisation" and " " in f.text]
    if not bodies:
        return facts
    patterns = [(b, re.compile(rf"(?<![\w'’-]){re.escape(b.text)}(?![\w-])")) for b in bodies]
    out = []
    for fact in facts:
        if fact.kind != "place":
            out.append(fact)
            continue
        place = re.compile(rf"(?<![\w'’-]){re.escape(fact.text)}(?![\w-])")
        kept = []
        for i in fact.sentences or [fact.sentence]:
            text = texts.get(i, "")
            spans = [(b, m.span()) for b, p in patterns for m in p.finditer(text)]
            mentions = [m.span() for m in place.finditer(text)]
            inside = [next((b for b, (a, z) in spans if a <= s and e <= z), None) for s, e in mentions]
            if mentions and all(b is not None for b in inside) and not _named_outside(fact, text, spans, language):
                for body in {id(b): b for b in inside if b is not None}.values():
                    if i not in body.sentences:
                        body.sentences = sorted({*body.sentences, i})
                continue
            kept.append(i)
        if kept:
            fact.sentences = kept
            fact.sentence = kept[0]
            out.append(fact)
    return out


def _named_outside(place: Fact, text: str, spans: list[tuple[Fact, tuple[int, int]]], language: str) -> bool:
    """Whether the sentence also names the place outside every body, by another of its names ("USA Gymnastics
    ... the US body": "US" is the place "USA" again)."""
    entry = lookup(place.text)
    return entry is not None and any(
        m.entry == entry and not any(a <= m.start and m.end <= z for _, (a, z) in spans)
        for m in find_mentions(text, language)
    )

"""A number that is the subject of a copula whose predicate is a plural noun: "In addition, 59 are
recovering patients in preparation for discharge" (English).

The number counts what the predicate names ("patients"). The noun readers skip a copula only for a
participle ("12 were injured") or a share of a whole ("43% of workers are informal"), so with a modifier
in "-ing" before the noun the reading fell back on the fronted phrase before the comma ("addition"). Only a
number opening its clause (the sentence, or after a fronted phrase's comma) is read, and only when its
reading is missing or came from that fronted phrase; a fronted group ("Of the dead, three were children")
keeps the reading the group gave.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_OPENS_CLAUSE = re.compile(
    r"(?:^|,)\s*(?:(?:about|some|nearly|almost|around|roughly|another|only|just|at\s+least|more\s+than)\s+)?$",
    re.IGNORECASE,
)
_PREDICATE = re.compile(
    r"\s+(?:are|were|was|is)\s+(?:(?:all|also|now|still)\s+)?"
    r"(?P<noun>(?:[a-z]+(?:ing|ed|al|ful|ous|ive|ic|ary|ory)\s+)?[a-z]{3,}s)\b"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:in|at|on|from|with|who|and|for|aged|under|over|of|[a-z]+ing)\b)"
)
_FRONTED = re.compile(r"^\s*(?P<phrase>[A-Z][^,]{1,40}),\s*")
# "... 25 were patients at the facility and one was a staff member": a "one" of a tally whose predicate names it.
_ONE_PREDICATE = re.compile(
    r"\s+(?:was|is)\s+(?:a|an)\s+(?P<noun>(?:[a-z]+\s+)?[a-z]{3,})\b(?=\s*(?:[.,;:)]|$)|\s+(?:who|at|in|of|from|and)\b)"
)


def copula_predicates(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a number opening its clause before "are <plural noun>" that noun, when its reading said nothing else."""
    for f, number, text in figure_texts(figures, texts):
        if f.unit is not None:
            continue
        before = text[: number.start]
        one = _ONE_PREDICATE.match(text, number.end) if number.text.lower() == "one" else None
        if one and re.search(r"(?:^|,|\band)\s*$", before):
            f.counts = one.group("noun")  # (not the tally's plural the sharing gave it: "patients")
            continue
        predicate = _PREDICATE.match(text, number.end)
        if predicate is None or not _OPENS_CLAUSE.search(before):
            continue
        noun = predicate.group("noun")
        if noun.split()[-1] in ("is", "was", "has", "does", "this", "thus", "us"):
            continue
        fronted = _FRONTED.match(before)
        from_fronted = (
            fronted is not None
            and not re.match(r"(?:Of|Among|Between)\b", fronted.group("phrase"))
            and f.counts is not None
            and set(f.counts.lower().split()) <= set(fronted.group("phrase").lower().split())
        )
        if f.counts is None or from_fronted:
            f.counts = noun

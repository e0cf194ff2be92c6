"""Which named body a kind noun ("the airline", "the union", "the ministry") stands for, read by the head of each
body's name. "The Harbour Airline Pilots' Association" holds "airline" but is an association: "the airline said in a
statement" on a page naming it and Brookvale Air is the carrier, not the pilots' union. A name's head is its last
word, or the word before "of" ("Ministry of Health"); a body whose head is another kind of body is no fit for the noun
when only its modifier holds it and its head is a body of members (an association, a union, a federation)."""

from __future__ import annotations

import re

# Heads of bodies' names that make a body of their members, whatever their work ("Harbour Airline Pilots'
# Association", "Harbour Police Federation", "Harbour Hospital Workers' Union"): the noun before the head names
# whom it organises, not what it is.
_MEMBERS_BODY = re.compile(
    r"(?:association|union|federation|society|alliance|confederation|guild|forening|forbund|sammenslutning)s?"
)


def _head(name: str) -> str:
    """The head word of a body's name, lower case: the word before "of" or "for", else the last word."""
    words = re.sub(r"['’]s?\b", "", name).lower().split()
    for i, word in enumerate(words):
        if word in ("of", "for", "on") and i > 0:
            return words[i - 1]
    return words[-1] if words else ""


def fitting_heads(noun: str, names: list[str]) -> list[str]:
    """Of `names` that hold `noun`, those it can stand for: every one headed by the noun if any is, else every one
    whose head is not a body of members."""
    stem = noun.lower()[:5]
    holding = [n for n in names if stem in n.lower()]
    headed = [n for n in holding if _head(n).startswith(stem)]
    if headed:
        return headed
    return [n for n in holding if not _MEMBERS_BODY.fullmatch(_head(n))]

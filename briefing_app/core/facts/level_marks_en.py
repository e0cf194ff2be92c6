"""Whose level a figure is when the clause says it reached a mark: "The waiting list hit a new high of 7.77
million", "Unemployment reached a record low of 3.4%", "the pound fell to a 31-year low of $1.14" (English).

The noun after the figure's "of" is the mark ("high", "low", "peak"), which the reader took as what the figure
counts; the mark is a level of the verb's subject, which names what is counted. Read only where the reading so far
is that mark's noun alone, and only when the subject is a noun phrase (not a pronoun, which other rules resolve).
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import EN_STOP, PRONOUNS
from briefing_app.core.facts.subject_before import before_phrase

_MARKS = ("high", "low", "peak", "trough", "record", "level", "mark", "high point", "low point")
# A verb of reaching, an article, an optional kind of mark ("new", "record", "31-year", "all-time") and "of".
_REACHED_MARK = re.compile(
    r"\b(?:hit|hits|hitting|reached|reaches|reach|reaching|touched|touches|touching|struck|set|sets|"
    r"(?:rose|rises|risen|rising|climbed|climbs|jumped|jumps|soared|soars|surged|surges|fell|falls|fallen|falling|"
    r"dropped|drops|sank|sinks|slumped|slumps|slid|slides|plunged|plunges)\s+to)\s+"
    r"(?:an?|the|its|their|a\s+fresh|a\s+new)\s+(?:(?:new|fresh|record|all-time|historic|\S+-(?:year|month|week|"
    r"decade)|multi-year|lifetime|seasonal)\s+)*(high|low|peak|trough|record|high\s+point|low\s+point)\s+of\s+"
    r"(?:(?:about|some|nearly|around|almost|roughly|over|more\s+than|just|only)\s+)?(?:US\$|[$£€¥])?$"
)

# A copula "at" a mark, then the figure set off after a comma: "was also at its highest-ever level, | 4.45 million,".
_AT_MARK_APPOSED = re.compile(
    r"\b(?:is|was|are|were|stood|stands|remained|remains)\s+(?:(?:also|now|still|already)\s+)?at\s+"
    r"(?:its|their|an?|the)\s+(?:[\w-]+\s+){0,2}(?:level|high|low|peak|record),\s*$"
)


def mark_owner(before: str, answer: str) -> str | None:
    """The subject whose level the figure after "<reached> a new high of" is (`before`: the sentence before the
    figure; `answer`: the reading so far), or None."""
    if answer.split(" (")[0].split()[-1].lower() not in _MARKS or "(" in answer:
        return None  # (not a mark, or its owner already named: "high (Inflation)")
    apposed = _AT_MARK_APPOSED.search(before[-120:])
    m = _REACHED_MARK.search(before[-120:]) or apposed
    if m is None:
        return None
    head = before[: len(before) - len(before[-120:]) + m.start()]
    head = f"{head}{m.group(0).split()[0]} " if m is apposed else head  # (with its copula: past an aside in commas)
    if m.group(0).split()[0].endswith("ing") and head.rstrip().endswith(","):
        # "Waiting lists have soared, hitting a record of 6.2m": a participle after the comma shares the clause's
        # subject, read from the clause before it
        head = head.rstrip().rstrip(",")
    subject, _ = before_phrase(head, "en")
    if not subject or subject.split()[0].lower() in PRONOUNS or subject.split()[0].lower() in EN_STOP:
        return None
    return subject

"""A figure in brackets after a name listed under a noun and its preposition (English trade and results copy):
"continues to run deficits with the European Union (15.7 billion dollars), Mexico (9.1 billion dollars) and Japan
(5.9 billion dollars)", "the largest surplus with South and Central America (5 billion dollars)", "booked sales in
Kenya ($12 million) and Uganda ($4 million)".

The bracket gives the name's share of the noun the list hangs on, so it counts that noun, with the name: the readers
took the name alone. Between the noun's preposition and the name: only names, their brackets, commas and "and".
(Percentages after a name with no such noun before are `bracket_figures`' and `bracketed_changes`' readings.)
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import EN_STOP, EN_VERBS
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.unit_subjects_en import copula_subject

_NAME = r"(?:[A-Z][\w'’.&-]*\s+(?:and\s+|of\s+(?:the\s+)?)?){0,3}[A-Z][\w'’.&-]*"  # ("United States of America")
_NAME_THEN_BRACKET = re.compile(rf"(?<![\w'’.-])({_NAME})\s*\(\s*[-+−–]?\s*(?:US|C|A|NZ)?[$£€]?\s*$")
_LIST_SO_FAR = re.compile(rf"(?:(?:the\s+)?{_NAME}\s*\([^()]{{1,40}}\)\s*(?:,\s*(?:and\s+)?|and\s+))*(?:the\s+)?")
_NOUN_PREPOSITION = re.compile(r"\b([A-Za-z][a-z-]+)\s+(with|in|to|from|for)\s+")
_CLOSES = re.compile(r"[^()]{0,30}\)")
_COPULA_THEN = re.compile(r"\s+(?:was|were|is|are|has\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+ed$")


def listed_brackets(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a bracketed figure after a name listed under "<noun> with|in|to ..." that noun, with the name."""
    for f, number, text in figure_texts(figures, texts):
        if not _CLOSES.match(text, number.end):
            continue
        before = text[: number.start]
        name = _NAME_THEN_BRACKET.search(before)
        if name is None or (f.counts and not (f.counts.endswith(name.group(1)) or name.group(1).endswith(f.counts))):
            continue  # no name, or read otherwise than as the name
        head = before[: name.start(1)]
        for noun in _NOUN_PREPOSITION.finditer(head):
            if not _LIST_SO_FAR.fullmatch(head[noun.end() :]):
                continue
            word = noun.group(1)
            if word.lower().endswith("ed"):
                # a participle after "to be": the subject's ("Remittances inflow ... was mainly sourced from X (N)")
                copula = _COPULA_THEN.search(head[: noun.start()] + word)
                subject = copula_subject(head[: copula.start()]) if copula else None
                if subject:
                    f.counts = f"{subject} ({name.group(1)})"
                break
            if word.lower() in EN_STOP | EN_VERBS or word[:1].isupper() and noun.start() > 0:
                break  # "higher than for the Tories", "rose in Kent": no noun the list hangs on
            f.counts = f"{word} {noun.group(2)} {name.group(1)}"
            break

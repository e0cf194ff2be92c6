"""What a figure counts when a source's verb of reporting opens the clause that carries it (English survey, data and
market copy): "The survey shows Iraq's production rose by 70,000 barrels a day", "The survey estimates daily
production by all 13 members in May rose 1.35%".

A present "shows", "estimates", "finds" looks like a plural noun after the source's name, so the readers took the
source ("survey") for the subject of the verb of change. The figure counts the subject of the reported clause: the
noun phrase between the verb of reporting (and "that") and the verb of change, up to its first preposition.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.plain_phrases_en import DETERMINERS, plain_noun_phrase

_REPORTS = (
    r"(?:shows?|showed|estimates?|estimated|finds?|found|suggests?|suggested|indicates?|indicated|reveals?|"
    r"revealed|says|said)"
)
_CHANGE = (
    r"(?:rose|fell|increased|decreased|dropped|declined|grew|climbed|jumped|slipped|dipped|eased|surged|slumped|"
    r"had\s+(?:risen|fallen|dipped|dropped|grown)|was|were|stood|totalled|totaled|reached|averaged)"
)
_REPORTED = re.compile(
    rf"^(?:.*?[,;:]\s+)?((?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)\s+{_REPORTS}\s+(?:that\s+)?"
    rf"((?:[\w'’-]+\s+){{0,11}}?){_CHANGE}\b(?:[^.;]|\.(?=\d))*$",
    re.IGNORECASE,
)
_PREPOSITIONS = {"by", "in", "at", "for", "from", "on", "with", "during", "across", "over", "to"}


def reported_clauses(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a figure read as the source of "<source> shows <X> rose N" the reported clause's subject."""
    for f, number, text in figure_texts(figures, texts):
        m = _REPORTED.match(text[: number.start])
        if m is None or not f.counts:
            continue
        source = [w for w in m.group(1).split() if w.lower() not in DETERMINERS]
        if not source or source[-1].lower() not in re.findall(r"[\w'’-]+", f.counts.lower()):
            continue  # read otherwise than as the source
        words: list[str] = []
        for w in m.group(2).split():
            if w.lower() in _PREPOSITIONS and words:
                break
            words.append(w)
        plain = plain_noun_phrase(words)
        if plain is None:
            continue
        subject = plain
        bracket = re.search(rf"\((?:the\s+)?{re.escape(source[-1])}\)", f.counts, re.IGNORECASE)
        if bracket and not f.counts.lower().startswith(source[-1].lower()):
            f.counts = f.counts.replace(bracket.group(0), f"({subject})")  # "daily rate (survey)": whose rate
            continue
        unit_tail = re.search(r"\s*\((?:a|per)\s+\w+\)$", f.counts)  # ("survey (a day)": keep the rate)
        f.counts = subject + (unit_tail.group(0) if unit_tail else "")

"""What an English figure counts when the noun after it is only a pronoun of the whole it is a part of:
"Smartphones accounted for 216.2 million of those, or 51.6 percent", "Women made up 1,200 of them".

The reading was the pronoun ("those", "them"), which says nothing. The part is what the clause's subject names:
the noun run that opens the clause right before its verb ("Smartphones accounted for"). A figure whose clause
opens with no such subject keeps its reading (the pronoun's referent is read elsewhere when a figure before names
it: "Police arrested 30 people, and 12 of them were released").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.pos_tagger import tag_sentence

_PRONOUNS = {"those", "them", "these", "they", "it"}
_RUN_TAGS = {"NOUN", "PROPN", "ADJ"}


def pronoun_wholes(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a figure read only as a pronoun the subject that opens its clause."""
    repaired: dict[tuple[int, str], str] = {}  # (sentence, pronoun): the subject read for it
    for f, number, text in figure_texts(figures, texts):
        pronoun = (f.counts or "").strip().lower()
        if pronoun not in _PRONOUNS:
            continue
        # (a figure after it that shared the pronoun shares the subject: "216.2 million of those, or 51.6 percent")
        subject = _clause_subject(text, number.start) or repaired.get((f.sentence, pronoun))
        if subject:
            f.counts = repaired[(f.sentence, pronoun)] = subject


def _clause_subject(text: str, end: int) -> str | None:
    """The noun run that opens the clause before `end` and is followed right away by its verb."""
    words = [w for w in tag_sentence(text) if w[1] <= end]
    start = 0
    for k, (s, e, tag) in enumerate(words):
        if text[s:e] in (",", ";", ":", "—", "–") or tag == "NUM":
            start = k + 1
    k = start
    if k < len(words) and words[k][2] == "DET":
        k += 1
    run_start = k
    while k < len(words) and words[k][2] in _RUN_TAGS:
        k += 1
    if k == run_start or k >= len(words) or words[k][2] not in ("VERB", "AUX") or words[k - 1][2] == "ADJ":
        return None
    phrase = text[words[run_start][0] : words[k - 1][1]]
    return None if re.search(r"[^\w\s'’-]", phrase) or phrase.lower() in _PRONOUNS else phrase

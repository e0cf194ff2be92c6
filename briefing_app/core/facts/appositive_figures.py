"""What an English figure counts when it stands in apposition to the subject, between commas: "The majority of
cases reported this year, 94%, are among individuals who were not vaccinated".

The reading was the last noun before the figure ("year"), a word of a modifier of the subject ("reported this
year"). A figure set off by commas right after the subject and before its verb restates the subject: it counts the
subject's head, with the "of" phrase that says what the head is of ("majority of cases"). The subject is read with
the part-of-speech tagger from the start of the sentence. A reading that already names the head is kept ("The
largest group of voters, 41%, backed the plan": "voters").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.pos_tagger import tag_sentence

_OPEN = re.compile(r",\s*(?:(?:about|some|nearly|almost|around|roughly|just|only|or)\s+)?(?:US)?[$£€]?$")
_CLOSE = re.compile(
    r"\s*(?:%|percent|per\s+cent)?\s*,\s*(?:(?:also|still|now|all)\s+)?"
    r"(?:are|is|was|were|have|has|had|will|would|can|could|may|remain|remains|remained)\b"
)
_HEAD_TAGS = {"NOUN", "PROPN", "ADJ"}


def appositive_figures(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a figure in apposition to its sentence's subject that subject's head."""
    for f, number, text in figure_texts(figures, texts):
        if (f.counts or "").startswith("age"):
            continue  # "The driver, 31, was unhurt": an age in commas, read before
        opening = _OPEN.search(text[: number.start])
        if opening is None or not _CLOSE.match(text[number.end :]):
            continue
        head = _subject_head(text, opening.start())
        if head is None:
            continue
        words = {w.lower() for w in head.split()}
        if any(w.lower() in words for w in (f.counts or "").split()):
            continue
        f.counts = head


def _subject_head(text: str, end: int) -> str | None:
    """The head of the noun phrase that opens the sentence and runs to `end` with no verb of its own before a
    participle: "The majority of cases reported this year" gives "majority of cases"."""
    words = [w for w in tag_sentence(text) if w[1] <= end]
    if any(text[s:e] in (",", ";", ":") for s, e, _ in words):
        return None  # (a fronted phrase or a list before: not the subject alone)
    k = 1 if words and words[0][2] == "DET" else 0
    start = k
    while k < len(words) and words[k][2] in _HEAD_TAGS:
        k += 1
    if k == start or words[k - 1][2] != "NOUN":
        return None
    phrase = text[words[start][0] : words[k - 1][1]]
    if k < len(words) and text[words[k][0] : words[k][1]].lower() == "of":
        j = k + 1
        j += 1 if j < len(words) and words[j][2] == "DET" else 0
        tail_start = j
        while j < len(words) and words[j][2] in _HEAD_TAGS:
            j += 1
        if j > tail_start and words[j - 1][2] in ("NOUN", "PROPN"):
            phrase = f"{phrase} of {text[words[tail_start][0] : words[j - 1][1]]}"
            k = j
    # (the rest must be a modifier, not a clause of its own: a participle or a preposition starts it)
    if k < len(words) and words[k][2] in ("AUX",):
        return None
    return phrase

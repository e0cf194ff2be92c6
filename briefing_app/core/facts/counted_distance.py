"""What an English length from a place measures: the distance of the thing located ("hotspots up to 300 km
from the plant", "The village lies 30 km from the border") from that place.

Why: a length followed by "from X", "off X", "away from X" or "north of X" is a distance between two things,
and news names the thing located either right before the figure ("a market just 500 metres from the
hospital") or as the clause's subject ("The epicentre was 25 miles off the coast"). Saying only "from the
border" leaves out what is that far; "distance of the village from border" names both, in a short phrase.
The located thing is found with the part-of-speech tagger (a noun right before the figure's qualifiers), or
else as the subject of the clause, cut at its verb.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.age_holder import finite_verb
from briefing_app.core.facts.figure_words import DA_STOP, EN_STOP, PRONOUNS, TIME_WORDS
from briefing_app.core.facts.phrase_edges import clause_verb
from briefing_app.core.facts.pos_tagger import tag_sentence
from briefing_app.core.facts.subject_before import before_phrase
from briefing_app.core.numbers import NumberMatch

# Words that qualify a figure between the noun it stands after and the figure: "hotspots | up to | 300 km".
_QUALIFIERS = {"up", "to", "about", "around", "some", "just", "only", "nearly", "almost", "roughly", "approximately",
               "more", "less", "than", "over", "under", "within", "at", "least", "most", "barely", "merely",
               "estimated", "an", "a"}  # fmt: skip
_NOUNISH = {"NOUN", "PROPN", "ADJ", "NUM"}
# Lengths the unit reader leaves to the words after the figure, then the place they are measured from.
WORDED_LENGTH = re.compile(r"\s+(?:light[- ]years?|yards?|nautical\s+miles?)\s+((?:away\s+)?(?:from|off)\s+)(?=\S)")
_DA_PRONOUNS = {"han", "hun", "den", "det", "de", "vi", "jeg", "du", "man", "der", "her", "dette", "denne"}
# A shot's distance from goal: "a volley from 25 yards", "met the ball 25 yards out".
YARDS_OUT = re.compile(r"\s+yards?(?:\s+out\b|(?=\s*[,.;)]|\s+(?:and|to|in|into|past|after|before|with)\b))")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:about|some|nearly|almost|over|around|more\s+than|fully)\s+)?$")
# Words that open a clause but no subject noun phrase.
_NOT_SUBJECTS = {"even", "also", "still", "only", "just", "already", "yet", "here", "there", "this", "that", "it"}


def _noun_before(text: str, n: NumberMatch, skip: tuple[str, ...] = ()) -> str | None:
    """The noun phrase right before the figure and its qualifiers ("radioactive hotspots | up to 300 km"), past
    the words in `skip` ("a volley | from 25 yards")."""
    words = [(s, e, t) for s, e, t in tag_sentence(text) if e <= n.start]
    while words and text[words[-1][0] : words[-1][1]].lower() in (*_QUALIFIERS, *skip):
        words.pop()
    if not words or words[-1][2] not in ("NOUN", "PROPN"):
        return None
    phrase: list[str] = []
    for k in range(len(words) - 1, -1, -1):
        s, e, tag = words[k]
        word = text[s:e]
        if tag not in _NOUNISH or word.lower() in EN_STOP or len(phrase) == 3:
            if word.lower() == "per":
                return None  # "20,000 counts per minute | 28 km from": a rate's unit, nothing located
            break
        phrase.insert(0, word)
    while phrase and not re.match(r"[^\W\d_]", phrase[0]):
        phrase.pop(0)  # "the 2 hotspots": a number opens no phrase here
    if not phrase or phrase[-1].lower() in TIME_WORDS or phrase[-1].lower() in PRONOUNS:
        return None  # "a day 40 km from ...": when, not what
    return " ".join(phrase)


def _subject(before: str) -> str | None:
    """The subject of the clause, cut at its verb ("The village of Brannock | lies about")."""
    subject, _ = before_phrase(before, "en")
    if not subject:
        return None
    words = subject.split()
    first = words[0].lower()
    if first in PRONOUNS or first in EN_STOP or first in _NOT_SUBJECTS or first.endswith("ing"):
        return None  # "Even applying for a visa required ...": a clause, no thing located
    kept = words[:1]
    for word in words[1:]:
        if clause_verb(word) or (word.lower() in EN_STOP and word.lower() not in ("of", "the")):
            break
        kept.append(word)
    while kept and kept[-1].lower() in ("of", "the"):
        kept.pop()
    return " ".join(kept[:4]) if kept and not clause_verb(kept[0]) else None


def distance_of(text: str, n: NumberMatch, before: str, where: str) -> str:
    """What a length from a place measures: "distance of X from Y", X the thing located when the sentence
    names it; `where` is the place phrase already read ("from border", "north of capital")."""
    located = _noun_before(text, n) or _subject(before)
    return f"distance of {located} {where}" if located else f"distance {where}"


def danish_located(before: str) -> str | None:
    """The subject of a Danish clause whose length from a place is given ("Landsbyen | ligger 30 km fra"), cut at
    its verb; None for a pronoun or no subject."""
    subject, _ = before_phrase(before, "da")
    if not subject or not re.match(rf"\s*(?:(?:den|det|de|en|et)\s+)?{re.escape(subject)}", before, re.IGNORECASE):
        return None  # only a subject that opens the sentence, not one read inside a clause ("til at stramme")
    words = subject.split()
    kept = []
    for word in words:
        if finite_verb(word, "da"):
            break
        kept.append(word)
    if not kept or kept[0].lower() in DA_STOP or kept[0].lower() in _DA_PRONOUNS:
        return None
    return " ".join(kept[:3])


def shot_distance(text: str, n: NumberMatch, rest: str) -> str | None:
    """A distance in yards with no place after it ("a volley from 25 yards", "the ball 25 yards out"): how far
    from goal the thing before it was."""
    out = YARDS_OUT.match(rest)
    if out is None or not (out.group(0).endswith("out") or _FROM_BEFORE.search(text[: n.start])):
        return None  # "ran 60 yards to score", "10 yards of fabric": a length, not a distance from goal
    located = _noun_before(text, n, ("from",))
    return f"distance of {located}" if located else "distance"

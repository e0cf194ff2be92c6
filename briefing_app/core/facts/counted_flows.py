"""What a count or a sum counts when a verb moves it: a count brought to a level ("brings the total number of jobs
lost at the bank this year to 3,400"), a sum drawn from a source ("raise £2bn from the sale of the stake"), a part
of a sum said with what is done with it ("with £23bn of that going back into public services"), and an Arabic noun
valued with its adjective ("أرباحا صافية قدرها 320 مليون ريال"). Split out of `counted`, which asks each of these
in turn.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import AR_STOP, EN_STOP
from briefing_app.core.facts.noun_after import after_phrase
from briefing_app.core.facts.phrase_edges import prep_complement
from briefing_app.core.numbers import strip_arabic_marks

# A verb that brings a count to a level, its count noun and what it counts, however long: "takes the number of jobs
# lost at the bank this year to" (the object of a plain verb of change is at most six words, `CHANGED`).
_TOTAL_BROUGHT = re.compile(
    r"\b(?:bring|brings|brought|bringing|take|takes|took|taking|push|pushes|pushed|pushing|lift|lifts|lifted|"
    r"lifting)\s+the\s+((?:total\s+|overall\s+|official\s+)?(?:number|total|tally|toll|count)\s+of\s+"
    r"[^\W\d][^,;:.()\d]{1,100}?)\s+(?:so\s+far\s+)?(?:to|past|above|beyond|over)\s+"
    r"(?:(?:about|around|nearly|almost|some|more\s+than|at\s+least|over)\s+)?$"
)
# A verb of bringing money in right before a sum, and "from" a noun after it: "raise | £2bn | from the sale of".
_EARNED_FROM = re.compile(
    r"\b(?:raise[sd]?|raising|make|makes|made|making|earn(?:s|ed|t|ing)?|generate[sd]?|generating|net(?:s|ted|ting)?)"
    r"\s+(?:(?:about|around|some|nearly|almost|roughly|up\s+to|more\s+than|at\s+least|an\s+estimated)\s+)?$"
)
# (not a level, "from £30m", a name, "from Kelso", nor a time, "from last year", "from May")
_FROM_SOURCE = re.compile(
    r"\s*(?:\([^)]*\)\s*)?from\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?=[a-z])(?!(?:a|an|last|next|this|year|"
    r"month|week|day)\b)"
)
# An indefinite Arabic noun before the word a "قدرها" phrase starts with, when that word is its adjective (a nisba):
# "أرباحا | صافية قدرها", "غرامة | مالية قدرها".
_AR_NOUN_BEFORE = re.compile(r"(?<!\S)((?!ال)[\u0621-\u064a]{3,})\s+$")
_AR_NISBA = re.compile(r"(?!ال)[\u0621-\u064a]{2,}(?:ية|يا)")
# A figure that opens a clause without a finite verb after "with" or "and" ("with | £23bn | of that going back
# into", "and | £4bn | used for tax cuts"): a participle says what is done with it.
_ABSOLUTE_BEFORE = re.compile(
    r"(?:\bwith|,\s*and|\band)\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|at\s+least|another|"
    r"a\s+further|up\s+to)\s+)?(?:US)?[$£€]?\s*$"
)
_ABSOLUTE_AFTER = re.compile(
    r"\s*(?:of\s+(?:that|this|it|those|these|them|which)\s+)?(?:being\s+|to\s+be\s+)?"
    r"((?:[a-z]+ed|[a-z]+ing|spent|paid|put|set\s+aside|cut|lost|held|kept|sent|left|given|taken|made|earmarked|"
    r"going|coming)(?:\s+(?:back|up|out|off|down|away|aside|over))?)(?=\s)"
)
_NOT_PARTICIPLES = {"during", "including", "according", "regarding", "concerning", "following", "something",
                    "nothing", "everything", "anything", "morning", "evening", "spring", "ceiling", "building",
                    "funding", "spending", "training", "housing", "planning", "shipping", "banking", "clothing",
                    "hundred", "need", "speed", "seed", "feed", "red", "bed", "shed"}  # fmt: skip
_TOKENS = re.compile(r"[\w'’-]+|[^\w\s]")
# A sum that opens its sentence (a headline's or a fact sheet's) and the source it comes from: "20,4 mio. EUR | fra
# EU's Globaliseringsfond til afskedigede arbejdstagere", "£5m from the lottery fund for flood victims".
_FROM_OPENING = re.compile(r"\s*(?:[A-Z]{3}\b|kr\.|kroner|euro)?\s*(?:from|fra)\s+((?:[\w'’.-]+\s*){1,8})")


def total_brought(before: str) -> str | None:
    """The count a verb brings to the level a figure gives, with what it counts ("the total number of jobs lost at
    the bank this year"), else None."""
    m = _TOTAL_BROUGHT.search(before[-160:])
    return " ".join(m.group(1).split()) if m else None


def earned_from(before: str, rest: str) -> str | None:
    """What brings a sum in when a verb of earning precedes it and "from" a noun follows ("the sale of the
    stake"), else None."""
    if not _EARNED_FROM.search(before[-40:]):
        return None
    source = _FROM_SOURCE.match(rest)
    return after_phrase(rest[source.end() :], "en") if source else None


def ar_described_noun(before: str, first_word: str) -> str | None:
    """The indefinite noun before `first_word` when that word, opening a phrase of value ("صافية قدرها"), is its
    adjective, else None."""
    if not _AR_NISBA.fullmatch(first_word):
        return None
    m = _AR_NOUN_BEFORE.search(before)
    return m.group(1) if m and strip_arabic_marks(m.group(1)) not in AR_STOP else None


def absolute_participle(before: str, rest: str) -> str | None:
    """What is done with a figure that opens a clause with no finite verb after "with" or "and", by its participle
    and the phrase that completes it ("going back into public services", "used for tax cuts"), else None."""
    if not _ABSOLUTE_BEFORE.search(before[-40:]):
        return None
    m = _ABSOLUTE_AFTER.match(rest)
    if m is None or m.group(1).split()[0] in _NOT_PARTICIPLES or m.group(1).split()[0] in EN_STOP:
        return None
    tokens = _TOKENS.findall(rest[m.end() :])
    complement = prep_complement(tokens, 0)
    return " ".join([*m.group(1).split(), *complement]) if complement else None


def opening_sum_from(before: str, rest: str) -> str | None:
    """Where a sum that opens its sentence comes from and goes to ("fra EU's Globaliseringsfond til afskedigede
    arbejdstagere"), when nothing before it says what it is; else None."""
    if before.strip():
        return None
    m = _FROM_OPENING.match(rest)
    return " ".join(m.group(0).split()[-len(m.group(1).split()) - 1 :]) if m else None

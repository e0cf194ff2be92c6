"""A bare count after "with" that ends its clause takes what the count before it counts, in its sentence or the
ones just before (English): charts, results and league tables written as prose. "Susan Boyle hit number one with
over 701,000 copies in its first week. ... Andrea Bocelli's album stays strong at Number 2 with over 201,000.",
"Rihanna's album climbs to Number 4 with 181,000, her best week yet". Read alone, the bare count took the clause's
verb or subject ("stays strong", "bows").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import EN_STOP
from briefing_app.core.facts.model import Fact

# "with" and a qualifier right before the count.
_WITH_BEFORE = re.compile(
    r"\bwith\s+(?:(?:over|more\s+than|about|around|nearly|almost|just\s+over|just\s+under|some|roughly|"
    r"a\s+further|another)\s+)?$"
)
# Nothing counted after it: the clause's end, or a preposition of time or place.
_BARE_AFTER = re.compile(r"\s*(?:[,.;:)]|$|\s*(?:in|on|at|for|while|whereas|and|but|during|last|this)\b)")
# The words that end the noun of a reading ("copies | in the United States", "| about bank accounts").
_PREPOSITIONS = {"in", "of", "on", "at", "for", "from", "to", "by", "with", "during", "since", "over", "about",
                 "against", "among", "after", "before"}  # fmt: skip
_HOW_FAR_BACK = 3  # sentences


def _counted_head(counts: str) -> str:
    return counts.split(" (")[0]


def _plural_noun(counts: str) -> str | None:
    """The noun phrase a reading opens with, up to a preposition, when it ends in a plural ("copies in the United
    States" -> "copies"); None for a verb phrase or a name ("stays strong", "France's Garcia")."""
    words: list[str] = []
    for word in _counted_head(counts).split():
        if word.lower() in _PREPOSITIONS or word.lower() in EN_STOP:
            break
        words.append(word)
    if not words or len(words) > 3 or not all(re.fullmatch(r"[a-z][a-z-]*", w) for w in words):
        return None
    return " ".join(words) if re.fullmatch(r"[a-z-]+s", words[-1]) else None


def carry_with_counts(facts: list[Fact], text: str, earlier: list[Fact], sentence: int) -> None:
    """Give each bare unitless count after "with" in this sentence (`facts`, `text`) the noun of the nearest
    earlier unitless count with a plural noun of its own, here or in the last sentences (`earlier`)."""
    for i, f in enumerate(facts):
        n = f.number
        if n is None or n.currency or f.unit is not None or n.spelled:
            continue
        if not _WITH_BEFORE.search(text[max(0, n.start - 40) : n.start]) or not _BARE_AFTER.match(text[n.end :]):
            continue
        if f.counts and re.search(rf"\b{re.escape(_counted_head(f.counts).split()[-1])}\b", text[n.end : n.end + 40]):
            continue  # its own noun after all
        pool = [*reversed(facts[:i]), *reversed(earlier)]
        source = next(
            (e for e in pool
             if e.number is not None and not e.number.currency and e.unit is None and e.counts
             and sentence - e.sentence <= _HOW_FAR_BACK
             and _plural_noun(e.counts) is not None),
            None,
        )  # fmt: skip
        if source is not None:
            f.counts = _plural_noun(source.counts or "")

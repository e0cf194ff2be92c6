"""A bare count after "with" that ends its clause takes what the count before it counts, in its sentence or the
ones just before (English): charts, results and league tables written as prose. "Susan Boyle hit number one with
over 701,000 copies in its first week. ... Andrea Bocelli's album stays strong at Number 2 with over 201,000.",
"Rihanna's album climbs to Number 4 with 181,000, her best week yet". Read alone, the bare count took the clause's
verb or subject ("stays strong", "bows").

So does a bare count that opens its clause as the subject of a verb of being or of a state, as bulletins give a
breakdown: "1,955 people are in hospital. 371 are in intensive care; 167 are on a ventilator", "136 new patients
were admitted. 163 were discharged."
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import EN_STOP, EN_VERBS
from briefing_app.core.facts.model import Fact

# "with" and a qualifier right before the count.
_WITH_BEFORE = re.compile(
    r"\bwith\s+(?:(?:over|more\s+than|about|around|nearly|almost|just\s+over|just\s+under|some|roughly|"
    r"a\s+further|another)\s+)?$"
)
# A bare count opening its sentence or clause and the verb right after it: "371 are in intensive care".
_OPENS_BEFORE = re.compile(r"(?:^|[;:]\s*|\.\s+)(?:(?:[Aa]bout|[Ss]ome|[Nn]early|[Aa]lmost|[Aa]nother|[Oo]ver)\s+)?$")
_VERB_AFTER = re.compile(
    r"\s+(?:are|were|is|was|have|had|remain|remained|remains|died|recovered|survived|left|stayed|returned|"
    r"were\s+discharged|have\s+been|had\s+been)\b"
)
# Nothing counted after it: the clause's end, or a preposition of time or place.
_BARE_AFTER = re.compile(r"\s*(?:[,.;:)]|$|\s*(?:in|on|at|for|while|whereas|and|but|during|last|this)\b)")
# The words that end the noun of a reading ("copies | in the United States", "| about bank accounts").
_PREPOSITIONS = {"in", "of", "on", "at", "for", "from", "to", "by", "with", "during", "since", "over", "about",
                 "against", "among", "after", "before"}  # fmt: skip
# A superlative's plural noun before "with" in the same clause: "carried the most passengers | in February with".
_MOST = re.compile(
    r"\bthe\s+(?:most|fewest|largest\s+number\s+of|highest\s+number\s+of|biggest\s+number\s+of)\s+"
    r"([a-z][a-z-]*s)\b[^,;:.]*\bwith\s+(?:(?:over|more\s+than|about|around|nearly|almost|just\s+over|just\s+under|"
    r"some|roughly)\s+)?$"
)
_PLURALS = {"people", "children", "men", "women", "police", "staff", "personnel", "cattle", "sheep", "deer", "fish"}
_HOW_FAR_BACK = 3  # sentences


def _counted_head(counts: str) -> str:
    return counts.split(" (")[0]


def _plural_noun(counts: str) -> str | None:
    """The noun phrase a reading opens with, up to a preposition, when it ends in a plural ("copies in the United
    States" -> "copies"); None for a verb phrase or a name ("stays strong", "France's Garcia")."""
    words: list[str] = []
    for word in _counted_head(counts).split():
        low = word.lower()
        # (up to a preposition, a function word or the verb the reading kept: "new patients | admitted")
        if low in _PREPOSITIONS or low in EN_STOP or low in EN_VERBS or (words and re.fullmatch(r"[a-z]{3,}ed", low)):
            break
        words.append(word)
    if not words or len(words) > 3 or not all(re.fullmatch(r"[a-z][a-z-]*", w) for w in words):
        return None
    plural = re.fullmatch(r"[a-z-]+s", words[-1]) is not None or words[-1] in _PLURALS
    return " ".join(words) if plural else None


def carry_with_counts(facts: list[Fact], text: str, earlier: list[Fact], sentence: int) -> None:
    """Give each bare unitless count after "with" in this sentence (`facts`, `text`) the noun of the nearest
    earlier unitless count with a plural noun of its own, here or in the last sentences (`earlier`)."""
    for i, f in enumerate(facts):
        n = f.number
        if n is None or n.currency or f.unit is not None or n.spelled:
            continue
        after_with = _WITH_BEFORE.search(text[max(0, n.start - 40) : n.start]) and _BARE_AFTER.match(text[n.end :])
        opening = _OPENS_BEFORE.search(text[max(0, n.start - 20) : n.start]) and _VERB_AFTER.match(text[n.end :])
        if not (after_with or opening):
            continue
        own = _plural_noun(f.counts) if f.counts else None
        if own:
            continue  # a noun counted already: its own after all, or one a table's holder shares ("complaints (Y)")
        # ("carried the most passengers in February with more than 7.7 million": the superlative's noun, in the clause)
        most = _MOST.search(text[max(0, n.start - 120) : n.start]) if after_with else None
        if most and not f.counts or most and _plural_noun(f.counts or "") is None:
            f.counts = f"{most.group(1)} ({f.counts})" if f.counts else most.group(1)
            continue
        pool = [*reversed(facts[:i]), *reversed(earlier)]
        source = next(
            (e for e in pool
             if e.number is not None and not e.number.currency and e.unit is None and e.counts
             and sentence - e.sentence <= _HOW_FAR_BACK
             and _plural_noun(e.counts) is not None),
            None,
        )  # fmt: skip
        noun = _plural_noun(source.counts or "") if source is not None else None
        if noun:
            # (keeping what the clause said of them: "102 were executed in 2008" -> "people (executed)")
            f.counts = f"{noun} ({f.counts})" if f.counts else noun

"""A figure that is the size of a forecast, an estimate or a target it is measured against (English): "the outcome
came in above a mean forecast of S$2.07 billion", "the deficit came in below earlier estimates of 2.6 percent",
"net profit beat a consensus estimate of $2.1 billion".

Results and budget copy compares an outcome with what was expected; the expected figure is the benchmark's, not the
outcome's. The readings before gave it the clause's subject ("result", "deficit") or the subject and its verb ("result
beat"); "ahead of a forecast of" was already read right. The noun of expecting right before "of" and the figure is
what the figure counts, with its modifiers ("average forecast", "analysts' expectations"); only when no noun of the
figure's own follows it ("an estimate of 300 jobs" counts the jobs).
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import EN_STOP, EN_VERBS, PRONOUNS
from briefing_app.core.facts.model import Fact

# "an average forecast of | S$", "earlier estimates of | about 3.1": up to two modifiers, the noun, "of", an
# approximating word and a currency sign.
_BENCHMARK_OF = re.compile(
    r"\b(?:(?:an?|the|its|their)\s+)?((?:[\w'’-]+\s+){0,2}?"
    r"(?:forecasts?|estimates?|expectations?|projections?|predictions?|targets?|consensus|guidance))\s+of\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|just|more\s+than|less\s+than|up\s+to)\s+)?"
    r"(?:US\$|[A-Z]{0,2}\$|[£€¥₹]|(?:Rs|Sh|KSh|R|N)\.?\s?)?$"
)
# Words of comparing or of the clause that end the noun phrase going back.
_NO_MODIFIER = frozenset("versus vs against than beat beats beating missed misses topped tops with".split())
# After the figure: its unit, a mark or a function word; not a noun of its own.
_NO_NOUN_AFTER = re.compile(
    r"\s*(?:%|per\s*cent|percent|pc|(?:percentage\s+|basis\s+)?points?)?\s*(?:$|[,.;:)—–]|([a-z]+)\b)"
)

# "$12 billion in damage", "$3m in losses": a preposition and a bare noun after the figure name what it counts;
# "in the second quarter", "in 2024", "in March" do not (a determiner, a digit or a capital follows).
_OWN_NOUN_PREPOSITIONS = frozenset({"in", "of"})
_OWN_NOUN_AFTER = re.compile(r"\s+(?!(?:the|a|an|its|their|this|that|each|every|total)\b)[a-z]{3,}\b")


def benchmark_of(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a figure after "<forecast/estimate/target> of" that noun, when the readings before missed it."""
    for f, number, text in figure_texts(figures, texts):
        before = text[: number.start]
        if " of " not in before[-24:]:
            continue  # (a cheap test first: most figures follow no "of")
        m = _BENCHMARK_OF.search(before[-90:])
        if m is None:
            continue
        after = _NO_NOUN_AFTER.match(text, number.end)
        if after is None or (after.group(1) and after.group(1) not in EN_STOP):
            continue  # "an estimate of 300 jobs": the figure's own noun
        if after.group(1) in _OWN_NOUN_PREPOSITIONS and _OWN_NOUN_AFTER.match(text, after.end()):
            continue  # "estimates of $12 billion in damage": the damage's, the figure's own noun after "in"
        words = m.group(1).split()
        # (the modifiers run back from the noun to the first word that is none: "versus | earlier estimates",
        # "kept its | inflation target")
        start = len(words) - 1
        while start > 0 and words[start - 1].lower() not in _NO_MODIFIER | EN_STOP | EN_VERBS | PRONOUNS:
            start -= 1
        words = words[start:]
        head = words[-1].lower()
        if head in (f.counts or "").lower():
            continue
        f.counts = " ".join(words)

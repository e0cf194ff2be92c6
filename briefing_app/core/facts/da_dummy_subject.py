"""A Danish share whose subject is the pronoun "det", which names nothing: statistics copy writes "For den samlede
befolkning er det 56 pct.", "Blandt kvinderne er det 40 pct." (the fronted phrase says whose share it is) and "Af dem
brugte 39 pct. telefonen ..., mens det to år tidligere bare var 28 pct." (the same measure as the figure before it,
at another time). The counted reader took a word of a span or an age in the clause ("år") or carried a word from the
sentence before."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

_ADVERBS = r"(?:(?:nu|kun|blot|bare|godt|knap|næsten|cirka|ca\.|omkring|over|under|hele|stadig|dog|så)\s+)*"
# "... er det | 56 pct.", "... var det nu | 12 procent": the verb before the dummy subject (inverted word order)
_INVERTED = re.compile(rf"\b(?:er|var|bliver|blev)\s+det\s+{_ADVERBS}$", re.IGNORECASE)
# "..., mens det to år tidligere i 2009 bare var | 28 pct.": the dummy subject of a clause after a conjunction, a time
# between it and its verb
_SUBORDINATE = re.compile(
    rf"[,;]\s*(?:mens|men|og|hvor|hvorimod)\s+det\s+(?:[\wæøåÆØÅ.]+\s+){{0,6}}?(?:er|var)\s+{_ADVERBS}$",
    re.IGNORECASE,
)
# The fronted phrase of the clause: "For den samlede befolkning mellem 16 og 89 år | er det", "Blandt kvinderne"
_FRONTED = re.compile(
    r"^\s*(?:For|Blandt|Hos|Af|Inden\s+for|Når\s+det\s+gælder)\s+((?:[\wæøåÆØÅ-]+\s+){0,3}?[\wæøåÆØÅ-]{3,})"
    r"(?:\s+(?:mellem|på|over|under|fra|i|med)\s+[^,]*?)?\s+(?:er|var|bliver|blev)\s+det\b",
)

# The share's own whole after it: "12 procent af borgerne"
_OWN_WHOLE = re.compile(r"\s*(?:%|pct\.?|procent)?\s+af\s+[\wæøåÆØÅ]")


def da_dummy_subject(facts: list[Fact], text: str) -> None:
    """What a share told with a dummy "det" counts: the fronted phrase's noun, or the figure before it in the
    sentence's (see the module docstring)."""
    for i, f in enumerate(facts):
        n = f.number
        if n is None or f.unit not in ("percent", None):
            continue
        before = text[: n.start]
        if _SUBORDINATE.search(before) and i and facts[i - 1].counts and facts[i - 1].unit == f.unit:
            f.counts = facts[i - 1].counts
            continue
        if not _INVERTED.search(before) or _OWN_WHOLE.match(text, n.end):
            continue  # ("I Aarhus er det 12 procent af borgerne": the share names its whole)
        fronted = _FRONTED.match(before)
        if fronted and not re.search(r"\d", fronted.group(1)):
            f.counts = fronted.group(1)

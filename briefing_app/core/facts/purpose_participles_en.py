"""A sum followed by a participle of purpose counts what it is for (English).

Council budgets and spending copy tell what a sum is for with a participle after it: "a £10.2 million funding gap on
the £575.7m needed for the revenue budget", "It approved £5m allocated to schools", "£1m set aside for flood
defences". Read alone, the sum took another sum's noun ("funding gap") or the verb before ("approved"); the
participle's object is what the sum is for.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import PAST_VERBS
from briefing_app.core.facts.model import Fact

_STOP = (
    r"(?:and|or|but|which|that|who|while|as|by|in|on|at|from|with|over|after|until|this|next|last|is|was|are|were|"
    r"will|has|have|had)"
)
# Pasts of change no list of irregular verbs holds, which may end a subject the participle's object runs into.
_PASTS = {"fell", "rose", "grew", "sank", "shrank", "went", "came", "stood", "hit"}
_PURPOSE_AFTER = re.compile(
    r"\s+((?:needed|required|earmarked|allocated|set\s+aside|budgeted|ring-?fenced|pledged|committed|promised|"
    r"spent|invested|awarded|granted)\s+(?:for|to|towards|on))\s+"
    rf"((?:the\s+|its\s+|their\s+|a\s+|new\s+)?(?:(?!{_STOP}\b)[\w'’-]+\s+){{0,3}}(?!{_STOP}\b)[a-z][\w'’-]*)"
    rf"(?=\s*(?:[,.;:)]|$)|\s+{_STOP}\b)"  # (the object ends the clause: not "needed for growth | fell")
)


def purpose_participles(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a sum followed by "needed for X", "allocated to X", "set aside for X" X as what it counts."""
    for f, n, text in figure_texts(figures, texts):
        if n.currency is None:
            continue
        m = _PURPOSE_AFTER.match(text, n.end)
        if m is None:
            continue
        target = re.sub(r"^(?:the|its|their|a)\s+", "", m.group(2))
        words = target.split()
        if len(words) > 1 and (words[-1].lower() in PAST_VERBS | _PASTS or words[-1].endswith("ed")):
            continue  # "£5m needed for growth fell": the subject's verb, no word of the object
        if target.split()[-1].lower() in (f.counts or "").lower():
            continue
        verb = m.group(1).split()[0]
        f.counts = f"{target} ({verb})"

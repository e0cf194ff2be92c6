"""A sum taken away from something: "would slash £35 billion from public spending", "wiped nearly £3bn off its market
value", "cut $2m from the road budget". What the sum counts is what it is taken from (the spending, the market
value, the budget); the reading before it took the subject or the verb ("plan (slashed)", "council cut")."""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import EN_STOP
from briefing_app.core.facts.model import Fact

# The verb of taking away right before the sum (a qualifier or the sign between).
_TAKEN_BEFORE = re.compile(
    r"\b(?:slash(?:es|ed|ing)?|cut(?:s|ting)?|wip(?:e|es|ed|ing)|shav(?:e|es|ed|ing)|knock(?:s|ed|ing)?|"
    r"trim(?:s|med|ming)?|strip(?:s|ped|ping)?|tak(?:e|es|ing)|took|remov(?:e|es|ed|ing)|sav(?:e|es|ed|ing))\s+"
    r"(?:(?:about|around|nearly|almost|some|more\s+than|over|up\s+to|another|a\s+further)\s+)?(?:pounds\s+)?"
    r"[^\s\d]{0,4}$",
    re.IGNORECASE,
)
# "from"/"off" and the noun phrase it is taken from, to the clause's end.
_FROM_WHAT = re.compile(
    r"\s*(?:from|off)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+|a\s+)?"
    r"((?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)(?=\s*(?:[,.;:)]|$)|\s+(?:and|but|while|in|by|over|since|after|as|to)\b)"
)


def removed_from(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a sum taken away "from" or "off" something what it was taken from."""
    for f, n, text in figure_texts(figures, texts, money=True):
        if not _TAKEN_BEFORE.search(text[: n.start]):
            continue
        source = _FROM_WHAT.match(text, n.end)
        if source is None or source.group(1).split()[-1].lower() in EN_STOP or source.group(1) in (f.counts or ""):
            continue  # (or read already: "is slashing $400,000 from the library budget": cuts from the budget)
        f.counts = source.group(1)

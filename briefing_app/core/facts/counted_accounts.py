"""A company result named with what it leaves out (English business pages).

"profit before tax and exceptional items fell 56 percent to 4.9 million pounds", "a pretax profit before one-off
items of 580.9 million pounds", "earnings before interest and tax were 45 million euros": the result is the
measure (profit, earnings, income...), and "before/excluding ... items" only says how it was reckoned. Read
naively, the last nouns before the figure ("exceptional items", "tax") were taken for what it counts. Here a
reading made only of the words of such a qualifier goes back to the whole measure phrase.
Used by `figures`, for English only.
"""

from __future__ import annotations

import re

# The result measures of company accounts (singular and plural).
_MEASURES = (
    r"profits?|earnings|income|loss(?:es)?|revenues?|sales|turnover|ebitda|ebit|margins?|cash\s+flow|"
    r"operating\s+costs?|costs|expenses|spending"
)
# Words that open a measure's name: "pretax profit", "net income", "full-year operating profit".
_OPENERS = (
    r"pre-?tax|operating|net|gross|adjusted|underlying|core|quarterly|annual|full-year|half-year|first-half|"
    r"second-half|total|group|trading|diluted"
)
_VERBS = (
    r"of|was|were|is|are|has|had|have|will|would|fell|rose|grew|came|stood|reached|totalled|totaled|hit|"
    r"amounted|jumped|dropped|slumped|climbed|increased|decreased|declined|surged|slipped|[a-z]{3,}ed"
)
# "<measure> before|after|excluding|ex|including <up to six words>": the qualifier runs to the verb of the
# clause, "of" or a comma (or to the figure itself), and holds no number and no verb.
_QUALIFIED = re.compile(
    rf"\b((?:(?:{_OPENERS})\s+){{0,2}}(?:{_MEASURES}))\s+"
    rf"((?:before|after|excluding|ex|including|less|net\s+of)\s+"
    rf"(?:(?!(?:{_VERBS})\b)[A-Za-z][\w'’-]*(?:\s*,\s*|\s+(?:and|&)\s+|\s+|$)){{1,6}})"
    rf"(?=(?:{_VERBS})\b|,|$)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z]+")


def accounting_measure(before: str, counts: str | None) -> str | None:
    """The whole measure phrase ("pretax profit before one off items") when what a figure was read to count
    ("one off items", "exceptional items", "tax") is only the words of the measure's qualifier."""
    if not counts:
        return counts
    own = {w.lower() for w in _WORD.findall(counts)}
    for found in reversed(list(_QUALIFIED.finditer(before))):
        qualifier = {w.lower() for w in _WORD.findall(found.group(2))}
        if own and own <= qualifier | {"and"}:
            measure = re.sub(r"^(?:a|an|the|its|their|his|her)\s+", "", found.group(1), flags=re.IGNORECASE)
            return f"{measure} {found.group(2).strip(' ,')}"
    return counts

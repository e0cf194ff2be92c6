"""What a change counts in a list of items each set off by a comma and "down"/"up" (English mining, trade and sector
copy): "with negative growth rates recorded for iron-ore, down 17.1%; copper, down 15%; manganese ore, down 8.7%;
and gold, down 4.9%".

Each item names what its change counts; the readers took the clause's subject before the list ("Output") for all of
them. Only lowercase items (commodities, sectors, goods): a name before ", down 3%" is a company's or a place's, whose
share price or output the copy leaves unsaid.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import EN_STOP, EN_VERBS, PRONOUN_STARTS
from briefing_app.core.facts.model import Fact

_ITEM_THEN_MOVE = re.compile(
    r"(?:^|[;:]\s*|\b(?:for|including|and|with|were|was)\s+)(?!and\s)((?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*),\s+"
    r"(?:down|up|higher|lower|off)\s+(?:by\s+)?(?:(?:about|around|nearly|almost|some|just|over)\s+)?[+−-]?$"
)
_ITEM_ENDS = re.compile(r"\s*(?:%|per\s*cent|percent|pc)?\s*(?:$|[;,.)]|and\b)", re.IGNORECASE)


def listed_moves(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a change after "<item>, down|up" in a list that item."""
    for f, number, text in figure_texts(figures, texts):
        m = _ITEM_THEN_MOVE.search(text[: number.start])
        if m is None or not _ITEM_ENDS.match(text, number.end):
            continue
        words = m.group(1).split()
        if words[0] in PRONOUN_STARTS | EN_STOP or any(w in EN_VERBS | EN_STOP for w in words):
            continue
        if words[-1] in (f.counts or "").lower().split():
            continue  # read already
        f.counts = " ".join(words)

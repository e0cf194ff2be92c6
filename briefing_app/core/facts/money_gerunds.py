"""What an English sum counts when it is the object of a gerund of handling money: "takes the first step towards
saving £45 million", "the budget includes saving around £1m by raising fees", "cutting £50,000 from the
advertising budget".

The readings before took the clause's subject ("authority", "approved budget", "council"), since no noun follows
the sum. The deed is what the sum measures: the savings, the cuts, the spending. The gerund's noun is read, with
the source or target that follows the sum ("from the advertising budget", "on repairs"), and the old reading kept
in brackets. A past or finite verb ("saved £45 million") is read elsewhere, with its subject; a sum that has a
noun of its own ("saving £3m a year in rent", "raising £2m of new capital") keeps it.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import EN_VERBS, PAST_VERBS
from briefing_app.core.facts.model import Fact

# The gerund's noun, what a news article keys the sum on.
_NOUNS = {
    "saving": "savings", "cutting": "cuts", "slashing": "cuts", "trimming": "cuts", "spending": "spending",
    "investing": "investment", "borrowing": "borrowing", "raising": "raised", "earning": "earnings",
    "losing": "losses", "paying": "payment", "injecting": "injection", "pumping": "injection",
}  # fmt: skip
_GERUND = re.compile(
    r"\b(" + "|".join(_NOUNS) + r")\s+(?:(?:around|about|some|nearly|almost|roughly|just|only|up\s+to|more\s+than"
    r"|over|at\s+least|an?\s+(?:further|extra|additional|total\s+of)|another)\s+)*(?:US|C|A|NZ)?[$£€]?\s*$",
    re.IGNORECASE,
)
# What follows the sum: where it comes from or goes to ("from the security budget", "on repairs").
_WHERE = re.compile(
    r"\s+(from|on|in|into)\s+((?:the|its|their|a|an)\s+)?((?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*)"
    r"(?=\s*(?:[,.;:]|$|\s+(?:and|by|to|over|in|which|while|as)\b))"
)
# A noun run of the sum's own right after it (past a scale word): "£3m a year", "£2m of new capital".
_OWN_NOUN = re.compile(
    r"\s*(?:million|billion|bn|m|k|pounds|dollars|euros)?\s+(?:of\s+|in\s+)?(?:[a-z-]+\s+)?"
    r"(?:savings|capital|funding|cash|investment|revenue|profits?|income|costs?)\b"
)


# A list item of a budget, the measure, a dash and the gerund: "Closure of four libraries – saving £195,000",
# "Increase in parking charges - raising £2m". The measure opening the item is what the sum saves or raises.
# (an item is a bare noun phrase: no article or pronoun opens it and no finite verb is in it, not "The council agreed
# a plan – saving £2m", a clause and an aside)
_DASHED_ITEM = re.compile(
    r"^\s*(?:[-•*]\s*)?(?!(?:The|A|An|This|That|These|Those|It|Its|He|She|They|We|I|You|Their|Our|His|Her)\b)"
    r"([A-Z][^–—:;,.]{2,80}?)\s+[–—-]\s*$"
)


def _bare_item(item: str) -> bool:
    """Whether a list item before a dash has no verb after its first word (a noun phrase, not a clause)."""
    return not any(w in EN_VERBS or w in PAST_VERBS for w in item.lower().split()[1:])


def money_gerunds(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a sum right after a gerund of handling money the gerund's noun as what it counts."""
    for f, number, text in figure_texts(figures, texts, money=True):
        gerund = _GERUND.search(text[: number.start])
        if gerund is None:
            continue
        rest = text[number.end :]
        if _OWN_NOUN.match(rest):
            continue
        noun = _NOUNS[gerund.group(1).lower()]
        old = f.counts or ""
        item = _DASHED_ITEM.match(text[: gerund.start()])
        if item and _bare_item(item.group(1)):
            f.counts = f"{noun} ({item.group(1)})"
            continue
        if noun in old.lower() or gerund.group(1).lower() in old.lower():
            continue  # (read already: "EPA is investing $1 billion to ...", "annual operating earning")
        where = _WHERE.match(rest)
        reading = f"{noun} {where.group(1)} {where.group(3)}" if where else noun
        f.counts = f"{reading} ({old})" if old and old.lower() not in reading.lower() else reading

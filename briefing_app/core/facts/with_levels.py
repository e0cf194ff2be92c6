"""What an English figure counts in an absolute phrase with "with" and a participle of level: "London remains the
most expensive place, with property there averaging £266,277", "with turnout reaching 64%".

The participle's subject is the noun right after "with"; the readings before could take a noun of a fronted
phrase ("Despite the slowdown in annual price growth, ...": "price growth"). The noun after "with" is what the
level measures ("there", "here" and "now" after it are adverbs, not part of it).
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_WITH = re.compile(
    r"\bwith\s+(?:the\s+|its\s+|their\s+)?((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*?)(?:\s+(?:there|here|now|alone))?\s+"
    r"(?:averaging|totall?ing|reaching|topping|exceeding|hitting|nearing|numbering|standing\s+at|running\s+at)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|just|over|more\s+than)\s+)?(?:US|C|A)?[$£€]?\s*$"
)


def with_levels(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a level in "with X averaging N" the X."""
    for f, number, text in figure_texts(figures, texts):
        level = _WITH.search(text[: number.start])
        if level is None:
            continue
        noun = level.group(1)
        if noun.split()[-1] not in (f.counts or "").split():
            f.counts = noun

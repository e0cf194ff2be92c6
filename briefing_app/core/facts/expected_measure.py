"""What a figure that forecasters expect counts: the measure the text named for the actual figure.

"Revenue rose 27 percent to $13.76 billion. Analysts were looking for $12.57 billion": the sum analysts
expected is revenue, named by the figure it is set against (earlier in the sentence, else in the sentence
before), not the analysts who expected it. A subject that only expects (analysts, economists, the market,
Wall Street, the City) has no sum of its own, so what it expects is the measure of the last figure in the
same unit; the expecting subject is kept in brackets.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact, SourceSentence

# The subjects that forecast and their verbs, up to the figure: "Analysts, on average, had forecast",
# "Wall Street was looking for", "economists had expected", "the City had pencilled in".
_EXPECTING = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|while|whereas|where)\s+)"
    r"((?:[Tt]he\s+)?(?:[Aa]nalysts?|[Ee]conomists?|[Ff]orecasters?|[Ee]xperts?|[Oo]bservers?|[Bb]rokers?|[Mm]arkets?|"
    r"City|Wall\s+Street|[Ii]nvestors|[Tt]raders|[Cc]onsensus))"
    r"(?:\s*,\s*on\s+average\s*,|\s+on\s+average)?\s+"
    r"(?:(?:had|have|has|were|was|are|is|had\s+been|have\s+been|would\s+have)\s+)?(?:on\s+average\s+)?"
    r"(expected|expecting|forecast|forecasted|forecasting|predicted|predicting|estimated|anticipated|projected|"
    r"looking\s+for|pencill?ed\s+in|tipped)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|just|only|an?\s+average\s+of|closer\s+to)\s+)?(?:US)?[$£€]?\s*$"
)


def expected_measure(
    before: str, counts: str | None, unit: str | None, sentence: int, facts: list[Fact], told: list[SourceSentence]
) -> str | None:
    """`counts`, or, for a figure that forecasters expect with no noun of its own ("Analysts expected $7.33
    billion"), the measure of the last figure in its unit, in this sentence or the one before (`facts`: the
    figures so far; `told`: the sentences before)."""
    expecting = _EXPECTING.search(before)
    if not expecting or unit is None:
        return counts
    who = " ".join(expecting.group(1).split())
    head = (counts or "").split(" (")[0].strip()
    verb = expecting.group(2).split()[0].lower()
    own = head and head.lower() not in who.lower() and who.lower().split()[-1] not in head.lower()
    if own and head.lower().split()[0] != verb:  # (the verb alone is no noun: "looking")
        return counts  # "Analysts expected profits of £1.2bn": its own noun
    earlier = [f for f in facts if f.sentence == sentence and f.unit == unit and f.counts]
    if not earlier and told:
        earlier = [f for f in facts if f.sentence == told[-1].index and f.unit == unit and f.counts]
    if not earlier:
        return counts
    measure = earlier[-1].counts.split(" (")[0].strip() if earlier[-1].counts else ""
    if not measure or who.lower() in measure.lower():
        return counts
    return f"{measure} ({who} {' '.join(expecting.group(2).split())})"

"""A change told with a time adverbial between its verb and its figures (English business and economy pages).

"The inflation rate increased unexpectedly last month from 10.1 percent to 10.4 percent", "Exports rose on
Tuesday to $4 billion": the words between the verb and "from"/"to"/"by" say when (and how) the change happened;
the subject before the verb is what the figure counts. Read naively, the last noun before the figure ("month",
"Tuesday") was taken for its head. Here the adverbial is blanked (offsets kept) and the figure read again.
Used by `figures`, for English only.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing_app.core.facts.figure_words import EN_MONTHS
from briefing_app.core.numbers import NumberMatch

_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# When: "last month", "this year", "on Tuesday", "in March", "in the third quarter", "a year earlier", "yesterday".
_WHEN = (
    r"(?:(?:last|this|next|the\s+(?:previous|past|same))\s+(?:week|month|year|quarter|fiscal\s+year|period)"
    rf"|(?:on\s+)?{_WEEKDAYS}|in\s+{EN_MONTHS}|in\s+(?:the\s+)?(?:first|second|third|fourth|final|latest)\s+"
    r"(?:quarter|half|month|week)|in\s+Q[1-4]|(?:a|one)\s+(?:year|month|quarter)\s+(?:earlier|ago|before)"
    r"|yesterday|today|overnight|year[- ]on[- ]year|month[- ]on[- ]month|from\s+a\s+year\s+(?:earlier|ago))"
)
# A verb of change just before the adverbial: regular past forms and the common irregular ones.
_VERB = r"(?:[a-z]{3,}ed|rose|fell|grew|sank|shrank|slid|hit|stood|rises|falls|grows|rise|fall|grow|was|were)"
# The adverbial between the verb and the preposition that opens the figures (an adverb in "-ly" may go first);
# for the second figure of a change, "from <first figure>" may stand between.
_TIMED = re.compile(
    rf"\b{_VERB}\s+((?:[a-z]+ly\s+)?{_WHEN}\s*,?\s*)(?:from\s+[^,;]{{1,40}}?\s+)?(?:from|to|by)\s+"
    r"(?:(?:about|around|nearly|almost|some|roughly|just|over|under)\s+)?(?:US|C|A)?[$£€]?\s*$"
)


def timed_change(
    text: str,
    n: NumberMatch,
    rest: str,
    unit: str | None,
    counts: str | None,
    read: Callable[[str, NumberMatch, str, str | None, str], str | None],
) -> str | None:
    """What a figure counts when a time adverbial stands between the verb of change and the figure: the reading
    of the sentence without the adverbial, when the first reading came from the adverbial's own words."""
    timed = _TIMED.search(text[: n.start])
    if not timed or not counts:
        return counts
    words = set(re.findall(r"[A-Za-z]+", timed.group(1).lower()))
    if not set(re.findall(r"[A-Za-z]+", counts.lower())) & words:
        return counts  # the reading came from elsewhere (a noun after the figure): keep it
    a, b = timed.span(1)
    again = read(text[:a] + " " * (b - a) + text[b:], n, rest, unit, "en")
    return again or counts

"""A figure read again without a time phrase or a dashed aside whose words it was read to count (English business
and economy pages).

- "The inflation rate increased unexpectedly last month from 10.1 percent to 10.4 percent", "Exports rose on
  Tuesday to $4 billion": the words between the verb and "from"/"to"/"by" say when (and how) the change happened;
- "Payroll additions in June and July were revised higher by 59,000": a time complement of the subject;
- "the deficit - which reflects the gap between how much the government spends and how much it takes in - is
  projected to remain at 2.6%": an aside between dashes inside the clause.
The subject (or the noun before the phrase) is what the figure counts; read naively, the last noun before the figure
("month", "July", "it") was taken for its head. Here the phrase is blanked (offsets kept) and the figure read again.
Used by `figures`, for English only.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing_app.core.facts.figure_words import EN_MONTHS, EN_VERBS
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
# A time complement of a noun: "in June and July", "for the third quarter", "during the year", "in Q2".
_TIME_COMPLEMENT = re.compile(
    rf"(?<=[a-z])\s+((?:in|for|during|over)\s+(?:{EN_MONTHS}(?:\s+and\s+{EN_MONTHS})?|(?:the\s+)?"
    r"(?:first|second|third|fourth|final|latest|same)\s+(?:quarter|half|period|month|week)|the\s+(?:year|quarter|"
    r"period|month|week)|(?:fiscal\s+)?Q[1-4])\s+)"
    # (the subject ends there: its verb follows, not a noun the time modifies, "oil for July delivery")
    r"(?=(?:were|was|is|are|has|have|had|will|would|could|rose|fell|grew|came|stood|reached|hit|[a-z]{3,}ed)\b)"
)
# A reporting period between a measure and the "of" that gives its sum: "a total dividend for the year of 21.5p",
# "pre-tax profits for the six months of £3.4m", "profits for the year to March of £55m" (read alone: "year").
_PERIOD_OF = re.compile(
    r"(?<=[a-z])\s+(for\s+the\s+(?:full\s+|financial\s+|whole\s+)?(?:year|quarter|half|half[- ]year|period|"
    r"(?:three|six|nine|twelve|3|6|9|12)\s+months)(?:\s+to\s+(?:the\s+end\s+of\s+)?"
    rf"{EN_MONTHS})?\s+)(?=of\s+(?:(?:about|around|nearly|almost|some|just|over)\s+)?(?:US|C|A)?[$£€]?\s*$)"
)
# An aside between dashes (or en/em dashes), spaced.
_DASHED = re.compile(r"\s([-–—]\s[^-–—.;]{3,150}?\s[-–—])\s")
# What is left between a dashed aside and the figure when the aside cuts a change from its object: " by about".
_PREPOSITION_LEFT = re.compile(
    r"\s*(?:by|to|from)\s+(?:(?:about|around|nearly|almost|some|roughly|just|over|under)\s+)?(?:US|C|A)?[$£€]?\s*"
)
# A place complement of the subject before its verb or "at": "the average house price in the UK at £158,565".
_PLACE_COMPLEMENT = re.compile(
    r"(?<=[a-z])\s+((?:in|across|for)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+)"
    r"(?=(?:at|was|were|is|are|rose|fell|grew|stood|reached|hit|[a-z]{3,}ed)\b)"
)
# An adjective of state after a copula before "at": "held steady at 6.1 per cent", "remained unchanged at 5%".
_STATE_AT = re.compile(
    r"\b(?:held|holds|hold|remained|remains|stayed|stays|was|were|is|are|stood|kept)\s+"
    r"((?:steady|flat|unchanged|stable|firm|constant)\s+)(?=at\s)"
)
# A complement of the subject with a coordination in it, right before the verb: "Sales at electronics and appliance
# stores climbed", "consumer spending on goods and services grew" (read alone, the last conjunct was the subject).
_VERB_AHEAD = r"(?=(?:was|were|is|are|has|have|had|rose|fell|grew|climbed|jumped|dropped|[a-z]{3,}ed)\b)"
_JOINED_COMPLEMENT = re.compile(
    r"(?<=[a-z])\s+((?:at|on|in|for|from|across|among)\s+(?:[\w'’-]+\s+){0,4}?(?:and|&)\s+(?:[\w'’-]+\s+){1,3}?)"
    + _VERB_AHEAD
)
# A relative clause between commas after the subject: "Sales at general merchandise stores, which includes big
# chains like Walmart, Target, and Costco, rose by 0.5 percent".
_RELATIVE_ASIDE = re.compile(r"(,\s+(?:which|who)\s+[^;:()]{3,150}?,\s+)" + _VERB_AHEAD)
# An adverb before the direction of a change restated after a figure: ", sharply down 78.6 percent".
_ADVERB_DIRECTION = re.compile(r",\s+([a-z]+ly\s+)(?=(?:up|down|higher|lower)\s+$)")


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower()))


def _after_noun(before: str, at: int) -> bool:
    """Whether the complement starting at `at` follows a noun (of a subject), not a verb ("Imports fell in May and
    exports rose": the time is the verb's, and a new clause follows)."""
    word = re.search(r"([A-Za-z][\w'’-]*)\s*$", before[:at])
    if word is None:
        return False
    w = word.group(1).lower()
    return w not in EN_VERBS and not re.fullmatch(r"[a-z]{3,}ed", w)


def timed_change(
    text: str,
    n: NumberMatch,
    rest: str,
    unit: str | None,
    counts: str | None,
    read: Callable[[str, NumberMatch, str, str | None, str], str | None],
) -> str | None:
    """What a figure counts when a time phrase or a dashed aside stands before it: the reading of the sentence
    without the phrase, when the first reading came from the phrase's own words."""
    if not counts:
        return counts
    before = text[: n.start]
    spans = [m.span(1) for m in _TIMED.finditer(before)]
    spans += [m.span(1) for m in _TIME_COMPLEMENT.finditer(before) if _after_noun(before, m.start(1))]
    spans += [m.span(1) for m in _DASHED.finditer(before)]
    spans += [m.span(1) for m in _PLACE_COMPLEMENT.finditer(before) if _after_noun(before, m.start(1))]
    spans += [m.span(1) for m in _STATE_AT.finditer(before)]
    spans += [m.span(1) for m in _ADVERB_DIRECTION.finditer(before)]
    spans += [m.span(1) for m in _PERIOD_OF.finditer(before) if _after_noun(before, m.start(1))]
    # (only a reading made of its words alone)
    whole = [m.span(1) for m in _JOINED_COMPLEMENT.finditer(before) if _after_noun(before, m.start(1))]
    whole = [(a, b) for a, b in whole if _words(counts) <= _words(text[a:b])]
    spans += whole + [m.span(1) for m in _RELATIVE_ASIDE.finditer(before)]
    own = _words(counts)
    # (an aside right before the figure's "by"/"to" cuts the object from its change whatever the reading took:
    # "will cut their pay - and that of their staff - by 6 percent" read the subject, "Members")
    cutting = {m.span(1) for m in _DASHED.finditer(before) if _PREPOSITION_LEFT.fullmatch(before, m.end(1))}
    for a, b in sorted(spans, key=lambda span: -span[1]):
        if not own & _words(text[a:b]) and (a, b) not in cutting:
            continue  # the reading came from elsewhere (a noun after the figure): keep it
        again = read(text[:a] + " " * (b - a) + text[b:], n, rest, unit, "en")
        if not again:
            return None  # no reading of its own: what the sentence's other figures share, or its clause, will say
        if not _words(again) & _words(text[a:b]):
            return again
    return counts

"""A reading of what an English figure counts that names nothing counted: only a verb of state or comparison, a
preposition, a change noun or a time ("remained at", "compared to", "2022-23", "Q3 2014", "showing increase"). Trade
and results copy tells a measure once and then gives its level, its baseline and its change in a row of clauses that
share the subject: "The country's textile group exports increased by 0.93 percent during the fiscal year and
remained at $16.655 billion as compared to $16.501 billion in 2022-23", "shipments grew 27 percent from 252.9 million
units in Q3 2013 to a record 320.4 million in Q3 2014".

Such a figure measures what the figure before it in the sentence measures (the subject they share); a change noun
that a share holds stays in front ("increase (country's exports)"). Only within one sentence, and only from a
figure before it whose reading names a measure.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

_CHANGE_NOUNS = {"increase", "decrease", "rise", "fall", "growth", "decline", "drop", "gain", "jump", "reduction"}
_HOLLOW = {"remained", "remains", "remain", "stood", "stands", "at", "compared", "comparison", "to", "with", "as",
           "against", "when", "versus", "percent", "per", "cent", "showing", "registering", "registered", "record",
           "recorded", "touched", "in", "on", "of", "the", "a", "an", "during", "from", "same", "negative",
           "positive", "last", "previous", "corresponding", "fiscal",
           # (no nouns of time: "three month period" counts the period)
           # (a participle of change with the figure before it: "zooming 10.8 per cent to Sh19.45 billion" read
           # "zooming 10.8")
           "increasing", "decreasing", "rising", "falling", "growing", "jumping", "climbing", "declining", "dropping",
           "gaining", "zooming", "surging", "soaring", "sliding", "slipping", "easing", "edging",
           # (a comparative before a baseline: "S$3.7 billion, higher than the S$3.6 billion a year ago" read
           # "higher")
           "higher", "lower", "than",
           # (a perfect participle clause: "shares were 4 per cent higher, having fallen by more than 10 per cent"
           # read "having")
           "having",
           # (an adverb of time or a gerund of the session between a verb of change and its figure, in market copy
           # that moves on to the close: "before finally closing up 2 per cent" read "closing",
           # "having earlier fallen as much as 8%" read "having earlier")
           "earlier", "eventually", "later", "initially", "subsequently", "closing", "ending", "finishing",
           "opening", "settling",
           # (a share's number word read for the level after it: "a drop of five per cent to 133,301" read "five
           # cent")
           "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
           *_CHANGE_NOUNS}  # fmt: skip
_TIME_WORD = re.compile(
    r"(?:Q[1-4]|H[12]|FY\d{2,4}|\d{4}(?:[-–/]\d{2,4})?|January|February|March|April|May|June|July|August|September|"
    r"October|November|December)",
    re.IGNORECASE,
)


# An index move told in points and restated as a share, after the level or move before it: "closed at 4,218.40, a
# gain of 31.6 points, or 0.75 per cent", "up 12.80 points or 0.31 per cent" (read "points", "points or"): the
# points are the index's. Only after such a link, not in a tally ("eight rebounds and 11 points").
POINTS_LINK = re.compile(
    r"(?:,\s*(?:an?\s+)?(?:rise|fall|gain|drop|decline|increase|decrease|jump|loss)\s+of|\b(?:up|down)|"
    r"\bpoints?,?\s+or)\s+(?:(?:about|around|some|nearly|almost|just)\s+)?$",
    re.IGNORECASE,
)
_POINTS = {"points", "point", "or"}


def _hollow(reading: str, points: bool = False) -> bool:
    words = re.findall(r"[\w'’-]+", reading)
    known = _HOLLOW | _POINTS if points else _HOLLOW
    return bool(words) and all(w.lower() in known or _TIME_WORD.fullmatch(w) or w.isdigit() for w in words)


def _measure(reading: str) -> str | None:
    """The measure a reading names: "increase (exports)" -> "exports", "textile exports" -> itself."""
    head, _, rest = reading.partition(" (")
    inner = rest.rstrip(")").split(" (")[0] if rest else ""
    inner = "" if not inner or _hollow(inner) else inner
    if head.split() and (head.split()[0].lower() in _CHANGE_NOUNS or _hollow(head)):
        return inner or None
    return head


def hollow_readings(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a figure with a hollow reading the measure of the figure before it in its sentence."""
    last: dict[int, str] = {}  # sentence -> the last measure a figure of it named
    ends: dict[int, int] = {}  # sentence -> where that figure ended
    previous: dict[int, str] = {}  # sentence -> the whole reading of the figure before
    for f, number, text in figure_texts(figures, texts):
        reading = (f.counts or "").strip()
        linked = f.sentence in last and POINTS_LINK.search(text[ends[f.sentence] : number.start]) is not None
        head_words = {w.lower() for w in re.findall(r"[\w'’-]+", reading.split(" (")[0])}
        # (only a reading of the points themselves: "a rise of 15%" keeps its change noun, `own` below)
        if linked and head_words & _POINTS and _hollow(reading.split(" (")[0], points=True):
            before = previous[f.sentence]  # ("fell 30 points, or 1.2%": the points before keep their index)
            whose = before if _hollow(before.split(" (")[0], points=True) and " (" in before else last[f.sentence]
            f.counts = previous[f.sentence] = whose  # "a gain of 31.6 points, or 0.75 per cent": the index's
            ends[f.sentence] = number.end
            continue
        if reading:
            previous[f.sentence] = reading
        measure = _measure(reading) if reading else None
        if measure:  # ("growth in the fiscal year (Cotton yarn exports)": its bracket names the measure)
            last[f.sentence], ends[f.sentence] = measure, number.end
            continue
        if not reading or not _hollow(reading.split(" (")[0]) or f.sentence not in last:
            continue
        change = [w for w in re.findall(r"[\w-]+", reading) if w.lower() in _CHANGE_NOUNS]
        shares_words = re.search(r"\bper\s*cent\b|\bpercent\b", reading) is not None
        own_change = re.search(
            r"\b(?:increase|decrease|rise|fall|growth|decline|drop|gain|jump|reduction)\s+of\s+"
            r"(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?(?:US|C|A|NZ)?[$£€]?\s*$",
            text[: number.start],
        )
        if change and f.unit != "percent" and not shares_words and own_change:
            continue  # "402,500, a drop of 3,500": the sum's own (a "percent growth" reading took a share's words)
        if change and f.unit == "percent" and re.search(r",|\band\b|\bbut\b", text[ends[f.sentence] : number.start]):
            continue  # "Sales were $4m and costs rose, a 10% rise": another clause's change, not the sales'
        own = change and f.unit == "percent"
        f.counts = f"{change[-1].lower()} ({last[f.sentence]})" if own else last[f.sentence]

"""A time phrase fronted without a comma, read into the subject a figure counts (English): "Last year sales rose
5%" read "year sales", "In the three months to June revenue rose 4%" read "june revenue", "In trading this morning
Reuters shares were up 35.5p" read "trading this morning Reuters shares". The subject starts after the time word.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import EN_STOP, EN_VERBS

_TIME_WORDS = {
    "year", "years", "month", "months", "week", "weeks", "quarter", "quarters", "half", "day", "days", "morning",
    "afternoon", "evening", "night", "weekend", "season", "today", "yesterday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday",
}  # fmt: skip
# What ends a reporting period told after its subject: "turnover for the nine months | ended Oct. 31 reached
# $2bn" is no time phrase fronted before a subject "ended Oct".
_PERIOD_ENDS = {"ended", "ending", "through", "that", "which"}
# What governs a time word at the front of a sentence: "Last year", "In the three months to June", "this morning".
_GOVERNED = re.compile(
    r"(?:\b(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]revious|[Ss]ame|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]inal|[Ee]arly|"
    r"[Ll]ate|to|[Ii]n|[Oo]n|[Dd]uring|[Bb]y|[Ss]ince|[Uu]ntil|past|of\s+the|\d+|two|three|four|five|six|nine|twelve)"
    r"\s+)$"
)


def without_fronted_time(text: str, start: int, counts: str | None) -> str | None:
    """`counts` without a time phrase fronted before the subject with no comma (`text`: the sentence, `start`: where
    the figure starts); only where the words after the time word stand right after it in the sentence."""
    if not counts:
        return counts
    head, sep, tail = counts.partition(" (")
    words = head.split()
    for i in range(len(words) - 2, -1, -1):
        word = words[i]
        if word.lower() not in _TIME_WORDS:
            continue
        rest = words[i + 1 :]
        if rest[0].lower() in EN_STOP or rest[0].lower() in EN_VERBS or rest[0].lower() in _PERIOD_ENDS:
            return counts
        before = text[:start]
        found = list(re.finditer(rf"\b{re.escape(word)}\s+{re.escape(rest[0])}\b", before, re.IGNORECASE))
        if not found or not _GOVERNED.search(before[: found[-1].start()]):
            return counts
        return " ".join(rest) + (sep + tail if sep else "")
    return counts

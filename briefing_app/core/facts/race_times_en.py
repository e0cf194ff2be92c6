"""Race times written with colons, read as durations in seconds (English): "posted a time of 2:22:37", "won in
2:06:17", "swam 1:43.53" (the corpus gives a race time as a duration in seconds). The number reader took "2:22" as
a clock time and kept only the seconds ("37"); a time with seconds, or minutes and seconds with hundredths, is no
time of day in news copy. Not after "at" and not before a time zone or "am"/"pm", where it is a clock's.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.counted import counts_of
from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.numbers import NumberMatch

_RACE_TIME = re.compile(
    r"(?<![\d:.])(?:(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d(?:\.\d{1,3})?)|(?P<m2>\d{1,2}):(?P<s2>[0-5]\d\.\d{1,3}))"
    r"(?![\d:])"
)
_CLOCK_AFTER = re.compile(r"\s*(?:[ap]\.?m\b|GMT|BST|UTC|CET|EST|EDT|PST|local\s+time|hrs\b)", re.IGNORECASE)


def race_times(s: SourceSentence, numbers: list[NumberMatch]) -> tuple[list[Fact], list[NumberMatch]]:
    """The race times of an English sentence as figures in seconds, and the sentence's other numbers (those inside
    a race time dropped)."""
    if ":" not in s.text:
        return [], numbers
    out: list[Fact] = []
    spans: list[tuple[int, int]] = []
    for m in _RACE_TIME.finditer(s.text):
        if _CLOCK_AFTER.match(s.text, m.end()) or re.search(r"\b(?:at|from|until|till|by)\s+$", s.text[: m.start()]):
            continue
        if m.group("h"):
            seconds = int(m.group("h")) * 3600 + int(m.group("m")) * 60 + float(m.group("s"))
        else:
            seconds = int(m.group("m2")) * 60 + float(m.group("s2"))
        n = NumberMatch(m.start(), m.end(), m.group(0), seconds, seconds)
        counts = counts_of(s.text, n, s.text[m.end() :], "seconds", "en")
        out.append(Fact("figure", m.group(0), s.index, value=seconds, unit="seconds", counts=counts, number=n))
        spans.append((m.start(), m.end()))
    kept = [n for n in numbers if not any(a < n.end and n.start < b for a, b in spans)]
    return out, kept

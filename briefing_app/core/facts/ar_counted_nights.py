"""Arabic nights counted after a figure: "قضوا نحو 50 مليون ليلة سياحية", "1.2 مليون ليلة مبيت". "ليلة" is a word
of time to the readers of what a figure counts ("ليلة أمس", the night before), so the nights were dropped and the
verb before the figure read instead; right after a number it is the noun counted. Used by `noun_after`."""

from __future__ import annotations

import re

from briefing_app.core.numbers import strip_arabic_marks

_NIGHTS = {"ليلة", "ليال", "ليالي", "ليلة،"}
# An adjective ("سياحية", "فندقية") or the noun of staying ("مبيت") that completes the nights.
_COMPLEMENT = re.compile(r"(?:[\u0621-\u064a]{3,}(?:ية|ي)|مبيت|سياحة)")


def ar_nights_after(tokens: list[str]) -> str | None:
    """The nights and their adjective when the words after an Arabic figure open with "ليلة", else None."""
    if not tokens or strip_arabic_marks(tokens[0]) not in _NIGHTS:
        return None
    second = strip_arabic_marks(tokens[1]) if len(tokens) > 1 else ""
    return " ".join([tokens[0], tokens[1]]) if _COMPLEMENT.fullmatch(second) else tokens[0]

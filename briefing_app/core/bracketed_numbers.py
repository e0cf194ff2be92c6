"""Digits set in brackets before their scale word, a habit of Arabic official and press copy ("بلغت المدخولات (22)
مليار شيكل", "(11.5) مليار"): the bracket marks the number out, the scale word after it still multiplies it. Read
apart, the number was 22 and "مليار" a second figure of one billion."""

from __future__ import annotations

import re

_OPEN = re.compile(r"\(\s*$")
_CLOSE = re.compile(r"\s*\)")


def bracket_closed_after(text: str, start: int, end: int) -> int | None:
    """Where the closing bracket after digits at `start`-`end` ends, when an opening one stands right before them and
    nothing else is inside; None otherwise."""
    if not _OPEN.search(text[max(0, start - 3) : start]):
        return None
    closed = _CLOSE.match(text, end)
    return closed.end() if closed else None


def bracket_opened_before(text: str, start: int) -> int:
    """Where the opening bracket right before digits at `start` is (the figure's text starts there)."""
    m = _OPEN.search(text[max(0, start - 3) : start])
    return max(0, start - 3) + m.start() if m else start


# Omani agency copy sets its figures between slashes as other copy does in brackets ("بطول /37/ كيلومترا", "تسجيل
# / 1570/ حالة"): the marks set the number out, the unit or the noun after the closing one is still its own.
_SLASH_OPEN = re.compile(r"/\s*$")
_SLASH_CLOSE = re.compile(r"\s*/")


def marks_closed_after(text: str, start: int, end: int) -> int | None:
    """Where the closing mark after digits at `start`-`end` ends, when they stand alone between brackets
    ("(48) كيلوغراما") or slashes ("/37/ كيلومترا"); None otherwise."""
    closed = bracket_closed_after(text, start, end)
    if closed is not None or not _SLASH_OPEN.search(text[max(0, start - 3) : start]):
        return closed
    slash = _SLASH_CLOSE.match(text, end)
    return slash.end() if slash else None

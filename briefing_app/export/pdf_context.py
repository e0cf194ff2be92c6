"""What every section of a PDF briefing shares: the briefing, its fonts, the frame width and the colours.

It sits below both `pdf_sections` and `pdf_facts`, so neither has to import the other to learn the
type of its argument (they used to import each other).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable

from briefing_app.core.briefing import Briefing
from briefing_app.core.languages import is_rtl
from briefing_app.export.bidi_text import BidiParagraph, Direction
from briefing_app.export.fonts import FontSet

DEMO_RED = colors.HexColor("#b00020")
DEMO_BACKGROUND = colors.HexColor("#fdecee")
HEADER_BACKGROUND = colors.HexColor("#eef1f5")
RULE = colors.HexColor("#b8bec8")
BODY_SIZE = 9.5


@dataclass(frozen=True)
class Context:
    briefing: Briefing
    fonts: FontSet
    frame_width: float
    frame_height: float = 700.0

    @property
    def max_row_height(self) -> float:
        """The tallest table row a section makes (`pdf_table.RowTable` cuts longer rows into pieces).

        A fifth of the page: a row then always fits below a repeated header row on a fresh page, and
        the gap a row leaves when it moves to the next page stays small, so tables need no in-row
        splitting (which, with a repeated header, put a second header in mid-page).
        """
        return self.frame_height / 5

    def text(self, value: str, size: float = BODY_SIZE, direction: Direction = "auto", **kw: Any) -> BidiParagraph:
        return BidiParagraph(value, size, direction, fonts=self.fonts, **kw)


Section = Callable[[Context], list[Flowable]]


def direction_of(language: str) -> Direction:
    """Text in a right-to-left language gets an RTL base direction even when it starts with Latin."""
    return "rtl" if is_rtl(language) else "ltr"

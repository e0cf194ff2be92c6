"""The reading order of a page's text boxes: full-width blocks in turn, two columns one after the other.

pdfminer.six orders boxes by a blend of their position across and down the page (`boxes_flow`), which
on two-column pages with full-width sections interleaves the columns (references read before the text
above them). Here a page is cut into bands at every box that spans most of the text width or crosses
the middle of the text area (titles, author blocks, abstracts, full-width figures and sections); inside
a band whose two sides both hold text the first column is read before the second, the right one first
on a right-to-left page. Any other band is read top to bottom, as a single column.
"""

from __future__ import annotations

from typing import Any, Protocol, TypeVar

__all__ = ["reading_order"]

_FULL_WIDTH = 0.55  # a box wider than this fraction of the text width cuts the page into bands
_GUTTER_SLACK = 2.0  # points a column box may reach over the middle of the text area


class _Box(Protocol):
    x0: float
    x1: float
    y0: float
    y1: float


B = TypeVar("B", bound=_Box)


def reading_order(boxes: list[B], *, rtl: bool = False) -> list[B]:
    if len(boxes) < 3:
        return list(boxes)
    left = min(b.x0 for b in boxes)
    right = max(b.x1 for b in boxes)
    width = max(right - left, 1.0)
    middle = (left + right) / 2
    ordered: list[B] = []
    band: list[B] = []
    for box in sorted(boxes, key=lambda b: -b.y1):  # top of the page first (PDF y grows upwards)
        crosses = box.x0 < middle - _GUTTER_SLACK and box.x1 > middle + _GUTTER_SLACK
        if crosses or box.x1 - box.x0 > _FULL_WIDTH * width:
            ordered += _band(band, middle, rtl)
            ordered.append(box)
            band = []
        else:
            band.append(box)
    return ordered + _band(band, middle, rtl)


def _band(boxes: list[B], middle: float, rtl: bool) -> list[B]:
    first = [b for b in boxes if b.x1 <= middle + _GUTTER_SLACK]
    second = [b for b in boxes if b.x1 > middle + _GUTTER_SLACK]
    if not (_has_text(first) and _has_text(second)):
        return boxes  # already top to bottom
    if rtl:
        first, second = second, first
    return first + second


def _has_text(boxes: list[Any]) -> bool:
    """A column, not a stray label: some box on this side has at least two lines."""
    return any(len(list(b)) >= 2 for b in boxes)

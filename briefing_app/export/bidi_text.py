"""Right-to-left and mixed-direction text for ReportLab: line breaking, shaping, reordering, drawing.

ReportLab cannot lay out Arabic or Hebrew by itself (checked with ReportLab 5.1: its `bidi` extra
needs rlbidi, which PyPI lacks, and `shaping=1` reverses the word order of RTL lines): its
Paragraph draws isolated letters in reverse order, and reordering a whole paragraph before it wraps
puts the lines in reverse order. So this module does the work in the order that is correct:

1. `layout_lines` breaks the paragraph into lines in *logical* order, measuring each candidate line
   exactly as it will be drawn (`Shaper.measure`);
2. `Shaper.shape_line` then reshapes each line (arabic-reshaper: joined letter forms, lam-alef),
   picks a font per character (`FontSet.fonts_for_word`) and reorders the line alone with the
   Unicode bidi algorithm (python-bidi's pure-Python `bidi.algorithm`, which mirrors brackets);
3. `BidiParagraph` draws the resulting runs, right-aligned when the paragraph runs right to left.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import arabic_reshaper
from bidi import algorithm as bidi_algorithm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from briefing_app.core.languages import is_rtl
from briefing_app.export.fonts import FontSet, register_fonts

Direction = Literal["ltr", "rtl", "auto"]
Align = Literal["start", "end", "left", "right", "center"]

__all__ = ["BidiParagraph", "Line", "Run", "Shaper", "is_rtl", "layout_lines", "resolve_direction"]

_WORD = re.compile(r"\S+")
_TOKEN = re.compile(r"\S+|\s+")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff]")
# Harakat are kept (deleting them would lose characters); the rest is arabic-reshaper's default.
RESHAPER = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


@dataclass(frozen=True)
class Line:
    """One line of a paragraph, in logical order.

    `start`/`end` is the span of the paragraph the line owns: consecutive lines' spans partition the
    text exactly. `text` is what gets drawn: the span without the whitespace at which it was broken.
    """

    start: int
    end: int
    text: str
    width: float


@dataclass(frozen=True)
class Run:
    """A piece of one line in one font, in visual (left-to-right drawing) order."""

    text: str
    font: str
    width: float


# Points: far below anything visible, far above float rounding of summed widths.
_WIDTH_MARGIN = 1e-6


def _clusters(word: str) -> list[int]:
    """Offsets where `word` may be broken: never between a character and its combining marks."""
    return [i for i in range(1, len(word)) if not unicodedata.combining(word[i]) and word[i] != "\u200d"]


def layout_lines(text: str, width: float, measure: Callable[[str], float]) -> list[Line]:
    """Break `text` into lines no wider than `width`, in logical order, by greedy first fit.

    Lines break at whitespace; a word wider than the whole line is broken between characters (not
    inside a character + combining-mark cluster). "\\n" forces a break. A line is wider than `width`
    only when a single cluster is. `measure(s)` is the drawn width of the logical string `s`.
    """
    lines: list[Line] = []
    seg_start = 0
    for segment in text.split("\n"):
        seg_end = seg_start + len(segment)
        boxes: list[tuple[int, int]] = []  # content (start, end) of each line of this segment
        cur: tuple[int, int] | None = None
        cur_width = 0.0
        words = [(m.start() + seg_start, m.end() + seg_start) for m in _WORD.finditer(segment)]
        i = 0
        while i < len(words):
            a, b = words[i]
            if cur is None:
                word_width = measure(text[a:b])
                if word_width <= width:
                    cur, cur_width = (a, b), word_width
                    i += 1
                    continue
                # The longest prefix of whole clusters that fits, by bisection: prefix widths only
                # grow, and a long unbroken run (a URL, a compound) must not cost a measure per character.
                offsets = _clusters(text[a:b])
                lo, hi = 0, len(offsets)
                while lo < hi:
                    mid = (lo + hi) // 2
                    if measure(text[a : a + offsets[mid]]) <= width:
                        lo = mid + 1
                    else:
                        hi = mid
                cut = a + offsets[lo - 1] if lo else a + 1
                boxes.append((a, cut))
                words[i] = (cut, b)
                continue
            # Widths add up over whitespace and words, so the line grows by the gap and the word
            # alone: linear in the line, not quadratic. The margin absorbs float rounding.
            grown = cur_width + measure(text[cur[1] : b])
            if grown <= width - _WIDTH_MARGIN:
                cur, cur_width = (cur[0], b), grown
                i += 1
            else:
                boxes.append(cur)
                cur = None
        if cur is not None:
            boxes.append(cur)
        if not boxes:
            boxes.append((seg_start, seg_start))
        span_end = seg_end + 1 if seg_end < len(text) else seg_end  # the "\n" belongs to the last line
        for k, (a, b) in enumerate(boxes):
            start = seg_start if k == 0 else boxes[k][0]
            end = boxes[k + 1][0] if k + 1 < len(boxes) else span_end
            lines.append(Line(start, end, text[a:b], measure(text[a:b]) if b > a else 0.0))
        seg_start = span_end
    return lines


def resolve_direction(text: str, direction: Direction = "auto") -> Literal["ltr", "rtl"]:
    """An explicit direction, or for "auto" the direction of the first strong character (UAX #9 P2)."""
    if direction != "auto":
        return direction
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return "ltr"


# Characters that can make a left-to-right line reorder: right-to-left letters and digits (Hebrew,
# Arabic, Syriac, Thaana, N'Ko, their presentation forms) and explicit bidi controls.
_NEEDS_BIDI = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u200f\u202a-\u202e\u2066-\u2069]")


def visual_order(text: str, rtl: bool) -> list[tuple[int, str]]:
    """(logical index, displayed character) pairs in visual order for one line.

    Same steps as `bidi.algorithm.get_display` (rules X1-I2, L1, L2, L4 with bracket mirroring),
    but it keeps each character's logical index, which font runs need to survive reordering.
    """
    if not rtl and not _NEEDS_BIDI.search(text):
        # Left-to-right text in a left-to-right line: nothing to reorder or mirror (most Latin cells).
        return list(enumerate(text))
    storage = bidi_algorithm.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    bidi_algorithm.get_embedding_levels(text, storage)
    for idx, ch in enumerate(storage["chars"]):
        ch["logical_index"] = idx
    bidi_algorithm.explicit_embed_and_overrides(storage, False)
    bidi_algorithm.resolve_weak_types(storage, False)
    bidi_algorithm.resolve_neutral_types(storage, False)
    bidi_algorithm.resolve_implicit_levels(storage, False)
    bidi_algorithm.reorder_resolved_levels(storage, False)
    bidi_algorithm.apply_mirroring(storage, False)
    return [(ch["logical_index"], ch["ch"]) for ch in storage["chars"]]


class Shaper:
    """Shapes and measures lines for one font weight; widths are cached per word for speed.

    Widths are additive over words because arabic-reshaper joins letters only inside a word and
    fonts are chosen per word, so `measure` is exact for any line without shaping the whole line.
    """

    def __init__(self, fonts: FontSet, bold: bool = False) -> None:
        self.fonts = fonts
        self.bold = bold

    @staticmethod
    @functools.lru_cache(maxsize=65536)
    def _shaped_word(word: str, fonts: FontSet, bold: bool) -> tuple[str, tuple[str, ...], float]:
        """(reshaped word, font per reshaped character, width at size 1)."""
        shaped = RESHAPER.reshape(word) if _ARABIC.search(word) else word
        names = fonts.fonts_for_word(shaped, bold)
        width = sum(pdfmetrics.stringWidth(c, f, 1.0) for c, f in zip(shaped, names, strict=True))
        return shaped, tuple(names), width

    def _tokens(self, text: str) -> list[tuple[str, tuple[str, ...], float]]:
        space = self.fonts.space_font(self.bold)
        out = []
        for tok in _TOKEN.findall(text):
            if tok[0].isspace():
                n = len(tok)
                out.append((" " * n, (space,) * n, n * pdfmetrics.stringWidth(" ", space, 1.0)))
            else:
                out.append(self._shaped_word(tok, self.fonts, self.bold))
        return out

    def measure(self, text: str, size: float) -> float:
        return self._width(text, self.fonts, self.bold) * size

    @staticmethod
    @functools.lru_cache(maxsize=65536)
    def _width(text: str, fonts: FontSet, bold: bool) -> float:
        """Width of `text` at size 1. Cached: line breaking measures the same " word" (gap and word)
        over and over, and the source column of every target language is the same text."""
        return sum(t[2] for t in Shaper(fonts, bold)._tokens(text))

    def shape_line(self, text: str, rtl: bool, size: float) -> list[Run]:
        """Visual-order runs for one logical line: reshaped, font-tagged, reordered, mirrored."""
        return list(self._shaped_line(text, rtl, size, self.fonts, self.bold))

    @staticmethod
    @functools.lru_cache(maxsize=16384)
    def _shaped_line(text: str, rtl: bool, size: float, fonts: FontSet, bold: bool) -> tuple[Run, ...]:
        """`shape_line`, cached: the source column is drawn once per target language, the same
        lines again on every export of the briefing."""
        return tuple(Shaper(fonts, bold)._shape(text, rtl, size))

    def _shape(self, text: str, rtl: bool, size: float) -> list[Run]:
        tokens = self._tokens(text)
        shaped = "".join(t[0] for t in tokens)
        fonts = [f for t in tokens for f in t[1]]
        runs: list[Run] = []
        buf: list[str] = []
        cur_font = ""
        for idx, ch in visual_order(shaped, rtl):
            font = fonts[idx]
            if font != cur_font and buf:
                runs.append(Run("".join(buf), cur_font, pdfmetrics.stringWidth("".join(buf), cur_font, size)))
                buf = []
            cur_font = font
            buf.append(ch)
        if buf:
            runs.append(Run("".join(buf), cur_font, pdfmetrics.stringWidth("".join(buf), cur_font, size)))
        return runs


@functools.lru_cache(maxsize=8192)
def _cached_layout(text: str, width: float, size: float, fonts: FontSet, bold: bool) -> tuple[Line, ...]:
    """`layout_lines` for a paragraph, shared by every paragraph of the same text, size and weight:
    the source sentences appear in one table per target language, at the same width."""
    shaper = Shaper(fonts, bold)
    return tuple(layout_lines(text, width, lambda t: shaper.measure(t, size)))


class BidiParagraph(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """A paragraph of any direction: wraps to the width it is given, shapes Arabic, orders each line.

    `direction` is "ltr", "rtl" or "auto" (first strong character). RTL lines are right-aligned
    (align="start"); "end" aligns to the other side, "center" centres.
    """

    def __init__(
        self,
        text: str,
        font_size: float = 10.0,
        direction: Direction = "auto",
        *,
        bold: bool = False,
        leading: float | None = None,
        color: Any = colors.black,
        align: Align = "start",
        fonts: FontSet | None = None,
    ) -> None:
        super().__init__()
        self.text = text
        self.font_size = font_size
        self.direction = resolve_direction(text, direction)
        self.bold = bold
        self.leading = leading if leading is not None else font_size * 1.5
        self.color = color
        self.align = align
        self.fonts = fonts or register_fonts()
        self._shaper = Shaper(self.fonts, bold)
        self._lines: list[Line] = []
        self._layout_cache: tuple[float, list[Line]] | None = None
        self.width = 0.0
        self.height = 0.0

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"

    def measure(self, text: str) -> float:
        return self._shaper.measure(text, self.font_size)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803  (ReportLab API)
        self.width = availWidth
        self._lines = self._layout(availWidth)
        self.height = len(self._lines) * self.leading
        return self.width, self.height

    def _layout(self, width: float) -> list[Line]:
        """Tables wrap each cell several times at the same width: lay out once per width.

        The width is rounded to a millionth of a point, far below `_WIDTH_MARGIN`'s effect: a
        table computes a cell's width by different float sums (the same cell came out 236.614...
        in one place and 236.614... + 3e-14 in another), which must not cost a second layout.
        """
        key = round(width, 6)
        cached = self._layout_cache
        if cached is None or cached[0] != key:
            lines = _cached_layout(self.text, key, self.font_size, self.fonts, self.bold)
            cached = self._layout_cache = (key, list(lines))
        return cached[1]

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """Split between lines so long cells and paragraphs can continue on the next page."""
        lines = self._layout(availWidth)
        fit = int(availHeight // self.leading)
        if fit <= 0:
            return []
        if fit >= len(lines):
            # It fits whole: nothing to split. Platypus (and its table-cell splitter, which indexes
            # the second part) expects either no parts or two, never just [self].
            return []
        return [self._copy(self.text[: lines[fit - 1].end]), self._copy(self.text[lines[fit].start :])]

    def _copy(self, text: str) -> BidiParagraph:
        return BidiParagraph(
            text,
            self.font_size,
            self.direction,
            bold=self.bold,
            leading=self.leading,
            color=self.color,
            align=self.align,
            fonts=self.fonts,
        )

    def _x(self, line_width: float) -> float:
        side = {"left": "left", "right": "right", "center": "center"}.get(self.align)
        if side is None:
            side = "right" if self.rtl == (self.align == "start") else "left"
        if side == "right":
            return self.width - line_width
        if side == "center":
            return (self.width - line_width) / 2
        return 0.0

    def draw(self) -> None:
        canv = self.canv
        canv.setFillColor(self.color)
        # Baseline sits one font size below the top of the line box, leaving room for descenders.
        y = self.height - (self.leading - self.font_size) / 2 - self.font_size * 0.9
        for line in self._lines:
            runs = self._shaper.shape_line(line.text, self.rtl, self.font_size)
            x = self._x(sum(r.width for r in runs))
            for run in runs:
                canv.setFont(run.font, self.font_size)
                canv.drawString(x, y, run.text)
                x += run.width
            y -= self.leading

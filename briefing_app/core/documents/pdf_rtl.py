"""Right-to-left lines of a PDF in logical (reading) order, whatever order the file stores them in.

A PDF only says where each glyph is drawn. Some producers write Arabic and Hebrew in logical order
(XeTeX, LuaTeX, Word), others in visual order, left to right as drawn, often with Arabic presentation
forms (InDesign, and ReportLab, which this app's own briefings use). pdfminer.six hands glyphs over in
the stored order, so visual-order files came out backwards ("2022 ةنسل 8 مقر نوناق").

The one order every file agrees on is the drawn one, so a line that contains right-to-left letters is
rebuilt from the glyphs' positions: glyphs sorted left to right give the visual line, and the Unicode
bidirectional algorithm (python-bidi, which reorders visual to logical as well as back, since for a
single line the reordering of levels is its own inverse) gives the reading order. Lines without
right-to-left letters keep pdfminer's text untouched.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from bidi.algorithm import get_display

__all__ = ["Glyph", "has_rtl", "logical_line", "normalise_pdf_text", "stored_visually"]

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_STRONG_LTR = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u052f]")
# Latin ligatures (ﬁ, ﬂ...), Hebrew and Arabic presentation forms: glyph codes that only PDFs and old
# encodings carry; NFKC turns them into the letters they draw.
_PRESENTATION_FORMS = re.compile("[\ufb00-\ufb06\ufb1d-\ufb4f\ufb50-\ufdff\ufe70-\ufeff]+")
# pdfminer writes "(cid:63)" for a glyph whose font has no Unicode mapping: not text.
_UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)")
_TATWEEL_RUN = re.compile("\u0640+")
_SPACES = re.compile(r"[ \u00a0]{2,}")
# A glyph further than this fraction of the font size from its left neighbour starts a new word.
_WORD_GAP = 0.18


@dataclass(frozen=True)
class Glyph:
    """One drawn glyph: its text (a ligature may carry several characters) and horizontal extent."""

    text: str
    x0: float
    x1: float
    size: float


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def normalise_pdf_text(text: str) -> str:
    """Presentation forms and ligatures to plain letters (NFKC on those only); no tatweel runs, U+FFFD or
    pdfminer's "(cid:N)" placeholders.

    NFKC is applied to the Arabic presentation forms alone: on the whole text it would also turn
    superscripts, fractions and full-width characters into something else.
    """
    text = _PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = _TATWEEL_RUN.sub("", text).replace("\ufffd", "")
    text = _UNMAPPED_GLYPH.sub("", text)
    return unicodedata.normalize("NFC", text)


def stored_visually(glyphs: list[Glyph]) -> bool:
    """True when the right-to-left glyphs of a line are stored left to right, as drawn (visual order)."""
    rtl = [g for g in glyphs if has_rtl(g.text)]
    forward = sum(1 for a, b in zip(rtl, rtl[1:], strict=False) if b.x0 > a.x0)
    backward = sum(1 for a, b in zip(rtl, rtl[1:], strict=False) if b.x0 < a.x0)
    return forward > backward


def _is_mark(text: str) -> bool:
    return bool(text) and all(unicodedata.category(c).startswith("M") for c in text)


def _clusters(glyphs: list[Glyph], visual: bool) -> list[Glyph]:
    """Combining marks (harakat, niqqud) drawn as glyphs of their own join their letter, so that sorting by
    position cannot scatter them. In logical storage a mark follows its letter; in visual storage (a naive
    reversal of the logical text) it comes just before it."""
    out: list[Glyph] = []
    pending = ""
    for g in glyphs:
        if _is_mark(g.text):
            if visual:
                pending += g.text
            elif out:
                last = out[-1]
                out[-1] = Glyph(last.text + g.text, last.x0, max(last.x1, g.x1), last.size)
            continue
        if pending:
            g = Glyph(g.text + pending[::-1], g.x0, g.x1, g.size)
            pending = ""
        out.append(g)
    if pending and out:
        last = out[-1]
        out[-1] = Glyph(last.text + pending[::-1], last.x0, last.x1, last.size)
    return out


def logical_line(glyphs: list[Glyph]) -> str:
    """The reading-order text of one line of glyphs, given in any order."""
    present = [g for g in glyphs if g.text]
    clusters = sorted(_clusters(present, stored_visually(present)), key=lambda g: (g.x0 + g.x1) / 2)
    parts: list[str] = []
    prev: Glyph | None = None
    for g in clusters:
        if prev is not None and not g.text.isspace() and not prev.text.isspace():
            if g.x0 - prev.x1 > _WORD_GAP * max(g.size, prev.size, 1.0):
                parts.append(" ")
        # A right-to-left cluster of several characters (a ligature, a letter with its marks) is stored in
        # logical order; reversed here, it comes back the right way round when the line is reordered.
        parts.append(g.text[::-1] if len(g.text) > 1 and has_rtl(g.text) else g.text)
        prev = g
    visual = _SPACES.sub(" ", "".join(parts)).strip()
    rtl = len(_RTL.findall(visual))
    ltr = len(_STRONG_LTR.findall(visual))
    logical = get_display(visual, base_dir="R" if rtl >= ltr else "L")
    return str(logical)

"""The bundled Noto fonts, registered with ReportLab once per process, and per-character font choice.

No single bundled font covers Latin, Arabic and Hebrew: Noto Sans Arabic has no Latin letters and no
brackets, Noto Sans Hebrew has no digits and no `" ; .`. So every character is given a font by its
script, and neutral characters (digits, punctuation, spaces) by the word they sit in, always checked
against the font's real cmap so a missing glyph falls back to a font that has it instead of a box.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from briefing_app.core.errors import ExportError
from briefing_app.core.package_data import resource_path


class Script(StrEnum):
    LATIN = "latin"  # also every other strong left-to-right script Noto Sans covers
    ARABIC = "arabic"
    HEBREW = "hebrew"


# Registered font name -> file in briefing_app/resources/fonts.
FONT_FILES: dict[tuple[Script, bool], tuple[str, str]] = {
    (Script.LATIN, False): ("BriefingSans", "NotoSans-Regular.ttf"),
    (Script.LATIN, True): ("BriefingSans-Bold", "NotoSans-Bold.ttf"),
    (Script.ARABIC, False): ("BriefingSansArabic", "NotoSansArabic-Regular.ttf"),
    (Script.ARABIC, True): ("BriefingSansArabic-Bold", "NotoSansArabic-Bold.ttf"),
    (Script.HEBREW, False): ("BriefingSansHebrew", "NotoSansHebrew-Regular.ttf"),
    (Script.HEBREW, True): ("BriefingSansHebrew-Bold", "NotoSansHebrew-Bold.ttf"),
}
BASE_FONT = FONT_FILES[(Script.LATIN, False)][0]
BASE_FONT_BOLD = FONT_FILES[(Script.LATIN, True)][0]

_FALLBACK_ORDER = (Script.LATIN, Script.ARABIC, Script.HEBREW)


def script_of(ch: str) -> Script | None:
    """The script a character belongs to, or None for neutrals (digits, punctuation, spaces, marks).

    Arabic presentation forms (what arabic-reshaper produces) count as Arabic.
    """
    cp = ord(ch)
    if 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0x0870 <= cp <= 0x08FF:
        return Script.ARABIC
    if 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
        return Script.ARABIC
    if 0x0590 <= cp <= 0x05FF or 0xFB1D <= cp <= 0xFB4F:
        return Script.HEBREW
    if unicodedata.bidirectional(ch) in ("L", "R", "AL"):
        return Script.LATIN
    return None


@dataclass(frozen=True, eq=False)  # hashed by identity: one instance per process, used as a cache key
class FontSet:
    """The registered fonts and the code points each one really has a glyph for."""

    coverage: dict[str, frozenset[int]]

    @staticmethod
    def name(script: Script, bold: bool) -> str:
        return FONT_FILES[(script, bold)][0]

    def has_glyph(self, font: str, ch: str) -> bool:
        return ord(ch) in self.coverage[font]

    def fonts_for_word(self, word: str, bold: bool = False) -> list[str]:
        """One font name per character of `word` (a run without spaces, in logical order).

        Letters take their script's font. Neutrals take the font of the word's right-to-left
        script when it has the glyph ("1,300" beside Arabic letters, the final "." of an Arabic
        word) and Noto Sans otherwise, so digits inside Latin or alone always match Latin text.
        Combining marks stay with their base character. Any choice without a glyph falls back to
        the first font that has one.
        """
        scripts = {script_of(c) for c in word}
        context = Script.ARABIC if Script.ARABIC in scripts else Script.HEBREW if Script.HEBREW in scripts else None
        out: list[str] = []
        for ch in word:
            if out and unicodedata.combining(ch):
                out.append(out[-1])
                continue
            script = script_of(ch) or context or Script.LATIN
            font = self.name(script, bold)
            if not self.has_glyph(font, ch):
                font = next(
                    (self.name(s, bold) for s in _FALLBACK_ORDER if self.has_glyph(self.name(s, bold), ch)),
                    self.name(Script.LATIN, bold),  # nobody has it: Noto Sans draws its .notdef box
                )
            out.append(font)
        return out

    def uncovered(self, text: str) -> set[str]:
        """Characters no bundled font can draw (CJK, emoji, ...): they would print as blanks."""
        return {c for c in text if not c.isspace() and all(ord(c) not in cov for cov in self.coverage.values())}

    def space_font(self, bold: bool = False) -> str:
        return self.name(Script.LATIN, bold)


def _load(file_name: str, font_name: str) -> TTFont:
    try:
        return TTFont(font_name, str(resource_path("fonts", file_name)))
    except (OSError, ValueError) as exc:  # missing file, or not a TrueType font
        raise ExportError(f"bundled font {file_name} could not be loaded ({exc}); reinstall Briefing Desk") from exc


@functools.cache
def register_fonts() -> FontSet:
    """Register the six bundled fonts with ReportLab (once per process) and return their coverage."""
    coverage: dict[str, frozenset[int]] = {}
    for font_name, file_name in FONT_FILES.values():
        if font_name in pdfmetrics.getRegisteredFontNames():
            font = pdfmetrics.getFont(font_name)
        else:
            font = _load(file_name, font_name)
            pdfmetrics.registerFont(font)
        coverage[font_name] = frozenset(font.face.charToGlyph)
    # Lets ReportLab's own Paragraph/<b> markup use the Latin pair, should a section want it.
    for family in (Script.LATIN, Script.ARABIC, Script.HEBREW):
        regular, bold = FontSet.name(family, False), FontSet.name(family, True)
        addMapping(regular, 0, 0, regular)
        addMapping(regular, 1, 0, bold)
        addMapping(regular, 0, 1, regular)
        addMapping(regular, 1, 1, bold)
    return FontSet(coverage)

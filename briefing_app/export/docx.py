"""Word (.docx) export of a briefing, with python-docx: the PDF's sections in an editable file.

Right-to-left text needs three marks for Word to lay it out: `w:bidi` on the paragraph (right
alignment and RTL paragraph order), `w:rtl` on each run (RTL character order), and `w:lang
w:bidi="ar-SA"` on the run so Word picks the complex-script font and proofing language. python-docx
has no API for them, so they are added as OOXML elements.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document as new_docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from briefing_app.core.atomic import write_with_atomic
from briefing_app.core.briefing import Briefing, TargetTranslation
from briefing_app.core.errors import ExportError
from briefing_app.core.model import BlockKind
from briefing_app.core.review import origin_note
from briefing_app.export.summary import (
    demo_warning,
    display,
    fact_lines,
    is_rtl_language,
    shown_checks,
    title_rows,
    warning_line,
)
from briefing_app.export.target import check_export_path

FONTS = {"ar": "Noto Sans Arabic", "he": "Noto Sans Hebrew"}
LATIN_FONT = "Noto Sans"
RED = RGBColor(0xB0, 0x00, 0x20)
BLUE = RGBColor(0x1F, 0x5F, 0xA8)
GREY = RGBColor(0x66, 0x66, 0x66)
# Word wants a region with the bidi language; the primary subtag alone is not recognised everywhere.
BIDI_LANG = {"ar": "ar-SA", "he": "he-IL", "fa": "fa-IR", "ur": "ur-PK", "yi": "yi", "ps": "ps-AF"}


def _mark_paragraph_rtl(paragraph: Any) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    bidi = OxmlElement("w:bidi")
    # Schema order matters to Word: w:bidi comes after the keep/border/shading settings, before spacing.
    ppr.insert_element_before(
        bidi, "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
        "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
        "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
    )  # fmt: skip
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _mark_run(run: Any, language: str) -> None:
    """Language (and, for RTL scripts, direction and complex-script font) of one run."""
    rpr = run._r.get_or_add_rPr()
    base = language.split("-")[0].lower()
    rtl = is_rtl_language(base)
    font = FONTS.get(base, LATIN_FONT)
    fonts = OxmlElement("w:rFonts")
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), font if attr == "w:cs" or not rtl else LATIN_FONT)
    rpr.insert(0, fonts)
    if rtl:
        rtl_el = OxmlElement("w:rtl")
        rpr.append(rtl_el)
    lang = OxmlElement("w:lang")
    if rtl:
        lang.set(qn("w:bidi"), BIDI_LANG.get(base, base))
    else:
        lang.set(qn("w:val"), base)
    rpr.append(lang)


def _paragraph(container: Any, text: str, language: str, *, bold: bool = False, size: float | None = None,
               color: RGBColor | None = None, italic: bool = False) -> Any:  # fmt: skip
    paragraph = container.add_paragraph()
    if is_rtl_language(language):
        _mark_paragraph_rtl(paragraph)
    run = paragraph.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if color is not None:
        run.font.color.rgb = color
    _mark_run(run, language)
    return paragraph


def _cell_text(cell: Any, text: str, language: str, *, bold: bool = False, note: str = "",
               note_color: RGBColor = BLUE) -> None:  # fmt: skip
    first = cell.paragraphs[0]
    if is_rtl_language(language):
        _mark_paragraph_rtl(first)
    run = first.add_run(text)
    run.bold = bold
    run.font.size = Pt(9.5)
    _mark_run(run, language)
    if note:
        _paragraph(cell, note, "en", size=7.5, color=note_color, italic=True)


def _target_table(document: Any, briefing: Briefing, target: TargetTranslation) -> None:
    doc = briefing.document
    kinds = {p.index: p.kind for p in doc.paragraphs}
    langs = {p.index: (p.language.code if p.language else doc.language.code) for p in doc.paragraphs}
    flags: dict[int, list[str]] = {}
    for c in shown_checks(briefing.checks):
        if c.target == target.language:
            flags.setdefault(c.sentence, []).append(f"\u25b2 {c.kind.replace('_', ' ')}: {c.message}")
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    _cell_text(table.rows[0].cells[0], display(doc.language.code), "en", bold=True)
    _cell_text(table.rows[0].cells[1], display(target.language), "en", bold=True)
    for s in target.sentences:
        cells = table.add_row().cells
        heading = kinds.get(s.paragraph) == BlockKind.HEADING
        _cell_text(cells[0], s.source, langs.get(s.paragraph, doc.language.code), bold=heading)
        notes = [*flags.get(s.index, []), *([f"({origin_note(s)})"] if origin_note(s) else [])]
        _cell_text(cells[1], s.translation, target.language, bold=heading)
        for note in notes:
            _paragraph(cells[1], note, "en", size=7.5, color=RED if note.startswith("\u25b2") else BLUE, italic=True)


def build_docx(briefing: Briefing) -> Any:
    """The briefing as a python-docx Document (title block, warnings, key facts, one table per language)."""
    document = new_docx()
    doc = briefing.document
    styles = document.styles
    styles["Normal"].font.name = LATIN_FONT
    styles["Normal"].font.size = Pt(10)
    props = document.core_properties
    props.title = doc.title or doc.path.name
    props.author = "Briefing Desk"
    props.language = doc.language.code
    _paragraph(document, "Briefing", "en", size=9, color=GREY)
    _paragraph(document, doc.title or doc.path.name, doc.language.code, bold=True, size=18)
    if briefing.demo:
        _paragraph(document, demo_warning(briefing), "en", bold=True, color=RED)
    table = document.add_table(rows=0, cols=2)
    for label, value in title_rows(briefing):
        cells = table.add_row().cells
        _cell_text(cells[0], label, "en", bold=True)
        _cell_text(cells[1], value, "en")
    document.add_heading("Fidelity warnings", level=1)
    checks = shown_checks(briefing.checks)
    if not checks:
        _paragraph(document, "No fidelity warnings: every number and protected name survived translation.", "en")
    for c in checks:
        _paragraph(document, warning_line(c), "en", color=RED if c.severity == "error" else None)
    lines = fact_lines(briefing)
    if lines:
        document.add_heading("Key facts", level=1)
        group = None
        for line in lines:
            if line.group != group:
                group = line.group
                document.add_heading(group, level=2)
            _paragraph(document, f"{line.reference}  {line.text}", doc.language.code)
    for target in briefing.targets:
        heading = document.add_heading(display(target.language), level=1)
        heading.runs[0].font.size = Pt(14)
        via = f", via {target.pivot}" if target.pivot else ""
        _paragraph(document, f"Translated from {display(doc.language.code)}{via}.", "en", size=8.5, color=GREY)
        if target.demo:
            _paragraph(document, "This column is not a translation of the article (demo language pack).", "en",
                       color=RED, bold=True)  # fmt: skip
        _target_table(document, briefing, target)
    return document


def export_docx(briefing: Briefing, out_path: Path) -> None:
    """Write the Word briefing to `out_path` atomically; ExportError with the reason otherwise."""
    out_path = Path(out_path)
    check_export_path(out_path, briefing.document.path)
    try:
        document = build_docx(briefing)
        write_with_atomic(out_path, lambda tmp: document.save(str(tmp)))
    except ExportError:
        raise
    except OSError as exc:
        raise ExportError(f"{out_path}: could not write the Word briefing: {exc.strerror or exc}") from exc

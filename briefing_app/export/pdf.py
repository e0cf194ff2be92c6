"""PDF export of a briefing: page template, metadata, outline and the atomic write.

What goes on the pages is decided by `briefing_app.export.pdf_sections.SECTIONS`, a list of
functions each returning flowables; later sections (key facts, fidelity warnings) are added there.
This module only owns the document frame: A4 pages with a running header (the demo notice when a
demo pack was used), "page N of M" footers, document metadata including /Lang, and the rule that an
export either writes a complete file or leaves the target untouched.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from briefing_app.core.atomic import write_with_atomic
from briefing_app.core.briefing import DEMO_NOTICE, Briefing
from briefing_app.core.errors import ExportError
from briefing_app.core.languages import language_name, primary_subtag
from briefing_app.export.fonts import BASE_FONT, BASE_FONT_BOLD, register_fonts
from briefing_app.export.pdf_context import Context
from briefing_app.export.pdf_sections import SECTIONS
from briefing_app.export.target import check_export_path

PAGE_SIZE = A4
MARGIN = 18 * mm
HEADER_GAP = 10 * mm  # space reserved above and below the frame for header and footer
AUTHOR = "Briefing Desk"
_TOTAL_FORM = "briefingPageTotal"


class _BriefingCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
    """A canvas that knows the page total only at the end: "of M" is a form XObject drawn on each
    page and defined in `save()`, so the document is laid out once (a second pass would double the
    export time) and bookmarks still point at the right pages."""

    def save(self) -> None:
        total = self.getPageNumber() - 1  # save() runs after the last showPage()
        self.beginForm(_TOTAL_FORM)
        self.setFont(BASE_FONT, 8)
        self.setFillColor(colors.grey)
        self.drawString(0, 0, str(max(total, 1)))
        self.endForm()
        super().save()


def _draw_page_frame(canv: Canvas, doc: BaseDocTemplate, briefing: Briefing) -> None:
    """Running header and footer on every page."""
    width, height = PAGE_SIZE
    canv.saveState()
    top = height - MARGIN + 2 * mm
    if briefing.demo:
        canv.setFillColor(colors.HexColor("#b00020"))
        canv.setFont(BASE_FONT_BOLD, 9)
        canv.drawString(MARGIN, top, f"DEMO \u2013 {DEMO_NOTICE}")
    canv.setFillColor(colors.grey)
    canv.setFont(BASE_FONT, 8)
    canv.drawRightString(width - MARGIN, top, f"{AUTHOR} {briefing.app_version}")
    canv.setStrokeColor(colors.lightgrey)
    canv.setLineWidth(0.5)
    canv.line(MARGIN, top - 2 * mm, width - MARGIN, top - 2 * mm)
    bottom = MARGIN - 6 * mm
    canv.line(MARGIN, bottom + 4 * mm, width - MARGIN, bottom + 4 * mm)
    canv.drawString(MARGIN, bottom, f"Generated {briefing.generated_at:%Y-%m-%d %H:%M %Z}".strip())
    label = f"Page {doc.page} of "
    total_width = canv.stringWidth("999", BASE_FONT, 8)
    x = width - MARGIN - total_width - canv.stringWidth(label, BASE_FONT, 8)
    canv.drawString(x, bottom, label)
    canv.translate(x + canv.stringWidth(label, BASE_FONT, 8), bottom)
    canv.doForm(_TOTAL_FORM)
    canv.restoreState()


def _first_page(canv: Canvas, doc: BaseDocTemplate, briefing: Briefing) -> None:
    canv.showOutline()  # open the bookmarks pane: one entry per target language
    _draw_page_frame(canv, doc, briefing)


def build_story(briefing: Briefing) -> list[Flowable]:
    """All flowables of the briefing, section by section."""
    ctx = Context(
        briefing=briefing,
        fonts=register_fonts(),
        frame_width=PAGE_SIZE[0] - 2 * MARGIN,
        frame_height=PAGE_SIZE[1] - 2 * MARGIN - HEADER_GAP,
    )
    story: list[Flowable] = []
    for section in SECTIONS:
        story.extend(section(ctx))
    return story


def _metadata(briefing: Briefing) -> dict[str, Any]:
    doc = briefing.document
    targets = ", ".join(language_name(t.language) for t in briefing.targets) or "no target language"
    subject = f"Briefing: {language_name(doc.language.code)} article translated into {targets}"
    if briefing.demo:
        subject += f" ({DEMO_NOTICE})"
    return {
        "title": doc.title or doc.path.name,
        "author": AUTHOR,
        "subject": subject,
        "creator": f"{AUTHOR} {briefing.app_version}",
        "keywords": ["briefing", doc.language.code, *(t.language for t in briefing.targets)],
        # /Lang of the catalog: the source language is what most of the text is in.
        "lang": primary_subtag(doc.language.code) or None,
    }


def _render(briefing: Briefing, path: Path) -> None:
    width, height = PAGE_SIZE
    frame = Frame(
        MARGIN,
        MARGIN + HEADER_GAP / 2,
        width - 2 * MARGIN,
        height - 2 * MARGIN - HEADER_GAP,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc = BaseDocTemplate(str(path), pagesize=PAGE_SIZE, **_metadata(briefing))
    doc.addPageTemplates(
        [
            PageTemplate(
                id="first",
                frames=[frame],
                onPage=lambda c, d: _first_page(c, d, briefing),
                autoNextPageTemplate="later",
            ),
            PageTemplate(id="later", frames=[frame], onPage=lambda c, d: _draw_page_frame(c, d, briefing)),
        ]
    )
    doc.build(build_story(briefing), canvasmaker=_BriefingCanvas)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while a PDF is laid out.

    Layout allocates hundreds of thousands of small objects, which set off full collections that
    walk every object of the process: after a brief of the sample (about 200,000 tracked objects)
    they were a third of the first export's CPU time (0.2 of 0.6 s). Cycles made meanwhile are
    collected as usual once the collector is back on.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def export_pdf(briefing: Briefing, out_path: Path) -> None:
    """Write the briefing as a PDF to `out_path`, atomically.

    Raises ExportError (with a message a user can act on) when the target is the article itself,
    its folder does not exist or is not writable, or layout fails; the target is then untouched and
    no temporary file is left behind.
    """
    out_path = Path(out_path)
    check_export_path(out_path, briefing.document.path)
    try:
        with _collector_paused():
            write_with_atomic(out_path, lambda tmp: _render(briefing, tmp))
    except ExportError:
        raise
    except OSError as exc:
        raise ExportError(f"{out_path}: could not write the PDF briefing: {exc.strerror or exc}") from exc
    except Exception as exc:  # ReportLab layout errors and the like: report, never a traceback
        raise ExportError(f"{out_path}: could not lay out the PDF briefing: {exc}") from exc

"""PDFs with scanned pages: pages without a text layer are rendered at 300 dpi (pypdfium2) and read by OCR.

A PDF whose every page has text goes to the text-layer reader unchanged. When some pages are scans,
the document is read in runs of consecutive pages of one kind, in page order: text runs by the
text-layer reader (on a copy of just those pages), scanned runs by OCR, one rendered page at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing_app.core.errors import CorruptDocumentError, DocumentError, EmptyDocumentError, NoTextLayerError
from briefing_app.core.model import ArticleText, OcrPageInfo, TextBlock
from briefing_app.core.progress import CancelToken, ProgressCallback, no_progress

from .images import MAX_PAGE_PIXELS, PageSource, ocr_article, ocr_pages
from .ocr import OCR_DPI
from .pdf import read_pdf

if TYPE_CHECKING:
    from PIL.Image import Image

# A page with fewer visible characters than this in its text layer is treated as a scan (a scanned page
# often carries a stray page number or a stamp as text).
MIN_TEXT_CHARS = 16
_NO_RENDERER = (
    "no text layer (a scanned or image-only PDF); reading it needs OCR: install the OCR extra "
    "(pip install 'briefing-app[ocr]') and Tesseract's language data (Debian: tesseract-ocr-eng and friends)"
)


def read_pdf_any(
    path: Path,
    data: bytes,
    *,
    language: str | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> ArticleText:
    """Read a PDF from its text layer, OCR'ing the pages that have none.

    The text-layer reader goes first: it names every kind of broken, encrypted or empty PDF. Only a PDF
    it reads (or finds without any text) is looked at page by page for scans.
    """
    text_error: NoTextLayerError | None = None
    try:
        article: ArticleText | None = read_pdf(path, data)
    except NoTextLayerError as exc:
        article, text_error = None, exc
    try:
        import pypdfium2 as pdfium
    except ImportError:
        if text_error is not None:
            raise NoTextLayerError(path, _NO_RENDERER) from None
        assert article is not None
        return article
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        if text_error is not None:
            raise text_error from None
        assert article is not None
        return article
    try:
        try:
            scanned = [i for i in range(len(pdf)) if _is_scanned(pdf, i)]
        except pdfium.PdfiumError as exc:
            raise CorruptDocumentError(path, f"the PDF's pages cannot be rendered for OCR ({exc})") from None
        if article is not None and not scanned:
            return article
        return _mixed(path, data, pdf, set(scanned), language, progress, cancel)
    finally:
        pdf.close()


def _is_scanned(pdf: Any, index: int) -> bool:
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_range()
        finally:
            textpage.close()
    finally:
        page.close()
    return sum(not c.isspace() for c in text) < MIN_TEXT_CHARS


def _mixed(
    path: Path,
    data: bytes,
    pdf: Any,
    scanned: set[int],
    language: str | None,
    progress: ProgressCallback,
    cancel: CancelToken | None,
) -> ArticleText:
    import pypdfium2 as pdfium

    count = len(pdf)
    blocks: list[TextBlock] = []
    infos: list[OcrPageInfo] = []
    title = ""
    metadata: dict[str, str] = {}
    for is_scan, run in _runs(count, scanned):
        if is_scan:
            sources = (_page_source(path, pdf, i) for i in run)
            run_blocks, run_infos = ocr_pages(path, sources, len(scanned), language, progress, cancel, len(infos))
            blocks += run_blocks
            infos += run_infos
            continue
        part = pdfium.PdfDocument.new()
        try:
            part.import_pages(pdf, list(run))
            buffer = _save(part)
        finally:
            part.close()
        try:
            article = read_pdf(path, buffer)
        except EmptyDocumentError:
            continue  # only headers or page numbers on these pages
        title = title or article.title
        metadata = metadata or {k: v for k, v in article.metadata.items() if k != "pages"}
        blocks += article.blocks
    result = ocr_article(path, "pdf", blocks, infos, count, title=title)
    result.metadata.update(metadata)
    return result


def _runs(count: int, scanned: set[int]) -> Iterator[tuple[bool, range]]:
    """Consecutive pages of one kind: (True, pages) for scans, (False, pages) for text."""
    start = 0
    for i in range(1, count + 1):
        if i == count or ((i in scanned) != (start in scanned)):
            yield start in scanned, range(start, i)
            start = i


def _save(doc: Any) -> bytes:
    import io

    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _page_source(path: Path, pdf: Any, index: int) -> PageSource:
    def render() -> Image:
        import pypdfium2 as pdfium

        page = pdf[index]
        try:
            width, height = page.get_size()  # points
            scale = OCR_DPI / 72
            pixels = width * scale * height * scale
            if pixels > MAX_PAGE_PIXELS:
                raise DocumentError(
                    path,
                    f"page {index + 1}: refused, the page is {width:.0f} × {height:.0f} points "
                    f"({width / 72 * 2.54:.0f} × {height / 72 * 2.54:.0f} cm); at {OCR_DPI} dpi that is more than "
                    f"the {MAX_PAGE_PIXELS // 1_000_000} megapixels a page may have",
                )
            try:
                bitmap = page.render(scale=scale, grayscale=True, may_draw_forms=True)
            except pdfium.PdfiumError as exc:
                raise CorruptDocumentError(path, f"page {index + 1}: could not be rendered for OCR ({exc})") from None
            try:
                image: Image = bitmap.to_pil().copy()
                return image
            finally:
                bitmap.close()
        finally:
            page.close()

    return index + 1, render

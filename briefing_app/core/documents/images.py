"""Scans and photos as articles: PNG, JPEG, TIFF (every page of a multi-page file) and WebP, read by OCR.

Pillow decodes one frame at a time; each is checked for size before its pixels are loaded, so a
decompression bomb or a truncated file is a plain error naming the file, never a frozen machine.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.core.errors import CorruptDocumentError, DocumentError, EmptyDocumentError, NoTextLayerError
from briefing_app.core.model import ArticleText, BlockKind, OcrPageInfo, OcrSummary, TextBlock
from briefing_app.core.progress import CancelToken, ProgressCallback, no_progress

from .ocr import LOW_CONFIDENCE, OCR_DPI, OcrEngine, engine_name

if TYPE_CHECKING:
    from PIL.Image import Image

IMAGE_EXTENSIONS = {".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".tif": "tiff", ".tiff": "tiff", ".webp": "webp"}
# An A2 sheet at 300 dpi is 35 megapixels; anything beyond this many pixels in one page is refused.
MAX_PAGE_PIXELS = 60_000_000
_TITLE_MAX_CHARS = 100

# A page to read: its 1-based number and a function that decodes or renders it (called only when due).
PageSource = tuple[int, Callable[[], "Image"]]


def sniff_image(data: bytes) -> str | None:
    """The image format from magic bytes, for files whose extension says nothing."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


def read_image(
    path: Path,
    data: bytes,
    *,
    language: str | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> ArticleText:
    """Every frame of an image file read by OCR, in order."""
    from PIL import Image as PILImage
    from PIL import UnidentifiedImageError

    fmt = IMAGE_EXTENSIONS.get(path.suffix.lower()) or sniff_image(data) or "image"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            image = PILImage.open(io.BytesIO(data))
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning) as exc:
        raise DocumentError(path, f"refused: the image is too large to decode safely ({exc})") from None
    except UnidentifiedImageError:
        raise CorruptDocumentError(path, f"not a readable {fmt.upper()} image (damaged or not an image)") from None
    frames = int(getattr(image, "n_frames", 1))

    def frame(index: int) -> Callable[[], Image]:
        def load() -> Image:
            try:
                image.seek(index)
                _check_size(path, index + 1, image.size)
                with warnings.catch_warnings():
                    warnings.simplefilter("error", PILImage.DecompressionBombWarning)
                    return image.convert("L")
            except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning) as exc:
                raise DocumentError(path, f"page {index + 1}: refused, too large to decode safely ({exc})") from None
            except (OSError, EOFError, ValueError, SyntaxError) as exc:
                raise CorruptDocumentError(
                    path, f"page {index + 1}: the image is damaged or truncated ({exc})"
                ) from None

        return load

    dpi = image.info.get("dpi")
    with image:
        blocks, pages = ocr_pages(path, ((i + 1, frame(i)) for i in range(frames)), frames, language, progress, cancel)
    # An image is read at its own resolution: record what the file states (0 when it states none).
    resolution = round(float(dpi[0])) if isinstance(dpi, tuple) and dpi and dpi[0] else 0
    return ocr_article(path, fmt, blocks, pages, frames, dpi=resolution)


def _check_size(path: Path, page: int, size: tuple[int, int]) -> None:
    width, height = size
    if width * height > MAX_PAGE_PIXELS:
        raise DocumentError(
            path,
            f"page {page}: refused, {width} × {height} pixels is more than the {MAX_PAGE_PIXELS // 1_000_000} "
            "megapixels a page may have (a decompression bomb or a wrongly scaled scan)",
        )


def ocr_pages(
    path: Path,
    pages: Iterator[PageSource],
    total: int,
    language: str | None,
    progress: ProgressCallback,
    cancel: CancelToken | None,
    done_before: int = 0,
) -> tuple[list[TextBlock], list[OcrPageInfo]]:
    """OCR pages one at a time: progress after each, cancel checked before each, one image held at once.

    `total` counts every page to OCR in the file and `done_before` those already read (a PDF whose
    scanned pages come in several runs), so progress runs once from 0 to `total`.
    """
    blocks: list[TextBlock] = []
    infos: list[OcrPageInfo] = []
    progress(done_before, total, "OCR")
    with OcrEngine(path, language) as engine:
        for done, (number, load) in enumerate(pages, start=done_before + 1):
            if cancel is not None:
                cancel.raise_if_cancelled()
            try:
                page = engine.read_page(load(), number)
            except MemoryError:
                raise DocumentError(path, f"page {number}: not enough memory to read this page by OCR") from None
            blocks += page.blocks
            infos.append(page.info)
            progress(done, total, f"OCR page {done} of {total}")
    return blocks, infos


def ocr_article(
    path: Path,
    fmt: str,
    blocks: list[TextBlock],
    pages: list[OcrPageInfo],
    page_count: int,
    title: str = "",
    dpi: int = OCR_DPI,
) -> ArticleText:
    """An article from OCR'd blocks; the first short paragraph becomes the title when there is none."""
    if not any(b.text.strip() for b in blocks):
        if fmt == "pdf":
            reason = "no text layer (a scanned or image-only PDF), and OCR found no text on its pages"
            raise NoTextLayerError(path, reason)
        raise EmptyDocumentError(path, "OCR found no text in the image")
    if not title:
        first = blocks[0]
        # A heading is short and does not end like a sentence; a page that starts with body text has no title.
        if len(first.text) <= _TITLE_MAX_CHARS and not first.text.rstrip().endswith((".", "!", "?", ",", ";")):
            title = first.text
            blocks[0] = TextBlock(first.text, BlockKind.HEADING, first.ocr)
        else:
            title = path.stem
    summary = OcrSummary(engine_name(), dpi, LOW_CONFIDENCE, tuple(pages), page_count)
    metadata = {"pages": str(page_count)}
    return ArticleText(path=path, format=fmt, title=title, blocks=blocks, metadata=metadata, ocr=summary)

"""Open an article file of any supported format and return its text as `ArticleText`.

`read_article` is the only entry point the rest of the app uses. It checks the file before any parser
sees it, picks a reader by extension (or by content when the extension says nothing), and guarantees
that every failure is a `DocumentError` naming the file, never a library exception.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import stat
import zipfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

from briefing_app.core.errors import Cancelled, CorruptDocumentError, DocumentError, UnsupportedFormatError
from briefing_app.core.model import ArticleText
from briefing_app.core.progress import CancelToken, ProgressCallback, no_progress

from .images import IMAGE_EXTENSIONS, sniff_image
from .markdown import read_markdown
from .text import NotTextError, decode_text, read_text

__all__ = ["MAX_FILE_BYTES", "SUPPORTED_EXTENSIONS", "read_article", "sniff_format"]

MAX_FILE_BYTES = 60 * 1024 * 1024
READ_CHUNK_BYTES = 1024 * 1024  # progress and cancellation are checked between chunks

_EXTENSIONS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".pdf": "pdf",
    **IMAGE_EXTENSIONS,  # scans and photos, read by OCR
}
SUPPORTED_EXTENSIONS = tuple(_EXTENSIONS)

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_HINT = re.compile(
    rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title>|<p[\s>]|<div[\s>]|<h1[\s>]"
)


def read_article(
    path: Path | str,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    language: str | None = None,
) -> ArticleText:
    """Read one article. Raises only `DocumentError` subclasses, each naming `path` and the reason.

    `progress(done, total, "reading")` is called per megabyte read and `cancel` is checked between
    megabytes (raising `Cancelled`), so a 50 MB file on a slow USB stick can be watched and stopped.
    Scanned pages and images are read by OCR, a page at a time with progress and cancel between pages;
    `language` (an app code, "auto" or None to detect the script) chooses the OCR model.
    """
    path = Path(path)
    data = _load(path, progress, cancel)
    if cancel is not None:
        cancel.raise_if_cancelled()
    fmt = _EXTENSIONS.get(path.suffix.lower())
    if fmt in ("txt", "md"):
        # A PDF or Word file saved with a .txt name is still read as what it is.
        fmt = _sniff_binary(path, data) or fmt
    elif fmt is None:
        fmt = sniff_format(path, data)
    try:
        if fmt == "pdf" or fmt in IMAGE_EXTENSIONS.values():
            article = _ocr_reader(fmt, language, progress, cancel)(path, data)
        else:
            article = _reader(fmt)(path, data)
        article.sha256 = hashlib.sha256(data).hexdigest()
        return article
    except (DocumentError, Cancelled):
        raise
    except MemoryError:
        raise DocumentError(path, "not enough memory to read this file") from None
    except Exception as exc:  # a parser bug or an input no check foresaw must still reach the user politely
        raise CorruptDocumentError(path, f"could not be read as {fmt.upper()}: {type(exc).__name__}: {exc}") from exc


def _reader(fmt: str) -> Callable[[Path, bytes], ArticleText]:
    """Import readers lazily: trafilatura and pdfminer take noticeable time to import."""
    if fmt == "txt":
        return read_text
    if fmt == "md":
        return read_markdown
    if fmt == "html":
        from .html import read_html

        return read_html
    if fmt == "docx":
        from .docx import read_docx

        return read_docx
    from .pdf import read_pdf

    return read_pdf


def _ocr_reader(
    fmt: str, language: str | None, progress: ProgressCallback, cancel: CancelToken | None
) -> Callable[[Path, bytes], ArticleText]:
    """Readers that may OCR: they take the language, progress and cancel too."""
    if fmt == "pdf":
        from .pdf_ocr import read_pdf_any

        return partial(read_pdf_any, language=language, progress=progress, cancel=cancel)
    from .images import read_image

    return partial(read_image, language=language, progress=progress, cancel=cancel)


def _load(path: Path, progress: ProgressCallback = no_progress, cancel: CancelToken | None = None) -> bytes:
    """Existence, type, size and permission checks with plain reasons, then the whole file as bytes.

    The file is read in chunks into one preallocated buffer (no second copy), and every way it can
    go away under us (deleted, permission taken away, a USB stick pulled out) becomes a plain reason.
    """
    try:
        st = path.stat()
    except FileNotFoundError:
        raise DocumentError(path, "file not found") from None
    except PermissionError:
        raise DocumentError(path, "permission denied: the folder containing the file cannot be opened") from None
    except OSError as exc:
        raise DocumentError(path, f"cannot open the file: {exc.strerror or exc}") from None
    if stat.S_ISDIR(st.st_mode):
        raise DocumentError(path, "this is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise DocumentError(path, "not a regular file (a device, pipe or socket cannot be read as an article)")
    if st.st_size > MAX_FILE_BYTES:
        raise DocumentError(
            path, f"the file is too large ({st.st_size / 1048576:.1f} MB); the limit is {MAX_FILE_BYTES // 1048576} MB"
        )
    if not os.access(path, os.R_OK):
        raise DocumentError(path, "permission denied: you are not allowed to read this file")
    try:
        with path.open("rb") as fh:
            data = _read_chunks(path, fh, st.st_size, progress, cancel)
    except FileNotFoundError:
        raise DocumentError(path, "the file disappeared while it was being read (moved or deleted)") from None
    except PermissionError:
        raise DocumentError(path, "permission denied: you are not allowed to read this file") from None
    except OSError as exc:
        raise DocumentError(
            path, f"reading the file failed: {exc.strerror or exc} (was the disk or USB stick removed?)"
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise DocumentError(path, f"the file is too large; the limit is {MAX_FILE_BYTES // 1048576} MB")
    return data


def _read_chunks(
    path: Path, fh: io.BufferedReader, size: int, progress: ProgressCallback, cancel: CancelToken | None
) -> bytes:
    """Up to MAX_FILE_BYTES + 1 bytes, a megabyte at a time, reporting progress and honouring cancel."""
    buffer = bytearray()
    limit = MAX_FILE_BYTES + 1
    total = max(size, 1)
    while len(buffer) < limit:
        if cancel is not None:
            cancel.raise_if_cancelled()
        chunk = fh.read(min(READ_CHUNK_BYTES, limit - len(buffer)))
        if not chunk:
            break
        buffer += chunk
        progress(min(len(buffer), total), total, "reading")
    return bytes(buffer)


def _sniff_binary(path: Path, data: bytes) -> str | None:
    """Formats recognisable by magic bytes: PDF anywhere in the first KiB, a ZIP holding a Word main part."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    image = sniff_image(data)
    if image:
        return image
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                names = zf.namelist()
                if "word/document.xml" in names:
                    return "docx"
                # The main part may have another name: the content types say whether this is Word.
                if "[Content_Types].xml" in names and b"wordprocessingml" in zf.read("[Content_Types].xml")[:65536]:
                    return "docx"
        except (zipfile.BadZipFile, OSError, ValueError):
            return None
    return None


def sniff_format(path: Path, data: bytes) -> str:
    """Guess the format of a file whose extension is unknown; text only if it decodes cleanly."""
    fmt = _sniff_binary(path, data)
    if fmt:
        return fmt
    ext = path.suffix or "(none)"
    if data.startswith(b"PK\x03\x04"):
        raise UnsupportedFormatError(path, f"unsupported file type {ext}: a ZIP archive that is not a Word document")
    if data.startswith(_OLE_MAGIC):
        raise UnsupportedFormatError(
            path, f"unsupported file type {ext}: an old Microsoft Office file; save it as .docx or PDF"
        )
    try:
        text, _ = decode_text(data)
    except NotTextError:
        raise UnsupportedFormatError(
            path, f"unsupported file type {ext}: not text, HTML, Word (.docx), PDF or an image (binary data)"
        ) from None
    if _HTML_HINT.search(text[:4096].lower().encode("utf-8", "ignore")):
        return "html"
    return "txt"

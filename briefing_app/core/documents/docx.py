"""Word (.docx) articles: paragraphs in document order, headings from paragraph styles.

The ZIP container is checked with `zipfile` before python-docx sees it: an empty, truncated or non-ZIP
file is reported as damaged, an old .doc or a password-protected file as such, and an archive that would
inflate to hundreds of megabytes (a zip bomb) is refused without being decompressed.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from briefing_app.core.errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    UnsupportedFormatError,
)
from briefing_app.core.model import ArticleText, BlockKind, TextBlock

from .text import clean_block

MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200  # compression ratio above which a large member is treated as a bomb
LARGE_MEMBER_BYTES = 10 * 1024 * 1024
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEADING_STYLES = ("heading", "title", "subtitle")


def check_container(path: Path, data: bytes) -> None:
    """Refuse anything python-docx would choke on or that could exhaust memory when inflated."""
    if not data:
        raise CorruptDocumentError(path, "the file is empty (0 bytes), not a Word document")
    if data.startswith(_OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise EncryptedDocumentError(
                path, "the Word document is protected with a password; save a copy without one"
            )
        raise UnsupportedFormatError(path, "this is an old Word 97-2003 (.doc) file; save it as .docx or PDF")
    if not data.startswith(b"PK"):
        raise CorruptDocumentError(path, "not a Word document: the file is not a ZIP archive (damaged or renamed)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise CorruptDocumentError(path, f"the Word document is damaged or truncated ({exc})") from None
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if total > MAX_UNCOMPRESSED_BYTES or (info.file_size > LARGE_MEMBER_BYTES and ratio > MAX_RATIO):
            raise CorruptDocumentError(
                path,
                f"refused: the archive would inflate to {info.file_size / 1048576:.0f} MB "
                f"({info.filename}); it looks like a zip bomb",
            )
    names = {info.filename for info in infos}
    if "word/document.xml" not in names:
        raise CorruptDocumentError(path, "a ZIP archive but not a Word document (word/document.xml is missing)")


def _is_heading(paragraph: Any) -> bool:
    """Heading N, Title and Subtitle styles, including custom styles based on them."""
    style = paragraph.style
    for _ in range(10):
        if style is None:
            return False
        name = (style.name or "").lower()
        if name.startswith(_HEADING_STYLES):
            return True
        style = style.base_style
    return False


def read_docx(path: Path, data: bytes) -> ArticleText:
    """Body paragraphs and table cells in order; core properties give title, author and date."""
    check_container(path, data)
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, lxml errors, BadZipFile... for damaged parts
        raise CorruptDocumentError(path, f"the Word document is damaged: {type(exc).__name__}: {exc}") from None

    blocks: list[TextBlock] = []
    try:
        for item in document.iter_inner_content():
            if isinstance(item, Table):
                seen: list[object] = []  # cell elements, kept alive so identity comparison is reliable
                for row in item.rows:
                    for cell in row.cells:
                        if any(cell._tc is tc for tc in seen):  # a merged cell repeats across the grid
                            continue
                        seen.append(cell._tc)
                        blocks += [TextBlock(t) for t in (clean_block(p.text) for p in cell.paragraphs) if t]
                continue
            text = clean_block(item.text)
            if text:
                blocks.append(TextBlock(text, BlockKind.HEADING if _is_heading(item) else BlockKind.BODY))
        props = document.core_properties
        core_title, author, created = clean_block(props.title or ""), clean_block(props.author or ""), props.created
    except (KeyError, ValueError, AttributeError, TypeError) as exc:
        raise CorruptDocumentError(path, f"the Word document is damaged: {type(exc).__name__}: {exc}") from None
    if not blocks:
        raise EmptyDocumentError(path, "the Word document contains no text")

    title = core_title or next((b.text for b in blocks if b.kind is BlockKind.HEADING), "")
    if not title:
        title = blocks[0].text
        blocks[0] = TextBlock(title, BlockKind.HEADING)
    metadata = {"author": author} if author else {}
    if created is not None:
        metadata["date"] = created.date().isoformat()
    return ArticleText(path=path, format="docx", title=title, blocks=blocks, metadata=metadata)

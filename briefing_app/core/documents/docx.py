"""Word (.docx) articles: paragraphs, tables and text boxes in reading order, headings from styles.

The package is read directly with lxml rather than through python-docx, which only finds the main part
at a fixed relationship type (Strict OOXML failed with a raw KeyError) and skips text boxes. Here:
- the main part is found through the package relationships (`_rels/.rels`), whatever its name;
- both Transitional and Strict OOXML namespaces are read;
- a table is read row by row, each cell's paragraphs in order (nested tables inside), a cell merged
  across the grid once; a text box's paragraphs follow the paragraph that anchors it; of
  `mc:AlternateContent` only the first choice is read (the fallback repeats it).

The ZIP container is checked first: an empty, truncated or non-ZIP file is reported as damaged, an old
.doc or a password-protected file as such, and an archive that would inflate to hundreds of megabytes
(a zip bomb) is refused without being decompressed. XML is parsed without entities or network.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import lxml.etree

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
    if "_rels/.rels" not in names and "word/document.xml" not in names:
        raise CorruptDocumentError(
            path, "a ZIP archive but not a Word document (no package relationships, no word/document.xml)"
        )


_W_NAMESPACES = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",  # Transitional
    "http://purl.oclc.org/ooxml/wordprocessingml/main",  # Strict
)
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DC = "http://purl.org/dc/elements/1.1/"
_DCTERMS = "http://purl.org/dc/terms/"
# Relationship types end the same way in Transitional and Strict packages; only their prefixes differ.
_OFFICE_DOCUMENT = "/officeDocument"
_CORE_PROPERTIES = "/core-properties"
_STYLES = "/styles"
_PARSER = lxml.etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True, huge_tree=False)


class _Package:
    """The parts of an Open Packaging Conventions ZIP, found through their relationships."""

    def __init__(self, path: Path, zf: zipfile.ZipFile) -> None:
        self.path = path
        self.zf = zf
        self.names = set(zf.namelist())

    def xml(self, name: str) -> Any:
        try:
            return lxml.etree.fromstring(self.zf.read(name), _PARSER)
        except lxml.etree.XMLSyntaxError as exc:
            reason = f"the Word document is damaged: {type(exc).__name__}: {exc}"
            raise CorruptDocumentError(self.path, reason) from None

    def related(self, source: str, type_suffix: str) -> str | None:
        """The part that `source` ("" for the package) points to with a relationship of the given type."""
        folder, base = posixpath.split(source)
        rels = posixpath.join(folder, "_rels", f"{base}.rels")
        if rels not in self.names:
            return None
        for rel in self.xml(rels).iter(f"{{{_RELS}}}Relationship"):
            if (rel.get("Type") or "").endswith(type_suffix) and rel.get("TargetMode") != "External":
                target = rel.get("Target") or ""
                # Targets are relative to the source's folder, or absolute from the package root.
                joined = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
                name = posixpath.normpath(joined)
                return name if name in self.names else None
        return None


def _main_part(package: _Package) -> str:
    main = package.related("", _OFFICE_DOCUMENT)
    if main is None and "word/document.xml" in package.names:
        main = "word/document.xml"  # a package without relationships that Word would still open
    if main is None:
        raise CorruptDocumentError(
            package.path, "a ZIP archive but not a Word document: no main document part in _rels/.rels"
        )
    return main


class _Reader:
    """Walks a WordprocessingML body in reading order and yields (text, is_heading)."""

    def __init__(self, w: str, heading_styles: set[str]) -> None:
        self.w = f"{{{w}}}"
        self.heading_styles = heading_styles

    def blocks(self, container: Any) -> Iterator[tuple[str, bool]]:
        for child in self._children(container):
            if child.tag == self.w + "p":
                yield from self._paragraph(child)
            elif child.tag == self.w + "tbl":
                yield from self._table(child)
            elif child.tag in (self.w + "sdt", self.w + "customXml", self.w + "sdtContent"):
                yield from self.blocks(child)  # content controls wrap ordinary paragraphs and tables

    def _children(self, element: Any) -> Iterator[Any]:
        for child in element:
            if child.tag == f"{{{_MC}}}AlternateContent":
                choice = child.find(f"{{{_MC}}}Choice")
                if choice is not None:
                    yield from self._children(choice)
            else:
                yield child

    def _table(self, table: Any) -> Iterator[tuple[str, bool]]:
        for row in table.iter(self.w + "tr"):
            if row.getparent() is not table and row.getparent().tag != self.w + "sdtContent":
                continue  # rows of nested tables are read with their cell
            for cell in row.iter(self.w + "tc"):
                if cell.getparent() is not row:
                    continue
                merge = cell.find(f"{self.w}tcPr/{self.w}vMerge")
                if merge is not None and merge.get(self.w + "val") in (None, "continue"):
                    continue  # the continuation of a vertically merged cell repeats nothing
                yield from self.blocks(cell)

    def _paragraph(self, paragraph: Any) -> Iterator[tuple[str, bool]]:
        parts: list[str] = []
        boxes: list[Any] = []
        self._runs(paragraph, parts, boxes)
        text = clean_block("".join(parts))
        if text:
            yield text, self._is_heading(paragraph)
        for box in boxes:
            yield from self.blocks(box)

    def _runs(self, element: Any, parts: list[str], boxes: list[Any]) -> None:
        w = self.w
        for child in self._children(element):
            tag = child.tag
            if tag == w + "t":
                parts.append(child.text or "")
            elif tag in (w + "tab", w + "br", w + "cr"):
                parts.append(" ")
            elif tag == w + "noBreakHyphen":
                parts.append("-")
            elif tag == w + "txbxContent":
                boxes.append(child)
            elif tag in (w + "del", w + "moveFrom", w + "delText", w + "instrText", w + "pPr", w + "rPr"):
                continue  # deleted or moved-away text, field codes and properties are not text
            elif isinstance(tag, str):
                self._runs(child, parts, boxes)

    def _is_heading(self, paragraph: Any) -> bool:
        style = paragraph.find(f"{self.w}pPr/{self.w}pStyle")
        if style is not None and style.get(self.w + "val") in self.heading_styles:
            return True
        level = paragraph.find(f"{self.w}pPr/{self.w}outlineLvl")
        return level is not None and level.get(self.w + "val") not in (None, "9")


def _heading_styles(package: _Package, main: str, w: str) -> set[str]:
    """Ids of paragraph styles named Heading N, Title or Subtitle, or based on one of them."""
    name = package.related(main, _STYLES)
    if name is None:
        return set()
    ns = f"{{{w}}}"
    styles: dict[str, tuple[str, str | None]] = {}
    for style in package.xml(name).iter(ns + "style"):
        sid = style.get(ns + "styleId") or ""
        style_name = style.find(ns + "name")
        based = style.find(ns + "basedOn")
        styles[sid] = (
            (style_name.get(ns + "val") if style_name is not None else sid) or sid,
            based.get(ns + "val") if based is not None else None,
        )
    found: set[str] = set()
    for sid in styles:
        current: str | None = sid
        for _ in range(10):
            if current is None or current not in styles:
                break
            if styles[current][0].lower().startswith(_HEADING_STYLES):
                found.add(sid)
                break
            current = styles[current][1]
    return found


def _core_properties(package: _Package) -> dict[str, str]:
    name = package.related("", _CORE_PROPERTIES)
    if name is None:
        return {}
    root = package.xml(name)
    out: dict[str, str] = {}
    for key, tag in (("title", f"{{{_DC}}}title"), ("author", f"{{{_DC}}}creator"), ("date", f"{{{_DCTERMS}}}created")):
        element = root.find(tag)
        value = clean_block(element.text or "") if element is not None else ""
        if value:
            out[key] = value[:10] if key == "date" else value
    return out


def read_docx(path: Path, data: bytes) -> ArticleText:
    """Body paragraphs, table cells and text boxes in order; core properties give title, author and date."""
    check_container(path, data)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            package = _Package(path, zf)
            main = _main_part(package)
            root = package.xml(main)
            w = next((ns for ns in _W_NAMESPACES if root.tag == f"{{{ns}}}document"), None)
            if w is None:
                raise UnsupportedFormatError(
                    path, f"the main part ({main}) is not a WordprocessingML document but {root.tag!r}"
                )
            body = root.find(f"{{{w}}}body")
            reader = _Reader(w, _heading_styles(package, main, w))
            found = list(reader.blocks(body)) if body is not None else []
            props = _core_properties(package)
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, zlib.error) as exc:
        raise CorruptDocumentError(path, f"the Word document is damaged: {type(exc).__name__}: {exc}") from None
    blocks = [TextBlock(text, BlockKind.HEADING if heading else BlockKind.BODY) for text, heading in found]
    if not blocks:
        raise EmptyDocumentError(path, "the Word document contains no text")
    title = props.get("title") or next((b.text for b in blocks if b.kind is BlockKind.HEADING), "")
    if not title:
        title = blocks[0].text
        blocks[0] = TextBlock(title, BlockKind.HEADING)
    metadata = {k: v for k, v in props.items() if k in ("author", "date")}
    return ArticleText(path=path, format="docx", title=title, blocks=blocks, metadata=metadata)

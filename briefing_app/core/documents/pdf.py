"""PDF articles via pdfminer.six layout analysis (MIT licensed; no AGPL engines such as PyMuPDF).

Each text box pdfminer finds is a paragraph candidate. Lines inside a box are joined with spaces (a
line-end hyphen is kept or dropped depending on how the word is spelled elsewhere in the document),
repeated page headers and footers and bare page numbers are dropped, a paragraph split by a page break
is rejoined, and boxes set in a clearly larger font become headings.
"""

from __future__ import annotations

import io
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing_app.core.errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    NoTextLayerError,
)
from briefing_app.core.model import ArticleText, BlockKind, TextBlock

from .pdf_order import reading_order
from .pdf_rtl import Glyph, has_rtl, logical_line, normalise_pdf_text
from .text import clean_block, ends_sentence, starts_lowercase

_PAGE_NUMBER = re.compile(
    r"^(?:page|side|seite|p\.|-|–|—)?\s*\d{1,4}(?:\s*(?:/|of|af|von|-|–|—)\s*\d{1,4})?\s*(?:-|–|—)?$", re.I
)
_BAD_TITLES = re.compile(r"^(untitled|microsoft word - .*|.*\.(docx?|odt|rtf|txt|pdf)|document\d*)$", re.I)
_HEADING_SIZE_RATIO = 1.15
# A decorative initial (drop capital) is set two or more lines tall: far above any heading size.
_DROP_CAP_RATIO = 1.8


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    top: float  # distance from the top of the page, in points
    bottom: float
    size: float
    page: int = 0
    page_height: float = 1.0


@dataclass
class _Box:
    page: int
    lines: list[str]
    size: float  # mean glyph height
    top: float  # distance from the top of the page, in points
    bottom: float
    page_height: float
    ends_full: bool = False  # last line runs to the right edge of its column: the text goes on

    @property
    def text(self) -> str:
        return " ".join(self.lines)

    @classmethod
    def of(cls, lines: list[_Line], right: float) -> _Box:
        size = statistics.fmean(ln.size for ln in lines)
        first, last = lines[0], lines[-1]
        full = last.x1 >= right - 3 * last.size
        return cls(first.page, [ln.text for ln in lines], size, first.top, last.bottom, first.page_height, full)


def read_pdf(path: Path, data: bytes) -> ArticleText:
    """Paragraphs from the text layer; raises NoTextLayerError for scanned PDFs (no OCR here)."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psexceptions import PSException

    if not data:
        raise CorruptDocumentError(path, "the file is empty (0 bytes), not a PDF")
    if b"%PDF-" not in data[:1024]:
        raise CorruptDocumentError(path, "not a PDF: the file does not start with a PDF header (damaged or renamed)")
    if b"%%EOF" not in data[-4096:]:
        raise CorruptDocumentError(path, "the PDF is truncated (its end-of-file marker is missing)")
    try:
        info, boxes, page_count = _layout(data)
    except PDFPasswordIncorrect:
        raise EncryptedDocumentError(
            path, "the PDF is protected with a password; open it and save an unprotected copy"
        ) from None
    except PDFEncryptionError as exc:
        raise EncryptedDocumentError(path, f"the PDF is encrypted in a way that cannot be opened ({exc})") from None
    except (PDFSyntaxError, PSException) as exc:
        raise CorruptDocumentError(path, f"the PDF is damaged: {exc}") from None
    except Exception as exc:  # pdfminer raises plain KeyError/TypeError/ValueError on broken object trees
        raise CorruptDocumentError(path, f"the PDF is damaged: {type(exc).__name__}: {exc}") from None
    if page_count == 0:
        raise EmptyDocumentError(path, "the PDF has no pages")
    if not any(b.text.strip() for b in boxes):
        # The one place a PDF without a text layer is decided: OCR would take over here.
        raise NoTextLayerError(path, "no text layer (a scanned or image-only PDF); OCR is not supported")

    boxes = _drop_furniture(boxes, page_count)
    if not boxes:
        raise EmptyDocumentError(path, "the PDF contains only page numbers or headers")
    blocks = _to_blocks(boxes)
    metadata = {k: v for k, v in info.items() if k in ("author", "date") and v}
    title = _choose_title(info.get("title", ""), boxes, blocks)
    for i, block in enumerate(blocks):
        if block.text == title:
            blocks[i] = TextBlock(title, BlockKind.HEADING)
            break
    metadata["pages"] = str(page_count)
    return ArticleText(path=path, format="pdf", title=title, blocks=blocks, metadata=metadata)


def _looks_like_title(candidate: str, first_page: str) -> bool:
    """Document metadata is often junk ("Pending", "indictb1h_14", "sag-39-3-4-0902-21:sag-0", a file name):
    a title has at least two words of letters, no identifier-like tokens, and its words are on page 1."""
    if not candidate or _BAD_TITLES.match(candidate):
        return False
    words = candidate.split()
    letter_words = [w for w in words if re.fullmatch(r"[^\W\d_]+[.,:;!?'’\-]*", w)]
    if len(letter_words) < 2 or len(letter_words) < len(words) / 2:
        return False
    if any("_" in w or re.search(r"[^\W\d_]\d|\d[^\W\d_]", w) for w in words):
        return False
    page_words = set(re.findall(r"\w+", first_page.casefold()))
    own = re.findall(r"\w+", candidate.casefold())
    return sum(w in page_words for w in own) >= 0.5 * len(own)


def _choose_title(metadata_title: str, boxes: list[_Box], blocks: list[TextBlock]) -> str:
    """The metadata title when it looks like one, else the line set in the largest font on page 1."""
    first_page = " ".join(b.text for b in boxes if b.page == boxes[0].page)
    if _looks_like_title(metadata_title, first_page):
        return metadata_title
    candidates = [b for b in boxes if b.page == boxes[0].page and re.search(r"[^\W\d_]{2}", b.text)]
    if not candidates:
        return blocks[0].text
    largest = max(candidates, key=lambda b: b.size)  # max keeps the first of equal sizes: the one higher up
    text = _join_lines(largest.lines, _vocabulary(boxes))
    return text if len(text) <= 300 else text[:300].rsplit(" ", 1)[0]


def _layout(data: bytes) -> tuple[dict[str, str], list[_Box], int]:
    """Run pdfminer's layout analysis page by page; also read /Title, /Author and /CreationDate."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams, LTTextBox, LTTextLine
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    parser = PDFParser(io.BytesIO(data))
    document = PDFDocument(parser, password="")
    info = _info(document)
    manager = PDFResourceManager(caching=True)
    # A generous line_margin keeps whole text columns together; paragraphs are split below by spacing.
    device = PDFPageAggregator(manager, laparams=LAParams(line_margin=1.5, boxes_flow=0.5))
    interpreter = PDFPageInterpreter(manager, device)
    columns: list[list[_Line]] = []
    page_count = 0
    for page_no, page in enumerate(PDFPage.create_pages(document)):
        page_count += 1
        interpreter.process_page(page)
        layout = device.get_result()
        height = float(layout.height) or 1.0
        elements = [e for e in layout if isinstance(e, LTTextBox)]
        for element in reading_order(elements, rtl=has_rtl("".join(e.get_text() for e in elements[:50]))):
            column = []
            for line in element:
                text = clean_block(_line_text(line)) if isinstance(line, LTTextLine) else ""
                if text:
                    column.append(
                        _Line(
                            text,
                            float(line.x0),
                            float(line.x1),
                            height - float(line.y1),
                            height - float(line.y0),
                            _font_size(line),
                        )
                    )
            if column:
                columns.append(column)
                for ln in column:
                    ln.page, ln.page_height = page_no, height
    return info, _split_paragraphs(_rejoin_fragments(columns)), page_count


def _rejoin_fragments(columns: list[list[_Line]]) -> list[list[_Line]]:
    """Put back the pieces pdfminer cuts off a box: the words after a wide justified space on the last
    line of a paragraph become boxes of their own ("Pro-" / "cessing." / "J. Wiley & Sons, 1993.").
    A one-line box continues the previous box when it sits on that box's last line, a little to its
    right, or on the next line down inside that box's width."""
    out: list[list[_Line]] = []
    for column in columns:
        if out and len(column) == 1 and out[-1][-1].page == column[0].page:
            prev, ln = out[-1][-1], column[0]
            left, right = min(x.x0 for x in out[-1]), max(x.x1 for x in out[-1])
            size = max(prev.size, ln.size, 1.0)
            same_line = abs(ln.top - prev.top) < 0.3 * size and 0 <= ln.x0 - prev.x1 < 4 * size
            next_line = 0 <= ln.top - prev.bottom < 0.6 * size and left - 1 <= ln.x0 and ln.x1 <= right + 1
            if same_line:
                out[-1][-1] = _Line(
                    f"{prev.text} {ln.text}",
                    prev.x0,
                    ln.x1,
                    prev.top,
                    max(prev.bottom, ln.bottom),
                    prev.size,
                    prev.page,
                    prev.page_height,
                )
                continue
            if next_line:
                out[-1].append(ln)
                continue
        out.append(column)
    return out


def _font_size(line: Any) -> float:
    """The line's usual glyph size: its bounding box would grow with one tall glyph (a ligature, a
    formula, an accent) and make body lines look like headings."""
    from pdfminer.layout import LTChar

    sizes = [float(ch.size) for ch in line if isinstance(ch, LTChar) and not ch.get_text().isspace()]
    return statistics.median(sizes) if sizes else float(line.height)


def _line_text(line: Any) -> str:
    """pdfminer's text of a line, rebuilt in reading order from glyph positions when it has RTL letters."""
    from pdfminer.layout import LTChar

    text = line.get_text()
    if has_rtl(text):
        glyphs = [
            Glyph(ch.get_text(), float(ch.x0), float(ch.x1), float(ch.size)) for ch in line if isinstance(ch, LTChar)
        ]
        text = logical_line(glyphs)
    elif _opens_with_drop_cap([ch for ch in line if isinstance(ch, LTChar)]):
        # "A rmed police…": the big first letter sits apart from its word; put the word back together.
        text = re.sub(r"^(\s*\w)\s+", r"\1", text, count=1)
    return normalise_pdf_text(text)


def _opens_with_drop_cap(chars: list[Any]) -> bool:
    """A line that starts with one letter set at least _DROP_CAP_RATIO times its other letters, and goes
    on with a lower-case letter: a decorative initial, the first letter of the first word."""
    letters = [ch for ch in chars if not ch.get_text().isspace()]
    if len(letters) < 3 or not letters[0].get_text().isalpha() or not letters[1].get_text().islower():
        return False
    return float(letters[0].size) >= _DROP_CAP_RATIO * statistics.median(float(ch.size) for ch in letters[1:])


def _split_paragraphs(columns: list[list[_Line]]) -> list[_Box]:
    """Cut each column where the space between lines exceeds the usual line gap, the font size changes,
    or an indented line follows a finished sentence."""
    gaps = [round(b.top - a.bottom, 0) for col in columns for a, b in zip(col, col[1:], strict=False)]
    usual_gap = Counter(gaps).most_common(1)[0][0] if gaps else 0.0
    page_right: dict[int, float] = {}
    for col in columns:
        for ln in col:
            page_right[ln.page] = max(page_right.get(ln.page, 0.0), ln.x1)
    boxes: list[_Box] = []
    for col in columns:
        left = min(ln.x0 for ln in col)
        right = page_right[col[0].page]
        current: list[_Line] = [col[0]]
        for prev, ln in zip(col, col[1:], strict=False):
            size = max(prev.size, ln.size)
            wide_gap = ln.top - prev.bottom > usual_gap + 0.45 * size
            size_change = abs(ln.size - prev.size) > 0.15 * size
            indented = ln.x0 - left > 1.2 * ln.size and prev.x0 - left < 0.5 * ln.size and ends_sentence(prev.text)
            if wide_gap or size_change or indented:
                boxes.append(_Box.of(current, right))
                current = []
            current.append(ln)
        boxes.append(_Box.of(current, right))
    return boxes


def _info(document: object) -> dict[str, str]:
    """Document information dictionary, decoded; a broken /Info is ignored rather than fatal."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    out: dict[str, str] = {}
    try:
        for entry in getattr(document, "info", []) or []:
            entry = resolve1(entry)
            for key, name in (("Title", "title"), ("Author", "author"), ("CreationDate", "date")):
                value = resolve1(entry.get(key)) if isinstance(entry, dict) else None
                if isinstance(value, bytes):
                    text = clean_block(decode_text(value))
                    if text:
                        out[name] = text
    except Exception:  # noqa: BLE001 - metadata is optional
        return out
    if "date" in out:
        m = re.match(r"D?:?(\d{4})(\d{2})?(\d{2})?", out["date"])
        out["date"] = "-".join(g for g in m.groups() if g) if m else out["date"]
    return out


def _drop_furniture(boxes: list[_Box], page_count: int) -> list[_Box]:
    """Drop bare page numbers and one-line boxes repeated at the top or bottom of many pages."""
    kept = [b for b in boxes if not _PAGE_NUMBER.match(b.text)]
    if page_count < 3:
        return kept

    def key(b: _Box) -> str:
        return re.sub(r"\d+", "#", b.text.lower())

    edge = [b for b in kept if len(b.lines) <= 2 and (b.top < 0.1 * b.page_height or b.bottom > 0.9 * b.page_height)]
    pages_with: Counter[str] = Counter()
    for k, _page in {(key(b), b.page) for b in edge}:
        pages_with[k] += 1
    repeated = {k for k, n in pages_with.items() if n >= max(2, page_count // 2)}
    edge_ids = {id(b) for b in edge}
    # A document's title is often repeated as the running header of every page, but on the first page it
    # is set in the page's largest type: there it is the title, not furniture.
    first = [b for b in kept if b.page == kept[0].page] if kept else []
    largest = max((b.size for b in first), default=0.0)
    title_ids = {id(b) for b in first if b.size >= largest}
    return [b for b in kept if not (id(b) in edge_ids and key(b) in repeated and id(b) not in title_ids)]


def _join_lines(lines: list[str], vocabulary: set[str]) -> str:
    """Join a box's lines, joining words hyphenated at a line end.

    A line-end hyphen is a hyphenation break unless the document shows it belongs to the word: the
    hyphenated form occurs elsewhere ("cease-fire"), or the joined form does not while both halves are
    words of their own ("Israeli-" + "Palestinian")."""
    text = lines[0]
    for line in lines[1:]:
        if text.endswith("\u00ad"):
            text = text[:-1] + line
        elif text.endswith("-") and len(text) > 1 and text[-2].isalpha() and starts_lowercase(line):
            head = re.findall(r"\w+$", text[:-1])
            tail = re.findall(r"^\w+", line)
            if not (head and tail):
                text = text + line
                continue
            joined = (head[0] + tail[0]).lower()
            hyphenated = f"{head[0]}-{tail[0]}".lower()
            compound = hyphenated in vocabulary or (
                joined not in vocabulary and head[0].lower() in vocabulary and tail[0].lower() in vocabulary
            )
            text = text + line if compound else text[:-1] + line
        else:
            text = f"{text} {line}"
    return clean_block(text)


def _vocabulary(boxes: list[_Box]) -> set[str]:
    """Words of the document, lower-cased, with the halves of hyphenated words; the fragments on either
    side of a line-end hyphen are left out, since they are what is being decided."""
    words: list[str] = []
    for box in boxes:
        broken = False
        for line in box.lines:
            tokens = re.findall(r"[\w-]+", line.lower())
            if broken and tokens:
                tokens = tokens[1:]
            broken = line.endswith("-")
            if broken and tokens:
                tokens = tokens[:-1]
            words += tokens
    return set(words) | {w for word in words for w in word.split("-")}


def _to_blocks(boxes: list[_Box]) -> list[TextBlock]:
    """Boxes to blocks: headings by font size, paragraphs split by a page break joined back together."""
    vocabulary = _vocabulary(boxes)
    body_size = statistics.median(s for b in boxes for s in [b.size] * sum(len(line) for line in b.lines))
    blocks: list[TextBlock] = []
    prev: _Box | None = None
    initial = ""  # a drop capital set apart in its own box, waiting for the word it begins
    for i, box in enumerate(boxes):
        text = _join_lines(box.lines, vocabulary)
        if _is_drop_cap(box, boxes[i + 1] if i + 1 < len(boxes) else None, body_size):
            initial = text
            continue
        if initial:
            text, initial = initial + text, ""
        heading = box.size >= _HEADING_SIZE_RATIO * body_size and len(text) < 300 and len(box.lines) <= 4
        if (
            prev is not None
            and box.page != prev.page
            and blocks
            and blocks[-1].kind is BlockKind.BODY
            and not heading
            and not ends_sentence(blocks[-1].text)
            and (starts_lowercase(text) or prev.ends_full)
        ):
            blocks[-1] = TextBlock(_join_lines([blocks[-1].text, text], vocabulary), BlockKind.BODY)
        else:
            blocks.append(TextBlock(text, BlockKind.HEADING if heading else BlockKind.BODY))
        prev = box
    return blocks


def _is_drop_cap(box: _Box, following: _Box | None, body_size: float) -> bool:
    """One or two letters set far larger than the body, beside a paragraph of the same page that goes on
    in lower case ("K" + "openhagen's harbour…"): the paragraph's first letter, not a heading."""
    text = " ".join(box.lines).strip()
    return (
        following is not None
        and 1 <= len(text) <= 2
        and text.isalpha()
        and box.size >= _DROP_CAP_RATIO * body_size
        and following.page == box.page
        and following.top <= box.bottom
        and following.bottom >= box.top
        and starts_lowercase(" ".join(following.lines))
    )

"""The document model every reader produces and every later stage consumes.

A reader returns `ArticleText` (title, metadata, blocks of text); `build_document` in
`briefing_app.core.pipeline` turns it into a `Document` with paragraphs, sentences and languages.
Sentence spans partition their paragraph: joining `paragraph.text[s.start:s.end]` over its
sentences gives back the paragraph exactly, so nothing is ever lost between reading and export.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class BlockKind(StrEnum):
    HEADING = "heading"
    BODY = "body"


@dataclass(frozen=True)
class OcrMark:
    """How sure OCR was of one paragraph: the mean word confidence (0..1) and the character spans
    (start, end) of the words it read below the uncertainty threshold."""

    confidence: float
    uncertain: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class OcrPageInfo:
    """One page read by OCR: its number (1-based), the Tesseract model used, the rotation fixed (degrees
    clockwise the page was turned), and the script OSD saw (None when the language was given or OSD failed)."""

    page: int
    model: str
    rotation: int = 0
    script: str | None = None


@dataclass(frozen=True)
class OcrSummary:
    """That (some of) the text came from OCR, with what engine, at what resolution and threshold."""

    engine: str
    dpi: int  # PDF pages are rendered at this resolution; for image files, what the file states (0: nothing)
    threshold: float  # words below this confidence (0..1) are marked uncertain
    pages: tuple[OcrPageInfo, ...]
    page_count: int  # pages in the file, read by OCR or not

    @property
    def all_pages(self) -> bool:
        return len(self.pages) == self.page_count


@dataclass(frozen=True)
class TextBlock:
    """One paragraph or heading as a reader found it, whitespace inside already normalised."""

    text: str
    kind: BlockKind = BlockKind.BODY
    ocr: OcrMark | None = None  # set when the text was read from an image


@dataclass
class ArticleText:
    """What a reader extracts from a file, before segmentation and language detection."""

    path: Path
    format: str  # "txt", "md", "html", "docx", "pdf"
    title: str
    blocks: list[TextBlock]
    metadata: dict[str, str] = field(default_factory=dict)  # author, date, encoding, ...
    sha256: str = ""  # of the bytes read, set by read_article so nobody reads the file again to hash it
    ocr: OcrSummary | None = None  # set when some of the text was read from page images


@dataclass(frozen=True)
class LanguageGuess:
    code: str  # ISO 639-1, e.g. "en", "ar", "he", "da"
    confidence: float  # 0..1; 1.0 when the user chose the language
    overridden: bool = False


@dataclass(frozen=True)
class Sentence:
    """A sentence: `index` counts across the whole document, the span points into its paragraph.

    The span covers the sentence and the whitespace that follows it; `text` is the sentence alone.
    """

    index: int
    paragraph: int
    start: int
    end: int
    text: str


@dataclass
class Paragraph:
    index: int
    text: str
    kind: BlockKind
    sentences: list[Sentence]
    language: LanguageGuess | None = None
    ocr: OcrMark | None = None  # set when the paragraph was read from an image


@dataclass
class Document:
    path: Path
    sha256: str
    format: str
    title: str
    paragraphs: list[Paragraph]
    language: LanguageGuess
    metadata: dict[str, str] = field(default_factory=dict)
    ocr: OcrSummary | None = None

    @property
    def sentences(self) -> list[Sentence]:
        return [s for p in self.paragraphs for s in p.sentences]

    @property
    def word_count(self) -> int:
        return sum(len(p.text.split()) for p in self.paragraphs)

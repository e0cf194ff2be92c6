"""How a document's OCR is told: the JSON `source.ocr` object and the one-line summary the PDF and window show."""

from __future__ import annotations

import statistics
from typing import Any

from briefing_app.core.model import Document, Paragraph, Sentence


def ocr_json(document: Document) -> dict[str, Any] | None:
    """`source.ocr` of the briefing JSON: null when no text came from OCR (format in README.md)."""
    summary = document.ocr
    if summary is None:
        return None
    return {
        "engine": summary.engine,
        "dpi": summary.dpi,
        "low_confidence_threshold": summary.threshold,
        "page_count": summary.page_count,
        "pages": [
            {"page": p.page, "model": p.model, "rotation": p.rotation, "script": p.script} for p in summary.pages
        ],
        "mean_word_confidence": mean_confidence(document),
        "paragraphs": [
            {
                "index": p.index,
                "mean_word_confidence": p.ocr.confidence,
                "low_confidence_words": [[start, end] for start, end in p.ocr.uncertain],
            }
            for p in document.paragraphs
            if p.ocr is not None
        ],
    }


def mean_confidence(document: Document) -> float | None:
    """Mean word confidence over OCR'd paragraphs, weighted by their length (0..1)."""
    marked = [(p.ocr.confidence, len(p.text)) for p in document.paragraphs if p.ocr is not None]
    if not marked:
        return None
    return round(statistics.fmean([c for c, _ in marked], weights=[n for _, n in marked]), 4)


def ocr_line(document: Document) -> str | None:
    """'Text read by OCR (Tesseract 5.3.0) from 3 of 4 pages, mean word confidence 91 %; 2 words uncertain.'"""
    summary = document.ocr
    if summary is None:
        return None
    pages = "all pages" if summary.all_pages else f"{len(summary.pages)} of {summary.page_count} pages"
    if summary.page_count == 1:
        pages = "the page image"
    uncertain = sum(len(p.ocr.uncertain) for p in document.paragraphs if p.ocr is not None)
    confidence = mean_confidence(document)
    line = f"Text read by OCR ({summary.engine}) from {pages}"
    if confidence is not None:
        line += f", mean word confidence {confidence * 100:.0f} %"
    if uncertain:
        line += f"; {uncertain} uncertain word{'s' if uncertain != 1 else ''} marked"
    return line + "."


def uncertain_in_sentence(paragraph: Paragraph, sentence: Sentence) -> tuple[tuple[int, int], ...]:
    """The paragraph's low-confidence word spans that fall in `sentence`, as offsets into `sentence.text`."""
    if paragraph.ocr is None:
        return ()
    segment = paragraph.text[sentence.start : sentence.end]
    base = sentence.start + len(segment) - len(segment.lstrip())
    spans = []
    for start, end in paragraph.ocr.uncertain:
        a, b = max(start - base, 0), min(end - base, len(sentence.text))
        if a < b:
            spans.append((a, b))
    return tuple(spans)

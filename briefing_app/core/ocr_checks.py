"""Numbers OCR was unsure of: a note for each, so a misread digit is checked against the paper, not trusted.

A figure in a word Tesseract read below the confidence threshold may be a misread (3 for 8, 1 for 7);
the translation can carry it faithfully and still be wrong. The note names the number and the
confidence; the fidelity and key-facts views show it next to the sentence.
"""

from __future__ import annotations

from collections.abc import Iterator

from briefing_app.core.briefing import TargetTranslation
from briefing_app.core.facts.model import Fact
from briefing_app.core.fidelity import Check
from briefing_app.core.model import Document
from briefing_app.core.numbers import NumberMatch, find_numbers


def uncertain_numbers(document: Document) -> Iterator[tuple[int, NumberMatch]]:
    """(sentence index, number) for every digit-written number overlapping a low-confidence OCR word."""
    for paragraph in document.paragraphs:
        if paragraph.ocr is None or not paragraph.ocr.uncertain:
            continue
        language = paragraph.language.code if paragraph.language else document.language.code
        for sentence in paragraph.sentences:
            for number in find_numbers(paragraph.text[sentence.start : sentence.end], language, spelled=False):
                start, end = sentence.start + number.start, sentence.start + number.end
                if any(a < end and start < b for a, b in paragraph.ocr.uncertain):
                    yield sentence.index, number


def uncertain_number_checks(document: Document, target: TargetTranslation) -> list[Check]:
    """An info check per digit-written number that overlaps a low-confidence OCR word."""
    return [
        Check(
            "ocr_uncertain",
            "info",
            sentence,
            target.language,
            number.text,
            "",
            f"the number {number.text} was read by OCR with low confidence: check it against the original page",
        )
        for sentence, number in uncertain_numbers(document)
    ]


def mark_uncertain_facts(facts: list[Fact], document: Document) -> None:
    """Flag key figures whose number OCR was unsure of (same sentence, same value)."""
    doubtful = {(sentence, number.value) for sentence, number in uncertain_numbers(document)}
    if not doubtful:
        return
    for fact in facts:
        if fact.value is not None and any((s, fact.value) in doubtful for s in fact.sentences):
            fact.ocr_uncertain = True

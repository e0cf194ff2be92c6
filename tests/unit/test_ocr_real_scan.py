"""OCR of a real scan (tests/corpus/scans/linn.png, CC-BY-SA-3.0) against the transcription shipped with it."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.documents import read_article
from tests.unit.test_ocr import cer

SCANS = Path(__file__).resolve().parents[1] / "corpus" / "scans"


def test_real_brochure_scan_character_error_rate() -> None:
    article = read_article(SCANS / "linn.png", language="en")
    found = " ".join(b.text for b in article.blocks)
    rate = cer((SCANS / "linn.txt").read_text(encoding="utf-8"), found)
    print(f"\nOCR real scan linn.png (2550x3300, two columns) CER {rate:.2%}")
    assert rate <= 0.03
    assert article.title == "The LinnSequencer 32 Track MIDI Sequence Recorder"
    assert "110,000 notes" in found and "100 sequences contains 32 simultaneous" in found
    assert article.ocr is not None and article.ocr.pages[0].rotation == 0

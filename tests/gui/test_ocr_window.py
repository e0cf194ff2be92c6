"""A scan opened in the window: the OCR note above the panes, uncertain words marked in the source pane."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from briefing_app.core.documents import ocr as ocr_module
from tests.gui.conftest import OFFSCREEN_ONLY_WARNING, open_and_wait
from tests.unit.test_ocr import render

pytestmark = pytest.mark.gui


@pytest.mark.qt_log_ignore(OFFSCREEN_ONLY_WARNING)
def test_scan_opens_with_ocr_note_and_marked_words(qtbot: Any, make_window: Any, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    scan = tmp_path / "notice.png"
    render("en").save(scan, dpi=(300, 300))
    # Every word counts as uncertain at this threshold, so the marks are there whatever the confidences.
    monkeypatch.setattr(ocr_module, "LOW_CONFIDENCE", 1.01)
    window = make_window(targets=["da"])
    tab = open_and_wait(qtbot, window, scan)
    assert tab.document.ocr is not None
    assert not tab.ocr_note.isHidden()
    assert tab.ocr_note.text().startswith("Text read by OCR (Tesseract")
    pane_text = tab.source_pane.toPlainText()
    assert "4,250 new homes" in pane_text
    marked = {pane_text[a:b] for a, b in tab.source_pane.uncertain_spans()}
    assert {"4,250", "council", "million."} <= marked
    # Digits from uncertain words are a note in the checks, not silence.
    assert tab.briefing is not None
    notes = [c for c in tab.briefing.checks if c.kind == "ocr_uncertain"]
    expected = {c.expected for c in notes}
    assert "4,250" in expected and "3.5" in expected and any(e.startswith("1,200") for e in expected), expected
    assert all("low confidence" in c.message and c.severity == "info" for c in notes)
    figures = [f for f in tab.briefing.facts if f.kind == "figure"]
    assert figures and all(f.ocr_uncertain and f.to_json()["ocr_uncertain"] is True for f in figures)


@pytest.mark.qt_log_ignore(OFFSCREEN_ONLY_WARNING)
def test_choosing_the_language_reads_the_scan_again_with_its_model(qtbot: Any, make_window: Any,
                                                                   tmp_path: Path) -> None:  # fmt: skip
    scan = tmp_path / "notice.png"
    render("ar").save(scan, dpi=(300, 300))
    window = make_window(targets=["en"])
    tab = open_and_wait(qtbot, window, scan)
    assert tab.document.ocr is not None and tab.document.ocr.pages[0].model == "ara"
    tab.set_language("he")  # the user says otherwise: the page is read again with the Hebrew model
    qtbot.waitUntil(lambda: tab.document.ocr.pages[0].model == "heb", timeout=60_000)
    assert tab.document.language.code == "he" and tab.document.language.overridden
    assert tab.source_pane.toPlainText() == "\n".join(p.text for p in tab.document.paragraphs)
    qtbot.waitUntil(lambda: tab.state in ("done", "failed"), timeout=60_000)
    assert tab.state == "done" and tab.briefing is not None and tab.briefing.document is tab.document

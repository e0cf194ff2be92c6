"""Cancelling, missing packs, bad files, pasted text: messages in the window, never a crash."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from briefing_app.core.demo_packs import cipher_text
from briefing_app.core.translation.engine import EngineSettings
from briefing_app.ui.panes import PENDING_TEXT
from tests.gui.conftest import SEED, open_and_wait

pytestmark = pytest.mark.gui


def test_cancel_keeps_partial_results(qtbot: Any, make_window: Any) -> None:
    slow = EngineSettings(batch_sentences=1, first_batch_sentences=1, inter_threads=1)
    window = make_window(targets=["ar", "he", "da"], engine_settings=slow)
    tab = open_and_wait(qtbot, window, SEED, finished=False)
    qtbot.waitUntil(lambda: tab._counts.get("ar", 0) >= 3, timeout=30_000)
    qtbot.mouseClick(tab.header.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.state == "cancelled", timeout=30_000)
    total = len(tab.document.sentences)
    texts = {t: [tab.panes[t].sentence_text(s.index) for s in tab.document.sentences] for t in tab.panes}
    done = [s for s in tab.document.sentences if texts["ar"][s.index] != PENDING_TEXT]
    assert done, "the sentences translated before cancelling are kept"
    for s in done:
        assert texts["ar"][s.index] == cipher_text(s.text, "en", "ar")
    assert sum(t.count(PENDING_TEXT) for t in texts.values()) > 0, "cancel landed after everything was done"
    assert sum(tab._counts.values()) < 3 * total
    assert "Cancelled" in tab.header.state.text()
    assert tab.header.translate_button.isEnabled() and not tab.header.cancel_button.isEnabled()
    assert tab.briefing is None


def test_missing_pack_is_a_message(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    window = make_window(targets=["ar"], packs_dir=tmp_path / "no-packs")
    tab = open_and_wait(qtbot, window, SEED)
    assert tab.state == "failed"
    assert window.messages.level == "error"
    assert "no language pack translates en -> ar" in window.messages.text
    assert window.tabs.count() == 1  # the document stays open


def test_unreadable_file_is_a_message(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 64)
    window = make_window(targets=["ar"])
    tab = open_and_wait(qtbot, window, SEED)  # an open document must survive the failure
    with qtbot.waitSignal(window.openFailed, timeout=15_000) as failed:
        window.open_files([str(junk)])
    assert "junk.txt" in failed.args[0]
    assert window.messages.level == "error" and "junk.txt" in window.messages.text
    assert window.tabs.count() == 1 and window.current_tab() is tab


def test_missing_file_is_a_message(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    window = make_window()
    with qtbot.waitSignal(window.openFailed, timeout=15_000) as failed:
        window.open_files([str(tmp_path / "nowhere.txt")])
    assert "nowhere.txt" in failed.args[0]


def test_export_without_translation_is_a_message(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    window = make_window()
    open_and_wait(qtbot, window, SEED, finished=False)
    with qtbot.waitSignal(window.exportFailed, timeout=5_000):
        window.export_pdf(tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_export_to_unwritable_place_is_a_message(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    window = make_window(targets=["da"])
    open_and_wait(qtbot, window, SEED)
    with qtbot.waitSignal(window.exportFailed, timeout=30_000) as failed:
        window.export_pdf(tmp_path / "missing-folder" / "x.pdf")
    assert "could not be exported" in failed.args[0]


def test_pasted_article(qtbot: Any, make_window: Any) -> None:
    window = make_window(targets=["he"])
    with qtbot.waitSignal(window.documentOpened, timeout=15_000) as opened:
        window.paste_article(
            "Storm closes the harbour\nThe harbour in Esbjerg closed on Monday. Ferries will sail again at 14:30."
        )
    tab = opened.args[0]
    qtbot.waitUntil(lambda: tab.state == "done", timeout=30_000)
    assert tab.document.title == "Storm closes the harbour"
    assert len(tab.document.paragraphs) == 2
    assert tab.panes["he"].sentence_text(0) == cipher_text("Storm closes the harbour", "en", "he")

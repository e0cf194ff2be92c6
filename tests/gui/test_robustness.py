"""Unexpected errors keep the work; pack files install; keyboard scrolling aligns; the pack folder setting."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from briefing_app.core.demo_packs import cipher_text
from tests.gui.conftest import SEED, open_and_wait

pytestmark = pytest.mark.gui


def test_export_crash_keeps_the_document_and_its_translation(
    qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefing_app.export.pdf

    window = make_window(targets=["da"])
    tab = open_and_wait(qtbot, window, SEED)
    briefing = tab.briefing

    def boom(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("boom in the PDF writer")

    monkeypatch.setattr(briefing_app.export.pdf, "export_pdf", boom)
    with qtbot.waitSignal(window.exportFailed, timeout=30_000) as failed:
        window.export_pdf(tmp_path / "x.pdf")
    assert "RuntimeError: boom in the PDF writer" in failed.args[0]
    assert window.messages.level == "error" and "boom in the PDF writer" in window.messages.text
    assert window.messages.action_button.isVisible() and window.messages.action_button.text() == "Details…"
    assert "Traceback" in window.last_failure.details and "boom" in window.last_failure.details
    # Everything is still there.
    assert window.tabs.count() == 1 and window.current_tab() is tab and tab.briefing is briefing
    first = tab.document.sentences[0]
    assert tab.panes["da"].sentence_text(first.index) == cipher_text(first.text, "en", "da")
    box = window.show_failure_details()
    assert isinstance(box, QMessageBox) and "boom in the PDF writer" in box.detailedText()
    box.close()


def test_load_crash_is_reported_with_details(
    qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefing_app.core.pipeline

    window = make_window()
    tab = open_and_wait(qtbot, window, SEED, finished=False)

    def broken(path: Path, **options: Any) -> None:  # options: the language, progress and cancel of a scan
        raise KeyError("no reader")

    monkeypatch.setattr(briefing_app.core.pipeline, "load_document", broken)
    other = tmp_path / "other-article.txt"  # the open article itself would only be brought to the front
    other.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    with qtbot.waitSignal(window.openFailed, timeout=15_000):
        window.open_files([str(other)])
    assert "internal error (KeyError" in window.messages.text and window.last_failure is not None
    assert window.tabs.count() == 1 and window.current_tab() is tab


def test_opening_a_pack_file_installs_it_after_confirmation(
    qtbot: Any, make_window: Any, tmp_path: Path, demo_pack_files: list[Path]
) -> None:
    window = make_window(packs_dir=tmp_path / "packs")
    asked: list[tuple[Any, ...]] = []
    answer = [False]

    def confirm(*args: Any) -> bool:
        asked.append(args)
        return answer[0]

    window.pack_opener.confirm = confirm
    pack = next(p for p in demo_pack_files if "en_ar" in p.name or "en-ar" in p.name or "en_ar" in p.stem)
    with qtbot.waitSignal(window.pack_opener.declined, timeout=5_000):
        window.open_files([str(pack)])
    assert asked[0][1:] == ("en", "ar", asked[0][3]) and asked[0][3]
    assert window.context.store().packs() == []

    answer[0] = True
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pack))])
    drop = QDropEvent(
        QPointF(300, 300), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(window.pack_opener.installed, timeout=15_000) as installed:
        window.dropEvent(drop)
    assert installed.args[0].startswith("Installed the language pack English → Arabic")
    assert [(p.source, p.target) for p in window.context.store().packs()] == [("en", "ar")]
    assert window.tabs.count() == 0 and window.messages.text == installed.args[0]

    junk = tmp_path / "broken.argosmodel"
    junk.write_bytes(b"not a zip")
    with qtbot.waitSignal(window.pack_opener.failed, timeout=5_000) as failed:
        window.open_files([str(junk)])
    assert "broken.argosmodel" in failed.args[0] and len(asked) == 2


def test_keyboard_scrolling_aligns_the_other_pane(qtbot: Any, make_window: Any) -> None:
    window = make_window(targets=["da"])  # ROT13 keeps the length, so both panes can scroll as far
    tab = open_and_wait(qtbot, window, SEED)
    source, danish = tab.source_pane, tab.panes["da"]
    qtbot.mouseClick(source.viewport(), Qt.MouseButton.LeftButton, pos=source.sentence_cursor_rect(0).center())
    source.setFocus()
    qtbot.keyClick(source, Qt.Key.Key_PageDown)
    qtbot.keyClick(source, Qt.Key.Key_PageDown)
    top = source.top_sentence()
    assert top > 0
    qtbot.waitUntil(lambda: danish.top_sentence() == top, timeout=2_000)
    danish.setFocus()
    for _ in range(3):
        qtbot.keyClick(danish, Qt.Key.Key_Up)
    qtbot.keyClick(danish, Qt.Key.Key_PageUp)
    top = danish.top_sentence()
    qtbot.waitUntil(lambda: source.top_sentence() == top, timeout=2_000)


def test_arabic_ui_joins_languages_with_the_arabic_comma(qtbot: Any, make_window: Any) -> None:
    window = make_window(ui_language="ar", targets=["he", "da"])
    tab = open_and_wait(qtbot, window, SEED, finished=False)
    assert tab.header.targets_button.text() == "الدنماركية، العبرية"
    english = make_window(ui_language="en", targets=["he", "da"])
    tab = open_and_wait(qtbot, english, SEED, finished=False)
    assert tab.header.targets_button.text() == "Danish, Hebrew"


def test_pack_folder_setting(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    from briefing_app.ui.packs_dialog import PacksDialog
    from briefing_app.ui.settings import Settings

    window = make_window(targets=["ar"])
    tab = open_and_wait(qtbot, window, SEED, finished=False)
    dialog = PacksDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.packsChanged.connect(window._packs_changed)
    assert dialog.table.rowCount() == 6
    other = tmp_path / "other-packs"
    with qtbot.waitSignal(dialog.packsChanged, timeout=2_000):
        dialog.set_pack_folder(other)
    assert Settings().packs_dir == other and window.context.store().root == other
    assert dialog.table.rowCount() == 0 and str(other) in dialog.folder_label.text()
    assert "(no language pack)" in tab.header.targets_button.text()

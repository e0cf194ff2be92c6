"""The interface in Arabic, Hebrew and Danish; the layout mirrors while each pane keeps its text's direction."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from briefing_app.ui.i18n import qm_folder
from tests.gui.conftest import SEED, open_and_wait

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def compiled_translations() -> None:
    if not all((qm_folder() / f"briefing_{lang}.qm").is_file() for lang in ("ar", "he", "da")):
        pytest.fail("run scripts/build_translations.sh first: the .qm files are build products")


def test_arabic_ui_is_mirrored_and_translated(qtbot: Any, make_window: Any) -> None:
    window = make_window(ui_language="ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.file_menu.title() == "&ملف"
    assert window.help_menu.title() == "م&ساعدة"
    assert window.packs_action.text() == "&حزم اللغات…"
    tab = open_and_wait(qtbot, window, SEED, finished=False)
    assert tab.header.language_label.text() == "اللغة:"
    assert tab.header.language_combo.itemText(0).startswith("الإنجليزية (مكتشفة")
    # The English article keeps its own direction inside the mirrored window.
    assert tab.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert tab.source_pane.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_switching_language_at_run_time(qtbot: Any, make_window: Any) -> None:
    window = make_window(ui_language="en")
    assert window.file_menu.title() == "&File"
    action = next(a for a in window.language_group.actions() if a.data() == "he")
    action.trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&קובץ", timeout=2_000)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.context.settings.ui_language == "he"
    next(a for a in window.language_group.actions() if a.data() == "da").trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Filer", timeout=2_000)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.tools_menu.title() == "&Værktøjer"


def test_every_ts_entry_is_translated() -> None:
    import xml.etree.ElementTree as ET
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "translations"
    for lang in ("ar", "he", "da"):
        tree = ET.parse(root / f"briefing_{lang}.ts")
        for message in tree.getroot().iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            assert translation is not None and translation.text, (lang, source)
            assert translation.get("type") is None, (lang, source)
            for placeholder in ("{language}", "{error}", "{path}", "{target}", "{pivot}", "{progress}"):
                assert (placeholder in source) == (placeholder in translation.text), (lang, source)

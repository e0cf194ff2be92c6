"""Closing a tab while it translates, and switching the interface language with articles open.

Both also run under Xvfb with Qt's xcb platform (tests/gui/test_xvfb.py), where the tab bar's close
buttons are real child windows placed by the platform.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QTabBar

from briefing_app.core.translation.engine import EngineSettings
from briefing_app.ui.i18n import display_name, route_label
from tests.gui.conftest import SEED, open_and_wait

pytestmark = pytest.mark.gui

SLOW = EngineSettings(batch_sentences=1, first_batch_sentences=1, inter_threads=1)
HEBREW_SEED = SEED.parent / "heatwave-electricity-he.txt"


def _settle(qtbot: Any, window: Any) -> None:
    qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=30_000)
    for _ in range(5):
        QApplication.processEvents()
        qtbot.wait(20)


@pytest.mark.parametrize("how", ["close button", "Ctrl+W", "quit"])
def test_closing_a_translating_tab_stops_its_work_quietly(
    qtbot: Any, make_window: Any, capfd: pytest.CaptureFixture[str], how: str
) -> None:
    window = make_window(targets=["ar", "he", "da"], engine_settings=SLOW)
    tab = open_and_wait(qtbot, window, SEED, finished=False)
    qtbot.waitUntil(lambda: tab._counts.get("ar", 0) >= 3, timeout=30_000)
    assert tab.running
    handle = tab._task
    if how == "close button":
        bar = window.tabs.tabBar()
        button = bar.tabButton(0, QTabBar.ButtonPosition.RightSide) or bar.tabButton(0, QTabBar.ButtonPosition.LeftSide)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    elif how == "Ctrl+W":
        assert window.close_tab_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Close)
        window.close_tab_action.trigger()
    else:
        window.close()
    assert handle.token.cancelled, "closing must cancel the tab's translation"
    if how != "quit":
        assert window.tabs.count() == 0
    _settle(qtbot, window)
    err = capfd.readouterr().err
    assert "Traceback" not in err and "already deleted" not in err, err


def _close_buttons_on_their_tabs(window: Any) -> None:
    bar = window.tabs.tabBar()
    for index in range(bar.count()):
        side = QTabBar.ButtonPosition.RightSide if bar.isRightToLeft() is False else QTabBar.ButtonPosition.LeftSide
        button = bar.tabButton(index, side) or bar.tabButton(index, QTabBar.ButtonPosition.RightSide)
        assert button is not None and button.isVisible()
        assert bar.tabRect(index).contains(button.geometry()), (index, bar.tabRect(index), button.geometry())


def test_switching_the_interface_language_redraws_everything(qtbot: Any, make_window: Any) -> None:
    window = make_window(targets=["ar", "da"])
    english = open_and_wait(qtbot, window, SEED)
    hebrew = open_and_wait(qtbot, window, HEBREW_SEED)
    assert english.state == "done" and hebrew.state == "done", window.messages.history
    for code in ("ar", "he", "da", "en"):
        next(a for a in window.language_group.actions() if a.data() == code).trigger()
        qtbot.waitUntil(lambda code=code: window.ui_language.code == code, timeout=2_000)
        QApplication.processEvents()
        rtl = code in ("ar", "he")
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        assert window.layoutDirection() == direction and window.tabs.tabBar().layoutDirection() == direction
        _close_buttons_on_their_tabs(window)
        assert window.file_menu.title() == QCoreApplication.translate("MainWindow", "&File")
        for tab in (english, hebrew):
            header = tab.header
            language = QCoreApplication.translate("DocumentHeader", "Language:")
            assert header.language_label.text() == language
            if code != "en":
                assert language != "Language:", "the translation is loaded"
            for index, (target, pivot, _demo) in enumerate(tab._routes):
                label = route_label(target, pivot)
                assert tab.translations.tabText(index) == label
                assert header.progress_label(target).text() == label
                assert f"{display_name(target)} " in header.state.text()
            assert tab.facts.tree.headerItem().text(0) == QCoreApplication.translate("FactsPanel", "Fact")
        if code == "ar":
            assert english.translations.tabText(0) == "العربية"
            assert "(عبر الإنجليزية)" in hebrew.translations.tabText(1)  # he → da goes through English


def test_runs_on_the_platform_asked_for(qapp: Any) -> None:
    import os

    assert QApplication.platformName() == os.environ.get("BRIEFING_TEST_QPA", "offscreen")

"""What a new user meets: progress that counts, Qt's own dialogs translated, a rendered About,
digits and directions in the facts panel, and the smaller things (menus, hints, tabs, narrow windows)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextTable
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from briefing_app.core.translation.engine import EngineSettings
from briefing_app.ui.about_dialog import AboutDialog
from briefing_app.ui.facts_panel import FSI, PDI, RLI
from briefing_app.ui.i18n import display_name
from briefing_app.ui.main_window import tab_title
from briefing_app.ui.paste_dialog import PasteDialog
from tests.gui.conftest import OFFSCREEN_ONLY_WARNING, SEED, open_and_wait

pytestmark = pytest.mark.gui

SLOW = EngineSettings(batch_sentences=1, first_batch_sentences=1, inter_threads=1)
HEBREW_SEED = SEED.parent / "heatwave-electricity-he.txt"


def test_progress_line_and_bars_say_the_same_at_every_update(qtbot: Any, make_window: Any) -> None:
    window = make_window(targets=["ar", "he", "da"], engine_settings=SLOW)
    tab = open_and_wait(qtbot, window, SEED, finished=False)
    total = len(tab.document.sentences)
    seen: list[tuple[str, str]] = []
    mismatches: list[str] = []

    def compare(_item: object) -> None:  # runs after the tab's own slot for each sentence
        line = tab.header.state.text()
        for target in tab._counts:
            expected = f"{display_name(target)} {tab.header.progress_bar(target).value()}/{total}"
            if expected not in line:
                mismatches.append(f"{expected!r} not in {line!r}")
        seen.append((line, ""))

    tab._task.signals.partial.connect(compare)
    qtbot.waitUntil(lambda: tab.state == "done", timeout=60_000)
    assert len(seen) == 3 * total and not mismatches, mismatches[:3]
    assert (
        tab.header.state.text() == f"Translated: Arabic {total}/{total}, Danish {total}/{total}, Hebrew {total}/{total}"
    )


def test_qt_own_dialogs_follow_the_ui_language(qtbot: Any, make_window: Any) -> None:
    window = make_window(ui_language="ar")
    dialog = QFileDialog(window, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    # "&Look in:" is missing from qtbase_ar.qm, which has "Look in:": the window finds it anyway.
    assert "&اعثر في:" in labels and "&Look in:" not in labels
    assert "&الملفّات من النّوع:" in labels and "ا&سم الملفّ:" in labels


@pytest.mark.parametrize("ui_language", ["en", "ar"])
def test_about_renders_markdown_and_translates_its_text(qtbot: Any, make_window: Any, ui_language: str) -> None:
    window = make_window(ui_language=ui_language)
    dialog = AboutDialog(window.context, [], window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    text = dialog.browser.toPlainText()
    assert "# Bundled fonts" not in text and "Bundled fonts" in text  # a heading, not Markdown source
    assert "|------|" not in text
    tables = [f for f in dialog.browser.document().rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert tables and tables[0].columns() == 3  # the fonts' table is a table
    assert dialog.browser.horizontalScrollBar().maximum() == 0, "nothing is wider than the dialog"
    if ui_language == "ar":
        assert "ترجمة المقالات الإخبارية" in text and dialog.windowTitle() != "About Briefing Desk"
        assert "Noto Sans" in text and "Offline translation" not in text


def test_facts_use_the_translation_digits_and_isolate_each_run(qtbot: Any, make_window: Any) -> None:
    from briefing_app.core.facts.model import Rendering, in_digits_of
    from briefing_app.export.pdf_facts import _figure_readings

    assert in_digits_of("١٢", "قتل 12 شخصا") == "12"
    assert in_digits_of("١٬٣٠٠", "قتل ١٬٣٠٠ شخص") == "١٬٣٠٠"
    assert Rendering("1,300 جرحى", "١٬٣٠٠").shown_figure == "1,300"

    window = make_window(targets=["en", "ar"])
    tab = open_and_wait(qtbot, window, HEBREW_SEED)
    assert tab.state == "done", window.messages.history
    figures = [item.data(0, Qt.ItemDataRole.UserRole + 1) for item in tab.facts.fact_items("figure")]
    assert figures
    tab.translations.setCurrentWidget(tab.panes["ar"])
    for item in tab.facts.fact_items("figure"):
        fact = item.data(0, Qt.ItemDataRole.UserRole + 1)
        label = item.text(0)
        # A Hebrew article's fact reads right to left as a whole, each run in its own direction.
        assert label.startswith(RLI + FSI + fact.text + PDI) and label.endswith(PDI)
        plain = re.sub("[\u2066-\u2069]", "", label)
        assert plain == tab.facts.describe(fact)
        sentence = tab.panes["ar"].sentence_text(fact.sentence)
        shown = item.text(1)
        # the column writes the digits the Arabic translation writes: the demo pack keeps 0-9, also
        # for a figure its sentence spells out ("eight")
        assert not re.search("[٠-٩]", shown) and not re.search("[٠-٩]", sentence), (shown, sentence)
    briefing = tab.briefing
    readings = _figure_readings(figures[0], briefing.targets)
    assert all(not re.search("[٠-٩]", f"{figure.renderings['ar'].figure_in('12')}") for figure in figures)
    assert f"ar {figures[0].renderings['ar'].figure_in('12')}" in readings
    assert Rendering("ثمانية وزراء", "٨").figure_in("قتل 12") == "8"


# A popup menu asks the platform to raise it and grab the keyboard; the offscreen plugin (tests only)
# cannot and says so. Any other warning still fails the test.
@pytest.mark.qt_log_ignore(r"This plugin does not support (raise\(\)|grabbing the keyboard)", OFFSCREEN_ONLY_WARNING)
def test_translate_into_menu_stays_open_while_ticking(qtbot: Any, make_window: Any) -> None:
    window = make_window(targets=[])
    tab = open_and_wait(qtbot, window, SEED, finished=False)
    assert tab.no_translation.isVisible() and not tab.translations.isVisible()
    assert "Translate into" in tab.no_translation.text()
    menu = tab.header.targets_menu
    menu.popup(tab.header.targets_button.mapToGlobal(QPoint(0, tab.header.targets_button.height())))
    qtbot.waitExposed(menu)
    for code in ("ar", "da"):
        action = next(a for a in menu.actions() if a.data() == code)
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
        assert action.isChecked() and menu.isVisible(), code
    menu.close()
    assert tab.header.checked_targets() == ["ar", "da"]
    assert window.context.settings.target_languages == ["ar", "da"]


def test_reopening_focuses_the_open_tab_and_titles_are_cut_between_words(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = make_window()
    first = open_and_wait(qtbot, window, SEED, finished=False)
    open_and_wait(qtbot, window, HEBREW_SEED, finished=False)
    assert window.current_tab() is not first
    window.open_files([str(SEED)])
    assert window.tabs.count() == 2 and window.current_tab() is first
    title = window.tabs.tabText(window.tabs.indexOf(first))
    assert len(title) <= 40
    if len(first.document.title) > 40:
        assert title.endswith(" …") and first.document.title.startswith(title[:-2])
        assert first.document.title[len(title) - 2] == " ", "cut between words"
    assert tab_title("short") == "short"


def test_narrow_window_keeps_panes_usable(qtbot: Any, make_window: Any) -> None:
    window = make_window(targets=["ar", "he", "da"])
    tab = open_and_wait(qtbot, window, SEED)
    assert window.minimumSizeHint().width() <= 700
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() == 800, timeout=2_000)
    QApplication.processEvents()
    assert tab.source_pane.width() >= 250, tab.side_splitter.sizes()
    assert tab.side_splitter.isCollapsible(1) and tab.splitter.childrenCollapsible()


def test_paste_dialog_ctrl_enter_and_empty_text(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    dialog = PasteDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.open_button.isEnabled()
    dialog.editor.setPlainText("Storm closes the harbour\nThe harbour closed at 06:00.")
    assert dialog.open_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=2_000):
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    window.paste_article("   \n  ")
    assert "pasted text is empty" in window.messages.text and "pasted-article.txt" not in window.messages.text


def test_reading_shows_progress_with_cancel(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    pdf = SEED.with_suffix(".pdf")
    window.open_files([str(pdf)])
    assert f"Reading {pdf.name}" in window.messages.text and window.messages.action_button.isVisible()
    window.messages.action_button.click()  # Cancel: the article does not open
    qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=30_000)
    QApplication.processEvents()
    assert window.tabs.count() == 0
    with qtbot.waitSignal(window.documentOpened, timeout=30_000):
        window.open_files([str(pdf)])
    qtbot.waitUntil(lambda: window.messages.text == "", timeout=5_000)


def test_open_and_translate_in_one_go(qtbot: Any, make_window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import briefing_app.ui.app
    from briefing_app import cli

    called: list[tuple[Any, ...]] = []
    monkeypatch.setattr(briefing_app.ui.app, "run", lambda files, targets=None: called.append((files, targets)) or 0)
    assert cli.main([str(SEED), "--to", "ar,he,da"]) == 0
    assert called == [([str(SEED)], ["ar", "he", "da"])]
    assert cli.main([str(SEED), "--to", "a!"]) == 2

    window = make_window(targets=["da"])
    with qtbot.waitSignal(window.documentOpened, timeout=15_000) as opened:
        window.open_files([str(SEED)], ["ar", "he"])
    tab = opened.args[0]
    qtbot.waitUntil(lambda: tab.state == "done", timeout=60_000)
    assert sorted(tab.panes) == ["ar", "he"]
    assert window.context.settings.target_languages == ["da"], "the window's own choice stays remembered"


def test_the_panes_stay_put_when_translation_starts_and_ends(qtbot: Any, make_window: Any) -> None:
    window = make_window(targets=[], engine_settings=SLOW)
    second = open_and_wait(qtbot, window, HEBREW_SEED.with_name("havvind-esbjerg-da.txt"), finished=False)
    assert second.state == "idle"
    second.choose_targets(["en", "ar"])
    QApplication.processEvents()
    top = second.side_splitter.mapTo(second, QPoint(0, 0)).y()
    assert [second.header.progress_bar(c).value() for c in ("en", "ar")] == [0, 0]  # ready, at zero
    second.translate()
    qtbot.waitUntil(lambda: second._counts.get("en", 0) >= 2, timeout=60_000)
    QApplication.processEvents()
    assert second.side_splitter.mapTo(second, QPoint(0, 0)).y() == top, "nothing pushed the panes down"
    qtbot.waitUntil(lambda: second.state == "done", timeout=60_000)
    QApplication.processEvents()
    assert second.header.fidelity.isVisible() or second.header.fidelity.sizePolicy().retainSizeWhenHidden()
    assert second.side_splitter.mapTo(second, QPoint(0, 0)).y() == top
    in_window = second.source_pane.mapTo(window, QPoint(0, 0)).y()
    window.messages.show_message("warning", "A banner")  # at the foot: the text being read stays put
    QApplication.processEvents()
    assert window.messages.isVisible() and second.source_pane.mapTo(window, QPoint(0, 0)).y() == in_window

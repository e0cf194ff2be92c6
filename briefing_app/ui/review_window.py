"""The window's side of the analyst's review: Save, reopening saved briefings, Undo, the memory.

A saved briefing (`*.briefing.json`) opens in a tab exactly as it was saved, without translating;
a file that cannot be opened is named in the message bar with what is wrong, and nothing is written
to it. Undo and Redo act on the article shown (one undo stack per tab, in a `QUndoGroup`). Texts are
translated in the "MainWindow" context, where they are shown (a mixin's `self.tr` would look them up
under another class name than lupdate files them).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QObject, SignalInstance
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QTabWidget

from briefing_app.core.briefing_file import BriefingFileError, read_briefing, save_briefing
from briefing_app.ui.context import AppContext
from briefing_app.ui.document_tab import DocumentTab
from briefing_app.ui.message_bar import MessageBar
from briefing_app.ui.tab_bar import tab_title
from briefing_app.ui.workers import TaskFailure

# File > Export: each filter and the format it writes.
EXPORT_FILTERS = {
    "pdf": "PDF (*.pdf)",
    "docx": "Word (*.docx)",
    "html": "HTML (*.html)",
    "json": "Briefing JSON (*.briefing.json)",
}


def export_format(path: Path, selected_filter: str = "") -> str:
    """The format for `path`: its suffix decides, else the filter chosen in the dialog."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix in ("htm", "html"):
        return "html"
    if suffix in EXPORT_FILTERS:
        return suffix
    return next((name for name, text in EXPORT_FILTERS.items() if text == selected_filter), "pdf")


class ReviewWindowMixin:
    """Mixed into MainWindow (a QMainWindow). The parts of the window it uses are declared here, so that
    this module needs nothing from main_window, which imports it."""

    # What the host window provides.
    context: AppContext
    messages: MessageBar
    tabs: QTabWidget
    file_menu: QMenu
    tools_menu: QMenu
    export_action: QAction
    offline_action: QAction
    savedBriefing: SignalInstance
    documentOpened: SignalInstance
    openFailed: SignalInstance
    # An annotation, not a stub method: WindowToolsMixin, later in MainWindow's bases, defines it.
    report_failure: Callable[[str, TaskFailure], None]

    def _action(self, slot: Callable[[], object], shortcut: QKeySequence | None = None) -> QAction:
        raise NotImplementedError

    def current_tab(self) -> DocumentTab | None:
        raise NotImplementedError

    def document_tabs(self) -> list[DocumentTab]:
        raise NotImplementedError

    def _update_actions(self, *_args: object) -> None:
        raise NotImplementedError

    def _remember_targets(self, codes: list[str]) -> None:
        raise NotImplementedError

    def _window(self) -> QMainWindow:
        return cast(QMainWindow, self)

    # What the review adds.
    undo_group: QUndoGroup
    undo_action: QAction
    redo_action: QAction
    save_action: QAction
    save_as_action: QAction
    edit_sentence_action: QAction
    memory_action: QAction
    edit_menu: QMenu

    def _create_review_actions(self) -> None:
        self.undo_group = QUndoGroup(cast(QObject, self))
        self.undo_action = self.undo_group.createUndoAction(self._window())
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_group.createRedoAction(self._window())
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self.save_action = self._action(self.save_current, QKeySequence(QKeySequence.StandardKey.Save))
        self.save_as_action = self._action(self.save_as_dialog, QKeySequence("Ctrl+Shift+S"))
        self.edit_sentence_action = self._action(self.edit_current_sentence)
        self.memory_action = self._action(self.show_memory)
        self.file_menu.insertAction(self.export_action, self.save_action)
        self.file_menu.insertAction(self.export_action, self.save_as_action)
        self.edit_menu = self._window().menuBar().addMenu("")
        self._window().menuBar().insertMenu(self.tools_menu.menuAction(), self.edit_menu)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.edit_sentence_action)
        self.tools_menu.insertAction(self.offline_action, self.memory_action)
        self.tabs.currentChanged.connect(self._activate_undo_stack)

    def _retranslate_review(self) -> None:
        self.edit_menu.setTitle(QCoreApplication.translate("MainWindow", "&Edit"))
        self.save_action.setText(QCoreApplication.translate("MainWindow", "&Save Briefing"))
        self.save_as_action.setText(QCoreApplication.translate("MainWindow", "Save Briefing &As…"))
        self.edit_sentence_action.setText(
            QCoreApplication.translate("MainWindow", "&Correct the Selected Sentence (F2)")
        )
        self.memory_action.setText(QCoreApplication.translate("MainWindow", "Translation &Memory…"))
        self.undo_action.setText(QCoreApplication.translate("MainWindow", "&Undo"))
        self.redo_action.setText(QCoreApplication.translate("MainWindow", "&Redo"))

    def _update_review_actions(self) -> None:
        tab = self.current_tab()
        has = tab is not None and tab.briefing is not None
        self.save_action.setEnabled(has)
        self.save_as_action.setEnabled(has)
        self.edit_sentence_action.setEnabled(has)

    def _activate_undo_stack(self, *_args: object) -> None:
        tab = self.current_tab()
        if tab is not None and tab.undo_stack not in self.undo_group.stacks():
            self.undo_group.addStack(tab.undo_stack)
        self.undo_group.setActiveStack(tab.undo_stack if tab is not None else None)  # type: ignore[arg-type]
        self._update_review_actions()

    # -- opening saved briefings -------------------------------------------------------------------

    def open_saved(self, path: Path) -> DocumentTab | None:
        """Open a saved briefing in a new tab, as it was saved; None (and a message) when it cannot be."""
        try:
            briefing = read_briefing(path)
        except BriefingFileError as err:
            text = QCoreApplication.translate("MainWindow", "Could not open the briefing {path}: {reason}").format(
                path=err.path, reason=err.reason
            )
            self.messages.show_message("error", text)
            self.openFailed.emit(text)
            return None
        for existing in self.document_tabs():
            if existing.saved_path is not None and existing.saved_path.resolve() == path.resolve():
                self.tabs.setCurrentWidget(existing)
                return existing
        self.context.settings.add_recent_file(path.resolve())
        self.context.settings.last_folder = path.resolve().parent
        tab = DocumentTab(briefing.document, self.context)
        tab.message.connect(self.messages.show_message)
        tab.crashed.connect(self.report_failure)
        tab.targetsChosen.connect(self._remember_targets)
        tab.translationFinished.connect(lambda _state: self._update_review_actions())
        title = briefing.document.title or path.name
        index = self.tabs.addTab(tab, tab_title(title))
        self.tabs.setTabToolTip(index, f"{title}\n{path}")
        tab.load_briefing(briefing, path)
        self.tabs.setCurrentIndex(index)
        self._activate_undo_stack()
        self._update_actions()
        self.documentOpened.emit(tab)
        return tab

    # -- saving ----------------------------------------------------------------------------------

    def save_current(self) -> None:
        tab = self.current_tab()
        if tab is None or tab.briefing is None:
            self.messages.show_message(
                "warning",
                QCoreApplication.translate("MainWindow", "Translate the article first: there is nothing to save."),
            )
            return
        if tab.saved_path is None:
            self.save_as_dialog()
            return
        self.save_to(tab.saved_path)

    def save_as_dialog(self) -> None:
        tab = self.current_tab()
        if tab is None or tab.briefing is None:
            return
        folder = self.context.settings.last_folder or Path.home()
        suggested = tab.saved_path or folder / f"{tab.document.path.stem}.briefing.json"
        path, _filter = QFileDialog.getSaveFileName(
            self._window(),
            QCoreApplication.translate("MainWindow", "Save Briefing"),
            str(suggested),
            QCoreApplication.translate("MainWindow", "Briefing JSON (*.briefing.json)"),
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        """Write the current tab's briefing (with its corrections) to `path`; it becomes the tab's file."""
        tab = self.current_tab()
        if tab is None or tab.briefing is None:
            return False
        try:
            save_briefing(tab.briefing, path)
        except BriefingFileError as err:
            self.messages.show_message(
                "error",
                QCoreApplication.translate("MainWindow", "Could not save {path}: {reason}").format(
                    path=err.path, reason=err.reason
                ),
            )
            return False
        tab.saved_path = path
        tab.undo_stack.setClean()
        self.messages.show_message(
            "info", QCoreApplication.translate("MainWindow", "Briefing saved to {path}").format(path=path)
        )
        self.savedBriefing.emit(str(path))
        return True

    # -- editing and the memory ------------------------------------------------------------------

    def edit_current_sentence(self) -> None:
        tab = self.current_tab()
        pane = tab.current_pane() if tab is not None else None
        if tab is None or pane is None:
            return
        index = pane.selected_sentence
        if index < 0:
            index = pane.top_sentence()
        if index >= 0:
            tab.edit_sentence(pane.language, index)

    def show_memory(self) -> None:
        from briefing_app.ui.memory_dialog import MemoryDialog

        if self.context.memory is None:
            return
        MemoryDialog(self.context.memory, self._window()).exec()

"""The main window: menus, the message bar, one tab per open article, drag and drop.

It only wires things together: articles load and export on the task runner, each article lives in
a `DocumentTab`, packs are managed in `PacksDialog`, a dropped or opened `.argosmodel` goes to
`PackOpener`; the glossary, the offline switch and crash reports are in `WindowToolsMixin`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from briefing_app.core.briefing_file import is_briefing_file
from briefing_app.core.errors import BriefingError
from briefing_app.core.model import Document
from briefing_app.ui.context import AppContext
from briefing_app.ui.document_tab import DocumentTab
from briefing_app.ui.i18n import UI_LANGUAGES
from briefing_app.ui.message_bar import MessageBar
from briefing_app.ui.pack_opening import PackOpener, is_pack_file
from briefing_app.ui.review_window import EXPORT_FILTERS, ReviewWindowMixin, export_format
from briefing_app.ui.services import export_task, load_task, paste_task
from briefing_app.ui.tab_bar import MirroringTabBar, tab_title
from briefing_app.ui.window_tools import WindowToolsMixin
from briefing_app.ui.workers import TaskFailure, TaskHandle

ARTICLE_FILTER = "*.txt *.text *.md *.markdown *.html *.htm *.docx *.pdf"
ARTICLE_FILTER += " *.png *.jpg *.jpeg *.tif *.tiff *.webp"  # scans and photos, read by OCR


class MainWindow(ReviewWindowMixin, WindowToolsMixin, QMainWindow):
    """Signals:
    documentOpened(object): a DocumentTab was added.
    openFailed(str): an article could not be opened (the message shown).
    exportFinished(str): a PDF was written (its path).
    exportFailed(str): an export failed (the message shown).
    uiLanguageRequested(str): the user chose an interface language ("" = system).
    savedBriefing(str): a briefing was saved (its path).
    """

    savedBriefing = Signal(str)

    documentOpened = Signal(object)
    openFailed = Signal(str)
    exportFinished = Signal(str)
    exportFailed = Signal(str)
    uiLanguageRequested = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.last_failure: TaskFailure | None = None
        self._reading: dict[Path, TaskHandle] = {}  # articles being read, by resolved path
        self.setAcceptDrops(True)
        self.messages = MessageBar()
        self.pack_opener = PackOpener(context, self)
        self.pack_opener.installed.connect(self._pack_installed)
        self.pack_opener.failed.connect(lambda text: self.messages.show_message("error", text))
        self.tabs = QTabWidget()
        self.tabs.setTabBar(MirroringTabBar())
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(self._update_actions)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setMargin(40)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tabs)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # The message strip sits below the articles: when it appears, the text being read stays
        # where it is (above them, every message pushed the header and both panes down).
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.messages)
        self.setCentralWidget(central)
        self._create_actions()
        self.retranslate()
        self.resize(1100, 720)
        if context.settings.window_geometry is not None:
            self.restoreGeometry(context.settings.window_geometry)
        self._update_actions()

    # -- actions and menus -----------------------------------------------------------------------

    def _action(self, slot: Callable[[], object], shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _create_actions(self) -> None:
        self.open_action = self._action(self.open_dialog, QKeySequence(QKeySequence.StandardKey.Open))
        self.paste_action = self._action(self.paste_article, QKeySequence("Ctrl+Shift+V"))
        self.export_action = self._action(self.export_dialog, QKeySequence("Ctrl+E"))
        self.close_tab_action = self._action(self.close_current, QKeySequence(QKeySequence.StandardKey.Close))
        self.quit_action = self._action(self.close, QKeySequence(QKeySequence.StandardKey.Quit))
        self.packs_action = self._action(self.show_packs)
        self.glossary_action = self._action(self.show_glossary)
        self.offline_action = QAction(self)
        self.offline_action.setCheckable(True)
        self.offline_action.toggled.connect(self.set_offline)
        self.about_action = self._action(self.show_about)
        self.file_menu = self.menuBar().addMenu("")
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.file_menu.insertAction(self.recent_menu.menuAction(), self.open_action)
        self.file_menu.addAction(self.paste_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_action)
        self.file_menu.addAction(self.close_tab_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.tools_menu = self.menuBar().addMenu("")
        self.tools_menu.addAction(self.packs_action)
        self.tools_menu.addAction(self.glossary_action)
        self.tools_menu.addAction(self.offline_action)
        self._sync_offline_action()
        self.language_menu = self.tools_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.system_language_action = QAction(self)
        self.system_language_action.setCheckable(True)
        self.system_language_action.setData("")
        self.language_menu.addAction(self.system_language_action)
        self.language_group.addAction(self.system_language_action)
        for code, name in UI_LANGUAGES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setData(code)
            self.language_menu.addAction(action)
            self.language_group.addAction(action)
        current = self.context.settings.ui_language
        for action in self.language_group.actions():
            action.setChecked(action.data() == current)
        self.language_group.triggered.connect(lambda action: self.uiLanguageRequested.emit(action.data()))
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.about_action)
        self._create_review_actions()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Briefing Desk"))
        self.file_menu.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("&Open…"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.paste_action.setText(self.tr("&Paste an Article…"))
        self.export_action.setText(self.tr("&Export Briefing (PDF, Word, HTML)…"))
        self.close_tab_action.setText(self.tr("&Close Article"))
        self.quit_action.setText(self.tr("&Quit"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.packs_action.setText(self.tr("&Language Packs…"))
        self.glossary_action.setText(self.tr("&Glossary…"))
        self.offline_action.setText(self.tr("Work &Offline (Never Use the Network)"))
        self.language_menu.setTitle(self.tr("&Interface Language"))
        self.system_language_action.setText(self.tr("System Default"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Briefing Desk"))
        self._retranslate_review()
        self.empty.setText(
            self.tr(
                "Open an article with File › Open (Ctrl+O), drop a file on this window, "
                "or paste its text with File › Paste an Article (Ctrl+Shift+V)."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_actions(self, *_args: object) -> None:
        self.export_action.setEnabled(self.current_tab() is not None)
        self.close_tab_action.setEnabled(self.current_tab() is not None)
        self.stack.setCurrentWidget(self.tabs if self.tabs.count() else self.empty)
        self._update_review_actions()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.context.settings.recent_files
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_files([p]))
        if not recent:
            self.recent_menu.addAction(self.tr("No recent articles")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear the List")).triggered.connect(
                self.context.settings.clear_recent_files
            )

    # -- opening ---------------------------------------------------------------------------------

    def current_tab(self) -> DocumentTab | None:
        tab = self.tabs.currentWidget()
        return tab if isinstance(tab, DocumentTab) else None

    def document_tabs(self) -> list[DocumentTab]:
        return [t for i in range(self.tabs.count()) if isinstance(t := self.tabs.widget(i), DocumentTab)]

    def open_dialog(self) -> None:
        folder = self.context.settings.last_folder
        files, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Open Articles"),
            str(folder) if folder else "",
            self.tr(
                "Articles ({patterns});;Saved briefings (*.briefing.json);;Language packs (*.argosmodel);;All files (*)"
            ).format(patterns=ARTICLE_FILTER),
        )
        self.open_files(files)

    def open_files(self, paths: Sequence[str | Path], targets: Sequence[str] | None = None) -> None:
        """Read each article on a worker; each becomes a tab, or a message naming the file.

        A language pack (.argosmodel) is offered for installation instead. An article already open
        (or being read) is brought to the front rather than opened twice. With `targets` the
        articles are translated into those languages (`briefing-app FILE... --to ar,he`), whatever
        the window's remembered choice.
        """
        for raw in paths:
            path = Path(raw)
            if is_pack_file(path):
                self.pack_opener.offer(path)
                continue
            if is_briefing_file(path):  # a saved briefing reopens as it was, without translating
                self.open_saved(path)
                continue
            key = path.resolve()
            existing = self.tab_for(key)
            if existing is not None:
                self.tabs.setCurrentWidget(existing)
                continue
            if key in self._reading:
                continue
            handle = self.context.runner.submit(load_task(path))
            self._reading[key] = handle
            handle.signals.succeeded.connect(lambda document, p=path: self._opened(document, p, targets))
            handle.signals.failed.connect(self._open_failed)
            handle.signals.finished.connect(lambda k=key: self._read_ended(k))
            handle.signals.progress.connect(lambda done, total, message, p=path: self._show_ocr_page(p, message))
            self._show_reading()

    def tab_for(self, path: Path) -> DocumentTab | None:
        """The open tab of the article at `path` (resolved), if any."""
        return next((t for t in self.document_tabs() if t.document.path.resolve() == path), None)

    def _show_reading(self) -> None:
        """Say what is being read, with a way to stop waiting: a long PDF takes seconds."""
        names = [p.name for p in self._reading]
        self.messages.show_message(
            "info",
            self.tr("Reading {files}…").format(files=", ".join(names)),
            self.tr("Cancel"),
            self.cancel_reading,
        )
        self._reading_text = self.messages.label.text()

    def _show_ocr_page(self, path: Path, message: str) -> None:
        """A scan is read by OCR a page at a time: say which page, keeping the Cancel button."""
        if not message.startswith("OCR page") or path.resolve() not in self._reading:
            return
        self.messages.show_message(
            "info",
            self.tr("Reading {file} by OCR: {page}…").format(file=path.name, page=message.removeprefix("OCR ")),
            self.tr("Cancel"),
            self.cancel_reading,
        )
        self._reading_text = self.messages.label.text()

    def cancel_reading(self) -> None:
        """Stop waiting for the articles being read: none of them opens."""
        for handle in self._reading.values():
            handle.cancel()
            for signal in (handle.signals.succeeded, handle.signals.failed):
                signal.disconnect()
        self._reading.clear()

    def _read_ended(self, key: Path) -> None:
        self._reading.pop(key, None)
        if self.messages.text == getattr(self, "_reading_text", None):
            if self._reading:
                self._show_reading()
            else:
                self.messages.hide()

    def paste_article(self, text: str | None = None) -> None:
        if text is None:
            from briefing_app.ui.paste_dialog import PasteDialog

            dialog = PasteDialog(self)
            if not dialog.exec():
                return
            text = dialog.text()
        if not text.strip():
            self.messages.show_message("warning", self.tr("Nothing was opened: the pasted text is empty."))
            return
        handle = self.context.runner.submit(paste_task(text))
        handle.signals.succeeded.connect(lambda document: self._opened(document, None))
        handle.signals.failed.connect(self._open_failed)

    def _opened(self, document: Document, path: Path | None, targets: Sequence[str] | None = None) -> None:
        if path is not None:
            self.context.settings.add_recent_file(path.resolve())
            self.context.settings.last_folder = path.resolve().parent
            existing = self.tab_for(path.resolve())
            if existing is not None:
                self.tabs.setCurrentWidget(existing)
                return
        tab = DocumentTab(document, self.context)
        tab.message.connect(self.messages.show_message)
        tab.crashed.connect(self.report_failure)
        tab.targetsChosen.connect(self._remember_targets)
        tab.translationFinished.connect(lambda _state: self._update_review_actions())
        title = document.title or document.path.name
        index = self.tabs.addTab(tab, tab_title(title))
        self.tabs.setTabToolTip(index, f"{title}\n{document.path}" if path is not None else title)
        self.tabs.setCurrentIndex(index)
        self._activate_undo_stack()
        self._update_actions()
        self.documentOpened.emit(tab)
        if targets:
            tab.choose_targets(list(targets))
        if tab.header.checked_targets():
            tab.translate()

    def _open_failed(self, failure: TaskFailure) -> None:
        error = failure.error
        if isinstance(error, BriefingError):
            text = self.tr("Could not open {reason}").format(reason=str(error))
            self.messages.show_message("error", text)
        else:
            text = self.tr("Could not open the article: internal error ({error})").format(
                error=f"{type(error).__name__}: {error}"
            )
            self.report_failure(text, failure)
        self.openFailed.emit(text)

    def _remember_targets(self, codes: list[str]) -> None:
        self.context.settings.target_languages = codes
        for tab in self.document_tabs():
            tab.refresh_targets()

    def close_current(self) -> None:
        self.close_tab(self.tabs.currentIndex())

    def close_tab(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if isinstance(tab, DocumentTab):
            tab.dispose()
            self.tabs.removeTab(index)
            tab.deleteLater()
        self._update_actions()

    # -- drag and drop ---------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.open_files(files)

    # -- export ----------------------------------------------------------------------------------

    def export_dialog(self) -> None:
        tab = self.current_tab()
        if tab is None:
            return
        folder = self.context.settings.last_folder or Path.home()
        suggested = folder / f"{tab.document.path.stem}.briefing.pdf"
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export Briefing"), str(suggested), ";;".join(EXPORT_FILTERS.values())
        )
        if path:
            self.export_to(Path(path), export_format(Path(path), chosen))

    def export_pdf(self, path: Path) -> None:
        self.export_to(path, "pdf")

    def export_to(self, path: Path, name: str) -> None:
        """Write the current article's briefing as `name` (pdf, docx, html, json) to `path` on a worker."""
        tab = self.current_tab()
        if tab is None or tab.briefing is None:
            text = self.tr("Translate the article first: there is no complete translation to export.")
            self.messages.show_message("warning", text)
            self.exportFailed.emit(text)
            return
        handle = self.context.runner.submit(export_task(tab.briefing, path, name))
        handle.signals.succeeded.connect(self._exported)
        handle.signals.failed.connect(self._export_failed)
        self.messages.show_message("info", self.tr("Exporting {path}…").format(path=path))

    def _exported(self, path: Path) -> None:
        self.messages.show_message(
            "info",
            self.tr("Briefing exported to {path}").format(path=path),
            self.tr("Open"),
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))),
        )
        self.exportFinished.emit(str(path))

    def _export_failed(self, failure: TaskFailure) -> None:
        """A failed export leaves the article and its translation as they were."""
        error = failure.error
        if isinstance(error, BriefingError | OSError):
            text = self.tr("The briefing could not be exported: {error}").format(error=str(error))
            self.messages.show_message("error", text)
        else:
            text = self.tr("The briefing could not be exported: internal error ({error})").format(
                error=f"{type(error).__name__}: {error}"
            )
            self.report_failure(text, failure)
        self.exportFailed.emit(text)

    # -- dialogs ---------------------------------------------------------------------------------

    def show_packs(self) -> None:
        from briefing_app.ui.packs_dialog import PacksDialog

        dialog = PacksDialog(self.context, self)
        dialog.packsChanged.connect(self._packs_changed)
        dialog.exec()

    def _pack_installed(self, text: str) -> None:
        self.messages.show_message("info", text)
        self._packs_changed()

    def _packs_changed(self) -> None:
        self.context.engines.reset()
        for tab in self.document_tabs():
            tab.refresh_targets()

    def show_about(self) -> None:
        from briefing_app.ui.about_dialog import AboutDialog

        AboutDialog(self.context, [t.briefing for t in self.document_tabs() if t.briefing], self).exec()

    # -- closing ---------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = self.context.settings
        settings.window_geometry = self.saveGeometry()
        tab = self.current_tab()
        if tab is not None:
            settings.splitter_state = tab.splitter.saveState()
        settings.sync()
        for tab in self.document_tabs():
            tab.dispose()
        self.context.runner.shutdown()
        super().closeEvent(event)

"""One open article: header, source pane and one translation pane per target, side by side.

The tab owns its document and its latest translation task. Sentences arrive one by one from the
translator thread (through `TaskSignals.partial`) and are put in place as they come; a cancelled
or failed translation keeps what was already translated. When the article was already translated,
a translation that fails or is cancelled puts the earlier finished briefing back in place: the GUI
never loses a finished translation on an error.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QMetaObject, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from briefing_app.core.briefing import DEMO_NOTICE, Briefing
from briefing_app.core.documents.ocr import model_for_language
from briefing_app.core.errors import BriefingError, PackMissingError
from briefing_app.core.languages import language_name
from briefing_app.core.model import BlockKind, Document
from briefing_app.core.ocr_report import ocr_line, uncertain_in_sentence
from briefing_app.core.pipeline import with_language
from briefing_app.core.translation.engine import Route, plan_route
from briefing_app.ui.context import AppContext
from briefing_app.ui.document_header import DocumentHeader, keep_room
from briefing_app.ui.facts_panel import FactsPanel
from briefing_app.ui.fidelity_view import pane_flags, warning_summary
from briefing_app.ui.i18n import display_name, join_list, route_label
from briefing_app.ui.pane_following import PaneFollowingMixin
from briefing_app.ui.panes import PaneParagraph, PaneSentence, SentencePane
from briefing_app.ui.review_tab import ReviewTabMixin
from briefing_app.ui.services import load_task, translate_task
from briefing_app.ui.workers import TaskFailure, TaskHandle


class DocumentTab(ReviewTabMixin, PaneFollowingMixin, QWidget):
    """An article and its translations.

    Signals:
        message(str, str): level ("info", "warning", "error") and text for the window's message bar.
        crashed(str, object): an unexpected error (not a BriefingError): the text and the TaskFailure
            with its traceback, for the window to offer as details.
        translationFinished(str): "done", "cancelled" or "failed" when a translation ends.
        targetsChosen(list): the user changed the target languages (to remember them).
    """

    message = Signal(str, str)
    crashed = Signal(str, object)
    translationFinished = Signal(str)
    targetsChosen = Signal(list)

    def __init__(self, document: Document, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.context = context
        self.briefing: Briefing | None = None
        # The finished briefing shown before the running translation started: put back when that
        # translation fails or is cancelled.
        self._previous: Briefing | None = None
        self._kept_previous = False  # the last translation failed or was cancelled; `_previous` is shown
        self.state = "idle"  # idle, running, done, cancelled, failed
        self._task: TaskHandle | None = None
        self._reread_handle: TaskHandle | None = None  # a scan being read again with another OCR model
        self._counts: dict[str, int] = {}
        self._connections: list[QMetaObject.Connection] = []  # the running task's, cut on close
        self._routes: list[tuple[str, str | None, bool]] = []  # (target, pivot, demo) of the panes shown
        self._chosen: list[str] | None = None  # targets given for this tab only (command line)
        self._syncing = False

        self.header = DocumentHeader()
        self.source_pane = SentencePane()
        self.translations = QTabWidget()
        self.translations.setDocumentMode(True)
        self.translations.currentChanged.connect(self._on_translation_tab)
        self.demo_label = QLabel()
        self.demo_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.demo_label.hide()
        keep_room(self.demo_label)  # its line stays reserved: the panes do not jump when it appears
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.demo_label)
        right_layout.addWidget(self.translations, 1)
        # Until a language is chosen the translation side says what to do, not a blank grey area.
        self.no_translation = QLabel()
        self.no_translation.setWordWrap(True)
        self.no_translation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_translation.setMargin(24)
        right_layout.addWidget(self.no_translation, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(True)  # a narrow window can fold a pane away
        self.splitter.addWidget(self.source_pane)
        self.splitter.addWidget(right)
        self.splitter.setSizes([500, 500])
        if context.settings.splitter_state is not None:
            self.splitter.restoreState(context.settings.splitter_state)
        self.splitter.splitterMoved.connect(self._save_splitter)
        # The facts sit beside the two panes, in their own splitter, so the saved state of the
        # panes' splitter (two widgets) still applies.
        self.facts = FactsPanel()
        self.facts.factChosen.connect(self.show_sentence)
        self.side_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.side_splitter.addWidget(self.splitter)
        self.side_splitter.addWidget(self.facts)
        # Both sides give up room in a narrow window (3:1), rather than the panes alone.
        self.side_splitter.setStretchFactor(0, 3)
        self.side_splitter.setStretchFactor(1, 1)
        self.side_splitter.setCollapsible(0, False)
        self.side_splitter.setCollapsible(1, True)
        self.side_splitter.setSizes([800, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        # Text read from a scan or photo says so: its characters may be misread (uncertain words are
        # dotted-underlined in the source pane).
        self.ocr_note = QLabel()
        self.ocr_note.setWordWrap(True)
        self.ocr_note.setStyleSheet("color: #6a4c93;")
        self.ocr_note.setVisible(document.ocr is not None)
        layout.addWidget(self.ocr_note)
        layout.addWidget(self.side_splitter, 1)

        self.panes: dict[str, SentencePane] = {}
        self._connect_pane(self.source_pane)
        self.header.languageChosen.connect(self.set_language)
        self.header.targetsChanged.connect(self._on_targets_changed)
        self.header.translateRequested.connect(self.translate)
        self.header.cancelRequested.connect(self.cancel)
        self._show_source()
        self.refresh_targets()
        self._show_translation_side()
        self._init_review()
        self.retranslate()

    # -- display ---------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        # Qt sends LanguageChange to every widget when a translator is installed or removed: each
        # part redraws its own texts (the header and the facts panel have their own handlers).
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.demo_label.setText(self.tr("Demo language pack: not a real translation"))
        self.no_translation.setText(
            self.tr("Choose the languages to translate into with “Translate into:” above, then press Translate.")
        )
        self.demo_label.setToolTip(DEMO_NOTICE)
        self._refresh_header_language()
        self.refresh_targets()
        for index, (target, pivot, _demo) in enumerate(self._routes):
            self.translations.setTabText(index, route_label(target, pivot))
        self.header.relabel_progress({t: route_label(t, pivot) for t, pivot, _demo in self._routes})
        self._update_state_text()
        self._show_fidelity()

    def _paragraphs(self, texts: dict[int, str] | None) -> list[PaneParagraph]:
        return [
            PaneParagraph(
                heading=p.kind == BlockKind.HEADING,
                sentences=[
                    PaneSentence(s.index, s.text if texts is None else texts.get(s.index))
                    if texts is not None or p.ocr is None
                    else PaneSentence(s.index, s.text, uncertain_in_sentence(p, s))
                    for s in p.sentences
                ],
            )
            for p in self.document.paragraphs
        ]

    def _show_source(self) -> None:
        self.header.title.setText(self.document.title or self.document.path.name)
        self.ocr_note.setText(self.tr("%s Dotted underline: words read with low confidence.") % ocr_line(self.document)
                              if self.document.ocr is not None else "")  # fmt: skip
        self.source_pane.set_content(self.document.language.code, self._paragraphs(None))
        self._refresh_header_language()

    def _refresh_header_language(self) -> None:
        codes = {p.source for p in self.context.store().packs()} | {p.target for p in self.context.store().packs()}
        choices = sorted(codes | {"en", "ar", "he", "da"}, key=lambda c: display_name(c))
        self.header.set_language(self.document.language, choices)

    def refresh_targets(self) -> None:
        """Offer every language the installed packs reach from this article, and the remembered ones."""
        packs = self.context.store().packs()
        source = self.document.language.code
        remembered = self._chosen if self._chosen is not None else self.context.settings.target_languages
        reachable = sorted({p.target for p in packs} | {p.source for p in packs}, key=language_name)
        entries = []
        for code in dict.fromkeys([*reachable, *remembered]):
            if code == source:
                continue
            try:
                label = route_label(code, plan_route(packs, source, code).pivot)
            except PackMissingError:
                label = self.tr("{language} (no language pack)").format(language=display_name(code))
            entries.append((code, label, code in remembered))
        self.header.set_targets(entries)
        if not self._routes:
            # Before the first translation the progress rows of the ticked languages stand ready, at
            # zero: pressing Translate then fills them instead of pushing the panes down.
            self.header.set_progress_languages([(code, label) for code, label, on in entries if on and code != source])
            for code in self.header.checked_targets():
                bar = self.header.progress_bar(code)
                if bar is not None:
                    bar.setRange(0, len(self.document.sentences))
                    bar.setValue(0)

    def choose_targets(self, codes: list[str]) -> None:
        """Tick `codes` in this tab only (the command line's --to); the window's remembered choice stays."""
        self._chosen = list(codes)
        self.refresh_targets()

    def _on_targets_changed(self, codes: list[str]) -> None:
        self._chosen = None  # the user's own choice in the menu is the window's, remembered
        self.targetsChosen.emit(codes)

    # -- translation -----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done

    def translate(self, targets: list[str] | None = None) -> None:
        """Translate into `targets` (default: the checked ones), replacing earlier translations."""
        if targets is None:
            targets = self.header.checked_targets()
        self.cancel()
        if self.briefing is not None:
            self._previous = self.briefing
        source = self.document.language.code
        targets = [t for t in targets if t != source]
        if not targets:
            self.message.emit("info", self.tr("Choose the languages to translate into (“Translate into:”)."))
            return
        self._kept_previous = False
        packs = self.context.store().packs()
        routes: dict[str, Route] = {}
        missing: list[str] = []
        for target in targets:
            try:
                routes[target] = plan_route(packs, source, target)
            except PackMissingError as err:
                missing.append(str(err))
        if not routes and self._previous is not None:
            self._task = None  # a translation this one replaced no longer reports here
            self._restore_previous()
            self.message.emit("error", self._failed_but_kept(join_list(missing)))
            self._finish("failed")
            return
        for text in missing:
            self.message.emit("error", text)
        if not routes:
            self.state = "failed"
            self._update_state_text()
            self.translationFinished.emit("failed")
            return
        self.briefing = None
        self.undo_stack.clear()  # the corrections belong to the translation being replaced
        self._show_fidelity()
        self._build_translation_panes([(t, r.pivot, any(leg.demo for leg in r.legs)) for t, r in routes.items()])
        task = translate_task(
            self.context.engines,
            self.context.packs_root,
            self.document,
            list(routes),
            self.context.glossary,
            memory=self.context.memory,
        )
        handle = self.context.runner.submit(task, translator=True)
        self._connections = [
            handle.signals.partial.connect(lambda item: self._on_sentence(handle, item)),
            handle.signals.succeeded.connect(lambda value: self._on_done(handle, value)),
            handle.signals.failed.connect(lambda failure: self._on_failed(handle, failure)),
            handle.signals.cancelled.connect(lambda: self._on_cancelled(handle)),
        ]
        self._task = handle
        self.state = "running"
        self.header.set_running(True)
        self._update_state_text()

    def cancel(self) -> None:
        if self.running and self._task is not None:
            self._task.cancel()

    def dispose(self) -> None:
        """The tab is closing (or the window quitting): stop its translation and cut it off.

        The translator thread stops at its next check of the cancel token, but sentences it already
        sent are queued for the main thread: they must reach no widget of a tab that is gone.
        """
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
        for connection in self._connections:
            QObject.disconnect(connection)
        self._connections = []

    def _build_translation_panes(self, targets: list[tuple[str, str | None, bool]]) -> None:
        """Empty panes, one per `(target, pivot, demo)`, and their progress bars."""
        self.translations.blockSignals(True)
        while self.translations.count():
            widget = self.translations.widget(0)
            self.translations.removeTab(0)
            if widget is not None:
                widget.deleteLater()
        self.translations.blockSignals(False)
        self.panes = {}
        self._routes = list(targets)
        self._counts = {t: 0 for t, _pivot, _demo in targets}
        for target, pivot, _demo in targets:
            pane = SentencePane()
            pane.set_content(target, self._paragraphs({}))
            self._connect_pane(pane)
            self._connect_review_pane(pane)
            self.panes[target] = pane
            self.translations.addTab(pane, route_label(target, pivot))
        self.demo_label.setVisible(any(demo for _t, _p, demo in targets))
        self._show_translation_side()
        self.header.set_progress_languages([(t, route_label(t, pivot)) for t, pivot, _demo in targets])
        for target in self._counts:
            bar = self.header.progress_bar(target)
            if bar is not None:
                bar.setRange(0, len(self.document.sentences))
                bar.setValue(0)

    def _show_translation_side(self) -> None:
        self.translations.setVisible(bool(self._routes))
        self.no_translation.setVisible(not self._routes)

    def _on_sentence(self, handle: TaskHandle, item: tuple[str, int, str]) -> None:
        if handle is not self._task:
            return
        target, index, text = item
        pane = self.panes.get(target)
        if pane is None:
            return
        pane.set_sentence(index, text)
        self._counts[target] = self._counts.get(target, 0) + 1
        self._show_progress()

    def _show_progress(self) -> None:
        """Bars and the progress line from the same counts, so they always say the same thing."""
        total = len(self.document.sentences)
        for target, count in self._counts.items():
            bar = self.header.progress_bar(target)
            if bar is not None:
                bar.setValue(min(count, total))
        self._update_state_text()

    def _finish(self, state: str) -> None:
        self.state = state
        self.header.set_running(False)
        self._update_state_text()
        self.translationFinished.emit(state)

    def _on_done(self, handle: TaskHandle, briefing: Briefing) -> None:
        if handle is not self._task:
            return
        self._previous = None
        self._show_briefing(briefing)
        self._finish("done")

    def _show_briefing(self, briefing: Briefing) -> None:
        """Make `briefing` the tab's briefing: its sentences in the panes, its facts and fidelity marks."""
        self.briefing = briefing
        for target in briefing.targets:
            pane = self.panes.get(target.language)
            if pane is None:
                continue
            for sentence in target.sentences:
                if pane.sentence_text(sentence.index) != sentence.translation:
                    pane.set_sentence(sentence.index, sentence.translation)
            self._counts[target.language] = len(target.sentences)
        self._show_progress()
        self._show_fidelity()
        self._show_origins()

    def load_briefing(self, briefing: Briefing, path: Path | None = None) -> None:
        """Show a saved briefing as it was (translations, corrections, facts, checks), translating nothing."""
        self.cancel()
        self.document = briefing.document
        self._chosen = [t.language for t in briefing.targets]
        self._show_source()
        self.refresh_targets()
        self._build_translation_panes([(t.language, t.pivot, t.demo) for t in briefing.targets])
        self._show_briefing(briefing)
        self.undo_stack.clear()
        self.saved_path = path
        self._finish("done")

    def _restore_previous(self) -> bool:
        """Put the finished briefing shown before the last translation back in place; False when there was none."""
        previous, self._previous = self._previous, None
        if previous is None:
            return False
        if previous.document is not self.document:  # the language was changed for the failed translation
            self.document = previous.document
            self._show_source()
            self.refresh_targets()
        shown = self.current_pane()
        language = shown.language if shown is not None else ""
        self._build_translation_panes([(t.language, t.pivot, t.demo) for t in previous.targets])
        if language in self.panes:
            self.translations.setCurrentWidget(self.panes[language])
        self._show_briefing(previous)
        self._kept_previous = True
        return True

    def _failed_but_kept(self, error: str) -> str:
        return self.tr("Translation failed: {error}; the previous translation is kept.").format(error=error)

    def _show_fidelity(self) -> None:
        """Facts in the panel, flagged sentences in each pane, and the count per language in the header."""
        briefing = self.briefing
        pane = self.current_pane()
        self.facts.set_briefing(briefing, pane.language if pane else "", self.context.glossary)
        for target, target_pane in self.panes.items():
            target_pane.set_flags(pane_flags(briefing.checks, target) if briefing else {})
        summary = warning_summary(briefing.checks, [t.language for t in briefing.targets]) if briefing else ""
        self.header.fidelity.setText(summary)
        self.header.fidelity.setVisible(bool(summary))

    def _on_cancelled(self, handle: TaskHandle) -> None:
        if handle is not self._task:
            return
        if self._restore_previous():
            self.message.emit("info", self.tr("Cancelled; the previous translation is kept."))
        self._finish("cancelled")

    def _on_failed(self, handle: TaskHandle, failure: TaskFailure) -> None:
        if handle is not self._task:
            return
        error = failure.error
        if self._restore_previous():
            if isinstance(error, BriefingError):
                self.message.emit("error", self._failed_but_kept(str(error)))
            else:
                self.crashed.emit(self._failed_but_kept(f"{type(error).__name__}: {error}"), failure)
        elif isinstance(error, BriefingError):
            self.message.emit("error", str(error))
        else:
            text = self.tr("Translation failed with an internal error: {error}").format(
                error=f"{type(error).__name__}: {error}"
            )
            self.crashed.emit(text, failure)
        self._finish("failed")

    def _update_state_text(self) -> None:
        # Counted in the UI locale's digits, as the progress bars count (١٥/٣٠ in Arabic).
        locale = QLocale()
        total = locale.toString(len(self.document.sentences))
        done = join_list([f"{display_name(t)} {locale.toString(n)}/{total}" for t, n in self._counts.items()])
        texts = {
            "idle": "",
            "running": self.tr("Translating… {progress}").format(progress=done),
            "done": self.tr("Translated: {progress}").format(progress=done),
            "cancelled": self.tr("Cancelled. The sentences already translated are kept: {progress}").format(
                progress=done
            ),
            "failed": self.tr("Translation failed; see the message above."),
        }
        state = "done" if self._kept_previous and self.state in ("cancelled", "failed") else self.state
        self.header.state.setText(texts.get(state, ""))

    def set_language(self, code: str) -> None:
        """The user says the article is in `code`: re-segment nothing, re-translate everything."""
        self.cancel()
        if self._read_with_other_model(code):
            self._reread(code)
            return
        # `with_language` changes the document in place; the shown briefing holds this document, and
        # is put back as it was if the new translation fails, so the change goes to a copy.
        document = replace(self.document, paragraphs=[replace(p) for p in self.document.paragraphs])
        self.document = with_language(document, code)
        self._show_source()
        self.refresh_targets()
        self.translate()

    def _read_with_other_model(self, code: str) -> bool:
        """The text came from OCR with another language's model than `code` has: it must be read again."""
        ocr, model = self.document.ocr, model_for_language(code)
        return ocr is not None and model is not None and any(page.model != model for page in ocr.pages)

    def _reread(self, code: str) -> None:
        """Read the scan again with the OCR model of the language the user chose, then translate."""
        self.message.emit(
            "info",
            self.tr("Reading {file} again by OCR as {language}…").format(
                file=self.document.path.name, language=display_name(code)
            ),
        )
        handle = self.context.runner.submit(load_task(self.document.path, code))
        self._reread_handle = handle  # kept alive until it reports
        handle.signals.succeeded.connect(self._on_reread)
        handle.signals.failed.connect(lambda failure: self.message.emit("error", str(failure.error)))

    def _on_reread(self, document: Document) -> None:
        self.document = document
        self._show_source()
        self.refresh_targets()
        self.message.emit("info", ocr_line(document) or "")
        self.translate()

    def _on_translation_tab(self, _index: int) -> None:
        pane = self.current_pane()
        if pane is not None:
            self.facts.set_target(pane.language)
            top = self.source_pane.top_sentence()
            if top >= 0:
                pane.scroll_to_sentence(top, to_top=True)

    def _save_splitter(self) -> None:
        self.context.settings.splitter_state = self.splitter.saveState()

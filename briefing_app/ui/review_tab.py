"""The analyst's review inside one article tab: correct sentences in place, undo, key facts by hand.

Every change is a `QUndoCommand` on the tab's stack, so Ctrl+Z takes back a correction, a dismissed
fact or an added one. A correction goes into the translation memory at once (and an undo takes it
back out), so the next article with the same sentence gets it ahead of the model.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, SignalInstance
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMenu

from briefing_app.core.briefing import AddedFact, Briefing, TranslatedSentence
from briefing_app.core.errors import BriefingError
from briefing_app.core.facts.model import Fact
from briefing_app.core.review import add_fact, corrected, dismiss_fact, put_sentence, remove_added_fact, restore_fact
from briefing_app.ui.context import AppContext
from briefing_app.ui.facts_panel import FactsPanel
from briefing_app.ui.panes import SentencePane
from briefing_app.ui.sentence_editor import SentenceEditor


def origin_label(sentence: TranslatedSentence) -> str:
    if sentence.origin == "analyst":
        text = QCoreApplication.translate("ReviewTab", "Corrected by you.")
    elif sentence.origin == "memory":
        text = QCoreApplication.translate("ReviewTab", "From your translation memory.")
    else:
        return ""
    if sentence.machine is not None:
        text += "\n" + QCoreApplication.translate("ReviewTab", "Machine translation: {text}").format(
            text=sentence.machine
        )
    return text


class _SentenceCommand(QUndoCommand):
    """Put `new` in place of `old` (redo) and back (undo)."""

    def __init__(self, tab: ReviewTabMixin, language: str, old: TranslatedSentence, new: TranslatedSentence) -> None:
        super().__init__(
            QCoreApplication.translate("ReviewTab", "Correct sentence {number}").format(number=new.index + 1)
        )
        self.tab, self.language, self.old, self.new = tab, language, old, new

    def redo(self) -> None:
        self.tab.apply_sentence(self.language, self.new)

    def undo(self) -> None:
        self.tab.apply_sentence(self.language, self.old)


class _FactCommand(QUndoCommand):
    def __init__(self, tab: ReviewTabMixin, text: str, do: Any, undo: Any) -> None:
        super().__init__(text)
        self.tab, self._do, self._undo = tab, do, undo

    def redo(self) -> None:
        self._do()
        self.tab.review_changed()

    def undo(self) -> None:
        self._undo()
        self.tab.review_changed()


class ReviewTabMixin:
    """Mixed into DocumentTab (a QWidget). The parts of the tab it uses are declared here, so that this
    module needs nothing from document_tab, which imports it."""

    # What the host tab provides.
    context: AppContext
    briefing: Briefing | None
    panes: dict[str, SentencePane]
    source_pane: SentencePane
    facts: FactsPanel
    message: SignalInstance

    @property
    def running(self) -> bool:
        raise NotImplementedError

    def _show_fidelity(self) -> None:
        raise NotImplementedError

    # What the review adds.
    undo_stack: QUndoStack
    saved_path: Path | None
    editor: SentenceEditor | None
    pane_menu: QMenu

    def _init_review(self) -> None:
        self.undo_stack = QUndoStack(cast(QObject, self))  # the host is a QWidget: the stack dies with it
        self.saved_path = None
        self.editor = None
        self.facts.dismissRequested.connect(self.dismiss_fact)
        self.source_pane.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.source_pane.customContextMenuRequested.connect(lambda point: self._pane_menu(self.source_pane, point))

    def _connect_review_pane(self, pane: SentencePane) -> None:
        pane.editable = True
        pane.editRequested.connect(lambda index, p=pane: self.edit_sentence(p.language, index))
        pane.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        pane.customContextMenuRequested.connect(lambda point, p=pane: self._pane_menu(p, point))

    # -- editing ---------------------------------------------------------------------------------

    def edit_sentence(self, language: str, index: int) -> SentenceEditor | None:
        """Open the in-place editor on sentence `index` of the `language` pane (once translated)."""
        pane = self.panes.get(language)
        if self.briefing is None or self.running or pane is None or pane.sentence_span(index) is None:
            if self.briefing is None:
                self.message.emit(
                    "info",
                    QCoreApplication.translate("ReviewTab", "Wait for the translation to finish before correcting it."),
                )
            return None
        if self.editor is not None:
            self.editor.cancelled.emit(self.editor.index)
        self.editor = SentenceEditor(pane, index)
        self.editor.committed.connect(lambda i, text, lang=language: self._commit_edit(lang, i, text))
        self.editor.cancelled.connect(lambda _i: setattr(self, "editor", None))
        return self.editor

    def _commit_edit(self, language: str, index: int, text: str) -> None:
        self.editor = None
        if self.briefing is None:
            return
        old = next(s for s in self.briefing.target(language).sentences if s.index == index)
        if text == old.translation:
            return
        self.undo_stack.push(_SentenceCommand(self, language, old, corrected(old, text)))

    def apply_sentence(self, language: str, sentence: TranslatedSentence) -> None:
        """Put a sentence (a correction, or the text an undo brings back) in place: pane, checks, memory."""
        briefing = self.briefing
        if briefing is None:
            return
        put_sentence(briefing, language, sentence, self.context.glossary)
        pane = self.panes.get(language)
        if pane is not None:
            pane.set_sentence(sentence.index, sentence.translation)
        self._remember(briefing, language, sentence)
        self.review_changed()

    def _remember(self, briefing: Briefing, language: str, sentence: TranslatedSentence) -> None:
        memory = self.context.memory
        if memory is None:
            return
        source_language = briefing.document.language.code
        try:
            if sentence.origin == "model":
                memory.forget(f"{source_language}:{language}", sentence.source)
            else:
                memory.put(source_language, language, sentence.source, sentence.translation, sentence.machine)
        except BriefingError as err:
            self.message.emit("error", str(err))

    def review_changed(self) -> None:
        """Show the briefing's current review state: origin marks, checks, facts."""
        self._show_origins()
        self._show_fidelity()

    def _show_origins(self) -> None:
        if self.briefing is None:
            for pane in self.panes.values():
                pane.set_origins({})
            return
        for target in self.briefing.targets:
            shown = self.panes.get(target.language)
            if shown is not None:
                shown.set_origins({s.index: origin_label(s) for s in target.sentences if s.origin != "model"})

    # -- facts -----------------------------------------------------------------------------------

    def dismiss_fact(self, fact: Fact | AddedFact) -> None:
        briefing = self.briefing
        if briefing is None:
            return
        if isinstance(fact, AddedFact):
            self.undo_stack.push(
                _FactCommand(
                    self,
                    QCoreApplication.translate("ReviewTab", "Remove added fact"),
                    lambda: remove_added_fact(briefing, fact),
                    lambda: briefing.added_facts.append(fact),
                )  # fmt: skip
            )
            return
        self.undo_stack.push(
            _FactCommand(
                self,
                QCoreApplication.translate("ReviewTab", "Dismiss fact"),
                lambda: dismiss_fact(briefing, fact),
                lambda: restore_fact(briefing, fact),
            )  # fmt: skip
        )

    def add_key_fact(self, index: int, text: str | None = None) -> None:
        briefing = self.briefing
        if briefing is None:
            self.message.emit(
                "info",
                QCoreApplication.translate("ReviewTab", "Wait for the translation to finish before adding key facts."),
            )
            return
        if any(f.sentence == index and (text is None or f.text == text.strip()) for f in briefing.added_facts):
            return
        holder: list[AddedFact] = []
        self.undo_stack.push(
            _FactCommand(
                self,
                QCoreApplication.translate("ReviewTab", "Add key fact"),
                lambda: holder.append(add_fact(briefing, index, text)),
                lambda: remove_added_fact(briefing, holder.pop()),
            )  # fmt: skip
        )

    def _pane_menu(self, pane: SentencePane, point: QPoint) -> None:
        self.pane_menu = self.build_pane_menu(pane, point)  # kept so it outlives this call
        self.pane_menu.popup(pane.viewport().mapToGlobal(point))

    def build_pane_menu(self, pane: SentencePane, point: QPoint) -> QMenu:
        """The context menu of a pane at `point`: correct the sentence, add it as a key fact, copy."""
        index = pane.sentence_at(point)
        if index < 0:
            index = pane.selected_sentence
        menu = QMenu(pane)
        selected = pane.textCursor().selectedText().strip() if pane is self.source_pane else ""
        if pane is not self.source_pane and index >= 0:
            menu.addAction(QCoreApplication.translate("ReviewTab", "Correct This Sentence (F2)")).triggered.connect(
                lambda: self.edit_sentence(pane.language, index)
            )
        if index >= 0:
            menu.addAction(QCoreApplication.translate("ReviewTab", "Add as Key Fact")).triggered.connect(
                lambda: self.add_key_fact(index, selected or None)
            )
        menu.addAction(QCoreApplication.translate("ReviewTab", "Copy")).triggered.connect(pane.copy)
        return menu

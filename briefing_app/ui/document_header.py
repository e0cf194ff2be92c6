"""The strip above an article: its title, detected language, target languages and progress."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.model import LanguageGuess
from briefing_app.ui.i18n import display_name, join_list

TARGETS_WIDTH = 200  # pixels of the "Translate into" button's text


class StayOpenMenu(QMenu):
    """A menu of check boxes that stays open while the user ticks several of them."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.activeAction()
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()  # toggles it; the menu is not closed
            return
        super().mouseReleaseEvent(event)


def keep_room(widget: QWidget) -> None:
    """Keep a widget's place in its layout while hidden, so showing it moves nothing below it."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)


class ShrinkingComboBox(QComboBox):
    """Shows its whole entry when there is room, and gives way in a narrow window.

    A plain QComboBox sized to its contents sets its longest entry ("English (detected, 99%)") as
    its minimum width, and with it the window's.
    """

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        hint.setWidth(min(hint.width(), self.fontMetrics().horizontalAdvance("M") * 8))
        return hint


class DocumentHeader(QWidget):
    """Title, language (detected, with confidence; changeable), targets, Translate and Cancel.

    Signals:
        languageChosen(str): the user says the article is in this language.
        targetsChanged(list): the checked target languages changed (codes, in menu order).
        translateRequested(): the Translate button.
        cancelRequested(): the Cancel button.
    """

    languageChosen = Signal(str)
    targetsChanged = Signal(list)
    translateRequested = Signal()
    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.language_label = QLabel()
        self.language_combo = ShrinkingComboBox()
        self.language_combo.activated.connect(self._on_language)
        self.targets_label = QLabel()
        self.targets_button = QToolButton()
        self.targets_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.targets_menu = StayOpenMenu(self)
        self.targets_button.setMenu(self.targets_menu)
        self.translate_button = QPushButton()
        self.translate_button.clicked.connect(self.translateRequested)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancelRequested)
        self.cancel_button.setEnabled(False)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setMinimumHeight(self.state.fontMetrics().lineSpacing())  # a line, even when empty
        self.fidelity = QLabel()  # "3 fidelity warnings in Arabic", once a translation is complete
        self.fidelity.setWordWrap(True)
        self.fidelity.hide()
        keep_room(self.fidelity)

        row = QHBoxLayout()
        row.addWidget(self.language_label)
        row.addWidget(self.language_combo)
        row.addSpacing(16)
        row.addWidget(self.targets_label)
        row.addWidget(self.targets_button)
        row.addStretch(1)
        row.addWidget(self.translate_button)
        row.addWidget(self.cancel_button)
        self.progress_grid = QGridLayout()
        self.progress_grid.setHorizontalSpacing(8)
        self.progress_grid.setVerticalSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 2)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addLayout(self.progress_grid)
        layout.addWidget(self.state)
        layout.addWidget(self.fidelity)
        self._bars: dict[str, tuple[QLabel, QProgressBar]] = {}
        self._guess: LanguageGuess | None = None
        self._targets: list[tuple[str, str, bool]] = []
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.language_label.setText(self.tr("Language:"))
        self.language_combo.setToolTip(self.tr("If the detected language is wrong, choose the right one"))
        self.targets_label.setText(self.tr("Translate into:"))
        self.translate_button.setText(self.tr("Translate"))
        self.cancel_button.setText(self.tr("Cancel"))
        if self._guess is not None:
            self.set_language(
                self._guess, [self.language_combo.itemData(i) for i in range(self.language_combo.count())]
            )
        self.set_targets(self._targets)

    # -- language --------------------------------------------------------------------------------

    def set_language(self, guess: LanguageGuess, choices: Sequence[str]) -> None:
        """Show the detected (or chosen) language; `choices` are the languages offered instead."""
        self._guess = guess
        self.language_combo.clear()
        for code in dict.fromkeys([guess.code, *choices]):
            if guess.overridden or code != guess.code:
                text = display_name(code)
            else:
                text = self.tr("{language} (detected, {confidence}%)").format(
                    language=display_name(code), confidence=round(guess.confidence * 100)
                )
            self.language_combo.addItem(text, code)
        self.language_combo.setCurrentIndex(0)

    def _on_language(self, row: int) -> None:
        code = self.language_combo.itemData(row)
        if self._guess is not None and code != self._guess.code:
            self.languageChosen.emit(code)

    # -- targets ---------------------------------------------------------------------------------

    def set_targets(self, targets: Sequence[tuple[str, str, bool]]) -> None:
        """`targets`: (code, label, checked) for each language a pack can reach (or remembered)."""
        same_entries = [(c, lab) for c, lab, _ in targets] == [(c, lab) for c, lab, _ in self._targets]
        self._targets = list(targets)
        if same_entries and self._targets:
            # Only the ticks changed (another tab's choice): the menu, possibly open, keeps its actions.
            ticks = {code: on for code, _label, on in self._targets}
            for action in self.targets_menu.actions():
                if action.isCheckable():
                    action.blockSignals(True)
                    action.setChecked(ticks.get(action.data(), False))
                    action.blockSignals(False)
            self._show_chosen()
            return
        self.targets_menu.clear()
        for code, label, checked in self._targets:
            action = QAction(label, self.targets_menu)
            action.setCheckable(True)
            action.setChecked(checked)
            action.setData(code)
            action.toggled.connect(self._on_target_toggled)
            self.targets_menu.addAction(action)
        if not self._targets:
            empty = self.targets_menu.addAction(self.tr("No language packs installed"))
            empty.setEnabled(False)
        self._show_chosen()

    def _show_chosen(self) -> None:
        """The ticked languages on the button, cut with an ellipsis past TARGETS_WIDTH (all in the tooltip)."""
        chosen = [label for _code, label, checked in self._targets if checked]
        text = join_list(chosen) if chosen else self.tr("(choose)")
        metrics = self.targets_button.fontMetrics()
        self.targets_button.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, TARGETS_WIDTH))
        self.targets_button.setToolTip(text)

    def checked_targets(self) -> list[str]:
        return [code for code, _label, checked in self._targets if checked]

    def _on_target_toggled(self, _checked: bool) -> None:
        states = {a.data(): a.isChecked() for a in self.targets_menu.actions() if a.isCheckable()}
        self._targets = [(code, label, states.get(code, checked)) for code, label, checked in self._targets]
        self._show_chosen()
        self.targetsChanged.emit(self.checked_targets())

    # -- progress --------------------------------------------------------------------------------

    def set_progress_languages(self, labels: Sequence[tuple[str, str]]) -> None:
        """One progress bar per target language: (code, label); rows already there are reused."""
        if [code for code, _text in labels] == list(self._bars):
            self.relabel_progress(dict(labels))
            return
        for label, bar in self._bars.values():
            label.deleteLater()
            bar.deleteLater()
        self._bars.clear()
        for row, (code, text) in enumerate(labels):
            label = QLabel(text)
            bar = QProgressBar()
            bar.setTextVisible(True)
            bar.setMaximumHeight(14)
            self.progress_grid.addWidget(label, row, 0)
            self.progress_grid.addWidget(bar, row, 1)
            self._bars[code] = (label, bar)

    def relabel_progress(self, labels: dict[str, str]) -> None:
        """New names for the progress rows (the UI language changed)."""
        for code, (label, _bar) in self._bars.items():
            if code in labels:
                label.setText(labels[code])

    def progress_label(self, code: str) -> QLabel | None:
        pair = self._bars.get(code)
        return pair[0] if pair else None

    def progress_bar(self, code: str) -> QProgressBar | None:
        pair = self._bars.get(code)
        return pair[1] if pair else None

    def set_running(self, running: bool) -> None:
        self.cancel_button.setEnabled(running)
        self.translate_button.setEnabled(not running)

"""Paste an article's text: the first line becomes the headline."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class PasteDialog(QDialog):
    """Collects pasted text; `text()` after `exec()` returned Accepted.

    Ctrl+Enter opens the article (Enter alone is a new line in the text); Open stays disabled
    while there is nothing but blanks to open.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste an Article"))
        self.resize(640, 480)
        hint = QLabel(self.tr("Paste the article below. The first line is used as its headline. Ctrl+Enter opens it."))
        hint.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.open_button = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        self.open_button.setEnabled(False)
        self.editor.textChanged.connect(self._update_button)
        # The editor takes Ctrl+Enter for itself (a new line), so a shortcut would never fire.
        self.editor.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.buttons)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.editor
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self._submit()
            return True
        return super().eventFilter(watched, event)

    def _update_button(self) -> None:
        self.open_button.setEnabled(bool(self.text().strip()))

    def _submit(self) -> None:
        if self.open_button.isEnabled():
            self.accept()

    def text(self) -> str:
        return self.editor.toPlainText()

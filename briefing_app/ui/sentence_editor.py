"""Editing a translated sentence in place: an editor laid over the sentence in its pane.

Enter saves, Esc cancels (as does leaving the editor); Shift+Enter is refused rather than putting a
line break into a sentence. The editor takes the pane's text direction, so an Arabic sentence is
edited right to left.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import QFrame, QPlainTextEdit

from briefing_app.ui.panes import SentencePane


class SentenceEditor(QPlainTextEdit):
    """Signals:
    committed(int, str): Enter: the sentence index and its new text.
    cancelled(int): Esc, or the editor lost focus.
    """

    committed = Signal(int, str)
    cancelled = Signal(int)

    def __init__(self, pane: SentencePane, index: int) -> None:
        super().__init__(pane.viewport())
        self.pane = pane
        self.index = index
        self._closed = False
        self.setObjectName("sentenceEditor")
        self.setFrameShape(QFrame.Shape.Box)
        self.setStyleSheet("QPlainTextEdit#sentenceEditor { border: 2px solid #1f5fa8; background: #ffffff; }")
        self.setLayoutDirection(pane.text_direction())
        option = self.document().defaultTextOption()
        option.setTextDirection(pane.text_direction())
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.setFont(pane.font())
        self.setPlainText(pane.sentence_text(index))
        self.moveCursor(QTextCursor.MoveOperation.End)
        self.setGeometry(self._place())
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _place(self) -> QRect:
        """Over the sentence: from its first line to its last, the pane's full width, two lines at least."""
        span = self.pane.sentence_span(self.index) or (0, 0)
        cursor = QTextCursor(self.pane.document())
        cursor.setPosition(span[0])
        top = self.pane.cursorRect(cursor)
        cursor.setPosition(max(span[0], span[1] - 1))
        bottom = self.pane.cursorRect(cursor)
        line = self.fontMetrics().lineSpacing()
        height = max(bottom.bottom() - top.top() + line + 12, 2 * line + 12)
        viewport = self.pane.viewport().rect()
        return QRect(2, max(0, top.top() - 6), viewport.width() - 4, height)

    def text(self) -> str:
        return " ".join(self.toPlainText().split())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self._close(commit=True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self._close(commit=False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # the context menu keeps the edit open
            self._close(commit=False)

    def _close(self, *, commit: bool) -> None:
        if self._closed:
            return
        self._closed = True
        if commit and self.text():
            self.committed.emit(self.index, self.text())
        else:
            self.cancelled.emit(self.index)
        self.hide()
        self.deleteLater()
        self.pane.setFocus(Qt.FocusReason.OtherFocusReason)

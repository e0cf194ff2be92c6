"""An inline message strip at the foot of the window: errors and notices without modal dialogs.

Modal boxes block the user's reading (and tests); a strip shows the message, keeps the open
documents usable, and can carry one action (e.g. "Open" after an export).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

_STYLES = {
    "info": "background: #e8f1fb; border: 1px solid #9bbfe6;",
    "warning": "background: #fff6d6; border: 1px solid #e0c060;",
    "error": "background: #fde8e8; border: 1px solid #e09a9a;",
}


class MessageBar(QFrame):
    """Shows the latest message; keeps a history so nothing reported is lost.

    Signals:
        shown(str, str): level and text of a message just shown.
    """

    shown = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton()
        self.action_button.hide()
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self.history: list[tuple[str, str]] = []
        self.level = ""
        self._action: Callable[[], object] | None = None
        self.action_button.clicked.connect(self._run_action)
        self.hide()

    def show_message(
        self, level: str, text: str, action_text: str = "", action: Callable[[], object] | None = None
    ) -> None:
        self.level = level
        self.history.append((level, text))
        self.setStyleSheet(f"QFrame#messageBar {{ {_STYLES.get(level, _STYLES['info'])} }}")
        self.label.setText(text)
        self.close_button.setToolTip(self.tr("Close this message"))
        self._action = action
        self.action_button.setVisible(action is not None)
        self.action_button.setText(action_text)
        self.show()
        self.shown.emit(level, text)

    @property
    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def _run_action(self) -> None:
        if self._action is not None:
            self._action()
        self.hide()

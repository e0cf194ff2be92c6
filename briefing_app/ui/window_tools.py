"""The main window's Tools and error-reporting parts: glossary, offline mode, crash details.

A mixin of `MainWindow`, kept apart so each module stays readable. Texts use the "MainWindow"
translation context explicitly: `self.tr` in a mixin would be extracted under the mixin's name but
looked up under the window's at run time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from briefing_app.core.glossary import Glossary
from briefing_app.core.network import NETWORK
from briefing_app.core.translation.download import offline_forced
from briefing_app.ui.workers import TaskFailure

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from briefing_app.ui.context import AppContext
    from briefing_app.ui.document_tab import DocumentTab
    from briefing_app.ui.glossary_dialog import GlossaryDialog
    from briefing_app.ui.message_bar import MessageBar

def apply_offline_setting(offline: bool) -> None:
    """The window's switch sets the process's network setting, which the downloader asks first."""
    NETWORK.offline = offline


class WindowToolsMixin:
    """Glossary editing, the offline switch and failure reports with details, for MainWindow."""

    context: AppContext
    messages: MessageBar
    offline_action: QAction
    last_failure: TaskFailure | None

    def document_tabs(self) -> list[DocumentTab]:
        raise NotImplementedError

    # -- failures --------------------------------------------------------------------------------

    def report_failure(self, text: str, failure: TaskFailure) -> None:
        """An unexpected error: the text in the message bar, the traceback one click away."""
        self.last_failure = failure
        self.messages.show_message(
            "error", text, QCoreApplication.translate("MainWindow", "Details…"), self.show_failure_details
        )

    def show_failure_details(self) -> QMessageBox | None:
        """A window-modal box with the error and its traceback (opened, not exec'd: nothing blocks)."""
        failure = self.last_failure
        if failure is None:
            return None
        box = QMessageBox(self)  # type: ignore[call-overload]
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("MainWindow", "Error Details"))
        box.setText(f"{type(failure.error).__name__}: {failure.error}")
        box.setInformativeText(
            QCoreApplication.translate(
                "MainWindow", "The open articles and their translations are kept. Please report this error."
            )
        )
        box.setDetailedText(failure.details)
        box.open()
        return box  # type: ignore[no-any-return]

    # -- glossary --------------------------------------------------------------------------------

    def show_glossary(self) -> None:
        dialog = self.glossary_dialog()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def glossary_dialog(self) -> GlossaryDialog:
        """The editor, wired to offer re-translation after a save (tests drive it without showing it)."""
        from briefing_app.ui.glossary_dialog import GlossaryDialog

        dialog = GlossaryDialog(self.context, self)  # type: ignore[arg-type]
        dialog.glossarySaved.connect(self._glossary_saved)
        return dialog

    def _glossary_saved(self, _glossary: Glossary) -> None:
        """Offer to translate the open articles again: their translations used the old glossary."""
        translated = [tab for tab in self.document_tabs() if tab.state in ("done", "cancelled", "failed")]
        if not translated:
            self.messages.show_message("info", QCoreApplication.translate("MainWindow", "Glossary saved."))
            return
        self.messages.show_message(
            "info",
            QCoreApplication.translate(
                "MainWindow", "Glossary saved. Translate the open articles again so that it applies?"
            ),
            QCoreApplication.translate("MainWindow", "Translate Again"),
            self.retranslate_documents,
        )

    def retranslate_documents(self) -> None:
        for tab in self.document_tabs():
            tab.translate()

    # -- offline ---------------------------------------------------------------------------------

    def set_offline(self, offline: bool) -> None:
        """The Tools menu switch: remembered, and applied to this session at once."""
        self.context.settings.offline = offline
        apply_offline_setting(offline)
        self._sync_offline_action()

    def _sync_offline_action(self) -> None:
        self.offline_action.blockSignals(True)
        self.offline_action.setChecked(offline_forced())
        self.offline_action.blockSignals(False)

"""Tools > Translation Memory: the analyst's corrections, to read, forget or export as TMX."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app import __version__
from briefing_app.core.errors import BriefingError
from briefing_app.core.languages import is_rtl
from briefing_app.core.translation.memory import MemoryEntry, TranslationMemory

ENTRY_ROLE = Qt.ItemDataRole.UserRole


class MemoryDialog(QDialog):
    def __init__(self, memory: TranslationMemory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.memory = memory
        self.setWindowTitle(self.tr("Translation Memory"))
        self.resize(820, 420)
        self.note = QLabel(
            self.tr(
                "Your corrections. Each is used, ahead of the language pack, whenever the same source "
                "sentence is translated on the same route again."
            )
        )
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Route"), self.tr("Source"), self.tr("Your translation"),
                                              self.tr("Corrected")])  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.forget_button = QPushButton(self.tr("&Forget Selected"))
        self.forget_button.clicked.connect(self.forget_selected)
        self.export_button = QPushButton(self.tr("&Export as TMX…"))
        self.export_button.clicked.connect(self.export_dialog)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.forget_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        try:
            entries = self.memory.entries()
        except BriefingError as err:
            QMessageBox.warning(self, self.windowTitle(), str(err))
            entries = []
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(entry.created))
            cells = [entry.route, entry.source, entry.translation, when]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ENTRY_ROLE, entry)
                if column == 2 and is_rtl(entry.target_language):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 2 and entry.machine is not None:
                    item.setToolTip(self.tr("Machine translation: {text}").format(text=entry.machine))
                self.table.setItem(row, column, item)
        self.forget_button.setEnabled(bool(entries))
        self.export_button.setEnabled(bool(entries))

    def selected_entries(self) -> list[MemoryEntry]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        items = [self.table.item(row, 0) for row in rows]
        entries = [item.data(ENTRY_ROLE) for item in items if item is not None]
        return [e for e in entries if isinstance(e, MemoryEntry)]

    def forget_selected(self) -> int:
        count = 0
        try:
            for entry in self.selected_entries():
                count += self.memory.forget(entry.route, entry.source)
        except BriefingError as err:
            QMessageBox.warning(self, self.windowTitle(), str(err))
        self.refresh()
        return count

    def export_dialog(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export Translation Memory"), str(Path.home() / "translation-memory.tmx"),
            self.tr("TMX files (*.tmx)"),
        )  # fmt: skip
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> int:
        try:
            count = self.memory.export_tmx(path, tool_version=__version__)
        except BriefingError as err:
            QMessageBox.warning(self, self.windowTitle(), str(err))
            return 0
        return count

"""Manage language packs: list, install from files, download when online, remove.

Installing and downloading run on the task runner; every failure (a bad zip, offline, a pack that
is not there) ends up as text in the dialog, never as an exception in the event loop.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.languages import language_name
from briefing_app.core.translation.download import offline_forced
from briefing_app.core.translation.packs import InstalledPack
from briefing_app.ui.context import AppContext
from briefing_app.ui.i18n import display_name
from briefing_app.ui.workers import TaskContext, TaskFailure, TaskHandle


def _name(code: str, pack_label: str) -> str:
    """The UI's own name for a language when it has one, else the pack's (its from_name / to_name)."""
    name = display_name(code)
    return pack_label if name == code or name == language_name(code) else name


_SPEC = re.compile(r"^\s*([a-z]{2,3})\s*:\s*([a-z]{2,3}(?:\s*,\s*[a-z]{2,3})*)\s*$")


class PacksDialog(QDialog):
    """The installed packs and the operations on them.

    Signals:
        packsChanged(): packs were installed or removed.
        operationFinished(str): an install, download or removal ended; the text shown.
    """

    packsChanged = Signal()
    operationFinished = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Language Packs"))
        self.resize(760, 440)
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_button = QPushButton(self.tr("Change Folder…"))
        self.folder_button.setToolTip(self.tr("Where the language packs are kept (e.g. a shared or removable drive)"))
        self.folder_button.clicked.connect(self._choose_folder)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("From"), self.tr("To"), self.tr("Version"), self.tr("Size"), self.tr("Note")]
        )
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # The selected pack's README: its credits and licence (a real pack states its licence there).
        self.credits = QTextBrowser()
        self.credits.setMaximumHeight(120)
        self.table.itemSelectionChanged.connect(self._show_credits)
        self.install_button = QPushButton(self.tr("Install from Files…"))
        self.install_button.clicked.connect(self._choose_files)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._remove_selected)
        self.spec_edit = QLineEdit()
        self.spec_edit.setPlaceholderText(self.tr("from:to, e.g. en:ar,he"))
        self.download_button = QPushButton(self.tr("Download"))
        self.download_button.clicked.connect(lambda: self.download(self.spec_edit.text()))
        self.offline_label = QLabel(
            self.tr(
                "Offline mode is on (Tools › Work Offline): downloading is disabled. Install packs from files instead."
            )
        )
        self.offline_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        actions = QHBoxLayout()
        actions.addWidget(self.install_button)
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("Download from the Argos index:")))
        actions.addWidget(self.spec_edit)
        actions.addWidget(self.download_button)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.addLayout(folder_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.credits)
        layout.addLayout(actions)
        layout.addWidget(self.offline_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._task: TaskHandle | None = None
        self._sync_offline()
        self.refresh()

    # -- listing ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        store = self.context.store()
        self.folder_label.setText(self.tr("Pack folder: {folder}").format(folder=store.root))
        self.packs: list[InstalledPack] = store.packs()
        self.table.setRowCount(len(self.packs))
        for row, pack in enumerate(self.packs):
            note = self.tr("demo language pack: not a real translation") if pack.demo else ""
            cells = [
                _name(pack.source, pack.source_label),
                _name(pack.target, pack.target_label),
                pack.version,
                self.tr("{size:.1f} MB").format(size=pack.size_bytes / 1_000_000),
                note,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column < 2:
                    item.setToolTip(pack.source if column == 0 else pack.target)
                self.table.setItem(row, column, item)
        self._show_credits()
        problems = store.problems()
        if problems:
            self.status.setText(self.tr("Unusable folders in the pack folder:") + "\n" + "\n".join(problems))

    def _show_credits(self) -> None:
        packs: list[InstalledPack] = getattr(self, "packs", [])
        rows = self.table.selectionModel().selectedRows()
        pack = packs[rows[0].row()] if rows and rows[0].row() < len(packs) else None
        if pack is None:
            self.credits.setPlainText(self.tr("Select a pack for its credits and licence."))
        else:
            self.credits.setPlainText(pack.credits() or self.tr("This pack has no README."))

    # -- operations ------------------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        for widget in (self.install_button, self.remove_button, self.folder_button):
            widget.setEnabled(not busy)
        self._sync_offline(busy)
        self.progress.setVisible(busy)

    def _sync_offline(self, busy: bool = False) -> None:
        """Offline, the Download button is off and the reason is shown under it."""
        offline = offline_forced()
        self.download_button.setEnabled(not busy and not offline)
        self.spec_edit.setEnabled(not offline)
        self.offline_label.setVisible(offline)
        self.download_button.setToolTip(self.offline_label.text() if offline else "")

    # -- the pack folder -------------------------------------------------------------------------

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Language Pack Folder"), str(self.context.packs_root))
        if folder:
            self.set_pack_folder(Path(folder))

    def set_pack_folder(self, folder: Path) -> None:
        """Use (and remember) another pack folder; the translations use it from the next one on."""
        self.context.settings.packs_dir = folder
        self.context.packs_root = folder
        self.context.engines.reset()
        self.status.setText(self.tr("Pack folder: {folder}").format(folder=folder))
        self.refresh()
        self.packsChanged.emit()

    def _report(self, text: str, changed: bool) -> None:
        self._busy(False)
        self.status.setText(text)
        self.refresh()
        if changed:
            self.packsChanged.emit()
        self.operationFinished.emit(text)

    def _failed(self, failure: TaskFailure) -> None:
        self._report(self.tr("Failed: {error}").format(error=str(failure.error)), changed=True)

    def _choose_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Install Language Packs"), "", self.tr("Argos language packs (*.argosmodel)")
        )
        if files:
            self.install_files([Path(f) for f in files])

    def install_files(self, paths: Sequence[Path]) -> None:
        store = self.context.store()

        def run(context: TaskContext) -> list[str]:
            lines = []
            errors = []
            for number, path in enumerate(paths):
                context.progress(number, len(paths), str(path))
                try:
                    pack, outcome = store.install_file(Path(path))
                    lines.append(f"{outcome}: {pack.source} → {pack.target} {pack.version} ({Path(path).name})")
                except Exception as err:  # noqa: BLE001 - one bad file must not hide the others
                    errors.append(str(err))
            if errors and not lines:
                raise RuntimeError("\n".join(errors))
            return lines + errors

        self._start(run, self.tr("Installing…"), lambda lines: "\n".join(lines))

    def download(self, spec: str) -> None:
        """Download packs from the Argos index (the core refuses when offline, and says so)."""
        match = _SPEC.match(spec.lower())
        if not match:
            self.status.setText(self.tr("Write the languages as from:to, for example en:ar,he"))
            return
        pairs = [(match.group(1), t.strip()) for t in match.group(2).split(",")]
        store = self.context.store()

        def run(context: TaskContext) -> list[str]:
            from briefing_app.core.translation.download import download_packs

            results = download_packs(pairs, store, progress=context.progress, cancel=context.cancel)
            return [f"{outcome}: {pack.source} → {pack.target} {pack.version}" for pack, outcome in results]

        self._start(run, self.tr("Downloading…"), lambda lines: "\n".join(lines))

    def _start(self, fn: object, busy_text: str, describe: object) -> None:
        assert callable(fn) and callable(describe)
        self._busy(True)
        self.progress.setRange(0, 0)
        self.status.setText(busy_text)
        handle = self.context.runner.submit(fn)
        handle.signals.progress.connect(self._on_progress)
        handle.signals.succeeded.connect(lambda value: self._report(describe(value), changed=True))
        handle.signals.failed.connect(self._failed)
        self._task = handle

    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(message)

    def _remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        if not rows:
            self.status.setText(self.tr("Select a pack to remove."))
            return
        pack = self.packs[rows[0]]
        self.remove_pack(pack.source, pack.target, confirm=True)

    def remove_pack(self, source: str, target: str, *, confirm: bool = False) -> None:
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Remove Language Pack"),
                self.tr("Remove the pack {source} → {target}?").format(
                    source=display_name(source), target=display_name(target)
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            pack = self.context.store().remove(source, target)
        except Exception as err:  # noqa: BLE001 - shown to the user
            self._report(self.tr("Failed: {error}").format(error=str(err)), changed=False)
            return
        self._report(
            self.tr("Removed {source} → {target} {version}").format(
                source=display_name(pack.source), target=display_name(pack.target), version=pack.version
            ),
            changed=True,
        )

    def reject(self) -> None:
        if self._task is not None and not self._task.done:
            self._task.cancel()
        super().reject()

"""Opening a `.argosmodel` file installs it as a language pack, after the user confirms.

A pack arrives like an article does (the command line, File › Open, a drop, the desktop's "Open
with" through the `application/x-argos-model` MIME type), but reading it as an article would fail
with a confusing message. The pair and version are read from the archive first, so the question
names what will be installed; the install itself runs on the task runner.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from briefing_app.core.errors import BriefingError
from briefing_app.core.translation.packs import InstalledPack, _check_members, _open_zip, _read_metadata
from briefing_app.ui.context import AppContext
from briefing_app.ui.i18n import display_name
from briefing_app.ui.workers import TaskContext, TaskFailure

PACK_SUFFIX = ".argosmodel"


def is_pack_file(path: Path) -> bool:
    return path.suffix.lower() == PACK_SUFFIX


def read_pack_pair(path: Path) -> tuple[str, str, str]:
    """(source, target, version) from the archive's metadata, with the checks an install makes first."""
    with _open_zip(path) as zf:
        top = _check_members(path, zf)
        metadata = _read_metadata(path, zf, top)
    return str(metadata["from_code"]), str(metadata["to_code"]), str(metadata["package_version"])


class PackOpener(QObject):
    """Asks, then installs a pack file into the app's pack folder.

    Signals:
        installed(str): a pack was installed (the message shown); the packs changed.
        failed(str): the file is not a usable pack, or the install failed (the message shown).
        declined(str): the user said no (the file's path).
    """

    installed = Signal(str)
    failed = Signal(str)
    declined = Signal(str)

    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = window

    def confirm(self, path: Path, source: str, target: str, version: str) -> bool:
        """The question (modal); tests replace this method."""
        answer = QMessageBox.question(
            self.window,
            self.tr("Install Language Pack"),
            self.tr("{file} is a language pack: {source} → {target}, version {version}.\n\nInstall it?").format(
                file=path.name, source=display_name(source), target=display_name(target), version=version
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def offer(self, path: Path) -> None:
        try:
            source, target, version = read_pack_pair(path)
        except BriefingError as err:
            self.failed.emit(self.tr("Could not install the language pack: {error}").format(error=str(err)))
            return
        if not self.confirm(path, source, target, version):
            self.declined.emit(str(path))
            return
        store = self.context.store()

        def run(_context: TaskContext) -> tuple[InstalledPack, str]:
            return store.install_file(path)

        handle = self.context.runner.submit(run)
        handle.signals.succeeded.connect(self._installed)
        handle.signals.failed.connect(self._failed)

    def _installed(self, result: tuple[InstalledPack, str]) -> None:
        pack, outcome = result
        texts = {
            "installed": self.tr("Installed the language pack {source} → {target} {version}."),
            "upgraded": self.tr("Upgraded the language pack {source} → {target} to {version}."),
        }
        text = texts.get(outcome, self.tr("The language pack {source} → {target} {version} is already installed."))
        self.installed.emit(
            text.format(source=display_name(pack.source), target=display_name(pack.target), version=pack.version)
        )

    def _failed(self, failure: TaskFailure) -> None:
        self.failed.emit(self.tr("Could not install the language pack: {error}").format(error=str(failure.error)))

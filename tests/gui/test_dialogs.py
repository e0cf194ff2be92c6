"""The language-pack dialog and About: real store operations, failures as text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from briefing_app import __version__
from briefing_app.core.briefing import DEMO_NOTICE

pytestmark = pytest.mark.gui


@pytest.fixture
def context(tmp_path: Path, qapp: Any) -> Any:
    from briefing_app.ui.context import AppContext
    from briefing_app.ui.services import EngineHost
    from briefing_app.ui.settings import Settings
    from briefing_app.ui.workers import TaskRunner

    runner = TaskRunner()
    yield AppContext(Settings(), runner, EngineHost(), tmp_path / "packs")
    runner.shutdown()


def test_packs_dialog_install_download_remove(
    qtbot: Any, context: Any, demo_pack_files: list[Path], tmp_path: Path
) -> None:
    from briefing_app.ui.packs_dialog import PacksDialog

    dialog = PacksDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    with qtbot.waitSignal(dialog.operationFinished, timeout=30_000) as done:
        dialog.install_files(demo_pack_files[:2])
    assert "installed" in done.args[0]
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 4).text() == DEMO_NOTICE
    assert dialog.table.item(0, 0).text() == "English"

    junk = tmp_path / "junk.argosmodel"
    junk.write_bytes(b"not a zip")
    with qtbot.waitSignal(dialog.operationFinished, timeout=30_000) as done:
        dialog.install_files([junk])
    assert done.args[0].startswith("Failed:") and "junk.argosmodel" in done.args[0]

    with qtbot.waitSignal(dialog.operationFinished, timeout=30_000) as done:
        dialog.download("en:fr")
    assert "offline" in done.args[0]

    pack = dialog.packs[0]
    with qtbot.waitSignal(dialog.operationFinished, timeout=5_000):
        dialog.remove_pack(pack.source, pack.target)
    assert dialog.table.rowCount() == 1
    with qtbot.waitSignal(dialog.operationFinished, timeout=5_000) as done:
        dialog.remove_pack(pack.source, pack.target)
    assert done.args[0].startswith("Failed:")


def test_about_lists_version_packs_and_font_licence(qtbot: Any, context: Any, session_store: Any) -> None:
    from briefing_app.ui.about_dialog import AboutDialog

    context.packs_root = session_store.root
    dialog = AboutDialog(context, [])
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert __version__ in text
    assert "SIL OPEN FONT LICENSE" in text.upper()
    assert "Noto Sans Arabic" in text
    assert DEMO_NOTICE in text

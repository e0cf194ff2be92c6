"""The packs dialog and About show a pack's own language names and its README (credits, licence)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

README = "# Kyrgyz-English\n\nData compiled by OPUS. Licence: CC BY 4.0 (OPUS-MT)."


@pytest.fixture
def context_with_named_pack(tmp_path: Path, qapp: Any, demo_pack_files: list[Path]) -> Any:
    from briefing_app.core.translation.packs import PackStore
    from briefing_app.ui.context import AppContext
    from briefing_app.ui.services import EngineHost
    from briefing_app.ui.settings import Settings
    from briefing_app.ui.workers import TaskRunner

    store = PackStore(tmp_path / "packs")
    installed, _outcome = store.install_file(next(f for f in demo_pack_files if "en_da" in f.name))
    folder = installed.path
    meta = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    meta.update({"from_code": "ky", "from_name": "Kyrgyz (from the pack)", "to_name": "Danish (from the pack)"})
    (folder / "metadata.json").write_text(json.dumps(meta), encoding="utf-8")
    (folder / "README.md").write_text(README, encoding="utf-8")
    runner = TaskRunner()
    yield AppContext(Settings(), runner, EngineHost(), store.root)
    runner.shutdown()


def test_packs_dialog_shows_the_packs_names_and_credits(qtbot: Any, context_with_named_pack: Any) -> None:
    from briefing_app.ui.packs_dialog import PacksDialog

    dialog = PacksDialog(context_with_named_pack)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 0).text() == "Kyrgyz (from the pack)"
    assert dialog.table.item(0, 1).text() == "Danish (from the pack)"  # an English UI has no names of its own
    dialog.table.selectRow(0)
    assert "CC BY 4.0" in dialog.credits.toPlainText()


def test_about_shows_the_credits_of_the_packs(qtbot: Any, context_with_named_pack: Any) -> None:
    from briefing_app.ui.about_dialog import AboutDialog

    dialog = AboutDialog(context_with_named_pack, [])
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Kyrgyz (from the pack) → Danish (from the pack)" in text and "CC BY 4.0 (OPUS-MT)" in text

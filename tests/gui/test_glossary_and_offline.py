"""The glossary editor (validated saves, re-translation) and the offline setting (no connection at all)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from briefing_app.core.glossary import load_glossary
from briefing_app.core.network import NETWORK
from tests.gui.conftest import SEED, open_and_wait

pytestmark = pytest.mark.gui


def test_glossary_editor_validates_saves_and_retranslates(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    window = make_window(targets=["ar"])
    tab = open_and_wait(qtbot, window, SEED)
    arabic = tab.panes["ar"]
    blinken = next(s.index for s in tab.document.sentences if "Antony Blinken" in s.text)
    assert "أنتوني بلينكن" not in arabic.sentence_text(blinken)

    dialog = window.glossary_dialog()
    qtbot.addWidget(dialog)
    path = window.context.glossary_path
    assert dialog.languages == ["ar"] and dialog.table.rowCount() == 0
    # Invalid: the same term twice. Not saved; the core's message names the file and the line.
    dialog.add_row(["Hamas", "حماس"])
    dialog.add_row(["Hamas", "="])
    assert dialog.save() is False
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.error.text() == f"{path}:3: 'Hamas' is already defined on line 2"
    assert dialog.table.selectionModel().isRowSelected(1)
    assert not path.exists() and window.context.glossary is None

    # Export and import round-trip (CSV), then a valid glossary is saved as UTF-8 TSV.
    exported = tmp_path / "mine.csv"
    dialog.table.item(1, 0).setText("Antony Blinken")
    dialog.table.item(1, 1).setText("أنتوني بلينكن")
    assert dialog.export_file(exported)
    dialog.use_starter()
    assert dialog.languages[:3] == ["ar", "da", "he"] and dialog.table.rowCount() > 10
    assert dialog.import_file(exported)
    assert dialog.rows() == [["Hamas", "حماس"], ["Antony Blinken", "أنتوني بلينكن"]]
    with qtbot.waitSignal(dialog.glossarySaved, timeout=2_000):
        assert dialog.save() is True
    assert path.read_text(encoding="utf-8") == "term\tar\nHamas\tحماس\nAntony Blinken\tأنتوني بلينكن\n"
    assert load_glossary(path).rendering("Antony Blinken", "ar") == "أنتوني بلينكن"
    assert window.context.glossary is not None

    # The window offers to translate again; the name then reads as the glossary requires.
    assert "Translate the open articles again" in window.messages.text
    assert window.messages.action_button.text() == "Translate Again"
    with qtbot.waitSignal(tab.translationFinished, timeout=30_000):
        window.messages.action_button.click()
    assert tab.state == "done"
    assert "أنتوني بلينكن" in tab.panes["ar"].sentence_text(blinken)
    assert not [c for c in tab.briefing.checks if c.kind == "glossary"]
    names = {item.text(0).split(" — ")[0]: item.text(1) for item in tab.facts.fact_items("person")}
    assert names["Antony Blinken"] == "أنتوني بلينكن"


def test_invalid_glossary_file_is_reported_and_not_used(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    path = tmp_path / "config" / "glossary.tsv"
    path.parent.mkdir(parents=True)
    path.write_text("term\tar\n\tحماس\n", encoding="utf-8")
    window = make_window()
    assert window.context.glossary is None
    assert window.messages.level == "warning" and f"{path}:2" in window.messages.text


def test_offline_flow_never_connects(
    qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_network: list[object]
) -> None:
    from briefing_app.ui.packs_dialog import PacksDialog
    from briefing_app.ui.settings import Settings

    monkeypatch.setattr(NETWORK, "offline", False)
    settings = Settings()
    settings.offline = True
    window = make_window(targets=["ar"], settings=settings)
    assert NETWORK.offline
    assert window.offline_action.isChecked()

    tab = open_and_wait(qtbot, window, SEED)
    assert tab.state == "done", window.messages.history
    out = tmp_path / "offline.pdf"
    with qtbot.waitSignal(window.exportFinished, timeout=30_000):
        window.export_pdf(out)
    assert out.is_file()

    dialog = PacksDialog(window.context, window)
    qtbot.addWidget(dialog)
    assert not dialog.download_button.isEnabled()
    assert dialog.offline_label.isVisibleTo(dialog) and "Offline mode is on" in dialog.download_button.toolTip()
    assert no_network == [], "nothing may even try to connect"

    window.offline_action.trigger()  # back online: remembered, and the button comes back
    assert NETWORK.offline is False and Settings().offline is False
    online = PacksDialog(window.context, window)
    qtbot.addWidget(online)
    assert online.download_button.isEnabled() and not online.offline_label.isVisibleTo(online)
    window.offline_action.trigger()
    assert NETWORK.offline is True and Settings().offline is True

"""Offline mode is one setting object that every entry point sets and the downloader asks first."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing_app import cli
from briefing_app.core.network import NETWORK, NetworkSettings
from briefing_app.core.translation.download import OfflineError, download_packs
from briefing_app.core.translation.packs import PackStore


@pytest.mark.parametrize(("value", "offline"), [("1", True), ("yes", True), ("ON", True), ("0", False), ("", False)])
def test_the_environment_is_one_source_of_the_setting(value: str, offline: bool) -> None:
    assert NetworkSettings.from_environment({"BRIEFING_OFFLINE": value}).offline is offline
    assert NetworkSettings.from_environment({}).offline is False


def test_command_line_offline_sets_the_object_not_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(NETWORK, "offline", False)
    monkeypatch.delenv("BRIEFING_OFFLINE", raising=False)
    code = cli.main(["--offline", "--packs-dir", str(tmp_path / "packs"), "--download-packs", "en:ar"])
    assert code != 0 and NETWORK.offline is True
    assert "offline mode is on" in capsys.readouterr().err
    assert "BRIEFING_OFFLINE" not in os.environ


def test_downloads_ask_the_setting_before_any_connection(tmp_path: Path, no_network: list[object]) -> None:
    NETWORK.offline = True
    with pytest.raises(OfflineError, match="offline mode is on"):
        download_packs([("en", "ar")], PackStore(tmp_path / "packs"))
    assert no_network == []

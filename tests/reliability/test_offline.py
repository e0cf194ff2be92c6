"""Offline stays offline: a whole headless batch opens no connection and never imports Argos's online code."""

from __future__ import annotations

import json
import shutil
import socket
from pathlib import Path

import pytest

from briefing_app.core.network import NETWORK
from briefing_app.core.translation.packs import PackStore
from tests.conftest import SEEDS, SUPPORT
from tests.e2e.test_cli import assert_clean, run_app
from tests.reliability.conftest import Recorder

# Modules that download: Argos's package index, its sentence splitters and their model downloads, and the
# standard library's HTTP client they use.
ONLINE_MODULES = ("argostranslate.package", "argostranslate.sbd", "minisbd", "stanza", "urllib.request")


def test_headless_batch_in_process_never_connects(
    session_store: PackStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_network: list[object],
    record: Recorder,
) -> None:
    """The conftest guard refuses and records connect() and getaddrinfo(); here every other way to reach the
    network a library might use is refused too, and the whole pipeline runs: read, detect, translate, export."""
    from briefing_app import commands

    attempts = no_network

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(("refused", args[:1]))
        raise OSError("network blocked by the offline test")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "gethostbyname", refuse)
    monkeypatch.setattr(socket, "gethostbyname_ex", refuse)
    monkeypatch.setattr(socket.socket, "sendto", refuse)
    monkeypatch.setenv("BRIEFING_PACKS_DIR", str(session_store.root))
    monkeypatch.setattr(NETWORK, "offline", True)
    batch = tmp_path / "batch"
    batch.mkdir()
    for name in ("blinken-ceasefire-en.html", "blinken-ceasefire-en.txt", "havvind-esbjerg-da.txt"):
        shutil.copy(SEEDS / name, batch / name)
    code = commands.headless([str(batch)], "da", "auto", tmp_path / "out", use_cache=False)
    assert code == 0
    assert len(list((tmp_path / "out").glob("*.briefing.pdf"))) == 3
    assert attempts == []
    record(
        "offline",
        "whole headless pipeline in-process, sockets and name lookups blocked",
        "0 connection attempts",
        "handled",
    )


@pytest.mark.parametrize(
    ("inputs", "allowed"),
    [
        (
            (
                "blinken-ceasefire-en.txt",
                "havvind-esbjerg-da.txt",
                "blinken-ceasefire-en.docx",
                "blinken-ceasefire-en.pdf",
            ),
            (),
        ),
        # trafilatura imports courlan, which imports tld, whose base module does `from urllib.request import
        # urlopen` for its own list-update function. Imported, never called: the socket guard sees nothing.
        (("blinken-ceasefire-en.html",), ("urllib.request",)),
    ],
    ids=["txt-docx-pdf", "html"],
)
def test_headless_run_never_imports_online_code(
    inputs: tuple[str, ...], allowed: tuple[str, ...], session_store: PackStore, tmp_path: Path, record: Recorder
) -> None:
    log = tmp_path / "modules.json"
    batch = tmp_path / "batch"
    batch.mkdir()
    for name in inputs:
        shutil.copy(SEEDS / name, batch / name)
    run = run_app(
        "--headless",
        batch,
        "--to",
        "da",
        "--out",
        tmp_path / "out",
        packs=session_store.root,
        tmp_path=tmp_path,
        env={"PYTHONPATH": str(SUPPORT / "modguard"), "BRIEFING_ALL_MODULES_LOG": str(log)},
    )
    assert run.code == 0, run.stderr
    assert_clean(run)  # includes: no connection attempted
    imported = json.loads(log.read_text())
    assert "briefing_app.core.translation.engine" in imported  # the log is real: the run translated
    reached = [m for m in imported if any(m == o or m.startswith(o + ".") for o in ONLINE_MODULES)]
    assert reached == list(allowed)
    kinds = ", ".join(sorted({Path(n).suffix for n in inputs}))
    shown = (
        f"none of {', '.join(ONLINE_MODULES)}"
        if not allowed
        else f"only {', '.join(allowed)} (by tld, never called); 0 connections"
    )
    record("offline", f"headless batch of {kinds} articles: online modules imported", shown, "handled")

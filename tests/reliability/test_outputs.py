"""Outputs: atomic writes, a missing output folder, an unwritable one, and a disk that fills up mid-batch.

The batch runs in-process through commands.headless so the writer can be made to fail with ENOSPC for
one article only; the others must come out and no partial file may be left anywhere.
"""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest

from briefing_app import commands
from briefing_app.core import atomic
from briefing_app.core.translation.packs import PackStore
from tests.conftest import SEEDS
from tests.reliability.conftest import Recorder

SEED = SEEDS / "blinken-ceasefire-en.txt"


@pytest.fixture
def batch(tmp_path: Path, session_store: PackStore, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BRIEFING_PACKS_DIR", str(session_store.root))
    folder = tmp_path / "batch"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        shutil.copy(SEED, folder / name)
    return folder


def _fail_fsync_for(monkeypatch: pytest.MonkeyPatch, marker: str) -> list[str]:
    """ENOSPC when the atomic writer flushes a temporary file whose name contains `marker`."""
    hits: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        name = os.readlink(f"/proc/self/fd/{fd}")
        if marker in name and name.endswith(atomic.PART_SUFFIX):
            hits.append(name)
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    return hits


def test_full_disk_while_writing_one_pdf(
    batch: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], record: Recorder
) -> None:
    out = tmp_path / "out"
    hits = _fail_fsync_for(monkeypatch, ".b.briefing.pdf.")
    code = commands.headless([str(batch)], "da", "en", out, use_cache=False)
    err = capsys.readouterr().err
    assert code == 1 and hits
    assert sorted(p.name for p in out.iterdir()) == [
        "a.briefing.json",
        "a.briefing.pdf",
        "c.briefing.json",
        "c.briefing.pdf",
    ]  # no partial file, no .part, the batch went on
    line = f"  FAILED {batch / 'b.txt'}: {out / 'b.briefing.pdf'}: could not write the PDF briefing: No space left on device"
    assert line in err.splitlines(), err
    assert "3 articles: 2 briefed, 1 failed" in err
    record(
        "output",
        "disk full (ENOSPC) while writing one article's PDF",
        line.strip().replace(str(tmp_path) + "/", ""),
        "handled",
    )


def test_full_disk_while_writing_one_json(
    batch: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], record: Recorder
) -> None:
    out = tmp_path / "out"
    hits = _fail_fsync_for(monkeypatch, ".b.briefing.json.")
    code = commands.headless([str(batch)], "da", "en", out, use_cache=False)
    err = capsys.readouterr().err
    assert code == 1 and hits
    names = sorted(p.name for p in out.iterdir())
    assert not [n for n in names if n.endswith(atomic.PART_SUFFIX) or n.startswith(".")]  # no partial file
    assert {"a.briefing.json", "a.briefing.pdf", "c.briefing.json", "c.briefing.pdf"} <= set(names)
    assert "b.briefing.json" not in names
    failed = next(line for line in err.splitlines() if line.startswith("  FAILED ") and "b.txt" in line)
    record(
        "output",
        "disk full (ENOSPC) while writing one article's JSON",
        failed.strip().replace(str(tmp_path) + "/", ""),
        "handled",
    )


def test_full_disk_on_json_gives_a_plain_message_and_no_orphan_pdf(
    batch: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    _fail_fsync_for(monkeypatch, ".b.briefing.json.")
    commands.headless([str(batch)], "da", "en", out, use_cache=False)
    err = capsys.readouterr().err
    assert "internal error" not in err
    assert not (out / "b.briefing.pdf").exists()


def test_missing_output_folder_is_created(
    batch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], record: Recorder
) -> None:
    out = tmp_path / "not" / "there" / "yet"
    assert commands.headless([str(batch / "a.txt")], "da", "en", out, use_cache=False) == 0
    assert sorted(p.name for p in out.iterdir()) == ["a.briefing.json", "a.briefing.pdf"]
    record("output", "output folder does not exist", "created, briefings written", "handled")


def test_unwritable_output_folder_is_reported_before_any_translation(
    batch: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], record: Recorder
) -> None:
    """Simulated: the suite runs as root, who may write anywhere."""
    from briefing_app.core.translation.engine import TranslationEngine

    out = tmp_path / "readonly"
    out.mkdir()

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("translation started")

    monkeypatch.setattr(commands.tempfile, "NamedTemporaryFile", refuse)
    monkeypatch.setattr(TranslationEngine, "translate_many", never)
    code = commands.headless([str(batch)], "da", "en", out, use_cache=False)
    err = capsys.readouterr().err
    assert code == commands.EXIT_USAGE
    message = f"briefing-app: cannot write to the output folder {out}: Permission denied"
    assert err.strip() == message
    assert list(out.iterdir()) == []
    record("output", "output folder not writable", message.replace(str(tmp_path) + "/", ""), "refused")


def test_atomic_write_failure_leaves_the_old_file(tmp_path: Path, record: Recorder) -> None:
    target = tmp_path / "x.briefing.json"
    target.write_text("old, complete")

    def writer(tmp: Path) -> None:
        tmp.write_text("new, half")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError):
        atomic.write_with_atomic(target, writer)
    assert target.read_text() == "old, complete" and [p.name for p in tmp_path.iterdir()] == [target.name]
    record(
        "output",
        "a writer fails half-way over an existing briefing",
        "old briefing kept whole; no temporary file",
        "handled",
    )

"""Hostile and broken language packs, beyond the ones tests/unit/test_packs.py already refuses.

Each must be refused with a PackError naming the archive, write nothing outside the store, leave no
staging folder and no half-installed pack; an install that fails half-way must keep the old version.
"""

from __future__ import annotations

import errno
import json
import shutil
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

import briefing_app.core.translation.packs as packs
from briefing_app.core.errors import PackError, PackInvalidError, PackMissingError
from briefing_app.core.translation.packs import PackStore
from tests.e2e.test_cli import assert_clean, run_app
from tests.reliability.conftest import Recorder
from tests.unit.test_packs import make_pack, metadata


def _add(archive: Path, name: str, data: bytes = b"x", mode: int | None = None) -> Path:
    with zipfile.ZipFile(archive, "a") as zf:
        info = zipfile.ZipInfo(name)
        if mode is not None:
            info.external_attr = mode << 16
        zf.writestr(info, data)
    return archive


def _limit(name: str, value: int) -> Callable[[pytest.MonkeyPatch], None]:
    return lambda mp: mp.setattr(packs, name, value)


def _random(n: int) -> bytes:
    import random

    return random.Random(5).randbytes(n)


# (case, builder, monkeypatch setup or None, exact message after "<archive>: ")
HOSTILE: list[tuple[str, Callable[[Path], Path], Callable[[pytest.MonkeyPatch], None] | None, str]] = [
    (
        "entry climbing out with Windows separators (..\\..\\evil.txt)",
        lambda p: make_pack(p, extra={"translate-en_ar\\..\\..\\evil.txt": b"x"}),
        None,
        "not a usable language pack: entry 'translate-en_ar\\\\..\\\\..\\\\evil.txt' points outside the pack folder",
    ),
    (
        "entry with a Windows drive path (C:\\evil.txt)",
        lambda p: make_pack(p, extra={"C:\\evil.txt": b"x"}),
        None,
        "not a usable language pack: entry 'C:\\\\evil.txt' has an absolute path",
    ),
    (
        "a symbolic link to a folder outside (model -> /etc)",
        lambda p: _add(
            make_pack(p, skip=("model/model.bin", "model/config.json")),
            "translate-en_ar/model",
            b"/etc",
            stat.S_IFLNK | 0o777,
        ),
        None,
        "not a usable language pack: entry 'translate-en_ar/model' is a symbolic link",
    ),
    (
        "a named pipe entry",
        lambda p: _add(make_pack(p), "translate-en_ar/fifo", b"", stat.S_IFIFO | 0o644),
        None,
        "not a usable language pack: entry 'translate-en_ar/fifo' is a special file (a device or pipe)",
    ),
    (
        "uncompressed size above the limit (limit lowered to 1.5 MB, pack 2 MB)",
        lambda p: make_pack(p, extra={"translate-en_ar/model/big.bin": _random(2_000_000)}),
        _limit("MAX_UNPACKED_BYTES", 1_500_000),
        "not a usable language pack: it would unpack to more than 1 MB",
    ),
    (
        "more entries than allowed (limit lowered to 10)",
        lambda p: make_pack(p, extra={f"translate-en_ar/junk/{i}": b"" for i in range(20)}),
        _limit("MAX_MEMBERS", 10),
        "not a usable language pack: the archive has 25 entries (at most 10)",
    ),
    (
        "metadata.json of 2 MB",
        lambda p: make_pack(p, json.dumps(metadata(padding="x" * 2_000_000))),
        None,
        "not a usable language pack: metadata.json is larger than 1000 kB",
    ),
    (
        "metadata.json is a JSON list",
        lambda p: make_pack(p, "[1, 2, 3]"),
        None,
        "not a usable language pack: metadata.json is not a JSON object",
    ),
    (
        "metadata.json is not UTF-8",
        lambda p: make_pack(p, extra={"translate-en_ar/metadata.json": b'{"from_code": "\xc6\xd8"}'}),
        None,
        "not a usable language pack: metadata.json is unreadable ('utf-8' codec can't decode byte 0xc6 in position 15",
    ),
    (
        "metadata.json without from_code",
        lambda p: make_pack(p, {k: v for k, v in metadata().items() if k != "from_code"}),
        None,
        "not a usable language pack: from_code None is not a language code",
    ),
    (
        "language code with a trailing newline ('en\\n')",
        lambda p: make_pack(p, metadata(source="en\n")),
        None,
        "not a usable language pack: from_code 'en\\n' is not a language code",
    ),
    (
        "language code in capitals ('EN')",
        lambda p: make_pack(p, metadata(source="EN")),
        None,
        "not a usable language pack: from_code 'EN' is not a language code",
    ),
    (
        "language code that is a number",
        lambda p: make_pack(p, metadata(target=7)),  # type: ignore[arg-type]
        None,
        "not a usable language pack: to_code 7 is not a language code",
    ),
    (
        "language code with a path in it ('en-../../x')",
        lambda p: make_pack(p, metadata(source="en-../../x")),
        None,
        "not a usable language pack: from_code 'en-../../x' is not a language code",
    ),
    (
        "same source and target language",
        lambda p: make_pack(p, metadata(target="en")),
        None,
        "not a usable language pack: from_code and to_code are the same language",
    ),
    (
        "a pack of another type (a tokenizer package)",
        lambda p: make_pack(p, metadata(type="tokenizer")),
        None,
        "not a usable language pack: pack type 'tokenizer' is not a translation pack",
    ),
    (
        "model/model.bin is a folder",
        lambda p: _add(make_pack(p, skip=("model/model.bin",)), "translate-en_ar/model/model.bin/x"),
        None,
        "not a usable language pack: model/model.bin is missing",
    ),
    (
        "no model folder at all",
        lambda p: make_pack(p, skip=("model/model.bin", "model/config.json")),
        None,
        "not a usable language pack: model/model.bin is missing",
    ),
    (
        "a file where the pack expects a folder (model is a file, model/model.bin inside it)",
        lambda p: _add(
            _add(make_pack(p, skip=("model/model.bin", "model/config.json")), "translate-en_ar/model", b"x"),
            "translate-en_ar/model/model.bin",
        ),
        None,
        "installing failed: File exists; nothing was installed",
    ),
]


def _store_is_clean(store: PackStore) -> None:
    assert store.packs() == []
    leftovers = list(store.root.iterdir()) if store.root.exists() else []
    assert leftovers == [], leftovers  # no staging folder, no half-unpacked pack


@pytest.mark.parametrize(("case", "builder", "setup", "message"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_pack_is_refused(
    case: str,
    builder: Callable[[Path], Path],
    setup: Callable[[pytest.MonkeyPatch], None] | None,
    message: str,
    empty_store: PackStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    record: Recorder,
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    archive = builder(usb / "bad.argosmodel")
    if setup:
        setup(monkeypatch)
    before = sorted(p.name for p in tmp_path.rglob("*"))
    with pytest.raises(PackError) as info:
        empty_store.install_file(archive)
    assert str(info.value).startswith(f"{archive}: {message}"), str(info.value)
    _store_is_clean(empty_store)
    after = sorted(p.name for p in tmp_path.rglob("*") if not p.is_relative_to(empty_store.root))
    assert after == [n for n in before if n != empty_store.root.name], "something was written outside the store"
    record("pack", case, f"{type(info.value).__name__}: {str(info.value).replace(str(usb) + '/', '')}")


# ------------------------------------------------------------------------------------------ disk and interruptions


def test_not_enough_disk_space_is_refused_before_writing(
    empty_store: PackStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, record: Recorder
) -> None:
    archive = make_pack(tmp_path / "pack.argosmodel")
    monkeypatch.setattr(
        packs.shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(10**9, 10**9 - 50_000_000, 50_000_000)
    )  # type: ignore[attr-defined]
    with pytest.raises(PackError) as info:
        empty_store.install_file(archive)
    assert "not enough disk space to install it" in str(info.value) and "50 MB are free" in str(info.value)
    _store_is_clean(empty_store)
    record("pack", "a pack that does not fit on the disk", str(info.value).replace(str(tmp_path) + "/", ""))


@pytest.mark.parametrize(
    ("case", "error"),
    [
        ("the disk fills up half-way through unpacking (ENOSPC)", OSError(errno.ENOSPC, "No space left on device")),
        ("the USB stick is pulled half-way through unpacking (EIO)", OSError(errno.EIO, "Input/output error")),
        ("the user presses Ctrl+C half-way through unpacking", KeyboardInterrupt()),
    ],
)
def test_interrupted_install_leaves_nothing_and_keeps_the_old_version(
    case: str,
    error: BaseException,
    empty_store: PackStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    record: Recorder,
) -> None:
    empty_store.install_file(make_pack(tmp_path / "v1.argosmodel", metadata(version="1.0")))
    calls = {"n": 0}

    class FailingFile:
        """The unpacker's output file; the third write fails as a full disk or a pulled stick would."""

        def __init__(self, path: Path) -> None:
            self._fh = path.open("wb")

        def __enter__(self) -> FailingFile:
            return self

        def __exit__(self, *exc: object) -> None:
            self._fh.close()

        def write(self, data: bytes) -> int:
            calls["n"] += 1
            if calls["n"] == 3:  # after two members are on disk
                raise error
            return self._fh.write(data)

    monkeypatch.setattr(packs, "open", lambda path, mode: FailingFile(Path(path)), raising=False)
    with pytest.raises((PackError, KeyboardInterrupt)) as info:
        empty_store.install_file(make_pack(tmp_path / "v2.argosmodel", metadata(version="2.0")))
    monkeypatch.undo()
    assert calls["n"] >= 3
    assert [p.version for p in empty_store.packs()] == ["1.0"]  # the old version is untouched and usable
    assert [p.name for p in empty_store.root.iterdir()] == ["translate-en_ar"]  # no staging folder left
    shown = (
        "KeyboardInterrupt (the CLI prints: interrupted)" if isinstance(error, KeyboardInterrupt) else str(info.value)
    )
    record("pack", case, shown.replace(str(tmp_path) + "/", "") + "; version 1.0 stays installed")


def test_same_or_newer_version_installed_is_reported(empty_store: PackStore, tmp_path: Path, record: Recorder) -> None:
    empty_store.install_file(make_pack(tmp_path / "v2.argosmodel", metadata(version="2.0")))
    pack, outcome = empty_store.install_file(make_pack(tmp_path / "v1.argosmodel", metadata(version="1.0")))
    assert (outcome, pack.version) == ("already installed", "2.0")
    record("pack", "installing version 1.0 over an installed 2.0", f"{outcome}: en -> ar version 2.0", "handled")


# ------------------------------------------------------------------------------------------ removal in use


def test_removing_a_pack_in_use(demo_pack_files: list[Path], tmp_path: Path, record: Recorder) -> None:
    """An engine that has loaded a pack keeps translating after it is removed; a new lookup says it is gone."""
    from briefing_app.core.demo_packs import cipher_text
    from briefing_app.core.translation.engine import TranslationEngine

    store = PackStore(tmp_path / "packs")
    store.install_file(next(p for p in demo_pack_files if "en_da" in p.name))
    engine = TranslationEngine(store)
    route = engine.route("en", "da")
    sentence = "The harbour was closed on Monday."
    assert engine.translate([sentence], "en", "da", route=route)[0].text == cipher_text(sentence, "en", "da")
    store.remove("en", "da")
    assert not any(store.root.iterdir())
    other = "Ferries were cancelled."
    assert engine.translate([other], "en", "da", route=route)[0].text == cipher_text(other, "en", "da")
    with pytest.raises(PackMissingError) as info:
        engine.translate([other], "en", "da")
    record(
        "pack",
        "removing a pack while a translator has it loaded",
        f"the loaded translator keeps working; a new translation: {str(info.value).split('. Install')[0]}",
        "handled",
    )


# ------------------------------------------------------------------------------------------ through the command


def test_install_pack_command_with_a_stick_full_of_hostile_packs(
    demo_pack_files: list[Path], tmp_path: Path, record: Recorder
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    shutil.copy(next(p for p in demo_pack_files if "en_ar" in p.name), stick / "good.argosmodel")
    make_pack(stick / "escape.argosmodel", extra={"translate-en_ar/../../../escaped.txt": b"x"})
    make_pack(stick / "badcode.argosmodel", metadata(source="en\n"))
    (stick / "text.argosmodel").write_text("hello")
    store = tmp_path / "store"
    run = run_app("--install-pack", stick, packs=store, tmp_path=tmp_path)
    assert run.code == 1, run.stderr
    assert_clean(run)
    # The good pack is installed, but commands.install_packs prints nothing for it when another pack in
    # the folder fails (PackStore.install raises after installing): see test_install_pack_reports_the_good_ones.
    for name in ("escape", "badcode", "text"):
        assert f"{stick / name}.argosmodel: not a usable language pack" in run.stderr, run.stderr
    assert not list(tmp_path.rglob("escaped.txt"))
    assert sorted(p.name for p in store.iterdir()) == ["translate-en_ar"]
    record(
        "pack",
        "--install-pack on a folder with one good and three hostile packs",
        "exit 1; the good pack is installed (silently), each bad one named: "
        + " | ".join(line.replace(str(stick) + "/", "") for line in run.stderr.splitlines()),
        "handled",
    )


def test_a_pack_store_entry_is_never_half_visible(empty_store: PackStore, tmp_path: Path) -> None:
    """Listing while an install is half-way (a staging folder present) shows nothing half-unpacked."""
    empty_store.root.mkdir(parents=True)
    staging = empty_store.root / ".installing-abc"
    (staging / "translate-en_ar").mkdir(parents=True)
    (staging / "translate-en_ar" / "metadata.json").write_text(json.dumps(metadata()))
    assert empty_store.packs() == [] and empty_store.problems() == []
    with pytest.raises(PackInvalidError):
        packs.load_pack(staging / "translate-en_ar")


def test_install_pack_reports_the_good_ones(demo_pack_files: list[Path], tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    shutil.copy(next(p for p in demo_pack_files if "en_ar" in p.name), stick / "good.argosmodel")
    (stick / "text.argosmodel").write_text("hello")
    run = run_app("--install-pack", stick, packs=tmp_path / "store", tmp_path=tmp_path)
    assert "installed: en -> ar" in run.stdout

"""Installing, listing and removing packs; hostile archives are refused before anything is written."""

from __future__ import annotations

import json
import stat
import zipfile
from pathlib import Path

import pytest

from briefing_app.core.errors import PackError, PackInvalidError
from briefing_app.core.translation.packs import PackStore, default_packs_dir


def metadata(source: str = "en", target: str = "ar", version: str = "1.0", **extra: object) -> dict[str, object]:
    return {
        "package_version": version,
        "argos_version": "1.9",
        "from_code": source,
        "from_name": source,
        "to_code": target,
        "to_name": target,
        "type": "translate",
        "links": [],
        **extra,
    }


def make_pack(
    path: Path,
    meta: dict[str, object] | str | None = None,
    *,
    top: str = "translate-en_ar",
    extra: dict[str, bytes] | None = None,
    skip: tuple[str, ...] = (),
) -> Path:
    """A structurally valid pack zip (the model bytes are not a real model: install does not load it)."""
    meta = metadata() if meta is None else meta
    members = {
        f"{top}/metadata.json": (meta if isinstance(meta, str) else json.dumps(meta)).encode(),
        f"{top}/model/model.bin": b"\0" * 64,
        f"{top}/model/config.json": b"{}",
        f"{top}/sentencepiece.model": b"sp",
        f"{top}/README.md": b"test pack",
    }
    members = {k: v for k, v in members.items() if k.split("/", 1)[1] not in skip}
    members.update(extra or {})
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_default_folder_is_the_app_data_folder_never_the_cwd(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEFING_PACKS_DIR")
    folder = default_packs_dir()
    assert folder.is_absolute()
    assert folder.parts[-2:] == ("briefing-app", "packs")
    monkeypatch.setenv("BRIEFING_PACKS_DIR", "/somewhere/else")
    assert default_packs_dir() == Path("/somewhere/else")


def test_install_list_remove(empty_store: PackStore, tmp_path: Path) -> None:
    make_pack(tmp_path / "a.argosmodel")
    [(pack, outcome)] = empty_store.install(tmp_path / "a.argosmodel")
    assert outcome == "installed"
    assert (pack.source, pack.target, pack.version, pack.demo) == ("en", "ar", "1.0", False)
    assert [p.key for p in empty_store.packs()] == ["en:ar"]
    assert empty_store.find("en", "ar") == pack
    removed = empty_store.remove("en", "ar")
    assert removed.key == "en:ar"
    assert empty_store.packs() == []
    assert list(empty_store.root.iterdir()) == []  # no staging or removal folders left behind
    with pytest.raises(PackError, match="no installed pack translates en -> ar"):
        empty_store.remove("en", "ar")


def test_install_a_folder_installs_every_pack(empty_store: PackStore, tmp_path: Path) -> None:
    make_pack(tmp_path / "1.argosmodel")
    make_pack(tmp_path / "2.argosmodel", metadata("ar", "en"), top="translate-ar_en")
    (tmp_path / "notes.txt").write_text("not a pack")
    results = empty_store.install(tmp_path)
    assert sorted(p.key for p, _ in results) == ["ar:en", "en:ar"]


def test_same_or_older_version_is_reported_newer_upgrades(empty_store: PackStore, tmp_path: Path) -> None:
    make_pack(tmp_path / "v1.argosmodel", metadata(version="1.1"))
    empty_store.install_file(tmp_path / "v1.argosmodel")
    _, outcome = empty_store.install_file(make_pack(tmp_path / "v0.argosmodel", metadata(version="1.0")))
    assert outcome == "already installed"
    pack, outcome = empty_store.install_file(make_pack(tmp_path / "v2.argosmodel", metadata(version="1.2")))
    assert (outcome, pack.version) == ("upgraded", "1.2")
    assert [p.version for p in empty_store.packs()] == ["1.2"]


def test_demo_flag_is_read_from_metadata(empty_store: PackStore, tmp_path: Path) -> None:
    make_pack(tmp_path / "d.argosmodel", metadata(demo=True, demo_kind="cipher"))
    pack, _ = empty_store.install_file(tmp_path / "d.argosmodel")
    assert pack.demo and pack.demo_kind == "cipher"
    assert pack.ref().demo


@pytest.mark.parametrize(
    ("builder", "reason"),
    [
        (lambda p: make_pack(p, extra={"../evil.txt": b"x"}), "exactly one top-level folder|outside"),
        (lambda p: make_pack(p, extra={"translate-en_ar/../../evil.txt": b"x"}), "outside the pack folder"),
        (lambda p: make_pack(p, extra={"/etc/evil": b"x"}), "absolute path"),
        (lambda p: make_pack(p, "not json"), "metadata.json is unreadable"),
        (lambda p: make_pack(p, metadata(source="english")), "not a language code"),
        (lambda p: make_pack(p, metadata(source="../x")), "not a language code"),
        (lambda p: make_pack(p, metadata(version="one")), "not a version"),
        (lambda p: make_pack(p, skip=("metadata.json",)), "metadata.json is missing"),
        (lambda p: make_pack(p, skip=("model/model.bin",)), "model/model.bin is missing"),
        (lambda p: make_pack(p, skip=("sentencepiece.model",)), "sentencepiece.model nor bpe.model"),
        (lambda p: p.write_bytes(b"PK\x03\x04 truncated"), "not a zip archive"),
        (lambda p: p.write_text("hello"), "not a zip archive"),
    ],
)
def test_hostile_or_broken_packs_are_refused(
    empty_store: PackStore, tmp_path: Path, builder: object, reason: str
) -> None:
    archive = tmp_path / "bad.argosmodel"
    builder(archive)  # type: ignore[operator]
    with pytest.raises(PackInvalidError, match=reason) as info:
        empty_store.install_file(archive)
    assert str(archive) in str(info.value)
    assert not (tmp_path / "evil.txt").exists()
    assert empty_store.packs() == []
    assert not any(empty_store.root.iterdir()) if empty_store.root.exists() else True


def test_symlink_entries_are_refused(empty_store: PackStore, tmp_path: Path) -> None:
    archive = make_pack(tmp_path / "link.argosmodel")
    with zipfile.ZipFile(archive, "a") as zf:
        info = zipfile.ZipInfo("translate-en_ar/model/link")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")
    with pytest.raises(PackInvalidError, match="symbolic link"):
        empty_store.install_file(archive)


def test_bomb_is_refused_by_ratio(empty_store: PackStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import briefing_app.core.translation.packs as packs

    monkeypatch.setattr(packs, "RATIO_CHECK_MIN_BYTES", 1_000_000)
    archive = make_pack(tmp_path / "bomb.argosmodel")
    with zipfile.ZipFile(archive, "a", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("translate-en_ar/model/zeros.bin", b"\0" * 20_000_000)
    with pytest.raises(PackInvalidError, match="compression ratio"):
        empty_store.install_file(archive)


def test_a_broken_folder_in_the_store_is_listed_as_a_problem(empty_store: PackStore) -> None:
    (empty_store.root / "translate-xx_yy").mkdir(parents=True)
    assert empty_store.packs() == []
    assert "metadata.json is missing" in empty_store.problems()[0]


def test_installed_demo_packs_list(session_store: PackStore) -> None:
    keys = sorted(p.key for p in session_store.packs())
    assert keys == ["ar:en", "da:en", "en:ar", "en:da", "en:he", "he:en"]
    assert all(p.demo for p in session_store.packs())


def test_export_then_install_elsewhere_gives_the_same_packs(session_store: PackStore, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    files = session_store.export(stick)
    assert len(files) == 6 and all(f.suffix == ".argosmodel" for f in files)
    assert not [p for p in stick.iterdir() if p.name.startswith(".")]  # no temporary files left
    other = PackStore(tmp_path / "other")
    other.install(stick)
    assert sorted(p.key for p in other.packs()) == sorted(p.key for p in session_store.packs())
    for pack in other.packs():
        original = session_store.find(pack.source, pack.target)
        assert original is not None
        assert (pack.path / "model" / "model.bin").read_bytes() == (original.path / "model" / "model.bin").read_bytes()

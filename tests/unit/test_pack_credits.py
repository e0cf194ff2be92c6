"""Packs are named as they name themselves, and their README (credits, licence) is there to show."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.translation.packs import InstalledPack, pack_credits


def pack(
    folder: Path, source: str, target: str, source_name: str, target_name: str, readme: str | None
) -> InstalledPack:
    folder.mkdir(parents=True)
    if readme is not None:
        (folder / "README.md").write_text(readme, encoding="utf-8")
    return InstalledPack(folder, source, target, "1.9", source_name, target_name, False, "", "", {})


def test_names_come_from_the_pack_then_from_cldr(tmp_path: Path) -> None:
    zt = pack(tmp_path / "zt_en", "zt", "en", "Chinese (traditional)", "English", None)
    assert (zt.source_label, zt.target_label) == ("Chinese (traditional)", "English")
    ky = pack(tmp_path / "ky_en", "ky", "en", "ky", "en", None)  # a pack without names: no bare codes
    assert (ky.source_label, ky.target_label) == ("Kyrgyz", "English")


def test_credits_are_the_packs_readme(tmp_path: Path) -> None:
    readme = "# Kyrgyz-English\n\nData compiled by OPUS. Licence: CC BY 4.0."
    ky = pack(tmp_path / "ky_en", "ky", "en", "Kyrgyz", "English", readme)
    bare = pack(tmp_path / "da_en", "da", "en", "Danish", "English", None)
    assert ky.credits() == readme.strip() and bare.credits() == ""
    assert pack_credits([ky, bare], [ky.ref()]) == [("Kyrgyz → English 1.9", readme.strip())]

"""The installable app: the PyInstaller bundle runs without the source tree, and the desktop files validate."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from briefing_app import __version__
from briefing_app.core.translation.packs import PackStore
from tests.conftest import ROOT, SEEDS

LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.briefingdesk.BriefingDesk"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    started = time.monotonic()
    subprocess.run([str(ROOT / "packaging" / "build.sh"), str(dist)], check=True, cwd=ROOT, timeout=900)
    print(f"\nbundle built in {time.monotonic() - started:.0f} s")
    exe = dist / "briefing-app" / "briefing-app"
    assert exe.is_file()
    return exe


@pytest.mark.slow
def test_bundle_version_and_headless_briefing(bundle: Path, session_store: PackStore, tmp_path: Path) -> None:
    # Run from an unrelated folder, with no access to the source tree's resources.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(BRIEFING_PACKS_DIR=str(session_store.root), BRIEFING_CACHE_DIR=str(tmp_path / "cache"))
    version = subprocess.run([str(bundle), "--version"], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert version.stdout.strip() == f"briefing-app {__version__}"
    article = tmp_path / "article.txt"
    shutil.copy(SEEDS / "blinken-ceasefire-en.txt", article)
    out = tmp_path / "out"
    run = subprocess.run(
        [str(bundle), "--headless", str(article), "--to", "ar,he,da", "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    data = json.loads((out / "article.briefing.json").read_text(encoding="utf-8"))
    assert [t["language"] for t in data["targets"]] == ["ar", "he", "da"]
    text = subprocess.run(["pdftotext", str(out / "article.briefing.pdf"), "-"], capture_output=True, text=True).stdout
    assert "Blinken signals no immediate US press" in text and "1,300" in text
    size = sum(f.stat().st_size for f in bundle.parent.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"bundle size {size / 1e6:.0f} MB")
    # The desktop window starts from the bundle too (offscreen), with its translations and fonts.
    window = subprocess.run(
        [str(bundle)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        env=dict(env, BRIEFING_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen"),
    )
    assert window.returncode == 0, window.stderr
    assert "window-shown" in window.stdout and "ctranslate2-loaded=False" in window.stdout
    assert (bundle.parent / "_internal" / "briefing_app" / "resources" / "i18n" / "briefing_ar.qm").is_file()


@pytest.mark.slow
def test_bundle_reads_a_scanned_pdf(bundle: Path, session_store: PackStore, tmp_path: Path) -> None:
    """OCR from the bundle: PDFium (pypdfium2) renders the page inside it, the system's tesseract reads it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(BRIEFING_PACKS_DIR=str(session_store.root), BRIEFING_CACHE_DIR=str(tmp_path / "cache"))
    scan = tmp_path / "scan.pdf"
    shutil.copy(ROOT / "tests" / "corpus" / "scans" / "c03-29.pdf", scan)
    out = tmp_path / "out"
    run = subprocess.run(
        [str(bundle), "--headless", str(scan), "--from", "en", "--to", "da", "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr
    source = json.loads((out / "scan.briefing.json").read_text(encoding="utf-8"))["source"]
    assert source["ocr"] is not None
    assert "Miss Watson" in " ".join(p["text"] for p in source["paragraphs"])


def test_desktop_file_validates() -> None:
    result = subprocess.run(["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mime_type_for_language_packs() -> None:
    xml = (LINUX / f"{APP_ID}.mime.xml").read_text(encoding="utf-8")
    assert 'type="application/x-argos-model"' in xml and 'pattern="*.argosmodel"' in xml
    desktop = (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert "application/x-argos-model" in desktop


def test_desktop_integration_installs_menu_entry_icons_and_mime_type(tmp_path: Path) -> None:
    env = dict(os.environ, PREFIX=str(tmp_path))
    subprocess.run(
        [str(LINUX / "install-desktop.sh"), "/opt/briefing-app/briefing-app"], check=True, env=env, capture_output=True
    )
    desktop = (tmp_path / "share" / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert "Exec=/opt/briefing-app/briefing-app %F" in desktop
    for size in (16, 48, 256):
        assert (tmp_path / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (tmp_path / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (tmp_path / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    if shutil.which("update-mime-database"):
        assert "*.argosmodel" in (tmp_path / "share" / "mime" / "globs2").read_text(encoding="utf-8")

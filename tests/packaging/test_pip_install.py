"""`pip install .` into a plain venv gives a working app: every reader, and the UI translations.

This reproduces a new user's install: a venv made by `python3 -m venv` with the pip it comes with
(23.2 on Python 3.11), NOT upgraded. That pip does not resolve the `lxml[html_clean]` extra jusText
asks for, so a dependency missing from pyproject.toml shows up here as an HTML article that fails.
The wheel is built from a copy of the source without any compiled `.qm`, so the translations in the
installed app can only come from the build step (setup.py). Offline: build requirements and
dependencies come from the wheelhouse `scripts/setup.sh` fills (`--no-index --find-links`).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from briefing_app.core.translation.packs import PackStore
from tests.conftest import ROOT, SEEDS

WHEELHOUSE = ROOT / ".wheelhouse"
SOURCE_FILES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md")
# One seed of every format the app reads (seeds/ has no Markdown sample; Markdown is tested in unit tests).
SEED_FILES = (
    "blinken-ceasefire-en.txt",
    "blinken-ceasefire-en.html",
    "blinken-ceasefire-en.docx",
    "blinken-ceasefire-en.pdf",
)
TITLE = "Blinken signals no immediate US press for Mideast cease-fire"


def _offline_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "VIRTUAL_ENV", "PYTHON"))}
    # pip must not read this machine's pip configuration (extra indexes, find-links): only the wheelhouse.
    env.update(PIP_CONFIG_FILE=os.devnull, PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_INPUT="1")
    env.update(extra)
    return env


def _source_copy(dest: Path) -> Path:
    """The files a wheel is built from, without build products (.qm, egg-info, caches)."""
    for name in SOURCE_FILES:
        shutil.copy2(ROOT / name, dest / name)
    ignore = shutil.ignore_patterns("*.qm", "__pycache__", "*.pyc")
    shutil.copytree(ROOT / "briefing_app", dest / "briefing_app", ignore=ignore)
    shutil.copytree(ROOT / "translations", dest / "translations")
    return dest


@pytest.fixture(scope="module")
def fresh_install(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    if not WHEELHOUSE.is_dir():
        pytest.fail(f"{WHEELHOUSE} is missing: run scripts/setup.sh, which fills it")
    base = tmp_path_factory.mktemp("pip-install")
    (base / "src").mkdir()
    source = _source_copy(base / "src")
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip"]
    version = subprocess.run([*pip, "--version"], capture_output=True, text=True, check=True).stdout
    print(f"\nfresh venv: {version.strip()}")
    offline = ["--no-index", "--find-links", str(WHEELHOUSE)]
    dist = base / "dist"
    subprocess.run([*pip, "wheel", "--no-deps", *offline, "-w", str(dist), str(source)], check=True, env=_offline_env())
    wheel = next(dist.glob("briefing_app-*.whl"))
    subprocess.run([*pip, "install", *offline, str(wheel)], check=True, env=_offline_env(), capture_output=True)
    return venv, wheel


@pytest.mark.slow
def test_wheel_carries_the_compiled_translations(fresh_install: tuple[Path, Path]) -> None:
    _, wheel = fresh_install
    names = set(zipfile.ZipFile(wheel).namelist())
    for lang in ("ar", "he", "da"):
        assert f"briefing_app/resources/i18n/briefing_{lang}.qm" in names


@pytest.mark.slow
def test_every_format_reads_in_a_plain_pip_install(
    fresh_install: tuple[Path, Path], session_store: PackStore, tmp_path: Path
) -> None:
    venv, _ = fresh_install
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in SEED_FILES:  # one name per format: the briefings are named after the article's stem
        shutil.copy(SEEDS / name, inputs / f"article-{Path(name).suffix[1:]}{Path(name).suffix}")
    out = tmp_path / "out"
    env = _offline_env(BRIEFING_PACKS_DIR=str(session_store.root), BRIEFING_CACHE_DIR=str(tmp_path / "cache"))
    run = subprocess.run(
        [str(venv / "bin" / "briefing-app"), "--headless", str(inputs), "--to", "da", "--out", str(out), "--offline"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr
    for name in SEED_FILES:
        fmt = Path(name).suffix[1:]
        data = json.loads((out / f"article-{fmt}.briefing.json").read_text(encoding="utf-8"))
        assert data["source"]["format"] == fmt
        assert data["source"]["title"] == TITLE, name
        assert len(data["source"]["paragraphs"]) >= 15, name


@pytest.mark.slow
def test_ui_translations_load_in_a_plain_pip_install(fresh_install: tuple[Path, Path], tmp_path: Path) -> None:
    venv, _ = fresh_install
    probe = (
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from briefing_app.ui.i18n import UiLanguage, qm_folder\n"
        "app = QApplication([])\n"
        "for code in ('ar', 'he', 'da'):\n"
        "    missing = UiLanguage(app).apply(code)\n"
        "    print(code, missing, QCoreApplication.translate('MainWindow', '&File'), app.isRightToLeft())\n"
        "print(qm_folder())\n"
    )
    run = subprocess.run(
        [str(venv / "bin" / "python"), "-c", probe],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_offline_env(QT_QPA_PLATFORM="offscreen"),
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == "ar [] &ملف True"
    assert lines[1] == "he [] &קובץ True"
    assert lines[2] == "da [] &Filer False"
    assert str(venv) in lines[3]  # the installed package's own folder, not the source tree

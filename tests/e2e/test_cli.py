"""The installed `briefing-app` command as a user runs it: real subprocesses on the seed articles.

Every run goes through a sitecustomize that refuses network connections and records the PySide6
modules imported, so each test also proves the headless path stays offline and never loads
QtWidgets.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from briefing_app.core.demo_packs import cipher_text
from briefing_app.core.translation.packs import PackStore
from tests.conftest import SEEDS, SUPPORT
from tests.unit.test_pdf_export import in_order, pdftotext, words

pytestmark = pytest.mark.e2e

APP = Path(sys.executable).with_name("briefing-app")
SEED = SEEDS / "blinken-ceasefire-en.txt"


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str
    connections: list[str]
    qt_modules: list[str]


def run_app(*args: str | Path, packs: Path, tmp_path: Path, env: dict[str, str] | None = None) -> Run:
    net_log = tmp_path / f"net-{len(list(tmp_path.glob('net-*')))}.log"
    modules_log = tmp_path / f"modules-{len(list(tmp_path.glob('modules-*')))}.json"
    full_env = dict(os.environ)
    full_env.update(
        BRIEFING_PACKS_DIR=str(packs),
        BRIEFING_NETGUARD_LOG=str(net_log),
        BRIEFING_MODULES_LOG=str(modules_log),
        BRIEFING_CACHE_DIR=str(tmp_path / "cache"),
        PYTHONPATH=str(SUPPORT / "netguard"),
    )
    full_env.pop("BRIEFING_OFFLINE", None)  # the guard, not the setting, keeps these runs offline
    full_env.update(env or {})
    proc = subprocess.run(
        [str(APP), *map(str, args)], capture_output=True, text=True, env=full_env, timeout=300, stdin=subprocess.DEVNULL
    )
    connections = net_log.read_text().splitlines() if net_log.exists() else []
    modules = json.loads(modules_log.read_text()) if modules_log.exists() else []
    return Run(proc.returncode, proc.stdout, proc.stderr, connections, modules)


def assert_clean(run: Run) -> None:
    assert run.connections == [], f"network connections attempted: {run.connections}"
    assert "PySide6.QtWidgets" not in run.qt_modules
    assert "Traceback" not in run.stderr, run.stderr


def test_version_and_help(session_store: PackStore, tmp_path: Path) -> None:
    from briefing_app import __version__

    version = run_app("--version", packs=session_store.root, tmp_path=tmp_path)
    assert (version.code, version.stdout.strip()) == (0, f"briefing-app {__version__}")
    help_run = run_app("--help", packs=session_store.root, tmp_path=tmp_path)
    assert help_run.code == 0 and "--headless" in help_run.stdout and "exit codes" in help_run.stdout
    assert_clean(version)


def test_seed_briefing_in_three_languages(session_store: PackStore, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run = run_app("--headless", SEED, "--to", "ar,he,da", "--out", out, packs=session_store.root, tmp_path=tmp_path)
    assert run.code == 0, run.stderr
    assert_clean(run)
    assert run.qt_modules == []  # not even QtCore
    pdf, js = out / "blinken-ceasefire-en.briefing.pdf", out / "blinken-ceasefire-en.briefing.json"
    assert pdf.stat().st_size > 10_000 and pdf.read_bytes().startswith(b"%PDF")
    data = json.loads(js.read_text(encoding="utf-8"))
    assert data["source"]["language"] == "en" and data["source"]["language_confidence"] > 0.9
    assert data["source"]["title"] == "Blinken signals no immediate US press for Mideast cease-fire"
    assert [t["language"] for t in data["targets"]] == ["ar", "he", "da"]
    for target in data["targets"]:
        assert target["demo"] and target["demo_notice"] == "demo language pack: not a real translation"
        assert target["packs"][0]["from"] == "en" and target["packs"][0]["to"] == target["language"]
        for sentence in target["sentences"]:
            assert sentence["translation"] == cipher_text(sentence["source"], "en", target["language"])
    assert "1 article: 1 briefed, 0 failed" in run.stderr
    assert "demo language pack: not a real translation" in run.stderr
    # Every Arabic and Hebrew word is in the PDF's text layer, unreversed, and every number intact.
    # (Beside an English column pdftotext orders the pieces of a mixed line left to right, so word
    # order is checked on right-to-left pages in test_arabic_article_into_hebrew_reads_in_logical_order.)
    extracted = words(pdftotext(pdf))
    for target in data["targets"][:2]:
        for sentence in target["sentences"]:
            for word in words(sentence["translation"].replace("-", " ")):
                assert word in extracted, word
    for number in ("1,300", "200", "59", "35", "42", "15"):
        assert extracted.count(number) >= 4  # the source column and three translations


def bare_words(text: str) -> list[str]:
    """Words without edge punctuation. Guillemets too, as right-to-left text draws them mirrored; and the
    Arabic percent sign, which is drawn left of its number ("٦٠٪" shows as ٪٦٠, per the bidi algorithm)
    and which pdftotext then returns in drawn order."""
    return [w for w in (w.strip("«»٪%") for w in words(text)) if w]


def test_arabic_article_into_hebrew_reads_in_logical_order(session_store: PackStore, tmp_path: Path) -> None:
    seed = SEEDS / "floods-batinah-ar.txt"
    run = run_app("--headless", seed, "--to", "he", "--out", tmp_path, packs=session_store.root, tmp_path=tmp_path)
    assert run.code == 0, run.stderr
    assert_clean(run)
    data = json.loads((tmp_path / "floods-batinah-ar.briefing.json").read_text(encoding="utf-8"))
    assert data["source"]["language"] == "ar" and data["targets"][0]["pivot"] == "en"
    extracted = bare_words(pdftotext(tmp_path / "floods-batinah-ar.briefing.pdf"))
    for sentence in data["targets"][0]["sentences"]:
        assert in_order(bare_words(sentence["source"]), extracted), sentence["source"]
        # The cipher leaves Arabic letters it has no Hebrew for (ة, ط, إ) inside Hebrew words; such
        # words are set in two fonts and pdftotext splits them, so the order check takes whole-Hebrew words.
        hebrew = [w for w in bare_words(sentence["translation"]) if all("\u05d0" <= c <= "\u05ea" for c in w)]
        assert in_order(hebrew, extracted), sentence["translation"]
    assert "٣٬٤٠٠" in " ".join(extracted)  # Arabic-Indic digits survive both legs and the PDF


def test_bad_inputs_among_good_ones(session_store: PackStore, tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    shutil.copy(SEED, batch / "good.txt")
    (batch / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (batch / "empty.txt").write_text("")
    out = tmp_path / "out"
    run = run_app(
        "--headless",
        batch,
        tmp_path / "missing.txt",
        "--to",
        "da",
        "--out",
        out,
        packs=session_store.root,
        tmp_path=tmp_path,
    )
    assert run.code == 1, run.stderr
    assert_clean(run)
    assert sorted(p.name for p in out.iterdir()) == ["good.briefing.json", "good.briefing.pdf"]
    assert "4 articles: 1 briefed, 3 failed" in run.stderr  # a missing path counts as a failed article
    for name in ("binary.txt", "empty.txt", "missing.txt"):
        assert any(name in line and "FAILED" in line for line in run.stderr.splitlines()), run.stderr


def test_missing_pack_exits_3_and_says_how_to_install(session_store: PackStore, tmp_path: Path) -> None:
    run = run_app("--headless", SEED, "--to", "fr", "--out", tmp_path, packs=session_store.root, tmp_path=tmp_path)
    assert run.code == 3
    assert "en -> fr" in run.stderr and "--install-pack" in run.stderr
    assert_clean(run)


def test_no_packs_at_all_exits_3(tmp_path: Path) -> None:
    run = run_app("--headless", SEED, "--to", "ar", "--out", tmp_path, packs=tmp_path / "none", tmp_path=tmp_path)
    assert run.code == 3 and "no language packs are installed" in run.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("--headless", "SEED"),  # no --to
        ("--headless", "--to", "ar"),  # no input
        ("--headless", "SEED", "--to", "arabic"),  # not a code
        ("--no-such-option",),
        ("--remove-pack", "english"),
    ],
)
def test_usage_errors_exit_2(session_store: PackStore, tmp_path: Path, args: tuple[str, ...]) -> None:
    run = run_app(*[str(SEED) if a == "SEED" else a for a in args], packs=session_store.root, tmp_path=tmp_path)
    assert run.code == 2, run.stderr
    assert run.stderr.strip()


def test_unwritable_output_folder_is_reported_before_translating(session_store: PackStore, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    run = run_app(
        "--headless", SEED, "--to", "ar", "--out", blocker / "sub", packs=session_store.root, tmp_path=tmp_path
    )
    assert run.code == 2 and "output folder" in run.stderr
    assert "reading" not in run.stderr


def test_danish_source_pivots_through_english(session_store: PackStore, tmp_path: Path) -> None:
    seed = SEEDS / "havvind-esbjerg-da.txt"
    run = run_app("--headless", seed, "--to", "ar", "--out", tmp_path, packs=session_store.root, tmp_path=tmp_path)
    assert run.code == 0, run.stderr
    data = json.loads((tmp_path / "havvind-esbjerg-da.briefing.json").read_text(encoding="utf-8"))
    assert data["source"]["language"] == "da"
    [target] = data["targets"]
    assert target["pivot"] == "en"
    assert [(p["from"], p["to"]) for p in target["packs"]] == [("da", "en"), ("en", "ar")]
    sentence = target["sentences"][1]
    assert sentence["pivot_text"] == cipher_text(sentence["source"], "da", "en")
    assert sentence["translation"] == cipher_text(sentence["pivot_text"], "en", "ar")


def test_pack_management_commands(demo_pack_files: list[Path], tmp_path: Path) -> None:
    store = tmp_path / "store"
    listed = run_app("--list-packs", packs=store, tmp_path=tmp_path)
    assert listed.code == 0 and "(none installed)" in listed.stdout
    en_ar = next(p for p in demo_pack_files if "en_ar" in p.name)
    installed = run_app("--install-pack", en_ar, packs=store, tmp_path=tmp_path)
    assert installed.code == 0 and "installed: en -> ar" in installed.stdout
    again = run_app("--install-pack", en_ar, packs=store, tmp_path=tmp_path)
    assert "already installed: en -> ar" in again.stdout
    listed = run_app("--list-packs", packs=store, tmp_path=tmp_path)
    assert "en -> ar" in listed.stdout and "demo language pack: not a real translation" in listed.stdout
    removed = run_app("--remove-pack", "en:ar", packs=store, tmp_path=tmp_path)
    assert removed.code == 0 and "removed: en -> ar" in removed.stdout
    bad = tmp_path / "bad.argosmodel"
    bad.write_text("not a zip")
    refused = run_app("--install-pack", bad, packs=store, tmp_path=tmp_path)
    assert refused.code == 1 and "bad.argosmodel" in refused.stderr and "not a zip" in refused.stderr
    assert_clean(refused)


def test_download_offline_is_a_clear_message(tmp_path: Path) -> None:
    run = run_app("--download-packs", "en:ar", packs=tmp_path / "store", tmp_path=tmp_path)
    assert run.code == 1
    assert "Are you offline?" in run.stderr and "--install-pack" in run.stderr
    assert "Traceback" not in run.stderr
    assert len(run.connections) >= 1  # it did try: the user asked to download


def test_without_headless_it_opens_the_window(session_store: PackStore, tmp_path: Path) -> None:
    run = run_app(
        SEED,
        packs=session_store.root,
        tmp_path=tmp_path,
        env={"BRIEFING_STARTUP_PROBE": "1", "QT_QPA_PLATFORM": "offscreen"},
    )
    assert run.code == 0, run.stderr
    assert "window-shown" in run.stdout
    assert "PySide6.QtWidgets" in run.qt_modules  # the desktop path, unlike every headless one


def test_without_a_display_it_says_so(session_store: PackStore, tmp_path: Path) -> None:
    run = run_app(
        SEED,
        packs=session_store.root,
        tmp_path=tmp_path,
        env={"QT_QPA_PLATFORM": "", "DISPLAY": "", "WAYLAND_DISPLAY": ""},
    )
    assert run.code != 0 and "--headless" in run.stderr and "Traceback" not in run.stderr


def test_resume_skips_finished_briefings_and_redoes_changed_ones(session_store: PackStore, tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    for name in ("a.txt", "b.txt"):
        shutil.copy(SEED, batch / name)
    out = tmp_path / "out"
    first = run_app("--headless", batch, "--to", "da", "--out", out, packs=session_store.root, tmp_path=tmp_path)
    assert first.code == 0, first.stderr
    (batch / "b.txt").write_text(SEED.read_text(encoding="utf-8") + "One more line.\n", encoding="utf-8")
    again = run_app(
        "--headless", batch, "--to", "da", "--out", out, "--resume", packs=session_store.root, tmp_path=tmp_path
    )
    assert again.code == 0, again.stderr
    assert "a.txt: already briefed with these settings, skipped (--resume)" in again.stderr
    assert "2 articles: 1 briefed, 1 already briefed, 0 failed" in again.stderr
    other = run_app(
        "--headless", batch, "--to", "ar", "--out", out, "--resume", packs=session_store.root, tmp_path=tmp_path
    )
    assert "2 articles: 2 briefed, 0 failed" in other.stderr  # other targets: other settings


def test_a_batch_killed_half_way_leaves_no_partial_file_and_resume_finishes(
    session_store: PackStore, tmp_path: Path
) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    for i in range(8):
        shutil.copy(SEED, batch / f"article-{i}.txt")
    out = tmp_path / "out"
    env = dict(os.environ, BRIEFING_PACKS_DIR=str(session_store.root), BRIEFING_CACHE_DIR=str(tmp_path / "cache"))
    args = [str(APP), "--headless", str(batch), "--to", "ar,he,da", "--out", str(out), "--no-cache"]
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and len(list(out.glob("*.briefing.json"))) < 2:
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    finished = sorted(out.glob("*.briefing.json"))
    assert 2 <= len(finished) < 8, "the kill should land half-way"
    for js in finished:
        json.loads(js.read_text(encoding="utf-8"))  # complete, parseable
        assert js.with_suffix(".pdf").read_bytes().rstrip().endswith(b"%%EOF")
    for pdf in out.glob("*.briefing.pdf"):
        assert pdf.read_bytes().rstrip().endswith(b"%%EOF")  # never a truncated PDF
    resumed = run_app(
        "--headless", batch, "--to", "ar,he,da", "--out", out, "--resume", packs=session_store.root, tmp_path=tmp_path
    )
    assert resumed.code == 0, resumed.stderr
    assert f"{len(finished)} already briefed" in resumed.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"article-{i}.briefing.{ext}" for i in range(8) for ext in ("json", "pdf")
    )  # and no temporary file of the killed run is left


def test_starter_glossary_protects_names(session_store: PackStore, tmp_path: Path) -> None:
    run = run_app(
        "--headless",
        SEED,
        "--to",
        "ar,he",
        "--out",
        tmp_path,
        "--glossary",
        "starter",
        packs=session_store.root,
        tmp_path=tmp_path,
    )
    assert run.code == 0, run.stderr
    data = json.loads((tmp_path / "blinken-ceasefire-en.briefing.json").read_text(encoding="utf-8"))
    assert data["settings"]["glossary"] == "starter"
    arabic = " ".join(s["translation"] for s in data["targets"][0]["sentences"])
    hebrew = " ".join(s["translation"] for s in data["targets"][1]["sentences"])
    assert "مصر" in arabic and "מצרים" in hebrew  # Egypt's required renderings, not the cipher's
    assert not [c for c in data["checks"] if c["kind"] == "glossary"]


def test_a_bad_glossary_is_a_usage_error_naming_file_and_line(session_store: PackStore, tmp_path: Path) -> None:
    glossary = tmp_path / "terms.tsv"
    glossary.write_text("term\tar\nBlinken\tبلينكن\textra\tcells\n", encoding="utf-8")
    run = run_app(
        "--headless",
        SEED,
        "--to",
        "ar",
        "--out",
        tmp_path,
        "--glossary",
        glossary,
        packs=session_store.root,
        tmp_path=tmp_path,
    )
    assert run.code == 2
    assert "terms.tsv:2: 4 columns, but the header has 2" in run.stderr  # file:line: what is wrong
    assert "reading" not in run.stderr  # refused before any work


def test_strict_turns_fidelity_warnings_into_exit_4(session_store: PackStore, tmp_path: Path) -> None:
    seed = SEEDS / "havvind-esbjerg-da.txt"  # "1.300" stays "1.300" for an English reader: a warning
    relaxed = run_app("--headless", seed, "--to", "en", "--out", tmp_path, packs=session_store.root, tmp_path=tmp_path)
    assert relaxed.code == 0 and "fidelity warnings" in relaxed.stderr
    strict = run_app(
        "--headless", seed, "--to", "en", "--out", tmp_path, "--strict", packs=session_store.root, tmp_path=tmp_path
    )
    assert strict.code == 4, strict.stderr
    assert "number_format" not in strict.stderr and "may misread it" in strict.stderr

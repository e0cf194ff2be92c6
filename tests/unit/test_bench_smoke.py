"""The benchmark's code path on tiny packs: every measurement runs, nothing about speed is asserted.

Timing never decides a test here (the suite runs on busy machines); bench/run.py itself prints
PASS/FAIL against the targets on the real base-size packs.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from bench.run import quick_config, run, write_long_article, write_results
from tests.conftest import ROOT


def test_long_article_reaches_the_word_count_without_repeating_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    words = write_long_article(path, 3000)
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()[2:] if line]
    assert words >= 3000 and len(set(lines)) == len(lines)


@pytest.mark.loopback
def test_benchmark_runs_end_to_end_on_tiny_packs(tmp_path: Path) -> None:
    config = quick_config(tmp_path / "packs-cache")
    results = run(config, log=lambda _line: None)
    names = [row.name for row in results.rows]
    assert any(name.startswith("Argos translate(), as shipped") for name in names)
    assert any(name.startswith("Argos translate(), threads inter 1/intra 1") for name in names)
    assert any(name.startswith("best raw CTranslate2 configuration") for name in names)
    assert any(name.startswith("headless CLI peak RSS") for name in names)
    keys = ("argos_wps", "argos_shipped_wps", "limit_wps", "warm_wps", "x_argos", "x_limit", "first_s", "x_second")
    keys += ("x_limit_of_medians", "follows_x_limit_of_medians")
    keys += ("long_wps", "apm_in_process", "apm_cluster1", "apm_cluster2", "cluster_overhead")
    keys += ("follows_warm_wps", "follows_x_limit", "follows_x_argos")
    for key in keys:
        assert key in results.values, key
    # PDF export, the batch and the headless run each give a row: a number, or the app's error as a
    # FAIL (the benchmark reports a broken export instead of dying; the export's own tests own it).
    for prefix in ("PDF export", "batch", "headless CLI peak RSS"):
        assert any(name.startswith(prefix) for name in names), prefix
    assert results.values["window_s"] == "n/a"
    final = results.final_line()
    assert "\n" not in final and all("=" in pair for pair in final.split())
    # Pipeline and raw engine ran in pairs; the sweep's fastest settings were run again.
    assert any("interleaved pairs" in name for name in names)
    assert any("(repeated after the sweep) (chosen)" in note for note in results.notes)
    out = tmp_path / "RESULTS.md"
    write_results(out, config, results, 0.0)
    text = out.read_text(encoding="utf-8")
    assert final in text and "partial" not in text


@pytest.mark.loopback
def test_a_partial_run_measures_only_its_sections_and_says_so(tmp_path: Path) -> None:
    config = quick_config(tmp_path / "packs-cache")
    results = run(config, log=lambda _line: None, only=["pdf", "cache"])
    names = [row.name for row in results.rows]
    assert any(name.startswith("PDF export") for name in names)
    assert any(name.startswith("second look") for name in names)
    for absent in ("Argos", "best raw", "batch", "headless", "window", "workload 2", "long article"):
        assert not any(name.startswith(absent) for name in names), absent
    out = tmp_path / "RESULTS-partial.md"
    write_results(out, config, results, 0.0, ["cache", "pdf"])
    text = out.read_text(encoding="utf-8")
    assert "partial run (cache, pdf)" in text and "--only cache,pdf" in text


def test_unknown_sections_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown benchmark sections: enigne"):
        run(quick_config(tmp_path / "packs-cache"), log=lambda _line: None, only=["enigne"])


def test_facts_speed_article_is_real_text_of_the_asked_length(tmp_path: Path) -> None:
    from bench.facts_speed import build_article

    for language in ("en", "da", "ar", "he"):
        path = tmp_path / f"{language}.txt"
        words = build_article(language, 1000, path)
        assert 1000 <= words < 1400 and len(path.read_text(encoding="utf-8").split()) >= 1000


def test_facts_speed_prints_each_stage_and_the_machine_calibration() -> None:
    # (the by-stage report once crashed on a built-in's name, which cProfile writes with spaces)
    out = subprocess.run(
        [sys.executable, "bench/facts_speed.py", "--words", "120", "--runs", "1", "--by-stage"],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=True,
    )  # fmt: skip
    for language in ("en", "da", "ar", "he"):
        assert f"{language}: where the warm median goes" in out.stdout
    stage_rows = [line for line in out.stdout.splitlines() if line.startswith("  ") and line.endswith(" ms")]
    assert any("figures.find_figures" in row for row in stage_rows)
    assert re.search(r"^machine_calibration_ms=\d+\.\d ", out.stdout, re.MULTILINE)

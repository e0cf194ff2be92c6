"""The corpus as one unattended batch through the installed `briefing-app --headless` command.

The good articles among the bad must all come out, every bad file must be named in stderr with its
reason, there must be no traceback, and the exit code must be 1 (some inputs failed).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from briefing_app.core.translation.packs import PackStore
from tests.conftest import SEEDS
from tests.e2e.test_cli import assert_clean, run_app
from tests.reliability.conftest import Recorder
from tests.reliability.corpus import CASES

pytestmark = pytest.mark.e2e

GOOD = ["blinken-ceasefire-en.txt", "floods-batinah-ar.txt", "havvind-esbjerg-da.txt", "blinken-ceasefire-en.docx"]


def test_bad_articles_in_one_batch_the_good_ones_still_come_out(
    session_store: PackStore, tmp_path: Path, record: Recorder
) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    for name in GOOD:
        shutil.copy(SEEDS / name, batch / name)
    built = {case: case.build(batch) for case in CASES if case.in_batch}
    out = tmp_path / "out"
    run = run_app("--headless", batch, "--to", "da", "--out", out, packs=session_store.root, tmp_path=tmp_path)
    assert run.code == 1, run.stderr
    assert_clean(run)

    readable = [*GOOD, *(path.name for case, path in built.items() if case.error is None)]
    refused = {case: path for case, path in built.items() if case.error is not None}
    assert f"{len(built) + len(GOOD)} articles: {len(readable)} briefed, {len(refused)} failed" in run.stderr
    briefed = sorted(p.name for p in out.iterdir())
    assert len(briefed) == 2 * len(readable), briefed  # a PDF and a JSON for each, nothing else
    for js in out.glob("*.briefing.json"):
        data = json.loads(js.read_text(encoding="utf-8"))
        assert data["targets"][0]["sentences"], js.name
        assert js.with_suffix(".pdf").read_bytes().rstrip().endswith(b"%%EOF")
    failed_lines = [line for line in run.stderr.splitlines() if line.startswith("  FAILED ")]
    lost = sum(1 for name in readable if any(f"/{name}: " in line for line in failed_lines))
    assert lost == 0, failed_lines

    for case, path in refused.items():
        shown = path.absolute()  # the batch names files as the user gave them (a link by its own name)
        line = f"  FAILED {shown}: {case.reason}"
        assert line in run.stderr.splitlines(), f"{line!r} not in\n{run.stderr}"
        record("batch", case.name, line.replace(str(shown.parent) + "/", "").strip(), "handled")
    record(
        "batch",
        f"one batch of {len(GOOD)} good seeds and {len(built)} corpus files",
        f"exit 1; {len(readable)} briefed, {len(refused)} failed, each named with its reason",
        "handled",
        lost=lost,
    )


def test_hebrew_seed_into_danish_is_briefed(session_store: PackStore, tmp_path: Path) -> None:
    out = tmp_path / "out"
    seed = SEEDS / "heatwave-electricity-he.txt"
    run = run_app("--headless", seed, "--to", "da", "--out", out, packs=session_store.root, tmp_path=tmp_path)
    assert run.code == 0, run.stderr
    assert (out / "heatwave-electricity-he.briefing.json").exists()

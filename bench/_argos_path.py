"""Argos Translate's own path, timed in a process of its own (run by bench/run.py, not by hand).

    python bench/_argos_path.py REQUEST.json   ->  prints one JSON line with the timings

Why a separate process: `argostranslate.settings` reads ARGOS_PACKAGES_DIR, XDG_* and HOME once, at
import, and creates folders there; the parent sets them to temporary folders (and ARGOS_BEAM_SIZE
to the benchmark's beam) before this process starts, so nothing touches the user's Argos install.

What is timed: `argostranslate.translate.translate(text, "en", target)` for each target, with the
text given one sentence per line. Argos splits paragraphs at newlines and runs its sentence model
(the pack's offline MiniSBD, which returns one sentence per paragraph) on each, so it decodes
exactly the sentences our pipeline decodes, one `translate_batch` call per sentence, as Argos does.
Each target is warmed up first with a different short text: Argos keeps the paragraphs of the
previous call in a cache, so repeating the timed text would measure that cache, not translation.
With `repeats` > 1 every timed call is preceded by that warm-up call again, for the same reason.
Threads: ARGOS_INTER_THREADS/ARGOS_INTRA_THREADS from the environment (the parent sets them), as
Argos reads them; the report says which were in force.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any


def run(request: dict[str, Any]) -> dict[str, Any]:
    """Install the packs with Argos's own installer, then time one translation per target."""
    started = time.perf_counter()
    import argostranslate.package
    import argostranslate.settings
    import argostranslate.translate

    imported = time.perf_counter() - started
    for pack in request["packs"]:
        argostranslate.package.install_from_path(Path(pack))
    source: str = request["source"]
    text: str = request["text"]
    report: dict[str, Any] = {
        "import_s": imported,
        "beam_size": argostranslate.settings.beam_size,
        "inter_threads": argostranslate.settings.inter_threads,
        "intra_threads": argostranslate.settings.intra_threads,
        "targets": {},
    }
    repeats = int(request.get("repeats", 1))
    for target in request["targets"]:
        runs: list[float] = []
        warm_up = 0.0
        output = ""
        for number in range(repeats):
            load_started = time.perf_counter()
            argostranslate.translate.translate("Warm up the model, please.", source, target)
            if number == 0:
                warm_up = time.perf_counter() - load_started
            timed_started = time.perf_counter()
            output = argostranslate.translate.translate(text, source, target)
            runs.append(time.perf_counter() - timed_started)
        report["targets"][target] = {
            "seconds": sorted(runs)[len(runs) // 2],
            "runs": runs,
            "first_call_s": warm_up,
            "segments": len([line for line in output.split("\n") if line.strip()]),
        }
    return report


def main(argv: list[str]) -> int:
    request = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    print(json.dumps(run(request)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))

"""Time from process start to the main window shown, over a few fresh processes.

    .venv/bin/python bench/startup_window.py [--runs 5]

Each run starts `briefing_app.ui.app.run([])` in a new Python with BRIEFING_STARTUP_PROBE=1: the
app prints `window-shown <unix time>` when the window is first shown or exposed, and quits. The
time counts from just before the process is spawned (interpreter start-up included), and the line
also says whether the translation engine (ctranslate2) was imported by then (it must not be).
Settings and packs go to a temporary folder; QT_QPA_PLATFORM defaults to offscreen.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as home:
        env = dict(
            os.environ,
            BRIEFING_STARTUP_PROBE="1",
            HOME=home,
            XDG_CONFIG_HOME=os.path.join(home, "config"),
            BRIEFING_PACKS_DIR=os.path.join(home, "packs"),
        )
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        times = []
        for _ in range(args.runs):
            start = time.time()
            out = subprocess.run(
                [sys.executable, "-c", "import sys; from briefing_app.ui.app import run; sys.exit(run([]))"],
                capture_output=True,
                text=True,
                env=env,
                timeout=120,
            )
            line = next((ln for ln in out.stdout.splitlines() if ln.startswith("window-shown")), None)
            if out.returncode != 0 or line is None:
                print(f"run failed ({out.returncode}): {out.stderr.strip()}", file=sys.stderr)
                return 1
            shown = float(line.split()[1])
            times.append(shown - start)
            print(f"window shown after {1000 * (shown - start):.0f} ms  ({line.split()[2]})")
        print(
            f"median {1000 * statistics.median(times):.0f} ms, best {1000 * min(times):.0f} ms over {len(times)} runs"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

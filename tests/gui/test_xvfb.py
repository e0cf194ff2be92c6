"""The tab-close and language-switch tests once more on a real X display: Xvfb with Qt's xcb platform.

The test session itself runs offscreen (one QApplication, one platform per process), so this test
starts Xvfb on a free display (tests/xvfb_server.py) and runs those tests in a
child pytest with BRIEFING_TEST_QPA=xcb. Xvfb and the xcb libraries come from scripts/setup.sh.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import xvfb_server

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def test_tab_close_and_language_switch_on_xcb(tmp_path: Path) -> None:
    if os.environ.get("BRIEFING_TEST_QPA"):
        return  # already the child run: no Xvfb inside Xvfb
    with xvfb_server.xvfb_display(1280, 900) as display:
        env = dict(os.environ, BRIEFING_TEST_QPA="xcb", DISPLAY=display)
        env.pop("QT_QPA_PLATFORM", None)
        child = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "-rA",
                "tests/gui/test_tab_close_and_language.py",
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
    assert child.returncode == 0, child.stdout[-4000:] + child.stderr[-2000:]
    assert (
        "5 passed" in child.stdout
        and "PASSED tests/gui/test_tab_close_and_language.py::test_runs_on_the_platform" in child.stdout
    ), child.stdout[-2000:]

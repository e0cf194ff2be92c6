"""The real window on a real X server: Xvfb, Qt's xcb platform, a screenshot that is not blank.

The rest of the GUI tests run offscreen, which needs none of the xcb libraries; a machine set up by
scripts/setup.sh must also open the window on an X display (that once aborted with "Could not load
the Qt platform plugin xcb"). The test starts its own Xvfb (tests/xvfb_server.py), starts
`briefing-app` on it with an article, and grabs the X screen from another process until the window
is drawn.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing_app.core.translation.packs import PackStore
from tests import xvfb_server
from tests.conftest import SEEDS

APP = Path(sys.executable).parent / "briefing-app"
SCREENSHOT_AFTER = 90  # seconds to wait for a drawn window before giving up (not a speed assertion)

# Runs in a separate process on the X display: grabs the whole screen (the root window) through the X
# server and prints how many distinct colours it has and how much of it is not the background.
GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
image = QGuiApplication.primaryScreen().grabWindow(0).toImage()
image.save(sys.argv[1])
w, h = image.width(), image.height()
background = image.pixel(0, 0)
samples = [image.pixel(x, y) for x in range(0, w, 4) for y in range(0, h, 4)]
print(len(set(samples)), sum(p != background for p in samples) / len(samples))
"""


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    with xvfb_server.xvfb_display(1280, 800) as display:
        yield display


@pytest.mark.gui
def test_window_opens_on_a_real_x_display(xvfb_display: str, session_store: PackStore, tmp_path: Path) -> None:
    env = dict(
        os.environ,
        DISPLAY=xvfb_display,
        QT_QPA_PLATFORM="xcb",
        BRIEFING_PACKS_DIR=str(session_store.root),
        BRIEFING_CACHE_DIR=str(tmp_path / "cache"),
    )
    env.pop("WAYLAND_DISPLAY", None)
    window = subprocess.Popen(
        [str(APP), str(SEEDS / "blinken-ceasefire-en.txt")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    shot = tmp_path / "x11-window.png"
    colours, covered = 0, 0.0
    try:
        deadline = time.monotonic() + SCREENSHOT_AFTER
        while time.monotonic() < deadline and window.poll() is None:
            grab = subprocess.run(
                [sys.executable, "-c", GRAB, str(shot)], env=env, capture_output=True, text=True, timeout=60
            )
            assert grab.returncode == 0, grab.stderr
            colours_text, covered_text = grab.stdout.split()
            colours, covered = int(colours_text), float(covered_text)
            if colours > 50 and covered > 0.3:
                break
            time.sleep(1)
        still_running = window.poll() is None
    finally:
        window.terminate()
        _, stderr = window.communicate(timeout=30)
    print(f"\nscreenshot {shot}: {colours} colours, {covered:.0%} of the screen drawn")
    assert still_running, f"the app exited with {window.returncode}: {stderr}"
    assert "Could not load the Qt platform plugin" not in stderr
    # A drawn window: text and widgets give many colours and cover much of the 1280x800 screen.
    assert colours > 50 and covered > 0.3
    if os.environ.get("BRIEFING_KEEP_SCREENSHOT"):
        shutil.copy(shot, os.environ["BRIEFING_KEEP_SCREENSHOT"])

"""Check that Qt can start before anything imports it, and say what is missing in plain words.

Without this a missing system library shows up as a traceback about `libEGL.so.1` or as Qt's
abort "could not load the Qt platform plugin", which a field worker cannot act on (the idea comes
from qutebrowser's `misc/earlyinit.py`). Only the standard library is used here.
"""

from __future__ import annotations

import importlib
import os
import re

# The Debian packages PySide6 needs for the offscreen and xcb platforms (shared/notes/ground-facts.md).
DEBIAN_PACKAGES = "libglib2.0-0 libgl1 libxkbcommon0 libegl1 libfreetype6 libfontconfig1 libdbus-1-3"
XCB_PACKAGES = "libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0"


def check_qt() -> str | None:
    """None when PySide6's QtWidgets imports; otherwise a message saying what to install."""
    try:
        importlib.import_module("PySide6.QtWidgets")
    except ImportError as err:
        text = str(err)
        missing = re.search(r"(lib[\w.+-]+\.so[\w.]*)", text)
        if "No module named" in text:
            return (
                "Briefing Desk needs PySide6 (Qt for Python), which is not installed in this Python.\n"
                "Install it with: pip install PySide6-Essentials\n"
                "(The headless mode works without it: briefing-app --headless ARTICLE --to ar,he,da)"
            )
        return (
            f"Qt could not start: a system library is missing ({missing.group(1) if missing else text}).\n"
            f"On Debian or Ubuntu install: sudo apt-get install {DEBIAN_PACKAGES}\n"
            "(The headless mode works without it: briefing-app --headless ARTICLE --to ar,he,da)"
        )
    return None


def check_display() -> str | None:
    """None when a platform is likely usable; a message when Linux has no display at all."""
    if os.name != "posix" or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    import sys

    if sys.platform == "darwin":
        return None
    return (
        "There is no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
        "Run Briefing Desk from a desktop session, or use the headless mode: "
        "briefing-app --headless ARTICLE --to ar,he,da"
    )


def platform_plugin_hint() -> str:
    """Said after Qt itself failed to load its platform plugin."""
    return (
        'If Qt said it could not load the platform plugin "xcb", install: '
        f"sudo apt-get install {XCB_PACKAGES}. QT_DEBUG_PLUGINS=1 names the library really missing."
    )

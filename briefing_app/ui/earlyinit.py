"""Check that Qt can start before anything imports it, and say what is missing in plain words.

Without this a missing system library shows up as a traceback about `libEGL.so.1` or as Qt's
abort "could not load the Qt platform plugin", which a field worker cannot act on (the idea comes
from qutebrowser's `misc/earlyinit.py`). Only the standard library is used here.
"""

from __future__ import annotations

import ctypes
import importlib
import os
import re
from collections.abc import Callable

# The Debian packages PySide6 needs for the offscreen platform (scripts/setup.sh installs them).
DEBIAN_PACKAGES = "libglib2.0-0 libgl1 libxkbcommon0 libegl1 libfreetype6 libfontconfig1 libdbus-1-3"

# What Qt's xcb platform plugin (libqxcb.so and libQt6XcbQpa.so.6 of PySide6 6.11) links against, by
# library file and the Debian package that has it (from `ldd` and `dpkg -S`). Without any one of them Qt
# aborts with "Could not load the Qt platform plugin xcb" and SIGABRT, and says which only under
# QT_DEBUG_PLUGINS=1. scripts/setup.sh installs them all.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}
XCB_PACKAGES = " ".join(dict.fromkeys(XCB_LIBRARIES.values()))
EXIT_MISSING_LIBRARY = 2


def _loadable(soname: str) -> bool:
    """Whether the dynamic loader finds `soname` the way Qt's plugin loader will (same search path)."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_xcb(environ: dict[str, str] | None = None) -> bool:
    """Qt will pick its xcb plugin: asked for explicitly, or no platform forced and an X display set
    (and not a Wayland session, where Qt 6 prefers its wayland plugin)."""
    env = os.environ if environ is None else environ
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0].split(";")[0] == "xcb"
    wayland = bool(env.get("WAYLAND_DISPLAY")) and env.get("XDG_SESSION_TYPE") == "wayland"
    return bool(env.get("DISPLAY")) and not wayland


def check_xcb(environ: dict[str, str] | None = None, loadable: Callable[[str], bool] = _loadable) -> str | None:
    """None when the xcb platform is not going to be used or has all its libraries; otherwise a message
    naming the missing libraries and the apt command that installs them (checked before Qt loads)."""
    if os.name != "posix" or not uses_xcb(environ):
        return None
    missing = [soname for soname in XCB_LIBRARIES if not loadable(soname)]
    if not missing:
        return None
    packages = " ".join(dict.fromkeys(XCB_LIBRARIES[s] for s in missing))
    return (
        f"Qt cannot open a window on this X display: {', '.join(missing)} "
        f"{'is' if len(missing) == 1 else 'are'} missing (Qt's xcb platform plugin needs "
        f"{'it' if len(missing) == 1 else 'them'}).\n"
        f"On Debian or Ubuntu install: sudo apt-get install {packages}\n"
        "(The headless mode works without it: briefing-app --headless ARTICLE --to ar,he,da)"
    )


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

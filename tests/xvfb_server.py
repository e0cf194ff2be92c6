"""One Xvfb for the tests that need a real X display (Qt's xcb platform).

`-displayfd` lets the server pick a free display itself and report it once it is ready, so tests
running in parallel never fight over a number. `-noreset` keeps the server from resetting when its
last client disconnects: without it, a short-lived client (a screen grab) that leaves while another
client is connecting makes that connection fail with "could not connect to display" — CI once lost
a run to it, and starting six clients at once on a fresh Xvfb showed it in 3 of 40 servers.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

import pytest


@contextmanager
def xvfb_display(width: int, height: int) -> Iterator[str]:
    """Start Xvfb on a free display and yield it as ":N"; the server is stopped on leaving."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.fail("Xvfb is not installed: scripts/setup.sh installs the xvfb package")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)

"""Loaded into the app's subprocesses by tests/reliability/test_offline.py (via PYTHONPATH).

Does everything tests/support/netguard/sitecustomize.py does (refuse and record network connections,
record PySide6 modules), and also records at exit every module the process imported, to
$BRIEFING_ALL_MODULES_LOG, so a test can prove Argos's online code paths (package index, sentence
splitter downloads, urllib) were never even imported by a headless run.
"""

import atexit
import json
import os
import sys

_here = os.path.dirname(os.path.abspath(__file__))
_netguard = os.path.join(os.path.dirname(_here), "netguard", "sitecustomize.py")
with open(_netguard, encoding="utf-8") as _fh:
    exec(compile(_fh.read(), _netguard, "exec"))  # noqa: S102 - our own test helper, one folder over

_ALL_MODULES_LOG = os.environ.get("BRIEFING_ALL_MODULES_LOG")


@atexit.register
def _write_all_modules():
    if _ALL_MODULES_LOG:
        with open(_ALL_MODULES_LOG, "w", encoding="utf-8") as fh:
            json.dump(sorted(sys.modules), fh)

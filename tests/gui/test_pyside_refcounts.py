"""PySide6 6.12.0 drops a reference to None on every void call and to True on every emit; on
Python 3.11 the count reaches zero and the interpreter aborts mid-session. pyproject.toml pins
PySide6-Essentials below 6.12; this test fails if a version with that bug comes back."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer, Signal


class _Probe(QObject):
    ping = Signal(int)


def test_signals_and_void_calls_keep_reference_counts() -> None:
    probe, timer = _Probe(), QTimer()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(1000):
        probe.setObjectName("probe")
        probe.ping.emit(0)
        timer.setSingleShot(True)
    # A little slack for references the interpreter itself takes or drops meanwhile.
    assert abs(none_before - sys.getrefcount(None)) < 50
    assert abs(true_before - sys.getrefcount(True)) < 50

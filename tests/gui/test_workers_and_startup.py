"""The worker mechanism, the emit work-around, and a start-up that does not load the engine."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest
from PySide6.QtCore import QThread

from briefing_app.ui.workers import TaskContext, TaskFailure, TaskRunner

pytestmark = pytest.mark.gui


def test_results_and_errors_arrive_on_the_main_thread(qtbot: Any, qapp: Any) -> None:
    runner = TaskRunner()
    threads: list[bool] = []

    def work(context: TaskContext) -> int:
        for i in range(3):
            context.partial(i)
        return 42

    handle = runner.submit(work, translator=True)
    seen: list[int] = []
    handle.signals.partial.connect(lambda i: (seen.append(i), threads.append(QThread.currentThread() is qapp.thread())))
    with qtbot.waitSignal(handle.signals.succeeded, timeout=5_000) as done:
        pass
    assert done.args == [42] and seen == [0, 1, 2] and all(threads)

    def broken(context: TaskContext) -> None:
        raise ValueError("boom")

    handle = runner.submit(broken)
    with qtbot.waitSignal(handle.signals.failed, timeout=5_000) as failed:
        pass
    failure = failed.args[0]
    assert isinstance(failure, TaskFailure) and isinstance(failure.error, ValueError)
    assert "boom" in failure.details
    assert runner.shutdown()


def test_cancel_before_start(qtbot: Any, qapp: Any) -> None:
    runner = TaskRunner()
    blocker = runner.submit(lambda c: QThread.msleep(200), translator=True)
    queued = runner.submit(lambda c: 1, translator=True)
    queued.cancel()
    with qtbot.waitSignal(queued.signals.cancelled, timeout=5_000):
        pass
    assert blocker.token.cancelled is False
    assert runner.shutdown()


def test_window_shows_without_loading_the_engine() -> None:
    """Run in a fresh process: other tests here have long since imported ctranslate2."""
    env = dict(os.environ, BRIEFING_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from briefing_app.ui.app import run; sys.exit(run([]))"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "window-shown" in result.stdout
    assert "ctranslate2-loaded=False" in result.stdout

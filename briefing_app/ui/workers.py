"""The one way this app runs work off the UI thread.

A task is a plain function `fn(context) -> value` run as a QRunnable on a QThreadPool. Everything it
reports (progress, streamed partial results, the value, the exception) reaches the main thread
through a queued signal, so no worker ever touches a widget. The translator has its own pool with
a single thread: models load once and two translations never fight over two CPU cores.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from briefing_app.core.errors import Cancelled
from briefing_app.core.progress import CancelToken


@dataclass(frozen=True)
class TaskFailure:
    """What a failed task hands back: the exception, and a traceback for unexpected ones."""

    error: BaseException
    details: str


class TaskSignals(QObject):
    """A task's reports, always emitted on the main thread.

    Signals:
        progress(int, int, str): done, total, message.
        partial(object): one streamed piece of the result (e.g. a translated sentence).
        succeeded(object): the function's return value.
        failed(object): a `TaskFailure`.
        cancelled(): the task stopped because its CancelToken was set.
        finished(): always the last signal, after one of the three above.
    """

    progress = Signal(int, int, str)
    partial = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    # The worker emits only this; a queued connection to a bound method of this object (which
    # lives on the main thread) re-emits the public signals there.
    _relay = Signal(str, object)

    def __init__(self) -> None:
        super().__init__()
        self._relay.connect(self._dispatch, Qt.ConnectionType.QueuedConnection)

    @Slot(str, object)
    def _dispatch(self, kind: str, payload: Any) -> None:
        if kind == "progress":
            self.progress.emit(*payload)
        elif kind == "partial":
            self.partial.emit(payload)
        elif kind == "succeeded":
            self.succeeded.emit(payload)
        elif kind == "failed":
            self.failed.emit(payload)
        elif kind == "cancelled":
            self.cancelled.emit()
        if kind in ("succeeded", "failed", "cancelled"):
            self.finished.emit()


class TaskContext:
    """Handed to the task function: its cancel token and its reporting hooks (thread-safe)."""

    def __init__(self, signals: TaskSignals, cancel: CancelToken) -> None:
        self._signals = signals
        self.cancel = cancel

    def progress(self, done: int, total: int, message: str) -> None:
        self._report("progress", (done, total, message))

    def partial(self, payload: object) -> None:
        self._report("partial", payload)

    def _report(self, kind: str, payload: object) -> None:
        if not _emit(self._signals, kind, payload):
            raise Cancelled()  # nobody is listening any more: stop working


def _emit(signals: TaskSignals, kind: str, payload: object) -> bool:
    """Hand a report to the main thread; False when its receiver is gone (the app is quitting and
    Python already collected the signals object), which must end the task quietly, not in a traceback."""
    try:
        signals._relay.emit(kind, payload)
    except RuntimeError:
        return False
    return True


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskContext], object], context: TaskContext, signals: TaskSignals) -> None:
        super().__init__()
        self._fn = fn
        self._context = context
        self._signals = signals

    def run(self) -> None:
        try:
            if self._context.cancel.cancelled:
                raise Cancelled()
            value = self._fn(self._context)
        except Cancelled:
            _emit(self._signals, "cancelled", None)
        except BaseException as err:  # noqa: BLE001 - every failure must reach the window
            _emit(self._signals, "failed", TaskFailure(err, traceback.format_exc()))
        else:
            _emit(self._signals, "succeeded", value)


class TaskHandle:
    """A submitted task: its signals (connect before the event loop runs) and its cancel token."""

    def __init__(self, signals: TaskSignals, cancel: CancelToken) -> None:
        self.signals = signals
        self.token = cancel
        self.done = False

    def cancel(self) -> None:
        self.token.cancel()


class TaskRunner(QObject):
    """Owns the thread pools and keeps every running task's signals alive until it finishes.

    Signals:
        idle(): no task is pending or running any more.
    """

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._general = QThreadPool(self)
        self._general.setMaxThreadCount(2)
        self._translator = QThreadPool(self)
        self._translator.setMaxThreadCount(1)
        self._running: set[TaskHandle] = set()

    def submit(self, fn: Callable[[TaskContext], object], *, translator: bool = False) -> TaskHandle:
        """Queue `fn`; with `translator=True` it runs on the single translation thread."""
        signals = TaskSignals()
        token = CancelToken()
        handle = TaskHandle(signals, token)
        self._running.add(handle)
        signals.finished.connect(lambda: self._forget(handle))
        pool = self._translator if translator else self._general
        pool.start(_Runnable(fn, TaskContext(signals, token), signals))
        return handle

    def _forget(self, handle: TaskHandle) -> None:
        handle.done = True
        self._running.discard(handle)
        if not self._running:
            self.idle.emit()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Cancel everything and wait for the threads; True when they all ended in time."""
        for handle in list(self._running):
            handle.cancel()
        ok_general = self._general.waitForDone(timeout_ms)
        ok_translator = self._translator.waitForDone(timeout_ms)
        return bool(ok_general and ok_translator)

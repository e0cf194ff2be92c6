"""Progress reporting and cancellation shared by every long operation.

Services take a `progress(done, total, message)` callable and a `CancelToken`; the GUI and the CLI
are two thin callers that render progress their own way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from briefing_app.core.errors import Cancelled

ProgressCallback = Callable[[int, int, str], None]


def no_progress(done: int, total: int, message: str) -> None:
    """The default progress hook: report nothing."""


class CancelToken:
    """A flag a caller sets from any thread; workers check it between units of work."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()

"""Progress on stderr: a redrawn bar on a terminal, plain lines when piped or logged."""

from __future__ import annotations

import time
from typing import TextIO

BAR_WIDTH = 24
# Plain (non-terminal) output prints at most one progress line per this many seconds.
PLAIN_INTERVAL = 2.0


class ProgressLine:
    def __init__(self, stream: TextIO, unit: str = "sentences") -> None:
        self.stream = stream
        self.unit = unit
        self.tty = bool(getattr(stream, "isatty", lambda: False)())
        self._drawn = False
        self._last_plain = 0.0

    def update(self, done: int, total: int, message: str) -> None:
        fraction = done / total if total else 1.0
        if self.tty:
            filled = round(fraction * BAR_WIDTH)
            bar = "#" * filled + "." * (BAR_WIDTH - filled)
            self.stream.write(f"\r\x1b[2K[{bar}] {fraction:4.0%} {message}"[:200])
            self.stream.flush()
            self._drawn = True
            return
        now = time.monotonic()
        if done >= total or now - self._last_plain >= PLAIN_INTERVAL:
            self._last_plain = now
            self.stream.write(f"{message}: {done}/{total} {self.unit}\n")
            self.stream.flush()

    def clear(self) -> None:
        if self._drawn:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
            self._drawn = False

    def line(self, text: str) -> None:
        self.clear()
        self.stream.write(text + "\n")
        self.stream.flush()

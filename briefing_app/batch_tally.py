"""What a headless batch did so far, local or on a cluster: its summary and exit code come from it.

Its own small module so that both the local batch (`commands.py`) and the cluster client
(`cluster/client.py`) can fill one without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Failure:
    path: Path
    message: str
    missing_pack: bool = False


@dataclass
class BatchTally:
    """What a batch did so far, local or on a cluster: the summary and exit code come from it."""

    failures: list[Failure]
    written: list[Path] = field(default_factory=list)
    skipped: int = 0
    warnings: int = 0
    demo_used: bool = False
    worker_seconds: list[float] = field(default_factory=list)  # cluster: time on the workers (bench/)

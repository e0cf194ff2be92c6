"""Whether the app may use the network: one setting object, decided by whoever starts the app.

The only network use is downloading packs (`translation/download.py`), and it asks `NETWORK.offline`
before anything else. The command line (`--offline`), the window's "Work offline" switch and the
environment (`BRIEFING_OFFLINE=1`, read once when this module is first imported, for batch jobs and
child processes) all set this one object; nothing deep in the code reads or writes the environment.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

OFFLINE_ENVIRONMENT_VARIABLE = "BRIEFING_OFFLINE"
_TRUE = {"1", "true", "yes", "on"}


@dataclass
class NetworkSettings:
    """`offline`: never open a connection (downloads fail at once with a message saying so)."""

    offline: bool = False

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] = os.environ) -> NetworkSettings:
        return cls(offline=environ.get(OFFLINE_ENVIRONMENT_VARIABLE, "").strip().lower() in _TRUE)


NETWORK = NetworkSettings.from_environment()

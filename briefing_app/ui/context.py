"""What every window part shares: settings, the task runner, the engine host, the pack folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefing_app.core.translation.packs import PackStore
from briefing_app.ui.services import EngineHost
from briefing_app.ui.settings import Settings
from briefing_app.ui.workers import TaskRunner


@dataclass
class AppContext:
    settings: Settings
    runner: TaskRunner
    engines: EngineHost
    packs_root: Path

    def store(self) -> PackStore:
        return PackStore(self.packs_root)

"""What every window part shares: settings, the task runner, the engine host, the pack folder, the glossary."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from briefing_app.core.glossary import Glossary
from briefing_app.core.translation.memory import TranslationMemory
from briefing_app.core.translation.packs import PackStore
from briefing_app.ui.services import EngineHost
from briefing_app.ui.settings import Settings
from briefing_app.ui.workers import TaskRunner


@dataclass
class AppContext:
    """`glossary_path` is the user's glossary file; `glossary` what was last loaded from it (None: no rules)."""

    settings: Settings
    runner: TaskRunner
    engines: EngineHost
    packs_root: Path
    glossary_path: Path | None = None
    glossary: Glossary | None = field(default=None)
    memory: TranslationMemory | None = None  # the analyst's corrections, used ahead of the model

    def store(self) -> PackStore:
        return PackStore(self.packs_root)

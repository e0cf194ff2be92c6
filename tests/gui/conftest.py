"""GUI fixtures: a real main window on the offscreen platform, private QSettings, real workers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

SEED = Path(__file__).resolve().parents[2] / "seeds" / "blinken-ceasefire-en.txt"


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> Iterator[None]:
    """Every test gets its own settings folder: nothing reads or writes the user's settings."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture
def make_window(qtbot: Any, qapp: Any, session_store: Any, tmp_path: Path) -> Iterator[Callable[..., Any]]:
    """Build a shown main window: `make_window(targets=[...], ui_language="", packs_dir=..., engine_settings=...)`.

    Its glossary file is private to the test (`tmp_path / "config" / "glossary.tsv"`).
    """
    from briefing_app.ui.app import build_window, create_application
    from briefing_app.ui.i18n import UiLanguage
    from briefing_app.ui.settings import Settings

    windows: list[Any] = []

    def make(
        targets: list[str] | None = None,
        ui_language: str = "en",
        packs_dir: Path | None = None,
        engine_settings: Any = None,
        settings: Any = None,
    ) -> Any:
        app = create_application()
        settings = settings or Settings()
        settings.target_languages = targets or []
        settings.ui_language = ui_language
        window = build_window(
            app,
            settings,
            packs_dir=packs_dir or session_store.root,
            engine_settings=engine_settings,
            glossary_path=tmp_path / "config" / "glossary.tsv",
        )
        qtbot.addWidget(window)
        window.resize(1100, 720)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
    UiLanguage(qapp).apply("en")


# How long to wait for a document to open and for its translation to end: a liveness bound, not a
# speed target (bench/ has those). 30 s was once too short on a machine shared with other heavy jobs.
OPEN_TIMEOUT_MS = 60_000
FINISH_TIMEOUT_MS = 120_000


def open_and_wait(qtbot: Any, window: Any, path: Path, *, finished: bool = True) -> Any:
    """Open `path` and return its tab; with `finished`, wait for the translation to end too."""
    with qtbot.waitSignal(window.documentOpened, timeout=OPEN_TIMEOUT_MS) as opened:
        window.open_files([str(path)])
    tab = opened.args[0]
    if finished:
        qtbot.waitUntil(lambda: tab.state in ("done", "cancelled", "failed"), timeout=FINISH_TIMEOUT_MS)
    return tab


# The offscreen platform plugin (tests only) does not implement size-hint propagation and warns
# each time a window's layout changes its minimum size; a real platform (xcb, wayland, Windows)
# does. This one message is not about the app, every other Qt warning still fails the test.
OFFSCREEN_ONLY_WARNING = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).resolve().parent
    for item in items:
        if Path(str(item.fspath)).resolve().is_relative_to(here):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_ONLY_WARNING))

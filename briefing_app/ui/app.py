"""Start the desktop app: check the environment, create the QApplication, translators, window.

`run(files)` is what `briefing-app [FILE...]` calls. With BRIEFING_STARTUP_PROBE=1 in the
environment the app prints `window-shown <unix time>` when the main window is first exposed and
quits: `bench/startup_window.py` and the start-up test use it.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.ui import earlyinit

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from briefing_app.core.translation.engine import EngineSettings
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.settings import Settings

PROBE_ENV = "BRIEFING_STARTUP_PROBE"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> object:
    from PySide6.QtGui import QIcon

    icon = QIcon()
    folder = resources.files("briefing_app") / "resources" / "icons"
    for size in ICON_SIZES:
        png = folder / f"briefing-desk-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    return icon


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication with the names QSettings uses; reuses one that already exists (tests)."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from briefing_app import __version__
    from briefing_app.ui.settings import APPLICATION, ORGANIZATION

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv[:1]))
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Briefing Desk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("briefing-app")
    icon = app_icon()
    if isinstance(icon, QIcon):
        app.setWindowIcon(icon)
    return app


def packs_root(settings: Settings) -> Path:
    """$BRIEFING_PACKS_DIR (also set by --packs-dir) wins; then the setting; then the data folder."""
    from briefing_app.core.translation.packs import default_packs_dir

    if os.environ.get("BRIEFING_PACKS_DIR"):
        return default_packs_dir()
    return settings.packs_dir or default_packs_dir()


def build_window(
    app: QApplication,
    settings: Settings | None = None,
    *,
    packs_dir: Path | None = None,
    engine_settings: EngineSettings | None = None,
    glossary_path: Path | None = None,
) -> MainWindow:
    """The main window with its UI language applied; the language follows later menu choices.

    The offline setting is applied first (BRIEFING_OFFLINE, read by the core), and the user's
    glossary (`glossary_path`, default <config>/glossary.tsv) is loaded for every translation.
    """
    from PySide6.QtCore import QCoreApplication

    from briefing_app.ui.context import AppContext
    from briefing_app.ui.glossary_dialog import default_glossary_path, load_user_glossary
    from briefing_app.ui.i18n import UiLanguage, resolve_language
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.services import EngineHost
    from briefing_app.ui.settings import Settings
    from briefing_app.ui.window_tools import apply_offline_setting
    from briefing_app.ui.workers import TaskRunner

    settings = settings or Settings()
    if settings.offline:
        apply_offline_setting(True)
    language = UiLanguage(app)
    missing = language.apply(resolve_language(settings.ui_language))
    runner = TaskRunner()
    glossary_path = glossary_path or default_glossary_path()
    glossary, glossary_problem = load_user_glossary(glossary_path)
    context = AppContext(
        settings, runner, EngineHost(engine_settings), packs_dir or packs_root(settings), glossary_path, glossary
    )
    window = MainWindow(context)
    runner.setParent(window)
    window.ui_language = language  # type: ignore[attr-defined]  # kept alive with the window

    def change_language(code: str) -> None:
        settings.ui_language = code
        for path in language.apply(resolve_language(code)):
            window.messages.show_message(
                "warning",
                QCoreApplication.translate("MainWindow", "Translation file missing: {path}").format(path=path),
            )

    window.uiLanguageRequested.connect(change_language)
    for path in missing:
        window.messages.show_message(
            "warning", QCoreApplication.translate("MainWindow", "Translation file missing: {path}").format(path=path)
        )
    if glossary_problem:
        window.messages.show_message(
            "warning",
            QCoreApplication.translate("MainWindow", "The glossary is not used until it is fixed: {error}").format(
                error=glossary_problem
            ),
        )
    return window


def _install_probe(app: QApplication, window: MainWindow) -> None:
    """Print when the window is first exposed, then quit (start-up measurement)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Probe(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() in (QEvent.Type.Expose, QEvent.Type.Show) and not getattr(self, "fired", False):
                self.fired = True
                engine_loaded = "ctranslate2" in sys.modules
                print(f"window-shown {time.time():.6f} ctranslate2-loaded={engine_loaded}", flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    probe = Probe(window)
    window.installEventFilter(probe)


def run(files: Sequence[str], targets: Sequence[str] | None = None) -> int:
    """Open the main window with `files` as tabs (translated into `targets` when given); returns the exit code."""
    missing = earlyinit.check_xcb()  # before Qt loads: its xcb plugin would abort (SIGABRT) without them
    if missing:
        print(f"briefing-app: {missing}", file=sys.stderr)
        return earlyinit.EXIT_MISSING_LIBRARY
    problem = earlyinit.check_display() or earlyinit.check_qt()
    if problem:
        print(f"briefing-app: {problem}", file=sys.stderr)
        return 1
    app = create_application()
    window = build_window(app)
    if os.environ.get(PROBE_ENV):
        _install_probe(app, window)
    window.show()
    if files:
        window.open_files(list(files), targets)
    return int(app.exec())

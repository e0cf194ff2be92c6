"""Save screenshots of the main window to docs/screenshots/ (offscreen, no display needed).

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

It builds the cipher demo packs into a temporary store (nothing is installed for the user), opens
seeds/blinken-ceasefire-en.txt and saves:
  main-window-en.png   English UI, the article beside its Arabic translation pane
  main-window-ar.png   Arabic UI (mirrored layout), the same article beside its Hebrew pane
Settings go to a temporary folder too. The PNGs are small enough to commit (< 300 KB).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["BRIEFING_OFFLINE"] = "1"

    from PySide6.QtCore import QSettings, QTimer

    from briefing_app.core.demo_packs import build_demo_packs
    from briefing_app.core.translation.packs import PackStore
    from briefing_app.ui.app import build_window, create_application
    from briefing_app.ui.i18n import UiLanguage
    from briefing_app.ui.settings import Settings

    tmp = Path(tempfile.mkdtemp(prefix="briefing-screenshots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    store = PackStore(tmp / "packs")
    for file in build_demo_packs(tmp / "pack-files", ("cipher",)):
        store.install_file(file)
    app = create_application()
    args.out.mkdir(parents=True, exist_ok=True)

    shots = [("main-window-en.png", "en", ["ar", "he", "da"], "ar"), ("main-window-ar.png", "ar", ["he", "ar"], "he")]
    for name, ui_language, targets, shown in shots:
        settings = Settings()
        settings.ui_language = ui_language
        settings.target_languages = targets
        window = build_window(app, settings, packs_dir=store.root)
        window.resize(1180, 760)
        window.show()
        finished: list[str] = []

        def opened(tab: object, finished: list[str] = finished) -> None:
            tab.translationFinished.connect(finished.append)  # type: ignore[attr-defined]

        window.documentOpened.connect(opened)
        window.open_files([str(ROOT / "seeds" / "blinken-ceasefire-en.txt")])
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.start(60_000)
        while not finished and deadline.isActive():
            app.processEvents()
        tab = window.current_tab()
        if tab is None or finished != ["done"]:
            print(f"screenshots: translation did not finish ({finished}); {window.messages.history}", file=sys.stderr)
            return 1
        tab.translations.setCurrentWidget(tab.panes[shown])
        tab.source_pane.set_selected(3)
        tab.panes[shown].set_selected(3)
        app.processEvents()
        image = window.grab().toImage()
        path = args.out / name
        image.save(str(path), "PNG", 9)
        print(f"wrote {path} ({path.stat().st_size // 1024} KB)")
        window.close()
        window.deleteLater()
        app.processEvents()
    UiLanguage(app).apply("en")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

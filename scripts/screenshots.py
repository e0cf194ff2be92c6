"""Save screenshots of the main window to docs/screenshots/ (offscreen, no display needed).

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

It builds the cipher demo packs into a temporary store (nothing is installed for the user), opens
seeds/blinken-ceasefire-en.txt with the starter glossary (so the names read as real Arabic and
Hebrew) and saves:
  main-window-en.png   English UI, the article beside its Arabic translation pane and the key-facts
                       panel, the figure "1,300 — people wounded" chosen (its sentence highlighted)
  main-window-ar.png   Arabic UI (mirrored layout), the same article beside its Hebrew pane
Settings and the glossary go to a temporary folder too. The PNGs are small enough to commit (< 300 KB).
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

    from PySide6.QtCore import QSettings, Qt, QTimer
    from PySide6.QtGui import QImage

    from briefing_app.core.demo_packs import build_demo_packs
    from briefing_app.core.glossary import starter_glossary
    from briefing_app.core.translation.packs import PackStore
    from briefing_app.ui.app import build_window, create_application
    from briefing_app.ui.glossary_dialog import glossary_rows, rows_text
    from briefing_app.ui.i18n import UiLanguage
    from briefing_app.ui.settings import Settings

    tmp = Path(tempfile.mkdtemp(prefix="briefing-screenshots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    store = PackStore(tmp / "packs")
    for file in build_demo_packs(tmp / "pack-files", ("cipher",)):
        store.install_file(file)
    glossary_path = tmp / "config" / "glossary.tsv"
    glossary_path.parent.mkdir(parents=True)
    starter = starter_glossary()
    glossary_path.write_text(rows_text(starter.languages, glossary_rows(starter, starter.languages)), encoding="utf-8")
    app = create_application()
    args.out.mkdir(parents=True, exist_ok=True)

    shots = [("main-window-en.png", "en", ["ar", "he", "da"], "ar"), ("main-window-ar.png", "ar", ["he", "ar"], "he")]
    for name, ui_language, targets, shown in shots:
        settings = Settings()
        settings.ui_language = ui_language
        settings.target_languages = targets
        window = build_window(app, settings, packs_dir=store.root, glossary_path=glossary_path)
        window.resize(1360, 800)
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
        tab.side_splitter.setSizes([950, 410])
        wounded = [
            i for i in tab.facts.fact_items("figure") if i.text(0).strip("\u202a\u202c") == "1,300 — people wounded"
        ]
        if wounded:  # choosing the fact highlights its sentence in both panes and scrolls to it
            tab.facts.tree.setCurrentItem(wounded[0])
            tab.facts.tree.scrollToItem(wounded[0])
        else:
            tab.show_sentence(3)
        app.processEvents()
        # A 256-colour palette keeps the PNGs under 300 KB; the UI's flat colours survive it.
        image = (
            window.grab().toImage().convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.AvoidDither)
        )
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

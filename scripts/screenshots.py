"""Save screenshots of the window to docs/screenshots/, on a real X display (Xvfb, Qt's xcb platform).

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--offscreen]

Without $DISPLAY it starts Xvfb on a free display itself (Debian package xvfb, installed by
scripts/setup.sh) and stops it at the end; with $DISPLAY it uses that display. `--offscreen` uses
Qt's offscreen platform instead (no X at all). It builds the cipher demo packs into a temporary store
(nothing is installed for the user), opens seeds/blinken-ceasefire-en.txt with the starter glossary
(so the names read as real Arabic and Hebrew) and saves:
  main-window-en-translating.png  English UI mid-translation: half the sentences in, the progress
                                  line and bars counting, Cancel enabled
  main-window-en.png              English UI, finished: the Arabic pane beside the source and the
                                  key facts, the figure "1,300 — people wounded" chosen
  main-window-ar-translating.png  Arabic UI (mirrored layout) mid-translation
  main-window-ar.png              Arabic UI, finished, the Hebrew pane on show
  about-ar.png                    Help > About in the Arabic UI (rendered Markdown, translated text)
Settings and the glossary go to a temporary folder too. The PNGs are small enough to commit (< 300 KB).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "blinken-ceasefire-en.txt"


def start_xvfb() -> subprocess.Popen[bytes]:
    """An Xvfb on a display it picks itself (-displayfd); DISPLAY is set to it. -noreset: a server that
    resets when its last client leaves refuses a client connecting at that moment."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise SystemExit("screenshots: Xvfb is missing (apt-get install xvfb, or run scripts/setup.sh)")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", "1600x1000x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        display = pipe.readline().strip()
    if not display:
        raise SystemExit("screenshots: Xvfb did not start")
    os.environ["DISPLAY"] = f":{display}"
    return server


def save(widget: Any, path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    # A 256-colour palette keeps the PNGs small; the UI's flat colours survive it.
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.AvoidDither)
    image.save(str(path), "PNG", 9)
    print(f"wrote {path} ({path.stat().st_size // 1024} KB)")


def prepare_display(offscreen: bool) -> subprocess.Popen[bytes] | None:
    """Qt's platform for the shots (a real X display unless `offscreen`), starting Xvfb when there is no
    DISPLAY (the server is returned, to be stopped); and offline, so nothing is fetched meanwhile."""
    from briefing_app.core.network import NETWORK

    NETWORK.offline = True
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return None
    server = start_xvfb() if not os.environ.get("DISPLAY") else None
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    return server


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--offscreen", action="store_true", help="Qt's offscreen platform instead of X")
    args = parser.parse_args()
    server = prepare_display(args.offscreen)
    try:
        return shoot(args.out)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)


def shoot(out: Path) -> int:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from briefing_app.core.demo_packs import build_demo_packs
    from briefing_app.core.glossary import starter_glossary
    from briefing_app.core.translation.engine import EngineSettings
    from briefing_app.core.translation.packs import PackStore
    from briefing_app.ui.about_dialog import AboutDialog
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
    out.mkdir(parents=True, exist_ok=True)
    # One sentence per batch on one worker: slow enough to catch the window halfway.
    slow = EngineSettings(batch_sentences=1, first_batch_sentences=1, inter_threads=1)

    def wait_for(condition: Any, ms: int = 60_000) -> bool:
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.start(ms)
        while not condition() and deadline.isActive():
            app.processEvents()
        return bool(condition())

    shots = [("main-window-en", "en", ["ar", "he", "da"], "ar"), ("main-window-ar", "ar", ["he", "ar"], "he")]
    for name, ui_language, targets, shown in shots:
        settings = Settings()
        settings.ui_language = ui_language
        settings.target_languages = targets
        window = build_window(app, settings, packs_dir=store.root, glossary_path=glossary_path, engine_settings=slow)
        window.resize(1360, 800)
        window.show()
        window.open_files([str(SEED)])
        if not wait_for(lambda w=window: w.current_tab() is not None and w.current_tab().panes):
            print(f"screenshots: the article did not open; {window.messages.history}", file=sys.stderr)
            return 1
        tab = window.current_tab()
        tab.translations.setCurrentWidget(tab.panes[shown])
        half = len(tab.document.sentences) // 2
        wait_for(lambda t=tab, h=half: min(t._counts.values()) >= h or t.state != "running")
        save(window, out / f"{name}-translating.png")
        if not wait_for(lambda t=tab: t.state != "running") or tab.state != "done":
            print(f"screenshots: translation did not finish ({tab.state}); {window.messages.history}", file=sys.stderr)
            return 1
        tab.side_splitter.setSizes([950, 410])
        wounded = [
            i for i in tab.facts.fact_items("figure") if tab.facts.describe(i.data(0, 257)) == "1,300 — people wounded"
        ]
        if wounded:  # choosing the fact highlights its sentence in both panes and scrolls to it
            tab.facts.tree.setCurrentItem(wounded[0])
            tab.facts.tree.scrollToItem(wounded[0])
        else:
            tab.show_sentence(3)
        app.processEvents()
        save(window, out / f"{name}.png")
        if ui_language == "ar":
            about = AboutDialog(window.context, [tab.briefing] if tab.briefing else [], window)
            about.show()
            wait_for(lambda a=about: a.isVisible(), 2_000)
            app.processEvents()
            save(about, out / "about-ar.png")
            about.close()
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    UiLanguage(app).apply("en")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

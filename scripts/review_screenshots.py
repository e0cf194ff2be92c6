"""Screenshots of the analyst's review: the sentence editor, and the Word and HTML exports, rendered.

    .venv/bin/python scripts/review_screenshots.py [--out docs/screenshots] [--offscreen]

Like scripts/screenshots.py it starts Xvfb when $DISPLAY is unset, builds the cipher demo packs into a
temporary store and keeps settings, glossary and translation memory in a temporary folder. It opens
seeds/blinken-ceasefire-en.txt into Arabic and Danish, corrects sentences (one Danish with a changed
figure, so its fidelity error shows; one Arabic), adds a key fact, and saves:
  editor-en.png       the Danish pane with a corrected sentence marked and the editor open on another
  export-docx.png     the page of the Word export where the Arabic table starts, laid out by LibreOffice
  export-html.png     the same page of the HTML export, laid out (printed) by Chromium

Rendering needs two Debian packages that the app itself does not:
    apt-get install -y --no-install-recommends libreoffice-writer-nogui chromium poppler-utils
LibreOffice converts the .docx to PDF (`soffice --headless --convert-to pdf`), poppler's pdftoppm
turns the page into a PNG; Chromium prints the HTML to PDF the same way and runs with --headless
--no-sandbox --disable-gpu --disable-background-networking --no-first-run and a fresh --user-data-dir.
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import SEED, prepare_display, save  # noqa: E402  (the sibling script's helpers)

ARABIC_FIX = "أعلن بلينكن أن الولايات المتحدة لن تضغط فورا من أجل وقف إطلاق النار"


def _pdf_page_png(pdf: Path, out: Path, wanted: tuple[str, ...]) -> None:
    """The first page of `pdf` whose text has all of `wanted`, as a PNG."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages")))
    page = 1
    for number in range(1, pages + 1):
        text = subprocess.run(["pdftotext", "-f", str(number), "-l", str(number), str(pdf), "-"],
                              capture_output=True, text=True, check=True).stdout  # fmt: skip
        if all(w in text for w in wanted):
            page = number
            break
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                    str(out.with_suffix(""))], check=True)  # fmt: skip
    print(f"wrote {out} (page {page} of {pages}, {out.stat().st_size // 1024} KB)")


def render_docx(docx: Path, out: Path, work: Path) -> None:
    """LibreOffice lays the Word file out (as Word would) into a PDF; one page of it becomes the PNG."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("review_screenshots: LibreOffice is missing (apt-get install libreoffice-writer-nogui)")
    folder = work / "docx-pdf"
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{work / 'lo-profile'}", "--headless", "--convert-to", "pdf",
         "--outdir", str(folder), str(docx)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    _pdf_page_png(folder / (docx.stem + ".pdf"), out, ("Arabic (ar)", "corrected by the analyst"))


def render_html(html: Path, out: Path, work: Path) -> None:
    """Chromium lays the HTML out and prints it; the page with the Arabic table becomes the PNG.

    (A --screenshot of the page scrolled to #target-ar comes out blank in headless Chromium 120+.)
    """
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("review_screenshots: Chromium is missing (apt-get install chromium)")
    pdf = work / "html-print.pdf"
    subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
         f"--user-data-dir={work / 'chromium-profile'}", "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
         html.as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    _pdf_page_png(pdf, out, ("Arabic (ar)", "corrected by the analyst"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "docs" / "screenshots")
    parser.add_argument("--offscreen", action="store_true", help="Qt's offscreen platform instead of X")
    args = parser.parse_args()
    server = prepare_display(args.offscreen)
    work = Path(tempfile.mkdtemp(prefix="briefing-review-shots-"))
    os.environ["BRIEFING_CACHE_DIR"] = str(work / "cache")  # a private translation memory
    try:
        return shoot(args.out, work)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)


def shoot(out: Path, work: Path) -> int:
    from PySide6.QtCore import QSettings, QTimer

    from briefing_app.core.demo_packs import build_demo_packs
    from briefing_app.core.translation.packs import PackStore
    from briefing_app.export.formats import export_as
    from briefing_app.ui.app import build_window, create_application
    from briefing_app.ui.settings import Settings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))
    store = PackStore(work / "packs")
    for file in build_demo_packs(work / "pack-files", ("cipher",)):
        store.install_file(file)
    app = create_application()
    out.mkdir(parents=True, exist_ok=True)

    def wait_for(condition: Any, ms: int = 60_000) -> bool:
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.start(ms)
        while not condition() and deadline.isActive():
            app.processEvents()
        return bool(condition())

    settings = Settings()
    settings.ui_language = "en"
    settings.target_languages = ["ar", "da"]
    window = build_window(app, settings, packs_dir=store.root, glossary_path=work / "config" / "glossary.tsv")
    window.resize(1360, 800)
    window.show()
    window.open_files([str(SEED)])
    if not wait_for(lambda: window.current_tab() is not None and window.current_tab().state == "done"):
        print(f"review_screenshots: no translation; {window.messages.history}", file=sys.stderr)
        return 1
    tab = window.current_tab()
    briefing = tab.briefing
    da = briefing.target("da")
    figure = next(s for s in da.sentences if "200" in s.source and "200" in s.translation)
    changes = [("da", figure.index, figure.translation.replace("200", "300")), ("ar", 0, ARABIC_FIX)]
    for language, index, text in changes:
        editor = tab.edit_sentence(language, index)
        editor.setPlainText(text)
        editor._close(commit=True)  # what Enter does
        app.processEvents()
    tab.add_key_fact(3)
    tab.side_splitter.setSizes([950, 410])
    tab.translations.setCurrentWidget(tab.panes["da"])
    pane = tab.panes["da"]
    pane.scroll_to_sentence(max(0, figure.index - 1), to_top=True)
    app.processEvents()
    editor = tab.edit_sentence("da", figure.index + 1)
    if editor is not None:
        editor.setPlainText(editor.toPlainText() + " (analyst is editing)")
    app.processEvents()
    wait_for(lambda: False, 300)
    save(window, out / "editor-en.png")
    if editor is not None:
        editor._close(commit=False)
    docx = work / "blinken.briefing.docx"
    html = work / "blinken.briefing.html"
    export_as(briefing, docx, "docx")
    export_as(briefing, html, "html")
    window.close()
    render_docx(docx, out / "export-docx.png", work)
    render_html(html, out / "export-html.png", work)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

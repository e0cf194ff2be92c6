"""Seconds per page of OCR at 300 dpi for each language, through the app's reader (python -m bench.ocr_speed).

Two page sizes per language, both made from the known text tests/unit/test_ocr.py renders:
- strip: 2000x420 px, two lines (the size the tests use);
- A4: 2480x3508 px (A4 at 300 dpi), the strip stacked eight times (16 lines).
Each is read once with the language given (no script detection) and once without (OSD picks the model),
and the shipped real scan tests/corpus/scans/linn.png (2550x3300, a two-column brochure) once in English.
Prints the timings; measures, asserts nothing.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

from briefing_app.core.documents import read_article  # noqa: E402
from briefing_app.core.documents.ocr import engine_name  # noqa: E402
from tests.unit.test_ocr import TEXTS, render  # noqa: E402


def a4(language: str) -> Image.Image:
    strip = render(language)
    page = Image.new("L", (2480, 3508), 255)
    for i in range(8):
        page.paste(strip, (240, 100 + i * strip.height))
    return page


def timed(path: Path, language: str | None) -> float:
    start = time.perf_counter()
    read_article(path, language=language)
    return time.perf_counter() - start


def main() -> None:
    print(f"OCR seconds per page at 300 dpi, {engine_name()} through pytesseract")
    print(f"{'lang':<6}{'strip given':>13}{'strip auto':>12}{'A4 given':>10}{'A4 auto':>9}")
    with tempfile.TemporaryDirectory() as folder:
        for language in TEXTS:
            strip, page = Path(folder) / f"{language}-strip.png", Path(folder) / f"{language}-a4.png"
            render(language).save(strip, dpi=(300, 300))
            a4(language).save(page, dpi=(300, 300))
            row = [timed(strip, language), timed(strip, None), timed(page, language), timed(page, None)]
            print(f"{language:<6}" + "".join(f"{v:>{w}.2f}" for v, w in zip(row, (13, 12, 10, 9), strict=True)))
    print(f"real scan linn.png (en given): {timed(ROOT / 'tests/corpus/scans/linn.png', 'en'):.2f}")


if __name__ == "__main__":
    main()

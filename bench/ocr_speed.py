"""Seconds per page of OCR at 300 dpi for each language, through the app's reader (python -m bench.ocr_speed).

Each page is an A4-width strip of known text rendered at 300 dpi (as tests/unit/test_ocr.py makes it),
read once with the language given (no script detection) and once without (OSD picks the model).
Prints one row per language; measures, asserts nothing.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefing_app.core.documents import read_article  # noqa: E402
from tests.unit.test_ocr import TEXTS, render  # noqa: E402


def main() -> None:
    print("OCR seconds per page (300 dpi, 2000x420 px strip, 2 lines), Tesseract through pytesseract")
    print(f"{'lang':<6}{'given':>10}{'detected':>10}")
    with tempfile.TemporaryDirectory() as folder:
        for language in TEXTS:
            path = Path(folder) / f"{language}.png"
            render(language).save(path, dpi=(300, 300))
            times = []
            for given in (language, None):
                start = time.perf_counter()
                read_article(path, language=given)
                times.append(time.perf_counter() - start)
            print(f"{language:<6}{times[0]:>10.2f}{times[1]:>10.2f}")


if __name__ == "__main__":
    main()

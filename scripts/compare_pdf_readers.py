"""Compare PDF text extraction on right-to-left PDFs: this app's reader, raw pdfminer.six, pypdfium2.

Reference: poppler's `pdftotext` (not a dependency: a system tool, used here only to measure), or, for a
PDF whose true text is known (this app's own briefing of a seed), that text. The score is the F1 of
ordered word pairs (bigrams) after NFKC, without tatweel and bidi control marks: reversed words or
reversed word order score near 0, the reference's own text scores 1.

    .venv/bin/python scripts/compare_pdf_readers.py FILE.pdf [FILE.pdf ...] [--truth FILE.pdf=TEXT.txt]

pypdfium2 is measured only when it is installed (it is not a dependency of the app).
"""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")  # bidi marks separate words
_IN_WORD = re.compile("[\u0640\ufffd]")  # tatweel and replacement characters sit inside words
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_RTL = re.compile("[\u0590-\u08ff]")


def rtl_words(text: str) -> list[str]:
    text = _IN_WORD.sub("", _CONTROLS.sub(" ", unicodedata.normalize("NFKC", text)))
    return [w for w in _WORD.findall(text) if _RTL.search(w)]


def bigram_f1(got: str, ref: str) -> float:
    a, b = rtl_words(got), rtl_words(ref)
    ga, gb = Counter(zip(a, a[1:], strict=False)), Counter(zip(b, b[1:], strict=False))
    common = sum((ga & gb).values())
    if not common:
        return 0.0
    p, r = common / sum(ga.values()), common / sum(gb.values())
    return 2 * p * r / (p + r)


def app_reader(path: Path) -> str:
    from briefing_app.core.documents import read_article

    article = read_article(path)
    return "\n".join(b.text for b in article.blocks)


def raw_pdfminer(path: Path) -> str:
    from pdfminer.high_level import extract_text

    return str(extract_text(str(path)))


def pypdfium2_text(path: Path) -> str | None:
    try:
        import pypdfium2
    except ImportError:
        return None
    doc = pypdfium2.PdfDocument(str(path))
    return "\n".join(page.get_textpage().get_text_range() for page in doc)


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def main(argv: list[str]) -> int:
    truths = dict(a.split("=", 1) for a in argv if "=" in a)
    files = [Path(a) for a in argv if "=" not in a and not a.startswith("--")] + [Path(k) for k in truths]
    print("| PDF | reference | RTL words | app (pdfminer + reordering) | raw pdfminer.six | pypdfium2 | pdftotext |")
    print("|---|---|---|---|---|---|---|")
    for path in files:
        ref_kind = "known text" if str(path) in truths else "pdftotext"
        ref = Path(truths[str(path)]).read_text(encoding="utf-8") if str(path) in truths else pdftotext(path)
        pdfium = pypdfium2_text(path)
        cells = [
            f"{bigram_f1(app_reader(path), ref):.2f}",
            f"{bigram_f1(raw_pdfminer(path), ref):.2f}",
            "-" if pdfium is None else f"{bigram_f1(pdfium, ref):.2f}",
            f"{bigram_f1(pdftotext(path), ref):.2f}",
        ]
        print(f"| {path.name} | {ref_kind} | {len(rtl_words(ref))} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

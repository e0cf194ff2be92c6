"""The readers on real documents nobody here made (tests/corpus/documents/manifest.json), and this
app's own right-to-left briefing PDF read back in reading order."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from briefing_app.core.documents import read_article
from briefing_app.core.translation.packs import PackStore
from tests.conftest import SEEDS

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "documents"
MANIFEST = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
DOCUMENTS = MANIFEST["documents"]


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def test_the_corpus_has_what_issue_11_asks_for() -> None:
    pdfs = [d for d in DOCUMENTS if d["format"] == "pdf"]
    assert len(pdfs) >= 5
    assert len([d for d in pdfs if d["language"] in ("ar", "he")]) >= 2
    assert len([d for d in DOCUMENTS if d["format"] == "docx"]) >= 5
    for doc in DOCUMENTS:
        assert doc["source"] and doc["licence"] and doc["tests"], doc["file"]
        assert hashlib.sha256((CORPUS / doc["file"]).read_bytes()).hexdigest() == doc["sha256"], doc["file"]


@pytest.mark.parametrize("doc", DOCUMENTS, ids=[d["file"] for d in DOCUMENTS])
def test_real_document_reads_as_expected(doc: dict[str, Any]) -> None:
    article = read_article(CORPUS / doc["file"])
    expected = doc["expected"]
    blocks = [fold(b.text) for b in article.blocks]
    assert article.format == doc["format"]
    assert fold(article.title) == fold(expected["title"])
    # The main text starts where it should: nothing as long as a paragraph (title page lines, contents entries only) before it.
    first = next((i for i, b in enumerate(blocks) if fold(expected["first"]) in b), None)
    assert first is not None, expected["first"]
    assert all(len(b.split()) <= 20 for b in blocks[:first]), blocks[:first]
    assert fold(expected["last"]) in " ".join(blocks[-3:])
    if "blocks" in expected:
        assert blocks == [fold(b) for b in expected["blocks"]]
    text = "\n".join(blocks)
    position = 0
    for item in expected.get("in_order", []):
        found = text.find(fold(item), position)
        assert found >= 0, f"{item!r} missing or out of order"
        position = found + 1
    for item in expected.get("absent", []):
        assert fold(item) not in text
    for item in expected.get("absent_blocks", []):  # page numbers and footers, which the text may mention
        assert fold(item) not in blocks


@pytest.fixture(scope="module")
def own_briefings(session_store: PackStore, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This app's PDF briefings of the Arabic and Hebrew seeds (ReportLab: visual order, presentation forms)."""
    out = tmp_path_factory.mktemp("own-briefings")
    app = Path(sys.executable).parent / "briefing-app"
    seeds = [str(SEEDS / "floods-batinah-ar.txt"), str(SEEDS / "heatwave-electricity-he.txt")]
    run = subprocess.run(
        [str(app), "--headless", *seeds, "--to", "en,ar,he", "--out", str(out), "--offline"],
        capture_output=True,
        text=True,
        env={**os.environ, "BRIEFING_PACKS_DIR": str(session_store.root)},
        timeout=600,
    )
    assert run.returncode == 0, run.stderr
    return out


@pytest.mark.parametrize("seed", ["floods-batinah-ar", "heatwave-electricity-he"])
def test_own_rtl_briefing_pdf_reads_back_in_logical_order(own_briefings: Path, seed: str) -> None:
    pdf = own_briefings / f"{seed}.briefing.pdf"
    raw = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    article = read_article(pdf)
    text = fold(" ".join(b.text for b in article.blocks))
    source = (SEEDS / f"{seed}.txt").read_text(encoding="utf-8")
    assert fold(article.title) == fold(source.splitlines()[0])
    # Every run of six words of the source article, as written, is in the read-back text.
    windows = 0
    for paragraph in filter(None, (fold(p) for p in source.splitlines())):
        words = paragraph.split()
        for start in range(0, max(len(words) - 5, 1), 5):
            chunk = " ".join(words[start : start + 6])
            assert chunk in text, chunk
            windows += 1
    assert windows >= 50
    # The file really stores presentation forms: the reader normalised them, none are left.
    assert re.search("[\ufb50-\ufdff\ufe70-\ufeff]", raw) or seed.endswith("-he")
    assert not re.search("[\ufb50-\ufdff\ufe70-\ufeff]", text)

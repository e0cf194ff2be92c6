"""Scans in a headless batch: images and a scanned PDF are briefed, hostile images fail alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from briefing_app.core.translation.packs import PackStore
from tests.e2e.test_cli import assert_clean, run_app
from tests.unit.test_ocr import render
from tests.unit.test_pdf_export import pdftotext

pytestmark = pytest.mark.e2e


def test_scans_in_a_folder_with_hostile_images(session_store: PackStore, tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    render("en").save(batch / "notice.png", dpi=(300, 300))
    render("ar").convert("RGB").save(batch / "statement.pdf", resolution=300)  # an image-only PDF
    Image.new("1", (20000, 20000), 1).save(batch / "bomb.png")
    good = (batch / "notice.png").read_bytes()
    (batch / "cut.webp").write_bytes(b"RIFF\x00\x10\x00\x00WEBPVP8 " + good[:300])
    out = tmp_path / "out"
    run = run_app("--headless", batch, "--to", "da", "--out", out, packs=session_store.root, tmp_path=tmp_path)
    assert run.code == 1, run.stderr
    assert_clean(run)
    assert "4 articles: 2 briefed, 2 failed" in run.stderr, run.stderr
    assert any("bomb.png" in line and "FAILED" in line and "too large" in line for line in run.stderr.splitlines())
    assert any("cut.webp" in line and "FAILED" in line for line in run.stderr.splitlines())

    notice = json.loads((out / "notice.briefing.json").read_text())
    ocr = notice["source"]["ocr"]
    assert ocr["engine"].startswith("Tesseract ") and ocr["pages"][0]["model"] == "dan+eng"
    assert ocr["pages"][0]["script"] == "Latin" and 0.8 < ocr["mean_word_confidence"] <= 1
    assert [p["index"] for p in ocr["paragraphs"]] == [p["index"] for p in notice["source"]["paragraphs"]]
    assert "4,250 new homes" in " ".join(p["text"] for p in notice["source"]["paragraphs"])
    statement = json.loads((out / "statement.briefing.json").read_text())
    assert statement["source"]["language"] == "ar" and statement["source"]["ocr"]["pages"][0]["model"] == "ara"
    assert "4250" in " ".join(p["text"] for p in statement["source"]["paragraphs"])
    title_block = pdftotext(out / "notice.briefing.pdf")
    assert "Read by OCR" in title_block and "Text read by OCR (Tesseract" in title_block


SCANS = Path(__file__).resolve().parents[1] / "corpus" / "scans"


def test_real_scanned_book_page_is_briefed_end_to_end(session_store: PackStore, tmp_path: Path) -> None:
    """A real scan (Project Gutenberg's Huckleberry Finn page 29, public domain; tests/corpus/scans)."""
    manifest = json.loads((SCANS / "manifest.json").read_text(encoding="utf-8"))
    entry = next(d for d in manifest["documents"] if d["file"] == "c03-29.pdf")
    out = tmp_path / "out"
    run = run_app("--headless", SCANS / "c03-29.pdf", "--to", "da", "--out", out, packs=session_store.root,
                  tmp_path=tmp_path)  # fmt: skip
    assert run.code == 0, run.stderr
    assert_clean(run)
    briefing = json.loads((out / "c03-29.briefing.json").read_text())
    source = briefing["source"]
    assert source["language"] == "en" and source["ocr"]["pages"][0]["script"] == "Latin"
    text = " ".join(p["text"] for p in source["paragraphs"]).replace("’", "'")
    positions = [text.find(phrase) for phrase in entry["expected"]["in_order"]]
    assert -1 not in positions and positions == sorted(positions), (positions, text[:600])
    assert briefing["targets"][0]["language"] == "da" and briefing["targets"][0]["sentences"]
    assert "Read by OCR" in pdftotext(out / "c03-29.briefing.pdf")

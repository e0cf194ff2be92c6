"""The command line side of the analyst's review: formats, re-rendering saved briefings, the memory."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import docx
import pytest

from briefing_app.core.briefing_file import read_briefing, save_briefing
from briefing_app.core.review import correct_sentence
from briefing_app.core.translation.memory import XML_LANG, TranslationMemory
from briefing_app.core.translation.packs import PackStore
from tests.e2e.test_cli import SEED, assert_clean, run_app
from tests.unit.test_pdf_export import pdftotext

pytestmark = pytest.mark.e2e


def test_formats_then_rerender_a_corrected_briefing_without_translating(
    session_store: PackStore, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    run = run_app("--headless", SEED, "--to", "ar,da", "--out", out, "--format", "pdf,json,docx,html",
                  packs=session_store.root, tmp_path=tmp_path)  # fmt: skip
    assert run.code == 0, run.stderr
    assert_clean(run)
    stem = out / "blinken-ceasefire-en.briefing"
    assert all(Path(f"{stem}.{ext}").is_file() for ext in ("pdf", "json", "docx", "html"))

    # The analyst corrects a sentence in the saved state, then renders Word and PDF from it again,
    # with no language pack installed at all: nothing is translated.
    briefing = read_briefing(f"{stem}.json")
    correct_sentence(briefing, "da", 0, "Blinken: ingen umiddelbar amerikansk opfordring til våbenhvile")
    saved = tmp_path / "edited" / "blinken.briefing.json"
    saved.parent.mkdir()
    save_briefing(briefing, saved)
    before = saved.read_bytes()
    again = tmp_path / "again"
    run = run_app("--headless", saved, "--format", "pdf,docx,json", "--out", again,
                  packs=tmp_path / "no-packs", tmp_path=tmp_path)  # fmt: skip
    assert run.code == 0, run.stderr
    assert_clean(run)
    assert saved.read_bytes() == before
    text = " ".join(pdftotext(again / "blinken.briefing.pdf").split())
    assert "ingen umiddelbar amerikansk opfordring" in text and "corrected by the analyst" in text
    cells = [
        c.text for t in docx.Document(str(again / "blinken.briefing.docx")).tables for r in t.rows for c in r.cells
    ]
    assert any(c.startswith("Blinken: ingen umiddelbar") for c in cells)
    assert json.loads((again / "blinken.briefing.json").read_text(encoding="utf-8")) == json.loads(before)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"format_version": 2, "source": {"pa', "cut short"),
        ('{"format_version": 7}', "newer version of Briefing Desk (format version 7"),
        (
            '{"format_version": 2, "source": {"language": "en", "paragraphs": []}, "targets": [{"language": 5, "sentences": []}]}',
            "targets[0]: 'language' should be text",
        ),
        ("\x00\x01binary", "not valid JSON"),
    ],
)
def test_bad_saved_briefing_is_named_and_never_overwritten(
    session_store: PackStore, tmp_path: Path, content: str, reason: str
) -> None:
    bad = tmp_path / "bad.briefing.json"
    bad.write_text(content, encoding="utf-8")
    run = run_app("--headless", bad, "--format", "json,pdf", "--out", tmp_path, packs=session_store.root,
                  tmp_path=tmp_path)  # fmt: skip
    assert run.code == 1
    assert_clean(run)
    assert f"{bad}: " in run.stderr and reason in run.stderr
    assert bad.read_text(encoding="utf-8") == content
    assert not (tmp_path / "bad.briefing.pdf").exists()


def test_memory_in_headless_runs_list_export_forget(session_store: PackStore, tmp_path: Path) -> None:
    cache = tmp_path / "cache"  # run_app's BRIEFING_CACHE_DIR: where the memory lives
    first = tmp_path / "first"
    assert (
        run_app("--headless", SEED, "--to", "da", "--out", first, packs=session_store.root, tmp_path=tmp_path).code == 0
    )
    briefing = read_briefing(first / "blinken-ceasefire-en.briefing.json")
    source = briefing.target("da").sentences[2].source
    machine = briefing.target("da").sentences[2].translation
    TranslationMemory(cache).put("en", "da", source, "Rettet sætning fra analytikeren.", machine)

    second_article = tmp_path / "second.txt"
    second_article.write_text(f"Another article\n\n{source}\n", encoding="utf-8")
    out = tmp_path / "second-out"
    assert run_app("--headless", second_article, "--to", "da", "--out", out, packs=session_store.root,
                   tmp_path=tmp_path).code == 0  # fmt: skip
    data = json.loads((out / "second.briefing.json").read_text(encoding="utf-8"))
    sentence = next(s for s in data["targets"][0]["sentences"] if s["source"] == source)
    assert sentence["translation"] == "Rettet sætning fra analytikeren."
    assert sentence["origin"] == "memory" and sentence["machine_translation"] == machine

    plain = tmp_path / "plain-out"
    assert run_app("--headless", second_article, "--to", "da", "--out", plain, "--no-memory",
                   packs=session_store.root, tmp_path=tmp_path).code == 0  # fmt: skip
    data = json.loads((plain / "second.briefing.json").read_text(encoding="utf-8"))
    assert {s["origin"] for s in data["targets"][0]["sentences"]} == {"model"}

    listed = run_app("--memory-list", packs=session_store.root, tmp_path=tmp_path)
    assert listed.code == 0 and "1 entry" in listed.stdout and "Rettet sætning" in listed.stdout

    tmx = tmp_path / "memory.tmx"
    assert run_app("--memory-export", tmx, packs=session_store.root, tmp_path=tmp_path).code == 0
    root = ET.parse(tmx).getroot()  # TMX 1.4: header attributes, body of tu with one tuv per language
    assert root.tag == "tmx" and root.get("version") == "1.4"
    header = root.find("header")
    assert header is not None
    for attribute in ("creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype"):
        assert header.get(attribute), attribute
    units = root.findall("body/tu")
    assert len(units) == 1
    segs = {tuv.get(XML_LANG): tuv.findtext("seg") for tuv in units[0].findall("tuv")}
    assert segs == {"en": source, "da": "Rettet sætning fra analytikeren."}
    assert units[0].find("prop[@type='x-origin']").text == "human"

    assert run_app("--memory-forget", "nonsense", packs=session_store.root, tmp_path=tmp_path).code == 2
    forgot = run_app("--memory-forget", "en:da", packs=session_store.root, tmp_path=tmp_path)
    assert forgot.code == 0 and "forgot 1 entry" in forgot.stdout
    assert TranslationMemory(cache).entries() == []

"""From file to briefing: documents, detection, translation and the JSON a batch job consumes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing_app.core.briefing import DEMO_NOTICE
from briefing_app.core.demo_packs import cipher_text
from briefing_app.core.errors import Cancelled, PackMissingError
from briefing_app.core.model import ArticleText, BlockKind, TextBlock
from briefing_app.core.pipeline import build_document, load_document, translate_document, with_language
from briefing_app.core.progress import CancelToken
from briefing_app.core.translation.engine import TranslationEngine
from tests.conftest import SEEDS

SEED = SEEDS / "blinken-ceasefire-en.txt"


def test_seed_document_structure() -> None:
    doc = load_document(SEED)
    assert doc.title == "Blinken signals no immediate US press for Mideast cease-fire"
    assert doc.paragraphs[0].kind is BlockKind.HEADING
    assert len(doc.paragraphs) == 21  # 22 lines; "commanders." is joined to the line it continues
    assert len(doc.sentences) == 30
    assert [s.index for s in doc.sentences] == list(range(30))
    assert doc.language.code == "en" and doc.language.confidence > 0.99
    assert len(doc.sha256) == 64
    for paragraph in doc.paragraphs:
        assert "".join(paragraph.text[s.start : s.end] for s in paragraph.sentences) == paragraph.text
        assert paragraph.language is not None and paragraph.language.code == "en"


@pytest.mark.parametrize(
    ("name", "language"),
    [("havvind-esbjerg-da.txt", "da"), ("floods-batinah-ar.txt", "ar"), ("heatwave-electricity-he.txt", "he")],
)
def test_detection_per_seed_language(name: str, language: str) -> None:
    doc = load_document(SEEDS / name)
    assert doc.language.code == language and doc.language.confidence > 0.9
    assert all(p.language and p.language.code == language for p in doc.paragraphs if len(p.text) > 60)


def test_language_override() -> None:
    doc = load_document(SEED, language="da")
    assert doc.language.code == "da" and doc.language.overridden and doc.language.confidence == 1.0
    assert with_language(load_document(SEED), "de").language.code == "de"


def test_briefing_translates_every_sentence_exactly(engine: TranslationEngine) -> None:
    doc = load_document(SEED)
    seen: list[int] = []
    streamed: list[tuple[str, int]] = []
    briefing = translate_document(
        doc,
        ["ar", "he", "da"],
        engine,
        app_version="test",
        progress=lambda d, t, m: seen.append(d),
        on_result=lambda target, i, text: streamed.append((target, i)),
    )
    assert [t.language for t in briefing.targets] == ["ar", "he", "da"]
    for target in briefing.targets:
        assert target.demo and target.pivot is None
        assert [s.translation for s in target.sentences] == [
            cipher_text(s.text, "en", target.language) for s in doc.sentences
        ]
    assert seen[-1] == len(doc.sentences)
    assert sorted(streamed) == sorted((t, i) for t in ("ar", "he", "da") for i in range(len(doc.sentences)))


def test_briefing_json_layout(engine: TranslationEngine) -> None:
    briefing = translate_document(load_document(SEED), ["ar"], engine, app_version="9.9")
    data = json.loads(briefing.to_json_text())
    assert set(data) >= {"source", "targets", "generated_at", "app_version"}
    assert data["app_version"] == "9.9" and data["demo_notice"] == DEMO_NOTICE
    source = data["source"]
    assert set(source) >= {"path", "sha256", "title", "language", "language_confidence", "paragraphs"}
    assert source["paragraphs"][0]["kind"] == "heading"
    [target] = data["targets"]
    assert set(target) >= {"language", "packs", "pivot", "sentences"}
    assert target["packs"][0] == {
        "from": "en",
        "to": "ar",
        "version": "1.0",
        "demo": True,
        "name": "translate-en_ar",
        "license": target["packs"][0]["license"],
    }
    first = target["sentences"][0]
    assert set(first) >= {"index", "paragraph", "source", "translation"}


def test_a_paragraph_in_another_language_is_translated_from_it(engine: TranslationEngine) -> None:
    danish = "Vestkyst Vind indviede tirsdag den første del af havvindmølleparken, der ligger vest for Esbjerg."
    english = "The company said the park would supply electricity to eight hundred thousand homes in Denmark."
    article = ArticleText(
        Path("mixed.txt"), "txt", "Havvind", [TextBlock(danish), TextBlock(danish), TextBlock(english)]
    )
    doc = build_document(article)
    assert doc.language.code == "da"
    assert doc.paragraphs[2].language is not None and doc.paragraphs[2].language.code == "en"
    briefing = translate_document(doc, ["ar"], engine, app_version="t")
    by_paragraph = {s.paragraph: s for s in briefing.target("ar").sentences}
    assert by_paragraph[2].translation == cipher_text(english, "en", "ar")
    assert by_paragraph[2].pivot_text is None
    assert by_paragraph[0].pivot_text == cipher_text(danish, "da", "en")
    assert sorted((p.source, p.target) for p in briefing.target("ar").packs) == [("da", "en"), ("en", "ar")]


def test_missing_pack_is_raised_before_any_work(engine: TranslationEngine) -> None:
    seen: list[int] = []
    with pytest.raises(PackMissingError):
        translate_document(
            load_document(SEED), ["ar", "fr"], engine, app_version="t", progress=lambda *a: seen.append(1)
        )
    assert seen == []


def test_cancel_stops_the_briefing(engine: TranslationEngine) -> None:
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        translate_document(load_document(SEED), ["ar"], engine, app_version="t", cancel=cancel)

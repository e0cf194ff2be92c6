"""Output cut at the decoding length limit is reported, and the limit is never below Argos's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.core.demo_packs import build_base_pack
from briefing_app.core.fidelity import check_target
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document, translate_document
from briefing_app.core.translation.engine import EngineSettings, TranslationEngine
from briefing_app.core.translation.packs import PackStore

pytest.importorskip("ctranslate2")


@pytest.fixture(scope="module")
def long_output_store(tmp_path_factory: pytest.TempPathFactory) -> PackStore:
    """A tiny random pack whose every output is 60 pieces, whatever the input."""
    folder = tmp_path_factory.mktemp("long-output")
    store = PackStore(folder / "packs")
    store.install_file(build_base_pack("en", "da", folder, 60, vocab_size=1000, d_model=64, layers=1, heads=2, ffn=128))
    return store


def doc(text: str):  # type: ignore[no-untyped-def]
    return build_document(ArticleText(Path("x.txt"), "txt", "t", [TextBlock(text)]), language="en")


def test_default_limit_lets_a_long_output_finish(long_output_store: PackStore) -> None:
    engine = TranslationEngine(long_output_store, EngineSettings(beam_size=1))
    [result] = engine.translate_many(["Short one."], "en", ["da"])["da"]
    assert not result.truncated  # 60 pieces from a 4-piece input: 2 x 4 + 16 = 24 would have cut it


def test_output_cut_at_the_limit_is_a_warning(long_output_store: PackStore) -> None:
    engine = TranslationEngine(long_output_store, EngineSettings(beam_size=1, min_decoding_length=0))
    briefing = translate_document(doc("Short one."), ["da"], engine, app_version="t")
    assert briefing.targets[0].sentences[0].truncated
    checks = check_target(briefing.document, briefing.targets[0])
    assert [(c.kind, c.severity) for c in checks if c.kind == "truncated"] == [("truncated", "warning")]

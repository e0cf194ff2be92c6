"""Real text through the demo packs: they copy every digit, so any number error would be a false one.

The articles are the seeds and the human-translated sentences of tests/corpus/parallel (each language's
side read as one article, a paragraph per sentence), translated by the cipher demo packs through the
real engine into every language there is a pack for.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from briefing_app.core.model import ArticleText, Document, TextBlock
from briefing_app.core.pipeline import build_document, load_document, translate_document
from briefing_app.core.translation.engine import TranslationEngine
from tests.conftest import SEEDS

PARALLEL = Path(__file__).parents[1] / "corpus" / "parallel"
TARGETS = {"en": ["ar", "he", "da"], "da": ["en"], "he": ["en"], "ar": ["en"]}


def corpus_article(language: str) -> Document:
    """Every sentence of `language` in the parallel corpus, as one article."""
    column = 0 if language == "en" else 1
    lines = [
        line.split("\t")[column]
        for folder in sorted(PARALLEL.iterdir())
        if folder.is_dir() and (language == "en" or folder.name.endswith(language))
        for split in ("dev", "test")
        for line in (folder / f"{split}.tsv").read_text(encoding="utf-8").splitlines()
    ]
    article = ArticleText(Path(f"parallel-{language}.txt"), "txt", language, [TextBlock(t) for t in lines])
    return build_document(article, language=language)


def articles() -> list[tuple[str, Document]]:
    seeds = [(p.name, load_document(p)) for p in sorted(SEEDS.glob("*.txt"))]
    return seeds + [(f"parallel corpus ({lang})", corpus_article(lang)) for lang in ("en", "da", "ar", "he")]


@pytest.mark.slow
def test_demo_packs_make_no_number_errors_on_real_text(
    engine: TranslationEngine, capsys: pytest.CaptureFixture[str]
) -> None:
    total: Counter[tuple[str, str]] = Counter()
    errors = []
    for name, document in articles():
        targets = [t for t in TARGETS[document.language.code] if engine.route(document.language.code, t)]
        briefing = translate_document(document, targets, engine, app_version="t")
        numbers = [c for c in briefing.checks if c.kind.startswith("number") or c.kind == "unit_converted"]
        total.update((c.kind, c.severity) for c in numbers)
        errors += [(name, c.target, c.message) for c in numbers if c.severity == "error"]
    with capsys.disabled():
        print(f"\nnumber findings of the demo packs on real text: {dict(total) or 'none'}")
    assert total  # the articles do have numbers in another language's style: the check did run
    assert errors == []

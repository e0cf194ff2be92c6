"""Fidelity checks flag exactly what a deliberately broken engine breaks, and nothing on a clean run."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from briefing_app.core.briefing import TargetTranslation, TranslatedSentence
from briefing_app.core.fidelity import check_target, has_errors
from briefing_app.core.glossary import parse_glossary
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document, load_document, translate_document
from briefing_app.core.translation.engine import SentenceResult, TranslationEngine
from tests.conftest import SEEDS

GLOSSARY = parse_glossary("term\tar\the\tda\nAntony Blinken\tأنتوني بلينكن\tאנטוני בלינקן\t=\n")


class Wrapped:
    """The real engine, with `damage(target, text)` applied to what it returns."""

    def __init__(self, engine: TranslationEngine, damage: Callable[[str, str, str], str]) -> None:
        self.engine, self.damage = engine, damage

    def route(self, source: str, target: str) -> Any:
        return self.engine.route(source, target)

    def translate_many(self, texts: Sequence[str], source: str, targets: Sequence[str], **kw: Any) -> Any:
        kw.pop("on_result", None)
        out = self.engine.translate_many(texts, source, targets, **kw)
        return {t: [SentenceResult(self.damage(t, src, r.text), r.score, r.pivot_text) for src, r in zip(texts, rs, strict=True)]
                for t, rs in out.items()}  # fmt: skip


def doc_of(*paragraphs: str) -> Any:
    return build_document(ArticleText(Path("x.txt"), "txt", "t", [TextBlock(p) for p in paragraphs]), language="en")


def run(engine: TranslationEngine, damage: Callable[[str, str, str], str], *paragraphs: str) -> Any:
    doc = doc_of(*paragraphs)
    return translate_document(doc, ["ar", "da"], Wrapped(engine, damage), app_version="t", glossary=GLOSSARY)  # type: ignore[arg-type]


def test_clean_seed_run_has_no_errors(engine: TranslationEngine) -> None:
    briefing = translate_document(
        load_document(SEEDS / "blinken-ceasefire-en.txt"), ["ar", "he"], engine, app_version="t"
    )
    assert [c for c in briefing.checks if c.severity != "info"] == []


def test_a_number_left_in_the_source_language_style_is_a_warning(engine: TranslationEngine) -> None:
    """The cipher keeps digits, so Danish "1.300" reaches the English reader as "1.300": 1.3 to them."""
    doc = load_document(SEEDS / "havvind-esbjerg-da.txt")
    briefing = translate_document(doc, ["en"], engine, app_version="t")
    flagged = [c for c in briefing.checks if c.kind == "number_format"]
    assert flagged and all(c.severity == "warning" and c.target == "en" for c in flagged)
    assert any(c.expected == "1.300" and c.found == "1.300" for c in flagged)


def test_dropped_number_is_flagged(engine: TranslationEngine) -> None:
    b = run(
        engine,
        lambda t, s, x: x.replace("1,300", "") if t == "ar" else x,
        "Some 1,300 people were wounded on 3 streets.",
    )
    assert [(c.kind, c.target, c.expected, c.found) for c in b.checks if c.severity == "error"] == [
        ("number_missing", "ar", "1,300", "")
    ]


def test_changed_number_is_flagged_with_both_values(engine: TranslationEngine) -> None:
    b = run(engine, lambda t, s, x: x.replace("59", "95") if t == "da" else x, "They killed 59 children and 35 women.")
    errors = [c for c in b.checks if c.severity == "error"]
    assert [(c.kind, c.sentence, c.target, c.expected, c.found) for c in errors] == [
        ("number_changed", 0, "da", "59", "95")
    ]
    assert has_errors(b.checks)


def test_digits_in_another_script_are_the_same_number(engine: TranslationEngine) -> None:
    to_indic = str.maketrans("0123456789,", "٠١٢٣٤٥٦٧٨٩٬")
    b = run(engine, lambda t, s, x: x.translate(to_indic) if t == "ar" else x, "Some 1,300 people and 42 dead.")
    assert [c for c in b.checks if c.severity == "error"] == []


def test_mangled_protected_name_is_flagged(engine: TranslationEngine) -> None:
    # The model writes the name its own way instead of copying the placeholder through.
    b = run(engine, lambda t, s, x: re.sub(r"\b\d{5}\b", "انتوني بلينكين", x) if t == "ar" else x,
            "Antony Blinken spoke in Copenhagen.")  # fmt: skip
    errors = [(c.kind, c.target, c.expected) for c in b.checks if c.severity == "error"]
    assert errors == [("glossary", "ar", "أنتوني بلينكن")]
    doc = doc_of("Antony Blinken spoke.")
    s = doc.sentences[0]
    target = TargetTranslation("he", [], [TranslatedSentence(0, 0, s.text, "Antony Blinken דיבר היום בקופנהגן.")])
    checks = check_target(doc, target, GLOSSARY)
    assert [(c.kind, c.expected, c.found) for c in checks] == [("glossary", "אנטוני בלינקן", "Antony Blinken")]


def test_untranslated_and_wrong_script_are_flagged(engine: TranslationEngine) -> None:
    source = "The minister spoke about the floods in the north."
    b = run(engine, lambda t, s, x: s if t in ("ar", "da") else x, source)
    kinds = sorted((c.kind, c.target) for c in b.checks if c.severity == "error")
    assert kinds == [("untranslated", "ar"), ("untranslated", "da"), ("wrong_script", "ar")]


def test_latin_letters_in_an_arabic_target(engine: TranslationEngine) -> None:
    b = run(
        engine, lambda t, s, x: re.sub(r"[^\s\d]", "x", x) if t == "ar" else x, "The minister spoke about the floods."
    )
    assert [(c.kind, c.expected, c.found) for c in b.checks if c.severity == "error"] == [
        ("wrong_script", "Arabic script", "Latin script")
    ]


def test_low_confidence_and_danish_numbers() -> None:
    doc = load_document(SEEDS / "havvind-esbjerg-da.txt")
    s = doc.sentences[5]  # 14,2 milliarder kroner
    target = TargetTranslation("en", [], [TranslatedSentence(s.index, s.paragraph, s.text,
                                                             "The total investment is 14.2 billion kroner.", score=-9.0)])  # fmt: skip
    checks = check_target(doc, target)
    assert [(c.kind, c.severity) for c in checks] == [("low_confidence", "warning")]
    target.sentences[0] = TranslatedSentence(
        s.index, s.paragraph, s.text, "The total investment is 142 billion kroner."
    )
    assert [(c.kind, c.expected, c.found) for c in check_target(doc, target)] == [
        ("number_changed", "14,2 milliarder", "142 billion")
    ]

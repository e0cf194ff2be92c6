"""Glossary files: format, validation errors naming file and line, protection through the cipher packs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefing_app.core.demo_packs import cipher_text
from briefing_app.core.glossary import GlossaryError, load_glossary, parse_glossary, protect, restore, starter_glossary
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document, translate_document
from briefing_app.core.translation.engine import TranslationEngine


def test_tsv_and_csv_formats(tmp_path: Path) -> None:
    tsv = tmp_path / "g.tsv"
    tsv.write_text("# comment\nterm\tar\the\tda\nHamas\tحماس\tחמאס\t=\nGaza\t\tעזה\t\n", encoding="utf-8")
    g = load_glossary(tsv)
    assert g.rendering("Hamas", "ar") == "حماس" and g.rendering("Hamas", "da") == "Hamas"
    assert g.rendering("Gaza", "ar") is None and g.rendering("Gaza", "he") == "עזה"
    csv = tmp_path / "g.csv"
    csv.write_text('term,ar,da\n"Biden, Joe",جو بايدن,=\n', encoding="utf-8")
    assert load_glossary(csv).rendering("Biden, Joe", "ar") == "جو بايدن"


@pytest.mark.parametrize(
    ("content", "line", "needle"),
    [
        ("", None, "empty"),
        ("name\tar\n", 1, "must start with 'term'"),
        ("term\tarabic\n", 1, "not a language code"),
        ("term\tar\nHamas\tحماس\textra\n", 2, "columns"),
        ("term\tar\n\tحماس\n", 2, "empty"),
        ("term\tar\n# c\nHamas\tحماس\nHamas\tx\n", 4, "already defined on line 3"),
    ],
)
def test_bad_files_name_file_and_line(tmp_path: Path, content: str, line: int | None, needle: str) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GlossaryError) as info:
        load_glossary(path)
    assert info.value.line == line and needle in str(info.value) and "bad.tsv" in str(info.value)


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.tsv"
    path.write_bytes("term\tda\nKøbenhavn\t=\n".encode("latin-1"))
    with pytest.raises(GlossaryError, match="latin1.tsv:2: not valid UTF-8"):
        load_glossary(path)


def test_starter_glossary_has_general_country_names() -> None:
    g = starter_glossary()
    assert g.rendering("Egypt", "ar") == "مصر" and g.rendering("Egypt", "he") == "מצרים"
    assert g.rendering("Germany", "da") == "Tyskland"
    assert g.rendering("Israel", "da") == "Israel"  # "=": kept as written
    assert set(g.languages) == {"ar", "he", "da"} and len(g.entries) > 200


def test_placeholders_survive_the_cipher() -> None:
    g = starter_glossary()
    protected = protect("Egypt met Germany in Cairo, 1,300 said Egypt.", g)
    assert "Egypt" not in protected.text and "1,300" in protected.text
    for target in ("ar", "he", "da"):
        out = restore(cipher_text(protected.text, "en", target), protected, target)
        assert g.rendering("Egypt", target) in out and g.rendering("Germany", target) in out
    # a model that reformats the placeholder as a number still gets it restored
    placeholder = re.search(r"\d{5}", protected.text)
    assert placeholder is not None
    dotted = placeholder.group(0)[:2] + "." + placeholder.group(0)[2:]
    assert restore(protected.text.replace(placeholder.group(0), dotted, 1), protected, "ar").startswith("مصر")


def test_protected_name_through_the_engine(engine: TranslationEngine) -> None:
    article = ArticleText(Path("g.txt"), "txt", "t", [TextBlock("Secretary Antony Blinken met Hamas envoys in Gaza.")])
    doc = build_document(article, language="en")
    glossary = parse_glossary(
        "term\tar\the\tda\nAntony Blinken\tأنتوني بلينكن\tאנטוני בלינקן\t=\nHamas\tحماس\tחמאס\t=\n"
    )
    streamed: dict[str, str] = {}
    briefing = translate_document(
        doc, ["ar", "he", "da"], engine, app_version="t", glossary=glossary,
        on_result=lambda t, i, text: streamed.__setitem__(t, text),
    )  # fmt: skip
    ar = briefing.target("ar").sentences[0].translation
    assert "أنتوني بلينكن" in ar and "حماس" in ar and streamed["ar"] == ar
    assert "אנטוני בלינקן" in briefing.target("he").sentences[0].translation
    assert "Antony Blinken" in briefing.target("da").sentences[0].translation  # ROT13 would scramble it
    assert not [c for c in briefing.checks if c.kind == "glossary"]

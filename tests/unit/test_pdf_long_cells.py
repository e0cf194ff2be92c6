"""A fact, sentence or warning longer than a page: every export still lays it out, whole and in order.

A long quote among the key facts used to make the PDF export fail ("Flowable <Table ...> too large
on page 5"); now `pdf_table.RowTable` cuts such rows between lines. Checked in a left-to-right
(English) and a right-to-left (Arabic) article, with right-to-left text in the long cells.
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from briefing_app.core.briefing import Briefing
from briefing_app.core.checks import Check
from briefing_app.core.facts.model import Fact, Rendering
from briefing_app.export import export_pdf
from briefing_app.export.bidi_text import BidiParagraph
from briefing_app.export.docx import export_docx
from briefing_app.export.fonts import register_fonts
from briefing_app.export.html import export_html
from briefing_app.export.pdf_table import RowTable, split_cell
from tests.unit.test_pdf_export import in_order, make_briefing, make_rtl_briefing, needs_poppler, pdftotext, words

EN_WORDS = "the minister said the talks would go on while aid convoys waited at the crossing".split()
AR_WORDS = "قال الوزير إن المحادثات ستستمر بينما تنتظر قوافل المساعدات عند المعبر".split()
HE_WORDS = "השר אמר כי השיחות יימשכו בזמן שהשיירות חיכו במעבר".split()


def long_text(vocabulary: list[str], count: int, numbered: bool = False) -> str:
    """`count` words cycling through `vocabulary`; numbered words ("talks17") are all distinct."""
    return " ".join(f"{vocabulary[i % len(vocabulary)]}{i if numbered else ''}" for i in range(count))


def with_long_cells(briefing: Briefing, quote: str, translation: str, target: str) -> Briefing:
    """A quote fact of `quote`, sentence 1 of `target` translated as `translation`, a long warning."""
    sentence = briefing.targets[0].sentences[1]
    briefing.facts = [
        Fact("quote", quote, sentence.index, speaker="Antony Blinken", renderings={target: Rendering(translation)})
    ]
    for t in briefing.targets:
        if t.language == target:
            t.sentences[1] = dataclasses.replace(t.sentences[1], translation=translation)
    briefing.checks = [
        Check("number_missing", "warning", sentence.index, target, "200", "", long_text(EN_WORDS, 900, True))
    ]
    return briefing


def pages(pdf: Path) -> int:
    return pdftotext(pdf).count("\f")


@needs_poppler
def test_long_quote_sentence_and_warning_in_an_english_article(tmp_path: Path) -> None:
    quote = long_text(EN_WORDS, 1500, numbered=True)  # about 6 pages of quote alone
    translation = long_text(AR_WORDS, 1200)
    briefing = with_long_cells(make_briefing(tmp_path / "article.txt"), quote, translation, "ar")
    out = tmp_path / "long.pdf"
    export_pdf(briefing, out)
    extracted = words(pdftotext(out))
    assert in_order(words(quote)[1:-1], extracted)  # every numbered word, once, in order (“ ” at the ends)
    assert in_order(words(long_text(EN_WORDS, 900, True)), extracted)  # the warning's message
    assert in_order(words(translation), words(pdftotext(out, "-f", "3")))  # the Arabic sentence, logical order
    assert pages(out) >= 8


@needs_poppler
def test_long_arabic_quote_and_hebrew_sentence_in_an_arabic_article(tmp_path: Path) -> None:
    quote = long_text(AR_WORDS, 1500)
    translation = long_text(HE_WORDS, 1200)
    briefing = with_long_cells(make_rtl_briefing(tmp_path / "article.txt"), quote, translation, "he")
    out = tmp_path / "long-rtl.pdf"
    export_pdf(briefing, out)
    extracted = words(pdftotext(out))
    assert in_order(words(quote)[1:-1], extracted)  # inside its “ ”
    assert in_order(words(translation), extracted)
    assert pages(out) >= 8


@needs_poppler
def test_long_cells_render_to_pages(tmp_path: Path) -> None:
    """The continued rows are drawn (not clipped): every page of the quote has ink on it."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm not installed")
    briefing = with_long_cells(
        make_rtl_briefing(tmp_path / "article.txt"), long_text(AR_WORDS, 1500), long_text(HE_WORDS, 300), "he"
    )
    out = tmp_path / "long.pdf"
    export_pdf(briefing, out)
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "2", "-l", "4", str(out), str(tmp_path / "p")], check=True)
    pngs = sorted(tmp_path.glob("p*.png"))
    assert len(pngs) == 3
    assert all(p.stat().st_size > 4_000 for p in pngs)  # a blank A4 page at 40 dpi is well under 1 kB


def test_a_quote_of_a_few_lines_at_a_page_break(tmp_path: Path) -> None:
    """The bench's failure: a 269-character quote failed the export whenever it fell at a page
    break, because ReportLab's in-row split measured its spanned cell at the first column's width
    (34 pt: 70 lines, "965 points too large"). With 22 or 23 facts before it, it falls there."""
    quote = (
        "Returning to the scenes of the rocket attacks, the minister said that the talks would go on for as long "
        "as it takes, and that every side had to keep the ceasefire in place while the aid convoys waited at the "
        "crossing for the families who had lost everything they owned."
    )
    for before in range(18, 28):
        briefing = make_briefing(tmp_path / "article.txt")
        briefing.facts = [Fact("person", f"Person Number {i}", 1, role="official") for i in range(before)]
        briefing.facts.append(Fact("quote", quote, 2, speaker="A. Speaker", renderings={"ar": Rendering(AR_WORDS[0])}))
        export_pdf(briefing, tmp_path / f"quote-{before}.pdf")
        assert (tmp_path / f"quote-{before}.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("vocabulary", [EN_WORDS, AR_WORDS, HE_WORDS])
def test_split_cell_pieces_fit_and_keep_every_character(vocabulary: list[str]) -> None:
    text = long_text(vocabulary, 700)
    cell = [BidiParagraph(text, 9.5, "auto", fonts=register_fonts()), BidiParagraph("note", 7.5, "ltr")]
    pieces = split_cell(cell, 200, 150)
    assert len(pieces) >= 5
    for piece in pieces:
        assert sum(f.wrap(200, 1e9)[1] for f in piece) <= 150
    texts = [f.text for piece in pieces for f in piece]
    assert "".join(texts[:-1]) == text and texts[-1] == "note"  # cut between lines, nothing lost or doubled


def test_row_table_repeats_row_styles_on_every_piece() -> None:
    fonts = register_fonts()
    table = RowTable([100, 300], 120, left=4, right=4, top=1, bottom=1)
    table.add([BidiParagraph("S1", 8, fonts=fonts), BidiParagraph("short", 9, fonts=fonts)])
    start = table.add(
        ["", BidiParagraph(long_text(EN_WORDS, 400), 9, fonts=fonts)],
        styles=[("BACKGROUND", 0, -1, "yellow")],
        first=[("LINEABOVE", 0, -1, 0.5, "grey")],
    )
    count = len(table.rows) - start
    assert start == 1 and count > 3
    assert ("BACKGROUND", (0, 1), (-1, count), "yellow") in table.style
    assert ("LINEABOVE", (0, 1), (-1, 1), 0.5, "grey") in table.style
    assert ("TOPPADDING", (0, 2), (-1, count), 0) in table.style  # the pieces read on as one cell
    for row in table.rows[start:]:
        assert row[0] == ""
        assert row[1].wrap(300 - 8, 1e9)[1] <= 120 - 2


def test_word_and_html_exports_hold_the_long_cells(tmp_path: Path) -> None:
    """Word breaks a table row across pages unless the row says cantSplit; HTML has no pages."""
    quote = long_text(EN_WORDS, 1500, numbered=True)
    translation = long_text(AR_WORDS, 1200)
    briefing = with_long_cells(make_briefing(tmp_path / "article.txt"), quote, translation, "ar")
    export_docx(briefing, tmp_path / "long.docx")
    with zipfile.ZipFile(tmp_path / "long.docx") as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
    assert "cantSplit" not in xml
    assert quote in xml and translation in xml
    export_html(briefing, tmp_path / "long.html")
    html = (tmp_path / "long.html").read_text(encoding="utf-8")
    assert quote in html and translation in html

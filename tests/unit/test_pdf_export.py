"""PDF export: right-to-left text survives (logical order on extraction), metadata, outline, atomicity."""

from __future__ import annotations

import random
import shutil
import subprocess
import time
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest
from bidi.algorithm import get_display
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1

from briefing_app.core.briefing import DEMO_NOTICE, Briefing, PackRef, TargetTranslation, TranslatedSentence
from briefing_app.core.errors import ExportError
from briefing_app.core.languages import is_rtl, language_name
from briefing_app.core.model import BlockKind, Document, LanguageGuess, Paragraph, Sentence
from briefing_app.export import export_pdf, pdf_sections
from briefing_app.export.bidi_text import RESHAPER, Shaper, layout_lines, visual_order
from briefing_app.export.fonts import register_fonts

# (kind, [(english, arabic, hebrew, danish), ...]) per paragraph.
ARTICLE: list[tuple[BlockKind, list[tuple[str, str, str, str]]]] = [
    (
        BlockKind.HEADING,
        [
            (
                "Ceasefire talks resume in Cairo",
                "استئناف محادثات وقف إطلاق النار في القاهرة",
                "שיחות הפסקת האש מתחדשות בקהיר",
                "Våbenhvileforhandlingerne genoptages i Kairo",
            )
        ],
    ),
    (
        BlockKind.BODY,
        [
            (
                "US Secretary of State Antony Blinken (Blinken) said 1,300 people were injured.",
                "قال وزير الخارجية الأمريكي أنتوني بلينكن (Blinken) إن 1,300 شخص أصيبوا.",
                "שר החוץ האמריקאי אנתוני בלינקן (Blinken) אמר כי 1,300 בני אדם נפצעו.",
                "USA's udenrigsminister Antony Blinken (Blinken) sagde, at 1.300 mennesker blev såret.",
            ),
            (
                "At least 200 Palestinians were killed, including 59 children.",
                "قتل ما لا يقل عن 200 فلسطيني، بينهم 59 طفلا.",
                "לפחות 200 פלסטינים נהרגו, כולל 59 ילדים.",
                "Mindst 200 palæstinensere blev dræbt, heriblandt 59 børn.",
            ),
            (
                "Talks will resume on Monday.",
                "ستستأنف المحادثات يوم الاثنين.",
                "השיחות יתחדשו ביום שני.",
                "Forhandlingerne genoptages mandag.",
            ),
        ],
    ),
    (
        BlockKind.BODY,
        [
            (
                "The UN called for calm (again).",
                "دعت الأمم المتحدة إلى الهدوء (مرة أخرى).",
                'האו"ם קרא לשקט (שוב).',
                "FN opfordrede til ro (igen).",
            ),
            (
                "Aid trucks crossed the border at 10:30.",
                "عبرت شاحنات المساعدات الحدود في الساعة 10:30.",
                "משאיות סיוע חצו את הגבול בשעה 10:30.",
                "Nødhjælpslastbiler krydsede grænsen klokken 10.30.",
            ),
        ],
    ),
]
COLUMN = {"en": 0, "ar": 1, "he": 2, "da": 3}
PACKS = {
    "ar": PackRef("en", "ar", "0.1", demo=True, name="demo-en-ar"),
    "he": PackRef("en", "he", "1.0", demo=False, name="translate-en_he"),
    "da": PackRef("en", "da", "1.9", demo=False, name="translate-en_da"),
}


def make_briefing(path: Path, repeat: int = 1, targets: tuple[str, ...] = ("ar", "he", "da")) -> Briefing:
    """A hand-built English article with real Arabic, Hebrew and Danish sentences; body repeated."""
    blocks = [ARTICLE[0]] + ARTICLE[1:] * repeat
    paragraphs: list[Paragraph] = []
    rows: list[tuple[int, tuple[str, str, str, str]]] = []
    index = 0
    for p_index, (kind, sentences) in enumerate(blocks):
        text = " ".join(s[0] for s in sentences)
        spans, pos = [], 0
        for k, s in enumerate(sentences):
            end = pos + len(s[0]) + (1 if k + 1 < len(sentences) else 0)
            spans.append(Sentence(index, p_index, pos, end, s[0]))
            rows.append((p_index, s))
            index, pos = index + 1, end
        paragraphs.append(Paragraph(p_index, text, kind, spans, LanguageGuess("en", 0.97)))
    document = Document(path, "0" * 64, "txt", ARTICLE[0][1][0][0], paragraphs, LanguageGuess("en", 0.97))
    return Briefing(
        document=document,
        targets=[
            TargetTranslation(
                lang,
                [PACKS[lang]],
                [TranslatedSentence(i, p, s[0], s[COLUMN[lang]]) for i, (p, s) in enumerate(rows)],
            )
            for lang in targets
        ],
        app_version="0.1.0",
        generated_at=datetime(2024, 5, 1, 12, 0, tzinfo=UTC),
    )


def make_rtl_briefing(path: Path) -> Briefing:
    """Arabic article translated into Hebrew: every page is mostly right-to-left text."""
    briefing = make_briefing(path, targets=("he",))
    rows = [s for _, sentences in ARTICLE for s in sentences]
    briefing.document.language = LanguageGuess("ar", 0.9)
    briefing.document.title = rows[0][1]
    for p in briefing.document.paragraphs:
        p.language = LanguageGuess("ar", 0.9)
    target = briefing.targets[0]
    target.sentences = [
        TranslatedSentence(s.index, s.paragraph, rows[s.index][1], s.translation) for s in target.sentences
    ]
    return briefing


# pdftotext wraps direction runs in embedding controls (RLE/LRE ... PDF); they are not text.
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
EDGE_PUNCTUATION = "()[].,:;!?\"'\u060c\u061b\u061f"


def normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(BIDI_CONTROLS)


def words(text: str) -> list[str]:
    """Words without the punctuation at their edges (pdftotext does not mirror brackets).

    A direction control may sit between two words with no space ("Blinken<PDF>إن"): split there.
    """
    spaced = unicodedata.normalize("NFKC", text).translate(dict.fromkeys(BIDI_CONTROLS, " "))
    return [w for w in (w.strip(EDGE_PUNCTUATION) for w in spaced.split()) if w]


def pdftotext(pdf: Path, *args: str) -> str:
    """pdftotext output, NFKC-normalised (Arabic comes back as presentation forms), controls kept."""
    out = subprocess.run(["pdftotext", *args, str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return unicodedata.normalize("NFKC", out)


def in_order(wanted: list[str], extracted: list[str]) -> bool:
    """`wanted` occurs in `extracted` as a subsequence: same words, same (logical) order."""
    it = iter(extracted)
    return all(any(w == x for x in it) for w in wanted)


def rtl_runs(sentence: str) -> list[list[str]]:
    """Maximal runs of right-to-left words joined only by spaces (numbers, Latin and punctuation end a run)."""
    runs: list[list[str]] = [[]]
    for token in unicodedata.normalize("NFKC", sentence).split():
        core = token.strip(EDGE_PUNCTUATION)
        if not core or not all(unicodedata.bidirectional(c) in ("R", "AL") for c in core if c.isalnum()):
            runs.append([])
            continue
        if core != token and token[0] in EDGE_PUNCTUATION:
            runs.append([])
        runs[-1].append(core)
        if core != token and token[-1] in EDGE_PUNCTUATION:
            runs.append([])
    return [r for r in runs if r]


needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Briefing, Path]:
    folder = tmp_path_factory.mktemp("pdf")
    briefing = make_briefing(folder / "article.txt")
    out = folder / "briefing.pdf"
    export_pdf(briefing, out)
    return briefing, out


@needs_poppler
def test_rtl_page_extracts_every_sentence_in_logical_order(tmp_path: Path) -> None:
    """On a right-to-left page pdftotext gives whole lines in logical order, numbers and Latin included."""
    out = tmp_path / "rtl.pdf"
    export_pdf(make_rtl_briefing(tmp_path / "article.txt"), out)
    extracted = words(pdftotext(out))
    for _, sentences in ARTICLE:
        for s in sentences:
            for sentence in (s[1], s[2]):
                assert in_order(words(sentence), extracted), sentence
    assert "1,300" in extracted and "10:30" in extracted and "Blinken" in extracted


@needs_poppler
@pytest.mark.parametrize("lang", ["ar", "he"])
def test_mixed_page_rtl_runs_in_logical_order(exported: tuple[Briefing, Path], lang: str) -> None:
    """Beside an English column, pdftotext orders a mixed line by the page's majority direction
    (left to right), so only the right-to-left runs themselves come back in logical order."""
    _, pdf = exported
    extracted = words(pdftotext(pdf))
    for _, sentences in ARTICLE:
        for s in sentences:
            for run in rtl_runs(s[COLUMN[lang]]):
                assert in_order(run, extracted), run
    for number in ("1,300", "200", "59", "10:30", "Blinken"):
        assert number in extracted
    text = normalise(pdftotext(pdf))
    assert "003,1" not in text and "03:01" not in text  # digits never reversed
    assert normalise("استئناف محادثات وقف إطلاق النار في القاهرة") in text  # a pure RTL line, verbatim
    assert normalise("שיחות הפסקת האש מתחדשות בקהיר") in text


@needs_poppler
def test_ltr_target_comes_back_in_order(exported: tuple[Briefing, Path]) -> None:
    _, pdf = exported
    extracted = words(pdftotext(pdf))
    for _, sentences in ARTICLE:
        for s in sentences:
            assert in_order(words(s[COLUMN["da"]]), extracted), s[COLUMN["da"]]


@needs_poppler
def test_header_demo_notice_and_page_numbers(exported: tuple[Briefing, Path]) -> None:
    _, pdf = exported
    text = pdftotext(pdf)
    assert DEMO_NOTICE in text
    assert "Ceasefire talks resume in Cairo" in text
    assert "article.txt" in text and "English (en)" in text and "97%" in text
    assert "demo-en-ar version 0.1 (demo)" in text
    pages = text.count("\f")
    assert pages >= 1
    for n in range(1, pages + 1):
        assert f"Page {n} of {pages}" in text


def test_outline_metadata_and_language(exported: tuple[Briefing, Path]) -> None:
    briefing, pdf = exported
    with pdf.open("rb") as fh:
        doc = PDFDocument(PDFParser(fh))
        titles = [title for _level, title, *_ in doc.get_outlines()]
        info = doc.info[0]
        catalog = doc.catalog
        assert titles == [f"{language_name(t.language)} ({t.language})" for t in briefing.targets]
        assert resolve1(info["Title"]).decode() == "Ceasefire talks resume in Cairo"
        assert resolve1(info["Author"]).decode() == "Briefing Desk"
        assert b"Arabic" in resolve1(info["Subject"])
        assert resolve1(catalog["Lang"]).decode() == "en"


@needs_poppler
def test_page_one_renders_to_png(exported: tuple[Briefing, Path], tmp_path: Path) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm not installed")
    _, pdf = exported
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")], check=True)
    pngs = list(tmp_path.glob("page*.png"))
    assert len(pngs) == 1
    assert pngs[0].stat().st_size > 20_000  # a blank A4 page at 80 dpi is a few kB


def test_a_25_sentence_article_exports_every_sentence(tmp_path: Path) -> None:
    """Export time is measured by bench/run.py, not asserted here (the suite must not depend on timing)."""
    briefing = make_briefing(tmp_path / "article.txt", repeat=5)
    assert len(briefing.document.sentences) >= 25
    start = time.perf_counter()
    export_pdf(briefing, tmp_path / "b.pdf")
    print(
        f"\nexport of {len(briefing.document.sentences)} sentences x 3 languages: {time.perf_counter() - start:.2f} s"
    )
    extracted = words(pdftotext(tmp_path / "b.pdf"))
    for target in briefing.targets:
        if target.language == "da":
            for s in target.sentences:
                assert in_order(words(s.translation), extracted), s.translation


def test_failed_export_leaves_existing_file_and_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    briefing = make_briefing(tmp_path / "article.txt")
    out = tmp_path / "briefing.pdf"
    out.write_bytes(b"previous export")

    def broken(ctx: pdf_sections.Context) -> list[object]:
        raise RuntimeError("layout exploded")

    monkeypatch.setattr(pdf_sections, "SECTIONS", [pdf_sections.title_section, broken])
    monkeypatch.setattr("briefing_app.export.pdf.SECTIONS", [pdf_sections.title_section, broken])
    with pytest.raises(ExportError, match="layout exploded"):
        export_pdf(briefing, out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefing.pdf"]
    assert out.read_bytes() == b"previous export"

    monkeypatch.undo()
    export_pdf(briefing, out)
    assert out.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefing.pdf"]


def test_fresh_failed_export_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    briefing = make_briefing(tmp_path / "article.txt")

    def broken(ctx: pdf_sections.Context) -> list[object]:
        raise RuntimeError("boom")

    monkeypatch.setattr("briefing_app.export.pdf.SECTIONS", [broken])
    with pytest.raises(ExportError):
        export_pdf(briefing, tmp_path / "new.pdf")
    assert list(tmp_path.iterdir()) == []


def test_refuses_to_overwrite_the_source_and_missing_folder(tmp_path: Path) -> None:
    source = tmp_path / "article.txt"
    source.write_text("original")
    briefing = make_briefing(source)
    with pytest.raises(ExportError, match="source article"):
        export_pdf(briefing, source)
    assert source.read_text() == "original"
    with pytest.raises(ExportError, match="does not exist"):
        export_pdf(briefing, tmp_path / "missing" / "b.pdf")


# --- line layout -------------------------------------------------------------------------------

MIXED = (
    "قال وزير الخارجية الأمريكي أنتوني بلينكن (Blinken) إن 1,300 شخص أصيبوا في 12 مدينة، "
    "وأضاف أن المساعدات ستصل يوم 3/5 عبر معبر رفح. Secretary Blinken spoke for 45 minutes; "
    "لפחות 200 פלסטינים נהרגו, כולל 59 ילדים. "
    "كلمةطويلةجدابدونمسافاتتتجاوزعرضالسطرالمتاحبكثير supercalifragilisticexpialidocious 2024-05-01"
)


def check_layout(text: str, width: float, measure: object) -> None:
    lines = layout_lines(text, width, measure)  # type: ignore[arg-type]
    assert "".join(text[ln.start : ln.end] for ln in lines) == text  # spans partition the text
    assert lines[0].start == 0 and lines[-1].end == len(text)
    for ln in lines:
        span = text[ln.start : ln.end]
        assert ln.text.strip() == ln.text and ln.text in span
        assert span.replace(ln.text, "", 1).strip() == ""  # only whitespace is dropped at a break
        if len(ln.text) > 1:
            assert measure(ln.text) <= width + 1e-9, ln  # type: ignore[operator]
    kept = "".join(ch for ln in lines for ch in ln.text if not ch.isspace())
    assert kept == "".join(ch for ch in text if not ch.isspace())  # nothing lost or duplicated


@pytest.mark.parametrize("width", [40.0, 90.0, 150.0, 260.0, 1000.0])
def test_layout_lines_keeps_every_character_and_fits(width: float) -> None:
    shaper = Shaper(register_fonts())
    check_layout(MIXED, width, lambda s: shaper.measure(s, 10))
    check_layout(MIXED, width / 10, lambda s: float(len(s)))


def test_layout_lines_random_texts() -> None:
    rng = random.Random(7)
    alphabet = list("abc אבג بتث 0123 ,.()") + ["\u064e"]  # includes a combining fatha
    shaper = Shaper(register_fonts())
    for _ in range(200):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        check_layout(text, rng.uniform(20, 200), lambda s: shaper.measure(s, 10))


def test_layout_lines_edge_cases() -> None:
    assert [ln.text for ln in layout_lines("", 100, len)] == [""]
    assert [ln.text for ln in layout_lines("ab\n\ncd", 100, len)] == ["ab", "", "cd"]
    assert [ln.text for ln in layout_lines("aaaa bb", 3, len)] == ["aaa", "a", "bb"]


@pytest.mark.parametrize(
    "text", ["قال بلينكن (Blinken) إن 1,300 شخص.", "לפחות 200 פלסטינים נהרגו, כולל 59 ילדים.", "Plain (Latin) 1,300."]
)
@pytest.mark.parametrize("rtl", [True, False])
def test_visual_order_matches_python_bidi(text: str, rtl: bool) -> None:
    """Our index-keeping reorder is exactly bidi.algorithm.get_display (brackets mirrored)."""
    shaped = RESHAPER.reshape(text)
    assert "".join(ch for _, ch in visual_order(shaped, rtl)) == get_display(shaped, base_dir="R" if rtl else "L")


def test_shaped_runs_use_fonts_that_have_the_glyphs() -> None:
    fonts = register_fonts()
    runs = Shaper(fonts).shape_line('قال بلينكن (Blinken) إن 1,300 شخص. האו"ם קרא לשקט (שוב).', True, 10)
    for run in runs:
        for ch in run.text:
            assert fonts.has_glyph(run.font, ch), (ch, run.font)
    assert any("Arabic" in r.font for r in runs) and any("Hebrew" in r.font for r in runs)


def test_uncovered_characters_are_reported() -> None:
    assert register_fonts().uncovered("Blinken قال שלום 1,300 中文") == {"中", "文"}


def test_language_table() -> None:
    assert language_name("ar") == "Arabic" and language_name("he-IL") == "Hebrew" and language_name("xx") == "xx"
    assert all(is_rtl(c) for c in ("ar", "he", "fa", "ur", "yi", "ps", "dv", "ug", "ckb", "ar-EG"))
    assert not any(is_rtl(c) for c in ("en", "da", "zh", "ru"))

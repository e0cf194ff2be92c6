"""The article readers on the real sample files in seeds/, every legacy encoding, and every failure mode.

Error cases assert the exact error class (the GUI and CLI show different advice per class) and that the
message names the file, because a user with several files open must know which one failed.
"""

from __future__ import annotations

import codecs
import io
import os
import re
import socket
import unicodedata
import zipfile
from pathlib import Path

import docx
import pytest
from bidi.algorithm import get_display

from briefing_app.core.documents import read_article
from briefing_app.core.documents.pdf import _looks_like_title
from briefing_app.core.documents.pdf_order import reading_order
from briefing_app.core.documents.pdf_rtl import Glyph, logical_line, normalise_pdf_text, stored_visually
from briefing_app.core.errors import (
    CorruptDocumentError,
    DocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    NoTextLayerError,
    UnsupportedFormatError,
)
from briefing_app.core.model import ArticleText, BlockKind

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
EN_TITLE = "Blinken signals no immediate US press for Mideast cease-fire"
EN_LAST = (
    "At least 200 Palestinians have been killed in the strikes as of Monday, including 59 children and 35 women, "
    "with 1,300 people wounded, according to the Gaza Health Ministry. Eight people in Israel have been killed in "
    "rocket attacks launched from Gaza, including a 5-year-old boy and a soldier."
)
EN_WRAPPED = (
    "Meanwhile, the Israeli military unleashed a wave of heavy airstrikes on the Gaza Strip early Monday, saying it "
    "destroyed 15 kilometers (nine miles) of militant tunnels and the homes of nine Hamas commanders."
)
# cp1256 has no Arabic-Indic digits or Arabic number separators: a legacy Arabic file carries Western digits.
ARABIC_DIGITS_TO_CP1256 = str.maketrans("٠١٢٣٤٥٦٧٨٩٬٫٪", "0123456789,.%")


def texts(article: ArticleText) -> list[str]:
    return [b.text for b in article.blocks]


def seed_text(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def assert_names_file(exc: pytest.ExceptionInfo[DocumentError], path: Path) -> None:
    assert exc.value.path == path
    assert str(path) in str(exc.value)
    assert exc.value.reason


# ------------------------------------------------------------------------------------------ English sample


@pytest.fixture(scope="module")
def english_txt() -> ArticleText:
    return read_article(SEEDS / "blinken-ceasefire-en.txt")


def test_txt_headline_paragraphs_and_wrapped_line(english_txt: ArticleText) -> None:
    assert english_txt.format == "txt"
    assert english_txt.title == EN_TITLE
    assert english_txt.blocks[0].text == EN_TITLE and english_txt.blocks[0].kind is BlockKind.HEADING
    assert all(b.kind is BlockKind.BODY for b in english_txt.blocks[1:])
    assert len(english_txt.blocks) == 21  # headline + 20 paragraphs; 21 body lines, one is a wrapped continuation
    assert EN_WRAPPED in texts(english_txt)
    assert texts(english_txt)[-1] == EN_LAST
    assert english_txt.metadata["encoding"] == "utf-8"


def test_html_returns_article_without_page_furniture(english_txt: ArticleText) -> None:
    article = read_article(SEEDS / "blinken-ceasefire-en.html")
    assert article.format == "html"
    assert article.title == EN_TITLE
    assert texts(article) == texts(english_txt)
    assert article.blocks[0].kind is BlockKind.HEADING
    assert article.metadata["author"] == "Newsdesk Staff"
    assert article.metadata["date"] == "2021-05-17"
    assert article.metadata["site"] == "The Northern Wire"
    assert article.metadata["url"].startswith("https://www.northernwire.example/")
    everything = " ".join(texts(article))
    for furniture in (
        "Subscribe",
        "Accept all",
        "cookies",
        "Most read",
        "Ferry operators",
        "Privacy policy",
        "All rights reserved",
        "Morning Briefing",
        "dataLayer",
        "Print this article",
        "Search the Wire",
    ):
        assert furniture not in everything


def test_docx_headings_and_paragraphs(english_txt: ArticleText) -> None:
    article = read_article(SEEDS / "blinken-ceasefire-en.docx")
    assert article.format == "docx"
    assert article.title == EN_TITLE
    assert [(b.text, b.kind) for b in article.blocks] == [(b.text, b.kind) for b in english_txt.blocks]
    assert article.metadata == {"author": "Newsdesk Staff", "date": "2021-05-17"}


def test_pdf_paragraphs_match_txt(english_txt: ArticleText) -> None:
    article = read_article(SEEDS / "blinken-ceasefire-en.pdf")
    assert article.format == "pdf"
    assert article.title == EN_TITLE
    assert article.metadata["pages"] == "3"
    assert article.blocks[0].kind is BlockKind.HEADING
    # Exact after whitespace normalisation: lines broken at "long-|collapsed" and "de-|escalate" keep their
    # hyphen, and the last paragraph, split by the page break after "Gaza Health", is joined back.
    assert texts(article) == texts(english_txt)


# ------------------------------------------------------------------------------------------ other languages

SAMPLES = [
    ("havvind-esbjerg-da.txt", "cp1252", "Ny havvindmøllepark ud for Esbjerg skal give strøm til 800.000 husstande"),
    ("floods-batinah-ar.txt", "cp1256", "سيول جارفة تجتاح شمال الباطنة في سلطنة عُمان وإجلاء أكثر من ٣٬٤٠٠ شخص"),
    ("heatwave-electricity-he.txt", "cp1255", "גל החום: שיא חדש בצריכת החשמל, מאות פונו לבתי חולים"),
]


@pytest.mark.parametrize(("name", "legacy", "title"), SAMPLES)
def test_written_samples_are_wire_reports(name: str, legacy: str, title: str) -> None:
    article = read_article(SEEDS / name)
    body = [b.text for b in article.blocks[1:]]
    words = sum(len(t.split()) for t in texts(article))
    assert article.title == title
    assert 250 <= words <= 450
    assert len(body) == len(seed_text(name).strip().split("\n")) - 2  # one paragraph per line after headline
    assert all(b.kind is BlockKind.BODY for b in article.blocks[1:])


@pytest.mark.parametrize(("name", "legacy", "title"), SAMPLES)
def test_legacy_code_page_decodes_exactly(tmp_path: Path, name: str, legacy: str, title: str) -> None:
    text = seed_text(name).translate(ARABIC_DIGITS_TO_CP1256) if legacy == "cp1256" else seed_text(name)
    path = tmp_path / name
    path.write_bytes(text.encode(legacy))
    article = read_article(path)
    assert article.metadata["encoding"] == legacy
    assert texts(article) == texts(read_article(_utf8_copy(tmp_path, text)))
    assert "\n".join(texts(article)) == re.sub(r"\n+", "\n", text.strip())


@pytest.mark.parametrize(
    ("prefix", "codec", "expected"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    ],
)
def test_english_with_bom_decodes_exactly(
    tmp_path: Path, english_txt: ArticleText, prefix: bytes, codec: str, expected: str
) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(prefix + seed_text("blinken-ceasefire-en.txt").encode(codec))
    article = read_article(path)
    assert article.metadata["encoding"] == expected
    assert texts(article) == texts(english_txt)


def test_crlf_control_characters_and_nfc(tmp_path: Path) -> None:
    path = tmp_path / "messy.txt"
    path.write_bytes("Headline\r\n\r\nCafe\u0301   costs\t 3 kr.\x07\r\nSecond  line.\r\n".encode())
    article = read_article(path)
    assert texts(article) == ["Headline", "Café costs 3 kr.", "Second line."]


def test_blank_line_paragraphs_join_wrapped_lines(tmp_path: Path) -> None:
    path = tmp_path / "wrapped.txt"
    path.write_text("Title\n\nFirst paragraph wrapped\nover two lines.\n\nSecond one, with a well-\nknown word.\n")
    assert texts(read_article(path)) == [
        "Title",
        "First paragraph wrapped over two lines.",
        "Second one, with a well-known word.",
    ]


def test_a_line_opening_a_post_a_list_item_or_a_dash_quote_is_never_a_wrapped_continuation(tmp_path: Path) -> None:
    path = tmp_path / "posts.txt"
    path.write_text(
        "Title\n"
        "Some lone voices could be read online\n"
        "@harbour_watch: the ferry has not sailed for three days\n"
        "#floods are back in the old town\n"
        "– vi har aldrig set noget lignende, siger hun\n"
        "and a wrapped line is still joined.\n",
        encoding="utf-8",
    )
    assert texts(read_article(path)) == [
        "Title",
        "Some lone voices could be read online",
        "@harbour_watch: the ferry has not sailed for three days",
        "#floods are back in the old town",
        "– vi har aldrig set noget lignende, siger hun and a wrapped line is still joined.",
    ]


def test_markdown(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(
        "# Storm *surge* hits **Esbjerg**\n\n"
        "![photo](img/harbour.jpg)\n\n"
        "The [Danish Meteorological Institute](https://dmi.example) measured\n"
        "a water level of 1,8 metres.\n\n"
        "## Reactions\n\n"
        "- Harbour closed until _Friday_\n"
        "- 1.300 homes without power\n\n"
        "> Quoted `text` here.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert article.format == "md"
    assert article.title == "Storm surge hits Esbjerg"
    assert [(b.text, b.kind) for b in article.blocks] == [
        ("Storm surge hits Esbjerg", BlockKind.HEADING),
        ("The Danish Meteorological Institute measured a water level of 1,8 metres.", BlockKind.BODY),
        ("Reactions", BlockKind.HEADING),
        ("Harbour closed until Friday", BlockKind.BODY),
        ("1.300 homes without power", BlockKind.BODY),
        ("Quoted text here.", BlockKind.BODY),
    ]


def test_markdown_one_paragraph_per_line_like_wire_copy(tmp_path: Path) -> None:
    path = tmp_path / "wire.md"
    path.write_text(
        "# Dams approved\nEleven dams will be built by 2030.\nThe plan costs 95 million rials, officials\nsaid on Monday.\n",
        encoding="utf-8",
    )
    assert [b.text for b in read_article(path).blocks] == [
        "Dams approved",
        "Eleven dams will be built by 2030.",
        "The plan costs 95 million rials, officials said on Monday.",
    ]


def test_markdown_front_matter_and_setext_heading(tmp_path: Path) -> None:
    path = tmp_path / "front.markdown"
    path.write_text(
        '---\ntitle: "Flood defences approved"\nauthor: Desk\ndate: 2026-03-02\n---\n'
        "Flood defences approved\n=======================\n\nEleven dams will be built.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert article.title == "Flood defences approved"
    assert article.metadata == {"encoding": "utf-8", "author": "Desk", "date": "2026-03-02"}
    assert [(b.text, b.kind) for b in article.blocks] == [
        ("Flood defences approved", BlockKind.HEADING),
        ("Eleven dams will be built.", BlockKind.BODY),
    ]


def test_html_reader_never_touches_network(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    path = tmp_path / "remote-bits.html"
    path.write_text(
        '<html><head><link rel="stylesheet" href="http://example.invalid/a.css">'
        '<script src="http://example.invalid/x.js"></script></head><body>'
        '<iframe src="http://example.invalid/frame"></iframe><img src="http://example.invalid/p.png">'
        "<h1>Offline headline</h1><p>Only this paragraph is the story.</p></body></html>",
        encoding="utf-8",
    )
    assert texts(read_article(path)) == ["Offline headline", "Only this paragraph is the story."]
    assert len(read_article(SEEDS / "blinken-ceasefire-en.html").blocks) == 21


def test_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    html = tmp_path / "page.download"
    html.write_bytes((SEEDS / "blinken-ceasefire-en.html").read_bytes())
    assert read_article(html).format == "html"
    pdf = tmp_path / "article.bin"
    pdf.write_bytes((SEEDS / "blinken-ceasefire-en.pdf").read_bytes())
    assert read_article(pdf).format == "pdf"
    text = tmp_path / "README"
    text.write_text("Heading\n\nBody text.\n")
    assert texts(read_article(text)) == ["Heading", "Body text."]


def test_docx_without_core_title_uses_first_heading(tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = ""
    document.add_paragraph("Kicker line")
    document.add_heading("Real headline", level=2)
    document.add_paragraph("Body.")
    path = tmp_path / "no-title.docx"
    document.save(str(path))
    article = read_article(path)
    assert article.title == "Real headline"
    assert [b.kind for b in article.blocks] == [BlockKind.BODY, BlockKind.HEADING, BlockKind.BODY]


def test_docx_tables_and_merged_cells_read_once(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Table story", level=1)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Region", "Rain (mm)"
    table.cell(1, 0).merge(table.cell(1, 1)).text = "No data"
    document.add_paragraph("After the table.")
    path = tmp_path / "table.docx"
    document.save(str(path))
    assert texts(read_article(path)) == ["Table story", "Region", "Rain (mm)", "No data", "After the table."]


# ------------------------------------------------------------------------------------------ error cases


def _utf8_copy(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "utf8-copy.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _raises(cls: type[DocumentError], path: Path) -> DocumentError:
    with pytest.raises(DocumentError) as exc:
        read_article(path)
    assert type(exc.value) is cls, f"{type(exc.value).__name__}: {exc.value}"
    assert_names_file(exc, path)
    return exc.value


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  \n"])
def test_empty_and_whitespace_only_text(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    _raises(EmptyDocumentError, path)


def test_binary_junk_named_txt(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(os.urandom(4096) + b"\x00\x01\x02")
    assert "binary" in _raises(UnsupportedFormatError, path).reason


def test_unknown_extension_with_binary_content(tmp_path: Path) -> None:
    path = tmp_path / "photo.xyz"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2048))
    # Images are read by OCR now: a PNG by its magic bytes whatever its name, and this one is damaged.
    assert "PNG" in _raises(CorruptDocumentError, path).reason
    path.write_bytes(b"\x00\x01BINARY" + os.urandom(2048))
    assert ".xyz" in _raises(UnsupportedFormatError, path).reason


def test_zero_byte_docx(tmp_path: Path) -> None:
    path = tmp_path / "zero.docx"
    path.write_bytes(b"")
    _raises(CorruptDocumentError, path)


def test_truncated_docx(tmp_path: Path) -> None:
    path = tmp_path / "truncated.docx"
    data = (SEEDS / "blinken-ceasefire-en.docx").read_bytes()
    path.write_bytes(data[: len(data) // 2])
    _raises(CorruptDocumentError, path)


def test_text_file_named_docx(tmp_path: Path) -> None:
    path = tmp_path / "renamed.docx"
    path.write_text("just text")
    _raises(CorruptDocumentError, path)


def test_docx_zip_bomb_is_refused_without_inflating(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        with (SEEDS / "blinken-ceasefire-en.docx").open("rb") as fh, zipfile.ZipFile(fh) as real:
            for info in real.infolist():
                zf.writestr(info.filename, real.read(info))
        with zf.open("word/media/padding.bin", "w", force_zip64=True) as member:
            chunk = bytes(1024 * 1024)
            for _ in range(300):
                member.write(chunk)
    path.write_bytes(buffer.getvalue())
    assert path.stat().st_size < 2 * 1024 * 1024
    assert "zip bomb" in _raises(CorruptDocumentError, path).reason


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.rect(72, 72, 300, 400, fill=1)
    pdf.showPage()
    pdf.save()
    assert "OCR" in _raises(NoTextLayerError, path).reason


def test_truncated_pdf(tmp_path: Path) -> None:
    path = tmp_path / "truncated.pdf"
    data = (SEEDS / "blinken-ceasefire-en.pdf").read_bytes()
    path.write_bytes(data[: len(data) // 2])
    _raises(CorruptDocumentError, path)


def test_garbage_pdf(tmp_path: Path) -> None:
    path = tmp_path / "garbage.pdf"
    path.write_bytes(b"%PDF-1.7\n" + os.urandom(3000) + b"\n%%EOF\n")
    _raises(CorruptDocumentError, path)


def test_encrypted_pdf(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "locked.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, encrypt="secret")
    pdf.drawString(72, 700, "Confidential briefing text.")
    pdf.showPage()
    pdf.save()
    _raises(EncryptedDocumentError, path)


def test_missing_file(tmp_path: Path) -> None:
    assert "not found" in _raises(DocumentError, tmp_path / "nowhere.txt").reason


def test_directory_passed_as_file(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert "folder" in _raises(DocumentError, folder).reason


def test_file_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import briefing_app.core.documents as documents

    monkeypatch.setattr(documents, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.txt"
    path.write_text("Title\n\n" + "word " * 500)
    assert "too large" in _raises(DocumentError, path).reason


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file without read permission. Simulated, because tests may run as root, who can read anything."""
    path = tmp_path / "secret.txt"
    path.write_text("Title\n\nBody.\n")
    real_open = Path.open

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", refuse)
    assert "permission" in _raises(DocumentError, path).reason.lower()


# ------------------------------------------------------------------------ right-to-left PDF text (issue 11)

GAZETTE_TITLE = "قانون رقم 8 لسنة 2022"  # how an official gazette titles a law (the form, not a real one)
HEBREW_LINE = "החוק נכנס לתוקף ב-1 בינואר 2024 (בשעה 10:00)."


def drawn(logical: str, *, stored: str) -> list[Glyph]:
    """The glyphs a PDF draws for one line: left to right as displayed; stored visually (left to right)
    or logically (in reading order, as XeTeX and Word do)."""
    visual = get_display(logical)
    glyphs, x = [], 0.0
    for ch in visual:
        if ch != " ":
            glyphs.append(Glyph(ch, x, x + 5.0, 10.0))
        x += 5.0 if ch != " " else 4.0
    if stored == "visual":
        return glyphs
    # Logical storage: right-to-left letters come in reading order, i.e. right to left across the page.
    order = sorted(range(len(glyphs)), key=lambda i: -glyphs[i].x0)
    return [glyphs[i] for i in order]


@pytest.mark.parametrize("line", [GAZETTE_TITLE, HEBREW_LINE, "تقرير: ارتفع المؤشر 3.5% (مقارنة بـ 2.1%) في مايو"])
@pytest.mark.parametrize("stored", ["visual", "logical"])
def test_rtl_line_reads_in_logical_order_however_stored(line: str, stored: str) -> None:
    assert logical_line(drawn(line, stored=stored)) == line


def test_visual_storage_is_detected() -> None:
    assert stored_visually(drawn(GAZETTE_TITLE, stored="visual"))
    assert not stored_visually(drawn(GAZETTE_TITLE, stored="logical"))


def test_presentation_forms_tatweel_and_replacement_characters() -> None:
    import arabic_reshaper

    shaped = arabic_reshaper.reshape("سيول جارفة تجتاح المدينة")  # what ReportLab-made PDFs store
    assert shaped != "سيول جارفة تجتاح المدينة"
    line = logical_line(drawn(shaped, stored="visual"))
    assert normalise_pdf_text(line) == "سيول جارفة تجتاح المدينة"
    assert normalise_pdf_text("الخـــط العـربـي\ufffd") == "الخط العربي"
    assert normalise_pdf_text("(cid:63)ﬁnal ofﬁce") == "final office"
    assert normalise_pdf_text("x² ½") == "x² ½"  # NFKC only where the PDF encoding needs it


def test_marks_stay_with_their_letter_in_visual_storage() -> None:
    word = "بِسْمِ اللَّهِ"
    # A naive visual reversal puts each mark before its letter, as visual-order producers store it.
    glyphs, x = [], 0.0
    for ch in word[::-1]:
        mark = unicodedata.category(ch) == "Mn"
        glyphs.append(Glyph(ch, x, x + (0.0 if mark else 5.0), 10.0))
        x += 0.0 if mark else (5.0 if ch != " " else 4.0)
    assert logical_line([g for g in glyphs if g.text != " "]) == word


@pytest.mark.parametrize(
    ("candidate", "accepted"),
    [
        ("Pending", False),
        ("indictb1h_14", False),
        ("sag-39-3-4-0902-21:sag-0", False),
        ("Microsoft Word - report_final.docx", False),
        ("Untitled", False),
        ("Weekly fuel price report", True),
        ("Quarterly gas storage summary", False),  # a title, but of another document: not on page 1
    ],
)
def test_metadata_title_only_when_it_looks_like_one(candidate: str, accepted: bool) -> None:
    page = "Ministry of Energy. Weekly fuel price report. Prices rose by 3% this week."
    assert _looks_like_title(candidate, page) is accepted


@pytest.mark.parametrize("junk", ["Pending", "indictb1h_14"])
def test_pdf_with_junk_metadata_title_takes_the_largest_line(tmp_path: Path, junk: str) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "report.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setTitle(junk)
    pdf.setFont("Helvetica", 9)
    pdf.drawString(72, 800, "Ministry of Energy - internal")
    pdf.setFont("Helvetica-Bold", 20)
    pdf.drawString(72, 760, "Fuel prices rise for a third week")
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, 720, "Petrol and diesel prices rose again this week, the ministry said on Friday.")
    pdf.save()
    article = read_article(path)
    assert article.title == "Fuel prices rise for a third week"
    assert article.blocks[1].kind is BlockKind.HEADING and article.blocks[1].text == article.title


class _TextBox(list):  # type: ignore[type-arg]
    """A stand-in for pdfminer's LTTextBox: a position and its lines."""

    def __init__(self, name: str, x0: float, x1: float, top: float, lines: int = 3) -> None:
        super().__init__(range(lines))
        self.name, self.x0, self.x1, self.y1, self.y0 = name, x0, x1, top, top - 12 * lines


def test_two_columns_read_one_after_the_other_between_full_width_blocks() -> None:
    boxes = [
        _TextBox("left-2", 50, 290, 500),
        _TextBox("right-1", 310, 550, 700),
        _TextBox("title", 100, 500, 780, lines=1),
        _TextBox("left-1", 50, 290, 700),
        _TextBox("right-2", 310, 550, 500),
        _TextBox("full-width footnote", 50, 550, 100, lines=2),
    ]
    names = [b.name for b in reading_order(boxes)]
    assert names == ["title", "left-1", "left-2", "right-1", "right-2", "full-width footnote"]
    rtl = [b.name for b in reading_order(boxes, rtl=True)]
    assert rtl == ["title", "right-1", "right-2", "left-1", "left-2", "full-width footnote"]


def test_single_column_with_a_short_right_aligned_line_stays_top_to_bottom() -> None:
    boxes = [_TextBox("date", 450, 550, 780, lines=1), _TextBox("p1", 50, 550, 700), _TextBox("p2", 50, 550, 600)]
    assert [b.name for b in reading_order(boxes)] == ["date", "p1", "p2"]


# ------------------------------------------------------------------------------ Word packages (issue 11)

CORPUS_DOCX = Path(__file__).resolve().parents[1] / "corpus" / "documents" / "docx"


def _rename_main_part(source: Path, target: Path, new_name: str) -> None:
    """A copy of a real .docx whose main part is not word/document.xml (as some producers write it)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            name = item.filename
            if name == "word/document.xml":
                name = new_name
            elif name == "word/_rels/document.xml.rels":
                name = f"word/_rels/{new_name.rsplit('/', 1)[1]}.rels"
            elif name in ("_rels/.rels", "[Content_Types].xml"):
                data = data.replace(b"word/document.xml", new_name.encode())
            zout.writestr(name, data)


def test_docx_main_part_found_through_package_relationships(tmp_path: Path) -> None:
    odd = tmp_path / "odd-main.docx"
    _rename_main_part(CORPUS_DOCX / "mammoth-tables.docx", odd, "word/main-body.xml")
    assert "word/document.xml" not in zipfile.ZipFile(odd).namelist()
    article = read_article(odd)
    assert texts(article) == ["Above", "Top left", "Top right", "Bottom left", "Bottom right", "Below"]
    renamed = tmp_path / "odd-main.bin"  # no extension to go by: recognised as Word from its content types
    renamed.write_bytes(odd.read_bytes())
    assert read_article(renamed).format == "docx"


def test_docx_relationship_to_a_missing_main_part_is_named(tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(CORPUS_DOCX / "mammoth-tables.docx") as zin, zipfile.ZipFile(broken, "w") as zout:
        for item in zin.infolist():
            if item.filename != "word/document.xml":
                data = zin.read(item.filename).replace(b"word/document.xml", b"word/gone.xml")
                zout.writestr(item.filename, data)
    with pytest.raises(CorruptDocumentError) as exc:
        read_article(broken)
    assert_names_file(exc, broken)
    assert "no main document part" in exc.value.reason


def test_strict_ooxml_and_text_boxes_are_read() -> None:
    assert texts(read_article(CORPUS_DOCX / "mammoth-strict-format.docx")) == ["Test"]
    assert texts(read_article(CORPUS_DOCX / "mammoth-text-box.docx")) == ["Datum plane"]


def test_docx_tracked_changes_links_and_fields_read_as_the_reader_sees_them(tmp_path: Path) -> None:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = (
        f'<w:document xmlns:w="{w}"><w:body>'
        "<w:p><w:r><w:t>Prices rose </w:t></w:r><w:del><w:r><w:delText>4%</w:delText></w:r></w:del>"
        '<w:ins><w:r><w:t>5%</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> in </w:t></w:r>'
        "<w:moveFrom><w:r><w:t>March</w:t></w:r></w:moveFrom><w:hyperlink><w:r><w:t>May</w:t></w:r></w:hyperlink>"
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>.</w:t></w:r></w:p>'
        "</w:body></w:document>"
    )
    path = tmp_path / "tracked.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>',
        )
        zf.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>',
        )
        zf.writestr("word/document.xml", body)
    assert texts(read_article(path)) == ["Prices rose 5% in May."]


def test_html_title_is_the_pages_own_when_the_extractor_guesses_another_heading(tmp_path: Path) -> None:
    path = tmp_path / "help.html"
    path.write_text(
        "<html><head><title>Flood defences hold in Ribe &amp; Tønder - The Coast Gazette</title></head><body>"
        '<div id="help"><h2 class="help-title">Keyboard shortcuts</h2><p>Press ? to show this help.</p></div>'
        '<nav><h1 class="menu-title">The Coast Gazette</h1></nav>'
        '<main><h1 id="flood"><a href="#flood">Flood defences hold in Ribe &amp; Tønder</a></h1>'
        "<p>The new dikes south of Ribe held back the highest tide in forty years on Sunday night.</p>"
        "<p>Engineers said the walls had been raised by 1.5 metres since the last storm.</p>"
        "<p>Residents returned to their homes on Monday morning after the water fell again.</p>"
        "</main></body></html>",
        encoding="utf-8",
    )
    article = read_article(path)  # trafilatura alone guesses "Keyboard shortcuts" for this page
    assert article.title == "Flood defences hold in Ribe & Tønder"
    assert [b.text for b in article.blocks].count("Keyboard shortcuts") == 0


def _fake_trafilatura(monkeypatch: pytest.MonkeyPatch, precise: list[str], recalled: list[str]) -> None:
    """trafilatura answering with `precise` paragraphs in precision mode and `recalled` in recall mode."""
    import trafilatura

    def extract(html: str, **options: object) -> str:
        paragraphs = precise if options.get("favor_precision") else recalled
        body = "".join(f"<p>{text}</p>" for text in paragraphs)
        return f'<doc title="Console review"><main><head>Console review</head>{body}</main></doc>'

    monkeypatch.setattr(trafilatura, "extract", extract)


_REVIEW = [f"Part {n} of the review weighs the new console against its rival at length." for n in range(12)]


def test_html_takes_the_recall_reading_when_the_precision_reading_lost_the_body(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # trafilatura's precision mode has no backup extraction: a story split over many layout blocks can
    # come out as its opening box alone (a real 1,800-word review came out as 110 words)
    _fake_trafilatura(monkeypatch, precise=_REVIEW[:1], recalled=_REVIEW)
    path = tmp_path / "review.html"
    path.write_text("<html><head><title>Console review</title></head><body><p>x</p></body></html>", encoding="utf-8")
    assert texts(read_article(path))[1:] == _REVIEW


def test_html_keeps_the_precision_reading_when_recall_adds_only_sidebars(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    sidebar = ["Most read: five other stories", "Sign up for our newsletter today"]
    _fake_trafilatura(monkeypatch, precise=_REVIEW, recalled=_REVIEW + sidebar)
    path = tmp_path / "review.html"
    path.write_text("<html><head><title>Console review</title></head><body><p>x</p></body></html>", encoding="utf-8")
    assert texts(read_article(path))[1:] == _REVIEW


def test_pdf_title_repeated_as_every_pages_running_header_stays_on_page_one(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "spec.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    body = "The harbour board met on Monday and agreed the new rules for ferries and fishing boats."
    for page in range(4):
        if page == 0:
            pdf.setFont("Helvetica-Bold", 22)
            pdf.drawString(72, 800, "Harbour Safety Rules")
        else:
            pdf.setFont("Helvetica", 9)
            pdf.drawString(72, 810, "Harbour Safety Rules")  # the running header of the later pages
        pdf.setFont("Helvetica", 11)
        for line in range(8):
            pdf.drawString(72, 700 - 16 * line, f"{body} Section {page + 1}, item {line + 1}.")
        pdf.showPage()
    pdf.save()
    article = read_article(path)
    assert article.title == "Harbour Safety Rules"
    assert [b.text for b in article.blocks].count("Harbour Safety Rules") == 1

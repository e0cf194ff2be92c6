"""The corpus of bad articles: each case builds its file in a folder the test gives it.

Files are generated rather than checked in: some are large (a 20 MB inline image, a zip bomb), some
cannot live in git at all (a named pipe, a symlink loop, a link to /dev/zero), and generating them
keeps the exact bytes visible next to the expectation. Every case says what must come out: the exact
`DocumentError` subclass and reason, or, for files that are damaged but readable, the exact blocks.
"""

from __future__ import annotations

import codecs
import io
import os
import random
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from briefing_app.core.errors import (
    CorruptDocumentError,
    DocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    NoTextLayerError,
    UnsupportedFormatError,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

# Two-paragraph news items, long enough for language detection to be sure of them in a batch.
EN = (
    "Storm surge closes harbours on the west coast",
    "The Danish Meteorological Institute warned on Monday that the water could rise 1.8 metres above normal. "
    "Ferries between Esbjerg and Fanø were cancelled and 1,300 homes lost power.",
)
DA = (
    "Ny havvindmøllepark ud for Esbjerg",
    "Energistyrelsen oplyste mandag, at parken skal give strøm til 800.000 husstande, og at byggeriet går i gang "
    "næste år. Kritikere frygter for fuglelivet på øerne.",
)
AR = (
    "سيول جارفة تجتاح شمال الباطنة",
    "قالت السلطات يوم الاثنين إن الأمطار الغزيرة أدت إلى إجلاء أكثر من ثلاثة آلاف شخص من منازلهم في الولايات "
    "الساحلية، وأغلقت المدارس حتى نهاية الأسبوع.",
)
HE = (
    "גל החום: שיא חדש בצריכת החשמל",
    "חברת החשמל הודיעה ביום שני כי הצריכה הגיעה לשיא חדש, ומאות אנשים פונו לבתי חולים בשל מכת חום. "
    "משרד הבריאות קרא לציבור להישאר בבתים.",
)
LONG_LINE_CHARS = 200_000


def article(item: tuple[str, str]) -> str:
    return f"{item[0]}\n\n{item[1]}\n"


@dataclass(frozen=True)
class Case:
    """One bad input. `build(folder)` creates the file and returns its path."""

    name: str
    build: Callable[[Path], Path]
    error: type[DocumentError] | None = None  # None: the file is readable
    reason: str = ""  # the exact reason shown after "<file>: "
    blocks: tuple[str, ...] = ()  # for readable files: exactly these blocks
    encoding: str = ""  # for readable text files: the encoding reported
    title: str = ""  # for readable files whose title is not their first block
    in_batch: bool = True  # False for cases the batch test cannot hold (see the test)
    tags: tuple[str, ...] = field(default=())


def _bytes(filename: str, data: bytes | Callable[[], bytes]) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        path = folder / filename
        path.write_bytes(data() if callable(data) else data)
        return path

    return build


# ------------------------------------------------------------------------------------------ generators


def random_bytes(n: int, seed: int = 1) -> bytes:
    return random.Random(seed).randbytes(n)


def long_line(with_spaces: bool) -> str:
    """One 200,000-character line without punctuation (words, or one unbroken run of letters)."""
    if with_spaces:
        words = ("flood", "water", "harbour", "coast", "ferry", "storm", "power", "homes", "engineers", "inspected")
        line = " ".join(words[i % len(words)] for i in range(LONG_LINE_CHARS // 5))
    else:
        line = "abcdefghij" * (LONG_LINE_CHARS // 10)
    return line[:LONG_LINE_CHARS].strip()


def seed_docx() -> bytes:
    return (SEEDS / "blinken-ceasefire-en.docx").read_bytes()


def docx_replacing(member: str, data: bytes) -> bytes:
    """The seed .docx with one member's bytes replaced."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(seed_docx())) as real, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in real.infolist():
            zf.writestr(info.filename, data if info.filename == member else real.read(info))
    return buffer.getvalue()


def docx_bomb() -> bytes:
    """A valid .docx plus a 12 MB member of zeros that compresses about a thousand times (~12 kB)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        with zipfile.ZipFile(io.BytesIO(seed_docx())) as real:
            for info in real.infolist():
                zf.writestr(info.filename, real.read(info))
        with zf.open("word/media/padding.bin", "w", force_zip64=True) as member:
            chunk = bytes(1024 * 1024)
            for _ in range(12):
                member.write(chunk)
    return buffer.getvalue()


def corrupted_docx() -> bytes:
    """The seed .docx with 200 bytes in the middle of word/document.xml's compressed data overwritten."""
    data = bytearray(seed_docx())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra) + 40
    data[start : start + 200] = random_bytes(200, seed=3)
    return bytes(data)


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%s;" % (b"" if i == 2 else str(i - 1).encode())) * 10)
        for i in range(2, 10)
    )
    + b']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
)
DOCX_XXE = (
    b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    b"<w:p><w:r><w:t>Leaked &e;</w:t></w:r></w:p><w:p><w:r><w:t>Body text of the story.</w:t></w:r></w:p>"
    b"</w:body></w:document>"
)


def pdf_with(draw: Callable[[object], None], **canvas_options: object) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, **canvas_options)  # type: ignore[arg-type]
    draw(pdf)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def encrypted_pdf() -> bytes:
    return pdf_with(lambda c: c.drawString(72, 700, "Confidential briefing text."), encrypt="secret")  # type: ignore[attr-defined]


def scanned_pdf() -> bytes:
    return pdf_with(lambda c: c.rect(72, 72, 300, 400, fill=1))  # type: ignore[attr-defined]


def truncated_pdf() -> bytes:
    data = (SEEDS / "blinken-ceasefire-en.pdf").read_bytes()
    return data[: len(data) // 2]


PDF_PAGE_LOOP = b"""%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >> endobj
3 0 obj << /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >> endobj
trailer << /Root 1 0 R >>
%%EOF
"""


def html_with_scripts_and_inline_data() -> bytes:
    """Scripts that would rewrite the page, an event handler, and a 20 MB inline image."""
    return (
        b"<!doctype html><html><head><title>Storm surge closes harbours on the west coast</title>"
        b"<script>document.body.innerHTML='<p>INJECTED BY SCRIPT</p>';fetch('http://example.invalid/x')</script>"
        b'<script src="http://example.invalid/tracker.js"></script></head>'
        b'<body onload="alert(1)"><article><h1>Storm surge closes harbours on the west coast</h1><p>'
        + EN[1].encode()
        + b'</p><img src="data:image/png;base64,'
        + b"QUFB" * (5 * 1024 * 1024)
        + b'"><script>document.write("<p>WRITTEN BY SCRIPT</p>")</script></article></body></html>'
    )


HTML_XXE = (
    b'<!DOCTYPE html [<!ENTITY e SYSTEM "file:///etc/passwd">]><html><body><h1>'
    + EN[0].encode()
    + b"</h1><p>"
    + EN[1].encode()
    + b" &e;</p></body></html>"
)


def deeply_nested_html() -> bytes:
    return (
        b"<html><body>"
        + b"<div>" * 100_000
        + b"<p>"
        + EN[1].encode()
        + b"</p>"
        + b"</div>" * 100_000
        + b"</body></html>"
    )


def invalid_utf8() -> bytes:
    """A Danish UTF-8 article damaged twice: a stray 0xFF byte and a character cut in half at the end."""
    good = article(DA).encode("utf-8")
    cut = good.index(b"Kritikere")
    return good[:cut] + b"\xff" + good[cut:].rstrip(b"\n") + "ø".encode()[:1]


def nul_and_controls() -> bytes:
    text = f"{EN[0]}\x00\r\n\r\n{EN[1][:60]}\x07\x1b[31m{EN[1][60:]}\x00\r\n"
    return text.encode("utf-8") + b"\x00" * 4096  # a run of NULs at the end, as an interrupted copy leaves


def utf16(item: tuple[str, str], codec: str, bom: bytes = b"") -> bytes:
    return bom + article(item).encode(codec)


# ------------------------------------------------------------------------------------------ special files


def fifo(folder: Path) -> Path:
    path = folder / "named-pipe.txt"
    os.mkfifo(path)
    return path


def link_to_dev_zero(folder: Path) -> Path:
    path = folder / "dev-zero.txt"
    path.symlink_to("/dev/zero")
    return path


def symlink_loop_file(folder: Path) -> Path:
    (folder / "loop-b.txt").symlink_to("loop-a.txt")
    path = folder / "loop-a.txt"
    path.symlink_to("loop-b.txt")
    return path


# ------------------------------------------------------------------------------------------ the corpus

_DAMAGED_DOCX = "the Word document is damaged"
CASES: list[Case] = [
    Case("empty .txt (0 bytes)", _bytes("empty.txt", b""), EmptyDocumentError, "the file is empty (0 bytes)"),
    Case("whitespace only", _bytes("blank.txt", b"  \n\t\r\n   \n"), EmptyDocumentError, "the file contains no text"),
    Case(
        "random binary data named .txt",
        _bytes("binary.txt", lambda: random_bytes(8192)),
        UnsupportedFormatError,
        "not a text file: binary data",
    ),
    Case(
        "a PNG image named .txt",
        _bytes("photo.txt", lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random_bytes(2048, 2)),
        CorruptDocumentError,  # read as the image it is (OCR), like a PDF named .txt; this one is damaged
        "not a readable PNG image (damaged or not an image)",
    ),
    Case(
        "UTF-8 with a stray invalid byte and a character cut in half",
        _bytes("invalid-utf8.txt", invalid_utf8),
        blocks=(DA[0], DA[1].replace("Kritikere", "\ufffdKritikere") + "\ufffd"),
        encoding="utf-8 (damaged: invalid bytes replaced)",
    ),
    Case(
        "UTF-16 LE with BOM",
        _bytes("utf16-le-bom.txt", utf16(EN, "utf-16-le", codecs.BOM_UTF16_LE)),
        blocks=EN,
        encoding="utf-16",
    ),
    Case(
        "UTF-16 BE with BOM, Hebrew",
        _bytes("utf16-be-bom.txt", utf16(HE, "utf-16-be", codecs.BOM_UTF16_BE)),
        blocks=HE,
        encoding="utf-16",
    ),
    Case("UTF-16 LE without BOM", _bytes("utf16-le.txt", utf16(EN, "utf-16-le")), blocks=EN, encoding="utf-16-le"),
    Case(
        "UTF-16 LE without BOM, Arabic",
        _bytes("utf16-le-ar.txt", utf16(AR, "utf-16-le")),
        blocks=AR,
        encoding="utf-16-le",
    ),
    Case(
        "UTF-16 BE without BOM, Hebrew",
        _bytes("utf16-be-he.txt", utf16(HE, "utf-16-be")),
        blocks=HE,
        encoding="utf-16-be",
    ),
    Case("cp1256 Arabic", _bytes("arabic-cp1256.txt", article(AR).encode("cp1256")), blocks=AR, encoding="cp1256"),
    Case("cp1255 Hebrew", _bytes("hebrew-cp1255.txt", article(HE).encode("cp1255")), blocks=HE, encoding="cp1255"),
    Case(
        "NUL, BEL and ANSI escape characters, NUL padding at the end",
        _bytes("controls.txt", nul_and_controls),
        blocks=(EN[0], EN[1][:60] + "[31m" + EN[1][60:]),
        encoding="utf-8",
    ),
    Case(
        "one 200,000-character line of words without punctuation",
        _bytes("long-line.txt", lambda: f"{EN[0]}\n\n{long_line(True)}\n".encode()),
        blocks=(EN[0], long_line(True)),
        encoding="utf-8",
        in_batch=False,  # translated in test_long_line_is_split_to_fit_the_model instead (500 model inputs)
    ),
    Case(
        "one 200,000-character run of letters without spaces",
        _bytes("long-run.txt", lambda: f"{EN[0]}\n\n{long_line(False)}\n".encode()),
        blocks=(EN[0], long_line(False)),
        encoding="utf-8",
        in_batch=False,
    ),
    Case(
        "zero-byte .docx",
        _bytes("zero.docx", b""),
        CorruptDocumentError,
        "the file is empty (0 bytes), not a Word document",
    ),
    Case(
        "truncated .docx (first half)",
        _bytes("truncated.docx", lambda: seed_docx()[: len(seed_docx()) // 2]),
        CorruptDocumentError,
        "the Word document is damaged or truncated (File is not a zip file)",
    ),
    Case(
        "corrupted .docx (200 bytes overwritten in word/document.xml)",
        _bytes("corrupted.docx", corrupted_docx),
        CorruptDocumentError,
        f"{_DAMAGED_DOCX}: error: Error -3 while decompressing data: invalid bit length repeat",
    ),
    Case(
        "a text file renamed .docx",
        _bytes("renamed.docx", article(EN).encode()),
        CorruptDocumentError,
        "not a Word document: the file is not a ZIP archive (damaged or renamed)",
    ),
    Case(
        ".docx zip bomb (12 MB of zeros in 12 kB)",
        _bytes("bomb.docx", docx_bomb),
        CorruptDocumentError,
        "refused: the archive would inflate to 12 MB (word/media/padding.bin); it looks like a zip bomb",
    ),
    Case(
        ".docx whose document.xml is a billion-laughs entity bomb",
        _bytes("laughs.docx", lambda: docx_replacing("word/document.xml", BILLION_LAUGHS)),
        CorruptDocumentError,
        f"{_DAMAGED_DOCX}: XMLSyntaxError: Maximum entity amplification factor exceeded, see "
        "xmlCtxtSetMaxAmplification., line 1, column 7 (<string>, line 1)",
    ),
    Case(
        ".docx with an external entity pointing at /etc/passwd",
        _bytes("xxe.docx", lambda: docx_replacing("word/document.xml", DOCX_XXE)),
        blocks=("Leaked", "Body text of the story."),
        title="Blinken signals no immediate US press for Mideast cease-fire",  # from the core properties
    ),
    Case(
        ".docx without word/document.xml",
        _bytes("no-body.docx", lambda: docx_replacing("word/document.xml", b"")),
        CorruptDocumentError,
        f"{_DAMAGED_DOCX}: XMLSyntaxError: Document is empty, line 1, column 1 (<string>, line 1)",
    ),
    Case(
        "encrypted PDF",
        _bytes("locked.pdf", encrypted_pdf),
        EncryptedDocumentError,
        "the PDF is protected with a password; open it and save an unprotected copy",
    ),
    Case(
        "PDF without a text layer (a scan)",
        _bytes("scan.pdf", scanned_pdf),
        NoTextLayerError,
        "no text layer (a scanned or image-only PDF), and OCR found no text on its pages",
    ),
    Case(
        "truncated PDF (first half)",
        _bytes("truncated.pdf", truncated_pdf),
        CorruptDocumentError,
        "the PDF is truncated (its end-of-file marker is missing)",
    ),
    Case(
        "PDF whose page tree contains itself",
        _bytes("page-loop.pdf", PDF_PAGE_LOOP),
        EmptyDocumentError,
        "the PDF has no pages",
    ),
    Case(
        "zero-byte .pdf",
        _bytes("zero.pdf", b""),
        CorruptDocumentError,
        "the file is empty (0 bytes), not a PDF",
    ),
    Case(
        "HTML with scripts, an onload handler and a 20 MB inline image",
        _bytes("scripted.html", html_with_scripts_and_inline_data),
        blocks=EN,
    ),
    Case(
        "HTML with an external entity pointing at /etc/passwd",
        _bytes("xxe.html", HTML_XXE),
        blocks=(EN[0], EN[1] + " &e;"),
    ),
    Case(
        "HTML nested 100,000 <div>s deep",
        _bytes("nested.html", deeply_nested_html),
        EmptyDocumentError,
        "the page contains no article text",
    ),
    Case(
        "a named pipe (FIFO) called .txt: opening it would block forever",
        fifo,
        DocumentError,
        "not a regular file (a device, pipe or socket cannot be read as an article)",
    ),
    Case(
        "a symlink to /dev/zero called .txt: reading it would never end",
        link_to_dev_zero,
        DocumentError,
        "not a regular file (a device, pipe or socket cannot be read as an article)",
    ),
    Case(
        "a symlink loop called .txt",
        symlink_loop_file,
        DocumentError,
        "cannot open the file: Too many levels of symbolic links",
        in_batch=False,  # it crashes the batch's folder walk: see test_folder_with_a_symlink_loop
    ),
]

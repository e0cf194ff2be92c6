"""OCR of scans and photos: known text rendered in each language, read back through the app's reader.

Pages are small (a few lines at 300 dpi) to keep the suite quick. Latin text is set in the shipped Noto
Sans; Arabic and Hebrew in DejaVu Sans (Debian fonts-dejavu-core, installed by setup.sh), because the
shipped Noto Sans Hebrew has no digits and Pillow does no font fallback. Arabic is shaped by Pillow's
raqm layout. Character error rates are printed for every variant (run with -s to see them).
"""

from __future__ import annotations

import io
import random
import re
import unicodedata
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont, features

from briefing_app.core.documents import ocr as ocr_module
from briefing_app.core.documents import read_article
from briefing_app.core.errors import Cancelled, DocumentError
from briefing_app.core.progress import CancelToken

FONTS = Path(__file__).resolve().parents[2] / "briefing_app" / "resources" / "fonts"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
TEXTS = {
    "en": ["The council approved 4,250 new homes on 12 March 2024.", "The budget rose by 3.5 per cent to 1,200 million."],
    "da": ["Kommunen godkendte 4.250 nye boliger den 12. marts 2024.", "Budgettet steg med 3,5 procent til 1.200 millioner kroner."],
    "ar": ["وافق المجلس على بناء 4250 منزلا جديدا في عام 2024.", "وارتفعت الميزانية بنسبة 3.5 في المئة إلى 1200 مليون."],
    "he": ["המועצה אישרה בנייה של 4250 דירות חדשות בשנת 2024.", "התקציב גדל ב-3.5 אחוזים ל-1200 מיליון שקלים."],
}
CLEAN_LIMIT = {"en": 0.02, "da": 0.02, "ar": 0.06, "he": 0.06}
VARIANTS = ("clean", "rotated90", "skewed2", "noise", "jpeg", "pdf")


def render(language: str) -> Image.Image:
    rtl = language in ("ar", "he")
    font_path = DEJAVU if rtl else FONTS / "NotoSans-Regular.ttf"
    font = ImageFont.truetype(str(font_path), 42, layout_engine=ImageFont.Layout.RAQM)
    image = Image.new("L", (2000, 420), 255)
    draw = ImageDraw.Draw(image)
    y = 80
    for line in TEXTS[language]:
        if rtl:
            width = draw.textlength(line, font=font, direction="rtl")
            draw.text((1900 - width, y), line, font=font, fill=0, direction="rtl")
        else:
            draw.text((100, y), line, font=font, fill=0)
        y += 90
    return image


def variant(image: Image.Image, name: str, folder: Path) -> Path:
    path = folder / f"page-{name}.png"
    if name == "rotated90":
        image = image.rotate(90, expand=True, fillcolor=255)
    elif name == "skewed2":
        image = image.rotate(2, expand=True, fillcolor=255, resample=Image.Resampling.BICUBIC)
    elif name == "noise":
        rng = random.Random(15)
        pixels = image.load()
        for _ in range(image.width * image.height // 50):  # 2 % salt and pepper
            pixels[rng.randrange(image.width), rng.randrange(image.height)] = rng.choice((0, 255))
        image = image.filter(ImageFilter.GaussianBlur(0.6))
    elif name == "jpeg":
        path = folder / "page-jpeg.jpg"
        image.save(path, quality=35, dpi=(300, 300))
        return path
    elif name == "pdf":
        path = folder / "page-scan.pdf"
        image.convert("RGB").save(path, resolution=300)  # an image-only PDF, as a scanner makes
        return path
    image.save(path, dpi=(300, 300))
    return path


def normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def cer(expected: str, found: str) -> float:
    """Character error rate: Levenshtein distance over the expected length."""
    a, b = normalise(expected), normalise(found)
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1] / max(len(a), 1)


def test_pillow_shapes_arabic() -> None:
    assert features.check("raqm"), "Pillow without raqm cannot shape Arabic for these tests"


@pytest.mark.parametrize("language", list(TEXTS))
def test_ocr_character_error_rate(language: str, tmp_path: Path) -> None:
    expected = " ".join(TEXTS[language])
    page = render(language)
    rates = {}
    for name in VARIANTS:
        article = read_article(variant(page, name, tmp_path), language=language)
        found = " ".join(b.text for b in article.blocks)
        rates[name] = cer(expected, found)
        assert article.ocr is not None and article.ocr.pages[0].model == ocr_module.LANGUAGE_MODELS[language]
        assert all(b.ocr is not None for b in article.blocks)
        if name == "clean":
            assert rates[name] <= CLEAN_LIMIT[language], found
            for number in re.findall(r"\d+(?:[.,]\d+)*", expected):
                assert number in found, f"{number} not read exactly in {found!r}"
        if name == "rotated90":
            assert article.ocr.pages[0].rotation in (90, 270)
    print(f"\nOCR {language} CER: " + ", ".join(f"{k} {v:.1%}" for k, v in rates.items()))
    # Degraded pages are printed above; they still have to be readable, not perfect.
    assert max(rates.values()) <= 0.15, rates


@pytest.mark.parametrize("language", ["en", "ar", "he"])
def test_script_detected_without_language(language: str, tmp_path: Path) -> None:
    article = read_article(variant(render(language), "clean", tmp_path))
    assert article.ocr is not None
    assert article.ocr.pages[0].model == {"en": "dan+eng", "ar": "ara", "he": "heb"}[language]
    assert cer(" ".join(TEXTS[language]), " ".join(b.text for b in article.blocks)) <= 0.06


def test_multipage_tiff_progress_and_cancel(tmp_path: Path) -> None:
    pages = [render("en"), render("da")]
    path = tmp_path / "two.tif"
    pages[0].save(path, save_all=True, append_images=pages[1:], dpi=(300, 300))
    seen: list[tuple[int, int, str]] = []
    article = read_article(path, language="da", progress=lambda d, t, m: seen.append((d, t, m)))
    assert [p.page for p in article.ocr.pages] == [1, 2]  # type: ignore[union-attr]
    assert seen[-1] == (2, 2, "OCR page 2 of 2")
    assert article.ocr.dpi == 300  # type: ignore[union-attr]  # what the TIFF states
    assert any(m == "OCR page 1 of 2" for _, _, m in seen)
    token = CancelToken()

    def cancel_after_first(done: int, total: int, message: str) -> None:
        if message.startswith("OCR page 1"):
            token.cancel()

    with pytest.raises(Cancelled):
        read_article(path, language="da", progress=cancel_after_first, cancel=token)


def test_mixed_pdf_reads_only_scanned_pages_by_ocr(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    text_pdf = io.BytesIO()
    c = canvas.Canvas(text_pdf, pagesize=A4)
    c.setFont("Helvetica", 12)
    c.drawString(72, 760, "A page with a real text layer about the harbour budget for next year.")
    c.showPage()
    c.save()
    import pypdfium2 as pdfium

    scan = tmp_path / "scan.pdf"
    render("en").convert("RGB").save(scan, resolution=300)
    render("da").convert("RGB").save(tmp_path / "scan2.pdf", resolution=300)
    # Scan, text, scan: two runs of scanned pages around a page with a text layer.
    merged = pdfium.PdfDocument.new()
    merged.import_pages(pdfium.PdfDocument(scan))
    merged.import_pages(pdfium.PdfDocument(text_pdf.getvalue()))
    merged.import_pages(pdfium.PdfDocument(tmp_path / "scan2.pdf"))
    path = tmp_path / "mixed.pdf"
    merged.save(path)
    seen: list[tuple[int, int, str]] = []
    article = read_article(path, language="en", progress=lambda d, t, m: seen.append((d, t, m)))
    text = " ".join(b.text for b in article.blocks)
    assert text.index("4,250 new homes") < text.index("real text layer about the harbour budget") < text.index("4.250 nye")
    assert article.ocr is not None and [p.page for p in article.ocr.pages] == [1, 3] and article.ocr.page_count == 3
    assert [b.ocr is None for b in article.blocks].count(True) == 1
    ocr_steps = [(d, t) for d, t, m in seen if m.startswith("OCR page")]
    assert ocr_steps == [(1, 2), (2, 2)]  # one count over both runs of scanned pages
    assert article.ocr.dpi == 300


def test_hostile_images_get_clear_errors(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.png"
    Image.new("1", (20000, 20000), 1).save(bomb)  # 400 megapixels in a few hundred kilobytes
    with pytest.raises(DocumentError, match="too large"):
        read_article(bomb)
    good = tmp_path / "good.png"
    render("en").save(good, dpi=(300, 300))
    truncated = tmp_path / "truncated.png"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(DocumentError, match="damaged or truncated"):
        read_article(truncated, language="en")
    import pypdfium2 as pdfium

    huge = pdfium.PdfDocument.new()
    huge.new_page(20000, 20000)
    huge_path = tmp_path / "huge-page.pdf"
    huge.save(huge_path)
    with pytest.raises(DocumentError, match=r"page 1: refused, the page is 20000 × 20000 points"):
        read_article(huge_path)


def test_missing_tesseract_or_language_data_names_the_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = tmp_path / "good.png"
    render("en").save(good, dpi=(300, 300))
    monkeypatch.setattr(ocr_module, "installed_models", lambda: {"eng", "osd"})
    with pytest.raises(DocumentError, match="install tesseract-ocr-ara"):
        read_article(good, language="ar")
    monkeypatch.delenv("TESSERACT_CMD", raising=False)
    monkeypatch.setattr(ocr_module.shutil, "which", lambda name: None)
    with pytest.raises(DocumentError, match="apt install tesseract-ocr"):
        read_article(good, language="en")


def test_a_page_over_the_time_limit_is_a_clear_error(tmp_path: Path) -> None:
    engine = ocr_module.OcrEngine(tmp_path / "slow.png", "en", time_limit_s=0.01)
    with pytest.raises(DocumentError, match=r"page 3: OCR did not finish within 0 seconds"):
        engine.read_page(render("en"), 3)

"""Read text from page images with Tesseract, offline, through pytesseract and the system's `tesseract`.

pytesseract runs the installed `tesseract` program (Debian: tesseract-ocr, with tesseract-ocr-ara, -heb,
-dan, -eng and -osd for the language data) on one page image at a time and returns its word table with
confidences. Nothing is downloaded; where the program or a language's data is missing, the error names
the Debian package to install. Why not tesserocr: its wheel bundles its own libtesseract (5.5.4 with
Leptonica 1.87), which on a clean two-line Arabic test page dropped the second line and returned each
right-to-left word with its letters reversed, while Debian's tesseract 5.3 read both lines in logical
order. The cost: on a 2550x3300 English scan tesserocr took 6.6 s and this path 7.6 s (one OpenMP
thread, see below); on a two-line strip 0.11 s against 0.84 s (process start and PNG hand-over).
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing_app.core.errors import DocumentError
from briefing_app.core.model import BlockKind, OcrMark, OcrPageInfo, TextBlock

if TYPE_CHECKING:
    from PIL.Image import Image

OCR_DPI = 300
# Tesseract word confidence (0..1 here) below which a word is marked uncertain in the source pane and
# digits in it are reported as possibly misread.
LOW_CONFIDENCE = 0.6
PAGE_TIME_LIMIT_S = 180  # one page taking longer than this is a sign of a hostile or broken image

# The app's language codes to Tesseract models. Danish pages often quote English: both models together.
LANGUAGE_MODELS = {"en": "eng", "da": "dan+eng", "ar": "ara", "he": "heb"}
# What Tesseract's orientation-and-script detection names, to the model for it.
SCRIPT_MODELS = {"Arabic": "ara", "Hebrew": "heb", "Latin": "dan+eng"}
_DEBIAN_PACKAGE = "tesseract-ocr-{}"
_INSTALL = "apt install tesseract-ocr tesseract-ocr-osd tesseract-ocr-eng (and -ara, -heb, -dan)"


def tesseract_program() -> str | None:
    """The `tesseract` program: TESSERACT_CMD when set, else the one on PATH."""
    return os.environ.get("TESSERACT_CMD") or shutil.which("tesseract")


def installed_models() -> set[str]:
    """Language data the installed Tesseract has (empty when there is no Tesseract)."""
    program = tesseract_program()
    if program is None:
        return set()
    try:
        out = subprocess.run([program, "--list-langs"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return set()
    return {line.strip() for line in out.stdout.splitlines()[1:] if line.strip()}


def engine_name() -> str:
    """'Tesseract 5.3.0', or 'Tesseract' when the version cannot be read."""
    try:
        import pytesseract

        return f"Tesseract {pytesseract.get_tesseract_version()}"
    except Exception:  # pytesseract raises its own errors and OSError; the name is only informative
        return "Tesseract"


def model_for_language(language: str | None) -> str | None:
    """The Tesseract model for a language the user chose; None means detect the script first."""
    if not language or language == "auto":
        return None
    return LANGUAGE_MODELS.get(language)


@dataclass
class OcrPage:
    """What OCR read on one page: paragraphs in reading order, each with its confidence mark."""

    blocks: list[TextBlock]
    info: OcrPageInfo


@dataclass
class OcrEngine:
    """Tesseract for one document. `language` (an app code such as "ar") fixes the model; without it
    each page's script is detected with Tesseract's OSD and the model chosen from it."""

    path: Path
    language: str | None = None
    time_limit_s: float = PAGE_TIME_LIMIT_S
    _models: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        program = tesseract_program()
        if program is None:
            raise DocumentError(
                self.path,
                f"this is a scan or photo and reading it needs OCR, but Tesseract is not installed: {_INSTALL}",
            )
        import pytesseract

        pytesseract.pytesseract.tesseract_cmd = program
        # Debian's tesseract parallelises with OpenMP; on a busy 2-core machine that made a 2550x3300 scan
        # take 30 s instead of 7.6 s with one thread. pytesseract passes its module's `environ` to the
        # subprocess: give it a copy with the limit, leaving this process's environment (and CTranslate2's
        # own OpenMP threads) alone. A limit the user set wins.
        pytesseract.pytesseract.environ = {**os.environ, "OMP_THREAD_LIMIT": os.environ.get("OMP_THREAD_LIMIT", "1")}
        self._tess: Any = pytesseract
        self._models = installed_models()
        self._fixed = model_for_language(self.language)
        if self._fixed:
            self._require(self._fixed)

    def __enter__(self) -> OcrEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def _require(self, model: str) -> None:
        missing = [m for m in model.split("+") if m not in self._models]
        if missing:
            packages = " ".join(_DEBIAN_PACKAGE.format(m) for m in missing)
            raise DocumentError(
                self.path, f"OCR needs Tesseract's {'+'.join(missing)} language data: install {packages}"
            )

    def read_page(self, image: Image, page: int) -> OcrPage:
        """Recognise one page image (any mode; turned to greyscale here). `page` is 1-based, for messages."""
        original = image if image.mode == "L" else image.convert("L")
        rotation, script = self._orientation(original, page)
        gray = _turn(original, rotation)
        model = self._fixed or SCRIPT_MODELS.get(script or "")
        if model is None:
            blocks, model = self._best_of(gray, page)
            if _surety(blocks) < 0.5:
                # Neither script nor orientation known (a small or sparse page): every turn with every model.
                for turn in (t for t in (0, 90, 180, 270) if t != rotation):
                    turned_blocks, turned_model = self._best_of(_turn(original, turn), page)
                    if _surety(turned_blocks) > _surety(blocks) + _CLEARLY_BETTER:
                        blocks, model, rotation = turned_blocks, turned_model, turn
        else:
            self._require(model)
            blocks = self._recognise(gray, model, page)
            if _surety(blocks) < 0.5:
                # OSD could not tell or guessed wrong (little text, or a script it mistakes when turned):
                # a page turned the wrong way reads badly, so try the other turns and keep the surest.
                for turn in (t for t in (0, 90, 180, 270) if t != rotation):
                    turned_blocks = self._recognise(_turn(original, turn), model, page)
                    if _surety(turned_blocks) > _surety(blocks) + _CLEARLY_BETTER:
                        blocks, rotation = turned_blocks, turn
        return OcrPage(blocks, OcrPageInfo(page, model, rotation, None if self._fixed else script))

    def _run(self, call: Any, page: int) -> Any:
        try:
            return call()
        except RuntimeError as exc:  # pytesseract's timeout
            if "timeout" in str(exc).lower():
                raise DocumentError(
                    self.path,
                    f"page {page}: OCR did not finish within {self.time_limit_s:.0f} seconds "
                    "(the image may be damaged or hostile)",
                ) from None
            raise

    def _orientation(self, gray: Image, page: int) -> tuple[int, str | None]:
        """Rotation (0/90/180/270) and script from OSD; (0, None) when OSD cannot tell (too little text)."""
        if "osd" not in self._models:
            if self._fixed:
                return 0, None  # without OSD data a page is read upright, in the language given
            self._require("osd")
        try:
            text = self._run(
                lambda: self._tess.image_to_osd(gray, config=_dpi(gray) + " --psm 0", timeout=self.time_limit_s),
                page,
            )
        except self._tess.TesseractError:
            return 0, None  # "Too few characters": the caller tries other ways
        fields = dict(re.findall(r"^([A-Za-z ]+):\s*(\S+)", text, re.M))
        rotation = int(fields.get("Rotate", "0")) % 360
        if float(fields.get("Orientation confidence", "0")) < 1.0:
            rotation = 0  # a guess this weak turns upright pages over more often than it fixes turned ones
        script = fields.get("Script") if float(fields.get("Script confidence", "0")) >= 0.5 else None
        return rotation, script

    def _best_of(self, gray: Image, page: int) -> tuple[list[TextBlock], str]:
        """No language given and no script detected: read with each model and keep the surest reading."""
        best: tuple[float, list[TextBlock], str] | None = None
        for model in dict.fromkeys(SCRIPT_MODELS.values()):
            if any(m not in self._models for m in model.split("+")):
                continue
            blocks = self._recognise(gray, model, page)
            if best is None or _surety(blocks) > best[0]:
                best = (_surety(blocks), blocks, model)
        if best is None:
            self._require("eng")
            raise AssertionError("unreachable: _require raises")
        return best[1], best[2]

    def _recognise(self, gray: Image, model: str, page: int) -> list[TextBlock]:
        table = self._run(
            lambda: self._tess.image_to_data(
                gray, lang=model, config=_dpi(gray), output_type=self._tess.Output.DICT, timeout=self.time_limit_s
            ),
            page,
        )
        return _paragraphs(table)


# Tesseract sometimes reads a sideways page well either way up; a turn must beat the reading so far by this.
_CLEARLY_BETTER = 0.05


def _turn(image: Image, degrees: int) -> Image:
    """Turn a page clockwise by `degrees` (what OSD reports as needed); PIL's positive angles go the other way."""
    return image.rotate(-degrees, expand=True, fillcolor=255) if degrees else image


def _dpi(image: Image) -> str:
    """Tell Tesseract the resolution when the image does not (rendered pages, re-saved photos)."""
    dpi = image.info.get("dpi")
    if dpi and float(dpi[0]) >= 70:
        return ""
    return f"--dpi {OCR_DPI}"


def _surety(blocks: list[TextBlock]) -> float:
    """Mean word confidence weighted by paragraph length: how well a reading went."""
    chars = sum(len(b.text) for b in blocks)
    return sum((b.ocr.confidence if b.ocr else 0.0) * len(b.text) for b in blocks) / max(chars, 1)


def _paragraphs(table: dict[str, list[Any]]) -> list[TextBlock]:
    """Paragraphs from Tesseract's word table (rows in reading order, right-to-left lines logically)."""
    blocks: list[TextBlock] = []
    words: list[tuple[str, float]] = []
    current: tuple[int, int, int] | None = None
    for i, text in enumerate(table["text"]):
        word = str(text).strip()
        if int(table["level"][i]) != 5 or not word:
            continue
        key = (int(table["page_num"][i]), int(table["block_num"][i]), int(table["par_num"][i]))
        if key != current and words:
            blocks.append(_block(words))
            words = []
        current = key
        words.append((word, max(0.0, float(table["conf"][i])) / 100.0))
    if words:
        blocks.append(_block(words))
    return blocks


def _block(words: list[tuple[str, float]]) -> TextBlock:
    parts: list[str] = []
    uncertain: list[tuple[int, int]] = []
    at = 0
    for text, confidence in words:
        if parts:
            at += 1
        if confidence < LOW_CONFIDENCE:
            uncertain.append((at, at + len(text)))
        parts.append(text)
        at += len(text)
    mark = OcrMark(round(statistics.fmean(c for _, c in words), 4), tuple(uncertain))
    return TextBlock(" ".join(parts), BlockKind.BODY, mark)

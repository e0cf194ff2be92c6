"""One article of a headless batch: read, translate, check, write the exports and then the JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing_app import __version__
from briefing_app.console import ProgressLine
from briefing_app.core.atomic import write_bytes_atomic, write_text_atomic
from briefing_app.core.briefing import Briefing
from briefing_app.core.briefing_file import BriefingFileError
from briefing_app.core.checks import flagged as fidelity_flagged
from briefing_app.core.errors import BriefingError, PackMissingError
from briefing_app.core.glossary import Glossary
from briefing_app.core.model import Document
from briefing_app.core.pipeline import load_document, translate_document
from briefing_app.core.progress import ProgressCallback, no_progress
from briefing_app.core.translation.engine import TranslationEngine
from briefing_app.core.translation.memory import TranslationMemory
from briefing_app.export.formats import write_briefing

# How many fidelity warnings of one article are printed (all are in the PDF and JSON).
PRINTED_WARNINGS = 5
# Below this detection confidence a missing pack is reported together with the guess.
UNSURE_DETECTION = 0.9


@dataclass
class BatchJob:
    """What every article of a batch shares: targets, engine (models load once), settings."""

    targets: list[str]
    source: str
    out_dir: Path
    engine: TranslationEngine
    glossary: Glossary | None
    settings: dict[str, Any]  # recorded in each JSON; --resume compares it
    inputs: set[Path]  # resolved input paths: never overwritten
    progress: ProgressLine
    formats: list[str] = field(default_factory=lambda: ["pdf", "json"])  # --format
    memory: TranslationMemory | None = None  # the analyst's corrections, ahead of the model (--no-memory: None)


@dataclass
class Outcome:
    pdf: Path
    json: Path
    demo: bool
    warnings: int


def brief_one(job: BatchJob, file: Path, stem: str, label: str) -> Outcome:
    pdf_path, json_path = output_paths(job.out_dir, stem, job.inputs, job.formats)
    progress = job.progress
    progress.line(f"{label}: reading")
    document = load_document(file, language=job.source)
    confidence = f"{document.language.confidence:.0%}" if not document.language.overridden else "set by you"
    progress.line(
        f"{label}: {len(document.sentences)} sentences in {document.language.code} ({confidence}); "
        f"translating into {', '.join(job.targets)}"
    )
    briefing = translate(job, document, label)
    progress.clear()
    briefing.settings = dict(job.settings)
    # The exports first, the JSON last: a JSON beside its PDF marks a finished briefing for --resume.
    try:
        write_briefing(briefing, job.out_dir, stem, job.formats)
    except BriefingFileError as err:
        pdf_path.unlink(missing_ok=True)  # a PDF without its JSON would look finished to --resume
        raise BriefingError(err.reason) from None  # "could not save the briefing: No space left on device"
    flagged = flagged_lines(briefing)
    names = ", ".join(f"{stem}.briefing.{name}" for name in job.formats)
    report_written(progress, label, f"{names} in {job.out_dir}", flagged)
    return Outcome(pdf_path, json_path, briefing.demo, len(flagged))


def output_paths(out_dir: Path, stem: str, inputs: set[Path], formats: list[str] | None = None) -> tuple[Path, Path]:
    """Where the PDF and JSON of `stem` go (and the other formats asked for); never over an input."""
    for name in formats or ["pdf", "json"]:
        out = out_dir / f"{stem}.briefing.{name}"
        if out.resolve() in inputs:
            raise BriefingError(f"refusing to overwrite the input {out} with its own briefing")
    return out_dir / f"{stem}.briefing.pdf", out_dir / f"{stem}.briefing.json"


def flagged_lines(briefing: Briefing) -> list[str]:
    """One printable line per fidelity error or warning of the briefing (what --strict fails on)."""
    return [
        f"{c.severity} [{c.target}] sentence {c.sentence}: {c.message}" for c in fidelity_flagged(briefing.checks)
    ]


def report_written(progress: ProgressLine, label: str, written: str, flagged: list[str]) -> None:
    note = f"; {len(flagged)} fidelity warning{'s' if len(flagged) != 1 else ''}" if flagged else ""
    progress.line(f"{label}: wrote {written}{note}")
    for line in flagged[:PRINTED_WARNINGS]:
        progress.line(f"    {line}")


def translate(job: BatchJob, document: Document, label: str) -> Briefing:
    progress = job.progress
    return make_briefing(
        document,
        job.targets,
        job.engine,
        job.glossary,
        progress=lambda done, total, message: progress.update(done, total, f"{label} {message}"),
        memory=job.memory,
    )


def make_briefing(
    document: Document,
    targets: list[str],
    engine: TranslationEngine,
    glossary: Glossary | None,
    progress: ProgressCallback = no_progress,
    memory: TranslationMemory | None = None,
) -> Briefing:
    """Translate, extract facts and check; a missing pack after an unsure detection says so."""
    try:
        return translate_document(
            document, targets, engine, app_version=__version__, progress=progress, glossary=glossary, memory=memory
        )
    except PackMissingError as err:
        guess = document.language
        if not guess.overridden and guess.confidence < UNSURE_DETECTION:
            # A missing pack for a language the detector was unsure of is more likely a wrong guess.
            raise PackMissingError(
                err.source,
                err.target,
                f"{err.detail}; the article was detected as {guess.code} with only {guess.confidence:.0%} "
                "confidence: if that is wrong, give its language with --from CODE",
            ) from None
        raise


def write_outputs(pdf_path: Path, json_path: Path, pdf: bytes, json_text: str) -> None:
    """Write a briefing made elsewhere (a cluster worker): the PDF first, the JSON last, each atomically."""
    try:
        write_bytes_atomic(pdf_path, pdf)
    except OSError as err:
        raise BriefingError(f"could not write the PDF briefing {pdf_path}: {err.strerror or err}") from None
    try:
        write_text_atomic(json_path, json_text)
    except OSError as err:
        pdf_path.unlink(missing_ok=True)  # a PDF without its JSON would look finished to --resume
        raise BriefingError(f"could not write the briefing: {err.strerror or err}") from None

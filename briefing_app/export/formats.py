"""Every export format by name (`--format pdf,json,docx,html`, File > Export), written atomically."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from briefing_app.core.briefing import Briefing
from briefing_app.core.briefing_file import save_briefing

FORMATS = ("pdf", "json", "docx", "html")
DEFAULT_FORMATS = ("pdf", "json")


def parse_formats(text: str) -> list[str]:
    names = [n.strip().lower() for n in text.split(",") if n.strip()]
    bad = [n for n in names if n not in FORMATS]
    if not names or bad:
        raise ValueError(f"unknown format {', '.join(bad) or repr(text)}: choose from {', '.join(FORMATS)}")
    return list(dict.fromkeys(names))


def _writer(name: str) -> Callable[[Briefing, Path], None]:
    if name == "pdf":
        from briefing_app.export.pdf import export_pdf

        return export_pdf
    if name == "docx":
        from briefing_app.export.docx import export_docx

        return export_docx
    if name == "html":
        from briefing_app.export.html import export_html

        return export_html
    return save_briefing


def export_as(briefing: Briefing, path: Path, name: str) -> None:
    """Write `briefing` as format `name` to `path`; raises ExportError / BriefingFileError."""
    _writer(name)(briefing, path)


def write_briefing(briefing: Briefing, out_dir: Path, stem: str, formats: list[str]) -> list[Path]:
    """`<stem>.briefing.<ext>` for each format; the JSON last, since its presence marks a finished briefing."""
    ordered = [f for f in formats if f != "json"] + (["json"] if "json" in formats else [])
    written = []
    for name in ordered:
        path = out_dir / f"{stem}.briefing.{name}"
        export_as(briefing, path, name)
        written.append(path)
    return written

"""Where an export may be written: never over the article it briefs, and only into a folder that exists.

Every format (PDF, Word, HTML) checks this before it writes, with the same words.
"""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.errors import ExportError


def check_export_path(out_path: Path, source: Path) -> None:
    """ExportError when `out_path` is the source article itself, or its folder does not exist."""
    try:
        same = out_path.resolve() == Path(source).resolve()
    except OSError:
        same = False
    if same:
        raise ExportError(f"{out_path}: refusing to overwrite the source article; choose another file name")
    if not out_path.parent.is_dir():
        raise ExportError(f"{out_path}: folder {out_path.parent} does not exist")

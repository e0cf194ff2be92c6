"""The repository says what it needs itself: no file points at the steering notes beside the checkout."""

from __future__ import annotations

import re

from tests.conftest import ROOT

TEXT_SUFFIXES = {".py", ".md", ".toml", ".sh", ".txt", ".json", ".spec", ".cfg", ".in", ".xml", ".desktop"}
SKIP = {".git", ".venv", ".wheelhouse", "build", "dist", "__pycache__", ".mypy_cache", ".ruff_cache"}


def test_nothing_points_at_the_shared_notes() -> None:
    pattern = re.compile(r"shared/notes|\.\./shared|/work/shared")
    offenders = [
        str(path.relative_to(ROOT))
        for path in ROOT.rglob("*")
        if path.is_file()
        and path.suffix in TEXT_SUFFIXES
        and not SKIP.intersection(path.relative_to(ROOT).parts)
        and path.name != "test_no_shared_paths.py"
        and pattern.search(path.read_text(encoding="utf-8", errors="replace"))
    ]
    assert offenders == []

"""The linters as part of the suite, so CI enforces them: ruff everywhere, mypy (strict on the core)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_ruff() -> None:
    result = run(str(BIN / "ruff"), "check", "briefing_app", "tests")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy() -> None:
    result = run(str(BIN / "mypy"), "briefing_app")
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_imports_no_qt() -> None:
    """The core and the export must stay usable without Qt (headless, batch, tests)."""
    offenders = [
        str(path.relative_to(ROOT))
        for folder in ("briefing_app/core", "briefing_app/export")
        for path in (ROOT / folder).rglob("*.py")
        if re.search(r"^\s*(from|import)\s+PySide6", path.read_text(encoding="utf-8"), re.MULTILINE)
    ]
    assert offenders == []

"""Shipped data is reached through one helper, by name, never outside the resources folder."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefing_app.core.package_data import read_resource_text, resource, resource_path
from tests.conftest import ROOT


def test_reads_shipped_files_by_name() -> None:
    assert "SIL OPEN FONT LICENSE" in read_resource_text("fonts", "OFL.txt").upper()
    assert resource("icons", "briefing-desk-64.png").is_file()
    font = resource_path("fonts", "NotoSans-Regular.ttf")
    assert font.is_file() and font.read_bytes()[:4] in (b"\x00\x01\x00\x00", b"OTTO", b"true")


@pytest.mark.parametrize("bad", ["..", "../pyproject.toml", "/etc/passwd", "fonts\\..\\..", ""])
def test_refuses_names_that_leave_the_resources_folder(bad: str) -> None:
    with pytest.raises(ValueError, match="not a resource name"):
        resource(bad)


def test_a_missing_file_is_an_oserror() -> None:
    with pytest.raises(OSError):
        read_resource_text("fonts", "no-such-file.txt")


def test_no_other_module_calls_importlib_resources() -> None:
    """One helper instead of a call site per module (path guards and frozen-app handling live in one place)."""
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "briefing_app").rglob("*.py")
        if path.name != "package_data.py"
        and re.search(r"importlib\.resources|from importlib import resources", path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_resource_paths_are_inside_the_package() -> None:
    package = Path(__import__("briefing_app").__file__).resolve().parent
    assert resource_path("fonts").resolve().is_relative_to(package)

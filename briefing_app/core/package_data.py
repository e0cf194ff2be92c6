"""The one way to reach the data files shipped inside the package (`briefing_app/resources/`).

Through the package, never through the working directory, so it works from a source checkout, an
installed wheel and the PyInstaller bundle alike (which keeps package data beside the modules). Names
are checked so a caller cannot walk out of the resources folder, and real paths for libraries that
need a file (ReportLab fonts, Qt catalogues) are kept for the life of the process.
"""

from __future__ import annotations

import atexit
import functools
import gzip
import json
from contextlib import ExitStack
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path, PurePosixPath
from typing import Any

_KEEP_FILES = ExitStack()
atexit.register(_KEEP_FILES.close)


def resource(*parts: str) -> Traversable:
    """`resource("fonts", "OFL.txt")`: the shipped file or folder `briefing_app/resources/fonts/OFL.txt`."""
    for part in parts:
        pure = PurePosixPath(part)
        if not part or pure.is_absolute() or ".." in pure.parts or "\\" in part:
            raise ValueError(f"not a resource name: {part!r}")
    node = resources.files("briefing_app").joinpath("resources")
    for part in parts:
        node = node.joinpath(*PurePosixPath(part).parts)
    return node


@functools.cache
def resource_path(*parts: str) -> Path:
    """A real file-system path to a shipped file or folder (extracted once if the package is zipped)."""
    return Path(_KEEP_FILES.enter_context(resources.as_file(resource(*parts))))


def read_resource_text(*parts: str) -> str:
    """The text of a shipped UTF-8 file; OSError when it is missing (a damaged install)."""
    return resource(*parts).read_text(encoding="utf-8")


def read_resource_json_gz(*parts: str) -> Any:
    """The JSON of a shipped gzipped UTF-8 file (the taggers' models); OSError when it is missing."""
    with resource(*parts).open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
        return json.load(f)

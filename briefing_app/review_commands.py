"""`briefing-app` commands of the analyst's review: the translation memory, and re-rendering saved
briefings (`--headless FILE.briefing.json --format pdf,docx`) without translating again. No Qt."""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from pathlib import Path

from briefing_app import __version__
from briefing_app.commands import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, check_output_dir
from briefing_app.core.errors import BriefingError

_ROUTE_HELP = "a route such as en:ar, 'ROUTE:SENTENCE' for one sentence, or 'all'"


def _err(message: str) -> None:
    print(f"briefing-app: {message}", file=sys.stderr)


def memory_list(route: str | None = None) -> int:
    from briefing_app.core.translation.memory import TranslationMemory

    memory = TranslationMemory()
    try:
        entries = memory.entries(route)
    except BriefingError as err:
        _err(str(err))
        return EXIT_SOME_FAILED
    print(f"translation memory in {memory.path}: {len(entries)} entr{'y' if len(entries) == 1 else 'ies'}")
    for e in entries:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(e.created))
        print(f"{e.route}\t{when}\t{e.source}\t{e.translation}")
    return EXIT_OK


def memory_export(path: Path, route: str | None = None) -> int:
    from briefing_app.core.translation.memory import TranslationMemory

    try:
        count = TranslationMemory().export_tmx(path, route, __version__)
    except BriefingError as err:
        _err(str(err))
        return EXIT_SOME_FAILED
    print(f"exported {count} entr{'y' if count == 1 else 'ies'} to {path} (TMX 1.4)")
    return EXIT_OK


def memory_forget(spec: str) -> int:
    """`all`, `en:ar` (a route), or `en:ar:The exact source sentence.`"""
    from briefing_app.core.translation.memory import TranslationMemory

    parts = spec.split(":", 2)
    if spec.strip() == "all":
        route, source = None, None
    elif len(parts) >= 2 and all(p.isalpha() and 2 <= len(p) <= 3 for p in parts[:2]):
        route, source = f"{parts[0]}:{parts[1]}", (parts[2] if len(parts) == 3 else None)
    else:
        _err(f"--memory-forget: expected {_ROUTE_HELP}, not {spec!r}")
        return EXIT_USAGE
    try:
        count = TranslationMemory().forget(route, source)
    except BriefingError as err:
        _err(str(err))
        return EXIT_SOME_FAILED
    print(f"forgot {count} entr{'y' if count == 1 else 'ies'}")
    return EXIT_OK


def rerender(files: Sequence[Path], out_dir: Path, formats: Sequence[str]) -> int:
    """Write the exports of saved briefings again, from their JSON: nothing is translated.

    A file that cannot be read is named with its problem and never written over.
    """
    from briefing_app.core.briefing_file import read_briefing
    from briefing_app.export.formats import export_as

    problem = check_output_dir(out_dir)
    if problem:
        _err(problem)
        return EXIT_USAGE
    failed = 0
    for file in files:
        try:
            briefing = read_briefing(file)
            stem = file.name[: -len(".briefing.json")] if file.name.endswith(".briefing.json") else file.stem
            for name in formats:
                target = out_dir / f"{stem}.briefing.{name}"
                if target.resolve() == file.resolve():
                    continue  # the saved state is the JSON itself: never rewrite it from itself
                export_as(briefing, target, name)
                print(f"{file.name}: wrote {target}", file=sys.stderr)
        except BriefingError as err:
            failed += 1
            _err(f"FAILED {err}")
    print(f"briefing-app: {len(files) - failed} saved briefing(s) re-rendered, {failed} failed", file=sys.stderr)
    return EXIT_SOME_FAILED if failed else EXIT_OK

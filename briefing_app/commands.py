"""What each `briefing-app` command does, on top of the core. No Qt is imported here."""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.batch_tally import BatchTally, Failure
from briefing_app.console import ProgressLine
from briefing_app.core.briefing import DEMO_NOTICE
from briefing_app.core.errors import BriefingError, Cancelled, DocumentError, PackError, PackMissingError

if TYPE_CHECKING:
    from briefing_app.core.glossary import Glossary
    from briefing_app.core.translation.engine import EngineSettings
    from briefing_app.core.translation.memory import TranslationMemory

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_PACK_MISSING = 3
EXIT_WARNINGS = 4

SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf")
# Scans and photos, read by OCR (core/documents/images.py).
SUPPORTED_SUFFIXES += (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".webp")
_LANG = re.compile(r"^[a-z]{2,3}$")


def _err(message: str) -> None:
    print(f"briefing-app: {message}", file=sys.stderr)


# -- headless batch ------------------------------------------------------------------------------


def parse_languages(text: str) -> list[str]:
    codes = [c.strip().lower() for c in text.split(",") if c.strip()]
    bad = [c for c in codes if not _LANG.match(c)]
    if not codes or bad:
        raise ValueError(f"not language codes: {', '.join(bad) or repr(text)} (use ISO 639-1 codes such as ar,he,da)")
    return list(dict.fromkeys(codes))


def collect_inputs(inputs: Iterable[str]) -> tuple[list[Path], list[Failure]]:
    """Files named directly, and supported article files inside named folders (no link loops)."""
    files: list[Path] = []
    failures: list[Failure] = []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            found: list[Path] = []
            for folder, dirs, names in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(
                    Path(folder) / n
                    for n in names
                    if n.lower().endswith(SUPPORTED_SUFFIXES) and not n.startswith(".") and ".briefing." not in n
                )
            if not found:
                failures.append(Failure(path, "no article files in this folder"))
            files.extend(sorted(found))
        elif path.exists():
            files.append(path)
        elif path.is_symlink():
            failures.append(Failure(path, "a broken or looping symbolic link"))
        else:
            failures.append(Failure(path, "no such file or folder"))
    unique: dict[Path, Path] = {}
    for file in files:
        try:
            unique.setdefault(file.resolve(strict=True), file.absolute())
        except (OSError, RuntimeError):  # a symlink loop, or a file gone since it was listed
            failures.append(Failure(file, "a broken or looping symbolic link"))
    return list(unique.values()), failures


def output_stems(files: Sequence[Path]) -> dict[Path, str]:
    """`<name>` for each input; inputs that share a name keep their extension to stay apart."""
    counts: dict[str, int] = {}
    for f in files:
        counts[f.stem] = counts.get(f.stem, 0) + 1
    stems: dict[Path, str] = {}
    taken: set[str] = set()
    for f in files:
        stem = f.stem if counts[f.stem] == 1 else f"{f.stem}-{f.suffix.lstrip('.') or 'file'}"
        base, n = stem, 2
        while stem in taken:
            stem, n = f"{base}-{n}", n + 1
        taken.add(stem)
        stems[f] = stem
    return stems


def check_output_dir(out_dir: Path) -> str | None:
    """Why briefings cannot be written to `out_dir`, or None. Checked before any translation."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        return f"cannot create the output folder {out_dir}: {err.strerror or err}"
    if not out_dir.is_dir():
        return f"the output path {out_dir} is not a folder"
    try:
        with tempfile.NamedTemporaryFile(dir=out_dir, prefix=".briefing-write-test-"):
            pass
    except OSError as err:
        return f"cannot write to the output folder {out_dir}: {err.strerror or err}"
    return None


def headless(
    inputs: Sequence[str],
    to: str,
    source: str,
    out_dir: Path,
    *,
    beam: int | None = None,
    resume: bool = False,
    use_cache: bool = True,
    glossary: str | None = None,
    strict: bool = False,
    cluster: str | None = None,
    formats: Sequence[str] = ("pdf", "json"),
    use_memory: bool = True,
) -> int:
    from briefing_app.core.atomic import remove_stale_parts
    from briefing_app.core.translation.engine import EngineSettings

    try:
        targets = parse_languages(to)
        if source != "auto":
            source = parse_languages(source)[0]
        terms, glossary_id = _load_glossary(glossary)
    except (ValueError, BriefingError) as err:
        _err(str(err))
        return EXIT_USAGE
    if cluster and set(formats) != {"pdf", "json"}:
        # Workers send back the PDF and the JSON; the other formats are rendered from the JSON afterwards.
        _err(
            "--cluster writes PDF and JSON briefings; make the other formats from them afterwards with "
            "briefing-app --headless OUT/*.briefing.json --format " + ",".join(formats)
        )
        return EXIT_USAGE
    problem = check_output_dir(out_dir)
    if problem:
        _err(problem)
        return EXIT_USAGE
    remove_stale_parts(out_dir)  # half-written files of a batch that was killed
    files, failures = collect_inputs(inputs)
    total = len(files) + len(failures)
    settings = EngineSettings(beam_size=beam) if beam else EngineSettings()
    recorded = {"targets": targets, "from": source, "beam": settings.beam_size, "glossary": glossary_id}
    tally = BatchTally(failures)
    progress = ProgressLine(sys.stderr, unit="articles" if cluster else "sentences")
    stems = output_stems(files)

    def skip(file: Path) -> bool:
        return resume and already_briefed(file, out_dir, stems[file], recorded)

    if cluster:
        status = _headless_cluster(cluster, files, stems, targets, source, out_dir, terms, recorded, use_cache,
                                   tally, progress, skip)  # fmt: skip
    else:
        status = _headless_local(files, stems, targets, source, out_dir, terms, recorded, use_cache,
                                 settings, tally, progress, skip, list(formats),
                                 _memory() if use_memory else None)  # fmt: skip
    if status is not None:
        return status
    status = summarize(total, tally.written, tally.failures, tally.demo_used, tally.skipped, tally.warnings)
    return EXIT_WARNINGS if strict and status == EXIT_OK and tally.warnings else status


def _headless_local(
    files: list[Path],
    stems: dict[Path, str],
    targets: list[str],
    source: str,
    out_dir: Path,
    terms: Glossary | None,
    recorded: dict[str, object],
    use_cache: bool,
    settings: EngineSettings,
    tally: BatchTally,
    progress: ProgressLine,
    skip: Callable[[Path], bool],
    formats: list[str],
    memory: TranslationMemory | None,
) -> int | None:
    """The batch in this process, one article after another with one engine (models load once)."""
    from briefing_app.batch import BatchJob, brief_one
    from briefing_app.core.translation.cache import TranslationCache, cache_disabled_by_environment
    from briefing_app.core.translation.engine import TranslationEngine
    from briefing_app.core.translation.packs import PackStore

    store = PackStore()
    if not store.packs():
        _err(
            f"no language packs are installed in {store.root}. Install some with "
            "briefing-app --install-pack FILE_OR_FOLDER (or --build-demo-packs for the demo packs)"
        )
        return EXIT_PACK_MISSING
    cache = TranslationCache() if use_cache and not cache_disabled_by_environment() else None
    job = BatchJob(
        targets=targets,
        source=source,
        out_dir=out_dir,
        engine=TranslationEngine(store, settings, cache),
        glossary=terms,
        settings=dict(recorded),
        inputs={f.resolve() for f in files},  # what the outputs must never overwrite
        progress=progress,
        formats=formats,
        memory=memory,
    )
    for number, file in enumerate(files, start=1):
        label = f"[{number}/{len(files)}] {file.name}"
        try:
            if skip(file):
                progress.line(f"{label}: already briefed with these settings, skipped (--resume)")
                tally.skipped += 1
                continue
            outcome = brief_one(job, file, stems[file], label)
            tally.written.extend((outcome.pdf, outcome.json))
            tally.demo_used = tally.demo_used or outcome.demo
            tally.warnings += outcome.warnings
        except PackMissingError as err:
            tally.failures.append(Failure(file, str(err), missing_pack=True))
            progress.line(f"{label}: FAILED: {err}")
        except BriefingError as err:
            message = err.reason if isinstance(err, DocumentError) else str(err)
            tally.failures.append(Failure(file, message))
            progress.line(f"{label}: FAILED: {message}")
        except MemoryError:
            tally.failures.append(Failure(file, "not enough memory to process this article"))
            progress.line(f"{label}: FAILED: not enough memory")
        except Exception as err:  # noqa: BLE001 - one bad article must not end the batch
            tally.failures.append(Failure(file, f"internal error ({type(err).__name__}: {err})"))
            progress.line(f"{label}: FAILED: internal error ({type(err).__name__}: {err})")
    return None


def _headless_cluster(
    address: str,
    files: list[Path],
    stems: dict[Path, str],
    targets: list[str],
    source: str,
    out_dir: Path,
    terms: Glossary | None,
    recorded: dict[str, object],
    use_cache: bool,
    tally: BatchTally,
    progress: ProgressLine,
    skip: Callable[[Path], bool],
) -> int | None:
    """The batch on a Dask cluster (`--cluster`): Dask is imported only here."""
    try:
        from briefing_app.cluster.client import BatchSpec, ClusterError, connect, local_threads, parse_local, run_batch
        from briefing_app.cluster.tasks import EngineConfig
    except ImportError as err:
        _err(f"--cluster needs Dask ({err.name} is not installed): pip install 'briefing-app[cluster]'")
        return EXIT_USAGE
    try:
        local = parse_local(address)
        spec = BatchSpec(
            targets=targets,
            source=source,
            out_dir=out_dir,
            glossary=terms,
            settings=dict(recorded),
            inputs={f.resolve() for f in files},
            engine=EngineConfig(
                beam_size=int(str(recorded["beam"])),
                use_cache=use_cache,
                inter_threads=local_threads(local) if local else None,
            ),
        )
        progress.line(f"connecting to the cluster {address}")
        with connect(address) as client:
            run_batch(client, files, stems, spec, tally, progress, skip=skip)
    except ClusterError as err:
        progress.clear()
        _err(str(err))
        return EXIT_USAGE
    return None


def _memory() -> TranslationMemory:
    from briefing_app.core.translation.memory import TranslationMemory

    return TranslationMemory()


def _load_glossary(spec: str | None) -> tuple[Glossary | None, str | None]:
    """The glossary for --glossary (a file, or "starter"), and what identifies it for --resume."""
    if not spec:
        return None, None
    from briefing_app.core.glossary import load_glossary, starter_glossary
    from briefing_app.core.pipeline import file_sha256

    if spec == "starter":
        return starter_glossary(), "starter"
    path = Path(spec)
    return load_glossary(path), file_sha256(path)


def already_briefed(file: Path, out_dir: Path, stem: str, settings: dict[str, object]) -> bool:
    """True when both outputs exist for this exact source file and these settings."""
    from briefing_app.core.pipeline import file_sha256

    pdf_path, json_path = out_dir / f"{stem}.briefing.pdf", out_dir / f"{stem}.briefing.json"
    if not (pdf_path.is_file() and json_path.is_file()):
        return False
    try:
        data = json.loads(json_path.read_text(encoding="utf-8"))
        return bool(data["source"]["sha256"] == file_sha256(file) and data.get("settings") == settings)
    except (OSError, ValueError, KeyError, TypeError, BriefingError):
        return False  # unreadable or from another version: brief it again


def summarize(
    total: int, written: list[Path], failures: list[Failure], demo_used: bool, skipped: int = 0, warnings: int = 0
) -> int:
    ok = len(written) // 2
    kept = f", {skipped} already briefed" if skipped else ""
    print(
        f"briefing-app: {total} article{'s' if total != 1 else ''}: {ok} briefed{kept}, {len(failures)} failed, "
        f"{warnings} fidelity warning{'s' if warnings != 1 else ''}",
        file=sys.stderr,
    )
    for failure in failures:
        print(f"  FAILED {failure.path}: {failure.message}", file=sys.stderr)
    if demo_used:
        print(f"  note: {DEMO_NOTICE} (demo packs were used)", file=sys.stderr)
    if any(f.missing_pack for f in failures):
        return EXIT_PACK_MISSING
    return EXIT_SOME_FAILED if failures else EXIT_OK


# -- packs ---------------------------------------------------------------------------------------


def list_packs() -> int:
    from briefing_app.core.translation.packs import PackStore

    store = PackStore()
    packs = store.packs()
    print(f"language packs in {store.root}:")
    if not packs:
        print("  (none installed)")
    for pack in packs:
        size = pack.size_bytes / 1_000_000
        flag = f"  [{DEMO_NOTICE}]" if pack.demo else ""
        print(f"  {pack.source} -> {pack.target}  version {pack.version}  {size:.1f} MB{flag}")
    for problem in store.problems():
        print(f"  unusable: {problem}")
    return EXIT_OK


def install_packs(paths: Sequence[Path]) -> int:
    from briefing_app.core.translation.packs import PackStore, PartialInstallError

    store = PackStore()
    status = EXIT_OK
    for path in paths:
        try:
            results = store.install(path)
        except PackError as err:
            results = err.installed if isinstance(err, PartialInstallError) else []
            for line in str(err).splitlines():
                _err(line)
            status = EXIT_SOME_FAILED
        for pack, outcome in results:
            print(f"{outcome}: {pack.source} -> {pack.target} version {pack.version} ({path})")
    return status


def export_packs(dest: Path) -> int:
    from briefing_app.core.translation.packs import PackStore

    store = PackStore()
    if not store.packs():
        _err(f"no language packs are installed in {store.root}: nothing to export")
        return EXIT_SOME_FAILED
    try:
        files = store.export(dest)
    except OSError as err:
        _err(f"cannot write packs to {dest}: {err.strerror or err}")
        return EXIT_SOME_FAILED
    for file in files:
        print(f"exported: {file}")
    print(f"install them on another machine with: briefing-app --install-pack {dest}")
    return EXIT_OK


def remove_pack(pair: str) -> int:
    from briefing_app.core.translation.packs import PackStore

    try:
        source, target = _parse_pair(pair)
        pack = PackStore().remove(source, target)
    except (ValueError, PackError) as err:
        _err(str(err))
        return EXIT_USAGE if isinstance(err, ValueError) else EXIT_SOME_FAILED
    print(f"removed: {pack.source} -> {pack.target} version {pack.version}")
    return EXIT_OK


def _parse_pair(text: str) -> tuple[str, str]:
    source, sep, target = text.partition(":")
    if not sep or not _LANG.match(source) or not _LANG.match(target):
        raise ValueError(f"expected FROM:TO language codes such as en:ar, not {text!r}")
    return source, target


def download_packs(spec: str) -> int:
    """`en:ar,he,da` downloads en->ar, en->he and en->da."""
    from briefing_app.core.translation.download import download_packs as fetch
    from briefing_app.core.translation.packs import PackStore

    try:
        source, _, rest = spec.partition(":")
        if not _LANG.match(source):
            raise ValueError(f"expected FROM:TO[,TO...] such as en:ar,he, not {spec!r}")
        pairs = [(source, target) for target in parse_languages(rest)]
    except ValueError as err:
        _err(str(err))
        return EXIT_USAGE
    progress = ProgressLine(sys.stderr, unit="bytes")
    try:
        results = fetch(pairs, PackStore(), progress=progress.update)
    except BriefingError as err:
        progress.clear()
        _err(str(err))
        return EXIT_SOME_FAILED
    progress.clear()
    for pack, outcome in results:
        print(f"{outcome}: {pack.source} -> {pack.target} version {pack.version}")
    return EXIT_OK


def build_demo_packs(kind: str, out_dir: Path | None) -> int:
    from briefing_app.core.demo_packs import build_demo_packs as build
    from briefing_app.core.translation.packs import PackStore

    kinds = ("cipher", "base") if kind == "all" else (kind,)
    progress = ProgressLine(sys.stderr, unit="packs")
    with tempfile.TemporaryDirectory(prefix="briefing-demo-packs-") as tmp:
        target_dir = out_dir or Path(tmp)
        target_dir.mkdir(parents=True, exist_ok=True)
        try:
            files = build(target_dir, kinds, progress=progress.update)
        except Cancelled:
            return 130
        progress.clear()
        store = PackStore()
        try:
            for file in files:
                pack, outcome = store.install_file(file, force=True)
                print(f"{outcome}: {pack.source} -> {pack.target} ({pack.demo_kind} demo pack) from {file.name}")
        except PackError as err:
            _err(str(err))
            return EXIT_SOME_FAILED
    print(f"note: {DEMO_NOTICE}. Installed in {store.root}")
    return EXIT_OK


def open_desktop(files: Sequence[str], to: str | None = None) -> int:
    """The window; Qt is imported only here, so the headless paths never load it.

    With `to` ("ar,he,da") the given files are translated into those languages as they open.
    """
    targets = None
    if to:
        try:
            targets = parse_languages(to)
        except ValueError as err:
            print(f"briefing-app: error: --to: {err}", file=sys.stderr)
            return EXIT_USAGE
    from briefing_app.ui.app import run

    return run(files, targets)

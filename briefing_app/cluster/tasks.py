"""What a Dask worker does for a batch: brief one article sent as bytes, return the finished files.

Why a worker plugin holds the engine: a model takes seconds to load and hundreds of MB to hold, so
each worker process loads each pack once, on first use, and keeps it for every article it is given;
a task only looks the engine up. The plugin is registered by the client, so a worker that joins (or
replaces a killed one) mid-batch gets it too.

The worker uses its own installed packs (its BRIEFING_PACKS_DIR or app data folder); a missing one
comes back as a message naming the worker and the pair, never as a traceback.
"""

from __future__ import annotations

import dataclasses
import socket
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from distributed import WorkerPlugin, get_worker

from briefing_app.core.errors import BriefingError, DocumentError, PackMissingError
from briefing_app.core.glossary import Glossary
from briefing_app.core.translation.engine import Route


@dataclass(frozen=True)
class EngineConfig:
    """How every worker's engine is set up for one batch; part of the plugin's name."""

    beam_size: int
    use_cache: bool
    inter_threads: int | None = None  # None: the engine's default (2)

    @property
    def plugin_name(self) -> str:
        threads = self.inter_threads or "default"
        return f"briefing-engine-beam{self.beam_size}-cache{int(self.use_cache)}-threads{threads}"


class EnginePlugin(WorkerPlugin):
    """One `TranslationEngine` per worker process; models load on first use and stay."""

    # Registering it again (a second batch, the benchmark's warm-up) keeps the loaded models.
    idempotent = True

    def __init__(self, config: EngineConfig) -> None:
        self.config = config
        self.name = config.plugin_name
        self.engine: Any = None

    def setup(self, worker: Any) -> None:
        undo_dask_malloc_trim()
        from briefing_app.core.translation.cache import TranslationCache, cache_disabled_by_environment
        from briefing_app.core.translation.engine import EngineSettings, TranslationEngine
        from briefing_app.core.translation.packs import PackStore

        settings = EngineSettings(beam_size=self.config.beam_size)
        if self.config.inter_threads:
            settings = dataclasses.replace(settings, inter_threads=self.config.inter_threads)
        use_cache = self.config.use_cache and not cache_disabled_by_environment()
        cache = TranslationCache() if use_cache else None
        self.engine = TranslationEngine(PackStore(), settings, cache)

    def teardown(self, worker: Any) -> None:
        if self.engine is not None:
            self.engine.unload()
            if self.engine.cache is not None:
                self.engine.cache.close()


# glibc's mallopt parameters (malloc.h) and the values the engine is measured with.
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
_MMAP_THRESHOLD = 64 << 20
_TRIM_THRESHOLD = 128 << 20


def undo_dask_malloc_trim() -> bool:
    """Give CTranslate2 back glibc's usual heap behaviour inside a Dask worker.

    A Dask nanny starts its worker with MALLOC_TRIM_THRESHOLD_=65536 (to return memory sooner);
    setting it also freezes glibc's mmap threshold at 128 KiB, so every batch buffer of the
    engine is mapped and unmapped again: measured on 2 cores, one article took 12-22 s instead
    of 2.5-5 s, mostly in the kernel. Raising both thresholds at run time undoes that; the
    engine's own memory bound (two malloc arenas) still holds. Best effort: glibc only.
    """
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mmap = libc.mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD)
        return bool(mmap and libc.mallopt(_M_TRIM_THRESHOLD, _TRIM_THRESHOLD))
    except (OSError, AttributeError):
        return False


# A few sentences of no particular article: a date, a figure and a quote, so the warm-up touches
# every kind of work an article needs (detection, segmentation, facts, checks, PDF layout).
_WARM_UP_TEXT = (
    "Warm-up briefing\n\n"
    'The committee met on 3 March 2024 and approved 1,200 new posts. "We will start at once," the chair said.\n'
)


def preload_packs(plugin_name: str, dask_worker: Any = None) -> int:
    """Load every installed pack into this worker's engine (`client.run(preload_packs, name)`), and
    translate one sentence with each, and brief a few sentences once without translating them, so
    a measurement or a deadline pays neither for model loading nor for the rest of the first
    brief (CTranslate2's first run, language profiles, gazetteer, ReportLab and its fonts: a second
    or two of one-time work, which the in-process batch it is compared with has already done) on
    the first articles."""
    plugin = (dask_worker or get_worker()).plugins[plugin_name]
    if not isinstance(plugin, EnginePlugin) or plugin.engine is None:
        raise RuntimeError(f"worker has no {plugin_name} plugin")
    packs = plugin.engine.store.packs()
    plugin.engine.preload(packs)
    sentence = _WARM_UP_TEXT.split("\n")[2].split(". ")[0]
    for pack in packs:  # CTranslate2's first translation on a model sets up what later ones reuse
        plugin.engine.translate([sentence], pack.source, pack.target, route=Route(pack.source, pack.target, (pack,)))
    task = ArticleTask("warm-up.txt", _WARM_UP_TEXT.encode("utf-8"), (), "auto", None, {}, plugin_name)
    warm = ArticleResult(worker="")
    _brief(task, plugin.engine, warm)
    return len(packs)


@dataclass(frozen=True)
class ArticleTask:
    """One article as the client sends it: its bytes, so workers need no access to its files."""

    path: str  # the client's path: named in messages and recorded in the briefing
    data: bytes
    targets: tuple[str, ...]
    source: str
    glossary: Glossary | None
    settings: dict[str, Any]  # recorded in the JSON (--resume compares it)
    plugin: str


@dataclass
class ArticleResult:
    """A finished briefing (PDF and JSON), or why there is none."""

    worker: str
    pdf: bytes = b""
    json_text: str = ""
    demo: bool = False
    flagged: list[str] = field(default_factory=list)
    summary: str = ""  # "N sentences in xx (97%)"
    error: str = ""
    missing_pack: bool = False
    seconds: float = 0.0  # time spent on the worker, for the benchmark's overhead figure


def brief_article(task: ArticleTask) -> ArticleResult:
    """Read, translate, check and lay out one article on this worker."""
    started = time.perf_counter()
    worker = get_worker()
    where = f"{worker.address} ({socket.gethostname()})"
    plugin = worker.plugins.get(task.plugin)
    result = ArticleResult(worker=where)
    if not isinstance(plugin, EnginePlugin) or plugin.engine is None:
        result.error = f"worker {where} has no briefing engine (its plugin did not start; see the worker's log)"
        return result
    try:
        _brief(task, plugin.engine, result)
    except PackMissingError as err:
        result.error = f"on worker {where}: {err}"
        result.missing_pack = True
    except DocumentError as err:
        result.error = err.reason
    except BriefingError as err:
        result.error = str(err)
    except MemoryError:
        result.error = f"not enough memory on worker {where} to process this article"
    result.seconds = time.perf_counter() - started
    return result


def _brief(task: ArticleTask, engine: Any, result: ArticleResult) -> None:
    from briefing_app.batch import flagged_lines, make_briefing
    from briefing_app.core.pipeline import load_document
    from briefing_app.export.pdf import export_pdf

    name = Path(task.path).name
    with tempfile.TemporaryDirectory(prefix="briefing-worker-") as tmp:
        # The readers take a path (the extension picks the format): the bytes go in a private copy
        # with the article's own name, and the briefing records the client's path.
        local = Path(tmp) / name
        local.write_bytes(task.data)
        document = load_document(local, language=task.source)
        document.path = Path(task.path)
        guess = document.language
        confidence = f"{guess.confidence:.0%}" if not guess.overridden else "set by you"
        result.summary = f"{len(document.sentences)} sentences in {guess.code} ({confidence})"
        briefing = make_briefing(document, list(task.targets), engine, task.glossary)
        briefing.settings = dict(task.settings)
        pdf_path = Path(tmp) / f"{Path(name).stem}.briefing.pdf"
        export_pdf(briefing, pdf_path)
        result.pdf = pdf_path.read_bytes()
    result.json_text = briefing.to_json_text()
    result.demo = briefing.demo
    result.flagged = flagged_lines(briefing)

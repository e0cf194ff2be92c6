"""The speed benchmark of Briefing Desk: one command, one table, one final line of name=value pairs.

    .venv/bin/python bench/run.py            # from the repository root; about 5-8 minutes on 2 cores

It builds the base-size demo packs it needs (real Argos dimensions, int8, every sentence decodes to
exactly `output_tokens` pieces, so every path below decodes the same number of tokens) into a cache
folder under the system temp folder (reused by the next run; `--cache DIR` to choose), installs them
into a temporary pack store, and measures in one run:

* Argos's own `translate()` on the same packs, text and beam, in a subprocess (bench/_argos_path.py);
* the engine's limit: raw `ctranslate2` `translate_batch` over all pre-tokenised sentences, with the
  best of a few thread and batch settings;
* our pipeline (read, segment, detect, translate into ar, he, da): cold and warm, on the sample
  article and on a long one; time to the first translated sentence; beam 1, 2 and 4;
* a second look through the persistent translation cache; PDF export; `--version` and the window;
  peak RSS of a headless CLI run; batches of articles.

Words/s always means source words x target languages / seconds, on the same sentences. The table
goes to stdout and, with the machine and date, to bench/RESULTS.md (`--results PATH`, or `--results
-` for none). Absolute times depend on what else the machine runs: the load average is printed.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import io
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python bench/run.py` puts bench/ first on the path, not the repo
    sys.path.insert(0, str(ROOT))

from briefing_app.core.errors import BriefingError  # noqa: E402
from briefing_app.core.model import Document  # noqa: E402
from briefing_app.core.translation.engine import EngineSettings, TranslationEngine  # noqa: E402
from briefing_app.core.translation.packs import PackStore  # noqa: E402

SAMPLE = ROOT / "seeds" / "blinken-ceasefire-en.txt"
TARGETS = ("ar", "he", "da")
SOURCE = "en"
BIN = Path(sys.executable).parent
_T = TypeVar("_T")


@dataclass
class Config:
    """What to measure and how big. `Config()` is the real benchmark; tests pass tiny packs."""

    vocab_size: int = 32000
    d_model: int = 512
    layers: int = 6
    heads: int = 8
    ffn: int = 2048
    output_tokens: int = 30
    beam: int = 2
    other_beams: tuple[int, ...] = (1, 4)
    warm_runs: int = 3
    long_words: int = 20_000
    batch_checkpoints: tuple[int, ...] = (5, 10, 20)
    # (inter_threads, intra_threads, batch_type, max_batch_size) tried for the engine's limit.
    limit_settings: tuple[tuple[int, int, str, int], ...] = (
        (2, 1, "examples", 8),
        (2, 1, "tokens", 1024),
        (2, 1, "tokens", 2048),
        (1, 2, "examples", 32),
    )
    version_runs: int = 5
    pdf_runs: int = 3
    window_runs: int = 3
    argos: bool = True
    window: bool = True
    headless: bool = True
    cache_dir: Path | None = None
    engine_settings: EngineSettings = field(default_factory=EngineSettings)

    def pack_key(self) -> str:
        return f"v{self.vocab_size}-d{self.d_model}-l{self.layers}-h{self.heads}-f{self.ffn}-t{self.output_tokens}"


@dataclass
class Row:
    """One line of the table: a measurement, and the target it is held to (if any)."""

    name: str
    value: str
    target: str = ""
    ok: bool | None = None  # None: informative only

    @property
    def verdict(self) -> str:
        return "" if self.ok is None else ("PASS" if self.ok else "FAIL")


@dataclass
class Results:
    rows: list[Row] = field(default_factory=list)
    values: dict[str, float | int | str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def row(self, name: str, value: str, target: str = "", ok: bool | None = None) -> None:
        self.rows.append(Row(name, value, target, ok))
        print(f"  {name}: {value}  {target}  {'' if ok is None else ('PASS' if ok else 'FAIL')}", flush=True)

    def table(self) -> str:
        head = ("measurement", "value", "target", "result")
        body = [(r.name, r.value, r.target, r.verdict) for r in self.rows]
        widths = [max(len(x[i]) for x in [head, *body]) for i in range(4)]
        lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(head, widths, strict=True)) + " |"]
        lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
        lines += ["| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |" for row in body]
        return "\n".join(lines)

    def final_line(self) -> str:
        return " ".join(f"{k}={_fmt(v)}" for k, v in self.values.items())


def _fmt(value: float | int | str) -> str:
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)


# -- set-up ---------------------------------------------------------------------------------------


def build_packs(config: Config, cache_root: Path) -> list[Path]:
    """The three base-size packs as .argosmodel files, built once per size into `cache_root`.

    Why cached: building takes about 20 s; the packs are deterministic (seeded by pair), so a
    rebuilt pack is byte-for-byte the same model.
    """
    from briefing_app.core.demo_packs import build_base_pack

    folder = cache_root / config.pack_key()
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for target in TARGETS:
        expected = folder / f"translate-{SOURCE}_{target}-demo-base.argosmodel"
        if not expected.is_file():
            with tempfile.TemporaryDirectory(dir=folder, prefix=".building-") as tmp:
                built = build_base_pack(
                    SOURCE,
                    target,
                    Path(tmp),
                    config.output_tokens,
                    vocab_size=config.vocab_size,
                    d_model=config.d_model,
                    layers=config.layers,
                    heads=config.heads,
                    ffn=config.ffn,
                )
                os.replace(built, expected)
        files.append(expected)
    return files


def default_cache_root() -> Path:
    return Path(tempfile.gettempdir()) / "briefing-bench-cache"


def words_of(document: Document) -> int:
    return sum(len(s.text.split()) for s in document.sentences)


def write_long_article(path: Path, min_words: int) -> int:
    """The sample's paragraphs, repeated in parts until `min_words`, each part's paragraphs varied.

    Every paragraph of part k starts "In part k," and the parts rotate the paragraph order, so no
    two sentences are identical and the mix of sentence lengths stays the sample's.
    """
    lines = [line for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    title, paragraphs = lines[0], lines[1:]
    out = [f"{title} (long edition)", ""]
    words, part = 0, 0
    while words < min_words:
        part += 1
        shift = part % len(paragraphs)
        for paragraph in paragraphs[shift:] + paragraphs[:shift]:
            text = f"In part {part}, {paragraph}"
            out.append(text)
            words += len(text.split())
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return words


def write_batch_articles(folder: Path, count: int) -> list[Path]:
    """`count` copies of the sample, each with its own dispatch line, so none is identical."""
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    files = []
    for number in range(1, count + 1):
        text = [f"{lines[0]} (dispatch {number})", "", f"Dispatch {number} of {count}, filed from the desk."]
        text += lines[1:]
        path = folder / f"article-{number:02d}.txt"
        path.write_text("\n".join(text) + "\n", encoding="utf-8")
        files.append(path)
    return files


# -- measurements ---------------------------------------------------------------------------------


@dataclass
class PipelineRun:
    seconds: float
    read_seconds: float
    first_result: float  # from the call of translate_document to the first on_result
    words: int
    sentences: int
    briefing: Any

    def wps(self, targets: int = len(TARGETS)) -> float:
        return self.words * targets / self.seconds


def pipeline(engine: TranslationEngine, article: Path, targets: Sequence[str] = TARGETS) -> PipelineRun:
    """Our pipeline as the CLI and the GUI run it: read, segment, detect, then translate_document."""
    from briefing_app import __version__
    from briefing_app.core.pipeline import load_document, translate_document

    started = time.perf_counter()
    document = load_document(article)
    read = time.perf_counter() - started
    first: list[float] = []
    call = time.perf_counter()

    def on_result(_target: str, _index: int, _text: str) -> None:
        if not first:
            first.append(time.perf_counter() - call)

    briefing = translate_document(document, list(targets), engine, app_version=__version__, on_result=on_result)
    seconds = time.perf_counter() - started
    return PipelineRun(seconds, read, first[0] if first else 0.0, words_of(document), len(document.sentences), briefing)


@dataclass
class LimitRun:
    seconds: float
    setting: tuple[int, int, str, int]
    decoded_tokens: int


class EngineLimit:
    """Raw CTranslate2: one `translate_batch` per language over every pre-tokenised sentence."""

    def __init__(self, store: PackStore, texts: Sequence[str], beam: int) -> None:
        import sentencepiece

        self.packs = [store.find(SOURCE, t) for t in TARGETS]
        self.beam = beam
        self.tokens: list[list[list[str]]] = []
        for pack in self.packs:
            assert pack is not None
            processor = sentencepiece.SentencePieceProcessor(model_file=str(pack.path / "sentencepiece.model"))
            self.tokens.append([processor.encode(t, out_type=str) for t in texts])
        self._translators: dict[tuple[int, int], list[Any]] = {}

    def translators(self, inter: int, intra: int) -> list[Any]:
        import ctranslate2

        key = (inter, intra)
        if key not in self._translators:
            self._translators.clear()  # one set of models at a time: memory stays what the app uses
            self._translators[key] = [
                ctranslate2.Translator(
                    str(p.path / "model"), device="cpu", compute_type="int8", inter_threads=inter, intra_threads=intra
                )
                for p in self.packs
                if p is not None
            ]
            self._translators[key][0].translate_batch([self.tokens[0][0]], beam_size=self.beam)  # first-run costs
        return self._translators[key]

    def run(self, setting: tuple[int, int, str, int]) -> LimitRun:
        inter, intra, batch_type, max_batch_size = setting
        translators = self.translators(inter, intra)
        started = time.perf_counter()
        decoded = 0
        for translator, tokens in zip(translators, self.tokens, strict=True):
            results = translator.translate_batch(
                tokens,
                beam_size=self.beam,
                max_batch_size=max_batch_size,
                batch_type=batch_type,
                length_penalty=0.2,
            )
            decoded += sum(len(r.hypotheses[0]) for r in results)
        return LimitRun(time.perf_counter() - started, setting, decoded)


def argos_path(pack_files: Sequence[Path], sentences: Sequence[str], beam: int, work: Path) -> dict[str, Any]:
    """Argos's own translate() in a fresh process whose Argos folders are all temporary."""
    home = work / "argos-home"
    env = dict(
        os.environ,
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        ARGOS_PACKAGES_DIR=str(home / "packages"),
        ARGOS_BEAM_SIZE=str(beam),
        ARGOS_DEVICE_TYPE="cpu",
    )
    request = work / "argos-request.json"
    request.write_text(
        json.dumps(
            {
                "packs": [str(p) for p in pack_files],
                "source": SOURCE,
                "targets": list(TARGETS),
                "text": "\n".join(sentences),
            }
        ),
        encoding="utf-8",
    )
    args = [sys.executable, str(Path(__file__).with_name("_argos_path.py")), str(request)]
    return _json_report(args, "Argos's path", env=env, timeout=900)


def _json_report(args: list[str], what: str, **kwargs: Any) -> dict[str, Any]:
    """Run a child process whose last stdout line is a JSON report; its stderr tail on failure."""
    out = subprocess.run(args, capture_output=True, text=True, **kwargs)
    if out.returncode != 0:
        raise RuntimeError(f"{what} failed: {out.stderr.strip()[-2000:]}")
    report: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return report


def long_article_child(store_root: Path, article: Path, beam: int) -> dict[str, Any]:
    """The long article in a fresh process, so its peak RSS is its own (this process has held
    several sets of models by then). The child loads the models, briefs the sample once (warm-up,
    and the peak RSS to compare with), then times the long article."""
    args = [sys.executable, "-m", "bench.run", "--child-long", str(store_root), str(article), str(beam)]
    return _json_report(args, "the long-article process", cwd=ROOT, timeout=3600)


def _child_long(store_root: Path, article: Path, beam: int) -> dict[str, Any]:
    store = PackStore(store_root)
    engine = TranslationEngine(store, EngineSettings(beam_size=beam))
    engine.preload(store.packs())
    pipeline(engine, SAMPLE)
    sample_hwm = _hwm_mb()
    run_ = pipeline(engine, article)
    return {
        "words": run_.words,
        "sentences": run_.sentences,
        "seconds": run_.seconds,
        "sample_hwm_mb": sample_hwm,
        "long_hwm_mb": _hwm_mb(),
    }


def _hwm_mb() -> float:
    """Peak resident memory of this process so far (VmHWM), in MB."""
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def second_look(
    store: PackStore, settings: EngineSettings, article: Path, folder: Path
) -> tuple[float, float, float, float]:
    """(first look with the cache on, second look, its read+detect part, the engine's cache part).

    Each look uses a fresh engine, like a fresh app.

    The second engine starts with no model loaded: a second look must not need one.
    """
    from briefing_app.core.translation.cache import TranslationCache

    cache = TranslationCache(folder)
    first = pipeline(TranslationEngine(store, settings, cache), article).seconds
    cache.close()
    cache = TranslationCache(folder)
    engine = TranslationEngine(store, settings, cache)
    again = pipeline(engine, article)
    assert not engine._loaded, "the second look loaded a model"
    texts = [s.text for s in again.briefing.document.sentences]
    started = time.perf_counter()
    engine.translate_many(texts, SOURCE, list(TARGETS))
    lookup = time.perf_counter() - started
    cache.close()
    return first, again.seconds, again.read_seconds, lookup


def time_pdf(briefing: Any, folder: Path, runs: int = 3) -> tuple[float, float]:
    """(first export in this process, best of the next `runs`): fonts register on the first."""
    from briefing_app.export.pdf import export_pdf

    times = []
    for number in range(runs + 1):
        started = time.perf_counter()
        export_pdf(briefing, folder / f"sample-{number}.briefing.pdf")
        times.append(time.perf_counter() - started)
    return times[0], min(times[1:]) if runs else times[0]


def time_version(runs: int) -> float:
    """Best wall time of `briefing-app --version` from spawning the process to its exit."""
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([str(BIN / "briefing-app"), "--version"], capture_output=True, check=True, timeout=60)
        best = min(best, time.perf_counter() - started)
    return best


def time_window(runs: int) -> tuple[float | None, str]:
    """bench/startup_window.py (written with the GUI) if it exists and works, else None and why."""
    script = Path(__file__).with_name("startup_window.py")
    if not script.is_file():
        return None, "bench/startup_window.py does not exist"
    try:
        out = subprocess.run(
            [sys.executable, str(script), "--runs", str(runs)], capture_output=True, text=True, timeout=300
        )
    except subprocess.TimeoutExpired:
        return None, "bench/startup_window.py timed out"
    match = re.search(r"median (\d+) ms, best (\d+) ms", out.stdout)
    if out.returncode != 0 or match is None:
        return None, f"bench/startup_window.py failed: {(out.stderr or out.stdout).strip()[-300:]}"
    return int(match.group(1)) / 1000, out.stdout.strip().splitlines()[0]


def headless_run(store_root: Path, article: Path, work: Path) -> tuple[float, float]:
    """(peak RSS in MB, wall seconds) of `briefing-app --headless ARTICLE --to ar,he,da --no-cache`.

    The peak is the child's own VmHWM, read from /proc every 20 ms until it exits. Not ru_maxrss:
    Linux starts a child's ru_maxrss at the peak of the memory it was forked (or vforked) from, so
    a child of this large process would report this process's peak, whatever it used itself.
    """
    out_dir = work / "headless-out"
    home = work / "headless-home"
    env = dict(
        os.environ,
        BRIEFING_PACKS_DIR=str(store_root),
        BRIEFING_OFFLINE="1",
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    command = [str(BIN / "briefing-app"), "--headless", str(article), "--to", ",".join(TARGETS)]
    command += ["--out", str(out_dir), "--no-cache"]
    log_file = work / "headless-stderr.txt"
    started = time.perf_counter()
    peak_kb = 0
    with open(log_file, "wb") as err:
        child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=err)
        status = Path(f"/proc/{child.pid}/status")
        while child.poll() is None:
            try:
                for line in status.read_text(encoding="ascii").splitlines():
                    if line.startswith("VmHWM:"):
                        peak_kb = max(peak_kb, int(line.split()[1]))
            except (OSError, ValueError):
                pass  # the process is ending
            time.sleep(0.02)
    seconds = time.perf_counter() - started
    if child.returncode != 0:
        raise RuntimeError(f"headless run failed ({child.returncode}): {log_file.read_text(errors='replace')[-2000:]}")
    return peak_kb / 1024, seconds


def batch_times(
    engine: TranslationEngine, files: Sequence[Path], out_dir: Path, checkpoints: Sequence[int]
) -> tuple[dict[int, float], list[str]]:
    """Seconds per article after the first N articles of one batch (each N in `checkpoints`), and failures.

    Each article goes through `briefing_app.batch.brief_one`, exactly what `--headless --no-cache` does per
    article (read, translate into every target, PDF, JSON) with one engine for the whole batch.
    Measuring the checkpoints inside one batch of the largest size is the same work as separate
    batches of 5 and 10 (the first 5 articles of a batch of 20 *are* a batch of 5) at half the time.
    """
    from briefing_app.batch import BatchJob, brief_one
    from briefing_app.console import ProgressLine

    job = BatchJob(
        targets=list(TARGETS),
        source="auto",
        out_dir=out_dir,
        engine=engine,
        glossary=None,
        settings={"targets": list(TARGETS), "from": "auto", "beam": engine.settings.beam_size, "glossary": None},
        inputs={f.resolve() for f in files},
        progress=ProgressLine(io.StringIO()),
    )
    per_article: dict[int, float] = {}
    failures: list[str] = []
    started = time.perf_counter()
    for number, file in enumerate(files, start=1):
        try:
            brief_one(job, file, file.stem, file.name)
        except BriefingError as err:  # the CLI reports the article and goes on; so does the batch here
            failures.append(f"{file.name}: {err}")
        if number in checkpoints:
            per_article[number] = (time.perf_counter() - started) / number
    return per_article, failures


def attempt(work: Callable[[], _T]) -> tuple[_T | None, str]:
    """(result, "") or (None, the error): one failing measurement is a FAIL row, not a lost run."""
    try:
        return work(), ""
    except Exception as err:  # noqa: BLE001 - reported in the table
        return None, f"{type(err).__name__}: {err}"[:300]


# -- the run --------------------------------------------------------------------------------------


def machine() -> dict[str, str]:
    import ctranslate2

    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "python": platform.python_version(),
        "ctranslate2": ctranslate2.__version__,
        "platform": platform.platform(),
    }


def run(config: Config, log: Callable[[str], None] = print) -> Results:
    """Every measurement, in an order that keeps like next to like (warm runs interleave with the
    engine's limit, so a burst of load elsewhere hits both)."""
    results = Results()
    values = results.values
    beam = config.beam
    settings = dataclasses.replace(config.engine_settings, beam_size=beam)
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        work = Path(tmp)
        started = time.perf_counter()
        log(f"building or reusing the packs ({config.pack_key()})")
        pack_files = build_packs(config, config.cache_dir or default_cache_root())
        store = PackStore(work / "packs")
        for file in pack_files:
            store.install_file(file, force=True)
        log(f"  packs ready in {time.perf_counter() - started:.1f} s")

        # -- sample article: cold, warm, limit --------------------------------------------------
        import ctranslate2  # noqa: F401 - imported by pack building anyway; cold = model load + first run

        engine = TranslationEngine(store, settings)
        cold = pipeline(engine, SAMPLE)
        sentences = [s.text for s in cold.briefing.document.sentences]
        words = cold.words
        log(f"sample: {words} words, {cold.sentences} sentences; cold {cold.seconds:.2f} s")
        limit = EngineLimit(store, sentences, beam)
        shortest = min(len(t) for tokens in limit.tokens for t in tokens)
        if 2 * shortest + 16 < config.output_tokens:
            results.notes.append("some sentence is so short the engine's decoding cap cuts it below output_tokens")
        sweep = [limit.run(s) for s in config.limit_settings]
        best_setting = min(sweep, key=lambda r: r.seconds).setting
        for run_ in sweep:
            log(f"  limit {run_.setting}: {run_.seconds:.2f} s ({3 * words / run_.seconds:.0f} words/s)")
        warm_runs: list[PipelineRun] = []
        limit_runs: list[LimitRun] = [r for r in sweep if r.setting == best_setting]
        for _ in range(config.warm_runs):
            warm_runs.append(pipeline(engine, SAMPLE))
            limit_runs.append(limit.run(best_setting))
        del limit
        warm = min(warm_runs, key=lambda r: r.seconds)
        best_limit = min(limit_runs, key=lambda r: r.seconds)
        first_result = statistics.median(r.first_result for r in warm_runs)
        log(f"  warm {[round(r.seconds, 2) for r in warm_runs]} s; limit {[round(r.seconds, 2) for r in limit_runs]} s")

        # -- beams --------------------------------------------------------------------------------
        beam_wps = {beam: warm.wps()}
        for other in config.other_beams:
            other_engine = TranslationEngine(store, dataclasses.replace(settings, beam_size=other))
            other_engine.preload([p for p in store.packs()])
            beam_wps[other] = max(pipeline(other_engine, SAMPLE).wps() for _ in range(2))
            other_engine.unload()
            log(f"  beam {other}: {beam_wps[other]:.0f} words/s")

        # -- Argos --------------------------------------------------------------------------------
        argos: dict[str, Any] | None = None
        if config.argos:
            argos = argos_path(pack_files, sentences, beam, work)
            log(f"  argos: {json.dumps(argos)}")

        # -- second look, PDF ----------------------------------------------------------------------
        first_look, second, second_read, second_lookup = second_look(store, settings, SAMPLE, work / "cache")
        pdf, pdf_error = attempt(lambda: time_pdf(warm.briefing, work, config.pdf_runs))

        # -- long article -------------------------------------------------------------------------
        long_path = work / "long-article.txt"
        write_long_article(long_path, config.long_words)
        long_run, long_error = attempt(lambda: long_article_child(store.root, long_path, beam))
        log(f"  long: {long_run or long_error}")

        # -- batch ----------------------------------------------------------------------------------
        batch_dir = work / "batch"
        batch_dir.mkdir()
        files = write_batch_articles(batch_dir, max(config.batch_checkpoints))
        (work / "batch-out").mkdir()
        batch, batch_error = attempt(lambda: batch_times(engine, files, work / "batch-out", config.batch_checkpoints))
        engine.unload()

        # -- processes ------------------------------------------------------------------------------
        version = time_version(config.version_runs) if config.version_runs else None
        window, window_note = time_window(config.window_runs) if config.window else (None, "not run (--no-window)")
        headless, headless_error = (
            attempt(lambda: headless_run(store.root, SAMPLE, work)) if config.headless else (None, "")
        )
        total = time.perf_counter() - started

    # -- the table ---------------------------------------------------------------------------------
    langs = len(TARGETS)
    row = results.row
    argos_wps = None
    if argos is not None:
        argos_seconds = sum(t["seconds"] for t in argos["targets"].values())
        argos_wps = words * langs / argos_seconds
        segments = sum(t["segments"] for t in argos["targets"].values())
        row(
            "Argos translate(), same packs/text/beam (warm)",
            f"{argos_wps:.0f} words/s ({argos_seconds:.2f} s, {segments} segments)",
        )
        values["argos_wps"] = argos_wps
    limit_wps = words * langs / best_limit.seconds
    inter, intra, batch_type, size = best_limit.setting
    row(
        "engine limit: raw translate_batch",
        f"{limit_wps:.0f} words/s ({best_limit.seconds:.2f} s, inter {inter}/intra {intra}, {batch_type} {size}, "
        f"{best_limit.decoded_tokens} tokens)",
    )
    values["limit_wps"] = limit_wps
    row("pipeline cold, sample (model load incl.)", f"{cold.seconds:.2f} s ({cold.wps():.0f} words/s)")
    row(
        "pipeline warm, sample",
        f"{warm.wps():.0f} words/s ({warm.seconds:.2f} s; read+detect {warm.read_seconds * 1000:.0f} ms)",
    )
    values |= {"cold_s": cold.seconds, "warm_s": warm.seconds, "warm_wps": warm.wps()}
    if argos_wps is not None:
        ratio = warm.wps() / argos_wps
        row("  warm vs Argos", f"{ratio:.2f}x", ">= 3x", ratio >= 3)
        values["x_argos"] = ratio
    ratio = warm.wps() / limit_wps
    row("  warm vs engine limit", f"{ratio:.2f}x", ">= 0.8x", ratio >= 0.8)
    values["x_limit"] = ratio
    row("first sentence (model loaded)", f"{first_result:.3f} s", "<= 0.5 s", first_result <= 0.5)
    values["first_s"] = first_result
    for other in sorted(beam_wps):
        label = f"beam {other}{' (default)' if other == beam else ''}"
        row(f"  {label}", f"{beam_wps[other]:.0f} words/s ({beam_wps[other] / beam_wps[beam]:.2f}x of beam {beam})")
        values[f"beam{other}_wps"] = beam_wps[other]
    speedup = warm.seconds / second
    row("second look (translation cache)", f"{second * 1000:.0f} ms ({speedup:.0f}x faster than warm)", ">= 50x",
        speedup >= 50)  # fmt: skip
    row(
        "  of which",
        f"read+detect {second_read * 1000:.0f} ms, engine cache look-up {second_lookup * 1000:.0f} ms "
        f"({warm.seconds / second_lookup:.0f}x), the rest translate_document's own work",
    )
    row("  first look with the cache on", f"{first_look:.2f} s (cold engine, fills the cache)")
    values |= {"second_s": second, "x_second": speedup}
    if long_run is None:
        row("long article", f"failed: {long_error}", ">= 0.8x sample", False)
    else:
        long_wps = long_run["words"] * langs / long_run["seconds"]
        long_ratio = long_wps / warm.wps()
        row(
            f"long article ({long_run['words']} words, {long_run['sentences']} sentences)",
            f"{long_wps:.0f} words/s ({long_run['seconds']:.1f} s; {long_ratio:.2f}x the sample's)",
            ">= 0.8x sample",
            long_ratio >= 0.8,
        )
        growth = long_run["long_hwm_mb"] - long_run["sample_hwm_mb"]
        row(
            "  long article peak RSS (own process)",
            f"{long_run['long_hwm_mb']:.0f} MB (sample alone: {long_run['sample_hwm_mb']:.0f} MB, +{growth:.0f} MB)",
            "< 800 MB",
            long_run["long_hwm_mb"] < 800,
        )
        values |= {"long_words": long_run["words"], "long_wps": long_wps, "long_peak_mb": long_run["long_hwm_mb"]}
    per_article: dict[int, float] = {}
    if batch is None:
        row("batch: time per article", f"failed: {batch_error}", "flat", False)
    else:
        per_article, failed_articles = batch
        if failed_articles:
            results.notes.append(
                f"batch: {len(failed_articles)} of {max(config.batch_checkpoints)} articles failed (timed anyway, "
                f"as the CLI goes on): {failed_articles[0]}"
            )
    for count, seconds in per_article.items():
        row(f"batch of {count}: time per article", f"{seconds:.2f} s")
        values[f"batch{count}_s"] = seconds
    if len(per_article) >= 2:
        counts = sorted(per_article)
        spread = per_article[counts[-1]] / per_article[counts[0]]
        row(f"  batch {counts[-1]} vs {counts[0]} per article", f"{spread:.2f}x", "flat (<= 1.2x)", spread <= 1.2)
    if window is None:
        row("window shown (process start)", "n/a", "< 1.0 s")
        results.notes.append(f"window: n/a: {window_note}")
    else:
        row("window shown (process start, median)", f"{window:.3f} s", "< 1.0 s", window < 1.0)
        results.notes.append(f"window: {window_note}")
    values["window_s"] = window if window is not None else "n/a"
    if version is not None:
        row("briefing-app --version (best of 5)", f"{version:.3f} s", "< 0.3 s", version < 0.3)
        values["version_s"] = version
    if pdf is None:
        row("PDF export, sample x3 languages", f"failed: {pdf_error}", "< 1.0 s", False)
    else:
        pdf_first, pdf_again = pdf
        row("PDF export, sample x3 languages", f"{pdf_first:.3f} s first, {pdf_again:.3f} s again", "< 1.0 s",
            pdf_first < 1.0)  # fmt: skip
        values["pdf_s"] = pdf_first
    if headless is not None:
        rss, headless_seconds = headless
        row("headless CLI peak RSS, sample x3", f"{rss:.0f} MB", "< 800 MB", rss < 800)
        row("  headless CLI wall time (process start to exit)", f"{headless_seconds:.2f} s")
        values |= {"rss_mb": rss, "headless_s": headless_seconds}
    elif config.headless:
        row("headless CLI peak RSS, sample x3", f"failed: {headless_error}", "< 800 MB", False)
    values["total_s"] = total
    values["load"] = f"{os.getloadavg()[0]:.1f}"
    values["fails"] = sum(1 for r in results.rows if r.ok is False)
    return results


def write_results(path: Path, config: Config, results: Results, load_before: float) -> None:
    info = machine()
    text = [
        "# Benchmark results",
        "",
        "Written by `.venv/bin/python bench/run.py` (see its docstring for what each row measures).",
        "",
        f"- date: {datetime.datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"- machine: {info['cpu']}, {info['cores']} cores, {info['platform']}",
        f"- python {info['python']}, ctranslate2 {info['ctranslate2']}",
        f"- packs: base-size demo packs en->ar/he/da ({config.pack_key()}), int8, beam {config.beam}",
        f"- load average (1 min) before / after: {load_before:.1f} / {os.getloadavg()[0]:.1f}",
        "",
        results.table(),
        "",
    ]
    text += [f"- {note}" for note in results.notes]
    text += ["", "```", results.final_line(), "```", ""]
    path.write_text("\n".join(text), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, help="pack cache folder (default: <tmp>/briefing-bench-cache)")
    parser.add_argument("--results", default=str(ROOT / "bench" / "RESULTS.md"), help="results file, or - for none")
    parser.add_argument("--beam", type=int, default=2)
    parser.add_argument("--long-words", type=int, default=20_000)
    parser.add_argument("--no-window", action="store_true", help="skip the window start-up row")
    parser.add_argument("--child-long", nargs=3, metavar=("STORE", "ARTICLE", "BEAM"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_long:
        store_root, article, child_beam = args.child_long
        print(json.dumps(_child_long(Path(store_root), Path(article), int(child_beam))))
        return 0
    config = Config(beam=args.beam, long_words=args.long_words, cache_dir=args.cache, window=not args.no_window)
    config.other_beams = tuple(b for b in (1, 2, 4) if b != args.beam)
    load_before = os.getloadavg()[0]
    results = run(config)
    print()
    print(results.table())
    for note in results.notes:
        print(f"- {note}")
    if args.results != "-":
        write_results(Path(args.results), config, results, load_before)
    print(results.final_line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

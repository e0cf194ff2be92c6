"""What the speed benchmark measures: every number, no table (bench/report.py makes the table).

Each measurement is a function that returns raw numbers; `measure(config)` runs them all in an
order that keeps like next to like (warm pipeline runs interleave with the raw engine, so a burst of
load elsewhere hits both) and returns a `Measured`. Timed measurements are repeated
`config.warm_runs` times: the report gives the median and the spread (min-max).

The packs are the base-size demo packs (real Argos dimensions, int8, every sentence decodes to
exactly `output_tokens` pieces): a synthetic workload, the best case for batching. Nothing here is
offscreen except the window row (bench/startup_window.py).
"""

from __future__ import annotations

import dataclasses
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
# The parts of the benchmark, in the order they run; `bench/run.py --only` picks some of them.
SECTIONS = ("engine", "argos", "workload2", "cache", "pdf", "long", "batch", "cluster", "processes")
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
    warm_runs: int = 3  # every timed measurement is repeated this often: median and spread are reported
    # Our warm pipeline and the best raw configuration run in pairs (pipeline, raw, pipeline, raw, ...)
    # this often, so load from elsewhere hits both alike; the ratio is taken per pair as well.
    pair_runs: int = 5
    # The raw sweep runs every setting once, then the `top_candidates` fastest again `candidate_runs`
    # times each, round-robin, and keeps the one with the best median (one run can be lucky).
    top_candidates: int = 3
    candidate_runs: int = 3
    long_words: int = 20_000
    batch_checkpoints: tuple[int, ...] = (5, 10, 20)
    # (inter_threads, intra_threads, batch_type, max_batch_size, interleaved) tried for the best raw
    # CTranslate2 configuration. Interleaved: the three targets' batches run at once (each
    # translator with `inter_threads` workers), as the pipeline runs them; else one target after another.
    limit_settings: tuple[tuple[int, int, str, int, bool], ...] = (
        (2, 1, "examples", 8, False),
        (2, 1, "tokens", 1024, False),
        (2, 1, "tokens", 2048, False),
        (1, 2, "examples", 32, False),
        (1, 1, "tokens", 1024, True),
        (1, 1, "examples", 16, True),
        (2, 1, "tokens", 1024, True),
    )
    # (inter_threads, intra_threads) tried for Argos, besides Argos as shipped (its defaults).
    argos_threads: tuple[tuple[int, int], ...] = ((1, 1), (1, 2), (2, 1))
    # The second workload: packs whose output is as long as the input (bench/length_packs.py), measured
    # for the pipeline, the best raw configuration of the first workload and Argos (shipped, best threads).
    follows: bool = True
    follows_d_model: int | None = None  # None: d_model (the tiny test packs need a wider model)
    cluster_workers: tuple[int, ...] = (1, 2)  # local Dask workers measured against the in-process batch
    cluster_articles: int = 8
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


# -- set-up ---------------------------------------------------------------------------------------


def build_packs(config: Config, cache_root: Path) -> list[Path]:
    """The three base-size packs as .argosmodel files, built once per size into `cache_root`.

    Why cached: building takes about 20 s; the packs are deterministic (seeded by pair), so a
    rebuilt pack is byte-for-byte the same model.
    """
    from briefing_app.core.demo_packs import build_base_pack

    def build(target: str, tmp: Path) -> Path:
        return build_base_pack(
            SOURCE, target, tmp, config.output_tokens, vocab_size=config.vocab_size, d_model=config.d_model,
            layers=config.layers, heads=config.heads, ffn=config.ffn,
        )  # fmt: skip

    return _cached_packs(cache_root / config.pack_key(), "demo-base", build)


def _cached_packs(folder: Path, kind: str, build: Callable[[str, Path], Path]) -> list[Path]:
    """One pack per target in `folder`, built into a private temporary folder and moved in whole, so a
    killed build never leaves a half pack that a later run would take for finished."""
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for target in TARGETS:
        expected = folder / f"translate-{SOURCE}_{target}-{kind}.argosmodel"
        if not expected.is_file():
            with tempfile.TemporaryDirectory(dir=folder, prefix=".building-") as tmp:
                os.replace(build(target, Path(tmp)), expected)
        files.append(expected)
    return files


def build_follow_packs(config: Config, cache_root: Path) -> list[Path]:
    """The packs of the second workload (output length follows the input), cached like build_packs."""
    from bench.length_packs import build_length_pack

    d_model = config.follows_d_model or config.d_model

    def build(target: str, tmp: Path) -> Path:
        return build_length_pack(
            SOURCE, target, tmp, vocab_size=config.vocab_size, d_model=d_model, layers=config.layers,
            heads=config.heads, ffn=config.ffn,
        )  # fmt: skip

    return _cached_packs(cache_root / f"{config.pack_key()}-follows-d{d_model}", "demo-follows", build)


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


Setting = tuple[int, int, str, int, bool]


@dataclass
class LimitRun:
    seconds: float
    setting: Setting
    decoded_tokens: int
    per_target: dict[str, float]  # seconds per target language (sequential settings only)


def describe(setting: Setting) -> str:
    inter, intra, batch_type, size, interleaved = setting
    order = "targets interleaved" if interleaved else "one target after another"
    return f"inter {inter}/intra {intra}, {batch_type} {size}, {order}"


class EngineLimit:
    """Raw CTranslate2 over every pre-tokenised sentence: the best configuration we can find.

    Sequential settings call one `translate_batch` per language; interleaved ones start all three
    languages' `translate_batch` at once (asynchronous), which is what the pipeline's one queue does.
    """

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
            for translator, tokens in zip(self._translators[key], self.tokens, strict=True):
                translator.translate_batch([tokens[0]], beam_size=self.beam)  # first-run costs
        return self._translators[key]

    def run(self, setting: Setting) -> LimitRun:
        inter, intra, batch_type, max_batch_size, interleaved = setting
        translators = self.translators(inter, intra)
        options = {
            "beam_size": self.beam,
            "max_batch_size": max_batch_size,
            "batch_type": batch_type,
            "length_penalty": 0.2,
        }
        per_target: dict[str, float] = {}
        started = time.perf_counter()
        if interleaved:
            pending = [
                t.translate_batch(tokens, asynchronous=True, **options)
                for t, tokens in zip(translators, self.tokens, strict=True)
            ]
            outputs = [[r.result() for r in results] for results in pending]
        else:
            outputs = []
            for target, translator, tokens in zip(TARGETS, translators, self.tokens, strict=True):
                target_started = time.perf_counter()
                outputs.append(translator.translate_batch(tokens, **options))
                per_target[target] = time.perf_counter() - target_started
        seconds = time.perf_counter() - started
        decoded = sum(len(r.hypotheses[0]) for results in outputs for r in results)
        return LimitRun(seconds, setting, decoded, per_target)


def argos_path(
    pack_files: Sequence[Path],
    sentences: Sequence[str],
    beam: int,
    work: Path,
    threads: tuple[int, int] | None = None,
    repeats: int = 1,
) -> dict[str, Any]:
    """Argos's own translate() in a fresh process whose Argos folders are all temporary.

    `threads` sets ARGOS_INTER_THREADS/ARGOS_INTRA_THREADS; None runs Argos as shipped (its defaults).
    """
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
    for name in ("ARGOS_INTER_THREADS", "ARGOS_INTRA_THREADS"):
        env.pop(name, None)
    if threads is not None:
        env |= {"ARGOS_INTER_THREADS": str(threads[0]), "ARGOS_INTRA_THREADS": str(threads[1])}
    request = work / "argos-request.json"
    request.write_text(
        json.dumps(
            {
                "packs": [str(p) for p in pack_files],
                "source": SOURCE,
                "targets": list(TARGETS),
                "text": "\n".join(sentences),
                "repeats": repeats,
            }
        ),
        encoding="utf-8",
    )
    args = [sys.executable, str(Path(__file__).with_name("_argos_path.py")), str(request)]
    return _json_report(args, "Argos's path", env=env, timeout=1800)


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


def cluster_batch(store_root: Path, files: Sequence[Path], out_dir: Path, workers: int, beam: int) -> dict[str, Any]:
    """The batch on a local Dask cluster of `workers` processes, as `--cluster local:N` runs it.

    The models are loaded on every worker before the clock starts (the in-process batch it is
    compared with has a warm engine too). Returns wall seconds, the time each article spent on
    its worker, and failures.
    """
    from briefing_app.batch_tally import BatchTally
    from briefing_app.cluster.client import BatchSpec, connect, local_threads, run_batch
    from briefing_app.cluster.tasks import EngineConfig, EnginePlugin, preload_packs
    from briefing_app.commands import output_stems
    from briefing_app.console import ProgressLine

    previous = os.environ.get("BRIEFING_PACKS_DIR")
    os.environ["BRIEFING_PACKS_DIR"] = str(store_root)  # the worker processes inherit it
    try:
        engine = EngineConfig(beam_size=beam, use_cache=False, inter_threads=local_threads(workers))
        spec = BatchSpec(
            targets=list(TARGETS),
            source="auto",
            out_dir=out_dir,
            glossary=None,
            settings={"targets": list(TARGETS), "from": "auto", "beam": beam, "glossary": None},
            inputs={f.resolve() for f in files},
            engine=engine,
        )
        tally = BatchTally([])
        with connect(f"local:{workers}") as client:
            client.register_plugin(EnginePlugin(engine), name=engine.plugin_name)
            client.run(preload_packs, engine.plugin_name)
            started = time.perf_counter()
            run_batch(client, files, output_stems(files), spec, tally, ProgressLine(io.StringIO()))
            seconds = time.perf_counter() - started
    finally:
        if previous is None:
            os.environ.pop("BRIEFING_PACKS_DIR", None)
        else:
            os.environ["BRIEFING_PACKS_DIR"] = previous
    return {
        "seconds": seconds,
        "articles": len(files),
        "worker_seconds": tally.worker_seconds,
        # what travelled per article: the article out, its PDF and JSON back
        "bytes_per_article": (sum(f.stat().st_size for f in files) + sum(p.stat().st_size for p in out_dir.iterdir()))
        / len(files),
        "failures": [f"{f.path.name}: {f.message}" for f in tally.failures],
    }


def _best_argos_threads(argos: dict[str, dict[str, Any]]) -> tuple[int, int] | None:
    """The fastest Argos thread setting of the first workload (None: as shipped, or no Argos run)."""
    if not argos:
        return None

    def total(name: str) -> float:
        return sum(t["seconds"] for t in argos[name]["targets"].values())

    best = min(argos, key=total)
    if best == "shipped":
        return None
    inter, intra = best.split("/")
    return int(inter), int(intra)


def find_best_setting(
    limit: EngineLimit, config: Config, log: Callable[[str], None]
) -> tuple[Setting, list[LimitRun], dict[Setting, list[LimitRun]]]:
    """The best raw configuration: every setting once, then the fastest few again, round-robin.

    One run of each setting ranks them only roughly (a burst of load elsewhere can make any one run
    look fast or slow), so the `top_candidates` fastest run `candidate_runs` more times each, one
    after the other in turn, and the best median wins. Returns (best, the sweep, the candidates' runs).
    """
    sweep = [limit.run(s) for s in config.limit_settings]
    for run_ in sweep:
        log(f"  raw {describe(run_.setting)}: {run_.seconds:.2f} s (one run)")
    ranked = [r.setting for r in sorted(sweep, key=lambda r: r.seconds)][: max(1, config.top_candidates)]
    candidates: dict[Setting, list[LimitRun]] = {s: [] for s in ranked}
    if len(ranked) > 1 and config.candidate_runs > 0:
        # Settings of the same threads next to each other: switching threads reloads the models.
        order = sorted(ranked, key=lambda s: (s[0], s[1]))
        for _ in range(config.candidate_runs):
            for setting in order:
                candidates[setting].append(limit.run(setting))
        best = min(ranked, key=lambda s: statistics.median(r.seconds for r in candidates[s]))
        for setting, runs in candidates.items():
            log(f"  candidate {describe(setting)}: {[round(r.seconds, 2) for r in runs]} s")
    else:
        best = ranked[0]
    return best, sweep, candidates


def paired_runs(
    engine: TranslationEngine, limit: EngineLimit, setting: Setting, runs: int
) -> tuple[list[PipelineRun], list[LimitRun]]:
    """Our warm pipeline and the raw configuration, alternately `runs` times each: pair k is two
    neighbours in time, so their ratio is little moved by load that comes and goes. Every other
    pair runs the raw engine first (pipeline, raw, raw, pipeline, ...): load that rises or falls
    steadily then favours neither side."""
    warm, raw = [], []
    for k in range(runs):
        if k % 2:
            raw.append(limit.run(setting))
            warm.append(pipeline(engine, SAMPLE))
        else:
            warm.append(pipeline(engine, SAMPLE))
            raw.append(limit.run(setting))
    return warm, raw


def measure_follows(
    config: Config,
    sentences: Sequence[str],
    best_setting: Setting,
    argos_threads: tuple[int, int] | None,
    work: Path,
    log: Callable[[str], None],
) -> dict[str, Any]:
    """The sample's sentences on packs whose output is as long as the input: pipeline (warm) and the
    first workload's best raw configuration in pairs, and Argos as shipped and at its best threads."""
    pack_files = build_follow_packs(config, config.cache_dir or default_cache_root())
    store = PackStore(work / "follows-packs")
    for file in pack_files:
        store.install_file(file, force=True)
    settings = dataclasses.replace(config.engine_settings, beam_size=config.beam)
    engine = TranslationEngine(store, settings)
    pipeline(engine, SAMPLE)  # loads the models
    limit = EngineLimit(store, sentences, config.beam)
    warm_runs, raw = paired_runs(engine, limit, best_setting, config.pair_runs)
    warm = [r.seconds for r in warm_runs]
    engine.unload()
    del limit
    log(f"  follows: warm {[round(s, 2) for s in warm]} s; raw {[round(r.seconds, 2) for r in raw]} s")
    argos: dict[str, Any] = {}
    if config.argos:
        for threads in (None, argos_threads) if argos_threads else (None,):
            name = "shipped" if threads is None else f"{threads[0]}/{threads[1]}"
            argos[name] = argos_path(pack_files, sentences, config.beam, work, threads, config.warm_runs)
    return {
        "warm_s": warm,
        "raw": raw,
        "decoded_tokens": raw[0].decoded_tokens,
        "argos": argos,
    }


def load_average() -> str:
    """The machine's load (1, 5, 15 min) as `uptime` prints it: timings under load are slower."""
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f}, {five:.2f}, {fifteen:.2f}"


@dataclass
class Measured:
    """Everything `measure` found, raw; bench/report.py turns it into rows and ratios."""

    sections: tuple[str, ...] = SECTIONS  # the parts measured (all of them unless `--only`)
    words: int = 0
    sentences: int = 0
    cold: PipelineRun | None = None
    warm: list[PipelineRun] = field(default_factory=list)  # pair k: warm[k] ran just before limit[k]
    sweep: list[LimitRun] = field(default_factory=list)
    candidates: dict[Setting, list[LimitRun]] = field(default_factory=dict)  # the sweep's fastest, repeated
    limit: list[LimitRun] = field(default_factory=list)  # the best setting, paired with `warm`
    beam_wps: dict[int, list[float]] = field(default_factory=dict)
    argos: dict[str, dict[str, Any]] = field(default_factory=dict)  # "shipped" or "inter/intra" -> report
    argos_errors: dict[str, str] = field(default_factory=dict)
    second_look: tuple[float, float, float, float] | None = None
    pdf: tuple[float, float] | None = None
    pdf_error: str = ""
    long_run: dict[str, Any] | None = None
    long_error: str = ""
    batch: tuple[dict[int, float], list[str]] | None = None
    batch_error: str = ""
    in_process: dict[str, Any] | None = None  # the cluster comparison's in-process batch
    cluster: dict[int, dict[str, Any]] = field(default_factory=dict)
    cluster_errors: dict[int, str] = field(default_factory=dict)
    version: float | None = None
    window: float | None = None
    window_note: str = ""
    headless: tuple[float, float] | None = None
    headless_error: str = ""
    follows: dict[str, Any] | None = None  # the second workload (see measure_follows)
    follows_error: str = ""
    follows_argos_threads: str = ""  # how workload 2's Argos threads were chosen
    total_s: float = 0.0
    loads: list[str] = field(default_factory=list)  # the load average as each part started
    notes: list[str] = field(default_factory=list)

    @property
    def partial(self) -> bool:
        return set(self.sections) != set(SECTIONS)


def measure(
    config: Config,
    log: Callable[[str], None] = print,
    only: Sequence[str] | None = None,
    argos_threads: tuple[int, int] | None = None,
) -> Measured:
    """The measurements of `only` (default: every part of SECTIONS), in an order that keeps like next
    to like (warm runs pair with the raw engine, so a burst of load elsewhere hits both).

    The sample is always briefed once cold (it gives the sentences, and the briefing the PDF row
    exports). Workload 2 uses the best raw setting of workload 1, found here when "engine" is not
    run, and Argos at its best threads of this run, or `argos_threads` (default 1/1, the fastest in
    every full run so far) when "argos" is not run.
    """
    unknown = set(only or ()) - set(SECTIONS)
    if unknown:
        raise ValueError(f"unknown benchmark sections: {', '.join(sorted(unknown))} (known: {', '.join(SECTIONS)})")
    m = Measured(sections=tuple(s for s in SECTIONS if only is None or s in only))
    wanted = set(m.sections)
    beam = config.beam
    settings = dataclasses.replace(config.engine_settings, beam_size=beam)

    def part(name: str) -> None:
        m.loads.append(f"{name}: {load_average()}")
        log(f"{name} (load {load_average()})")

    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        work = Path(tmp)
        started = time.perf_counter()
        part(f"building or reusing the packs ({config.pack_key()})")
        pack_files = build_packs(config, config.cache_dir or default_cache_root())
        store = PackStore(work / "packs")
        for file in pack_files:
            store.install_file(file, force=True)

        # -- sample article: cold, the raw sweep, warm and raw in pairs ------------------------------
        part("sample article: pipeline and raw engine")
        engine = TranslationEngine(store, settings)
        m.cold = pipeline(engine, SAMPLE)
        sentences = [s.text for s in m.cold.briefing.document.sentences]
        m.words, m.sentences = m.cold.words, m.cold.sentences
        best_setting: Setting | None = None
        if wanted & {"engine", "workload2"}:
            limit = EngineLimit(store, sentences, beam)
            shortest = min(len(t) for tokens in limit.tokens for t in tokens)
            if 2 * shortest + 16 < config.output_tokens:
                m.notes.append("some sentence is so short the engine's decoding cap cuts it below output_tokens")
            best_setting, m.sweep, m.candidates = find_best_setting(limit, config, log)
            if "engine" in wanted:
                m.warm, m.limit = paired_runs(engine, limit, best_setting, config.pair_runs)
                log(f"  warm {[round(r.seconds, 2) for r in m.warm]} s; raw {[round(r.seconds, 2) for r in m.limit]} s")
            del limit

        # -- beams --------------------------------------------------------------------------------
        if "engine" in wanted:
            m.beam_wps[beam] = [r.wps() for r in m.warm]
            for other in config.other_beams:
                other_engine = TranslationEngine(store, dataclasses.replace(settings, beam_size=other))
                other_engine.preload(list(store.packs()))
                m.beam_wps[other] = [pipeline(other_engine, SAMPLE).wps() for _ in range(config.warm_runs)]
                other_engine.unload()

        # -- Argos: as shipped, and with each thread setting ----------------------------------------
        if config.argos and "argos" in wanted:
            for threads in (None, *config.argos_threads):
                name = "shipped" if threads is None else f"{threads[0]}/{threads[1]}"
                part(f"Argos translate(), threads {name}")
                report, error = attempt(
                    lambda threads=threads: argos_path(pack_files, sentences, beam, work, threads, config.warm_runs)
                )
                if report is None:
                    m.argos_errors[name] = error
                else:
                    m.argos[name] = report

        # -- the second workload: output as long as the input ----------------------------------------
        if config.follows and "workload2" in wanted and best_setting is not None:
            part("workload 2: output length follows the input")
            if "argos" in wanted:
                best_threads = _best_argos_threads(m.argos)
                m.follows_argos_threads = "best of workload 1"
            else:
                best_threads = argos_threads or (1, 1)
                m.follows_argos_threads = "given: workload 1's Argos not run here"
            chosen = best_setting
            m.follows, m.follows_error = attempt(
                lambda: measure_follows(config, sentences, chosen, best_threads, work, log)
            )

        # -- second look, PDF ----------------------------------------------------------------------
        if "cache" in wanted:
            part("second look (translation cache)")
            m.second_look = second_look(store, settings, SAMPLE, work / "cache")
        if "pdf" in wanted:
            part("PDF export")
            briefing = (m.warm[-1] if m.warm else m.cold).briefing
            m.pdf, m.pdf_error = attempt(lambda: time_pdf(briefing, work, config.pdf_runs))

        # -- long article -------------------------------------------------------------------------
        if "long" in wanted:
            part("long article")
            long_path = work / "long-article.txt"
            write_long_article(long_path, config.long_words)
            m.long_run, m.long_error = attempt(lambda: long_article_child(store.root, long_path, beam))

        # -- batch, in process and on local Dask clusters ------------------------------------------
        if wanted & {"batch", "cluster"}:
            part("batch")
            batch_dir = work / "batch"
            batch_dir.mkdir()
            count = max(max(config.batch_checkpoints), config.cluster_articles)
            files = write_batch_articles(batch_dir, count)
        if "batch" in wanted:
            (work / "batch-out").mkdir()
            m.batch, m.batch_error = attempt(
                lambda: batch_times(
                    engine, files[: max(config.batch_checkpoints)], work / "batch-out", config.batch_checkpoints
                )
            )
        if config.cluster_workers and "cluster" in wanted:
            cluster_files = files[: config.cluster_articles]
            (work / "in-process-out").mkdir()
            in_process, error = attempt(
                lambda: batch_times(engine, cluster_files, work / "in-process-out", (len(cluster_files),))
            )
            if in_process is not None:
                m.in_process = {"per_article": in_process[0][len(cluster_files)], "failures": in_process[1]}
            engine.unload()  # the workers hold their own models: this process gives its memory back
            for workers in config.cluster_workers:
                part(f"batch on a local Dask cluster of {workers}")
                out = work / f"cluster-{workers}-out"
                out.mkdir()
                result, error = attempt(lambda w=workers, o=out: cluster_batch(store.root, cluster_files, o, w, beam))
                if result is None:
                    m.cluster_errors[workers] = error
                else:
                    m.cluster[workers] = result
        engine.unload()

        # -- processes ------------------------------------------------------------------------------
        if "processes" in wanted:
            part("processes: --version, window, headless")
            m.version = time_version(config.version_runs) if config.version_runs else None
            if config.window:
                m.window, m.window_note = time_window(config.window_runs)
            else:
                m.window_note = "not run (--no-window)"
            if config.headless:
                m.headless, m.headless_error = attempt(lambda: headless_run(store.root, SAMPLE, work))
        m.total_s = time.perf_counter() - started
    m.loads.append(f"end: {load_average()}")
    return m

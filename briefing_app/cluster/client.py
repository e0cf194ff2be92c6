"""The client side of a cluster batch: connect, send each article's bytes, write results as they come.

The client reads every input itself (workers need no access to its files), keeps a bounded number
of articles in flight (a day of wires is not held in the scheduler's memory at once), and writes
each finished briefing atomically into the output folder the moment it arrives, so a client killed
mid-batch leaves only whole briefings and `--resume` finishes the rest.

A worker that dies mid-article loses nothing: the scheduler gives its articles to another worker;
each future completes once, so each briefing is written exactly once.
"""

from __future__ import annotations

import contextlib
import logging
import os
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing_app.batch import output_paths, report_written, write_outputs
from briefing_app.batch_tally import BatchTally, Failure
from briefing_app.cluster.tasks import ArticleResult, ArticleTask, EngineConfig, EnginePlugin, brief_article
from briefing_app.console import ProgressLine
from briefing_app.core.documents import MAX_FILE_BYTES
from briefing_app.core.errors import BriefingError
from briefing_app.core.glossary import Glossary

CONNECT_TIMEOUT_S = 10  # a scheduler that cannot be reached is an error this soon, before any work
WORKERS_TIMEOUT_S = 60  # how long a reachable scheduler may take to have its first worker
IN_FLIGHT_PER_WORKER = 2  # articles queued per worker: enough to keep each busy, few held in memory
LOCAL_HOST = "127.0.0.1"  # a local cluster listens on loopback only and looks up no host name


class ClusterError(BriefingError):
    """The cluster cannot be used: unreachable scheduler, no workers, bad address."""


@dataclass(frozen=True)
class BatchSpec:
    targets: list[str]
    source: str
    out_dir: Path
    glossary: Glossary | None
    settings: dict[str, Any]
    inputs: set[Path]
    engine: EngineConfig


def _distributed() -> Any:
    """The `distributed` package, imported only when a cluster is used (its API is untyped)."""
    import distributed

    return distributed


def parse_local(spec: str) -> int | None:
    """N for "local:N", None for a scheduler address."""
    if not spec.startswith("local:"):
        return None
    count = spec.removeprefix("local:")
    if not count.isdigit() or int(count) < 1:
        raise ClusterError(f"--cluster local:N needs a number of workers of at least 1, not {spec!r}")
    return int(count)


def local_threads(workers: int) -> int:
    """CTranslate2 threads per local worker, so N workers share this machine's cores, not oversubscribe."""
    return max(1, (os.cpu_count() or 1) // workers)


@contextlib.contextmanager
def connect(spec: str) -> Iterator[Any]:
    """A Dask client for `spec` ("tcp://HOST:PORT" or "local:N"); ClusterError if it cannot be had."""
    dask = _distributed()
    local = parse_local(spec)
    # Dask's own logging goes to stderr and would break the progress line; warnings still show.
    for name in ("distributed", "distributed.worker", "distributed.scheduler", "distributed.nanny"):
        logging.getLogger(name).setLevel(logging.ERROR)
    cluster = None
    try:
        if local is not None:
            cluster = dask.LocalCluster(
                n_workers=local,
                threads_per_worker=1,  # one article at a time per worker; its engine uses the cores
                processes=True,
                host=LOCAL_HOST,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            client = dask.Client(cluster, timeout=CONNECT_TIMEOUT_S)
        else:
            if not spec.startswith(("tcp://", "tls://")):
                spec = f"tcp://{spec}"
            client = dask.Client(spec, timeout=CONNECT_TIMEOUT_S)
    except (OSError, TimeoutError) as err:
        if cluster is not None:
            cluster.close()
        raise ClusterError(f"cannot reach the Dask scheduler at {spec}: {err}") from None
    try:
        try:
            client.wait_for_workers(1, timeout=WORKERS_TIMEOUT_S)
        except (OSError, TimeoutError):
            raise ClusterError(
                f"the Dask scheduler at {spec} has no workers after {WORKERS_TIMEOUT_S} s; "
                f"start some with: dask worker {spec} --nthreads 1"
            ) from None
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run_batch(
    client: Any,
    files: Sequence[Path],
    stems: dict[Path, str],
    spec: BatchSpec,
    tally: BatchTally,
    progress: ProgressLine,
    *,
    skip: Any = None,
) -> None:
    """Brief `files` on the cluster; `skip(file)` says an article is already done (--resume)."""
    try:
        client.register_plugin(EnginePlugin(spec.engine), name=spec.engine.plugin_name)
    except Exception as err:  # noqa: BLE001 - any worker-side set-up error ends the batch before it starts
        raise ClusterError(f"the workers could not set up the briefing engine: {type(err).__name__}: {err}") from None
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    window = IN_FLIGHT_PER_WORKER * workers
    labels = {file: f"[{number}/{len(files)}] {file.name}" for number, file in enumerate(files, start=1)}
    pending = iter(files)
    running: dict[Any, Path] = {}
    done = 0
    finished = _distributed().as_completed()

    def submit_next() -> bool:
        nonlocal done
        for file in pending:
            label = labels[file]
            if skip is not None and skip(file):
                progress.line(f"{label}: already briefed with these settings, skipped (--resume)")
                tally.skipped += 1
                done += 1
                continue
            try:
                output_paths(spec.out_dir, stems[file], spec.inputs)
                task = _task(file, spec)
            except BriefingError as err:
                _fail(tally, progress, file, label, str(err))
                done += 1
                continue
            future = client.submit(brief_article, task, pure=False, key=f"brief-{stems[file]}-{uuid.uuid4().hex}")
            running[future] = file
            finished.add(future)
            return True
        return False

    while len(running) < window and submit_next():
        pass
    progress.update(done, len(files), "briefed on the cluster")
    for future in finished:
        file = running.pop(future)
        _collect(future, file, stems[file], labels[file], spec, tally, progress)
        done += 1
        submit_next()
        progress.update(done, len(files), "briefed on the cluster")
    progress.clear()


def _task(file: Path, spec: BatchSpec) -> ArticleTask:
    try:
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            raise BriefingError(f"too large ({size / 1e6:.0f} MB; at most {MAX_FILE_BYTES / 1e6:.0f} MB)")
        data = file.read_bytes()
    except OSError as err:
        raise BriefingError(err.strerror or str(err)) from None
    return ArticleTask(
        path=str(file),
        data=data,
        targets=tuple(spec.targets),
        source=spec.source,
        glossary=spec.glossary,
        settings=spec.settings,
        plugin=spec.engine.plugin_name,
    )


def _collect(
    future: Any, file: Path, stem: str, label: str, spec: BatchSpec, tally: BatchTally, progress: ProgressLine
) -> None:
    try:
        result: ArticleResult = future.result()
    except Exception as err:  # noqa: BLE001 - KilledWorker, a worker-side bug: one article fails, the batch goes on
        _fail(tally, progress, file, label, f"failed on the cluster ({type(err).__name__}: {err})")
        return
    if result.error:
        _fail(tally, progress, file, label, result.error, missing_pack=result.missing_pack)
        return
    try:
        pdf_path, json_path = output_paths(spec.out_dir, stem, spec.inputs)
        write_outputs(pdf_path, json_path, result.pdf, result.json_text)
    except BriefingError as err:
        _fail(tally, progress, file, label, str(err))
        return
    progress.line(f"{label}: {result.summary}; briefed on {result.worker}")
    report_written(progress, label, f"{pdf_path} and {json_path.name}", result.flagged)
    tally.written.extend((pdf_path, json_path))
    tally.demo_used = tally.demo_used or result.demo
    tally.warnings += len(result.flagged)
    tally.worker_seconds.append(result.seconds)


def _fail(tally: BatchTally, progress: ProgressLine, file: Path, label: str, message: str, **kw: bool) -> None:
    tally.failures.append(Failure(file, message, **kw))
    progress.line(f"{label}: FAILED: {message}")

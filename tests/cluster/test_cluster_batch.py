"""Batch briefings on a Dask cluster, on loopback: a LocalCluster in this process, and a real
`dask scheduler` with two `dask worker` processes, one of them killed half-way.

What a user would notice: every briefing is written once, whole, with the same translations as a
run on one machine; a dead worker, a killed client, a missing pack on a worker and an unreachable
scheduler each end the way the README says.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing_app import commands
from briefing_app.core.translation.packs import PackStore
from tests.conftest import SEEDS, SUPPORT

pytest.importorskip("distributed", reason="the cluster extra is installed by scripts/setup.sh")

pytestmark = [pytest.mark.loopback, pytest.mark.e2e]

BIN = Path(sys.executable).parent
TARGETS = "ar,he,da"
ARTICLES = sorted(p for p in SEEDS.iterdir() if p.suffix in (".txt", ".md"))


def translations(out: Path) -> dict[str, dict[str, list[str]]]:
    """{briefing file: {target: [translated sentence, ...]}} of every JSON briefing in `out`."""
    found = {}
    for path in sorted(out.glob("*.briefing.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        found[path.name] = {t["language"]: [s["translation"] for s in t["sentences"]] for t in data["targets"]}
    return found


def assert_whole(out: Path) -> None:
    """Only finished briefings: every PDF has its JSON and the reverse, and each JSON parses."""
    pdfs = {p.name.removesuffix(".briefing.pdf") for p in out.glob("*.briefing.pdf")}
    jsons = {p.name.removesuffix(".briefing.json") for p in out.glob("*.briefing.json")}
    assert pdfs == jsons
    for name in jsons:
        json.loads((out / f"{name}.briefing.json").read_text(encoding="utf-8"))
        assert (out / f"{name}.briefing.pdf").read_bytes().startswith(b"%PDF")


@pytest.fixture(scope="module")
def local_run(session_store: PackStore, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, list[str]]]:
    """The same articles briefed on one machine, the reference every cluster run is held to."""
    out = tmp_path_factory.mktemp("local-run")
    env = os.environ.get("BRIEFING_PACKS_DIR")
    os.environ["BRIEFING_PACKS_DIR"] = str(session_store.root)
    try:
        status = commands.headless([str(p) for p in ARTICLES], TARGETS, "auto", out, use_cache=False)
    finally:
        os.environ["BRIEFING_PACKS_DIR"] = env or ""
    assert status == 0
    result = translations(out)
    assert len(result) == len(ARTICLES)
    return result


def test_local_cluster_of_two_workers_gives_the_local_translations(
    session_store: PackStore, local_run: dict[str, dict[str, list[str]]], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    monkeypatch.setenv("BRIEFING_PACKS_DIR", str(session_store.root))  # the worker processes inherit it
    # ... and the guard: they may connect to 127.0.0.1 only, and look up no name (logged, not raised).
    for name, value in guarded_env(tmp_path).items():
        if name.startswith("BRIEFING_NETGUARD") or name == "PYTHONPATH":
            monkeypatch.setenv(name, value)
    out = tmp_path / "out"
    status = commands.headless([str(p) for p in ARTICLES], TARGETS, "auto", out, use_cache=False, cluster="local:2")
    err = capsys.readouterr().err
    assert status == 0, err
    net_log = tmp_path / "net.log"
    assert not net_log.exists() or net_log.read_text() == "", net_log.read_text()
    assert translations(out) == local_run
    assert_whole(out)
    workers = {line.split("briefed on ", 1)[1] for line in err.splitlines() if "briefed on tcp://127.0.0.1:" in line}
    assert len(workers) == 2, err  # both workers took articles
    assert f"{len(ARTICLES)} articles: {len(ARTICLES)} briefed, 0 failed" in err
    assert "Traceback" not in err


def test_a_pack_missing_on_the_workers_is_named_with_worker_and_pair(
    session_store: PackStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("BRIEFING_PACKS_DIR", str(session_store.root))
    out = tmp_path / "out"
    article = SEEDS / "blinken-ceasefire-en.txt"
    status = commands.headless([str(article)], "ar,fi", "auto", out, use_cache=False, cluster="local:1")
    err = capsys.readouterr().err
    assert status == commands.EXIT_PACK_MISSING
    assert "on worker tcp://127.0.0.1:" in err and "no language pack translates en -> fi" in err
    assert list(out.glob("*.briefing.*")) == []


def test_an_unreachable_scheduler_is_a_clear_error_before_any_work(tmp_path: Path) -> None:
    port = free_port()  # nothing listens there
    out = tmp_path / "out"
    proc = run_cli([*map(str, ARTICLES), "--to", TARGETS, "--out", str(out), "--cluster", f"tcp://127.0.0.1:{port}"],
                   tmp_path)  # fmt: skip
    assert proc.returncode == commands.EXIT_USAGE
    assert f"cannot reach the Dask scheduler at tcp://127.0.0.1:{port}" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert list(out.glob("*.briefing.*")) == []


# -- a real scheduler and two workers -------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def guarded_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment of every process of these tests: offline, loopback only, names logged."""
    env = dict(os.environ)
    env.update(
        PYTHONPATH=str(SUPPORT / "netguard"),
        BRIEFING_NETGUARD_LOOPBACK="1",
        BRIEFING_NETGUARD_LOG=str(tmp_path / "net.log"),
        BRIEFING_OFFLINE="1",
        BRIEFING_CACHE_DIR=str(tmp_path / "cache"),
        **extra,
    )
    env.pop("BRIEFING_MODULES_LOG", None)
    return env


def run_cli(args: list[str], tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / "briefing-app"), "--headless", *args], capture_output=True, text=True,
        env=guarded_env(tmp_path, **extra), timeout=300, stdin=subprocess.DEVNULL,
    )  # fmt: skip


class Cluster:
    """`dask scheduler` and two `dask worker` processes (no nanny: a SIGKILL ends a worker for good)."""

    def __init__(self, tmp_path: Path, packs: Path) -> None:
        self.port = free_port()
        self.address = f"tcp://127.0.0.1:{self.port}"
        self.log = tmp_path / "scheduler.log"
        env = guarded_env(tmp_path, BRIEFING_PACKS_DIR=str(packs))
        dask = str(BIN / "dask")
        self.scheduler = subprocess.Popen(
            # --no-dashboard still serves /health: on 127.0.0.1 too, never on every interface.
            [dask, "scheduler", "--host", "127.0.0.1", "--port", str(self.port), "--no-dashboard",
             "--dashboard-address", "127.0.0.1:0"],
            env=env, stdout=subprocess.DEVNULL, stderr=open(self.log, "wb"),  # noqa: SIM115 - closed with the process
        )  # fmt: skip
        self.workers = [
            subprocess.Popen(
                [
                    dask,
                    "worker",
                    self.address,
                    "--host",
                    "127.0.0.1",
                    "--nthreads",
                    "1",
                    "--no-nanny",
                    "--no-dashboard",
                    "--dashboard-address",
                    "127.0.0.1:0",
                    "--name",
                    name,
                    "--death-timeout",
                    "60",
                ],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=open(tmp_path / f"{name}.log", "wb"),  # noqa: SIM115
            )  # fmt: skip
            for name in ("w1", "w2")
        ]
        deadline = time.monotonic() + 120
        while self.log.read_text(errors="replace").count("Register worker") < 2:
            assert time.monotonic() < deadline, self.log.read_text(errors="replace")
            assert self.scheduler.poll() is None, self.log.read_text(errors="replace")
            time.sleep(0.2)

    def close(self) -> None:
        for proc in [*self.workers, self.scheduler]:
            if proc.poll() is None:
                proc.terminate()
        for proc in [*self.workers, self.scheduler]:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@pytest.fixture
def cluster(session_store: PackStore, tmp_path: Path) -> Iterator[Cluster]:
    running = Cluster(tmp_path, session_store.root)
    try:
        yield running
    finally:
        running.close()


def start_client(cluster: Cluster, out: Path, tmp_path: Path, *more: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(BIN / "briefing-app"), "--headless", *map(str, ARTICLES), "--to", TARGETS, "--out", str(out),
         "--cluster", cluster.address, "--no-cache", *more],
        env=guarded_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        stdin=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip


def wait_for_briefings(out: Path, count: int, client: subprocess.Popen[str]) -> int:
    deadline = time.monotonic() + 240
    while len(list(out.glob("*.briefing.json"))) < count:
        assert client.poll() is None, client.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.05)
    return len(list(out.glob("*.briefing.json")))


def test_real_scheduler_survives_a_killed_worker_and_a_killed_client(
    cluster: Cluster, local_run: dict[str, dict[str, list[str]]], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    total = len(ARTICLES)

    # A worker killed half-way: its articles go to the other worker, nothing is lost or doubled.
    client = start_client(cluster, out, tmp_path)
    done_at_kill = wait_for_briefings(out, 1, client)
    os.kill(cluster.workers[0].pid, signal.SIGKILL)
    _, err = client.communicate(timeout=300)
    assert client.returncode == 0, err
    assert done_at_kill < total  # the kill really came mid-batch
    assert cluster.workers[0].wait(timeout=10) == -signal.SIGKILL
    assert f"{total} articles: {total} briefed, 0 failed" in err
    for article in ARTICLES:
        assert sum(1 for line in err.splitlines() if f"{article.name}: wrote" in line) == 1, err
    assert translations(out) == local_run
    assert_whole(out)

    # A client killed mid-batch leaves only whole briefings; --resume briefs the rest.
    again = tmp_path / "again"
    client = start_client(cluster, again, tmp_path)
    wait_for_briefings(again, 1, client)
    os.killpg(client.pid, signal.SIGKILL)
    client.communicate(timeout=30)
    assert_whole(again)
    kept = len(list(again.glob("*.briefing.json")))
    resumed = start_client(cluster, again, tmp_path, "--resume")
    _, err = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, err
    assert f"{total - kept} briefed, {kept} already briefed, 0 failed" in err
    assert translations(again) == local_run
    assert [p for p in again.iterdir() if p.name.endswith(".part")] == []
    net_log = tmp_path / "net.log"
    assert not net_log.exists() or net_log.read_text() == "", net_log.read_text()


def test_preload_loads_every_pack_and_briefs_once_untranslated(session_store: PackStore) -> None:
    """What the benchmark's preload leaves on a worker: every model loaded, and the rest of a brief
    (detection, facts, PDF layout) done once, so the first timed article pays for neither."""
    from briefing_app.cluster.tasks import EngineConfig, EnginePlugin, preload_packs
    from briefing_app.core.translation.engine import TranslationEngine
    from briefing_app.export.fonts import register_fonts

    plugin = EnginePlugin(EngineConfig(beam_size=1, use_cache=False))
    plugin.engine = TranslationEngine(session_store)
    worker = type("Worker", (), {"plugins": {plugin.name: plugin}})()
    register_fonts.cache_clear()
    assert preload_packs(plugin.name, dask_worker=worker) == len(session_store.packs())
    assert len(plugin.engine._loaded) == len(session_store.packs())
    assert register_fonts.cache_info().currsize == 1  # the PDF of the warm-up brief registered the fonts

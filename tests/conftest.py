"""Test environment: offscreen Qt, private folders, no network, demo packs built once.

Everything that could touch the user's real folders (pack store, Argos's folders under HOME) is
pointed at temporary ones before any app module is imported.
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import shutil
import socket
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

# Before any Qt import (pytest-qt has no ini option). BRIEFING_TEST_QPA=xcb runs the GUI tests on a real X
# display instead (tests/gui/test_xvfb.py does, on an Xvfb it starts).
os.environ["QT_QPA_PLATFORM"] = os.environ.get("BRIEFING_TEST_QPA", "offscreen")
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="briefing-tests-home-"))
atexit.register(shutil.rmtree, _SESSION_HOME, ignore_errors=True)  # (one private home per session, gone after it)
for _var, _sub in (("HOME", ""), ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
    os.environ[_var] = str(_SESSION_HOME / _sub)
os.environ["BRIEFING_PACKS_DIR"] = str(_SESSION_HOME / "packs")
os.environ["BRIEFING_OFFLINE"] = "1"

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def load_script(name: str) -> ModuleType:
    """A script of `scripts/` as a module (scripts are not a package): `load_script("build_companies")`.
    Its folder goes on sys.path first, as when it runs, so that it can import its sibling scripts."""
    if str(ROOT / "scripts") not in sys.path:
        sys.path.insert(0, str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses and pickling look their module up by name
    spec.loader.exec_module(module)
    return module
SUPPORT = Path(__file__).resolve().parent / "support"


class NetworkAttempt(OSError):
    """Raised when code under test tries to open a network connection.

    An OSError, as a refused connection would be, so the code's own error handling runs; the
    attempt is recorded all the same and fails the test at teardown.
    """


_real_getaddrinfo = socket.getaddrinfo
_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _is_loopback(address: object) -> bool:
    host = address[0] if isinstance(address, tuple) else address
    return isinstance(host, str) and (host.startswith("127.") or host in ("::1", "localhost"))


@pytest.fixture(autouse=True)
def no_network(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """Every test fails on a connection attempt; `@pytest.mark.loopback` allows 127.0.0.1 only."""
    attempts: list[object] = []
    allow_loopback = request.node.get_closest_marker("loopback") is not None

    def guarded(self: socket.socket, address: object) -> object:
        if self.family == socket.AF_UNIX or (allow_loopback and _is_loopback(address)):
            return _real_connect(self, address)  # type: ignore[arg-type]
        attempts.append(address)
        raise NetworkAttempt(f"test tried to connect to {address!r}")

    def guarded_ex(self: socket.socket, address: object) -> int:
        if self.family == socket.AF_UNIX or (allow_loopback and _is_loopback(address)):
            return _real_connect_ex(self, address)  # type: ignore[arg-type]
        attempts.append(address)
        raise NetworkAttempt(f"test tried to connect to {address!r}")

    def guarded_getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
        if allow_loopback and (host is None or _is_loopback(host)):
            return _real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]
        attempts.append(("getaddrinfo", host))
        raise socket.gaierror(socket.EAI_NONAME, f"test tried to look up {host!r}")

    monkeypatch.setattr(socket, "getaddrinfo", guarded_getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", guarded)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_ex)
    yield attempts
    assert not attempts, f"network connections attempted: {attempts}"


@pytest.fixture(autouse=True)
def network_setting() -> Iterator[object]:
    """The process's network setting (offline, from the environment above) as every test starts; restored after."""
    from briefing_app.core.network import NETWORK

    saved = NETWORK.offline
    yield NETWORK
    NETWORK.offline = saved


@pytest.fixture(scope="session")
def demo_pack_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The six cipher demo packs as .argosmodel files, built once per test session."""
    from briefing_app.core.demo_packs import build_demo_packs

    return build_demo_packs(tmp_path_factory.mktemp("demo-pack-files"), ("cipher",))


@pytest.fixture(scope="session")
def session_store(demo_pack_files: list[Path], tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A pack store with every cipher pack installed; tests must not change it."""
    from briefing_app.core.translation.packs import PackStore

    store = PackStore(tmp_path_factory.mktemp("session-packs"))
    for file in demo_pack_files:
        store.install_file(file)
    return store


@pytest.fixture
def empty_store(tmp_path: Path):  # type: ignore[no-untyped-def]
    from briefing_app.core.translation.packs import PackStore

    return PackStore(tmp_path / "packs")


@pytest.fixture(scope="session")
def engine(session_store):  # type: ignore[no-untyped-def]
    """One engine for the session: models load once, as in the app."""
    from briefing_app.core.translation.engine import EngineSettings, TranslationEngine

    return TranslationEngine(session_store, EngineSettings(beam_size=2))

"""The one online path: offline it fails at once with a clear message; online it installs with progress."""

from __future__ import annotations

import http.server
import json
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing_app.core.errors import OfflineError, PackError
from briefing_app.core.network import NETWORK
from briefing_app.core.translation.download import download_packs
from briefing_app.core.translation.packs import PackStore
from tests.unit.test_packs import make_pack, metadata


def test_offline_mode_fails_before_any_connection(empty_store: PackStore, no_network: list[object]) -> None:
    with pytest.raises(OfflineError, match="offline mode is on.*--install-pack"):
        download_packs([("en", "ar")], empty_store)
    assert no_network == []


def test_unreachable_index_is_a_clear_offline_error(empty_store: PackStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(NETWORK, "offline", False)

    def unreachable(url: str, timeout: float) -> None:
        raise urllib.error.URLError(OSError(101, "Network is unreachable"))

    monkeypatch.setattr(urllib.request, "urlopen", unreachable)
    with pytest.raises(OfflineError, match="Network is unreachable.*Are you offline.*--install-pack"):
        download_packs([("en", "ar")], empty_store)


@pytest.fixture
def pack_server(tmp_path: Path) -> Iterator[str]:
    """A package index and one pack served from 127.0.0.1, as the Argos index would serve them."""
    site = tmp_path / "site"
    site.mkdir()
    make_pack(site / "translate-en_ar-1_0.argosmodel")
    handler = lambda *a, **k: http.server.SimpleHTTPRequestHandler(*a, directory=str(site), **k)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    index = [metadata(links=[base + "translate-en_ar-1_0.argosmodel"]), {"type": "sbd", "links": []}]
    (site / "index.json").write_text(json.dumps(index))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()
    server.server_close()


@pytest.mark.loopback
def test_download_from_an_index_installs_with_progress(
    empty_store: PackStore, pack_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(NETWORK, "offline", False)
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", pack_server)
    seen: list[tuple[int, int]] = []
    [(pack, outcome)] = download_packs([("en", "ar")], empty_store, progress=lambda d, t, m: seen.append((d, t)))
    assert (pack.key, outcome) == ("en:ar", "installed")
    assert seen and seen[-1][0] == seen[-1][1] > 0
    with pytest.raises(PackError, match="no pack for en -> xx"):
        download_packs([("en", "xx")], empty_store)

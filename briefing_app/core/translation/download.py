"""The one online path: fetch packs from the Argos package index, then install them like files.

Nothing else in the app opens a connection. Offline (no route, or BRIEFING_OFFLINE=1) this fails
at once with a message that says how to install packs from files instead.
"""

from __future__ import annotations

import json
import os
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing_app.core.errors import OfflineError, PackError
from briefing_app.core.network import NETWORK
from briefing_app.core.progress import CancelToken, ProgressCallback, no_progress
from briefing_app.core.translation.packs import PACK_SUFFIX, InstalledPack, PackStore

# Argos's own default index; ARGOS_PACKAGE_INDEX overrides it as it does for Argos.
DEFAULT_INDEX = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/"
TIMEOUT_SECONDS = 20
MAX_INDEX_BYTES = 20_000_000
MAX_PACK_BYTES = 1_000_000_000


@dataclass(frozen=True)
class AvailablePack:
    source: str
    target: str
    version: str
    links: tuple[str, ...]
    size: int | None = None


def offline_forced() -> bool:
    """The process's network setting (`core/network.py`), asked before any connection."""
    return NETWORK.offline


def index_url() -> str:
    base = os.environ.get("ARGOS_PACKAGE_INDEX", DEFAULT_INDEX)
    return base if base.endswith(".json") else base.rstrip("/") + "/index.json"


def _offline_message(what: str, err: object) -> str:
    return (
        f"could not {what} ({err}). Are you offline? Install packs from files instead: "
        "briefing-app --install-pack FILE_OR_FOLDER"
    )


def _open(url: str) -> Any:
    if offline_forced():
        raise OfflineError(
            "offline mode is on (BRIEFING_OFFLINE or --offline): not downloading. "
            "Install packs from files instead: briefing-app --install-pack FILE_OR_FOLDER"
        )
    if not url.startswith(("https://", "http://")):
        raise PackError(f"refusing to download from {url!r}: only http(s) links are followed")
    try:
        return urllib.request.urlopen(url, timeout=TIMEOUT_SECONDS)  # noqa: S310 - scheme checked above
    except (urllib.error.URLError, OSError, ValueError) as err:
        raise OfflineError(_offline_message(f"reach {url}", getattr(err, "reason", err))) from None


def fetch_index() -> list[AvailablePack]:
    url = index_url()
    with _open(url) as response:
        try:
            raw = response.read(MAX_INDEX_BYTES + 1)
        except OSError as err:
            raise OfflineError(_offline_message(f"read {url}", err)) from None
    if len(raw) > MAX_INDEX_BYTES:
        raise PackError(f"the package index at {url} is implausibly large")
    try:
        entries = json.loads(raw.decode("utf-8"))
    except ValueError as err:
        raise PackError(f"the package index at {url} is not valid JSON ({err})") from None
    available = []
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict) or entry.get("type", "translate") != "translate":
            continue
        links = tuple(str(link) for link in entry.get("links", []) if isinstance(link, str))
        if entry.get("from_code") and entry.get("to_code") and links:
            available.append(
                AvailablePack(
                    str(entry["from_code"]), str(entry["to_code"]), str(entry.get("package_version", "")), links
                )
            )
    return available


def download_packs(
    pairs: list[tuple[str, str]],
    store: PackStore,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> list[tuple[InstalledPack, str]]:
    """Download and install the packs for `pairs`; progress counts bytes across all downloads."""
    cancel = cancel or CancelToken()
    index = fetch_index()
    chosen: list[AvailablePack] = []
    missing = []
    for source, target in pairs:
        match = [p for p in index if p.source == source and p.target == target]
        if match:
            chosen.append(match[-1])
        else:
            missing.append(f"{source} -> {target}")
    if missing:
        raise PackError("the Argos package index has no pack for " + ", ".join(missing))
    results = []
    with tempfile.TemporaryDirectory(prefix="briefing-download-") as tmp:
        for number, pack in enumerate(chosen, start=1):
            label = f"downloading {pack.source} -> {pack.target} ({number}/{len(chosen)})"
            file = Path(tmp) / f"translate-{pack.source}_{pack.target}{PACK_SUFFIX}"
            _download(pack.links[0], file, label, progress, cancel)
            results.append(store.install_file(file))
    return results


def _download(url: str, dest: Path, label: str, progress: ProgressCallback, cancel: CancelToken) -> None:
    with _open(url) as response, open(dest, "wb") as out:
        total = int(response.headers.get("Content-Length") or 0)
        done = 0
        while True:
            cancel.raise_if_cancelled()
            try:
                chunk = response.read(1 << 16)
            except OSError as err:
                raise OfflineError(_offline_message(f"download {url}", err)) from None
            if not chunk:
                break
            done += len(chunk)
            if done > MAX_PACK_BYTES:
                raise PackError(f"{url}: the download is larger than any language pack should be")
            out.write(chunk)
            progress(done, total or done, label)

"""A persistent cache of sentence translations, so a second look at an article is instant.

Keyed by the pack (its folder, version and the identity of its model file), the settings that
change output (beam size, length penalty) and the exact source sentence. SQLite gives atomic
writes and safe concurrent use by several processes (a GUI and a batch job); a cache file that is
corrupt is moved aside and rebuilt, and any cache failure only costs speed, never a translation.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Sequence
from pathlib import Path

log = logging.getLogger(__name__)

CACHE_FILE = "translations.sqlite3"
# Rows kept before the least recently used are dropped (a sentence row is a few hundred bytes).
MAX_ENTRIES = 500_000


def default_cache_dir() -> Path:
    configured = os.environ.get("BRIEFING_CACHE_DIR")
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_cache_path

    return user_cache_path("briefing-app", appauthor=False)


def cache_disabled_by_environment() -> bool:
    return os.environ.get("BRIEFING_NO_CACHE", "").strip().lower() in {"1", "true", "yes", "on"}


class TranslationCache:
    """Thread-safe; each method is one short transaction."""

    def __init__(self, folder: Path | None = None, max_entries: int = MAX_ENTRIES) -> None:
        self.path = (folder or default_cache_dir()) / CACHE_FILE
        self.max_entries = max_entries
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self._broken = False
        self._writes = 0

    # -- public ----------------------------------------------------------------------------------

    @staticmethod
    def key_prefix(pack_dir: Path, version: str, beam_size: int, length_penalty: float) -> str:
        """What, besides the sentence, decides the output: the exact model file and the settings."""
        model = pack_dir / "model" / "model.bin"
        try:
            stat = model.stat()
            identity = f"{stat.st_size}:{stat.st_mtime_ns}"
        except OSError:
            identity = "missing"
        return f"{pack_dir.name}|{version}|{identity}|beam={beam_size}|lp={length_penalty}"

    def get_many(self, prefix: str, texts: Sequence[str]) -> dict[int, tuple[str, float | None]]:
        """Cached translations by position in `texts`."""
        keys = [_key(prefix, t) for t in texts]
        found: dict[str, tuple[str, float | None]] = {}
        with self._lock:
            db = self._connection()
            if db is None:
                return {}
            try:
                for start in range(0, len(keys), 500):
                    chunk = keys[start : start + 500]
                    marks = ",".join("?" * len(chunk))
                    rows = db.execute(f"SELECT key, translation, score FROM cache WHERE key IN ({marks})", chunk)
                    found.update({k: (t, s) for k, t, s in rows})
                if found:
                    now = int(time.time())
                    db.executemany("UPDATE cache SET used = ? WHERE key = ?", [(now, k) for k in found])
                    db.commit()
            except sqlite3.Error as err:
                self._fail(err)
                return {}
        return {i: found[k] for i, k in enumerate(keys) if k in found}

    def put_many(self, prefix: str, items: Sequence[tuple[str, str, float | None]]) -> None:
        """Store (source, translation, score) triples."""
        if not items:
            return
        now = int(time.time())
        rows = [(_key(prefix, source), translation, score, now) for source, translation, score in items]
        with self._lock:
            db = self._connection()
            if db is None:
                return
            try:
                db.executemany("INSERT OR REPLACE INTO cache (key, translation, score, used) VALUES (?, ?, ?, ?)", rows)
                db.commit()
                self._writes += len(rows)
                if self._writes >= 10_000:
                    self._writes = 0
                    self._prune(db)
            except sqlite3.Error as err:
                self._fail(err)

    def clear(self) -> None:
        with self._lock:
            db = self._connection()
            if db is not None:
                db.execute("DELETE FROM cache")
                db.commit()

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    # -- internals -------------------------------------------------------------------------------

    def _connection(self) -> sqlite3.Connection | None:
        if self._broken:
            return None
        if self._db is None:
            try:
                self._db = self._open()
            except (sqlite3.Error, OSError) as err:
                self._quarantine(err)
                try:
                    self._db = self._open()
                except (sqlite3.Error, OSError) as again:
                    log.warning("translation cache disabled: %s", again)
                    self._broken = True
                    return None
        return self._db

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=10, check_same_thread=False)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute(
                "CREATE TABLE IF NOT EXISTS cache (key TEXT PRIMARY KEY, translation TEXT NOT NULL, score REAL, "
                "used INTEGER NOT NULL)"
            )
            db.execute("CREATE INDEX IF NOT EXISTS cache_used ON cache (used)")
            db.execute("SELECT count(*) FROM cache").fetchone()  # touches the file: corruption shows here
            db.commit()
        except sqlite3.Error:
            db.close()
            raise
        return db

    def _fail(self, err: sqlite3.Error) -> None:
        """A query failed: if the file is damaged, start a fresh one next time."""
        log.warning("translation cache error: %s", err)
        if isinstance(err, sqlite3.DatabaseError) and not isinstance(err, sqlite3.OperationalError):
            if self._db is not None:
                with contextlib.suppress(sqlite3.Error):
                    self._db.close()
                self._db = None
            self._quarantine(err)

    def _quarantine(self, err: Exception) -> None:
        """Move a damaged cache aside (kept for inspection) so a new one can be made."""
        log.warning("translation cache at %s is unusable (%s); starting a new one", self.path, err)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        for suffix in ("", "-wal", "-shm"):
            old = Path(f"{self.path}{suffix}")
            if old.exists():
                with contextlib.suppress(OSError):
                    os.replace(old, old.with_name(f"{old.name}.corrupt-{stamp}"))

    def _prune(self, db: sqlite3.Connection) -> None:
        (count,) = db.execute("SELECT count(*) FROM cache").fetchone()
        excess = count - self.max_entries
        if excess > 0:
            db.execute("DELETE FROM cache WHERE key IN (SELECT key FROM cache ORDER BY used LIMIT ?)", (excess,))
            db.commit()


def _key(prefix: str, text: str) -> str:
    return hashlib.sha256(f"{prefix}\0{text}".encode()).hexdigest()

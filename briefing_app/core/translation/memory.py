"""The translation memory: the analyst's corrections, used ahead of the model from then on.

It lives in the translation cache's SQLite file (same folder, same concurrency rules) but in its own
table, keyed by route (source and target language) and the exact source sentence, and marked as a
human translation. Unlike the cache it is never pruned and never dropped silently: the cache can be
rebuilt, a person's corrections cannot, so a failing memory raises `MemoryStoreError` for the caller
to show, and a lookup that fails only means the model's text is used.

TMX export follows TMX 1.4b (one `<tu>` per entry, a `<tuv xml:lang>` per language).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing_app.core.atomic import write_bytes_atomic
from briefing_app.core.errors import BriefingError
from briefing_app.core.translation.cache import CACHE_FILE, default_cache_dir

log = logging.getLogger(__name__)

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class MemoryStoreError(BriefingError):
    """The translation memory could not be read or written."""


@dataclass(frozen=True)
class MemoryEntry:
    source_language: str
    target_language: str
    source: str
    translation: str
    machine: str | None  # what the model had written, when known
    created: int  # Unix time of the (latest) correction

    @property
    def route(self) -> str:
        return f"{self.source_language}:{self.target_language}"


class TranslationMemory:
    """Thread-safe; each method is one short transaction."""

    def __init__(self, folder: Path | None = None) -> None:
        self.path = (folder or default_cache_dir()) / CACHE_FILE
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None

    def _connection(self) -> sqlite3.Connection:
        if self._db is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(self.path, timeout=10, check_same_thread=False)
                db.execute("PRAGMA journal_mode=WAL")
                db.execute(
                    "CREATE TABLE IF NOT EXISTS memory (source_language TEXT NOT NULL, target_language TEXT NOT NULL, "
                    "source TEXT NOT NULL, translation TEXT NOT NULL, machine TEXT, origin TEXT NOT NULL DEFAULT "
                    "'human', created INTEGER NOT NULL, PRIMARY KEY (source_language, target_language, source))"
                )
                db.commit()
            except (sqlite3.Error, OSError) as err:
                raise MemoryStoreError(f"{self.path}: the translation memory cannot be opened: {err}") from None
            self._db = db
        return self._db

    def put(
        self, source_language: str, target_language: str, source: str, translation: str, machine: str | None
    ) -> None:
        """Remember the analyst's `translation` of `source` (replacing an earlier one)."""
        with self._lock:
            try:
                db = self._connection()
                db.execute(
                    "INSERT OR REPLACE INTO memory (source_language, target_language, source, translation, machine, "
                    "origin, created) VALUES (?, ?, ?, ?, ?, 'human', ?)",
                    (source_language, target_language, source.strip(), translation, machine, int(time.time())),
                )
                db.commit()
            except sqlite3.Error as err:
                raise MemoryStoreError(f"{self.path}: could not store the correction: {err}") from None

    def get_many(self, source_language: str, target_language: str, texts: Sequence[str]) -> dict[int, str]:
        """Remembered translations by position in `texts`; empty when the memory cannot be read."""
        wanted = {t.strip() for t in texts if t.strip()}
        if not wanted:
            return {}
        found: dict[str, str] = {}
        with self._lock:
            try:
                db = self._connection()
                ordered = sorted(wanted)
                for start in range(0, len(ordered), 500):
                    chunk = ordered[start : start + 500]
                    marks = ",".join("?" * len(chunk))
                    rows = db.execute(
                        f"SELECT source, translation FROM memory WHERE source_language = ? AND target_language = ? "
                        f"AND source IN ({marks})",
                        [source_language, target_language, *chunk],
                    )
                    found.update(dict(rows))
            except (sqlite3.Error, MemoryStoreError) as err:
                log.warning("translation memory not used: %s", err)
                return {}
        return {i: found[t.strip()] for i, t in enumerate(texts) if t.strip() in found}

    def entries(self, route: str | None = None) -> list[MemoryEntry]:
        """Every entry (of `route`, "en:ar", when given), newest first."""
        query = "SELECT source_language, target_language, source, translation, machine, created FROM memory"
        params: list[str] = []
        if route:
            source_language, _, target_language = route.partition(":")
            query += " WHERE source_language = ? AND target_language = ?"
            params = [source_language, target_language]
        with self._lock:
            try:
                rows = self._connection().execute(query + " ORDER BY created DESC, source", params).fetchall()
            except sqlite3.Error as err:
                raise MemoryStoreError(f"{self.path}: the translation memory cannot be read: {err}") from None
        return [MemoryEntry(*row) for row in rows]

    def forget(self, route: str | None = None, source: str | None = None) -> int:
        """Forget entries: one sentence of a route, a whole route ("en:ar"), or everything (no arguments)."""
        query, params = "DELETE FROM memory", []
        conditions = []
        if route:
            source_language, _, target_language = route.partition(":")
            conditions += ["source_language = ?", "target_language = ?"]
            params += [source_language, target_language]
        if source is not None:
            conditions.append("source = ?")
            params.append(source.strip())
        if conditions:
            query += " WHERE " + " AND ".join(conditions)
        with self._lock:
            try:
                db = self._connection()
                count = db.execute(query, params).rowcount
                db.commit()
            except sqlite3.Error as err:
                raise MemoryStoreError(f"{self.path}: could not forget: {err}") from None
        return int(count)

    def export_tmx(self, path: Path, route: str | None = None, tool_version: str = "") -> int:
        """Write the entries as a TMX 1.4 file (atomically); returns how many were written."""
        entries = self.entries(route)
        try:
            write_bytes_atomic(path, tmx_bytes(entries, tool_version))
        except OSError as err:
            raise MemoryStoreError(f"{path}: could not write the TMX file: {err.strerror or err}") from None
        return len(entries)

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None


def tmx_bytes(entries: Sequence[MemoryEntry], tool_version: str = "") -> bytes:
    """The entries as a TMX 1.4 document: a header, and a `<tu>` of two `<tuv>` per entry."""
    root = ET.Element("tmx", version="1.4")
    ET.SubElement(
        root,
        "header",
        {
            "creationtool": "Briefing Desk",
            "creationtoolversion": tool_version or "unknown",
            "segtype": "sentence",
            "o-tmf": "briefing-desk-sqlite",
            "adminlang": "en",
            "srclang": "*all*",
            "datatype": "plaintext",
        },
    )
    body = ET.SubElement(root, "body")
    for entry in entries:
        stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(entry.created))
        tu = ET.SubElement(body, "tu", {"creationdate": stamp, "srclang": entry.source_language})
        ET.SubElement(tu, "prop", type="x-origin").text = "human"
        if entry.machine is not None:
            ET.SubElement(tu, "note").text = f"machine translation: {entry.machine}"
        for language, text in ((entry.source_language, entry.source), (entry.target_language, entry.translation)):
            tuv = ET.SubElement(tu, "tuv", {XML_LANG: language})
            ET.SubElement(tuv, "seg").text = text
    ET.indent(root)
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data + b"\n"

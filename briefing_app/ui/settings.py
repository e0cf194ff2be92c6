"""Typed access to the app's QSettings (organisation "BriefingDesk", application "briefing-app").

One place knows the keys and their types, so a typo cannot silently create a second setting, and
tests redirect everything with `QSettings.setPath` to a temporary folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "BriefingDesk"
APPLICATION = "briefing-app"
MAX_RECENT = 10


class Settings:
    """The persisted preferences: UI language, targets, pack folder, offline, folders, geometry, recent files."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
        )

    def sync(self) -> None:
        self._s.sync()

    # -- generic helpers -------------------------------------------------------------------------

    def _str(self, key: str, default: str = "") -> str:
        value = self._s.value(key, default)
        return value if isinstance(value, str) else default

    def _list(self, key: str) -> list[str]:
        value = self._s.value(key, [])
        if isinstance(value, str):  # QSettings returns a lone item as a plain string
            return [value] if value else []
        if isinstance(value, list):
            return [str(v) for v in value if str(v)]
        return []

    def _bool(self, key: str, default: bool = False) -> bool:
        value = self._s.value(key, default)
        if isinstance(value, str):  # the INI format gives back "true" / "false"
            return value.strip().lower() in {"1", "true", "yes", "on"}
        return bool(value)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._s.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    # -- values ----------------------------------------------------------------------------------

    @property
    def ui_language(self) -> str:
        """ "" means: follow the system locale."""
        return self._str("ui/language")

    @ui_language.setter
    def ui_language(self, code: str) -> None:
        self._s.setValue("ui/language", code)

    @property
    def target_languages(self) -> list[str]:
        return self._list("translation/targets")

    @target_languages.setter
    def target_languages(self, codes: list[str]) -> None:
        self._s.setValue("translation/targets", list(dict.fromkeys(codes)))

    @property
    def packs_dir(self) -> Path | None:
        text = self._str("packs/folder")
        return Path(text) if text else None

    @packs_dir.setter
    def packs_dir(self, folder: Path | None) -> None:
        self._s.setValue("packs/folder", str(folder) if folder else "")

    @property
    def offline(self) -> bool:
        """Work offline: applied to the network setting (core/network.py) at start, so nothing opens a connection."""
        return self._bool("network/offline")

    @offline.setter
    def offline(self, value: bool) -> None:
        self._s.setValue("network/offline", bool(value))

    @property
    def last_folder(self) -> Path | None:
        text = self._str("files/last_folder")
        return Path(text) if text else None

    @last_folder.setter
    def last_folder(self, folder: Path) -> None:
        self._s.setValue("files/last_folder", str(folder))

    @property
    def recent_files(self) -> list[str]:
        return self._list("files/recent")

    def add_recent_file(self, path: Path) -> None:
        text = str(path)
        recent = [text] + [p for p in self.recent_files if p != text]
        self._s.setValue("files/recent", recent[:MAX_RECENT])

    def clear_recent_files(self) -> None:
        self._s.setValue("files/recent", [])

    @property
    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @window_geometry.setter
    def window_geometry(self, data: QByteArray) -> None:
        self._s.setValue("window/geometry", data)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, data: QByteArray) -> None:
        self._s.setValue("window/state", data)

    @property
    def splitter_state(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    @splitter_state.setter
    def splitter_state(self, data: QByteArray) -> None:
        self._s.setValue("window/splitter", data)

"""Typed errors. Every one carries a message a person can act on; the CLI and GUI show it as is."""

from __future__ import annotations

from pathlib import Path


class BriefingError(Exception):
    """Base of every error the app reports to a user instead of a traceback."""


class DocumentError(BriefingError):
    """An article could not be read. `path` names the file, `reason` says what is wrong with it."""

    kind = "unreadable"

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class UnsupportedFormatError(DocumentError):
    kind = "unsupported-format"


class EmptyDocumentError(DocumentError):
    kind = "empty"


class EncryptedDocumentError(DocumentError):
    kind = "encrypted"


class NoTextLayerError(DocumentError):
    kind = "no-text-layer"


class CorruptDocumentError(DocumentError):
    kind = "corrupt"


class PackError(BriefingError):
    """A language pack is missing, invalid or cannot be installed."""


class PackMissingError(PackError):
    """No installed pack (direct or through English) translates `source` into `target`."""

    def __init__(self, source: str, target: str, detail: str = "") -> None:
        self.source = source
        self.target = target
        self.detail = detail
        hint = (
            f"no language pack translates {source} -> {target}"
            + (f" ({detail})" if detail else "")
            + f". Install one with: briefing-app --install-pack FILE.argosmodel, "
            f"or when online: briefing-app --download-packs {source}:{target}"
        )
        super().__init__(hint)


class PackInvalidError(PackError):
    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: not a usable language pack: {reason}")


class OfflineError(BriefingError):
    """The network was needed (package index, downloads) and is not reachable or not allowed."""


class ExportError(BriefingError):
    """A briefing could not be written."""


class Cancelled(BriefingError):
    """The user cancelled a long operation; nothing half-done was kept."""

    def __init__(self) -> None:
        super().__init__("cancelled")

"""Installed language packs: Argos `.argosmodel` zips unpacked into the app's own pack folder.

Argos's own `install_from_path` extracts whatever a zip holds into its package folder. Field
workers install packs from whatever USB stick they are handed, so this store checks a zip before
it writes anything (paths, links, sizes, metadata, model files), unpacks it into a temporary
folder inside the pack folder and moves it into place only when it is complete.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import tempfile
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from packaging.version import InvalidVersion, Version

from briefing_app.core.briefing import PackRef
from briefing_app.core.errors import PackError, PackInvalidError
from briefing_app.core.languages import language_name

PACK_SUFFIX = ".argosmodel"
# A real Argos pack is 25-100 MB zipped and at most a few hundred MB unpacked.
MAX_UNPACKED_BYTES = 1_500_000_000
MAX_MEMBERS = 2_000
# Model weights compress poorly; zeros compress extremely well. A member that claims to grow more
# than this many times (and is large) is a decompression bomb, not a model.
MAX_COMPRESSION_RATIO = 200
RATIO_CHECK_MIN_BYTES = 50_000_000
# metadata.json is a few hundred bytes; it is read into memory, so a huge one is refused unread.
MAX_METADATA_BYTES = 1_000_000
# Free space kept on the disk after an install, beyond what the pack itself needs.
DISK_MARGIN_BYTES = 100_000_000
# Argos models are trained on sentences far shorter than this; longer ones translate badly.
DEFAULT_MAX_INPUT_PIECES = 400
# Matched with fullmatch: "$" alone would accept a trailing newline ("en\n"), which then lands in a folder name.
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?")
_INSTALLING_PREFIX = ".installing-"
_REMOVING_PREFIX = ".removing-"


@dataclass(frozen=True)
class InstalledPack:
    """A pack unpacked in the store. Signals nothing: plain data the GUI and CLI both list."""

    path: Path
    source: str
    target: str
    version: str
    source_name: str
    target_name: str
    demo: bool
    demo_kind: str
    license: str
    metadata: dict[str, Any]

    @property
    def key(self) -> str:
        return f"{self.source}:{self.target}"

    @property
    def size_bytes(self) -> int:
        return sum(f.stat().st_size for f in self.path.rglob("*") if f.is_file())

    @property
    def tokenizer_kind(self) -> str:
        if (self.path / "sentencepiece.model").is_file():
            return "sentencepiece"
        return "bpe"

    @property
    def max_input_pieces(self) -> int:
        """The longest sentence, in tokenizer pieces, the model handles; longer input is split."""
        try:
            return max(16, int(self.metadata.get("max_input_pieces", DEFAULT_MAX_INPUT_PIECES)))
        except (TypeError, ValueError):
            return DEFAULT_MAX_INPUT_PIECES

    @property
    def source_label(self) -> str:
        """The source language as the pack names it (its from_name), else as CLDR names it."""
        return _label(self.source_name, self.source)

    @property
    def target_label(self) -> str:
        """The target language as the pack names it (its to_name), else as CLDR names it."""
        return _label(self.target_name, self.target)

    def credits(self) -> str:
        """The pack's README (credits, training data, licence: a real pack states its licence there)."""
        for name in ("README.md", "README", "README.txt", "LICENSE"):
            try:
                return (self.path / name).read_text(encoding="utf-8", errors="replace")[:_CREDITS_CHARS].strip()
            except OSError:
                continue
        return ""

    def ref(self) -> PackRef:
        return PackRef(
            source=self.source,
            target=self.target,
            version=self.version,
            demo=self.demo,
            name=self.path.name,
            license=self.license,
        )


class PartialInstallError(PackError):
    """Some packs of a folder failed; `installed` holds the (pack, outcome) pairs that did not."""

    def __init__(self, message: str, installed: list[tuple[InstalledPack, str]]) -> None:
        super().__init__(message)
        self.installed = installed


def default_packs_dir() -> Path:
    """The pack folder: $BRIEFING_PACKS_DIR, else the app's data folder (never the current one)."""
    configured = os.environ.get("BRIEFING_PACKS_DIR")
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_data_path

    return user_data_path("briefing-app", appauthor=False) / "packs"


class PackStore:
    """The folder of installed packs. Safe to list while another process installs."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(root) if root is not None else default_packs_dir()

    # -- listing -------------------------------------------------------------------------------

    def packs(self) -> list[InstalledPack]:
        if not self.root.is_dir():
            return []
        found = []
        for child in sorted(self.root.iterdir()):
            if child.name.startswith(".") or not child.is_dir():
                continue
            try:
                found.append(load_pack(child))
            except PackInvalidError:
                continue  # a broken folder is reported by `problems()`, never used
        return found

    def problems(self) -> list[str]:
        """Folders in the store that are not usable packs, with the reason."""
        issues = []
        if self.root.is_dir():
            for child in sorted(self.root.iterdir()):
                if child.is_dir() and not child.name.startswith("."):
                    try:
                        load_pack(child)
                    except PackInvalidError as err:
                        issues.append(str(err))
        return issues

    def find(self, source: str, target: str) -> InstalledPack | None:
        """The newest installed pack for the pair, if any."""
        candidates = [p for p in self.packs() if p.source == source and p.target == target]
        return max(candidates, key=lambda p: _version(p.version), default=None)

    # -- installing ----------------------------------------------------------------------------

    def install(self, path: Path, *, force: bool = False) -> list[tuple[InstalledPack, str]]:
        """Install one `.argosmodel` file or every one in a folder.

        Returns (pack, outcome) pairs where outcome is "installed", "upgraded" or "already
        installed". A folder with a bad pack still installs the good ones; the errors are raised
        together afterwards so nothing is silently skipped.
        """
        path = Path(path)
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix == PACK_SUFFIX and p.is_file())
            if not files:
                raise PackError(f"{path}: no {PACK_SUFFIX} files in this folder")
        elif path.is_file():
            files = [path]
        else:
            raise PackError(f"{path}: no such file or folder")
        results: list[tuple[InstalledPack, str]] = []
        errors: list[str] = []
        for file in files:
            try:
                results.append(self.install_file(file, force=force))
            except PackError as err:
                errors.append(str(err))
        if errors:
            raise PartialInstallError("\n".join(errors), results)
        return results

    def install_file(self, archive: Path, *, force: bool = False) -> tuple[InstalledPack, str]:
        """Check, unpack into a hidden staging folder, and move into place only when complete.

        Any failure, a full disk or a pulled USB stick included, leaves the store as it was and is
        reported as a PackError naming the archive (never a bare OSError: the CLI shows PackErrors).
        """
        try:
            return self._install_file(archive, force=force)
        except OSError as err:
            raise PackError(f"{archive}: installing failed: {err.strerror or err}; nothing was installed") from None

    def _install_file(self, archive: Path, *, force: bool) -> tuple[InstalledPack, str]:
        self.root.mkdir(parents=True, exist_ok=True)
        with _open_zip(archive) as zf:
            top = _check_members(archive, zf)
            _check_free_space(archive, zf, self.root)
            metadata = _read_metadata(archive, zf, top)
            source, target, version = metadata["from_code"], metadata["to_code"], str(metadata["package_version"])
            existing = self.find(source, target)
            if existing is not None and not force and _version(existing.version) >= _version(version):
                return existing, "already installed"
            staging = Path(tempfile.mkdtemp(prefix=_INSTALLING_PREFIX, dir=self.root))
            try:
                _extract(zf, staging)
                unpacked = staging / top
                load_pack(unpacked)  # the same checks a listing makes, before it is visible
                final = self.root / _folder_name(source, target)
                if existing is not None:
                    self._retire(existing.path)
                if final.exists():
                    self._retire(final)
                os.replace(unpacked, final)
            except PackInvalidError as err:
                raise PackInvalidError(archive, err.reason) from None
            finally:
                shutil.rmtree(staging, ignore_errors=True)
        return load_pack(final), ("upgraded" if existing is not None else "installed")

    def export(self, dest: Path) -> list[Path]:
        """Copy every installed pack to `dest` as an `.argosmodel` file (for a USB stick).

        Each file is written atomically, so a stick pulled out mid-copy never holds half a pack
        under a real name. Installing the folder elsewhere gives back the same packs.
        """
        from briefing_app.core.atomic import atomic_path

        dest.mkdir(parents=True, exist_ok=True)
        written = []
        for pack in self.packs():
            out = dest / f"{pack.path.name}-{pack.version}{PACK_SUFFIX}"
            with atomic_path(out) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
                for file in sorted(pack.path.rglob("*")):
                    if file.is_file() and not file.is_symlink():
                        zf.write(file, f"{pack.path.name}/{file.relative_to(pack.path).as_posix()}")
            written.append(out)
        return written

    def remove(self, source: str, target: str) -> InstalledPack:
        pack = self.find(source, target)
        if pack is None:
            raise PackError(f"no installed pack translates {source} -> {target}")
        self._retire(pack.path)
        return pack

    def _retire(self, folder: Path) -> None:
        """Move a pack out of the way first, so a translator that has it loaded keeps working
        (its files stay open) and a listing never sees half a folder; then delete it."""
        hidden = Path(tempfile.mkdtemp(prefix=_REMOVING_PREFIX, dir=self.root))
        os.replace(folder, hidden / folder.name)
        shutil.rmtree(hidden, ignore_errors=True)


# A README longer than this is cut when shown (real ones are a few hundred characters).
_CREDITS_CHARS = 20_000


def _label(name: str, code: str) -> str:
    return name if name and name != code else language_name(code)


def pack_credits(packs: Sequence[InstalledPack], refs: Sequence[PackRef]) -> list[tuple[str, str]]:
    """(title, README text) of each installed pack a briefing used, for the About dialog."""
    out: list[tuple[str, str]] = []
    for ref in refs:
        pack = next((p for p in packs if p.path.name == ref.name or p.ref() == ref), None)
        if pack is not None:
            out.append((f"{pack.source_label} → {pack.target_label} {pack.version}", pack.credits()))
    return out


def load_pack(folder: Path) -> InstalledPack:
    """Read and check an unpacked pack folder."""
    meta_path = folder / "metadata.json"
    try:
        metadata = json.loads(meta_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PackInvalidError(folder, "metadata.json is missing") from None
    except (OSError, ValueError) as err:
        raise PackInvalidError(folder, f"metadata.json is unreadable ({err})") from None
    _check_metadata(folder, metadata)
    if not (folder / "model" / "model.bin").is_file():
        raise PackInvalidError(folder, "model/model.bin is missing")
    if not ((folder / "sentencepiece.model").is_file() or (folder / "bpe.model").is_file()):
        raise PackInvalidError(folder, "neither sentencepiece.model nor bpe.model is present")
    return InstalledPack(
        path=folder,
        source=metadata["from_code"],
        target=metadata["to_code"],
        version=str(metadata.get("package_version", "0")),
        source_name=str(metadata.get("from_name", metadata["from_code"])),
        target_name=str(metadata.get("to_name", metadata["to_code"])),
        demo=bool(metadata.get("demo", False)),
        demo_kind=str(metadata.get("demo_kind", "")),
        license=str(metadata.get("license", "")),
        metadata=metadata,
    )


def _check_metadata(where: Path, metadata: Any) -> None:
    if not isinstance(metadata, dict):
        raise PackInvalidError(where, "metadata.json is not a JSON object")
    if metadata.get("type", "translate") != "translate":
        raise PackInvalidError(where, f"pack type {metadata.get('type')!r} is not a translation pack")
    for key in ("from_code", "to_code"):
        code = metadata.get(key)
        if not isinstance(code, str) or not _LANGUAGE_CODE.fullmatch(code):
            raise PackInvalidError(where, f"{key} {code!r} is not a language code")
    if metadata["from_code"] == metadata["to_code"]:
        raise PackInvalidError(where, "from_code and to_code are the same language")
    try:
        _version(str(metadata.get("package_version", "0")), strict=True)
    except InvalidVersion:
        raise PackInvalidError(where, f"package_version {metadata.get('package_version')!r} is not a version") from None


def _version(text: str, strict: bool = False) -> Version:
    try:
        return Version(text)
    except InvalidVersion:
        if strict:
            raise
        return Version("0")


def _folder_name(source: str, target: str) -> str:
    return f"translate-{source}_{target}"


def _open_zip(archive: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(archive)
    except FileNotFoundError:
        raise PackError(f"{archive}: no such file") from None
    except (zipfile.BadZipFile, OSError, ValueError) as err:
        raise PackInvalidError(archive, f"not a zip archive ({err})") from None


def _check_members(archive: Path, zf: zipfile.ZipFile) -> str:
    """Refuse anything that could write outside the pack folder or fill the disk.

    Returns the single top-level folder the pack lives in.
    """
    infos = zf.infolist()
    if not infos:
        raise PackInvalidError(archive, "the archive is empty")
    if len(infos) > MAX_MEMBERS:
        raise PackInvalidError(archive, f"the archive has {len(infos)} entries (at most {MAX_MEMBERS})")
    tops: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        pure = PurePosixPath(name.replace("\\", "/"))
        if pure.is_absolute() or name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
            raise PackInvalidError(archive, f"entry {name!r} has an absolute path")
        if ".." in pure.parts:
            raise PackInvalidError(archive, f"entry {name!r} points outside the pack folder")
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise PackInvalidError(archive, f"entry {name!r} is a symbolic link")
        if stat.S_IFMT(mode) not in (0, stat.S_IFREG, stat.S_IFDIR):
            raise PackInvalidError(archive, f"entry {name!r} is a special file (a device or pipe)")
        total += info.file_size
        if total > MAX_UNPACKED_BYTES:
            raise PackInvalidError(archive, f"it would unpack to more than {MAX_UNPACKED_BYTES // 1_000_000} MB")
        if info.file_size > RATIO_CHECK_MIN_BYTES and info.file_size > MAX_COMPRESSION_RATIO * max(
            info.compress_size, 1
        ):
            raise PackInvalidError(archive, f"entry {name!r} has a suspicious compression ratio (a zip bomb?)")
        if pure.parts:
            tops.add(pure.parts[0])
    if len(tops) != 1:
        raise PackInvalidError(archive, "a pack must hold exactly one top-level folder")
    top = tops.pop()
    if not any(PurePosixPath(i.filename).parts[1:] == ("metadata.json",) for i in infos):
        raise PackInvalidError(archive, "metadata.json is missing")
    return top


def _check_free_space(archive: Path, zf: zipfile.ZipFile, root: Path) -> None:
    """Refuse before writing when the unpacked pack would not fit (with a margin) on the disk."""
    needed = sum(info.file_size for info in zf.infolist())
    free = shutil.disk_usage(root).free
    if needed + DISK_MARGIN_BYTES > free:
        raise PackError(
            f"{archive}: not enough disk space to install it: it needs {needed / 1e6:.0f} MB "
            f"plus {DISK_MARGIN_BYTES / 1e6:.0f} MB to spare, and {free / 1e6:.0f} MB are free in {root}"
        )


def _read_metadata(archive: Path, zf: zipfile.ZipFile, top: str) -> dict[str, Any]:
    try:
        if zf.getinfo(f"{top}/metadata.json").file_size > MAX_METADATA_BYTES:
            raise PackInvalidError(archive, f"metadata.json is larger than {MAX_METADATA_BYTES // 1000} kB")
        raw = zf.read(f"{top}/metadata.json")
        metadata = json.loads(raw.decode("utf-8"))
    except (KeyError, ValueError, zipfile.BadZipFile) as err:
        raise PackInvalidError(archive, f"metadata.json is unreadable ({err})") from None
    _check_metadata(archive, metadata)
    assert isinstance(metadata, dict)
    return metadata


def _extract(zf: zipfile.ZipFile, dest: Path) -> None:
    """Extract member by member, counting real bytes: a header can lie about sizes."""
    budget = MAX_UNPACKED_BYTES
    root = dest.resolve()
    for info in zf.infolist():
        target = (dest / info.filename).resolve()
        if not target.is_relative_to(root):
            raise PackInvalidError(Path(zf.filename or "?"), f"entry {info.filename!r} escapes the pack folder")
        if info.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            with zf.open(info) as src, open(target, "wb") as out:
                while chunk := src.read(1 << 20):
                    budget -= len(chunk)
                    if budget < 0:
                        raise PackInvalidError(Path(zf.filename or "?"), "it unpacks to more than it declares")
                    out.write(chunk)
        except (zipfile.BadZipFile, EOFError, zlib.error) as err:
            raise PackInvalidError(Path(zf.filename or "?"), f"the archive is damaged ({err})") from None

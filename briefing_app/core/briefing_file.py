"""A briefing's JSON file is its saved state: read it back into a `Briefing`, and save it.

Reopening must give back exactly what was saved (source, translations, corrections, facts, checks)
without translating again, so every field the writer puts in `Briefing.to_json` is read here. A file
that is cut short, comes from a newer version, or was edited into something that is not a briefing
is refused with a `BriefingFileError` that names the file and what is wrong; nothing is ever written
over it from here.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from briefing_app.core.atomic import write_text_atomic
from briefing_app.core.briefing import (
    JSON_FORMAT_VERSION,
    AddedFact,
    Briefing,
    PackRef,
    TargetTranslation,
    TranslatedSentence,
)
from briefing_app.core.errors import BriefingError
from briefing_app.core.facts.model import Fact, Rendering
from briefing_app.core.fidelity import Check
from briefing_app.core.model import BlockKind, Document, LanguageGuess, Paragraph, Sentence

BRIEFING_SUFFIX = ".briefing.json"
MAX_BYTES = 200 * 1024 * 1024  # a briefing of a 20,000-word article in three languages is ~10 MB


class BriefingFileError(BriefingError):
    """A briefing JSON file cannot be opened; `path` names it, `reason` says why."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class _Bad(Exception):
    """A field is missing or has the wrong type; the message says which."""


def is_briefing_file(path: Path | str) -> bool:
    return str(path).lower().endswith(BRIEFING_SUFFIX)


def read_briefing(path: Path | str) -> Briefing:
    """The briefing saved in `path`. Raises BriefingFileError with a message a user can act on."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise BriefingFileError(path, f"too large for a briefing ({path.stat().st_size // 1_000_000} MB)")
        raw = path.read_bytes()
    except OSError as err:
        raise BriefingFileError(path, f"cannot read it: {err.strerror or err}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BriefingFileError(path, "not a briefing: the file is not UTF-8 text") from None
    if not text.strip():
        raise BriefingFileError(path, "the file is empty")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        # The parser ran out of text (an unterminated string is one that reached the end): cut short.
        if err.pos >= len(text.rstrip()) - 1 or err.msg.startswith("Unterminated string"):
            reason = f"the file is cut short (it ends at line {err.lineno}, before the briefing is complete)"
        else:
            reason = f"not valid JSON at line {err.lineno}, column {err.colno}: {err.msg}"
        raise BriefingFileError(path, reason) from None
    if not isinstance(data, dict):
        raise BriefingFileError(path, "not a briefing: the file holds JSON, but not a briefing object")
    version = data.get("format_version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BriefingFileError(path, f"not a briefing: format_version is {version!r}")
    if version > JSON_FORMAT_VERSION:
        raise BriefingFileError(
            path,
            f"written by a newer version of Briefing Desk (format version {version}; this one reads up to "
            f"{JSON_FORMAT_VERSION}): update the app to open it",
        )
    try:
        return _briefing(data, path)
    except _Bad as err:
        raise BriefingFileError(path, f"not a valid briefing: {err}") from None


def save_briefing(briefing: Briefing, path: Path | str) -> None:
    """Write the briefing's JSON atomically; never over the article it came from."""
    path = Path(path)
    try:
        same = path.resolve() == Path(briefing.document.path).resolve()
    except OSError:
        same = False
    if same:
        raise BriefingFileError(path, "refusing to overwrite the source article; choose another file name")
    try:
        write_text_atomic(path, briefing.to_json_text())
    except OSError as err:
        raise BriefingFileError(path, f"could not save the briefing: {err.strerror or err}") from None


# -- parsing ---------------------------------------------------------------------------------------


def _get(obj: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str, default: Any = ...) -> Any:
    if key not in obj:
        if default is not ...:
            return default
        raise _Bad(f"{where}: '{key}' is missing")
    value = obj[key]
    if default is not ... and value is None:
        return default
    if not isinstance(value, kind) or (isinstance(value, bool) and bool not in _as_tuple(kind)):
        raise _Bad(f"{where}: '{key}' should be {_kind_name(kind)}, not {type(value).__name__}")
    return value


def _as_tuple(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def _kind_name(kind: type | tuple[type, ...]) -> str:
    names = {
        str: "text",
        int: "a whole number",
        float: "a number",
        list: "a list",
        dict: "an object",
        bool: "true/false",
    }
    return " or ".join(names.get(k, k.__name__) for k in _as_tuple(kind))


def _objects(obj: dict[str, Any], key: str, where: str, *, optional: bool = False) -> list[dict[str, Any]]:
    items = _get(obj, key, list, where, [] if optional else ...)
    for n, item in enumerate(items):
        if not isinstance(item, dict):
            raise _Bad(f"{where}.{key}[{n}] should be an object, not {type(item).__name__}")
    return cast(list[dict[str, Any]], items)


def _briefing(data: dict[str, Any], path: Path) -> Briefing:
    source = _get(data, "source", dict, "briefing")
    document = _document(source)
    count = len(document.sentences)
    targets = [_target(t, f"targets[{n}]", count) for n, t in enumerate(_objects(data, "targets", "briefing"))]
    stamp = _get(data, "generated_at", str, "briefing", "")
    try:
        generated = datetime.fromisoformat(stamp) if stamp else datetime.now(UTC)
    except ValueError:
        raise _Bad(f"briefing: 'generated_at' is not a date ({stamp!r})") from None
    briefing = Briefing(
        document=document,
        targets=targets,
        app_version=_get(data, "app_version", str, "briefing", "unknown"),
        generated_at=generated,
        settings=dict(_get(data, "settings", dict, "briefing", {})),
    )
    briefing.facts = [
        _fact(f, f"facts[{n}]", count) for n, f in enumerate(_objects(data, "facts", "briefing", optional=True))
    ]
    briefing.dismissed_facts = [
        _fact(f, f"dismissed_facts[{n}]", count)
        for n, f in enumerate(_objects(data, "dismissed_facts", "briefing", optional=True))
    ]
    briefing.added_facts = [
        AddedFact(_index(f, "sentence", f"added_facts[{n}]", count), _get(f, "text", str, f"added_facts[{n}]"))
        for n, f in enumerate(_objects(data, "added_facts", "briefing", optional=True))
    ]
    briefing.checks = [
        _check(c, f"checks[{n}]") for n, c in enumerate(_objects(data, "checks", "briefing", optional=True))
    ]
    return briefing


def _index(obj: dict[str, Any], key: str, where: str, count: int) -> int:
    value = cast(int, _get(obj, key, int, where))
    if not 0 <= value < max(count, 1):
        raise _Bad(f"{where}: '{key}' is {value}, but the article has {count} sentences")
    return value


def _document(source: dict[str, Any]) -> Document:
    where = "source"
    paragraphs: list[Paragraph] = []
    next_index = 0
    for n, p in enumerate(_objects(source, "paragraphs", where)):
        here = f"source.paragraphs[{n}]"
        text = cast(str, _get(p, "text", str, here))
        kind = _get(p, "kind", str, here, "body")
        if kind not in {k.value for k in BlockKind}:
            raise _Bad(f"{here}: 'kind' is {kind!r}, expected heading or body")
        sentences = []
        for m, s in enumerate(_objects(p, "sentences", here)):
            at = f"{here}.sentences[{m}]"
            start, end = _get(s, "start", int, at), _get(s, "end", int, at)
            if not 0 <= start <= end <= len(text):
                raise _Bad(f"{at}: the span {start}..{end} is outside its paragraph ({len(text)} characters)")
            sentences.append(Sentence(next_index, n, start, end, text[start:end].strip()))
            next_index += 1
        code = _get(p, "language", str, here, None)
        guess = LanguageGuess(code, float(_get(p, "language_confidence", (int, float), here, 1.0))) if code else None
        paragraphs.append(Paragraph(n, text, BlockKind(kind), sentences, guess))
    language = LanguageGuess(
        _get(source, "language", str, where),
        float(_get(source, "language_confidence", (int, float), where, 1.0)),
        bool(_get(source, "language_overridden", bool, where, False)),
    )
    return Document(
        path=Path(_get(source, "path", str, where, "")),
        sha256=_get(source, "sha256", str, where, ""),
        format=_get(source, "format", str, where, ""),
        title=_get(source, "title", str, where, ""),
        paragraphs=paragraphs,
        language=language,
        metadata={str(k): str(v) for k, v in _get(source, "metadata", dict, where, {}).items()},
    )


def _target(t: dict[str, Any], where: str, count: int) -> TargetTranslation:
    packs = [
        PackRef(
            source=_get(p, "from", str, f"{where}.packs[{n}]"),
            target=_get(p, "to", str, f"{where}.packs[{n}]"),
            version=_get(p, "version", str, f"{where}.packs[{n}]", ""),
            demo=bool(_get(p, "demo", bool, f"{where}.packs[{n}]", False)),
            name=_get(p, "name", str, f"{where}.packs[{n}]", ""),
            license=_get(p, "license", str, f"{where}.packs[{n}]", ""),
        )
        for n, p in enumerate(_objects(t, "packs", where, optional=True))
    ]
    sentences = []
    for n, s in enumerate(_objects(t, "sentences", where)):
        at = f"{where}.sentences[{n}]"
        origin = _get(s, "origin", str, at, "model")
        if origin not in ("model", "memory", "analyst"):
            raise _Bad(f"{at}: 'origin' is {origin!r}, expected model, memory or analyst")
        score = _get(s, "score", (int, float), at, None)
        sentences.append(
            TranslatedSentence(
                index=_index(s, "index", at, count),
                paragraph=_get(s, "paragraph", int, at),
                source=_get(s, "source", str, at),
                translation=_get(s, "translation", str, at),
                pivot_text=_get(s, "pivot_text", str, at, None),
                score=float(score) if score is not None else None,
                origin=origin,
                machine=_get(s, "machine_translation", str, at, None),
                truncated=_get(s, "truncated", bool, at, False),
            )
        )
    if len(sentences) != count:
        raise _Bad(f"{where}: {len(sentences)} translated sentences for an article of {count}")
    return TargetTranslation(
        language=_get(t, "language", str, where),
        packs=packs,
        sentences=sentences,
        pivot=_get(t, "pivot", str, where, None),
    )


_FACT_FIELDS = {f.name for f in dataclasses.fields(Fact)} - {"number", "renderings"}


def _fact(f: dict[str, Any], where: str, count: int) -> Fact:
    fields = {k: v for k, v in f.items() if k in _FACT_FIELDS}
    _get(f, "kind", str, where)
    _get(f, "text", str, where)
    _index(f, "sentence", where, count)
    renderings = {}
    for lang, r in _get(f, "renderings", dict, where, {}).items():
        if not isinstance(r, dict):
            raise _Bad(f"{where}.renderings.{lang} should be an object")
        renderings[str(lang)] = Rendering(
            sentence=_get(r, "sentence", str, f"{where}.renderings.{lang}"),
            figure=_get(r, "figure", str, f"{where}.renderings.{lang}", None),
        )
    try:
        return Fact(**fields, renderings=renderings)
    except TypeError as err:
        raise _Bad(f"{where}: {err}") from None


_CHECK_FIELDS = [(f.name, f.default is dataclasses.MISSING) for f in dataclasses.fields(Check)]


def _check(c: dict[str, Any], where: str) -> Check:
    values = {}
    for name, required in _CHECK_FIELDS:
        if name in c or required:
            kind: type = int if name == "sentence" else str
            values[name] = _get(c, name, kind, where)
    return Check(**values)

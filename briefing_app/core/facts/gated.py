"""Patterns behind a substring gate: a costly pattern is only run on text that holds one of the literal words
any match of it must contain.

Python's regular expression engine tries a pattern at every position of the text, and a pattern that opens
with a look-behind or a word boundary gets no fast skip to its first letter; most sentences hold none of the
verbs or nouns such a pattern is about ("published", "spokesman for"), and `str.__contains__` rules them out
far faster than the engine. The words come from the pattern itself (its parse tree, below), so the gate and
the pattern cannot drift apart: a `Gated` pattern finds exactly what the compiled pattern finds.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterator
from typing import Any

# The parser the `re` module compiles with (no typeshed stubs for the private module, hence Any). If a later
# Python changes it, `needles` finds no words and every gate stays open: slower, never different.
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

_EMPTY: tuple[str, ...] = ()
_MAX_NEEDLES = 128  # more substring tests than this cost about what the pattern costs
_RARE_MARKS = frozenset("&@#%$€£+=/|*~^_<>[]{}")  # marks prose seldom uses


def _worth_testing(needle: str) -> bool:
    """Whether a needle is rare enough to gate on: three characters or more, two with a capital ("FC", "TV";
    "of", "in" are in nearly every sentence), or a rare mark ("&", "@")."""
    return (
        len(needle) >= 3
        or (len(needle) == 2 and any(c.isupper() for c in needle))
        or any(c in _RARE_MARKS for c in needle)
    )


def needles(pattern: str, flags: int = 0) -> tuple[str, ...]:
    """Literal strings of which every match of `pattern` contains at least one (case as written), or ()
    when the pattern has no such words worth testing."""
    try:
        parsed = _parser.parse(pattern, flags)
        found = _required(parsed.data, bool(parsed.state.flags & re.IGNORECASE))
    except Exception:  # an unknown node of a future parser: no gate
        return _EMPTY
    if not found or len(found) > _MAX_NEEDLES or not all(map(_worth_testing, found)):
        return _EMPTY
    return tuple(sorted(found, key=len))


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two requirements: longer shortest word first, then fewer words."""
    if a is None:
        return b
    if b is None:
        return a
    score_a = (min(min(map(len, a)), 6), -len(a))
    score_b = (min(min(map(len, b)), 6), -len(b))
    return a if score_a >= score_b else b


def _required(items: list[tuple[Any, Any]], icase: bool) -> frozenset[str] | None:
    """Words one of which every match of the sequence `items` holds, or None if there are none.

    Every item of a sequence must match, so any one item's requirement is the sequence's: the best is kept.
    Literal letters in a row make one word; a group, a repeat taken at least once, an atomic group and a
    look-ahead or look-behind that must hold pass their own requirement up (what a positive look-around sees
    is in the text too); alternatives pass up the union of theirs, only when each has one. Under IGNORECASE a
    letter may match either case, so it starts no word.
    """
    best: frozenset[str] | None = None
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL and not icase:
            run.append(chr(av))
            continue
        if run:
            best = _better(best, frozenset(["".join(run)]))
            run = []
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            inner = (icase or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
            best = _better(best, _required(sub.data, inner))
        elif op is _c.BRANCH:
            alternatives = [_required(sub.data, icase) for sub in av[1]]
            if all(a is not None for a in alternatives):
                best = _better(best, frozenset().union(*alternatives))  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, _high, sub = av
            if low >= 1:
                best = _better(best, _required(sub.data, icase))
        elif op is _c.ATOMIC_GROUP:
            best = _better(best, _required(av.data, icase))
        elif op is _c.ASSERT:
            _direction, sub = av
            best = _better(best, _required(sub.data, icase))
    if run:
        best = _better(best, frozenset(["".join(run)]))
    return best


class Gated:
    """A compiled pattern with a substring gate; the methods the facts code uses, with `re.Pattern`'s meaning."""

    __slots__ = ("compiled", "needles")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.compiled = re.compile(pattern, flags)
        self.needles = needles(pattern, flags)

    @property
    def pattern(self) -> str:
        return self.compiled.pattern

    def possible(self, text: str) -> bool:
        """Whether `text` holds one of the words every match needs (the whole text: a window inside it can
        only hold fewer)."""
        return not self.needles or any(map(text.__contains__, self.needles))  # (map: no Python frame per word)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(text, pos, endpos) if self.possible(text) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(text, pos, endpos) if self.possible(text) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, pos, endpos) if self.possible(text) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos, endpos) if self.possible(text) else iter(())

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(text, pos, endpos) if self.possible(text) else []


def gated(pattern: str, flags: int = 0) -> Gated:
    """`re.compile(pattern, flags)` behind the gate of the words every match holds."""
    return Gated(pattern, flags)

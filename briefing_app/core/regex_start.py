"""A quick first test for patterns that open with a look-behind.

Python's `re` tries a pattern at every position of the text. For a pattern that opens with a literal or a set of
characters it first skips, in C, to a position where that character stands; a pattern that opens with a
look-behind ("(?<![\\w-])half", "(?<![\\u0600-\\u06ff])(?:قال|...)") gets no such skip, and runs its look-behinds
at every position of every sentence. `hinted` puts before such a pattern a look-ahead for the characters its first
consumed character can be: a position where none stands is given up after one character test. The hint only
restates what the pattern already requires, so every match is the same (`tests/unit/test_regex_start.py` checks
this on the corpus).
"""

from __future__ import annotations

import re
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any

_CATEGORIES = {
    c.CATEGORY_WORD: r"\w",
    c.CATEGORY_NOT_WORD: r"\W",
    c.CATEGORY_DIGIT: r"\d",
    c.CATEGORY_NOT_DIGIT: r"\D",
    c.CATEGORY_SPACE: r"\s",
    c.CATEGORY_NOT_SPACE: r"\S",
}
_REPEATS = {c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)}
_ZERO_WIDTH = {c.ASSERT, c.ASSERT_NOT, c.AT}
# Leading global flags, which must stay at the pattern's start: "(?i)", "(?x)".
_GLOBAL_FLAGS = re.compile(r"^\(\?[aiLmsux]+\)")


class _Unknown(Exception):
    """The first character cannot be told (any character, a back-reference, a negated set...)."""


def _char(code: int) -> str:
    return f"\\U{code:08x}" if code > 0xFFFF else f"\\u{code:04x}"


def _in_items(items: list[tuple[Any, Any]], fold: bool) -> set[str]:
    out: set[str] = set()
    for op, arg in items:
        if op is c.LITERAL:
            out |= _literal(arg, fold)
        elif op is c.RANGE:
            low, high = arg
            out.add(f"{_char(low)}-{_char(high)}")
            if fold:
                if not (chr(low).isascii() and chr(high).isascii()):
                    raise _Unknown
                for a, b in ((chr(low).lower(), chr(high).lower()), (chr(low).upper(), chr(high).upper())):
                    if a.isalpha() and b.isalpha():
                        out.add(f"{_char(ord(a))}-{_char(ord(b))}")
        elif op is c.CATEGORY and arg in _CATEGORIES:
            out.add(_CATEGORIES[arg])
        else:
            raise _Unknown  # a negated set, a character class of another kind
    return out


def _literal(code: int, fold: bool) -> set[str]:
    if not fold:
        return {_char(code)}
    ch = chr(code)
    return {_char(ord(x)) for x in {ch, ch.lower(), ch.upper()} if len(x) == 1}


def _first(seq: Any, fold: bool) -> tuple[set[str], bool]:
    """What the first consumed character of `seq` can be, and whether `seq` can match the empty string."""
    out: set[str] = set()
    for op, arg in seq:
        found, empty = _first_of(op, arg, fold)
        out |= found
        if not empty:
            return out, False
    return out, True


def _first_of(op: Any, arg: Any, fold: bool) -> tuple[set[str], bool]:
    if op is c.LITERAL:
        return _literal(arg, fold), False
    if op is c.IN:
        return _in_items(arg, fold), False
    if op in _ZERO_WIDTH:
        return set(), True  # (a look-around or an anchor consumes nothing: the next element says)
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, sub = arg
        inner_fold = (fold or bool(add_flags & c.SRE_FLAG_IGNORECASE)) and not del_flags & c.SRE_FLAG_IGNORECASE
        return _first(sub, inner_fold)
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _first(arg, fold)
    if op is c.BRANCH:
        out: set[str] = set()
        empty = False
        for branch in arg[1]:
            found, branch_empty = _first(branch, fold)
            out |= found
            empty = empty or branch_empty
        return out, empty
    if op in _REPEATS:
        low, _high, sub = arg
        found, empty = _first(sub, fold)
        return found, empty or low == 0
    raise _Unknown  # any character, a back-reference, a conditional group


def start_hint(pattern: str, flags: int = 0) -> str | None:
    """A character set (in the syntax of a set, brackets included) that holds every first character a match of
    `pattern` can consume, or None when that cannot be told or a match may be empty."""
    try:
        parsed = parser.parse(pattern, flags)
        found, empty = _first(parsed.data, bool(parsed.state.flags & c.SRE_FLAG_IGNORECASE))
    except _Unknown:
        return None
    return None if empty or not found else "[" + "".join(sorted(found)) + "]"


def hinted(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern` compiled, with a look-ahead for its first character before it when it opens with a look-behind
    and its first character can be told (see the module); else compiled as it is."""
    body = _GLOBAL_FLAGS.sub("", pattern, count=1)
    lead = pattern[: len(pattern) - len(body)]
    if not body.startswith(("(?<", "(?:(?<")):
        return re.compile(pattern, flags)
    hint = start_hint(pattern, flags)
    if hint is None:
        return re.compile(pattern, flags)
    return re.compile(f"{lead}(?={hint})(?:{body})", flags)

"""The characters a regular expression's match can open with, read from `re`'s parse tree.

A pattern's first consumed character is told through look-arounds and anchors (they consume nothing), groups,
optional parts and alternatives, as the compiler's own `_first` readers would, as a list of set items in the
parser's form: (LITERAL, code point), (RANGE, (low, high)), (CATEGORY, category), or the items of one negated set.
None when it cannot be told exactly or as a superset (any character, a back-reference, a negated set beside
others, case-blind letters beyond ASCII) or when a match may consume nothing. Two readers use it: `regex_skip`
writes the set into `re`'s info block (CPython 3.11), `regex_start` puts a look-ahead for it before a pattern that
opens with a look-behind (any Python).
"""

from __future__ import annotations

import _sre
from re import _constants as c  # type: ignore[attr-defined]
from typing import Any

# A set item as the parser writes it: (LITERAL, code point), (RANGE, (low, high)), (CATEGORY, category).
Item = tuple[Any, Any]

_REPEATS = {c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)}
_ZERO_WIDTH = {c.ASSERT, c.ASSERT_NOT, c.AT}
_ATOMIC = getattr(c, "ATOMIC_GROUP", None)
# Case-blind matching in the engine compares lower-case forms; these characters beyond ASCII have an ASCII letter as
# their lower-case form or share one's upper case (KELVIN SIGN, LATIN CAPITAL I WITH DOT ABOVE, DOTLESS I, LONG S).
# `tests/unit/test_regex_skip.py` checks the list against every code point.
_FOLDED_BEYOND_ASCII = {"k": "\u212a", "i": "\u0130\u0131", "s": "\u017f"}
_NEGATED = object()  # (an item holding a whole negated set)


class _Unknown(Exception):
    """The first character cannot be told as a set (any character, a back-reference, a negated set beside others)."""


def _folded(code: int) -> list[Item]:
    """The characters a case-blind literal `code` matches, or _Unknown when that is not a plain ASCII letter."""
    char = chr(code)
    if not _sre.unicode_iscased(code):
        return [(c.LITERAL, code)]
    if not (char.isascii() and char.isalpha()):
        raise _Unknown
    lower = char.lower()
    forms = lower + lower.upper() + _FOLDED_BEYOND_ASCII.get(lower, "")
    return [(c.LITERAL, ord(form)) for form in forms]


def _set_items(items: list[Item], fold: bool) -> list[Item]:
    if items and items[0][0] is c.NEGATE:
        if fold:
            raise _Unknown
        return [(_NEGATED, tuple(items))]  # (kept whole: it can stand only alone, see first_characters)
    out: list[Item] = []
    for op, arg in items:
        if op is c.LITERAL:
            out += _folded(arg) if fold else [(op, arg)]
        elif op is c.RANGE:
            low, high = arg
            if fold and any(_sre.unicode_iscased(code) for code in range(low, high + 1)):
                if not all(chr(code).isascii() for code in (low, high)):
                    raise _Unknown
                for code in range(low, high + 1):
                    out += _folded(code)
            else:
                out.append((op, arg))
        elif op is c.CATEGORY:
            out.append((op, arg))  # (\w, \d, \s and their opposites match regardless of case)
        else:
            raise _Unknown
    return out


def _first(seq: Any, fold: bool) -> tuple[list[Item], bool]:
    """The set items the first consumed character of `seq` can be, and whether `seq` can consume nothing."""
    out: list[Item] = []
    for op, arg in seq:
        found, empty = _first_of(op, arg, fold)
        out += found
        if not empty:
            return out, False
    return out, True


def _first_of(op: Any, arg: Any, fold: bool) -> tuple[list[Item], bool]:
    if op is c.LITERAL:
        return (_folded(arg) if fold else [(op, arg)]), False
    if op is c.IN:
        return _set_items(arg, fold), False
    if op in _ZERO_WIDTH:
        return [], True  # (a look-around or an anchor consumes nothing: the next element says)
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, sub = arg
        if (add_flags | del_flags) & (c.SRE_FLAG_ASCII | c.SRE_FLAG_LOCALE):
            raise _Unknown  # (\w under other flags than the pattern's: not worth telling apart)
        inner_fold = (fold or bool(add_flags & c.SRE_FLAG_IGNORECASE)) and not del_flags & c.SRE_FLAG_IGNORECASE
        return _first(sub, inner_fold)
    if op is _ATOMIC:
        return _first(arg, fold)
    if op is c.BRANCH:
        out: list[Item] = []
        empty = False
        for branch in arg[1]:
            found, branch_empty = _first(branch, fold)
            out += found
            empty = empty or branch_empty
        return out, empty
    if op in _REPEATS:
        low, _high, sub = arg
        found, empty = _first(sub, fold)
        return found, empty or low == 0
    raise _Unknown  # any character, a back-reference, a conditional group


def first_characters(parsed: Any) -> list[Item] | None:
    """The set items every first consumed character of a match of the parsed pattern is in, or None when that cannot
    be told or a match may consume nothing."""
    flags = parsed.state.flags
    if flags & (c.SRE_FLAG_LOCALE | c.SRE_FLAG_ASCII):
        return None
    try:
        found, empty = _first(parsed.data, bool(flags & c.SRE_FLAG_IGNORECASE))
    except _Unknown:
        return None
    if empty or not found:
        return None
    if any(op is _NEGATED for op, _arg in found):
        # A negated set is the whole first set, or no set can be told (a union of "not these" with others is not
        # a set the info block can hold as it stands).
        return list(found[0][1]) if len(found) == 1 else None
    return found

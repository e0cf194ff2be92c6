"""Alternatives of a parsed pattern grouped by their first letter, so the engine tests each letter once.

The facts readers write long alternations of words ("(?:appoint|appoints|appointed|...)", the Arabic role heads,
the Hebrew verbs of saying). Python's engine tries an alternation's alternatives in turn, testing each one's first
letter against the text: at every position it reaches, some hundreds of tests for a list of some hundred words.
`group_alternatives` rewrites, in a parsed pattern, an alternation whose alternatives all open with a letter into
one alternative per first letter, each the letter then the rests of its words in their written order
("appoint|name|appoints" becomes "appoint|name|appoints" grouped as "a(?:ppoint|ppoints)|n(?:ame)"): the letter is
tested once per group, and inside the group the engine meets the same alternatives in the same order.

Why the matches are the same: at a position, an alternative whose first letter is not the text's fails at once,
changing nothing; the alternatives that can go on are those of the text's letter, which the group tries in their
written order with what follows them unchanged, as the alternation did. Case-blind parts are left as they are (a
letter and its other case would fall into two groups, whose order would differ from the written one).
`tests/unit/test_regex_skip.py` compares the facts readers' patterns compiled so with `re`'s own compilation.
"""

from __future__ import annotations

from re import _constants as c  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any

_REPEATS = {c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)}
_ATOMIC = getattr(c, "ATOMIC_GROUP", None)
MIN_ALTERNATIVES = 4  # (fewer: the grouping saves next to nothing)


def group_alternatives(parsed: Any) -> None:
    """Group, in place, the alternatives of every alternation of `parsed` (a parsed pattern) by their first letter,
    where every alternative opens with a letter and no case-blind matching applies (see the module)."""
    _walk(parsed, bool(parsed.state.flags & c.SRE_FLAG_IGNORECASE))


def _walk(sub: Any, fold: bool) -> None:
    data = sub.data
    for k, (op, arg) in enumerate(data):
        if op is c.SUBPATTERN:
            group, add_flags, del_flags, inner = arg
            inner_fold = (fold or bool(add_flags & c.SRE_FLAG_IGNORECASE)) and not del_flags & c.SRE_FLAG_IGNORECASE
            _walk(inner, inner_fold)
        elif op is c.BRANCH:
            for alternative in arg[1]:
                _walk(alternative, fold)
            if not fold:
                grouped = _grouped(sub.state, arg[1])
                if grouped is not None:
                    data[k] = (c.BRANCH, (arg[0], grouped))
        elif op in _REPEATS:
            _walk(arg[2], fold)
        elif op in (c.ASSERT, c.ASSERT_NOT):
            _walk(arg[1], fold)
        elif op is _ATOMIC:
            _walk(arg, fold)
        elif op is c.GROUPREF_EXISTS:
            _walk(arg[1], fold)
            if arg[2] is not None:
                _walk(arg[2], fold)


def _grouped(state: Any, alternatives: list[Any]) -> list[Any] | None:
    """The alternatives grouped by first letter, in the order of each letter's first alternative, or None when one
    of them does not open with a letter or no two share one."""
    if len(alternatives) < MIN_ALTERNATIVES:
        return None
    groups: dict[int, list[Any]] = {}
    for alternative in alternatives:
        if not alternative.data or alternative.data[0][0] is not c.LITERAL:
            return None
        groups.setdefault(alternative.data[0][1], []).append(alternative)
    if len(groups) == len(alternatives):
        return None
    out: list[Any] = []
    for letter, members in groups.items():
        if len(members) == 1:
            out.append(members[0])
            continue
        rests = [parser.SubPattern(state, list(member.data[1:])) for member in members]
        inner = _grouped(state, rests)  # (the rests may share their next letter too)
        out.append(parser.SubPattern(state, [(c.LITERAL, letter), (c.BRANCH, (None, inner or rests))]))
    return out

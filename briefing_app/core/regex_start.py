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

from briefing_app.core.regex_first import first_characters

_CATEGORIES = {
    c.CATEGORY_WORD: r"\w",
    c.CATEGORY_NOT_WORD: r"\W",
    c.CATEGORY_DIGIT: r"\d",
    c.CATEGORY_NOT_DIGIT: r"\D",
    c.CATEGORY_SPACE: r"\s",
    c.CATEGORY_NOT_SPACE: r"\S",
}
# Leading global flags, which must stay at the pattern's start: "(?i)", "(?x)".
_GLOBAL_FLAGS = re.compile(r"^\(\?[aiLmsux]+\)")


def _char(code: int) -> str:
    return f"\\U{code:08x}" if code > 0xFFFF else f"\\u{code:04x}"


def _written(op: Any, arg: Any) -> str | None:
    """One set item (`regex_first`) as written inside a character set, or None for one no set syntax here holds."""
    if op is c.LITERAL:
        return _char(arg)
    if op is c.RANGE:
        return f"{_char(arg[0])}-{_char(arg[1])}"
    if op is c.CATEGORY:
        return _CATEGORIES.get(arg)
    return None  # (a negated set: a look-ahead for "not these" is left out, as it spares little)


def start_hint(pattern: str, flags: int = 0) -> str | None:
    """A character set (in the syntax of a set, brackets included) that holds every first character a match of
    `pattern` can consume, or None when that cannot be told or a match may be empty (`regex_first`)."""
    items = first_characters(parser.parse(pattern, flags))
    written = [_written(op, arg) for op, arg in items or ()]
    if not written or None in written:
        return None
    return "[" + "".join(sorted(set(w for w in written if w is not None))) + "]"


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

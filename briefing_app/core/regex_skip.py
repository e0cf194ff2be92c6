"""Let the regular-expression engine skip, in C, to where a pattern's first character can stand.

Python's `re` searches a text by trying the pattern at every position. When the compiled pattern opens with a
literal or one set of characters, the compiler writes that set into the pattern's info block and the engine's
search loop tests each character against it in C, starting a match only where one stands. The compiler finds the
set only when the pattern's first element is that literal or set; a pattern that opens with anything else gets none
and runs its opening at every position of every sentence: a look-behind ("(?<![\\w-])[A-Z]", "(?<=[a-z] )..."), a
word boundary ("\\b(?:analysts?|...)"), a look-ahead, an optional word. The facts readers hold hundreds of such
patterns and search every sentence with them.

`compile` builds the same program the compiler builds, and adds to its info block the set of characters the first
consumed character of a match can be (`regex_first`, read from the parse tree as the compiler's own `_first` readers
would: through look-arounds and anchors (they consume nothing), groups, optional parts and alternatives). It adds the
set only when it can be told exactly or as a superset (never for a match that may be empty, a back-reference, any
character, a negated set beside others, or case-blind letters beyond ASCII), and never to a pattern that opens with
"^" (the engine gives those up after the first position, which a set would undo). The engine reads the set only to
skip positions where no match can begin, so every match, group and span is the same; the program after the info
block, the pattern text, its flags and its groups are the compiler's own.

`install` makes `re` compile the patterns of the facts readers this way (`SCOPE`; the patterns of every other
module are left to `re`). `tests/unit/test_regex_skip.py` compares every pattern the facts readers compile, with and
without the set, on corpus text of the four languages.
"""

from __future__ import annotations

import _sre
import functools
import sys
from re import _compiler as compiler  # type: ignore[attr-defined]
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any

from briefing_app.core.regex_branches import MIN_ALTERNATIVES, group_alternatives
from briefing_app.core.regex_first import _FOLDED_BEYOND_ASCII, Item, first_characters

_OPENING_ANCHORS = {c.AT_BEGINNING, c.AT_BEGINNING_STRING}
_compile_as_re_does = compiler.compile
# The modules whose patterns `install` compiles here: the facts readers, the number token they all use, and the
# first-character hint that compiles patterns for them. (A module name, or the start of its submodules' names.)
SCOPE = (
    "briefing_app.core.facts.",
    "briefing_app.core.facts",
    "briefing_app.core.numbers",
    "briefing_app.core.regex_start",
)


def _opens_with_an_anchor(data: Any) -> bool:
    """Whether the pattern starts with "^" or "\\A", which the engine tries at the first position only."""
    while data:
        op, arg = data[0]
        if op is c.SUBPATTERN:
            data = arg[3]
            continue
        return op is c.AT and arg in _OPENING_ANCHORS
    return False


def compile(pattern: Any, flags: int = 0) -> Any:  # noqa: A001 (the name `re._compiler` gives it)
    """`pattern` compiled as `re` compiles it, with the set of its first characters in the info block when the
    compiler found no literal or set to skip to and the set can be told (see the module)."""
    if not isinstance(pattern, str) or flags & (c.SRE_FLAG_DEBUG | c.SRE_FLAG_LOCALE | c.SRE_FLAG_ASCII):
        return _compile_as_re_does(pattern, flags)
    parsed = parser.parse(pattern, flags)
    if pattern.count("|") >= MIN_ALTERNATIVES - 1:  # (fewer bars: no alternation to group, the walk is skipped)
        group_alternatives(parsed)
    all_flags = flags | parsed.state.flags
    code = compiler._code(parsed, flags)
    # The info block: INFO, its length, what it holds, the least and most characters a match consumes.
    if code[0] != c.INFO or code[2] & (c.SRE_INFO_PREFIX | c.SRE_INFO_CHARSET) or code[3] == 0:
        return _sre_compiled(pattern, all_flags, code, parsed)
    if _opens_with_an_anchor(parsed.data):
        return _sre_compiled(pattern, all_flags, code, parsed)
    items = first_characters(parsed)
    if items is None:
        return _sre_compiled(pattern, all_flags, code, parsed)
    info = [c.INFO, 0, c.SRE_INFO_CHARSET, code[3], code[4]]
    info += _charset_code(tuple(items), all_flags & ~c.SRE_FLAG_IGNORECASE)
    info[1] = len(info) - 1
    return _sre_compiled(pattern, all_flags, info + code[code[1] + 1 :], parsed)


@functools.lru_cache(maxsize=1024)  # (many patterns open with the same set; a set beyond Latin-1 is slow to build)
def _charset_code(items: tuple[Item, ...], flags: int) -> tuple[int, ...]:
    """The engine's code of a character set, as the compiler writes it into an info block."""
    charset, _cased = compiler._optimize_charset(list(items))
    code: list[int] = []
    compiler._compile_charset(charset, flags, code)
    return tuple(code)


def _sre_compiled(pattern: str, all_flags: int, code: list[int], parsed: Any) -> Any:
    """The compiled pattern from its program, as `re._compiler.compile` makes it."""
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return _sre.compile(pattern, all_flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _in_scope(module: str) -> bool:
    return module in SCOPE or module.startswith(SCOPE[0])


def _from_facts_readers(pattern: Any, flags: int = 0) -> Any:
    """What `re` calls to compile a pattern it has not cached: this module's `compile` for a caller in SCOPE,
    `re`'s own for any other. (Only a pattern `re` has not cached comes here: no cost per search.)"""
    frame = sys._getframe(1)
    while frame is not None and frame.f_globals.get("__name__", "").split(".")[0] == "re":
        frame = frame.f_back  # type: ignore[assignment]
    if frame is not None and _in_scope(frame.f_globals.get("__name__", "")):
        return compile(pattern, flags)
    return _compile_as_re_does(pattern, flags)


def install() -> None:
    """Make `re` compile the facts readers' patterns (SCOPE) with `compile` from now on (patterns `re` has cached
    already stay as they are; calling it again changes nothing)."""
    if sys.version_info[:2] != (3, 11) or compiler.compile is _from_facts_readers:
        return  # (the info block's layout and the compiler's helpers are those of CPython 3.11)
    compiler.compile = _from_facts_readers


__all__ = ["SCOPE", "_FOLDED_BEYOND_ASCII", "compile", "first_characters", "install"]

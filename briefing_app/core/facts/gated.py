"""Patterns behind a substring gate: a costly pattern is only run on text that holds one of the literal words
any match of it must contain.

Python's regular expression engine tries a pattern at every position of the text, and a pattern that opens
with a look-behind or a word boundary gets no fast skip to its first letter; most sentences hold none of the
verbs or nouns such a pattern is about ("published", "spokesman for"), and a set test rules them out far
faster than the engine (`needles_in` scans each sentence once for the words of all gates). The words come from
the pattern itself (its parse tree, below), so the gate and the pattern cannot drift apart: a `Gated` pattern
finds exactly what the compiled pattern finds.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterator
from typing import Any

from briefing_app.core.facts.per_document import per_document
from briefing_app.core.regex_start import hinted

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


# Words in nearly every English or Danish sentence: a requirement without them gates better.
_COMMON = frozenset("and for the with that from this have said says som der det den til med har fra men var".split())


def _score(words: frozenset[str]) -> tuple[bool, int, int]:
    return (_COMMON.isdisjoint(words), min(min(map(len, words)), 6), -len(words))


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two requirements: no common word first, then a longer shortest word, then fewer
    words ("bid", "offer" rather than the "for" after them)."""
    if a is None:
        return b
    if b is None:
        return a
    return a if _score(a) >= _score(b) else b


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

    __slots__ = ("compiled", "needles", "_needle_set")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.compiled = hinted(pattern, flags)  # (a look-behind first: a quick first test, see regex_start)
        self.needles = needles(pattern, flags)
        self._needle_set = frozenset(self.needles)
        if type(self) is Gated:  # (the subclasses gate otherwise)
            _register(self.needles)

    @property
    def pattern(self) -> str:
        return self.compiled.pattern

    def possible(self, text: str) -> bool:
        """Whether `text` holds one of the words every match needs (the whole text: a window inside it can
        only hold fewer)."""
        return not self.needles or not self._needle_set.isdisjoint(needles_in(text, _version[0]))

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


# Every gate's needles, found in a sentence in one pass. Some hundred gates each testing their own words on the
# same sentence (a substring test per word, or a search for any of them) read every sentence a hundred times
# over; one scan of the sentence for the needles of all gates, kept for the article, answers each gate with a
# set test.
_ALL_NEEDLES: set[str] = set()
_version = [0]  # grows when a gate brings new needles: the scan is built again, and no earlier answer is used
_scanner: list[tuple[int, re.Pattern[str], dict[str, tuple[str, ...]]]] = []


def _register(words: tuple[str, ...]) -> None:
    if not _ALL_NEEDLES.issuperset(words):
        _ALL_NEEDLES.update(words)
        _version[0] += 1


def _scan() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """One pattern that finds, at every position of a text, the longest needle starting there (inside a
    look-ahead, so that the positions within a found needle are tried too), and for each needle the needles that
    are its prefixes. Two needles found at one position are both prefixes of the text there, so the shorter is a
    prefix of the longer: the longest needle at each position and its prefixes are every needle the text holds."""
    if _scanner and _scanner[0][0] == _version[0]:
        return _scanner[0][1], _scanner[0][2]
    by_first: dict[str, set[str]] = {}
    for word in _ALL_NEEDLES:
        by_first.setdefault(word[0], set()).add(word[1:])
    groups = [  # (within a group, longest first: the engine takes the first alternative that matches)
        re.escape(first) + "(?:" + "|".join(re.escape(r) for r in sorted(rests, key=lambda r: (-len(r), r))) + ")"
        for first, rests in sorted(by_first.items())
    ]
    # The needle's first character is consumed after the look-ahead: a pattern that opens with a character set lets
    # the engine skip, in C, to where a needle can begin (a pattern that can match nothing tries every position);
    # the next match is tried from the next position either way, so the needles found are the same.
    firsts = "".join(re.escape(first) for first in sorted(by_first))
    scan = re.compile("(?=(" + "|".join(groups) + "))[" + firsts + "]")
    prefixes = {w: tuple(w[:k] for k in range(1, len(w) + 1) if w[:k] in _ALL_NEEDLES) for w in _ALL_NEEDLES}
    _scanner[:] = [(_version[0], scan, prefixes)]
    return scan, prefixes


@per_document  # every gate asks about the same sentences
def needles_in(text: str, version: int) -> frozenset[str]:
    """The needles of all gates that `text` holds (`version`: the registry's, so that an answer given before a
    new gate brought its needles is not used after)."""
    del version  # (only part of the cache's key)
    scan, prefixes = _scan()
    return frozenset(p for longest in set(scan.findall(text)) for p in prefixes[longest])


class TokenGated(Gated):
    """A pattern that can only match a text holding one of `tokens` as a whole word (a run of \\w letters with
    none beside it): for a pattern that ends in one of a long list of words, some too short for a substring
    gate ("Co", "Re"). The caller states why every match holds such a word; the tokens of each sentence are
    read once per article."""

    __slots__ = ("tokens",)

    def __init__(self, pattern: str, tokens: frozenset[str], flags: int = 0) -> None:
        super().__init__(pattern, flags)
        self.needles = _EMPTY
        self.tokens = tokens

    def possible(self, text: str) -> bool:
        return not self.tokens.isdisjoint(words_of(text))


class ShapeGated(Gated):
    """A pattern that can only match a text where the small pattern `gate` matches (the caller states why):
    for a mark every match holds in a shape no literal word spells ("." before a lower-case letter in a web
    address). The gate should open with a literal, which the engine finds fast."""

    __slots__ = ("gate",)

    def __init__(self, pattern: str, gate: str, flags: int = 0) -> None:
        super().__init__(pattern, flags)
        self.needles = _EMPTY
        self.gate = re.compile(gate)

    def possible(self, text: str) -> bool:
        return self.gate.search(text) is not None


class AtEnd:
    """A pattern every match of which ends the text (it ends in `\\s*$` or `\\s+$`) and, the blanks at the end
    aside, spans at most `words` blank-separated words (the caller states why): searched only from where the
    text's last `words` words start, not tried at every position of it. Look-behinds and word boundaries still
    see the text before that point, so the match is the one `search` on the whole text finds.

    `endings`, when given, are literal ends every match has (its last word, the blanks at the end aside; the caller
    states why): a text that ends in none of them is no match, told by one `endswith` instead of the pattern tried
    at every word of the tail (the costly part when the pattern opens with a run of any words)."""

    __slots__ = ("compiled", "words", "endings")

    def __init__(self, pattern: str, words: int, flags: int = 0, endings: tuple[str, ...] = ()) -> None:
        self.compiled = hinted(pattern, flags)  # (a look-behind first: a quick first test, see regex_start)
        self.words = words
        self.endings = endings

    def search(self, text: str) -> re.Match[str] | None:
        if self.endings and not text.rstrip().endswith(self.endings):
            return None
        return self.compiled.search(text, tail_start(text, self.words))


def tail_start(text: str, words: int) -> int:
    """Where the last `words` blank-separated words of `text` start (0 when it has no more before them)."""
    trimmed = text.rstrip()
    parts = trimmed.rsplit(None, words)  # (from the right, in C: only the last words are read)
    if len(parts) <= words:
        return 0
    return len(trimmed) - len(trimmed[len(parts[0]) :].lstrip())


def search_from(word: str, pattern: str, text: str) -> re.Match[str] | None:
    """`re.search(pattern, text)` for a pattern every match of which starts with the literal `word` (zero-width
    checks before it aside: look-behinds, word boundaries), which the caller states: the search starts where the
    word is first written, not at every position of a long text before it (a name's pattern over the whole article;
    the engine finds no first letter to skip to behind a look-behind). Look-behinds still see the text before."""
    at = text.find(word)
    return None if at < 0 else re.compile(pattern).search(text, at)


@per_document  # several gates ask for the words of the same sentence
def words_of(text: str) -> frozenset[str]:
    """The runs of \\w letters of a text."""
    return frozenset(_WORD.findall(text))


_WORD = re.compile(r"\w+")


@per_document  # the finders of people, places and repeated names each collect them, sentence by sentence
def lowercase_words(text: str) -> tuple[str, ...]:
    """The words of a text that start with a lower-case letter (Danish letters too), in order."""
    return tuple(_LOWERCASE_WORD.findall(text))


_LOWERCASE_WORD = re.compile(r"\b[a-zæøå][\w'-]*")


def gated(pattern: str, flags: int = 0) -> Gated:
    """`re.compile(pattern, flags)` behind the gate of the words every match holds."""
    return Gated(pattern, flags)

"""The first-character set in a pattern's info block (`briefing_app.core.regex_skip`): what it reads from a pattern,
that the facts readers' patterns get it, and that every pattern compiled with it finds exactly what `re`'s own
compilation finds, on real corpus text of the four languages."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from briefing_app.core import regex_skip
from briefing_app.core.facts import extract_facts
from briefing_app.core.pipeline import load_document
from briefing_app.core.regex_branches import group_alternatives

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "news"
# `install` hooks the compiler of CPython 3.11 only (the info block's layout is that version's).
_INSTALLED = pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="regex_skip is installed on CPython 3.11")
as_re_compiles = regex_skip._compile_as_re_does


def _first(pattern: str, flags: int = 0) -> set[str] | None:
    """The characters of a code point range 0-0x24F the first set holds, or None when there is no set."""
    compiled = regex_skip.compile(pattern, flags)
    if compiled == as_re_compiles(pattern, flags):
        return None
    # The compiled set is not readable from Python: what it holds is read from the items it is compiled from.
    items = regex_skip.first_characters(re._parser.parse(pattern, flags))  # type: ignore[attr-defined]
    assert items is not None
    return {chr(point) for point in range(0x250) if _in_charset(items, chr(point))}


def _in_charset(items: list[tuple[object, object]], char: str) -> bool:
    """Whether `char` is in the parser's set items (the same test the engine makes with the compiled set)."""
    from re import _constants as c  # type: ignore[attr-defined]

    negated = bool(items) and items[0][0] is c.NEGATE
    found = False
    for op, arg in items:
        if op is c.LITERAL:
            found = found or ord(char) == arg
        elif op is c.RANGE:
            low, high = arg  # type: ignore[misc]
            found = found or low <= ord(char) <= high
        elif op is c.CATEGORY:
            found = found or re.fullmatch(_CATEGORIES[arg], char) is not None
    return found != negated


_CATEGORIES = {
    re._constants.CATEGORY_WORD: r"\w",  # type: ignore[attr-defined]
    re._constants.CATEGORY_NOT_WORD: r"\W",  # type: ignore[attr-defined]
    re._constants.CATEGORY_DIGIT: r"\d",  # type: ignore[attr-defined]
    re._constants.CATEGORY_NOT_DIGIT: r"\D",  # type: ignore[attr-defined]
    re._constants.CATEGORY_SPACE: r"\s",  # type: ignore[attr-defined]
    re._constants.CATEGORY_NOT_SPACE: r"\S",  # type: ignore[attr-defined]
}


@pytest.mark.parametrize(
    ("pattern", "flags", "first"),
    [
        ("(?<![\\w-])[A-C]x", 0, set("ABC")),  # (a look-behind consumes nothing)
        ("\\b(?:one|two)\\b", 0, set("ot")),  # (a word boundary neither)
        ("(?<!x)(?:very\\s+)?big", 0, set("bv")),  # (an optional word: its first letter, or the next's)
        ("(?=[a-z])(?:ab|cd)", 0, set("ac")),  # (a look-ahead: the pattern after it says)
        ("(?:^|[\\s(])»x", 0, set(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0(»")),  # (an anchor, or a set)
        ("(?<!x)(?i:k)", 0, {"k", "K"}),  # (case-blind: both cases; the Kelvin sign is beyond the probe)
        ("(?<!x)b", re.IGNORECASE, {"b", "B"}),
        ("(?<!x)[^\\W\\d_]+", 0, {ch for ch in map(chr, range(0x250)) if ch.isalpha() or ch in "ªµº"}),
    ],
)
def test_the_set_holds_every_first_character_a_match_can_consume(pattern: str, flags: int, first: set[str]) -> None:
    found = _first(pattern, flags)
    assert found is not None and first <= found
    compiled = regex_skip.compile(pattern, flags)
    for char in map(chr, range(0x250)):
        if char not in found:  # (a match can begin with no character left out of the set)
            assert compiled.match(char + "ig x") is None


@pytest.mark.parametrize(
    "pattern",
    [
        "(?<!x).b",  # any character
        "(?<!x)a?",  # a match may be empty
        "(?<!x)(?:a|)b?",
        "(?<!x)(?:[^a]|b)c",  # a negated set beside another
        "(?<!x)(?i:æ)",  # a case-blind letter beyond ASCII
        "^(?<!x)[A-Z]",  # "^": the engine tries the first position only
        "[A-Z](?<!x)",  # the compiler's own set
        "abc",  # the compiler's own literal prefix
    ],
)
def test_compiled_as_re_compiles_when_no_set_can_be_told_or_the_compiler_has_its_own(pattern: str) -> None:
    assert regex_skip.compile(pattern) == as_re_compiles(pattern, 0)


def test_the_pattern_keeps_its_text_flags_and_groups() -> None:
    pattern = "(?<![\\w-])(?P<name>[A-Z][a-z]+)\\s+(said)"
    compiled = regex_skip.compile(pattern, re.MULTILINE)
    plain = as_re_compiles(pattern, re.MULTILINE)
    assert compiled != plain  # (the set was added)
    assert (compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex) == (
        plain.pattern,
        plain.flags,
        plain.groups,
        plain.groupindex,
    )
    text = "Mayor Ann Lee said, and x-Bob said; Carl  said"
    assert [(m.span(), m.groups()) for m in compiled.finditer(text)] == [
        (m.span(), m.groups()) for m in plain.finditer(text)
    ]
    from_twelve = compiled.search(text, 12)  # (a search from a position: the look-behind still sees before it)
    assert from_twelve is not None and from_twelve.span() == plain.search(text, 12).span()


def test_the_case_blind_letters_beyond_ascii_are_all_listed() -> None:
    """Every code point a case-blind ASCII letter matches, beyond ASCII, is in _FOLDED_BEYOND_ASCII."""
    letters = re.compile("[a-z]", re.IGNORECASE)
    beyond = [chr(point) for point in range(0x80, 0x110000) if letters.fullmatch(chr(point))]
    listed = {char: letter for letter, chars in regex_skip._FOLDED_BEYOND_ASCII.items() for char in chars}
    assert sorted(beyond) == sorted(listed)
    for char, letter in listed.items():
        assert re.fullmatch(letter, char, re.IGNORECASE)


@_INSTALLED
def test_the_facts_readers_patterns_get_the_set_and_other_modules_do_not() -> None:
    pattern = "(?<![\\w-])[A-Z]zq(?:made up for this test)?"
    assert re.compile(pattern) == as_re_compiles(pattern, 0)  # (this module is outside the scope)
    assert regex_skip._in_scope("briefing_app.core.facts.people")
    assert regex_skip._in_scope("briefing_app.core.numbers")
    assert not regex_skip._in_scope("briefing_app.core.translation")
    assert not regex_skip._in_scope("briefing_app.core.facts_other")


def _corpus_lines(per_language: int) -> list[str]:
    lines: list[str] = []
    for language in ("en", "da", "ar", "he"):
        for path in sorted((CORPUS / language / "dev").glob("*.txt"))[:per_language]:
            lines += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines


@_INSTALLED
def test_every_pattern_the_facts_readers_compile_finds_what_re_finds_on_corpus_text() -> None:
    # Read an article of each language, so that `re`'s cache holds the patterns the readers ask for.
    for language in ("en", "da", "ar", "he"):
        path = sorted((CORPUS / language / "dev").glob("*.txt"))[0]
        extract_facts(load_document(str(path), language=language))
    lines = _corpus_lines(6)
    with_set = 0
    for key in list(re._cache):  # type: ignore[attr-defined]
        kind, pattern, flags = key
        if kind is not str:
            continue
        compiled = re._cache.get(key)  # type: ignore[attr-defined]
        plain = as_re_compiles(pattern, flags)
        if compiled is None or compiled == plain:
            continue
        with_set += 1
        for line in lines:
            found = [(m.span(), m.groups()) for m in compiled.finditer(line)]
            assert found == [(m.span(), m.groups()) for m in plain.finditer(line)], (pattern, line)
    assert (
        with_set > 300
    )  # (the readers' patterns were compiled with the set: some 1,300 of the 1,950 the bench articles need)


def _tree(pattern: str, flags: int = 0) -> tuple[str, str]:
    """The parse tree of `pattern` as printed, before and after group_alternatives."""
    parsed = re._parser.parse(pattern, flags)  # type: ignore[attr-defined]
    before = str(parsed.data)
    group_alternatives(parsed)
    return before, str(parsed.data)


def test_alternatives_are_grouped_by_their_first_letter_in_their_written_order() -> None:
    before, after = _tree("(?:appoint|name|appoints|nominate|named)")
    assert before != after
    compiled = regex_skip.compile("\\b(?:appoint|name|appoints|nominate|named)(s?)")
    plain = as_re_compiles("\\b(?:appoint|name|appoints|nominate|named)(s?)", 0)
    text = "They appoints, named, nominates and name the appointed names"
    assert [(m.span(), m.groups()) for m in compiled.finditer(text)] == [
        (m.span(), m.groups()) for m in plain.finditer(text)
    ]


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        ("(?i:ab|Ac|ad|ae)", 0),  # case-blind: a letter and its other case would be two groups
        ("(?:ab|ac|ad|ae)", re.IGNORECASE),
        ("(?:ab|[a-c]c|ad|ae)", 0),  # an alternative opening with a set
        ("(?:ab|cd|ef|gh)", 0),  # no two share a letter
        ("(?:ab|ac|ad)", 0),  # too few to be worth it
    ],
)
def test_alternatives_stay_as_written_when_case_blind_or_not_all_open_with_a_letter(pattern: str, flags: int) -> None:
    before, after = _tree(pattern, flags)
    assert before == after


def test_grouped_alternatives_find_what_re_finds_on_random_patterns_and_texts() -> None:
    """Words of one to four letters, the rest of some inside a group, after which more of the pattern must match: the engine's
    choice among alternatives (the first in written order that lets the rest match) shows in every span and group."""
    rng = random.Random(27)
    texts = ["".join(rng.choice("abc ") for _ in range(rng.randint(0, 30))) for _ in range(40)]
    for _ in range(150):
        words = [rng.choice("abc") + "".join(rng.choice("abc") for _ in range(rng.randint(0, 3))) for _ in range(9)]
        words = [f"{word[0]}({word[1:]})" if rng.random() < 0.2 else word for word in words[: rng.randint(4, 9)]]
        pattern = "(?:" + "|".join(words) + ")" + rng.choice(["", "c", "(b+)", "a?b", "(?!a)", "\\b"])
        compiled = regex_skip.compile(pattern)
        plain = as_re_compiles(pattern, 0)
        for text in texts:
            found = [(m.span(), m.groups(), m.lastindex) for m in compiled.finditer(text)]
            assert found == [(m.span(), m.groups(), m.lastindex) for m in plain.finditer(text)], (pattern, text)

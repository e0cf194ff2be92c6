"""The first-character hint before patterns that open with a look-behind (`briefing_app.core.regex_start`):
what it computes, and that a hinted pattern finds exactly what the pattern alone finds, on real corpus text."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import briefing_app.core.facts as facts_package
from briefing_app.core import numbers
from briefing_app.core.facts.gated import Gated
from briefing_app.core.regex_start import hinted, start_hint

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "news"


@pytest.mark.parametrize(
    ("pattern", "flags", "hint"),
    [
        ("(?<!x)abc", 0, "[\\u0061]"),
        ("(?<![\\w-])[a-c\\d]+", 0, "[\\d\\u0061-\\u0063]"),
        ("(?<!x)(?:one|two)", 0, "[\\u006f\\u0074]"),
        ("(?<!x)(?:very\\s+)?big", 0, "[\\u0062\\u0076]"),  # (an optional word: its first letter, or the next's)
        ("(?<!x)b", re.IGNORECASE, "[\\u0042\\u0062]"),
        ("(?<!x)(?i:b)c", 0, "[\\u0042\\u0062]"),
        ("(?<=\\s)\\bword", 0, "[\\u0077]"),  # (an anchor consumes nothing)
    ],
)
def test_the_hint_holds_every_first_character_a_match_can_consume(pattern: str, flags: int, hint: str) -> None:
    assert start_hint(pattern, flags) == hint


@pytest.mark.parametrize("pattern", ["(?<!x).b", "(?<!x)[^a]b", "(?<!x)a?", "(?<!x)(?:a|.)", "(?<!x)(?:a|)b?"])
def test_no_hint_when_the_first_character_cannot_be_told_or_a_match_may_be_empty(pattern: str) -> None:
    assert start_hint(pattern) is None
    assert hinted(pattern).pattern == pattern


def test_a_pattern_without_a_look_behind_first_and_global_flags_are_kept() -> None:
    assert hinted("abc(?<!x)").pattern == "abc(?<!x)"  # (the engine's own literal prefix is fast)
    compiled = hinted("(?i)(?<!x)b")
    assert compiled.pattern.startswith("(?i)") and compiled.search("aB") is not None
    assert compiled.search("xB") is None


def _corpus_lines() -> list[str]:
    lines: list[str] = []
    for language in ("en", "da", "ar", "he"):
        for path in sorted((CORPUS / language / "dev").glob("*.txt"))[:12]:
            lines += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines


def _compiled_patterns() -> list[tuple[str, re.Pattern[str]]]:
    found: list[tuple[str, re.Pattern[str]]] = [("numbers._NUMBER", numbers._NUMBER)]
    for info in pkgutil.iter_modules(facts_package.__path__):
        module = importlib.import_module(f"briefing_app.core.facts.{info.name}")
        for name, value in vars(module).items():
            compiled = value.compiled if isinstance(value, Gated) else value
            if isinstance(compiled, re.Pattern) and isinstance(compiled.pattern, str):
                found.append((f"{info.name}.{name}", compiled))
    return found


def test_a_hinted_pattern_finds_what_the_pattern_alone_finds_on_corpus_text() -> None:
    lines = _corpus_lines()
    checked = 0
    for name, compiled in _compiled_patterns():
        original = compiled.pattern
        lead = re.match(r"(?:\(\?[aiLmsux]+\))?\(\?=\[[^\]]*\]\)\(\?:", original)
        if lead is None:
            continue  # (defined with no hint: nothing to compare)
        flags_at_start = re.match(r"\(\?[aiLmsux]+\)", original)
        plain = (flags_at_start.group(0) if flags_at_start else "") + original[lead.end() : -1]
        bare = re.compile(plain, compiled.flags & ~re.UNICODE)
        for line in lines:
            got = [(m.span(), m.groups()) for m in compiled.finditer(line)]
            want = [(m.span(), m.groups()) for m in bare.finditer(line)]
            assert got == want, f"{name} differs on {line[:80]!r}"
        checked += 1
    assert checked >= 40  # (the gated patterns of the facts readers and the number token are hinted)

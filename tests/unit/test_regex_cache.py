"""The facts readers' inline regular expressions all stay compiled between articles (`regex_cache.py`).

Python's `re` keeps 512 compiled patterns by default; the readers of one English article ask for more, and the
cache then recompiled hundreds of patterns on every article, doubling the extraction time. These tests read the
same articles twice and prove the second reading compiles nothing: a reader that outgrows the raised limit fails
here rather than in a timed benchmark.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefing_app.core.facts import extract_facts, regex_cache
from briefing_app.core.pipeline import load_document

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
DEV = Path(__file__).resolve().parents[1] / "corpus" / "news"


def _articles() -> list[Path]:
    """The four seed articles and two dev articles of each language: the patterns of all four languages."""
    dev = [p for lang in ("en", "ar", "he", "da") for p in sorted((DEV / lang / "dev").glob("*.txt"))[:2]]
    return sorted(SEEDS.glob("*.txt")) + dev


def test_the_cache_limit_is_raised_when_facts_are_imported() -> None:
    assert getattr(re, "_MAXCACHE", regex_cache.PATTERNS_KEPT) >= regex_cache.PATTERNS_KEPT


def test_a_second_reading_of_the_same_articles_compiles_no_pattern() -> None:
    cache = getattr(re, "_cache", None)
    if not isinstance(cache, dict):
        pytest.fail("this Python's re module keeps no _cache dict; regex_cache.py needs a look")
    documents = [load_document(p) for p in _articles()]
    # (from an empty cache: the whole suite compiles more patterns than the limit, and then a full cache drops
    # its oldest patterns as it should; a long batch of articles adds some 40 patterns each, mostly names)
    re.purge()
    for document in documents:
        extract_facts(document)  # every pattern the readers use on these articles, compiled once
    kept = set(cache)
    for document in documents:
        extract_facts(document)
    assert set(cache) == kept, f"{len(set(cache) - kept)} patterns compiled again on the second reading"


def test_the_limit_is_never_lowered() -> None:
    before = re._MAXCACHE  # type: ignore[attr-defined]
    try:
        re._MAXCACHE = 100_000  # type: ignore[attr-defined]
        regex_cache.keep_all_patterns()
        assert re._MAXCACHE == 100_000  # type: ignore[attr-defined]
    finally:
        re._MAXCACHE = before  # type: ignore[attr-defined]

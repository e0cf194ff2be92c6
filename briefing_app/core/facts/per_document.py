"""Work done once per sentence of the article being read, however many finders ask for it.

Several finders read the same sentence the same way (its words, its tokens); a function decorated with
`per_document` computes that once per input and hands the same (immutable) answer to the next caller.
`extract_facts` calls `new_document()` before each article: the caches stay small, one article's answers are
never kept for the next (answers depend only on their inputs, so sharing them would be right, but the speed
of one article should not depend on the article read before), and the benchmark times real work.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar, cast

_P = ParamSpec("_P")
_T = TypeVar("_T")
_CLEARS: list[Callable[[], None]] = []
_MAX_ENTRIES = 4096  # an article's sentences and phrases; a longer one only recomputes


def per_document(func: Callable[_P, _T]) -> Callable[_P, _T]:
    """Cache `func` (a pure function of hashable arguments, returning an immutable value) until the next
    article."""
    cached = functools.lru_cache(maxsize=_MAX_ENTRIES)(func)
    _CLEARS.append(cached.cache_clear)
    return cast(Callable[_P, _T], cached)


def new_document() -> None:
    """Forget every per-document answer: a new article is being read."""
    for clear in _CLEARS:
        clear()

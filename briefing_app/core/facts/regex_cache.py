"""Room in Python's cache of compiled regular expressions for every pattern the facts readers use.

The readers write most of their patterns inline (`re.match(rf"...", text)`), which Python compiles once and keeps
in the `re` module's cache, and that cache holds 512 patterns. The readers of one English article now ask for more
than that, and the cache drops the oldest pattern for each new one: every article compiled hundreds of patterns
again (in the nineteenth round half of an English article's extraction time, 230 ms instead of 110). The limit is
raised once, when the facts package is imported; `tests/unit/test_regex_cache.py` proves a second article compiles
nothing new, so a reader that outgrows this limit too is caught by a test, not by a slow briefing.
"""

from __future__ import annotations

import re

# Patterns kept: four times what the four languages' readers use together (about 2,000 distinct patterns), so
# mixed-language batches keep theirs too; each compiled pattern takes a few kilobytes.
PATTERNS_KEPT = 8192


def keep_all_patterns() -> None:
    """Raise the `re` module's cache limit to PATTERNS_KEPT (never lower it). CPython reads the limit from the
    module's global `_MAXCACHE` on each compile (3.11 to 3.13); elsewhere this changes nothing."""
    if getattr(re, "_MAXCACHE", PATTERNS_KEPT) < PATTERNS_KEPT:
        setattr(re, "_MAXCACHE", PATTERNS_KEPT)  # noqa: B010 (a private name that type stubs do not declare)

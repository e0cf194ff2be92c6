"""Keep the translation engine's memory bounded.

glibc gives every thread that allocates its own malloc arena (up to 8 per core) and returns freed
memory to the system late; CTranslate2's worker threads each allocate batch buffers, so peak RSS
grew with every batch shape seen (measured on a 20,000-word article with three base-size packs:
817 MB, against 592 MB with two arenas, and no slower). Limiting the arenas before the workers
start is the same as running with MALLOC_ARENA_MAX=2.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import sys

M_ARENA_MAX = -8  # from glibc's malloc.h
ARENAS = 2


@functools.cache
def limit_malloc_arenas(arenas: int = ARENAS) -> bool:
    """Best effort, once per process; True when glibc accepted the limit."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return bool(libc.mallopt(M_ARENA_MAX, arenas))
    except (OSError, AttributeError):  # not glibc (musl has no mallopt arenas): nothing to do
        return False

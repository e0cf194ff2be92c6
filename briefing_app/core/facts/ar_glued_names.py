"""Arabic compound given names written glued or spaced: "عبدالله" and "عبد الله", "عبدالرزاق" and "عبد الرزاق".
Copy writes one person both ways, even within one article ("نبيل عبدالله" ... "وقال عبد الله"), so names are
compared with "عبد" glued to the definite word after it."""

from __future__ import annotations

import re

_SPACED_ABD = re.compile(r"(?<![\u0621-\u064a])(عبد)\s+(?=ال)")


def glued(name: str) -> str:
    """The name with every "عبد" glued to the definite noun after it."""
    return _SPACED_ABD.sub(r"\1", name) if "عبد" in name else name


def same_glued(mention: str, name: str) -> bool:
    """Whether `mention` is the whole name `name` or its last word once both have "عبد" glued, and one of them was
    written spaced (the plain comparisons already match the rest)."""
    if "عبد" not in mention or "عبد" not in name:
        return False
    m, n = glued(mention), glued(name)
    if (m, n) == (mention, name):
        return False
    return m == n or (" " not in m and n.split()[-1] == m and len(n.split()) > 1)

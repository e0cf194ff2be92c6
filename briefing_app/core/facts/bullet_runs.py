"""Bulleted statements: a speaker's introduction ending in a colon, then his words as a run of bullet
paragraphs ("قال وزير الخارجية X:" then "• ...", "• ...", "* ..."), as news sites print a minister's points or a
coach's answers. Only the first bullet follows the introduction; the others follow the bullet before them."""

from __future__ import annotations

import re

# A bullet opening a paragraph: a dot, a star, a square, a dash, and the space after it.
_BULLET = re.compile(r"^\s*([•●▪◾■\*·\-–])\s+\S")


def bullet_mark(paragraph: str) -> str:
    """The bullet opening `paragraph`, or "" when it opens with none."""
    m = _BULLET.match(paragraph)
    return m.group(1) if m else ""

"""The Saudi Press Agency's quote marks: its Arabic copy, reprinted by the Gulf's papers, sets a statement off
with two slashes on each side ("وقال سموه في تصريح // أحب ... // ."), and closes the item with "// انتهى //"
(ended). Read as the double quote marks they stand for, the statement is a quote like any other; the end marker,
one word, is none. The text keeps its length, so positions in it are positions in the paragraph."""

from __future__ import annotations

import re

# Two slashes, what they enclose (no slash; a letter opens and closes it), two slashes.
_SLASHED = re.compile(r"//(\s*)([\u0621-\u064a][^/]*?[^\s/])(\s*)//")


def slashes_as_marks(text: str) -> str:
    """`text` with each "// ... //" statement of two words or more written as "...", the same length."""
    if "//" not in text:
        return text

    def marks(m: re.Match[str]) -> str:
        if len(m.group(2).split()) < 2:
            return m.group(0)  # "// انتهى //": the item's end, no statement
        return " " * (len(m.group(1)) + 1) + '"' + m.group(2) + '"' + " " * (len(m.group(3)) + 1)

    return _SLASHED.sub(marks, text)

"""Arabic press-conference copy labels each speaker's answers with the office, a slash and the name ("مدرب الفريق/
X Y :", "لاعب النادي/ X Y :"), then gives the answers as bullet paragraphs. The slash sets the name off from the
office as an apposition's comma does; the label, ending in a colon, introduces the paragraphs after it."""

from __future__ import annotations

import re

# A slash glued to a word and followed by a space and a word: the office before it, the name after it.
_SLASH = re.compile(r"(?<=[\u0621-\u064a])/(?=\s+[\u0621-\u064a])")
# The whole label: an office (two to six words, the slash glued to the last), one to four words of the name, a colon.
_LABEL = re.compile(r"[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){1,5}/\s*[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,3}\s*:")


def slash_as_comma(text: str) -> str:
    """`text` with an office's slash before a name written as the Arabic comma (positions kept)."""
    return _SLASH.sub("،", text) if "/" in text else text


def slash_label(paragraph: str) -> bool:
    """Whether `paragraph` is nothing but a speaker's label: "مدرب الفريق/ X Y :"."""
    return _LABEL.fullmatch(paragraph.strip()) is not None

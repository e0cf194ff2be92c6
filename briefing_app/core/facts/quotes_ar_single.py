"""Arabic quotes between straight single marks: "وقال:'إن ...'", "وسأل:' اين ...؟'، معبرا ان ' كل ذلك ...'".
Some Levantine and web copy types ' for the quote mark; the general reading of single marks
(`quote_spans._single_quotes`) leaves Arabic alone (Hebrew writes ' as a geresh), so such quotes went unread or
lost their speaker. In an Arabic paragraph with no double marks, the straight single marks are read in pairs
as ‘ and ’ (the same length), when every pair opens after a space, a colon or the paragraph's start and closes
before a space, punctuation or the paragraph's end; else the paragraph is left as it is."""

from __future__ import annotations

import re

_OTHER_MARKS = re.compile("[\"“”«»„‘’]")


def arabic_single_marks(text: str) -> str:
    """`text` with paired straight single marks read as ‘...’ when it is Arabic copy quoting with them."""
    if "'" not in text or _OTHER_MARKS.search(text) or re.search(r"[\u0590-\u05ff]", text):
        return text
    if not re.search(r"[\u0621-\u064a]", text):
        return text
    at = [i for i, c in enumerate(text) if c == "'"]
    if len(at) % 2:
        return text
    chars = list(text)
    for opening, closing in zip(at[::2], at[1::2], strict=True):
        before = text[opening - 1] if opening else " "
        after = text[closing + 1] if closing + 1 < len(text) else " "
        inside = text[opening + 1 : closing]
        if not (before.isspace() or before in ":(،,") or not (after.isspace() or after in ".،,:;؛!?؟)"):
            return text
        if not re.search(r"[\u0621-\u064a]", inside) or not inside.strip():
            return text
        chars[opening], chars[closing] = "‘", "’"
    return "".join(chars)

"""The Treasury named alone: Hebrew news calls the finance ministry "האוצר" ("המגעים עם האוצר", "בין האוצר
להסתדרות", "התנהלותו של האוצר") as often as "משרד האוצר". Alone it is the ministry, save in a minister's title
("שר האוצר", "סגן שר האוצר": a role, not the body) and in art copy, where "האוצר" is the curator ("אוצר").
"""

from __future__ import annotations

import re

# "האוצר" with its article and up to two prefix letters before it ("מהאוצר", "שהאוצר", "והאוצר"), a word alone.
_TREASURY = re.compile(r"(?<![\u05d0-\u05ea\"\u05f4'\u05f3-])([ושמ]{0,2})(האוצר)(?![\u05d0-\u05ea\"\u05f4'\u05f3-])")
# A minister's title before it makes it part of a role ("שר האוצר", "לשרת האוצר").
_TITLE_BEFORE = re.compile(r"(?<![\u05d0-\u05ea])[ובלמשכ]{0,2}(?:שר|שרת|שרי|משרד|משרדי)\s+$")
# Art copy: the curator of an exhibition or a museum, not the ministry.
_ART = ("תערוכ", "מוזיאון", "גלרי", "אוצרת")


def treasury_alone(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "האוצר") of the Treasury written alone in one sentence."""
    if "האוצר" not in text or any(w in text for w in _ART):
        return []
    out: list[tuple[int, int, str]] = []
    for m in _TREASURY.finditer(text):
        if _TITLE_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue  # "שר האוצר": the minister's title
        if re.match(r"\s+של(?![\u05d0-\u05ea])", text[m.end() :]):
            continue  # "האוצר של ...": a curator "of" something, not the ministry
        out.append((m.start(2), m.end(2), "האוצר"))
    return out

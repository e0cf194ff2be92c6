"""Numbers in business and technology copy that belong to a name, not to a quantity (English).

- a stock index's number: "Standard & Poor's 500 Index", "the FTSEurofirst 300 index", "the Russell 2000 Index":
  a name word (capitalised, or a possessive) right before the number and "index" right after it;
- a number that opens a company's registered name: "The 360 Capital Group Ltd share price", "2U Inc" is read
  by the number reader as 2 and a unit; a legal form (Ltd, Inc, plc, ...) within three capitalised words after the
  number says the number is the name's first word;
- a number word glued to a letter or digit: "2seventy bio", "Area120seven": a brand's spelling, where the
  number reader found "seventy" inside one word.
Used by `figures`, for English only.
"""

from __future__ import annotations

import re

from briefing_app.core.numbers import NumberMatch

# The name word before an index's number: capitalised ("Russell", "FTSEurofirst", "S&P") or possessive ("Poor's").
_NAME_BEFORE = re.compile(r"(?:\b[A-Z][\w&.-]*|['’]s)\s+$")
# Capitalised name words and a company's legal form after a number: "360 Capital Group Ltd", "20 Minutes Holdings
# Limited" (not "Group" alone: "500 Barclays Group staff" counts staff).
_LEGAL_FORM_AFTER = re.compile(
    r"\s+(?:[A-Z][\w&'’-]*\s+){1,3}(?:Ltd|Limited|Inc|Incorporated|Corp|Corporation|plc|PLC|Plc|LLC|AG|SA|NV|Pty)\b\.?"
)
_INDEX_AFTER = re.compile(r"\s+(?:[Ii]ndex|[Ii]ndices|[Cc]omposite|Stock\s+Index)\b")


def named_number(text: str, n: NumberMatch) -> bool:
    """Whether a number is part of a name (an index's, a brand's) rather than a figure."""
    before, after = text[: n.start], text[n.end :]
    if not n.spelled and n.value_max is None and re.fullmatch(r"\d+", n.text) and _LEGAL_FORM_AFTER.match(after):
        return True  # "The 360 Capital Group Ltd share price"
    if n.spelled:
        return re.search(r"[0-9A-Za-z]$", before) is not None or re.match(r"[0-9A-Za-z]", after) is not None
    return (
        n.value_max is None
        and re.fullmatch(r"\d{2,4}", n.text) is not None
        and _NAME_BEFORE.search(before) is not None
        and _INDEX_AFTER.match(after) is not None
    )

"""How a figure is written: its sign (a minus before a temperature or a share) and its text with its qualifier and
currency sign. Split out of `figures`."""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import MINUS_SIGN
from briefing_app.core.numbers import DOLLAR_SIGN_LETTERS, GLUED_CURRENCY_CODES, NumberMatch


def minus_before(before: str, unit: str | None) -> bool:
    """Whether a figure is signed negative: the word "minus" before any figure, a minus sign before a temperature or
    a percentage (elsewhere a dash before digits joins a name or a code: "F-16", "COVID-19")."""
    sign = MINUS_SIGN.search(before[-8:])
    worded = sign is not None and sign.group(0).strip().lower().endswith(("minus", "מינוס"))
    if worded and re.search(r"\bplus\s+(?:or|eller)\s+minus\s*$", before[-24:], re.IGNORECASE):
        # "rise 22 percent, plus or minus 3 percent", "plus eller minus 2 pct.": a tolerance, not a negative figure
        return False
    if sign is not None and not worded and _AFTER_A_NUMBER.search(before[-30:]):
        return False  # "أكثر من 4 مليون -71% منهم من الخرطوم-": a dash opening an aside after another figure
    # (and a poll's move in points, written with its sign: "the Whigs dropped -4 pts to 30%")
    return sign is not None and (worded or unit in ("degrees", "percent", "points"))


# A number (with its scale word) then a space before a dash: the dash is punctuation, no sign of the next figure.
_AFTER_A_NUMBER = re.compile(
    r"(?:[\d٠-٩]|مليون|ملايين|مليار|مليارات|ألف|آلاف|ألفا|million|billion|thousand)\s+[-–]\s*$", re.IGNORECASE
)


_FIGURE_TEXT_RE1 = re.compile(r"(?:US\$|[$£€¥₪])\s*$")


def figure_text(text: str, n: NumberMatch) -> str:
    """The figure as written, with its qualifier and currency sign when there are."""
    start = n.start
    sign = _FIGURE_TEXT_RE1.search(text[: n.start])
    if sign:
        start = sign.start()
    if n.qualifier:
        at = text.rfind(n.qualifier.rstrip("-"), 0, start)
        if at >= 0:
            start = at
    return text[start : n.end]



# The letters of a dollar's sign written against it ("HK$", "CA$", "NZ$"): a reading before the figure may take them
# for a word of what it counts ("the family seeking CA", "Toronto (NZ)").
_SIGN_LETTERS = re.compile(
    rf"\b({'|'.join(DOLLAR_SIGN_LETTERS)})\$\s?$"
    # (and the letters of a naira, a rand or a shilling against the digits: "N982.7 billion", "Sh500 million")
    r"|(?<![^\W\d_])([NR]|"
    + "|".join(re.escape(code.rstrip(".")) for code in sorted(GLUED_CURRENCY_CODES, key=len, reverse=True))
    + r")\.?$"
)


def without_sign_letters(before: str, counts: str | None) -> str | None:
    """`counts` without the letters of the currency sign right before the figure."""
    sign = _SIGN_LETTERS.search(before)
    if sign is None or not counts:
        return counts
    letters = re.escape(sign.group(1) or sign.group(2))
    cleaned = re.sub(rf"\s*\({letters}\)$|\s+{letters}(?=$|\s\(|\)$)|^{letters}$", "", counts).strip()
    cleaned = re.sub(r"\s+(?:of\s+the|of|the|a|an)\)$", ")", cleaned)  # ("approval of the N": no "of the" left)
    return cleaned or None

"""Whether an Arabic "N,NNN" before a scale word is a decimal: "31,049 مليار درهم" beside "23,8 بالمائة".

`numbers` reads an ASCII comma between digits in Arabic copy as the thousands separator ("1,748"). Moroccan and
other French-schooled Arabic copy writes the decimal comma instead ("3,5 في المائة", "42,33 مليار درهم"); a comma then
three digits before a scale word is then a decimal to three places ("31,049 مليار" is 31.049 billion, not 31,049
billion). The sentence tells which convention it uses: another number in it written with a comma and one or two
digits, which no thousands separator can be. Kept apart from `numbers` (over 1,000 lines) as one small rule.
"""

from __future__ import annotations

import re

_D = r"[0-9\u0660-\u0669]"
# One to three digits, a comma, three digits: the token that may be either.
_AMBIGUOUS = re.compile(rf"{_D}{{1,3}},{_D}{{3}}")
# A scale word after the token ("31,049 مليار", "2,500 مليون"; with the plural or the accusative).
_SCALE_AFTER = re.compile(r"\s?(?:مليار|مليارات|مليارا|مليون|ملايين|مليونا|ألف|آلاف|ألفا|تريليون)(?![\u0621-\u064a])")
# A number written with a decimal comma: a comma then one or two digits and no more ("23,8", "6,68").
_DECIMAL_COMMA = re.compile(rf"(?<![\d\u0660-\u0669.,]){_D}+,{_D}{{1,2}}(?![\d\u0660-\u0669,.])")


# A number with four or more digits before its comma ("2394,319 أطنان"): no thousands group is that long, so the
# sentence writes decimals with a comma, and its "679,035 أطنان" and "194,329 طنا" are decimals too, whatever follows.
_LONG_WHOLE = re.compile(rf"(?<![\d\u0660-\u0669.,]){_D}{{4,}},{_D}{{1,3}}(?![\d\u0660-\u0669,.])")


def ar_decimal_comma(text: str, start: int, end: int, token: str) -> float | None:
    """The value of `token` (at `start`..`end` of `text`) read with a decimal comma, when it is "N,NNN" before a scale
    word and `text` writes another number with a decimal comma, or `text` writes another number with a comma after
    four or more digits; else None."""
    if not _AMBIGUOUS.fullmatch(token):
        return None
    if not any(m.start() != start for m in _LONG_WHOLE.finditer(text)):
        if _SCALE_AFTER.match(text, end) is None:
            return None
        if not any(m.start() != start for m in _DECIMAL_COMMA.finditer(text)):
            return None
    digits = token.translate({ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")})
    return float(digits.replace(",", "."))

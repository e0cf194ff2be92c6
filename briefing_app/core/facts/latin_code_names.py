"""Numbers that belong to a name written in Latin capitals (or a transliterated index name) inside Arabic or Hebrew
copy: stock indexes ("مؤشر "EGX 30"", "مؤشر إيجي إكس 70", "מדד ת"א 35"), weapons and models ("SA-5", "RBK-500"),
campaigns ("UK 2 Syria"). Market reports name their indexes in every paragraph, and each such number was read as a
figure and cut the index's name out of what the figure after it counts. Used by `figures` for Arabic and Hebrew."""

from __future__ import annotations

import dataclasses
import re

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.numbers import NumberMatch

# A code of Latin capitals before the number, spaced, hyphened or in quote marks: "EGX 30", "S&P 500", "SA-5".
_LATIN_CODE_BEFORE = re.compile(r"(?<![A-Za-z])([A-Z][A-Za-z&]{1,7})\s*-?\s*$")
# Currency codes write an amount, not a name: "USD 500", "EGP 20".
_CURRENCY_CODES = frozenset(
    "USD EUR GBP JPY CHF CNY AED SAR EGP JOD KWD QAR BHD OMR IQD LBP MAD TND DZD LYD SDG SYP YER ILS NIS DKK SEK "
    "NOK TRY INR".split()
)
# Stock indexes as Arabic copy transliterates them (EGX in any of its hamza and spacing spellings: "إيجي إكس",
# "ايجي اكس", "إيجي أكس", "اي جي اكس"), and the Tel Aviv indexes of Hebrew copy ("ת"א 35", "ת"א-125").
_INDEX_NAME_BEFORE = re.compile(
    r"(?:(?<![^\s\"“”«»'])[وبل]?(?:[إاأ]ي\s*ج[يى]\s+[إاأ]كس|فوتسي|فايننشال\s+تايمز|داكس|كاك|نيكاي|"
    r"نيكي|ستاندرد\s+آند\s+بورز|ستاندرد\s+اند\s+بورز|إس\s+آند\s+بي|اس\s+اند\s+بي|ستوكس|يوروستوكس|راسل|"
    r"ت[\"״]א)|(?<![\u05d0-\u05ea])ת[\"״]א)\s*-?\s*$"
)


_LATIN_CODED_RE1 = re.compile(r"[A-Za-z%٪]|\s*(?:%|٪)")
_LATIN_CODED_RE2 = re.compile(r"[\"“”«»']\s*$")
_LATIN_CODED_RE3 = re.compile(r"\d{1,4}")


def latin_coded(text: str, n: NumberMatch) -> bool:
    """Whether an Arabic or Hebrew number is part of a name written before it in Latin capitals or as a stock
    index ("EGX 30", "فوتسي 100", "ת"א 35"), not a figure."""
    if n.spelled or n.value_max is not None or n.currency or n.scale != 1.0 or not _LATIN_CODED_RE3.fullmatch(n.text):
        return False
    if _LATIN_CODED_RE1.match(text[n.end :]):
        return False  # "TOLVIK 20MW", "EGX 30%": a unit glued or a share after it makes it a quantity
    before = text[max(0, n.start - 40) : n.start]
    before = _LATIN_CODED_RE2.sub("", before)  # (the quote mark opening a name: '"EGX 30"')
    if _INDEX_NAME_BEFORE.search(before):
        return True
    code = _LATIN_CODE_BEFORE.search(before)
    if code is None or code.group(1).upper() in _CURRENCY_CODES:
        return False
    return any(c.isupper() for c in code.group(1)[1:])  # (two capitals at least: a code, not a capitalised word)


# Digits written as letters while a name's number is masked ("EGX 30" is read as "EGX da"): the readers of what a
# figure counts take a word with digits for another figure's and stop at it, so "مؤشر "EGX 70 متساوي الأوزان" بنسبة
# 2.51%" lost its "مؤشر"; masked, the name is words like any other.
_MASK = str.maketrans("0123456789", "abcdefghij")
_DIGITS = re.compile(r"(?<![\d.,٫])\d{1,4}(?![\d.,٫]\d|\d)")


def masked_code_names(sentences: list[SourceSentence]) -> tuple[list[SourceSentence], dict[str, str]]:
    """The sentences with each name's number ("EGX 30", "ת"א 35") written in letters, and what each masked name
    was, to write it back into what the figures count."""
    out: list[SourceSentence] = []
    restore: dict[str, str] = {}
    for s in sentences:
        text = s.text
        for m in reversed(list(_DIGITS.finditer(text))):
            n = NumberMatch(m.start(), m.end(), m.group(0), float(m.group(0)), float(m.group(0)))
            if latin_coded(text, n):
                start = max(0, m.start() - 12)
                masked = m.group(0).translate(_MASK)
                restore[text[start : m.start()] + masked] = text[start : m.end()]
                text = text[: m.start()] + masked + text[m.end() :]
        out.append(dataclasses.replace(s, text=text) if text != s.text else s)
    return out, restore


def unmask(counts: str | None, restore: dict[str, str]) -> str | None:
    """`counts` with each masked name's number written back."""
    if not counts or not restore:
        return counts
    for masked, original in restore.items():
        tail = masked.split()[-1] if masked.split() else masked
        counts = counts.replace(masked, original)
        if tail in counts:  # (the reader may have kept only the name's last words: "EGX da")
            counts = re.sub(rf"(?<![A-Za-z]){re.escape(tail)}(?![A-Za-z])", original.split()[-1], counts)
    return counts

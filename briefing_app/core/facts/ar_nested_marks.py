"""A short term in curly marks inside an Arabic quote that the same curly marks open and close: 'قال X إن “ البرلمان
... والنواب “ملتهين” بحملاتهم ... حزبية”'. Arabic copy types its curly marks either way round, so they are read
in turn (quotes_ar_defined.arabic_curly_marks); read so, the term's opening mark closed the quote and the quote
was taken from the term's closing mark on. A mark that would close but stands as an opener (a space before it, a
letter right after), with one to three words and a mark glued to their end after it and a further mark later to
close the quote, opens a term nested in the quote: both of its marks are set aside (the same length)."""

from __future__ import annotations

import re

# (″, the double prime, is the closing mark WordPress types after a digit: "“فرانس 24″ أن")
_CURLY = re.compile("[“”″]")
# What the nested term's marks are read as: a mark no quote reader opens or closes with (the double prime ʺ).
_SET_ASIDE = "\u02ba"
_TERM = re.compile(r"[\u0621-\u064a]+(?:\s[\u0621-\u064a]+){0,2}")


def curly_in_turn(text: str) -> str:
    """`text` with its curly marks read in turn as “ and ”, a term nested in a quote set aside (see above)."""
    marks = [m.start() for m in _CURLY.finditer(text)]
    out = list(text)
    opened = False
    k = 0
    while k < len(marks):
        i = marks[k]
        if opened and k + 2 < len(marks) and _nested_term(text, i, marks[k + 1]):
            out[i] = out[marks[k + 1]] = _SET_ASIDE
            k += 2
            continue
        out[i] = "”" if opened else "“"
        opened = not opened
        k += 1
    return "".join(out)


def _nested_term(text: str, at: int, end: int) -> bool:
    """Whether the marks at `at` and `end` enclose a short term: an opener's shape at `at` (a space before, a
    letter after), one to three words between, a letter right before `end` and no letter right after it."""
    before_ok = at > 0 and text[at - 1].isspace()
    after_end = text[end + 1 : end + 2]
    return (
        before_ok
        and re.match(r"[\u0621-\u064a]", text[at + 1 : at + 2]) is not None
        and _TERM.fullmatch(text[at + 1 : end]) is not None
        and (after_end == "" or re.match(r"[\u0621-\u064a]", after_end) is None)
    )

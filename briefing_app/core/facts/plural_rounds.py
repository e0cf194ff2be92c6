"""A round number written as a plural: '100s of homes', '1000s of fans', '10s of thousands' (English).

Copy in a hurry (headlines, live pages) writes "hundreds of" as "100s of". It is the same loose amount as the
words, which the corpus never lists as a figure, and read as digits its "s" became the seconds sign
("100s Of Homes Destroyed": 100 seconds). A power of ten with a plural "s" and "of" after it is no figure.
A decade ("the 1990s") is read elsewhere, and a number that is not a round power of ten ("the 60s of his
life") is left alone.
"""

from __future__ import annotations

import re

from briefing_app.core.numbers import NumberMatch

_ROUND = re.compile(r"10{1,2}|1,?000")
_PLURAL_OF = re.compile(r"['’]?s\s+of\b", re.IGNORECASE)


def is_plural_round(text: str, n: NumberMatch) -> bool:
    """Whether the number `n` of `text` is the digits of a loose plural amount ("100s of", "1,000s of")."""
    return not n.spelled and _ROUND.fullmatch(n.text) is not None and _PLURAL_OF.match(text, n.end) is not None

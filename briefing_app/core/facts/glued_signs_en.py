"""The letters of a currency written against its digits ("N2.22 trillion", "R9.3bn", "Sh500 million",
"Rs.6,100"), blanked for the readers of what an English figure counts.

The number reader takes the letters for the currency, so they are read; but every reader of the words before a
figure then sees a word "N" or "R" where a "$" would stand: "a trade surplus of N2.22 trillion" looked like a
surplus "of N" (the readings took the clause before's noun, "imports"), "March's trade surplus of R9.3bn" gave
"coming", "the Netherlands with N788.85 billion" gave "Netherlands with N". Blanking the letters with spaces (the
same length, so every offset holds) lets the words before read as they do before "$2.22 trillion". Only the
letters right before a number read as a sum are blanked: "N95 masks" and "R2-D2" keep theirs. So is a code
written before the sum with a space ("a Half-Year Net Profit of Kes 77.4 Million" read "... Profit of Kes").
"""

from __future__ import annotations

import dataclasses
import re

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.numbers import CODES_BEFORE, GLUED_CURRENCY_CODES, NumberMatch

# The letters of a naira, a rand or a code glued to the digits, at the end of the text before the number; or a code
# written before it with a space ("Kes 77.4 Million", "USD 5 million", "Rs. 500").
_GLUED_LETTERS = re.compile(
    r"(?<![^\W\d_])(?:(?:[NR]|"
    + "|".join(re.escape(code.rstrip(".")) for code in sorted(GLUED_CURRENCY_CODES, key=len, reverse=True))
    + r")\.?|(?:"
    + "|".join(re.escape(code) for code in sorted(CODES_BEFORE, key=len, reverse=True))
    + r")\.?[ \u00a0])$"
)


def blank_glued_signs(sentence: SourceSentence, numbers: list[NumberMatch]) -> SourceSentence:
    """`sentence` with the currency letters glued before its sums blanked (offsets unchanged)."""
    text = sentence.text
    for n in numbers:
        if n.currency is None:
            continue
        letters = _GLUED_LETTERS.search(text[max(0, n.start - 7) : n.start])
        if letters is None:
            continue
        start = n.start - len(letters.group(0))
        text = text[:start] + " " * len(letters.group(0)) + text[n.start :]
    return sentence if text == sentence.text else dataclasses.replace(sentence, text=text)

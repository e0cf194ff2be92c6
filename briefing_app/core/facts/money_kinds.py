"""What an English sum counts when the kind of money follows it after "in": "seized eight phones and Rs 6,100 in
cash", "Police seized $40,000 in cash", "paid $2m in bribes".

The readings before took the noun of the figure before it ("phones", shared over "and"), the subject ("Police
(seized)") or the currency's own abbreviation before the digits ("Rs"). "N in cash", "N in damages" names the
form the sum takes, which is what it counts; the old reading is kept in brackets when it names something else.
A reading that is only a currency's abbreviation is dropped. A price ("bought its rival for $1.2 billion in cash")
keeps its reading: "in cash" is how the deal was paid.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

# Forms a sum of money takes, after "in": the kind of money, not a place or a time ("in March", "in London").
_KIND = re.compile(
    r"\s+in\s+(cash|damages|fines|bribes|compensation|donations|aid|funding|grants|loans|revenue|sales|profits?|"
    r"wages|salary|salaries|fees|bonuses|savings|assets|debts?|taxes|penalties|ransom|winnings|prize\s+money|"
    r"cuts|investment|benefits|refunds|subsidies|tax\s+relief|back\s+pay|pay|payments|royalties|dividends|"
    r"contributions|pledges|cryptocurrency|gold|jewellery|jewelry|valuables)\b"
)
# A price before the sum: what "in cash" or "in shares" says is how the deal was paid.
_PRICE = re.compile(
    r"\b(?:for|paid|pay|pays|paying|bought|buy|buys|sold|sell|sells|acquired|acquire|offered)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than)\s+)?"
    r"(?:US|C|A|NZ|HK|S)?[$£€]?\s*(?:Rs\.?\s*)?$"
)
# A currency's abbreviation or code that a reading may have taken for a noun.
_CODES = re.compile(r"(?:Rs\.?|INR|Tk|KSh|Ksh|Rp|RM|Dh|Dhs|AED|QR|SR|N|R|GBP|USD|EUR|US|C|A|NZ|HK|S)\$?")


def money_kinds(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a sum followed by "in cash", "in damages" that kind of money; drop a reading that is only a code."""
    for f, number, text in figure_texts(figures, texts, money=True):
        old = f.counts or ""
        head = old.split(" (")[0].strip()
        if _CODES.fullmatch(head) and re.search(rf"\b{re.escape(head)}\s*$", text[: number.start]):
            old = old[len(head) :].strip().removeprefix("(").removesuffix(")")  # the code before the digits: no noun
        kind = _KIND.match(text[number.end :])
        if kind and _PRICE.search(text[: number.start]):
            kind = None  # a price paid in cash counts the deal: "bought its rival for $1.2 billion in cash"
        if kind and kind.group(1) not in old:
            f.counts = f"{kind.group(1)} ({old})" if old else kind.group(1)
        elif old != (f.counts or ""):
            f.counts = old or None

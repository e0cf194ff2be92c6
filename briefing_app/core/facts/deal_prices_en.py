"""What a price counts when a deal's verb and its object come before "for" and the sum (English sport and business
copy): "bought the keeper to Fulham in November 1997 for £800,000", "signed the striker from Porto in July for £24m",
"moving onto Leeds United for £1 million", "was brought over from Spain for £50,000".

The reader of the words before a figure takes the last noun before "for" ("1997", "Porto in July", "Spain"), which
is where the deal went or when; the sum is the price of the deal, which the verb and its object name. The reading
becomes the verb with its object and the place it went from or to, without the time ("bought the keeper to
Fulham"). Read only with a verb of buying, selling, signing or moving a player, nothing but words (and years)
between it and "for", and a reading that is one of those words (the place or the time): a reading of the verb and
its object ("signed the striker") or of the mover before it ("The striker joined from X for") stays.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

# The verb of the deal, up to twelve words with no clause mark nor figure (a year may stand: "in November 1997"),
# "for", a qualifier and the sum's sign, right before the figure.
_DEAL_FOR = re.compile(
    r"\b((?:sign|buy|sell|acquir|purchas|bring|brought|bought|sold|transferr?|mov|join|snapp|prizi)[a-z]*"
    r"(?:\s+(?:up|over|in))?)\s+((?:(?!for\b)(?:[A-Za-z][\w'’.&-]*|\d{4})\s+){1,12}?)for\s+"
    r"(?:(?:just|only|about|around|some|nearly|over|more\s+than|less\s+than|a\s+reported|an\s+initial)\s+)?"
    r"(?:US\$|[$£€¥])?$"
)
_VERB_FORMS = re.compile(
    r"(?:sign(?:s|ed|ing)?|buy(?:s|ing)?|bought|sell(?:s|ing)?|sold|acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing)|"
    r"bring(?:s|ing)?|brought|transfer(?:s|red|ring)?|mov(?:e|es|ed|ing)|join(?:s|ed|ing)?|snapped|prizing)"
    r"(?:\s+(?:up|over|in))?",
    re.IGNORECASE,
)
# Where the deal's own words end and a time, an agent or terms begin: "in November 1997", "last summer", "by Roberto
# Martinez", "on a three-year contract".
_TIME_OR_TERMS = re.compile(
    r"\s+(?:(?:in|during|on|at|by|until|before|after|this|last|next|earlier|later)\b|\d{4}\b).*$", re.IGNORECASE
)


def deal_prices(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a sum after "<verb of a deal> <object> ... for" the verb and its object, when read as a place or time."""
    for f, n, text in figure_texts(figures, texts, money=True):
        deal = _DEAL_FOR.search(text, max(0, n.start - 160), n.start)
        if deal is None or not _VERB_FORMS.fullmatch(deal.group(1)):
            continue
        verb = " ".join(deal.group(1).split())
        reading = (f.counts or "").split(" (")[0]
        if not reading or reading.lower() not in " ".join(deal.group(2).split()).lower():
            continue  # ("signed the striker", "The striker joined from X for": the deal or its mover read already)
        words = _TIME_OR_TERMS.sub("", " " + " ".join(deal.group(2).split())).strip()
        if not words:
            continue  # ("was sold for £5m", "was acquired by X for $1bn": no object nor place of its own)
        f.counts = f"{verb} {words}"

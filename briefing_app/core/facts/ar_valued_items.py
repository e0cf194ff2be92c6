"""What an Arabic "بقيمة" (with a value of) gives the value of, when the word before it is no noun of its own: an item
named by a number and its currency ("فئة الـ 20 دينارا بقيمة بلغت 1.07 مليار": the 20-dinar note), or the same item
at the end of the clause before a comma ("هي فئة الـ50 دينارا، وبقيمة بلغت 5.3 مليار"). Lists of banknotes, bonds,
tranches and packages are told so; the currency word before "بقيمة" says nothing of what the sum counts."""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import AR_STOP
from briefing_app.core.numbers import strip_arabic_marks

_CURRENCY = r"(?:دولار|يورو|ليرة|ليرات|جنيه|ريال|دينار|درهم|دنانير|دراهم|دولارات)[اًا]?"
# The lead of value at the end of the text before the figure, with a verb of amounting and a bound.
_VALUED_LEAD = re.compile(
    r"(?:^|\s)(?:و?[،,]\s*)?و?بقيمة(?:\s+(?:بلغت|تبلغ|بلغ|يبلغ|قدرها|قدره))?(?:\s+(?:قرابة|نحو|حوالي|حوالى))?\s*$"
)
# An item named by a number and its currency at the end of a clause: "فئة الــ50 دينارا", "فئة الـ 20 دينارا".
_ITEM = re.compile(rf"([\u0621-\u064a]{{2,}})\s+((?:ال\u0640*\s*)?[\d٠-٩]+\s+{_CURRENCY})\s*[،,]?\s*$")


def ar_valued_item(before: str) -> str | None:
    """"فئة الـ 20 دينارا": the item a trailing "بقيمة" values, when an item named by its number and currency ends the
    clause right before it (across a comma and "و" too); None otherwise."""
    text = strip_arabic_marks(before)
    lead = _VALUED_LEAD.search(text)
    if lead is None:
        return None
    item = _ITEM.search(text[: lead.start()].rstrip())
    if item is None or item.group(1) in AR_STOP:
        return None
    return f"{item.group(1)} {' '.join(item.group(2).split())}"

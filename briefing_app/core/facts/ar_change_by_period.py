"""An Arabic change told with its adverb of period before the step's lead: "محققة بذلك تراجعا شهريا بنسبة 4 في
المائة", "نموا سنويا بنسبة 6%". Statistics bulletins say so of each monthly or yearly change; the counted reader
skipped the change noun (a word of no meaning alone) and took the adverb ("شهريا") for what the figure counts."""

from __future__ import annotations

import re

from briefing_app.core.numbers import strip_arabic_marks

# The change in the accusative, an adverb of period (monthly, yearly, daily, weekly, quarterly), the lead.
_CHANGE_BY_PERIOD = re.compile(
    r"(?<!\S)[وف]?(ارتفاعا|انخفاضا|تراجعا|نموا|هبوطا|زيادة|تحسنا)\s+"
    r"(شهريا|سنويا|يوميا|أسبوعيا|اسبوعيا|ربعيا|فصليا)\s+"
    r"(?:بنسبة|بمقدار|بمعدل|قدره|قدرها|نسبته|نسبتها)(?:\s+(?:نحو|حوالي|حوالى|قرابة))?\s*$"
)

_ADVERB_STEMS = ("شهري", "سنوي", "يومي", "سبوعي", "ربعي", "فصلي")


def ar_change_by_period(clause: str) -> str | None:
    """"تراجعا شهريا" when `clause` (the words before a figure) ends in a change, its adverb of period and the
    step's lead; None otherwise."""
    if not any(adverb in clause for adverb in _ADVERB_STEMS):  # (most clauses hold none: a substring test first)
        return None
    m = _CHANGE_BY_PERIOD.search(strip_arabic_marks(clause))
    return f"{m.group(1)} {m.group(2)}" if m else None

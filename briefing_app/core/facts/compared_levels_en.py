"""An English figure set against an earlier one of the same quantity, with no noun of its own: "Almost two-thirds
of subscriptions were from the developing world, compared to 44 per cent in 2002", "Profit came to £632.5m, an
improvement on last year's £604.4m". The second figure counts what the first does; read alone it took the word of
comparison ("compared", "improvement") or a time as its noun. Run on one sentence's figures after they have their
own readings.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.sharing import own_noun

# The words that set a figure against the one before: "compared with", "against", "an improvement on last
# year's", "a fall from the previous year's".
_AGAINST = re.compile(
    # (the change's own size may stand between: "a drop of 12.4 percent from the 23 million recorded a year ago")
    r"\b(?:compared\s+(?:with|to)|as\s+against|versus|an?\s+(?:improvement|increase|rise|decline|fall|drop|"
    r"decrease|advance)\s+(?:of\s+[\d.,]+\s*(?:%|percent|per\s+cent)\s+)?(?:on|from|over)(?:\s+the)?)\s+"
    r"(?:(?:last|the\s+previous|the\s+prior|a\s+year\s+earlier|the\s+same\s+period\s+last)\s+(?:year|quarter|"
    r"month|week|period|season)(?:'s|’s)\s+)?"
    r"(?:(?:about|around|roughly|nearly|almost|some|just|only|less\s+than|more\s+than|over|under)\s+)?"
    r"(?:US|C|A|NZ|HK|S)?[$£€¥]?\s*$",
    re.IGNORECASE,
)
# A participle after a comma that gives the same measure's peak or later level: "an average audience of 9.5 million
# viewers, peaking at 10.2 million", "400,000 visitors, | 50,000 more than last year".
_SAME_MEASURE_GAP = re.compile(
    r"^[^,;:.()]{0,40},\s*(?:(?:peaking|peaked|rising|climbing|falling|dropping|reaching|topping)\s+(?:at|to)?\s*"
    r"(?:(?:about|around|roughly|nearly|almost|some|just|over|more\s+than)\s+)?|(?:some|about|around|nearly|almost|"
    r"roughly|just)\s+|)(?:US|C|A|NZ|HK|S)?[$£€¥]?\s*$"
)
# (a difference with no noun of its own: "50,000 more than last year", not "16 more deaths")
_DIFFERENCE_AFTER = re.compile(
    r"\s*(?:%|percent|per\s+cent)?\s+(?:more|fewer|less|up|down)\b(?=\s+(?:than|on|from|compared)\b(?!\s+\d)|\s*[,.;]|\s*$)"
)
# A reading that names nothing counted: only the words of comparison, or nothing.
_COMPARING_WORDS = {"compared", "improvement", "increase", "rise", "decline", "fall", "drop", "decrease", "advance",
                    "against", "versus", "of", "percent", "per", "cent"}  # fmt: skip


def _share(f: Fact) -> bool:
    return f.unit == "percent" or (f.unit is None and f.value is not None and 0 < f.value < 1)


def _same_quantity(e: Fact, f: Fact) -> bool:
    """Money against money, a share against a share (a percentage against "two-thirds"), or the same unit."""
    assert f.number is not None
    if e.number is None:  # a fraction read from its words, which has no number: a share
        return _share(e) and _share(f)
    if e.number.currency or f.number.currency:
        return e.number.currency == f.number.currency
    return e.unit == f.unit or (_share(e) and _share(f))


def share_compared_levels(facts: list[Fact], text: str) -> None:
    """Give a figure set against an earlier one, with no noun of its own, what that earlier one counts (`facts`: the
    sentence's figures, fractions read from words among them, with no number and so no place but their text's)."""

    def start(e: Fact) -> int:
        return e.number.start if e.number is not None else text.find(e.text)

    for f in facts:
        n = f.number
        if n is None:
            continue
        if _peak_or_difference(f, facts, text, start):
            continue
        if not _AGAINST.search(text[max(0, n.start - 80) : n.start]):
            continue
        words = set(re.findall(r"[a-z]+", (f.counts or "").split(" (")[0].lower()))
        if own_noun(f, text, "en") or not words <= _COMPARING_WORDS:
            continue
        before = sorted((e for e in facts if e is not f and 0 <= start(e) < n.start), key=start)
        earlier = next((e for e in reversed(before) if e.counts and _same_quantity(e, f)), None)
        if earlier is not None:
            f.counts = earlier.counts


def _peak_or_difference(f: Fact, facts: list[Fact], text: str, start: Callable[[Fact], int]) -> bool:
    """Give `f` the reading of the figure right before it when a comma and a participle of reaching ("peaking at")
    or a difference after it ("50,000 more than last year") make it the same measure; whether it did."""
    n = f.number
    assert n is not None
    earlier = sorted((e for e in facts if e is not f and 0 <= start(e) < n.start and e.number is not None), key=start)
    if not earlier or not earlier[-1].counts or not _same_quantity(earlier[-1], f):
        return False
    e = earlier[-1]
    assert e.number is not None
    gap = text[e.number.end : n.start]
    peak = _SAME_MEASURE_GAP.match(gap)
    if peak is None:
        return False
    reaching = re.search(r"\b(?:peak|ris|climb|fall|dropp|reach|topp)", gap.rsplit(",", 1)[-1]) is not None
    if not reaching and not _DIFFERENCE_AFTER.match(text, n.end):
        return False
    if own_noun(f, text, "en") and not _DIFFERENCE_AFTER.match(text, n.end):
        return False
    f.counts = e.counts
    return True

"""Arabic rates told on tranches of a sum, the sign said once: "تبلغ الزيادة 40 % على أول عشرة آلاف ليرة و20 على
عشرة الآلاف التالية ثم 10 % على العشرة الثالثة و5 على ما يفوق ذلك" (pay-rise and tax schedules). Each bare number
after "و" that opens another "على" tranche is the next rate, and counts what the rate before it counts; it is not a
count of what any earlier bare number counts, nor of the tranche's sum ("عشرة آلاف ليرة")."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

# "... على <the tranche> و|20 على": the bare rate after "and", the next tranche's "on" after it
_NEXT_RATE_AFTER = re.compile(r"\s*(?:%|٪|بالمئة|بالمائة|في\s+المئة|في\s+المائة)?\s+على(?!\S)")


def ar_tranche_rates(facts: list[Fact], text: str) -> None:
    """Give each bare rate of a schedule of tranches what the rate before it counts (see the module docstring)."""
    rate: Fact | None = None  # the schedule's first rate: its sign, then "على"
    for f in facts:
        n = f.number
        if n is None:
            continue
        after = text[n.end :]
        joined = re.search(r"(?<!\S)(?:و|ثم)\s*$", text[: n.start]) is not None
        if rate is not None and rate.number is not None and joined and _NEXT_RATE_AFTER.match(after):
            # ("و20 على", "ثم 10 % على", "و5 على ما يفوق ذلك": the next rates, bare or signed, after a tranche)
            if f.unit in (None, "percent") and "على" in text[rate.number.end : n.start]:
                f.counts = rate.counts
                continue
        if f.unit == "percent" and _NEXT_RATE_AFTER.match(after) and f.counts and not joined:
            rate = f

"""An Arabic running total named only as "the total" ("ليصل الإجمالي إلى 426", "ليرتفع العدد الإجمالي إلى 9846")
right after the day's figure in the same sentence: the total is of what that figure counts ("34 حالة وفاة"), as
English "12 new cases, bringing the total to 312" is (`totals_of`). Health-ministry and civil-defence tallies write
their totals this way; the counted reader gave the bare word "الإجمالي"."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

# The total's words alone, with the verb of reaching that leads them ("ليصل", "ليرتفع", "ليصبح"): nothing of what
# it is a total of ("العدد الإجمالي للوفيات" names it, and keeps its reading)
_GENERIC_TOTAL = re.compile(
    r"\s*(?:[وفل]?[يت]?(?:صل|رتفع|بلغ|صبح|كون|قفز)\s+)?"
    r"((?:ال)?(?:إجمالي|اجمالي|عدد|مجموع|حصيلة)(?:\s+(?:ال)?(?:إجمالي|اجمالي|كلي|الكلية|الإجمالية|إجمالية))?|الحصيلة)\s*"
)


def ar_generic_totals(facts: list[Fact]) -> None:
    """Give a figure counted only as "the total" what the figure before it in the sentence counts, the total's own
    words kept: "العدد الإجمالي (حالة وفاة)"."""
    for f, g in zip(facts, facts[1:], strict=False):
        if g.counts is None or f.counts is None or _GENERIC_TOTAL.fullmatch(f.counts):
            continue
        total = _GENERIC_TOTAL.fullmatch(g.counts)
        if total and g.unit is None and f.unit is None:
            g.counts = f"{total.group(1)} ({f.counts})"

"""The text before a figure without its qualifier ("more than", "about", "nearly"): what the readers of what a figure
counts look at, since the qualifier belongs to the figure, not to the words before it."""

from __future__ import annotations

import re

from briefing_app.core.numbers import NumberMatch


def before_qualifier(text: str, n: NumberMatch) -> str:
    """`text` up to the figure `n`, and up to its qualifier when one stands before it."""
    before = text[: n.start]
    if n.qualifier:
        at = before.rfind(n.qualifier)
        before = before[:at] if at >= 0 else before
    return before


# What follows a figure that has no noun of its own, so that the readers of a subject may give it one: nothing, a
# mark, a preposition or conjunction, after the figure's unit or scale ("rose 4% to", "falling by 30,000 barrels a
# day,", "widening to $44bn amid"), or a participle of cause ("profit hits Sh32bn powered by M-Pesa"). A noun there is
# the figure's own ("rose to 300 jobs"). One pattern for the readers of subjects carried past an aside, of "-ing"
# changes and of present headline verbs (`aside_subjects_en`, `ing_changes_en`, `present_changes_en`).
NO_NOUN_AFTER = re.compile(
    r"\s*(?:%|per\s*cent|percent|pc|percentage\s+points?|basis\s+points?|points?|bps|billion|million|bn|m|dollars|"
    r"units)?\s*"
    # (a measure's unit: "falling by 30,000 barrels a day", "dropping by 43,000 bpd")
    r"(?:(?:barrels|bpd|b/d|tonnes|tons|megawatts|MW|GW|units)(?:\s+(?:a|per)\s+day)?\s*)?"
    r"(?:$|[,;:.!?)—–]|(?:to|from|in|on|at|as|after|while|and|but|amid|since|for|over|despite|a|per|next|last|this|"
    r"year-on-year|y/y|yoy)\b|"
    r"(?:powered|driven|helped|boosted|lifted|led|fuelled|fueled|hit|dragged|weighed)\s+(?:down\s+)?by\b)",
    re.IGNORECASE,
)

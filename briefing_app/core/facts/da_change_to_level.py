"""A Danish percentage change followed by the level it took the measure to: "Aktien steg 2,3 pct. til 180 kr.",
"Tirsdag faldt Kornvig 2,3 pct. til 412 kr.", "sluttede 0,8 pct. lavere i 987,40". The level after "til"/"i" is
another figure of the same clause (the stock's price or the index's close), so its currency word is no noun of the
percentage, which measures the clause's subject. Stock-market copy (Ritzau Finans and the business pages) writes
every mover this way. Used by `figures` for Danish percentages."""

from __future__ import annotations

import re

# "til"/"i" (and a comparative of direction before it), a number, and a currency word or none; up to the end of the
# level (a full stop after "kr." is the abbreviation's).
_LEVEL_AFTER = re.compile(
    r"^(\s*(?:(?:højere|lavere|mere|mindre)\s+)?)(?:til|i)\s+\d[\d.,]*(?:\s+(?:(?:norske|svenske|danske)\s+)?"
    r"(?:kr\.|kroner|kr\b|euro|dollars?|pund|point|procent|pct\.))?"
)


def da_without_level_after(rest: str) -> str:
    """`rest` (the text after a Danish percentage and its sign) with the level the change went to blanked out, so
    that the currency word of that level is not read as what the percentage counts."""
    m = _LEVEL_AFTER.match(rest)
    if m is None:
        return rest
    return m.group(1) + " " * (m.end() - len(m.group(1))) + rest[m.end() :]

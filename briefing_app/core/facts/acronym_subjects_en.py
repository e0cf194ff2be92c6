"""A subject spelt out with a list inside it and then abbreviated ("Earnings before interest, tax, depreciation,
and amortisation (EBITDA) grew 73 per cent"): read back from the verb, the subject ends at the list's last item
("amortisation"); the abbreviation in brackets names the whole measure (English)."""

from __future__ import annotations

import re

# "<expansion with a comma> (ABBR) <verb...>" right before the figure's clause goes on.
_ABBREVIATED = re.compile(r"([A-Za-z][\w ,&'’-]*?,[\w ,&'’-]*?)\s*\(([A-Z][A-Za-z&]{1,7})\)\s+[a-z]+")


def abbreviated_subject(before: str, counts: str | None) -> str | None:
    """The abbreviation of a subject with a list inside its expansion, when what was read is only the expansion's
    last word(s) ("amortisation" -> "EBITDA"); the counts unchanged otherwise."""
    if not counts or "(" not in before:  # (read for every English figure: most sentences have no bracket)
        return counts
    for m in _ABBREVIATED.finditer(before):
        expansion, short = m.group(1), m.group(2)
        head = counts.split(" (")[0]
        if expansion.rstrip().endswith(head) and before[m.end() :].count(",") == 0:
            return short
    return counts

"""A sum that is the subject of a passive verb with a complement (English).

"$1.8 million was collected in criminal actions and $137 million was collected in civil actions": read alone, both
sums counted "collected"; the complement right after the participle ("in criminal actions", "in civil actions") is
what tells the two apart, as "300 people were killed in the attack" already keeps "killed in the attack". Sums only:
a bare count keeps its participle ("Of these 40 were accepted for the final round": those accepted).
Used by `figures`, for English only.
"""

from __future__ import annotations

import re

# The passive after the figure (its unit already passed): the auxiliary, the participle and one short
# prepositional phrase that ends the clause.
_PASSIVE = re.compile(
    r"^\s*(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be)\s+(?:also\s+)?"
    r"([a-z]{3,}(?:ed|en|id|ld|nt|wn|ht|st))\s+"
    r"((?:in|from|through|for|on|as|by|under|via|to)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+?)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|but|while|after|before|when|which|that|since|during|in|on|at)\b)"
)


def passive_complement(after: str, counts: str | None) -> str | None:
    """The participle with its complement ("collected in criminal actions") when a figure's reading is only the
    participle of the passive it is the subject of."""
    if not counts:
        return counts
    passive = _PASSIVE.match(after)
    if not passive:
        return counts
    participle, complement = passive.groups()
    head, _, rest = counts.partition(" (")
    if head.lower() != participle.lower():
        return counts
    return f"{participle} {complement}" + (f" ({rest}" if rest else "")

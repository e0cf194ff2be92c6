"""Bare numbers listed after a group of people and a copula are their ages (English).

"The other men were 24 and 46", "The brothers were 19, 21 and 23": a plural noun of persons, "were", and two or more
bare whole numbers with no noun after them give each one's age, as "The driver was 24" already reads. The counts
before took the subject ("other men"), as if there were 24 men and 46 men. One number after a plural stays a count
("The victims were 24": how many), and so do numbers with their own noun ("were 24 and 46 units").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

# Plural nouns of persons in casualty, crime and court copy.
_PERSONS = (
    r"men|women|victims|boys|girls|children|suspects|brothers|sisters|sons|daughters|twins|teenagers|teens|officers|"
    r"passengers|drivers|defendants|accused|friends|students|pupils|siblings|cousins|couple|pair|survivors|dead|"
    r"deceased|others|gunmen|attackers|robbers|climbers|hikers|swimmers|fishermen|workers|soldiers|people"
)
# The subject and the copula right before the list: "The other men were | 24 and 46".
_BEFORE = re.compile(
    rf"\b(?:{_PERSONS})\s+(?:were|are)\s+(?:(?:both|all|respectively)\s+)?"
    r"(?:\d{1,3}\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$",
    re.IGNORECASE,
)
# The rest of the list after a number, up to the clause's end: no noun after any of them.
_AFTER = re.compile(r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)\d{1,3})*\s*(?:,?\s*respectively)?\s*(?:[.;:)]|,|$)")
_LISTED = re.compile(r"\d{1,3}\s*(?:,\s*(?:and\s+)?|\s+and\s+)\d{1,3}|\d{1,3}\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")


def copula_ages(figures: list[Fact], texts: dict[int, str]) -> None:
    """Read the bare numbers listed after "<persons> were" as their ages."""
    for f, n, text in figure_texts(figures, texts):
        if f.unit is not None or n.currency or n.kind != "number" or n.value_max is not None:
            continue
        if not re.fullmatch(r"\d{1,3}", n.text) or not 1 <= n.value <= 110:
            continue
        before = _BEFORE.search(text[: n.start])
        after = _AFTER.match(text, n.end)
        if before is None or after is None:
            continue
        run = before.group(0) + text[n.start : after.end()]
        if not _LISTED.search(run):
            continue  # one number after a plural: how many ("The victims were 24")
        holder = re.match(rf"(?:{_PERSONS})", before.group(0), re.IGNORECASE)
        words = text[: before.start()].split()[-1:]  # "other" of "The other men"
        who = " ".join([*(w for w in words if w.islower() and w.isalpha()), holder.group(0)]) if holder else None
        f.counts = f"age ({who})" if who else "age"
        f.unit = "years"

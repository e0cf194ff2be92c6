"""A group of people named as the subject of a copula right before its members ("The candidates are A, B and C"):
read by the list reader of `people`, by `people_listed_roles` for lists by semicolons, and by `org_town_lists`,
whose firms listed with their towns have the members' shape. Depends on the role nouns only, so the readers of
bodies can ask it without importing the people finder.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.roles import is_person_noun, is_role_noun

# A group of people named as the subject of a copula right before its members: "The candidates are | A, B and C",
# "The graduating NASA astronauts are | A of X; B of Y" (an acronym may name the body they are of).
_COPULA_GROUP = re.compile(
    r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Oo]ur)\s+((?:(?:[a-z][\w-]*|[A-Z]{2,})\s+){0,3}([a-z][\w-]*)s)"
    r"\s+(?:are|were|include|included)\s*:?\s*$"
)


def copula_group(before: str) -> str | None:
    """The group `before` ends with as a copula's subject, when its head is a word for people (see _COPULA_GROUP)."""
    m = _COPULA_GROUP.search(before[-120:])
    return m.group(1) if m and (is_role_noun(m.group(2)) or is_person_noun(m.group(2))) else None


# The copula right before a list's first capitalised name ("... are | Jane Roe of ..."), where the group's words end.
COPULA_BEFORE_NAME = re.compile(r"\s(?:are|were|include|included)\s+(?=[A-Z])")


def group_before_names(text: str) -> tuple[str, int] | None:
    """The group a sentence names as the copula's subject before a list of names, and where the list starts."""
    m = COPULA_BEFORE_NAME.search(text)
    group = copula_group(text[: m.end()]) if m else None
    return (group, m.end()) if group and m else None

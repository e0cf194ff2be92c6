"""An Arabic role that names a second person inside it: "X، المتحدث الرسمي باسم رئيس الوزراء Y، ..." is X's role,
and Y holds only the office right before his name (رئيس الوزراء), not the spokesman's."""

from __future__ import annotations

import re

from briefing_app.core.facts.people_index import PeopleIndex

# Where a spokesman's or an envoy's office turns to whom they speak for: "باسم", "عن", a glued ل ("مستشار لرئيس ...").
_FOR_WHOM = re.compile(r"(?:^|\s)(?:باسم|عن|لدى)\s+|(?:^|\s)ل(?=[\u0621-\u064a]{3,})")


def nested_office_roles(index: PeopleIndex) -> None:
    """Give each person named inside another's role the office just before the name in that role."""
    for inner in index.people:
        for outer in index.people:
            if outer is inner or not outer.role or f" {inner.name}" not in f" {outer.role}":
                continue
            before = outer.role[: outer.role.find(inner.name)].strip()
            cuts = list(_FOR_WHOM.finditer(before))
            office = before[cuts[-1].end() :].strip() if cuts else ""
            if office and inner.role and inner.role.strip() == before:
                inner.role = office  # "... باسم رئيس الوزراء Y": Y is the prime minister

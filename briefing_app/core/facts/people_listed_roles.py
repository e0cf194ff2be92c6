"""The role a group named as the subject of a copula gives each member of a list set off by semicolons: "The
graduating astronauts are Jane Roe of Kessby, Ruritania; Tom Weller of Tolvik; and Anna Berg of Harbour." Lists
by commas are the list reader's (`people._list_role`); a semicolon list, each member with the town after the name,
is not one of its lists of names, and each member found alone is given no role (or the town as one)."""

from __future__ import annotations

import re

from briefing_app.core.facts.copula_groups import group_before_names
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_index import PeopleIndex

# A member: the name that opens the item (two to four capitalised words), then its home town or the item's end.
_MEMBER = re.compile(r"\s*(?:and\s+)?((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+)(?=\s+of\s|\s*,|\s*$|\s*[.;]$)")
# The last two members of the list, joined by a comma and "and": "..., Maryland, and Jessica Wittner of ...".
_LAST_PAIR = re.compile(r",\s+and\s+(?=[A-Z])")


def _members(items: list[str]) -> list[str] | None:
    """The names that open the items, or None when one item opens with none (no list of people)."""
    pieces = [piece for item in items for piece in _LAST_PAIR.split(item) if piece.strip(" .;")]
    found = [_MEMBER.match(piece) for piece in pieces]
    if len(found) < 2 or any(m is None for m in found):
        return None
    return [m.group(1) for m in found if m is not None]


def semicolon_list_roles(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Give each person of a semicolon list after a copula the group's role (see the module's doc); each member
    is a person, the group being people by its role noun. A list the sentence splitter cut after a semicolon goes
    on in the next sentence."""
    carried: str | None = None  # the group of a list the last sentence left open with a semicolon
    for s in sentences:
        own = group_before_names(s.text) if ";" in s.text else None
        group = own[0] if own else carried
        carried = None
        if group is None:
            continue
        members = _members(s.text[own[1] if own else 0 :].split(";"))
        if members is None:
            continue
        for name in members:
            index.add(name, group, s.index)
        carried = group if s.text.rstrip().endswith(";") else None

"""Offices written without the hamza: "الامين العام للاتحاد ..." (Maghreb and web copy drop it). The role nouns'
hamza-less spellings leave out "الامين" and "امين", which are also given names (محمد الامين), so the office went
unread and its chain became the role ("العام التونسي الشغل"). Before "العام"/"عام" the word is the office; the
people readers get it back with its hamza (the same length)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from briefing_app.core.facts.people_index import PeopleIndex

_SECRETARY = re.compile(r"(?<![\u0621-\u064a])([وبل]?)(ال)?امين(ة)?(\s+(?:ال)?عام(?:ة)?)(?![\u0621-\u064a])")


def with_office_hamza(text: str) -> str:
    """`text` with "الامين العام" / "امين عام" (and the feminine) written with the hamza."""
    if "امين" not in text:
        return text
    return _SECRETARY.sub(lambda m: f"{m.group(1)}{m.group(2) or ''}أمين{m.group(3) or ''}{m.group(4)}", text)


def roles_as_written(index: PeopleIndex, written: Mapping[int, str]) -> None:
    """Gives back the hamza-less office in the roles of people whose sentences write it so."""
    for p in index.people:
        if not p.role or "أمين" not in p.role:
            continue
        texts = [written.get(i, "") for i in p.sentences]
        if any(_SECRETARY.search(t) for t in texts) and not any("أمين" in t for t in texts):
            p.role = p.role.replace("أمين", "امين")

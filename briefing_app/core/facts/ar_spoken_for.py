"""The Levantine and Palestinian press writes a spokesman "for" a body with بلسان (by the tongue of) where other
copy writes باسم (in the name of): "الناطق بلسان الشرطة", "المتحدثة بلسان وزارة الصحة، X Y،". The role readers
know باسم as the spokesman's own complement; بلسان after a spokesman's noun is read as it, the same length."""

from __future__ import annotations

import re
from collections.abc import Mapping

from briefing_app.core.facts.people_index import Person

# A spokesman's noun (with the article or in construct, with a glued و), then بلسان.
_SPOKEN_FOR = re.compile(r"(?<![\u0621-\u064a])([وف]?(?:ال)?(?:ناطق|متحدث)(?:ة|ون|ين)?\s+)بلسان(?![\u0621-\u064a])")


def as_in_the_name_of(text: str) -> str:
    """`text` with بلسان after a spokesman's noun written باسم and a space (positions kept)."""
    if "بلسان" not in text:
        return text
    return _SPOKEN_FOR.sub(lambda m: m.group(1) + "باسم ", text)


def roles_as_spoken_for(people: list[Person], written: Mapping[int, str]) -> None:
    """Gives back بلسان in the roles of people whose sentences write it so and never باسم (the speakers' resolver
    matches "وأضاف الناطق بلسان الشرطة:" against the role as the article writes it)."""
    for p in people:
        if not p.role or "باسم" not in p.role:
            continue
        texts = [written.get(i, "") for i in p.sentences]
        if any("بلسان" in t for t in texts) and not any("باسم" in t for t in texts):
            p.role = p.role.replace("باسم", "بلسان")

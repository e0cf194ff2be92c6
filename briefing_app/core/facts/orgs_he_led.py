"""Hebrew bodies named by a bare name as the complement of the office that leads them, before the leader's name:
"יו"ר X Y Z W" (the chair of party X Y, Z W), 'מנכ"ל X Z W'. A party or company whose name is also a common
phrase ("כחול לבן", the colours) is left out of the lists, and no head noun ("מפלגת", "חברת") says it is a body;
but an office that only a body has, right before a person's name, makes its bare complement that body.

The complement must be bare (no word with the article: "יו"ר הוועדה" is the committee the story named), open
with no head noun (the body readers take "יו"ר ועד העובדים"), and hold no place, role word, status or adjective
of the office ("יו"ר משותף", "מנכ"ל בפועל").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.orgs import HE_HEADS
from briefing_app.core.facts.people_he_words import HE_ROLE_WORDS, HE_TITLES

# Offices only a body has: its chair, its chief executive, its founder.
_OFFICE = re.compile(r"^ו?(?:יו[\"\u05f4]ר|מנכ[\"\u05f4]ל(?:ית)?|מייסד|מייסדת) (.+)$")
# The office's status or kind, never a body's name ("יו"ר משותף", "מנכ"ל בפועל", "יו"ר זמני").
_STATUS = {"משותף", "משותפת", "בפועל", "לשעבר", "זמני", "זמנית", "נבחר", "נבחרת", "מטעם", "של", "בדימוס", "היוצא"}
_HEAD_WORDS = frozenset(w for h in HE_HEADS for w in h.split()[:1])
_ROLE_WORDS = frozenset(w for r in (*HE_ROLE_WORDS, *HE_TITLES) for w in r.split())


def bodies_led_by_people(persons: list[Fact], named: list[Fact], texts: list[str], language: str) -> list[Fact]:
    """The bodies a Hebrew person's role names bare after the office that leads them, not already found, in the
    first of the person's sentences (`texts`, by index) that writes them."""
    if language.split("-")[0] != "he":
        return []
    found = {f.text for f in named if f.kind == "organisation"}
    out: list[Fact] = []
    for p in persons:
        for part in (p.role or "").split("; "):
            m = _OFFICE.match(part.strip())
            if m is None or not _bare_name(m.group(1).split()):
                continue
            name = m.group(1)
            at = next((i for i in p.sentences if i < len(texts) and name in texts[i]), None)
            if at is not None and name not in found and all(o.text != name for o in out):
                out.append(Fact("organisation", name, at))
    return out


def _bare_name(words: list[str]) -> bool:
    return (
        1 <= len(words) <= 3
        and words[0] not in _HEAD_WORDS
        and all(
            re.fullmatch(r"[\u05d0-\u05ea][\u05d0-\u05ea\"\u05f4'\u05f3-]*", w) is not None
            and w[:1] != "ה"
            and w not in _STATUS
            and w not in _ROLE_WORDS
            and w.lstrip("ו") not in _ROLE_WORDS
            for w in words
        )
        and lookup(" ".join(words)) is None
        and not any((e := lookup(w)) is not None and e.kind == "place" for w in words)
    )

"""Checks on the Arabic bodies `orgs_ar` reads from a head noun and the words after it, by the shape of the
phrase: a feminine head with an indefinite adjective agreeing with it, of a nisba's or a participle's shape, is a
common noun ("لجنة مؤقتة", "جماعة مسلحة"), a centre of a city is a place ("مركز مدينة X"), and a body known by its
own short name ends there, before the verb's object ("وحركة حماس إسرائيل بتنفيذ الهجوم": Hamas accused Israel)."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup
from briefing_app.core.facts.orgs import AR_HEADS

# Kinds of place after "مركز" (centre): the centre of a town or district is a place, no body.
_PLACE_KINDS = {"مدينة", "محافظة", "قضاء", "ناحية", "بلدة", "قرية", "منطقة", "ولاية", "إقليم", "العاصمة"}


def _kind(name: str) -> str | None:
    entry = lookup(name)
    return entry.kind if entry is not None else None


def checked_arabic_body(name: str) -> str | None:
    """`name` as a body's name, cut before a known place after a known body's own name; None when the phrase is
    a common noun or a place."""
    words = name.split()
    if len(words) < 2:
        return name
    head, first = words[0], words[1]
    if _kind(name) == "place" and head.removeprefix("ال") in AR_HEADS:
        return None  # "في الدار البيضاء": a town whose name opens with a body's head noun (دار, a house)
    # (an adjective's shape, a nisba or a participle in م: a name such as "قناة نسمة" stays a body)
    adjective = first.endswith("ية") or (first.startswith("م") and first.endswith("ة") and len(first) >= 5)
    if len(words) == 2 and head.endswith("ة") and adjective and not first.startswith("ال"):
        if _kind(first) is None and _kind(name) is None:
            return None  # "لجنة مؤقتة", "جماعة مسلحة": a feminine noun and its indefinite adjective
    if head.removeprefix("ال") == "مركز" and first in _PLACE_KINDS:
        return None  # "مركز مدينة الناصرية": the town's centre, a place
    known = _kind(first) == "organisation" or _kind(" ".join(words[:2])) == "organisation"
    if len(words) >= 3 and known and _kind(words[2]) == "place":
        return " ".join(words[:2])  # "حركة حماس إسرائيل": the body's own name, then the verb's object
    return name


_MASCULINE_NISBA = re.compile(r"ال[\u0621-\u064a]{2,}ي")


def closes_the_name(head: str, kept: list[str], word: str) -> bool:
    """Whether `word`, after a head and the words `kept` of its name so far, belongs to the phrase around the name
    and ends it: a definite masculine nisba right after a definite feminine head agrees with no word of the name
    ("موقف الحركة الرسمي": the stance is official, not the movement); after a proper name that no article opens,
    "and the" starts another phrase ("حركة X والشخصية الأكثر قربا", "حركة X والجهاد")."""
    if not kept:
        return head.startswith("ال") and head.endswith("ة") and _MASCULINE_NISBA.fullmatch(word) is not None
    return len(kept) == 1 and word.startswith("وال") and not kept[0].startswith(("ال", "ل"))

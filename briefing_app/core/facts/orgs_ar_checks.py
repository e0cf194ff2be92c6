"""Checks on the Arabic bodies `orgs_ar` reads from a head noun and the words after it, by the shape of the
phrase: a feminine head with an indefinite adjective agreeing with it, of a nisba's or a participle's shape, is a
common noun ("لجنة مؤقتة", "جماعة مسلحة"), a centre of a city is a place ("مركز مدينة X"), and a body known by its
own short name ends there, before the verb's object ("وحركة حماس إسرائيل بتنفيذ الهجوم": Hamas accused Israel)."""

from __future__ import annotations

from briefing_app.core.facts.gazetteer import lookup

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

"""The adjective "municipal" (بلدي, بلدية) read as the head noun "municipality" (بلدية): Gulf municipal copy writes
"الخدمات البلدية" (municipal services), "مشروعات بلدية بقيمة X" (municipal projects worth X), "خدمات بلدية أكثر
كفاءة". After a plural noun in -ات of the same definiteness, with nothing of a name after it, "بلدية" agrees with
that noun; "مشروعات البلدية" (the municipality's projects, a construct) and "خدمات بلدية X" (X municipality's
services, a town after it) keep the body."""

from __future__ import annotations

from collections.abc import Callable

# Elatives and the like after an indefinite adjective ("خدمات بلدية أكثر كفاءة"): no town's name.
_AFTER_ADJECTIVE = frozenset({"أكثر", "أقل", "أفضل", "متكاملة", "جديدة", "متميزة", "عاجلة", "مختلفة", "عديدة"})


def municipal_adjective(before: str, head: str, after: str, is_place: Callable[[str], bool]) -> bool:
    """Whether "بلدية"/"البلدية" (`head`) between `before` and `after` is the adjective of the plural before it."""
    noun = before.removeprefix("و").removeprefix("ف")
    if len(noun) < 5 or not noun.endswith("ات") or head.removeprefix("ال") != "بلدية":
        return False
    definite = noun.startswith(("ال", "بال", "لل"))
    if definite != head.startswith("ال"):
        return False  # "مشروعات البلدية": the municipality's projects, in construct
    if definite or not after or after[:1].isdigit() or after in _AFTER_ADJECTIVE:
        return True
    if after.startswith(("ب", "ل", "ال")):
        return not is_place(after) and not is_place(after[1:]) and not is_place(after[2:])
    return False  # "خدمات بلدية X": the municipality of a town, in construct

"""Checks on the Arabic bodies `orgs_ar` reads from a head noun and the words after it, by the shape of the
phrase: a feminine head with an indefinite adjective agreeing with it, of a nisba's or a participle's shape, is a
common noun ("لجنة مؤقتة", "جماعة مسلحة"), a centre of a city is a place ("مركز مدينة X"), and a body known by its
own short name ends there, before the verb's object ("وحركة حماس إسرائيل بتنفيذ الهجوم": Hamas accused Israel)."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup
from briefing_app.core.facts.orgs import AR_HEADS
from briefing_app.core.facts.people_ar_words import _ar_is_given

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
    if len(kept) == 1 and word.startswith("وال") and not kept[0].startswith(("ال", "ل")):
        return True
    core = word.rstrip("،.")
    if not head.endswith("ة") and core in _SESSION_ADJECTIVES:
        return True  # "جلسة مجلس الأمة العادية": a session's adjective after a masculine body agrees with the session
    if (
        head.startswith("ال") and head.endswith("ة") and all(k.endswith("ة") for k in kept)
        and _MASCULINE_PARTICIPLE.fullmatch(core) is not None
    ):
        return True  # "رئيس الحكومة العراقية المكلف": a masculine participle after a feminine body and its adjectives
    # "لجنة X البرلمانية والعاملين فيها": after the name's adjective, "and the" people of a sound plural are a second
    # group the clause names, no word of the body's name
    if core.startswith("وال") and core[3:] in _PLURAL_BODIES:
        return True  # "وزارة الصحة والأجهزة المعنية": "and the bodies", a second group of bodies, no genitive of it
    after_adjective = _MASCULINE_NISBA.fullmatch(kept[-1]) is not None or (
        kept[-1].startswith("ال") and kept[-1].endswith("ية")
    )
    return after_adjective and core.startswith("وال") and core.endswith(("ين", "ون")) and len(core) > 6


# Plural nouns of bodies ("الأجهزة", "الجهات", "المؤسسات"): after "and the" they open a second group of bodies.
_PLURAL_BODIES = {"أجهزة", "جهات", "مؤسسات", "هيئات", "وزارات", "منظمات", "دوائر", "مديريات", "سلطات", "إدارات"}


# Adjectives of a sitting (جلسة, دورة), which a masculine body's name never takes: the regular, extraordinary,
# emergency, closed, secret, opening and closing session.
_SESSION_ADJECTIVES = {"العادية", "الاستثنائية", "الطارئة", "المغلقة", "السرية", "العلنية", "الافتتاحية", "الختامية"}
# A definite masculine participle (المكلف، المنتخب، المستقيل): it describes the man named with the body, not the body.
# A word in ـات is a feminine plural noun of the body's field ("لمكافحة المنشطات", "لشؤون المنظمات"), never one.
_MASCULINE_PARTICIPLE = re.compile(r"الم[\u0621-\u064a]{3,5}(?<![ةيى])(?<!ات)")


def person_named_next(words: list[str], at: int) -> bool:
    """Whether a known given name and a family name with the article stand at `at` after a body's name ("عضو مجلس
    الأمة الكويتي رياض X"): the person who holds the office, whom a town of the given name's spelling (رياض, the
    capital without its article) must not join to the body."""
    if at + 1 >= len(words) or not _ar_is_given(words[at]) or words[at].startswith("ال"):
        return False
    family = words[at + 1].rstrip("،.")
    # (a feminine adjective is the body's, no family name: "... سعود الإسلامية")
    return family.startswith("ال") and len(family) > 4 and not family.endswith("ية") and lookup(family) is None


# "هيئة الدفاع عن المتهمين" (the defence: the lawyers who defend someone in court), read as a body by its head.
_DEFENDING = re.compile(r"\s+عن\s")


def defence_team(text: str, end: int, name: str) -> bool:
    """Whether the body's name ending at `end` is "the defence" of someone ("هيئة الدفاع عن X"): no body's name."""
    words = name.split()
    return words[-1:] == ["الدفاع"] and words[0].endswith("هيئة") and _DEFENDING.match(text, end) is not None

"""Where a Hebrew title's reading of a name stops (moved out of `people_he` to keep it small): a copula ends the
subject, a preposition glued to a place is where someone is, no family name, and a name that is the object of a
preposition or of a construct noun inside the role ('חשוד בתקיפת ח"כ X') does not hold the role before it."""

from __future__ import annotations

from briefing_app.core.facts.gazetteer import hebrew_family_names
from briefing_app.core.facts.gazetteer import names_a_place as _a_place
from briefing_app.core.facts.people_he_news import construct_adjunct
from briefing_app.core.facts.people_he_words import HE_TITLES


def at_a_place(word: str) -> bool:
    """A preposition glued to a known place ("בירושלים", "מחיפה") that no family name spells: where, no name."""
    return word[:1] in "בלמ" and _a_place(word[1:]) and word not in hebrew_family_names()


# A copula in any person ("X היה מנהל"): the subject before it ends, no title's complement runs on past it.
COPULAS = frozenset({"היה", "הייתה", "היתה", "היו", "יהיה", "תהיה", "יהיו"})

# Prepositions written as words whose object a name may be: "יו"ר הבנק במקום X" (instead of X), "לצד X".
GOVERNING_WORDS = frozenset({"במקום", "לצד", "נגד", "כנגד"})


def _act_of(word: str) -> bool:
    """A preposition glued to a construct noun in -ת ("בתקיפת", "בהכאת", "לבקשת"): an act done to what follows."""
    return construct_adjunct(word) or (word[:1] in "בל" and len(word) >= 5 and word.endswith("ת"))


def governed_role(role: str) -> str:
    """A role read up to a name whose last words put the name under a preposition or a construct noun with one
    glued on ('חשוד בתקיפת ח"כ', "יו"ר חדש לבנק X במקום"): the name is that phrase's object, so only a title
    after the phrase ('ח"כ') is its role; none when nothing follows ("במקום": the one replaced)."""
    words = role.split()
    cut = max((j for j, w in enumerate(words) if j > 0 and (w in GOVERNING_WORDS or _act_of(w))), default=0)
    if not cut:
        return role
    rest = words[cut + 1 :]
    if rest and not all(w.lstrip("ו") in HE_TITLES for w in rest):
        return role  # ("מנהל המחלקה לרפואת ילדים": the adjunct is the office's field, its words no title)
    return " ".join(rest)

"""A Hebrew past verb standing where a family name would ("תושב X נעצר", "X התפטר"): a word of the nif'al or
hitpa'el past, or a verb only people undergo, that no family-name list holds says what the subject underwent,
so the word before it (a town or a noun that is also a given name) opens no person's name."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import hebrew_family_names, israeli_given_names, world_given_names
from briefing_app.core.facts.people_he_words import LIFE_VERBS

# נ + three letters (+ ה/ו): "נעצר", "נפצעה", "נחקרו"; הת + three letters: "התפטר", "התראיין" is longer
_PASSIVE_PAST = re.compile(r"(?:נ|הת)[\u05d0-\u05ea]{3}[הו]?")


def passive_verb_in_family_slot(word: str) -> bool:
    """Whether `word`, read as a family name, is a past verb of the nif'al or hitpa'el (or one only people
    undergo) that no family-name or given-name list holds."""
    if word in hebrew_family_names() or word in israeli_given_names() or word in world_given_names().get("he", ()):
        return False
    return word in LIFE_VERBS or _PASSIVE_PAST.fullmatch(word) is not None


# Active verbs spelt plainly (no pointing), besides the passive ones above:
#   pi'el past, a י after the first letter: "שיגר", "דיבר", "סיפרה", "ביקשו";
#   pa'al participle, a ו after the first letter: "זועם", "כותבת", "טוענים";
#   hif'il participle, a י before the last letter: "מבהיר", "מסבירה" (not the past in ה, spelt as a definite
#   noun: "הנגיד", the governor).
_ACTIVE = re.compile(
    r"[\u05d0-\u05ea]י[\u05d0-\u05ea]{2}[הו]?"
    r"|[\u05d0-\u05ea]ו[\u05d0-\u05ea]{2}(?:ת|ים|ות)?"
    r"|מ[\u05d0-\u05ea]{1,2}י[\u05d0-\u05ea](?:ה|ים|ות)?"
)


def verb_in_family_slot(word: str) -> bool:
    """Whether `word`, read as a family name after an office ("ראש הממשלה שיגר מסר", "ראש המועצה זועם על"), is
    a verb of the shapes above (or a passive one) that no family-name or given-name list holds: with some 16,000
    listed family names, a verb-shaped word no list has is the office holder's verb, not their name."""
    if word in hebrew_family_names() or word in israeli_given_names() or word in world_given_names().get("he", ()):
        return False
    return passive_verb_in_family_slot(word) or _ACTIVE.fullmatch(word) is not None


# The hif'il past, a י before the last letter after a ה: "הדגיש", "הסבירה" (the hitpa'el is in _PASSIVE_PAST).
_HIFIL_PAST = re.compile(r"ה[\u05d0-\u05ea]{2}י[\u05d0-\u05ea][הו]?")


def verb_after_and(word: str) -> bool:
    """Whether `word` is a second verb of its clause, glued to "and" ("הוסיף ודיבר על", "בצומת X ונמלט",
    "המשיך והדגיש"), where a family name or a verb's subject would stand: ו, then a past verb of the shapes above
    (or the hif'il), the whole word and its rest held by no family-name or given-name list ("ויינר", "ונונו",
    "וקנין" are listed names; "וו" opens a foreign name, "וושינגטון")."""
    if word[:1] != "ו" or word[:2] == "וו" or len(word) < 4:
        return False
    if word in hebrew_family_names() or word in israeli_given_names() or word in world_given_names().get("he", ()):
        return False
    rest = word[1:]
    return verb_in_family_slot(rest) or (
        _HIFIL_PAST.fullmatch(rest) is not None
        and rest not in hebrew_family_names()
        and rest not in israeli_given_names()
    )

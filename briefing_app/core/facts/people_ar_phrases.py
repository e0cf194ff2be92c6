"""Arabic "names" that the article's other sentences show to be phrases: a noun glued to a preposition whose bare
form the article writes elsewhere ("إصابة وزير الصحة بفيروس كورونا" beside "أعراض فيروس كورونا"), and an office
in construct with a place ("رئيس مجلس الوزراء، حاكم دبي"), whose first word is also a given name (حاكم، أمير)."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup
from briefing_app.core.facts.people_ar_words import AR_ROLE_NOUNS, _ar_is_given

_LETTER = r"[\u0621-\u064a]"


def glued_phrase(name: str, texts: list[str]) -> bool:
    """Whether `name` opens with ب, ل or ك glued to a word and the article writes the same words elsewhere without
    it: a preposition and its object, as a name never loses its first letter."""
    words = name.split()
    first = words[0]
    if len(words) < 2 or first[:1] not in "بلك" or len(first) < 5 or _ar_is_given(first):
        return False
    bare = " ".join([first[1:], *words[1:]])
    pattern = re.compile(rf"(?<!{_LETTER}){re.escape(bare)}(?!{_LETTER})")
    return any(pattern.search(t) for t in texts)


def office_of_a_place(name: str) -> bool:
    """Whether a two-word "name" is an office noun that is also a given name, then a place ("حاكم دبي", "أمير
    الكويت"): the office of that place, no person."""
    words = name.split()
    if len(words) != 2 or words[0] not in AR_ROLE_NOUNS:
        return False
    entry = lookup(words[1])
    return entry is not None and entry.kind == "place"


# A word with a possessive pronoun glued on (ثراه، روحه، مثواها): the object of a prayer's verb.
_POSSESSED = re.compile(r"[\u0621-\u064a]{2,}(?:ه|ها|هم)")


def prayer_formula(name: str, texts: list[str]) -> bool:
    """Whether a two-word "name" ending in "الله" is a prayer's verb and God before its object with a pronoun
    ("المغفور له الشيخ X، طيب الله ثراه،", "رحم الله روحه"): a formula of Gulf copy, no person's name."""
    words = name.split()
    if len(words) != 2 or words[1] != "الله":
        return False
    if blessing_at(words, 0):
        return True  # "رئيس الدولة حفظه الله": the blessing after a ruler's office, itself the formula
    after = re.compile(rf"(?<!{_LETTER}){re.escape(name)}\s+({_POSSESSED.pattern})(?!{_LETTER})")
    return any(after.search(t) for t in texts)


def blessing_at(words: list[str], k: int) -> bool:
    """Whether words[k] and the next word are a blessing said after a ruler's name or office ("حفظه الله",
    "رعاه الله", "أيدها الله": may God keep him): a verb with its object pronoun glued on, then God; no given
    name, and no role goes on past it."""
    return (
        k + 1 < len(words)
        and words[k + 1].strip("،,.") == "الله"
        and 4 <= len(words[k]) <= 6
        and _POSSESSED.fullmatch(words[k].removeprefix("و")) is not None
        and not _ar_is_given(words[k])
    )

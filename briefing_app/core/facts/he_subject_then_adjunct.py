"""Hebrew: a named subject before the verb of saying, then a long adjunct that names someone else in commas.

'יושב ראש הכנסת, X Y, אמר היום בישיבה המיוחדת לציון רצח ראש הממשלה, Z W, כי "..."': the reader of "the verb,
a role, then a name in commas" ('סבר נשיא בית המשפט, X Y, כי') took Z W, whom the adjunct names, for the
speaker. When the words after the verb open with a time and a phrase of a preposition (where or why it was said)
and the clause before the verb names a person, that person speaks; with nothing before the verb ('אמר אתמול
בכנסת שר החוץ, X Y, כי', the verb-first order of news) the name in the commas is still the subject.

A name and an apposition between it and the verb speak as the name, not the apposition's last words: an office
with its closing comma left out ('X Y, מנהל המחלקה של עמותת Z מסר:'), or a description before a relative verb
('השרה X Y, האחראית על הכנס, שאמרה לה כי': "who said", whose antecedent the name and the description both are).
"""

from __future__ import annotations

from briefing_app.core.facts.gazetteer import hebrew_family_names, names_a_place
from briefing_app.core.facts.people_he import (
    _TIME_WORDS,
    HE_ROLE_WORDS,
    HE_TITLES,
    _he_head_at,
    _name_like,
    adjunct_word,
    he_given,
)
from briefing_app.core.facts.people_he_phrases import he_given_at, he_starts_with_given
from briefing_app.core.facts.places_he import HEADS as PLACE_HEADS


def adjunct_after_named_subject(before_verb: str, after_verb: str) -> bool:
    """Whether `after_verb` (the words between the verb and the name in commas) is an adjunct, and the clause
    that ends at the verb (`before_verb`, this sentence's words) names its subject."""
    words = [w for w in after_verb.split() if w not in _TIME_WORDS]
    if not words or not adjunct_word(words[0]):
        return False
    parts = [p.strip() for p in before_verb.split(",") if p.strip()]
    return any(he_starts_with_given(p) or he_given_at(p.split()) for p in parts)


def without_trailing_adjuncts(parts: list[str]) -> list[str]:
    """The comma parts of a label before a colon, without the phrases of where and when at its end ('X Y, בטקס
    האזכרה, בהר הרצל:' is X Y's label): a phrase opening with a preposition glued to a noun names no speaker."""
    out = list(parts)
    while len(out) > 1:
        words = [w for w in out[-1].split() if w not in _TIME_WORDS]
        # (a place after ב, though its first word is a family name too: "בהר הרצל", "בקריית שמונה")
        placed = (
            bool(words)
            and words[0][:1] in "בלמ"
            and (names_a_place(" ".join([words[0][1:], *words[1:3]])) or words[0][1:] in PLACE_HEADS and len(words) > 1)
        )
        if words and not adjunct_word(words[0]) and not placed:
            break
        out.pop()
    return out


def name_before_adjunct(words: list[str]) -> str | None:
    """A headline's label of one name and a phrase of where ("X באזכרה לY:", "X בכנס הרצליה:"): the name speaks,
    never the one the phrase names after ל; None for other labels ("ראש העיר בכנס:", an office, is read elsewhere)."""
    # (or whom it is said to: "X לY:", "טיבי לפרוש:", the one after ל is addressed, never the speaker)
    if len(words) < 2 or not adjunct_word(words[1]) or words[1][:1] not in "בל":
        return None
    first = words[0]
    if not _name_like(first) or first in _TIME_WORDS or adjunct_word(first) or _he_head_at(words, 0):
        return None
    if first in HE_ROLE_WORDS or first[1:] in HE_ROLE_WORDS or first in HE_TITLES or first[:1] in "וש":
        return None
    # (a listed family name only: a headline's noun and its place, "שביתה בנמלים:", "סערה בכנסת:", names no one)
    return first if first in hebrew_family_names() else None


def named_before_open_apposition(parts: list[str]) -> bool:
    """'ד"ר X Y, מרכז הצוות לטיפול במגיפות במשרד Z אמר:' (the apposition's closing comma left out): the comma part
    before the last opens with a title and a known given name, and the last part, a description, names no one
    and is no body, so the name speaks, not the description's last words."""
    if len(parts) < 2:
        return False
    named, described = parts[-2].split(), parts[-1].split()
    if not named or named[0] not in HE_TITLES or not he_starts_with_given(parts[-2].strip()) or not described:
        return False
    # (the description opens with no article: "המשטרה מסרה" after the comma would be a subject of its own; its head
    # may spell a body's too, "מרכז" coordinator and centre)
    return not any(he_given(w) for w in described) and described[0][:1] != "ה"


def named_before_role_apposition(parts: list[str]) -> bool:
    """'X Y, מנהל האגף הכלכלי של עמותת Z מסר:' (the office's closing comma left out): the comma part before the
    last is a name (a title before it allowed) and nothing else, and the last part opens with an office that names
    no one, so the name speaks, not the office's last words."""
    if len(parts) < 2:
        return False
    named, described = parts[-2].split(), parts[-1].split()
    bare = named[1:] if named and named[0] in HE_TITLES else named
    if not 2 <= len(bare) <= 3 or not he_starts_with_given(" ".join(bare)) or not described:
        return False
    return described[0] in HE_ROLE_WORDS and not any(he_given(w) for w in described)


def name_before_relative_description(parts: list[str]) -> str | None:
    """'... הן השרה X Y, האחראית על הכנס, שאמרה לה כי' (the comma parts before a relative verb of saying): the given
    name and family name that end the part before a description naming no one; None otherwise."""
    if len(parts) < 2:
        return None
    named, described = parts[-2].split(), parts[-1].split()
    if len(named) < 2 or not described or any(he_given(w) for w in described):
        return None
    if not he_given(named[-2]) or not _name_like(named[-1]) or named[-1] in HE_ROLE_WORDS:
        return None
    return " ".join(named[-2:])

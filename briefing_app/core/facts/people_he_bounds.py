"""Where a Hebrew title's reading of a name stops (moved out of `people_he` to keep it small): a copula ends the
subject, a preposition glued to a place is where someone is, no family name, a name that is the object of a
preposition or of a construct noun inside the role ('חשוד בתקיפת ח"כ X') does not hold the role before it; and
where it goes on: the given name "אשר" after a title, a family name spelt as a foreign one."""

from __future__ import annotations

import re
from dataclasses import replace

from briefing_app.core.facts.gazetteer import hebrew_family_names, lookup
from briefing_app.core.facts.gazetteer import names_a_place as _a_place
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_he_base import _HE_HEADS, _name_like, he_given, transliterated
from briefing_app.core.facts.people_he_later import verb_in_he
from briefing_app.core.facts.people_he_news import construct_adjunct
from briefing_app.core.facts.people_he_phrases import adjunct_word
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


def asher_named(words: list[str], k: int) -> bool:
    """ "אשר" right after a title is the given name, not "which", when a listed family name follows it and closes
    the phrase ("השופט אשר X.", "השופט אשר X,"): a relative clause goes on with its verb ("השופט אשר דן בתיק")."""
    return (
        k + 2 < len(words)
        and words[k + 1] in hebrew_family_names()
        and not verb_in_he(words[k + 1])
        and words[k + 2] in (",", ".", ":", ";", "(")
    )


def asher_family(words: list[str], k: int, role: list[str]) -> bool:
    """ "אשר" after a known given name that follows a title proper (ח"כ, השר, הרב) is the family name, not
    "which", when a past verb, a verb of saying or a mark follows it ('ח"כ יעקב אשר נעל את הישיבה', "הרב X
    אשר אמר:"): a title names a public figure by the full name; a relative clause after a given name alone
    follows a role noun ("הילד X אשר נפצע") or a comma."""
    if words[k + 1 : k + 2] != ["אשר"] or not any(w.lstrip("ו") in HE_TITLES for w in role):
        return False
    after = words[k + 2] if k + 2 < len(words) else "."
    # (a past verb: a prefixed form verb_in_he knows, or the bare three letters of the simple stem, "נעל", "אמרה")
    pa_al = re.fullmatch(r"[\u05d0-\u05ea]{3}[הו]?", after) is not None and after not in hebrew_family_names()
    return after in (",", ".", ":", ";", "(") or verb_in_he(after) or pa_al


# A family name closed by a final ץ and a geresh ("X דנילוביץ'", "רבינוביץ'"), as Slavic names are written.
_SLAVIC_FAMILY = re.compile(r"[\u05d0-\u05ea]{2,}ץ['\u05f3]")


def foreign_family_next(words: list[str], k: int) -> bool:
    """Whether a word that can be a given name at `k` is followed by a family name spelt as a foreign one
    (with a geresh for a sound Hebrew lacks: צ'רצ'יל, אצ'סון)."""
    foreign = k + 1 < len(words) and (transliterated(words[k + 1]) or _SLAVIC_FAMILY.fullmatch(words[k + 1]))
    if not foreign or transliterated(words[k]):
        return False  # (two foreign-spelt words: the loop's given-name reading has them)
    w = words[k]
    return _name_like(w) and w not in _HE_HEADS and lookup(w) is None and not adjunct_word(w) and len(w) >= 2



# A known given name, then in brackets the name the person goes by (one word, or a short form with a geresh),
# then the next word: "יצחק (X) הרצוג", "יולי (יואל) Y".
_NICKNAME = re.compile(
    r"(?<![\u05d0-\u05ea'\"])([\u05d0-\u05ea]{2,})\s+\([\u05d0-\u05ea]['\u05f3\u05d0-\u05ea]+\)(?=\s+[\u05d0-\u05ea])"
)


_AND_HYPHEN = re.compile(r"(?<![\u05d0-\u05ea])ו-([\u05d0-\u05ea]{2,})(?=\s+[\u05d0-\u05ea])")


def without_nicknames(sentences: list[SourceSentence]) -> list[SourceSentence]:
    """The sentences with a bracketed name between a known given name and the word after it left out ("יצחק
    (X) הרצוג" reads as "יצחק הרצוג"), so the title, the given name and the family name meet, and "ו-" glued to
    a given name after it; the rest as is."""
    out = []
    for s in sentences:
        text = _NICKNAME.sub(lambda m: m.group(1) if he_given(m.group(1)) else m.group(0), s.text)
        # ("X Y ו-Z W": "and" written with a hyphen before a given name, as before a number; glued as usual)
        text = _AND_HYPHEN.sub(lambda m: "ו" + m.group(1) if he_given(m.group(1)) else m.group(0), text)
        out.append(s if text == s.text else replace(s, text=text))
    return out


def given_after_complement(words: list[str], title: int, after_title: int, k: int) -> bool:
    """Whether `words[k]`, a given name that is also a town's or region's name ("ולדימיר", "סופיה", "אריאל"),
    stands where only a name does: after an office whose complement is already closed by a place or a definite
    word ("נשיא רוסיה ולדימיר X", "שר החוץ אריאל X"; an office takes one complement), or right after a title
    that takes none ("הנשיא ולדימיר X", 'ח"כ אריאל X'). A country or capital stays the complement ("שגריר
    ישראל באו"ם"), and so does a town after a construct noun ("ראש עיריית אילת").
    """
    if k < after_title or k + 1 >= len(words) or not _name_like(words[k + 1]):
        return False
    entry = lookup(words[k])
    if entry is None or entry.kind != "place" or entry.detail in ("country", "capital"):
        return False
    if k == after_title:
        head = words[title].lstrip("ו")
        return head in HE_TITLES and (head[:1] == "ה" or '"' in head or "\u05f4" in head)
    before = words[k - 1]
    return (before[:1] == "ה" and len(before) > 2) or _a_place(before)

"""Hebrew people a known given name starts, whose family name no list holds, shown to be people by what
follows the name in news:

* a description set off by two commas, then the clause goes on ("X Y, אם לשלושה, נפצעה", "X Y, תושב
  השכונה, סיפר"): only a person's name takes such an apposition and a verb after it; the description is the
  role (`people_he_bare.appositive_roles` reads it);
* "ז"ל" or "הי"ד" right after the two words (of blessed memory, may God avenge his blood): said only of the
  dead, by name;
* the object of "with", "against", "by" ("נפגש עם X Y.", "העתירה נגד X Y,"), the phrase closed by a mark.

The given name must be no common word the article writes with the article ("האור"), and the second word no
title, function word, place, body, verb of saying or word the article writes with the article.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import hebrew_family_names, lookup
from briefing_app.core.facts.hebrew_clitics import PRONOUN_ADDRESSEES
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_he import (
    _HE_NOT_NAME,
    HE_SPEECH,
    _he_head_at,
    _kin_phrase,
    _name_like,
    _words,
    he_given,
    names_a_body,
)
from briefing_app.core.facts.people_he_bare import _COPULA_RELATIVE, _bare_given, _definite_words, _long_description
from briefing_app.core.facts.people_he_base import without_age
from briefing_app.core.facts.people_index import PeopleIndex

_SPEECH = re.compile(HE_SPEECH)
# Marks said after the name of the dead: "ז"ל" (of blessed memory), "הי"ד" (may God avenge his blood).
_OF_THE_DEAD = {'ז"ל', "ז״ל", 'הי"ד', "הי״ד", 'זצ"ל', "זצ״ל"}


# Prepositions whose object is as often a person as a thing ("נפגש עם X Y.", "העתירה נגד X Y,"): after one, a
# known given name and a word that closes the phrase are a name.
_GOVERNING = {"עם", "נגד", "מול", "אצל", "בעד", "לצד", "בשם", "בידי", "על-ידי"}


def find_apposed_names(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Every person named so in the Hebrew sentences, into `index`."""
    texts = {s.index: _words(s.text) for s in sentences}
    common = _definite_words(texts.values())
    for s in sentences:
        words = texts[s.index]
        for i in range(len(words) - 2):
            governed = i > 0 and words[i - 1] in _GOVERNING and words[i + 2] in (",", ".", ";", ":", "(")
            marked = words[i + 2] in _OF_THE_DEAD or governed
            if _pair(words, i, common) and (marked or _apposition_after(words, i + 2)):
                index.add(f"{words[i]} {words[i + 1]}", None, s.index)
            elif _three_words(words, i, common) and (words[i + 3] in _OF_THE_DEAD or _apposition_after(words, i + 3)):
                name = " ".join(words[i : i + 3])  # "X אבו Y, תושב הכפר, נפצע"
                for person in index.people:  # "X אבו" read by another shape is the start of the name: one person
                    if s.index in person.sentences and name.startswith(person.name + " "):
                        person.name = name
                index.add(name, None, s.index)


def _pair(words: list[str], i: int, common: set[str]) -> bool:
    """Whether words i and i+1 can be a known given name and an unlisted family name."""
    given, family = words[i], words[i + 1]
    if not he_given(given) or not _bare_given(given, common) or not _name_like(family) or len(family) < 2:
        return False
    if family in ("אבו", "אבן", "בן", "בר"):
        return False  # a particle: the family name is the word after it (`_three_words`)
    if given in PRONOUN_ADDRESSEES and family[:1] in "בלמ" and family not in hebrew_family_names():
        return False  # '"הדבר שהכי הפריע לי בדיון, ..."': "to me", then a preposition's phrase, no name
    if i and (_he_head_at(words, i - 1) or words[i - 1] in ("בן", "בת", "בני", "בנות")):
        return False  # a title's name (the title reader has it, with the role) or "בן X": someone's son
    return not (
        family in _HE_NOT_NAME
        or family in common
        or _SPEECH.fullmatch(family)
        or _he_head_at([family], 0)
        or _kin_phrase(given, family)
        or lookup(family) is not None
        # ("אצל דודו בחיפה": a preposition glued to a known place is where, no family name)
        or (family[:1] in "בלמ" and lookup(family[1:]) is not None)
        or lookup(f"{given} {family}") is not None
        or names_a_body(f"{given} {family}")
    )


def _three_words(words: list[str], i: int, common: set[str]) -> bool:
    """Whether a name of three words starts at `i`: the second a particle (אבו, בן) or a known given name (a
    father's name: "X חסן Y"), the third a family name as `_pair` reads one."""
    if i + 3 >= len(words) or not (words[i + 1] in ("אבו", "אבן", "בן", "בר") or he_given(words[i + 1])):
        return False
    return _pair([words[i], words[i + 2]], 0, common)


def _apposition_after(words: list[str], k: int) -> bool:
    """Whether a description of one to five words set off by commas starts at `k` (a comma) and the clause goes
    on after it with a word that is no "and" (a verb: "נפצעה", "סיפר"), not a list of names or places."""
    if words[k] != ",":
        return False
    close = next((j for j in range(k + 2, min(k + 11, len(words))) if words[j] in (",", ".", ";", ":")), None)
    if close is None or words[close] != "," or close + 1 >= len(words):
        return False
    description, after = without_age(words[k + 1 : close]), words[close + 1]
    if len(description) > 5 and not _long_description(description):
        return False  # ("גבר פלסטיני שכנראה סבל מ...": a noun and its relative clause run long)
    first = description[0]
    clause = first[:1] in "ושכ" and first not in _COPULA_RELATIVE  # ("שכיהן כראש X": who was, a role)
    if any(ch.isdigit() for w in description for ch in w) or first in _HE_NOT_NAME or clause:
        return False  # an age (read elsewhere), a clause, "and" the next item of a list
    if he_given(first) or lookup(" ".join(description)) is not None or lookup(first) is not None:
        return False  # "X Y, Z W, ...": the next name of a list; "X Y, חיפה,": a place
    next_name = he_given(after) and not _SPEECH.fullmatch(after)  # (אמר is a given name too)
    return re.fullmatch(r"[\u05d0-\u05ea]{2,}", after) is not None and after[:1] != "ו" and not next_name

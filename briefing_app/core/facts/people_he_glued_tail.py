"""Hebrew prepositional phrases read as names.

A family name standing alone read with the word after it as a two-word name, where that word is a preposition
glued to a noun ("הנשיא לשעבר כהן בסכסוך", "פסק דינו של כהן בפרשת X"): no family name is so spelt, so the
person is the family name alone, and the words before "של" of an owner ("דינו הידוע של") are no role. The noun
must stand elsewhere in the article with the article ("הסכסוך"): a family name that opens with one of those
letters ("ברגמן", "מזרחי", "בוזגלו") is never written so. And "על גבי X" (on top of) names no "גבי X"."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import hebrew_family_names
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_he_phrases import adjunct_word
from briefing_app.core.facts.people_index import PeopleIndex

_CUT_GLUED_TAILS_RE1 = re.compile(r"[\u05d0-\u05ea]+")


def cut_glued_tails(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Every "family name + glued preposition's noun" in `index` made the family name alone, merged with a
    person of that name already found."""
    words_used = {w for s in sentences for w in _CUT_GLUED_TAILS_RE1.findall(s.text)}
    for person in list(index.people):
        words = person.name.split()
        if len(words) != 2 or not adjunct_word(words[1]):
            continue
        same = next((p for p in index.people if p is not person and p.name == words[0]), None)
        # "השרה X Y ... הגיבה Y לביקורת": the family name of one the article names in full (or alone after a
        # title, "השרה Y"), then a preposition's noun; that person, whatever the family-name list holds and
        # wherever else the noun stands
        full = next((p for p in index.people if p is not person and _family_of(p.name) == words[0]), None)
        known = full is not None or (same is not None and same.role is not None)
        if not known and words[0] not in hebrew_family_names():
            continue
        if not known and not _noun_elsewhere(words[1][1:], words_used):
            continue  # ("משה ברגמן": no "הרגמן" anywhere, a family name that opens with ב)
        role = person.role if person.role and person.role.split()[-1] != "של" else None
        same = full or same
        if same is None:
            person.name, person.role = words[0], role
            continue
        same.take_sentences(person)
        same.role = same.role or role
        index.people.remove(person)


def _family_of(name: str) -> str:
    """The family name of a name of two words or more (the second part of a double one, "X כהן-לוי": לוי);
    "" for one word."""
    words = name.split()
    return words[-1].split("-")[-1] if len(words) > 1 else ""


def _noun_elsewhere(rest: str, words_used: set[str]) -> bool:
    """Whether `rest` (the word after its preposition) is a noun the article writes elsewhere with the article
    ("הסכסוך"), or, in the construct state ending ת, in its own form ("בפרשת" ... "פרשה", "הפרשה")."""
    forms = {"ה" + rest}
    if rest.endswith("ת") and len(rest) > 3:
        forms |= {rest[:-1] + "ה", "ה" + rest[:-1] + "ה"}
    return bool(forms & words_used)


def drop_on_top_of(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """No person "גבי X" where every sentence naming them writes "על גבי X" ("שחור על גבי לבן", on top of):
    the compound preposition, not the given name גבי (the readers that take it come from several shapes)."""
    texts = {s.index: s.text for s in sentences}
    index.people = [
        p
        for p in index.people
        if not (
            p.name.split()[0] == "גבי"
            and all(re.search(rf"(?<![\u05d0-\u05ea])על\s+{re.escape(p.name)}", texts.get(i, "")) for i in p.sentences)
        )
    ]

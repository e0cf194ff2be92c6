"""Hebrew people whose given name no list holds (a foreign or rare name, "X Y" both unlisted) and before whom no
title stands, shown to be people by what FOLLOWS the name, as encyclopedic and business copy writes them:

* an apposition headed by a role or profession, set off by commas, then the clause goes on ("X Y, מדען צרפתי,
  גילה", "X Y, מנכ"ל החברה, אמר"): only a person takes a role noun in apposition; the description is the role;
* a relative clause of holding an office ("X Y שכיהן כנשיא החברה", "X Y ששימש כמנכ"ל", "X Y, שכיהן כשר
  הפנים,"): the office is the role.

The two words must be name-shaped: no article, no function word, no word the article writes with the article
(a common noun), no place or body, no verb of saying, no title; the name opens a clause (the sentence's start,
a mark, ":" of a list, "ו" glued to the first word, or "את"/"עם"/"של" before it).
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_he import HE_SPEECH, _he_head_at, _name_like, _words, names_a_body
from briefing_app.core.facts.people_he_bare import _definite_words
from briefing_app.core.facts.people_he_base import without_age
from briefing_app.core.facts.people_index import PeopleIndex

_SPEECH = re.compile(HE_SPEECH)
_MARKS = (",", ".", ":", ";", "(", "-", "–")
# Words before a name that leave it the head of its own phrase: the object marker and prepositions of persons.
_BEFORE = {"את", "עם", "של", "נגד", "אצל", "מול", "בידי"}
# "who served as": a relative ש and a past verb of holding an office, then כ glued to the office.
_SERVED = re.compile(r"ש(?:כיהן|כיהנה|שימש|שימשה|היה|הייתה|עבד|עבדה)")
# Verbs that go on the clause after an apposition: any Hebrew word that is no "and" of a list and no mark.
_HEBREW = re.compile(r"[\u05d0-\u05ea][\u05d0-\u05ea\"\u05f4'\u05f3-]*")


def find_unlisted_names(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Every person the two shapes above name in the Hebrew sentences, into `index`."""
    texts = {s.index: _words(s.text) for s in sentences}
    common = _definite_words(texts.values())
    for at, words in texts.items():
        for i in range(len(words) - 3):
            if not _opens_a_name(words, i):
                continue
            first = words[i][1:] if words[i][:1] == "ו" and i and words[i - 1] in (",", ":") else words[i]
            if not _a_pair(first, words[i + 1], common):
                continue
            name = f"{first} {words[i + 1]}"
            role = _apposed_role(words, i + 2) or _office_held(words, i + 2)
            if role:
                index.add(name, role, at)


def _opens_a_name(words: list[str], i: int) -> bool:
    return i == 0 or words[i - 1] in _MARKS or words[i - 1] in _BEFORE


def _a_pair(given: str, family: str, common: set[str]) -> bool:
    """Whether two words can be an unlisted given name and a family name."""
    for word in (given, family):
        if not _name_like(word) or len(word) < 2 or word in common or _SPEECH.fullmatch(word):
            return False
        if _he_head_at([word], 0) or lookup(word) is not None:
            return False  # a title ("מנכ"ל"), a place or a listed body
    return lookup(f"{given} {family}") is None and not names_a_body(f"{given} {family}")


def _apposed_role(words: list[str], k: int) -> str | None:
    """The role of an apposition set off by commas at `k` ("X Y, מדען צרפתי, גילה"), headed by a role or a
    profession, after which the clause goes on with a word that is no "and"."""
    if k >= len(words) or words[k] != ",":
        return None
    close = next((j for j in range(k + 2, min(k + 9, len(words))) if words[j] in _MARKS), None)
    if close is None or words[close] != "," or close + 1 >= len(words):
        return None
    description, after = without_age(words[k + 1 : close]), words[close + 1]
    if not description or any(ch.isdigit() for w in description for ch in w):
        return None  # (an age the appositions' reader cuts, "סטודנטית בת 23")
    if not _he_head_at(description, 0) or _HEBREW.fullmatch(after) is None or after[:1] == "ו":
        return None
    return " ".join(description)


def _office_held(words: list[str], k: int) -> str | None:
    """The office of "שכיהן כX Y" right after the name (a comma between allowed): X Y as far as a mark."""
    if k < len(words) and words[k] == ",":
        k += 1
    if k + 1 >= len(words) or _SERVED.fullmatch(words[k]) is None or words[k + 1][:1] != "כ":
        return None
    office = [words[k + 1][1:]]
    for w in words[k + 2 : k + 7]:
        if w in _MARKS or w[:1] == "ו" and w != office[-1]:
            break
        office.append(w)
    return " ".join(office) if _he_head_at(office, 0) else None

"""Hebrew people named as the possessor of a speech act with a possessive suffix ("הכחשתו של X", "דבריה של X
Y"), with the role a sentence before named without a name (moved out of `people_he` to keep it small)."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import hebrew_family_names, lookup
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_he_base import (
    _HE_HEADS,
    _HE_NOT_NAME,
    _complement_end,
    _he_head_at,
    _name_like,
    _words,
    he_given,
    names_a_body,
    transliterated,
)
from briefing_app.core.facts.people_index import PeopleIndex

# A speech act as a noun with a possessive suffix, then "של" and its possessor (the double genitive): "דבריו של
# X" (his words, X's), "הצהרתה של X", "הכחשתו של X", "תגובתו של X".
_SPEECH_NOUN_OF = re.compile(
    r"(?<![\u05d0-\u05ea])[ובלמש]{0,2}(?:דבר|הצהרת|הכחשת|תגובת|הודעת|טענת|נאומ|ראיונ|מכתב|ציוצ|הבטחת|אזהרת|"
    r"תשובת|דברי)(?:ו|ה|יו|יה)\s+של\s+([\u05d0-\u05ea][\u05d0-\u05ea'\u05f3-]+)(?:\s+([\u05d0-\u05ea][\u05d0-\u05ea'\u05f3-]+))?"
)


def speech_of_someone(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """The possessor of a speech act with a possessive suffix ("הכחשתו של X", "דבריה של X Y") is a person:
    the suffix says the words were a person's. When this sentence or the one before names a speaker by a role
    alone ("הופיע שר האוצר ... וטען:"), the news refers back to that speaker by name, so the role is theirs."""
    by_index = {s.index: s for s in sentences}
    for s in sentences:
        for m in _SPEECH_NOUN_OF.finditer(s.text):
            first, second = m.group(1), m.group(2) or ""
            if not _name_like(first) or len(first) < 3 or lookup(first) or names_a_body(first):
                continue
            if _he_head_at([first], 0):
                continue  # "דבריו של השר", "הודעתה של המשטרה", "של ראש העיר": a definite noun, a body, a title
            if he_given(first) and second in hebrew_family_names() and lookup(second) is None:
                name = f"{first} {second}"  # (not "של שגב עוררה": a verb after the family name)
            elif first in _HE_NOT_NAME or he_given(first) and first not in hebrew_family_names():
                continue  # a given name alone is too often a word ("של שם")
            else:
                name = first
            earlier = [by_index[i].text for i in (s.index - 1,) if i in by_index] + [s.text[: m.start()]]
            index.add(name, _role_alone(earlier), s.index)


def _role_alone(texts: list[str]) -> str | None:
    """The last role named with no name after it in `texts` ("שר האוצר" of "הופיע שר האוצר בטלוויזיה")."""
    found = None
    for text in texts:
        words = _words(text)
        for i in range(len(words)):
            n = _he_head_at(words, i)
            if not n or words[i][:1] == "ו":
                continue
            k = _complement_end(words, i + n)
            if k == i + n and n == 1:
                continue  # a head with no complement ("השר") names too little to hand on
            if k < len(words) and (he_given(words[k]) or transliterated(words[k])):
                continue  # "שר האוצר X Y": the role is X's
            found = " ".join(words[i:k]).removeprefix("ה") if words[i] not in _HE_HEADS else " ".join(words[i:k])
    return found

"""Hebrew people named in commas right after an office and what it is of, whatever their names: "שר החוץ של X,
Y Z W, ביקר", "נשיא X, Y Z, אמר", "מפקד מחוז X, Y Z, שיבח". Foreign news names a foreign office holder so,
in a Hebrew spelling of a name no list holds (a French, Russian or Chinese given name); only a person stands
in apposition between an office and the rest of the clause. The office is the role.

The office is a role noun in the construct state with its complement (one to four words, no mark between),
opening the clause (the sentence's start, a mark, "ו" glued to it, or after a verb of speech, "את" or "עם").
The name is two or three words, each name-shaped (no article, function word, title, role word, verb, place or
body, no word the article writes with the article), and the clause goes on after the second comma.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup
from briefing_app.core.facts.he_time_adjuncts import he_without_time
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_he import HE_SPEECH, _name_like, _words
from briefing_app.core.facts.people_he_bare import _definite_words
from briefing_app.core.facts.people_he_later import verb_in_he
from briefing_app.core.facts.people_he_words import HE_ROLE_WORDS, HE_TITLES
from briefing_app.core.facts.people_index import PeopleIndex

_SPEECH = re.compile(HE_SPEECH)
# Offices in the construct state that name what they are of ("שר החוץ", "נשיא צרפת", "שגריר ארה"ב").
_OFFICES = frozenset(w for w in HE_ROLE_WORDS if " " not in w) | {"שגריר", "שגרירת", "קנצלר", "קנצלרית"}
_MARKS = {",", ".", ":", ";", "-", "–", "(", '"', "״"}
_OPENERS = {"את", "עם"}
_TITLE_WORDS = frozenset(w for t in HE_TITLES for w in t.split())


def find_office_apposed_names(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Every person named in commas after an office and its complement, into `index`, with the office as role."""
    texts = {s.index: _words(s.text) for s in sentences}
    common = _definite_words(texts.values())
    for at, words in texts.items():
        if "," not in words:
            continue
        for k, word in enumerate(words):
            head = word[1:] if word[:1] == "ו" and word[1:] in _OFFICES else word
            if head not in _OFFICES or not _opens_clause(words, k):
                continue
            comma = next((j for j in range(k + 1, min(k + 6, len(words))) if words[j] in _MARKS), None)
            if comma is None or words[comma] != "," or comma == k + 1:
                continue
            for size in (3, 2):
                end = comma + 1 + size
                if end + 1 < len(words) and words[end] == "," and _name(words[comma + 1 : end], common):
                    office = " ".join([head, *words[k + 1 : comma]])
                    name = " ".join(words[comma + 1 : end])
                    _absorb_shorter(index, name, at)
                    index.add(name, office, at)
                    break


def _absorb_shorter(index: PeopleIndex, name: str, at: int) -> None:
    """A reader of a known given name and one more word may have read the first two words of a name of three
    that the commas close ("X, Y Z W, הודיעה" read as "Y Z"): that reading is the same person, named in full."""
    for person in index.people:
        if at in person.sentences and name.startswith(person.name + " "):
            person.name = name


def _opens_clause(words: list[str], k: int) -> bool:
    before = words[k - 1] if k > 0 else ""
    return k == 0 or before in _MARKS or before in _OPENERS or _SPEECH.fullmatch(before) is not None


def _name(words: list[str], common: set[str]) -> bool:
    """Two or three words a name may be: each name-shaped, none a title, role word, verb, place or body."""
    return (
        all(
            _name_like(w)
            and w not in common
            and w not in _TITLE_WORDS
            and w not in _OFFICES
            and not verb_in_he(w)
            and not _place_or_body(w, inner=i > 0)
            and not (w[:1] in "ובלמ" and lookup(w[1:]) is not None)
            and not w.endswith(("ים", "ות"))
            and not any(ch.isdigit() for ch in w)
            for i, w in enumerate(words)
        )
        and lookup(" ".join(words)) is None
        and he_without_time(" ".join(words)).strip() != ""  # ("שר החוץ, בשבוע שעבר, הודיע": when, no name)
    )


def _place_or_body(word: str, inner: bool) -> bool:
    """A word the gazetteer knows; inside a name only a country, capital or body counts ("ז'אן איב X": איב, a
    Yemeni region's Hebrew name, is the French given name there)."""
    entry = lookup(word)
    if entry is None:
        return False
    return not inner or entry.kind != "place" or entry.detail in ("country", "capital")

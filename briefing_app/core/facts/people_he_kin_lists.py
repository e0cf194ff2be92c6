"""Hebrew people named by a given name alone in a biography's list of kin: the children after a plural kin noun
("נולדו להם שתי בנות, X וY", "ילדיו: X, Y וZ") and the parents of a biography's opening "בן X וY" / "בת X וY"
(son or daughter of X and Y). Biographies and obituaries name a family so; each item must be a known given name
and the list must close with "and" and the last one, so a plural noun followed by other words ("שתי בנות שגרו
...") or "בן" as a family name's particle ("X בן Y") names no one here."""

from __future__ import annotations

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_he_base import _HE_NOT_NAME, _words, he_given
from briefing_app.core.facts.people_index import PeopleIndex

# Plural kin nouns that a list of children's given names follows (bare, possessed, or after a number).
_CHILDREN = {"בנות", "בנים", "ילדים", "בנותיו", "בניו", "ילדיו", "בנותיה", "בניה", "ילדיה", "בנותיהם", "בניהם",
             "ילדיהם", "נכדים", "נכדיו", "אחים", "אחיו", "אחיותיו", "אחיה", "אחיותיה"}  # fmt: skip
# "Son of", "daughter of" opening a biography's sentence, then the parents' given names.
_CHILD_OF = {"בן", "בת"}


def find_kin_lists(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Every child or parent named so in the Hebrew sentences, into `index`."""
    for s in sentences:
        words = _words(s.text)
        for i, word in enumerate(words):
            if word in _CHILDREN:
                k = i + 1 + (words[i + 1 : i + 2] in ([","], [":"]))
                _add_list(words, k, word, s.index, index)
            elif word in _CHILD_OF and (i == 0 or words[i - 1] in (".", ";")):
                _add_list(words, i + 1, None, s.index, index)


def _add_list(words: list[str], k: int, role: str | None, sentence: int, index: PeopleIndex) -> None:
    """The given names of a list at `k` ("X וY", "X, Y וZ"), closed by the sentence, a comma or a stop, into
    `index`; nothing unless every item is a known given name and the last comes with "and"."""
    names: list[str] = []
    while k < len(words):
        word = words[k]
        last = word[:1] == "ו" and _given(word[1:])
        if last:
            names.append(word[1:])
            k += 1
            break
        if not _given(word):
            return
        names.append(word)
        k += 1
        if words[k : k + 1] == [","]:
            k += 1
    else:
        return
    closed = k >= len(words) or words[k] in (",", ".", ";", ":", ")")
    if len(names) < 2 or not closed or not last:
        return
    for name in names:
        if index.find(name) is None and not any(p.name.split()[0] == name for p in index.people):
            index.add(name, role, sentence)


def _given(word: str) -> bool:
    return he_given(word) and word not in _HE_NOT_NAME

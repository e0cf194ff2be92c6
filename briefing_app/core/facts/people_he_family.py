"""Hebrew people named by the family name alone, where the sentence's grammar says a person is meant. History
and Wikipedia prose names public figures so ("לדעת X,", "התפטרותו של X", "השרים X ו-Y", "בין X לבין Y"); the
other readers need a given name, a title or the name said again. Only a listed Israeli family name that is no
ordinary Hebrew word (`hebrew_family_words` holds those: "שטרן", "קורן"), no given name and no place or body is
taken, and only after one of these cues:

* "according to" or "in the opinion of" ("לדעת X,", "לפי X,", "על פי X,"), which governs a person's word;
* "של" after a noun with a possessive ending (the double genitive: "התפטרותו של X", "גרסתו של X"), which
  Hebrew uses for a person (or a body, which no family name names);
* a plural role, then the names ("השרים X ו-Y", "השופטים X, Y ו-Z"), each a listed family name;
* "between" and two names ("בין X לבין Y", "בין X ל-Y");
* the name, a comma and a relative clause of being ("X, שהיה אז נגיד הבנק,"), which gives the role.

Not a committee, affair or prize named after a person ("ועדת X", "פרשת X"): no cue stands there.
"""

from __future__ import annotations

from briefing_app.core.facts.gazetteer import hebrew_family_names, hebrew_family_words, lookup
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_he_bare import _COPULA_RELATIVE, _GROUP_HEADS, _without_copula
from briefing_app.core.facts.people_he_base import _name_like, _words, he_given, transliterated
from briefing_app.core.facts.people_he_later import _past_verb
from briefing_app.core.facts.people_index import PeopleIndex

# Words that govern the one whose view or account is given ("לדעת X", "לטענת X").
_ACCORDING = {"לדעת", "לפי", "לדברי", "לטענת", "לגרסת", "כדברי", "בעיני", "לדעתו", "כדעת", "לשיטת"}
# Plural roles that a list of family names follows ("השרים X ו-Y").
_PLURAL_ROLES = {"השרים", "השופטים", "החוקרים", "הפרופסורים", "הח\"כים", "הח״כים", "חברי הכנסת", "הנגידים",
                 "הגנרלים", "האלופים", "הסופרים", "המשוררים", "הכלכלנים", "המנהיגים", "הרבנים",
                 "העיתונאים"}  # fmt: skip


def family_only(word: str) -> bool:
    """A listed Israeli family name that is nothing else: no Hebrew word, given name, place or body."""
    return (
        len(word) >= 3
        and word in hebrew_family_names()
        and word not in hebrew_family_words()
        and not he_given(word)
        and lookup(word) is None
    )


def _glued(word: str) -> str | None:
    """The family name in `word`, bare or with "and" or "to" glued to it ("ופרלמן", "לגרינברג"); None if none."""
    if family_only(word):
        return word
    for cut in ("ול", "ו", "ל"):
        if word.startswith(cut) and family_only(word[len(cut) :]):
            return word[len(cut) :]
    return None


def find_family_name_cues(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Every person named by the family name alone after one of the cues above, into `index`."""
    for s in sentences:
        words = _words(s.text)
        for i, w in enumerate(words):
            if not family_only(w) or index.find(w) is not None and _named_in_full(w, index):
                continue  # (a family name of someone named in full is that person, read by the other readers)
            before = words[i - 1] if i else ""
            before2 = words[i - 2] if i > 1 else ""
            if not _ends_here(words, i + 1):
                continue  # "לדברי X Y,": more of a name follows (an old spelling of a given name, "אהרן")
            if before in _ACCORDING or (before2, before) == ("על", "פי"):
                index.add(w, None, s.index)
            elif before == "של" and _possessed(before2):
                index.add(w, None, s.index)
            elif before == "בין":
                _between(words, i, s.index, index)
            elif i + 1 < len(words) and _past_verb(words[i + 1]) and _opens_clause(words, i):
                index.add(w, None, s.index)  # "גם X התנגד לתוכנית", "X הודיע כי": the subject of a past verb
            elif words[i + 1 : i + 2] == [","] and words[i + 2 : i + 3] and words[i + 2] in _COPULA_RELATIVE:
                close = next((k for k in range(i + 3, min(i + 12, len(words))) if words[k] in (",", ".")), None)
                role = _without_copula(words[i + 2 : close]) if close is not None else []
                index.add(w, " ".join(role) or None, s.index)
        _plural_role_lists(words, s.index, index)
        _possessed_full_names(words, s.index, index)
        _maiden_names(words, s.index, index)


def _maiden_names(words: list[str], sentence: int, index: PeopleIndex) -> None:
    """ "ולאמו שרה לבית קליין", "הוא נישא לחנה לבית רוזן": a woman's given name, "לבית" (née) and the family she
    was born into, one name; the given name read alone before (with its kin role) becomes the whole of it."""
    for i in range(1, len(words) - 1):
        family = words[i + 1]
        if words[i] != "לבית" or not (family in hebrew_family_names() or transliterated(family)):
            continue
        given = words[i - 1]
        if not he_given(given) and given[:1] in "ולשמב" and he_given(given[1:]):
            given = given[1:]  # "לחנה לבית רוזן": to Hannah née Rosen
        if not he_given(given):
            continue
        name = f"{given} לבית {family}"
        for person in index.people:
            if sentence in person.sentences and person.name in (given, f"{given} לבית", f"{words[i - 1]} לבית"):
                person.name = name  # (the kin reader's "שרה", a reader's "חנה לבית")
        index.add(name, None, sentence)


def _possessed_full_names(words: list[str], sentence: int, index: PeopleIndex) -> None:
    """ "פרישתו של X Y", "ספרו הראשון של X Y": the double genitive, then a known given name and a word that
    can be a family name (any word there: the construction names a person)."""
    for i in range(2, len(words) - 1):
        if words[i - 1] != "של" or not _possessed(words[i - 2]) or not he_given(words[i]):
            continue
        family = words[i + 1]
        if not _name_like(family) or lookup(family) is not None:
            continue
        if lookup(words[i]) is not None and family not in hebrew_family_names():
            continue  # a place: "ביטחונה של ישראל אינו" (not "אריאל זמיר": a listed family name follows)
        if any(len(p.name.split()) > 1 and p.name.split()[-1] == words[i] for p in index.people):
            continue  # "התמוטטותו של שרון עלו": the family name of someone named, then the clause's verb
        closed = i + 2 >= len(words) or words[i + 2] in (",", ".", ";", ":", "(", ")")
        if family not in hebrew_family_names() and not closed:
            continue  # "של שרון בהנהגת": a listed family name, or one the clause closes, is the name's
        if he_given(family) and i + 2 < len(words) and _name_like(words[i + 2]):
            continue  # "X Y Z": two given names, the name goes on (the other readers have it)
        index.add(f"{words[i]} {family}", None, sentence)


def _ends_here(words: list[str], j: int) -> bool:
    """Whether a one-word name ends before `j`: a mark or the sentence's end, or a word that is no name's
    (no listed family name that is no Hebrew word, nothing spelt as a foreign name; "מונה" is a verb there)."""
    if j >= len(words) or not words[j][:1].isalpha():
        return True
    nxt = words[j]
    listed = nxt in hebrew_family_names() and nxt not in hebrew_family_words()
    return not listed and "'" not in nxt and "\u05f3" not in nxt


def _member_ends(words: list[str], j: int) -> bool:
    """Whether a list's first one-word member ends before `j`: a comma, a mark, the end, or "and" glued to
    the next listed family name ("השרים X וY")."""
    if j >= len(words) or words[j] in (",", ".", ";", ":", ")"):
        return True
    return words[j][:1] == "ו" and _listed(words[j][1:]) is not None


def _opens_clause(words: list[str], i: int) -> bool:
    """Whether the word at `i` opens a clause as its subject: first in the sentence, or after a mark, "and", "also"
    or a sentence adverb ("גם X", "ואילו X", "אולם X"), not after a head that names a thing after a person
    ("מכון X", "רחוב X") or a body's."""
    if i == 0:
        return True
    before = words[i - 1]
    return before in (",", ":", ";", "-", "–", "גם", "ואילו", "אולם", "אך", "אבל", "ואף", "אף", "כך", "לכן", "אז")


def _named_in_full(family: str, index: PeopleIndex) -> bool:
    return any(p.name.split()[-1] == family and len(p.name.split()) > 1 for p in index.people)


def _possessed(word: str) -> bool:
    """A noun with a possessive ending before "של" ("התפטרותו", "גרסתה", "ממשלתם"), not a preposition."""
    return len(word) >= 4 and word.endswith(("ו", "ה", "ם", "ן")) and word not in ("אותו", "אותה", "עליו", "ממנו")


def _between(words: list[str], i: int, sentence: int, index: PeopleIndex) -> None:
    """ "בין X לבין Y", "בין X ל-Y", "בין X וY": two people when both are family names only."""
    nxt = words[i + 1 : i + 2]
    second = None
    if nxt == ["לבין"] and i + 2 < len(words):
        second = words[i + 2] if family_only(words[i + 2]) else None
    elif nxt and nxt[0][:1] in "לו":
        second = _glued(nxt[0])
    if second is not None:
        index.add(words[i], None, sentence)
        index.add(second, None, sentence)


def _plural_role_lists(words: list[str], sentence: int, index: PeopleIndex) -> None:
    """ "השרים X ו-Y", "השופטים X, Y וZ", "חברי הוועד היו X, Y וZ": a plural role (a plural title, or a group's
    construct head and its definite complement, perhaps then "היו" or a colon), then family names joined by
    commas and ו, each of which takes the role. The first must be a family name only; in the list that
    follows, any listed family name (one that is a word too, "קפלן", stands in a list of names there)."""
    for i, w in enumerate(words):
        if w in _PLURAL_ROLES:
            k = i + 1
        elif i + 1 < len(words) and f"{w} {words[i + 1]}" in _PLURAL_ROLES:
            k = i + 2
        elif w in _GROUP_HEADS:
            k = i + 1
            while k < len(words) and k < i + 3 and words[k][:1] == "ה" and words[k] not in _COPULAS:
                k += 1  # "חברי הוועד המנהל"
            if k == i + 1:
                continue
        else:
            continue
        role = " ".join(words[i:k])
        if k < len(words) and words[k] in ("היו", "הם", "הן", ":", "ביניהם"):
            k += 1  # (a copula or a colon before the list is no part of the role)
        names: list[str] = []
        while k < len(words):
            if names and words[k] == ",":
                k += 1
                continue
            word = words[k]
            joined = bool(names) and word[:1] == "ו"
            name = _glued(word) if not names else _listed(word[1:] if joined else word)
            if name is None or (not names and (word != name or not _member_ends(words, k + 1))):
                break  # (the first member a whole name: "חברי הכנסת X Y ו..." is a given and a family name)
            names.append(name)
            k += 1
            if joined:
                break  # "and" closes the list
        if names:
            for name in names:
                index.add(name, role, sentence)


_COPULAS = {"היו", "הם", "הן", "היה", "הייתה", "היתה", "הוא", "היא"}


def _listed(word: str) -> str | None:
    """A later member of a list of names: any listed family name that is no given name, place or body."""
    if word in hebrew_family_names() and not he_given(word) and lookup(word) is None and len(word) >= 2:
        return word
    return None

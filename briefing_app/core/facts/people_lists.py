"""A list of names whose member starts with a word the gazetteer took for a town: "Ngozi Adeyemi and Kofi
Mensah were sentenced". Many given names of Africa and Asia are also towns, and the name lists know few of
them; inside a list of people, a town's name followed by a capitalised word that is no place, title or common
word is a given name and a family name. Read by the list reader of `people`."""

from __future__ import annotations

import re

from briefing_app.core.facts.gated import gated
from briefing_app.core.facts.gazetteer import known_names, person_names
from briefing_app.core.facts.people_nationality import is_nationality
from briefing_app.core.facts.people_roles import is_title
from briefing_app.core.facts.people_shapes import NAME_WORD
from briefing_app.core.facts.places import LEADING_FUNCTION_WORDS
from briefing_app.core.facts.roles import is_role_noun


def town_first_words(
    members: list[tuple[int, str]], taken: list[tuple[int, int]], lowercase_words: set[str]
) -> tuple[list[tuple[int, int]], list[str]]:
    """The stretches taken before, less those that are only the first word of a two-word member ("Ngozi" of
    "Ngozi Adeyemi") when that word is a one-word place and the second word could end a name; with those
    first words. The list reader still asks for a known member, a role or a verb before taking any member."""
    places = known_names()
    kept = list(taken)
    towns: list[str] = []
    for at, name in members:
        words = name.split()
        if len(words) != 2 or words[0] not in places:
            continue
        first, second = (at, at + len(words[0])), (at + len(words[0]) + 1, at + len(name))
        covering = [span for span in kept if span[0] < first[1] and first[0] < span[1]]
        if (
            covering != [first]
            or any(a < second[1] and second[0] < b for a, b in kept)
            or words[1] in places
            or words[1].lower() in lowercase_words
            or is_title(words[1])
            or is_role_noun(words[1].lower())
            or is_nationality(words[1])
            or not re.fullmatch(NAME_WORD, words[1])
        ):
            continue
        kept.remove(first)
        towns.append(name)
    return kept, towns


def give_back_first_words(names: list[str], article: tuple[list[str], tuple[str, ...]]) -> None:
    """The town a person's given name was taken for is no place of the article when the article never writes
    that word but before the same family name (`article` is the list of names given back, which the place
    finder's facts lose, and the article's sentences)."""
    reclaimed, texts = article
    for name in names:
        first, second = name.split()
        alone = re.compile(rf"(?<![\w-]){re.escape(first)}(?!\s+{re.escape(second)})(?![\w-])")
        if not any(alone.search(t) for t in texts):
            reclaimed.append(first)


# "Uddo, Hafa and their wives", "Kamal and his wife": single names joined to their own kin.
_WITH_KIN = gated(
    r"(?<![\w'’-])((?:[A-Z][a-z]{2,},\s+)*[A-Z][a-z]{2,}),?\s+and\s+(?:their|his|her)\s+(?:wives|husbands|children|"
    r"kids|families|sons|daughters|parents|wife|husband|family|son|daughter|children)\b"
)


def names_with_kin(text: str, lowercase_words: set[str], taken: list[tuple[int, int]]) -> list[str]:
    """The single names a sentence joins to their own kin ("Uddo, Hafa and their wives"): only people have
    wives and children. A place, a people, a title, a role or a common word of the article is none."""
    places = known_names()
    found = []
    for m in _WITH_KIN.finditer(text):
        for w in re.finditer(r"[A-Z][a-z]+", m.group(1)):
            at, name = m.start(1) + w.start(), w.group(0)
            if (
                name in places
                or name.lower() in lowercase_words
                or is_nationality(name)
                or is_title(name)
                or is_role_noun(name.lower())
                or any(a < at + len(name) and at < b for a, b in taken)
            ):
                continue
            found.append(name)
    return found


# "Fatma and Omar Haddad": a given name joined to a full name that shares the family name (a couple, siblings).
_PAIR_OF_GIVEN = re.compile(
    r"(?<![\w'’-])([A-Z][a-z]{2,})\s+(?:and|og)\s+([A-Z][a-z]+)\s+([A-Z][\w'’-]+)"
)


def given_names_before_a_couple(text: str, lowercase_words: set[str], taken: list[tuple[int, int]]) -> list[str]:
    """The given names written alone before "and" and a given name with a family name, which is both
    people's ("Fatma and Omar Haddad offered their home"): the first word is a person too, when it is no place,
    people, title, role, common word or part of an organisation."""
    if " and " not in text and " og " not in text:
        return []
    places = known_names()
    given = person_names()[0]
    found = []
    for m in _PAIR_OF_GIVEN.finditer(text):
        name, at = m.group(1), m.start(1)
        if (
            m.group(2) not in given
            or m.group(2).lower() in LEADING_FUNCTION_WORDS
            # (a capitalised word or a list before it: "Martha Stewart and Joe Boxer", "Aura, Gringo and The ...")
            or re.search(r"(?:[A-Z][\w'’-]*|,)\s*$", text[:at])
            or name in places
            or name.lower() in lowercase_words
            or is_nationality(name)
            or is_title(name)
            or is_role_noun(name.lower())
            or any(a < m.end() and at < b for a, b in taken)
        ):
            continue
        found.append(name)
    return found


# A plural role set off by a comma before a list of names: "questioned by the defendant's lawyers, A and B".
PLURAL_SET_OFF = re.compile(
    r"(?:\b(?:the|his|her|their|its)\s+|[\w.-]+['’]s\s+)((?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)s),\s*$"
)

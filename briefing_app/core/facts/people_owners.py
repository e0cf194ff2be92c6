"""Names in the genitive before a person's full name are whose that person is, not people: "Dudley North's Jane
Roe" (a seat), "Kessby Rovers' Max Holm" (a club). News copy names an MP by the seat, a player by the club and
a minister by the party this way; a person's own name is hardly ever the owner of another person's."""

from __future__ import annotations

import re

from briefing_app.core.facts.entity_tagger import CLEAR_MARGIN, tag_sentence
from briefing_app.core.facts.gazetteer import person_names
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.name_words import LEADING_FUNCTION_WORDS
from briefing_app.core.facts.people_index import PeopleIndex
from briefing_app.core.facts.people_role_words import is_title
from briefing_app.core.facts.pos_tagger import tag_sentence as pos_tags


def drop_owners_of_people(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Drop the people every mention of whom is a genitive right before a given name and a capitalised word."""
    texts = {s.index: s.text for s in sentences}
    given = person_names()[0]
    keep = []
    for person in index.people:
        name = re.escape(person.name)
        pattern = re.compile(rf"(?<![\w-]){name}(?![\w-])(.{{0,40}})")
        mentions = [m for i in person.sentences for m in pattern.finditer(texts.get(i, ""))]
        owners = [m for m in mentions if _before_a_full_name(m.group(1), given)]
        if mentions and len(owners) == len(mentions) and len(person.name.split()) > 1 and not person.role:
            continue  # (a titled name owns what follows: "Director Jane Roe's King Kong")
        keep.append(person)
    index.people = keep


def _before_a_full_name(after: str, given: frozenset[str]) -> bool:
    m = re.match(r"['’]s?\s+([A-Z][a-z]+)\s+[A-Z][a-z]", after)
    # (not a work's title opening with a small word: "Jane Roe's In The Long Dark" is her album, "In" no given name)
    return m is not None and m.group(1) in given and m.group(1).lower() not in LEADING_FUNCTION_WORDS


# "Lichfield's Jane Roe", "the Liberal Democrats' Max Holm": a capitalised owner in the genitive, then a given name
# and a family name (a third capitalised word when it is no given name: "Plaid Cymru's Ann Wyn Lee").
_OWNED_NAME = re.compile(
    r"(?<![\w'’-])[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}(?:['’]s|s['’])\s+([A-Z][a-z]+\s+[A-Z][\w'’-]*[a-z](?:\s+[A-Z][a-z]+)?)"
    r"(?![\w'’-])"
)


def owned_names(text: str, lowercase_words: set[str], taken: list[tuple[int, int]]) -> list[str]:
    """The full names a sentence gives after an owner in the genitive ("Dudley North's Jane Roe, Kessby's Max
    Holm and ..."): the first word a listed given name, no word of the name one the article writes in lower case,
    and no part of a place or body already found."""
    given = person_names()[0]
    found = []
    for m in _OWNED_NAME.finditer(text):
        words = m.group(1).split()
        if words[0] not in given or is_title(words[0]) or any(w.lower() in lowercase_words for w in words[1:]):
            continue
        if len(words) == 3 and (words[2] in given or words[2].lower() in lowercase_words):
            words = words[:2]  # ("Kessby's Jane Roe Monday": the name ends before a word of another kind)
        at = m.start(1)
        if any(a < at + len(m.group(1)) and at < b for a, b in taken):
            continue
        name = " ".join(words)
        after = at + len(name)
        if re.match(r"\s+[a-z]", text[after:]) and _next_tag(text, after) == "NOUN":
            continue  # "Hong Kong's Hang Seng index": a noun the name qualifies, no person
        if any(e.type != "PER" and name in e.text and e.margin > CLEAR_MARGIN for e in tag_sentence(text, words[0])):
            continue  # "London's Royal Albert Hall": a hall the tagger clearly knows, though "Royal" is a given name
        found.append(name)
    return found



def _next_tag(text: str, end: int) -> str | None:
    """The part of speech of the first word after `end`."""
    return next((tag for start, _, tag in pos_tags(text) if start >= end), None)

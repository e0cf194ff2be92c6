"""Capitalised runs that name a work or a band, not a person, by their shape alone:

* a run that opens with the English article ("The Sandmen", "The Folk Factory"), in English copy or quoted in
  Danish: no person's name starts with "The";
* a run of two words or more standing alone between quote marks ('sange som ”Voodoo” og ”O Dessverre”', 'the
  album "Blue Harbour"'): a title, as copy quotes the names of songs, albums, films and shows;
* and, the other way, a person's name glued to a noun by a hyphen ("Brian Eno-klassikeren"), cut back to the name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.gazetteer import person_names
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.people_index import Person
from briefing_app.core.facts.people_nationality import is_nationality
from briefing_app.core.facts.people_runs import Run, Sentence
from briefing_app.core.facts.roles import is_person_noun

# (a straight single mark too, as Danish copy quotes songs: "numre som 'White Nights' og ...", opening after a space)
_OPENED = re.compile(r"(?:[\"“”„»«‘]|(?:^|(?<=\s))')\s*$")
_CLOSED = re.compile(r"\s*[\"“”„»«’']")


def quoted_title(sentence: Sentence, run: Run) -> bool:
    """Whether the run is a title alone in quote marks: two words or more, no title before it, no person of the
    name known to the article."""
    return (
        len(run.name_tokens) >= 2
        and not run.title
        and _OPENED.search(run.before) is not None
        # (a closing straight mark may have gone with the last word as its apostrophe: "'White Nights' og")
        and (_CLOSED.match(run.after) is not None or f"'{run.name}'" in sentence.text)
        and sentence.people.find(run.name) is None
    )


# A definite article and one or two adjectives in lower case before one capitalised word: "det britiske Underhus",
# "the Danish Folketing" name a body or a thing; people are not named with an article. (Not the words that
# describe a person so: "the late Holm", "den unge Jensen", nor an age, "den 45-årige Jensen".)
_DEFINITE_BEFORE = re.compile(r"(?:^|\s)(?:[Tt]he|[Dd]et|[Dd]en|[Dd]e)\s+((?:[a-zæøå][a-zæøå-]*\s+){1,2})$")
_PERSON_ADJECTIVES = frozenset(
    {"late", "former", "young", "old", "veteran", "elder", "younger", "older", "great", "legendary", "unge", "gamle",
     "afdøde", "tidligere", "kendte", "berømte", "afgående", "nye", "new"}
)  # fmt: skip


def definite_noun(sentence: Sentence, run: Run) -> bool:
    """Whether a one-word run stands after a definite article and adjectives (see _DEFINITE_BEFORE)."""
    m = _DEFINITE_BEFORE.search(run.before) if len(run.name_tokens) == 1 and not run.title else None
    if m is None:
        return False
    words = m.group(1).split()
    return all(_adjective(w) for w in words) and sentence.people.find(run.name) is None


def _adjective(word: str) -> bool:
    """A word of an adjective's shape, no person noun ("the designer Halston") nor a word describing a person:
    a people's adjective ("British", "danske") or the endings of English and Danish adjectives ("britiske",
    "national", "store"); not "the debate including X"."""
    if word in _PERSON_ADJECTIVES or is_person_noun(word) or re.search(r"\d", word):
        return False
    return is_nationality(word.capitalize()) or word.endswith(("ske", "ige", "lige", "ish", "ese", "ian", "al", "ic"))


# A work's title and its subtitle around a colon in running text ("Tern Quest: Ashfall slipped to fifth",
# "Moon Harbour: The Drowned Crown took £2m"): the words on either side name one work, and the
# title goes on into the sentence with a word in lower case (its verb). A colon after a saying verb opens speech
# ("told Kessby Radio: Jane Roe is ..."), and one after a team's name opens its line-up ("Wessex: Roe, Holm, ..."),
# which goes on with a comma, never with a lower-case word; a handle before a colon ("@kessbynews: Jane Roe was
# freed") opens a quoted post.
_SUBTITLE_BEFORE = re.compile(r"(?<![@\w])[A-Z][\w'’.-]*:\s+(?:(?:The|A|An)\s+)?$")  # (no "@handle:", a tweet's)
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|tells|added|adds|wrote|writes|asked|asks|explained|insisted)\b")
_SUBTITLE_AFTER = re.compile(r":\s+(?:(?:The|A|An)\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}\s+[a-z]")
_NO_SUBTITLE = frozenset("I We He She It They You There This That These Those".split())  # ("Roe: I am ...")


def colon_title(sentence: Sentence, run: Run) -> bool:
    """Whether the run is a work's title or subtitle on one side of a colon (see _SUBTITLE_BEFORE): after the colon,
    or before one when the run opens with no given name (a show named for its host, "Max Holm: Coast Walks", is
    read as the host) and the sentence is no headline ("Roe: The deal is done" quotes Roe)."""
    if sentence.lang != "en" or run.title or sentence.people.find(run.name) is not None:
        return False
    went_on = re.match(r"\s+[a-z]", run.after) is not None
    if went_on and _SUBTITLE_BEFORE.search(run.before) and not _SPEECH_BEFORE.search(run.before):
        return True
    subtitle = _SUBTITLE_AFTER.match(run.after)
    return (
        subtitle is not None
        and not sentence.headline
        and run.after.split()[1] not in _NO_SUBTITLE
        and run.name_tokens[0] not in person_names()[0]
    )


_DROP_ARTICLE_NAMES_RE1 = re.compile(r"(?:The|af)\s")
_DROP_ARTICLE_NAMES_RE2 = re.compile(r"\d")


def drop_article_names(persons: Sequence[Fact]) -> list[Fact]:
    """The people less those whose name opens with "The" (a band's or a work's name: "The Sandmen") or with the
    Danish "af" (the rest of a body's name: "Fællesrådet af Grundejerforeninger"; a noble's "af" follows a given
    name), or holds a digit (a channel's or a product's: "DR P7Mix"; no person's name is written with one)."""
    return [
        p for p in persons if not _DROP_ARTICLE_NAMES_RE1.match(p.text) and not _DROP_ARTICLE_NAMES_RE2.search(p.text)
    ]


# A word after a suspended compound's hyphen and comma ("Klima-, Miljø og Teknikudvalget", "Energi-, Forsynings- og
# Klimaministeriet"): a part of a body's name, written in pieces.
_SUSPENDED_BEFORE = re.compile(r"[A-Za-zÆØÅæøå]-,?\s+$")


def suspended_compound(sentence: Sentence, run: Run) -> bool:
    """Whether the run stands in a list of compounds sharing their last part (see _SUSPENDED_BEFORE)."""
    return (
        not run.title
        and _SUSPENDED_BEFORE.search(run.before) is not None
        and sentence.people.find(run.name) is None
    )


# A name's last word joined by a hyphen to a noun in lower case: "Brian Eno-klassikeren" (the Brian Eno classic),
# "Mette Holm-regeringen", "the Jane Roe-led group". The person is the name before the hyphen.
# (Danish definite nouns of six letters or more, or the English words that make a name an adjective; not the
# short syllables of Korean and Chinese given names: "Ban Ki-moon", "Hau Lung-bin")
_COMPOUND_TAIL = re.compile(
    r"^(.*\S)-(?:[a-zæøå]{4,}(?:en|et|erne|ene|ernes)|led|backed|era|style|inspired|owned|linked|esque|mania)$"
)


def trim_compound_tails(people: list[Person]) -> list[Person]:
    """The people with a lower-case noun glued to the name by a hyphen cut off; one already found under the cut
    name takes the mention's sentences."""
    out: list[Person] = []
    for person in people:
        m = _COMPOUND_TAIL.match(person.name) if " " in person.name else None
        if m is None:
            out.append(person)
            continue
        same = next((p for p in people if p.name == m.group(1)), None)
        if same is not None:
            same.sentences = sorted({*same.sentences, *person.sentences})
            same.role = same.role or person.role
            continue
        person.name = m.group(1)
        out.append(person)
    return out

"""English people named by one word with no cue the rules read: sports and crime copy names players and
suspects by surname alone as the subject or object of a verb ("X made a sloppy pass", "replacing X, Y and Z").
The English tagger (`entity_tagger.py`, learnt from GUM) reads a person from the words around the name; a
one-word name it tags as a person with a wide lead is taken, where the name is no word the article writes in
lower case, no word the lists hold as anything (place, body, role, people), not the sentence's first word and
not inside quote marks or a title-case line."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from briefing_app.core.facts.body_cues import BODY_AFTER_NAME
from briefing_app.core.facts.entity_tagger import is_headline, sentence_words, tag_sentence
from briefing_app.core.facts.gazetteer import known_names
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_nationality import is_nationality
from briefing_app.core.facts.people_not_names import OUTLET_AFTER, home_after_name
from briefing_app.core.facts.people_shapes import THING_KINDS
from briefing_app.core.facts.roles import is_role_noun
from briefing_app.core.facts.sports_teams import is_sports_story

# A lead over the best other tag that the tagger gives names it reads from their use alone (subjects of verbs of
# doing, members of a list of people); tagged names under it are as often bodies or things.
WIDE_MARGIN = 20.0
# In a match report (`is_sports_story`): on the English dev articles a lead of 10 added one right player and no
# wrong name; lower leads added one more right name and none wrong, too few to tell.
SPORTS_MARGIN = 10.0
# A capitalised word after a word in lower case or a comma, not followed by another capitalised word (a name of
# several words is the rules' business; "As Ben Roe said" is no "Ben").
_CAPITALISED = re.compile(r"(?<=[a-z,;] )([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?![\w'’-])(?!\s+(?:[A-Z]|&))")

# What follows a body, never a person: its analysts or economists ("Jefferies analysts wrote"), "said its".
_BODY_AFTER = re.compile(rf"\s+{BODY_AFTER_NAME}")


def tagged_one_word_people(
    sentences: Sequence[SourceSentence], language: str, taken: Collection[str], lowercase: Collection[str]
) -> list[tuple[str, int]]:
    """(name, sentence index) of one-word people the tagger clearly reads and nothing else took."""
    if language != "en":
        return []
    # (a match report names players by surname alone as often as not, so the tagger's reading of a verb of the
    # game is taken with a narrower lead there)
    margin = SPORTS_MARGIN if is_sports_story("\n".join(s.text for s in sentences)) else WIDE_MARGIN
    out: list[tuple[str, int]] = []
    for s in sentences:
        # (by where the word stands: "Margao (Goa): ... in Margao on Monday" tags the dateline's word, which is
        # no candidate, and not the one after "in")
        candidates = {
            (m.group(1), m.start(1))
            for m in _CAPITALISED.finditer(s.text)
            if _usable(m.group(1), taken, lowercase)
            and not _quoted(s.text, m.start(1))
            and not _after_a_kind_of_thing(s.text, m.start(1))
            and not _BODY_AFTER.match(s.text, m.end(1))
            and not OUTLET_AFTER.match(s.text, m.end(1))  # ("told the Dawn newspaper": a paper's title)
            # ("debated in the House next week": one capitalised word after "the" names a thing or a body)
            and not re.search(r"(?:^|\s)the\s$", s.text[: m.start(1)])
            and not _after_a_place(s.text, m.start(1), taken)
            and not _after_a_capitalised_word(s.text, m.start(1))
            and not _owned_modifier(s.text, m.start(1), m.end(1))
            and not home_after_name(s.text[: m.start(1)])  # ("Jane Roe, of Kessby;": where she lives)
        }
        if not candidates or is_headline(sentence_words(s.text)):
            continue
        for entity in tag_sentence(s.text):
            if entity.type == "PER" and (entity.text, entity.start) in candidates and entity.margin >= margin:
                out.append((entity.text, s.index))
    return out


# "near its Alpha gate", "their Gold package": a capitalised word between a possessive determiner and a lower-case
# noun names the thing, no person.
_OWNED_THING = re.compile(r"\b(?:its|their|our|his|her|your)\s+$", re.IGNORECASE)
_NOUN_NEXT = re.compile(r"\s+[a-z][a-z-]+\b")


def _owned_modifier(text: str, start: int, end: int) -> bool:
    return _OWNED_THING.search(text[:start]) is not None and _NOUN_NEXT.match(text, end) is not None


def _usable(word: str, taken: Collection[str], lowercase: Collection[str]) -> bool:
    return not (
        word in taken
        or word in known_names()
        or word.lower() in lowercase
        or is_nationality(word)
        or is_role_noun(word.lower())
    )


def _after_a_capitalised_word(text: str, at: int) -> bool:
    """Whether the word at `at` follows a capitalised word and a space ("Operation Lucy", "Storm Ciara"): the last
    word of a longer name, which the rules read whole (`_CAPITALISED` looks back at one letter only)."""
    return re.search(r"(?:^|\s)[A-Z][\w'’.-]*\s$", text[:at]) is not None


def _after_a_place(text: str, at: int, taken: Collection[str]) -> bool:
    """Whether the word at `at` follows a place or body found and a comma: "at Church Lane, Adel, with ...", "in
    Marsh Road, Hoxley": an address's district or town after its street."""
    before = re.search(r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s+$", text[:at])
    return before is not None and before.group(1) in taken


def _after_a_kind_of_thing(text: str, at: int) -> bool:
    """Whether the word at `at` follows the kind of thing it names ("the comedy series X", "the band X")."""
    before = re.search(r"([a-z]+)\s+$", text[:at])
    return before is not None and before.group(1) in THING_KINDS


def _quoted(text: str, at: int) -> bool:
    """Whether `at` falls inside a pair of quote marks (a title, a nickname or a quote's words)."""
    before = text[:at]
    return (before.count('"') % 2 == 1) or before.count("“") > before.count("”")

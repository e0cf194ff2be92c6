"""Danish people the statistical tagger names and the rules did not: a surname alone with no title or speech
verb near it ("Brandtoft mødtes med Halvorsen"), a given name alone ("Ifølge Søren er ..."), a name no list holds in
a sentence with no cue. The tagger (`entity_tagger_da.py`, learnt from Danish newspaper text) reads a person
from the words around the name; only names it tags as a person with a clear lead are taken (on held-out
treebank text a person tagged with a lead of 10 or more is right about nine times in ten), with no role noun,
place or body among their words, and none of their words already found as a name of any kind."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from briefing_app.core.facts.entity_tagger_da import common_words, tag_sentence
from briefing_app.core.facts.gazetteer import known_names, person_names
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_evidence import DA_NOT_OWNED
from briefing_app.core.facts.people_placed import located_by_a_place
from briefing_app.core.facts.people_shapes import OWNED_AFTER
from briefing_app.core.facts.roles import is_role_noun

# The smallest lead of the person tag over the best other tag, over the name's words.
CLEAR_MARGIN = 10.0
# An opening quote mark and one or two lower- or upper-case words before the name, inside the same marks.
_SHORT_TITLE = re.compile(r"[«»\"“]\s*(?:[\wæøåÆØÅ-]+\s+){1,2}$")
_NAME_WORD = re.compile(r"[A-ZÆØÅ][^\W\d_]*(?:[-'’][A-ZÆØÅ]?[^\W\d_]+)*\.?")


def tagged_people(
    sentences: Sequence[SourceSentence], language: str, taken: Collection[str], bodies: Collection[str]
) -> list[tuple[str, int]]:
    """(name, sentence index) of the people the tagger clearly reads that the rules left out (`taken`: names and
    words of names already found; `bodies`: the places and organisations found); a Danish genitive "s" before
    what the person owns comes off ("Halvorsens regering" -> "Halvorsen")."""
    if language != "da":
        return []
    out: list[tuple[str, int]] = []
    given = person_names()[0]
    for s in sentences:
        for entity in tag_sentence(s.text):
            if entity.type != "PER" or entity.margin < CLEAR_MARGIN:
                continue
            words = entity.text.split()
            if not all(_NAME_WORD.fullmatch(w) for w in words) or words[-1].endswith("."):
                continue  # digits, a lone initial last: a code, a title or a cut name
            if any(w in taken or w in known_names() or is_role_noun(w) for w in words):
                continue  # a name already read (as a person, place or body), or a title read into the name
            if words[0].endswith("ske") and len(words) > 1 and words[0] not in given:
                continue  # "Jydske Vestkysten", "Fynske Medier": an adjective in -ske opens a paper's or body's name
            if len(words) > 1 and words[0].endswith("e") and words[0].lower() in common_words() and (
                    words[0] not in given):
                continue  # "Nationale Færdselscenter", "Lokale Demokrater": any adjective in -e likewise
            if s.text[: entity.start].rstrip().endswith(('"', "«", "»", "“", "'", "‘")):
                continue  # a title or a nickname in quote marks
            if _SHORT_TITLE.search(s.text[: entity.start]) and re.match(r"\s*[«»\"”]", s.text[entity.end :]):
                continue  # "restauranten »Hos Svend«": a name of a place or a work, a few words in quote marks
            if OWNED_AFTER.match(s.text[entity.end :]):
                continue  # "Karla Seafoods, der også er ejet af Insula": a business
            if _listed_with_a_body(s.text[: entity.start], bodies):
                continue  # "rivalerne i Vestkøb og Halmart": listed with a body, one of a pair of bodies
            if located_by_a_place(s.text[entity.end :], bodies):
                continue  # "til Vester Såby midt mellem Roskilde og Ringsted": a place placed by places
            name = entity.text
            last = words[-1]
            following = re.match(r"\s+([a-zæøå]+)", s.text[entity.end :])
            if (
                following
                and following.group(1) not in DA_NOT_OWNED
                and last.endswith("s")
                and len(last) > 3
                and last not in given
                and not re.search(r"([aeiouyæøå])\1s$|ss$", last)
            ):
                name = name[:-1]  # "Halvorsens regering": the genitive, written without an apostrophe
                if name.split()[-1] in taken:
                    continue
            out.append((name, s.index))
    return out


def _listed_with_a_body(before: str, bodies: Collection[str]) -> bool:
    """Whether the text before a name ends in a place or body found and "og", "eller" or a comma."""
    m = re.search(r"(\S+(?:\s+\S+){0,3})\s*(?:,|\s+og|\s+eller)\s+$", before)
    if m is None:
        return False
    words = m.group(1).split()
    return any(" ".join(words[i:]) in bodies for i in range(len(words)))

"""Arabic places the statistical tagger names and the gazetteer does not hold under that spelling ("البوسنة",
"إسطنبول" with its hamza, a town of a far country): the tagger (`entity_tagger_ar.py`, learnt from Arabic
newswire) reads a place from the words around it. Only names it tags as a place with a clear lead, where a
place goes (after a locative preposition such as في, من, إلى, or one glued to it: بـ, لـ, and after و in a
list), are taken; the places finder adds them where no other name was found."""

from __future__ import annotations

import re

from briefing_app.core.facts.entity_tagger_ar import tag_sentence
from briefing_app.core.facts.people_ar_words import AR_ROLE_NOUNS
from briefing_app.core.facts.place_shapes_ar import bare_word_of_a_definite_town

# The smallest lead of the place tag over the best other tag, over the name's words (a confident tag leads by
# 20 to 60).
CLEAR_MARGIN = 25.0
# Where a place goes: a locative preposition or "and" before it, or a preposition or "and" glued to it.
_WHERE = re.compile(r"(?:^|\s)(?:في|من|إلى|الى|عن|نحو|قرب|داخل|عبر|مدينة|عاصمة|بين|و)\s*$|[بلو]$")


def tagged_places(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the places the tagger clearly reads in one sentence where a place goes, Arabic
    letters only, not in quote marks (a title or a brand)."""
    out = []
    for entity in tag_sentence(text):
        if entity.type != "LOC" or entity.margin < CLEAR_MARGIN:
            continue
        if not all("\u0621" <= ch <= "\u064a" or ch == " " for ch in entity.text):
            continue
        before = text[: entity.start]
        if _inside_a_role_noun(text, entity.start, entity.end) or bare_word_of_a_definite_town(
            text, entity.start, entity.end
        ):
            continue
        if before.rstrip().endswith(('"', "«", "“", "'")) or not _WHERE.search(before):
            continue
        out.append((entity.start, entity.end, entity.text))
    return out


def _inside_a_role_noun(text: str, start: int, end: int) -> bool:
    """Whether the tagged words are the tail of a role noun whose first letter the tagger split off as a clitic
    ("وكيل", undersecretary, read as "and" + a town): the whole word is the noun, no place follows "and"."""
    head = text.rfind(" ", 0, start) + 1
    if head == start:
        return False
    tail = re.match(r"[\u0621-\u064a]*", text[end:])
    word = text[head:end] + (tail.group(0) if tail else "")
    return word in AR_ROLE_NOUNS


def tagged_as_place(text: str, start: int, end: int) -> bool:
    """Whether the tagger's best reading of text[start:end] here is a place of just those words: for a
    town the gazetteer knows, named with no preposition before it ("قصفت الطائرات حلب"), the two agreeing is
    enough, with no clear lead asked of the tagger."""
    return any(
        # (a longer place the tagger reads, "أعالي النيل", is not the town or river its last word names)
        entity.type == "LOC" and entity.margin > 0 and entity.start == start and entity.end == end
        for entity in tag_sentence(text)
    )

"""Arabic names read one word too far: the rules that take a name after a role or title stop at a word they know
is no name (a particle, a time word, a glued preposition), but a verb of the clause right after a foreign name
("... رومانو برودي اتفق مع ...", "... كوندوليزا رايس نشرت ...") looks like one more word of it: Arabic has no
capitals, and a foreign name's words are in no list. The statistical tagger (`entity_tagger_ar.py`), which weighs
the words around the name, ends the person there; when it does so with a clear lead, the name is cut to it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing_app.core.facts.entity_tagger_ar import tag_sentence
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_nasab import _WORD, HADRAMI, chain_at
from briefing_app.core.facts.people_ar_words import _AR_IMPERFECT, _AR_NAME_LINKS, _ar_is_given
from briefing_app.core.facts.people_index import PeopleIndex
from briefing_app.core.facts.reporting_verbs import AR_ANY_SPEECH

# The tagger's smallest lead for its end of the name to be taken over the rules' (as for the names it adds,
# `people_ar_tagged.CLEAR_MARGIN`).
CLEAR_MARGIN = 15.0


def trim_run_on_names(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Cut every name of three words or more to the person the tagger clearly reads at its start, when the
    words cut off open with no word a name goes on with (a linking word, a given name, a definite family
    name), and a name of two words that is a known person's surname and one more word to that person; a person
    already known under the shorter name takes the mentions."""
    texts = {s.index: s.text for s in sentences}
    for person in list(index.people):
        words = person.name.split()
        if len(words) < 2:
            continue
        if len(words) == 2:
            # "الرئيس X قال", "X مواقفه": the surname of a person the article named in full (no given name, which
            # may open another person's name), then a word no name goes on with
            known = [p.name for p in index.people if p is not person and len(p.name.split()) > 1
                     and p.name.split()[-1] == words[0]]  # fmt: skip
            if len(known) != 1 or _ar_is_given(words[0]) or _ar_is_given(words[1]) or words[1] in _AR_NAME_LINKS:
                continue
            shorter = known[0]
        else:
            shorter = _tagged_prefix(person.name, [texts.get(i, "") for i in sorted(person.sentences)]) or ""
        if not shorter:
            continue
        cut = words[len(shorter.split()) :] if len(words) > 2 else words[1:]
        if cut[0] in _AR_NAME_LINKS or _ar_is_given(cut[0]) or (cut[0].startswith("ال") and len(cut) == 1):
            continue  # "X Y بن Z", "X Y الكعبي": the name may go on where the tagger stopped
        if len(cut) == 1 and HADRAMI.fullmatch(cut[0]) and any(w in _AR_NAME_LINKS for w in words):
            continue  # "X بن Y باعشن": a lineage name's family name in با, which the tagger may leave off
        if len(cut) == 1 and any(w in _AR_NAME_LINKS for w in words) and _whole_chain(words, texts.values()):
            continue  # "X بن Y فقيه أن": a lineage chain's bare family name a boundary closes (people_ar_nasab)
        if len(words) == 3 and all(map(_ar_is_given, words[:2])) and _closed_by_comma(person.name, texts.values()):
            continue  # "العقيد سامي فهد زبير، أن": a given and a father's name, then a family name before the comma
        if len(words) == 3 and all(map(_ar_is_given, words[:2])) and _closed_by_speech(person.name, texts.values()):
            continue  # "المواطن سامي فهد زبير قال:", "وقال سامي فهد زبير إن": the same, before what was said
        same = next((p for p in index.people if p is not person and p.name == shorter), None)
        if same is None:
            person.name = shorter
            continue
        for i in person.sentences:
            if i not in same.sentences:
                same.sentences.append(i)
        same.role = same.role or person.role
        index.people.remove(person)


def _whole_chain(words: list[str], texts: Iterable[str]) -> bool:
    """Whether the lineage grammar (`people_ar_nasab.chain_at`) reads all of `words` as one chain where the name is
    written: its family name without the article is closed by a boundary (a comma, أن, a role), not a verb."""
    if _PREPOSITION_AND_ARTICLE.match(words[-1]):
        return False  # "فهد بن سلطان بالرياض": a preposition and the article open a place or a thing, no family name
    for text in texts:
        found = _WORD.findall(text)
        for i in range(len(found) - len(words) + 1):
            if found[i : i + len(words)] == words and chain_at(found, i) == words:
                return True
    return False


# A preposition or conjunction glued to the article ("بالرياض", "للتنمية", "والمياه"): no family name opens so.
_PREPOSITION_AND_ARTICLE = re.compile(r"(?:ب|ل|و|ف|ك|وب|ول|فب|فل)ال|لل")


def _closed_by_comma(name: str, texts: Iterable[str]) -> bool:
    """Whether `name` is written right before a comma somewhere: the name ends there, as a verb of the clause
    would not (it runs on to its object or complement)."""
    closed = re.compile(rf"(?<![\u0621-\u064a]){re.escape(name)}\s*[،,]")
    return any(closed.search(t) for t in texts)


# What follows a speaker's name right where their words begin: a verb of saying after it (subject-verb order,
# "X قال:"), a colon, or the particle that opens what was said ("وقال X إن ...", "وأكد X أن ...").
_SPEECH_AFTER = re.compile(rf"\s*(?::|(?:[إأا]ن|{AR_ANY_SPEECH})(?![\u0621-\u064a]))")


def _closed_by_speech(name: str, texts: Iterable[str]) -> bool:
    """Whether `name` is written right before what its bearer said (a verb of saying, a colon, إن/أن): the name
    ends there. Not when its last word may itself be a verb (one of saying, or imperfect: "X Y يرى أن"), which
    would then be the clause's, no name's."""
    last = name.split()[-1]
    if re.fullmatch(AR_ANY_SPEECH, last) or _AR_IMPERFECT.match(last):
        return False
    closed = re.compile(rf"(?<![\u0621-\u064a]){re.escape(name)}(?={_SPEECH_AFTER.pattern})")
    return any(closed.search(t) for t in texts)


def _tagged_prefix(name: str, texts: list[str]) -> str | None:
    """The first words of `name` (two or more, fewer than all) that the tagger reads as a whole person where
    the name is first written, else None."""
    for text in texts:
        m = re.search(rf"(?<![\u0621-\u064a]){re.escape(name)}(?![\u0621-\u064a])", text)
        if m is None:
            continue
        words = name.split()
        for e in tag_sentence(text):
            if e.type != "PER" or e.margin < CLEAR_MARGIN or not 0 <= e.start - m.start() <= 2:
                continue
            found = e.text.split()
            if found[-1] in _AR_NAME_LINKS:
                continue  # "X أبو": a name's particle needs the word after it, the tagger stopped short
            if 2 <= len(found) < len(words) and found == words[: len(found)]:
                return e.text
        return None
    return None

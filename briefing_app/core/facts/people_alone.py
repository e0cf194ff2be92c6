"""A name the article also gives on its own: a family name standing alone in another sentence after the
full name ("Yarel Quendt ... Quendt said"), and what a single capitalised word must not be before the words
around it can make it a person (a place, a nationality, the start of a longer name, a sentence's first
word only). Read by `people_evidence`."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import person_names
from briefing_app.core.facts.people_index import strip_possessive
from briefing_app.core.facts.people_nationality import is_nationality
from briefing_app.core.facts.people_roles import is_title
from briefing_app.core.facts.people_runs import Run, Sentence
from briefing_app.core.facts.people_shapes import HONORIFICS
from briefing_app.core.facts.places import LEADING_FUNCTION_WORDS
from briefing_app.core.facts.roles import is_role_noun


def one_name(sentence: Sentence, run: Run, opening: bool = False) -> bool:
    """A single word that is no place, nationality, title or role, and that the article never writes as the
    first word of a longer capitalised name ("Acme" of "Acme Bank", "Real" of "Real Oviedo"). `opening`: what
    follows shows a name even as the sentence's first word ("X, who ...")."""
    if len(run.name_tokens) > 1:
        return True
    word = strip_possessive(run.name)
    if (
        len(word) < 3
        or word in sentence.places
        or is_nationality(word)
        or is_title(word)
        or is_role_noun(word)
        or word.lower() in LEADING_FUNCTION_WORDS
        or word.endswith("ly")
        or re.search(r"['’](?:ll|ve|re|d|m)$|\d", word)
        or any(is_nationality(part) for part in word.split("-"))
    ):
        return False
    longer = re.compile(rf"(?<![\w-]){re.escape(word)}\s+[A-Z]")
    if any(word in t and longer.search(t, t.find(word)) for t in sentence.article_texts):  # (from the word on)
        return False
    if opening or sentence.text[: run.start].strip(" \"'“‘–-"):
        return True
    # "Three months ...", "Despite ...": a sentence's first word is capitalised whatever it is; a name is
    # capitalised inside a sentence too
    inside = re.compile(rf"[\w,]\s+{re.escape(word)}(?![\w-])")
    return any(inside.search(t) for t in sentence.article_texts)


def two_given_names(tokens: list[str]) -> bool:
    """ "Juan Carlos Vega Ortiz": two given names then two family names, as Spanish and Portuguese write a
    full name."""
    given = person_names()[0]
    return tokens[0] in given and tokens[1] in given


def surname_used_alone(sentence: Sentence, run: Run) -> bool:
    """ "Yarel Quendt ... Quendt": news names a person in full once and by the family name alone after
    (blogs often by the given name: "Zewditu Haile ... Zewditu went to jail"); one word of the run, the
    first or the last but not both, standing on its own in another sentence (no capitalised word of a
    longer name next to it) says the run is a name whatever the name lists know. A body is taken up again
    whole or by its acronym; a maker and its product both stand alone ("Acme ... Zentra")."""
    first, last = run.name_tokens[0], strip_possessive(run.name_tokens[-1])
    if (
        len(last) < 3
        or not last[:1].isupper()
        or is_nationality(last)
        or last in sentence.places
        or any(is_title(t) or t.lower() in HONORIFICS for t in run.name_tokens)
        # "Late Jane Roe's ...": a capitalised word before a person already named is no given name
        or (len(run.name_tokens) > 2 and sentence.people.find(" ".join(run.name_tokens[1:])) is not None)
    ):
        return False
    first_alone, last_alone = _stands_alone(sentence, first), _stands_alone(sentence, last)
    return first_alone != last_alone


def _stands_alone(sentence: Sentence, word: str) -> bool:
    """Whether `word` stands in another sentence of the article as a name of its own: no capitalised word
    of a longer name next to it, a lower-case word after it ("Quendt said", "send Quendt a note"), and no
    article or preposition of place before it ("the Chrome browser", "in Chrome")."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
    for k, text in enumerate(sentence.article_texts):
        if k == sentence.index or word not in text:
            continue
        for m in pattern.finditer(text):
            before = re.search(r"([\w'’.-]+)\s+$", text[: m.start()])
            after = re.match(r"\s+([\w'’-]+)", text[m.end() :])
            if after is None or not after.group(1)[:1].islower():
                continue
            if before is None and k == 0 and not text.rstrip().endswith((".", "!", "?", '"', "”")):
                continue  # "Council budget 2017/18": a headline's first word is capitalised by its place
            if before is not None and (
                (before.group(1)[:1].isupper() and before.group(1).lower() not in sentence.lowercase_words)
                or before.group(1).lower() in ("the", "a", "an", "of", "in", "at", "from", "on", "to")
            ):
                continue
            return True
    return False

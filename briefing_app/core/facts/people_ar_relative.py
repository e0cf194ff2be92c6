"""Arabic people described by a relative clause right after the name: "بواسطة X Y الذي تلقى كرة" (through
X Y, who received a ball), "من X Y التي فازت". A relative pronoun agreeing with a person, after two words
that can be a name's and follow a preposition or a comma (so no noun before them takes them as its
adjective), says the two words are a person; one of them must be a known given name or spelt like a
transliterated foreign name, as the given-name lists lack most foreign ones."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_words import _ar_is_given, _plain_name_word, _transliterated
from briefing_app.core.facts.people_index import PeopleIndex

_TOKENS = re.compile(r"[\u0621-\u064a]+|\d+|[^\s\u0621-\u064a\d]")
_RELATIVE = {"الذي", "التي"}
# What may stand right before the name: a preposition (the name is its object) or a comma.
_BEFORE = {"بواسطة", "من", "إلى", "عن", "مع", "على", "ضد", "أمام", "عبر", "لدى", "بين", "يد", "،", ","}


def find_relative_names(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Every two-word name a relative pronoun describes right after it, into `index`."""
    for s in sentences:
        if "الذي" not in s.text and "التي" not in s.text:
            continue
        tokens = _TOKENS.findall(s.text)
        for i in range(3, len(tokens)):
            if tokens[i] not in _RELATIVE or tokens[i - 3] not in _BEFORE:
                continue
            first, second = tokens[i - 2], tokens[i - 1]
            if not all(_plain_name_word(w, verb_ok=True) for w in (first, second)):
                continue
            participle = re.fullmatch(r"م[\u0621-\u064a]{2,}ا", first) is not None and not _ar_is_given(first)
            if participle and second.startswith(("بال", "لل")):
                # "، مشيدا بالتعاون الذي أبداه": an accusative participle (م...ا) and its object after a glued
                # preposition and article, no name
                continue
            if _ar_is_given(first) or _transliterated(first) or _transliterated(second):
                index.add(f"{first} {second}", None, s.index)

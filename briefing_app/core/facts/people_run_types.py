"""The records the readers of a Latin-script sentence's people share: the sentence with what the rest of the
article tells about its words (`Sentence`), one candidate run while it is read (`Run`), and the test for a speech
verb ending the text before a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from briefing_app.core.facts.gazetteer import known_names, person_names
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_index import PeopleIndex
from briefing_app.core.facts.people_roles import SPEECH_VERBS
from briefing_app.core.facts.people_shapes import LOWER, UPPER


@dataclass(frozen=True)
class Sentence:
    """One sentence as the run readers see it, with what the rest of the article tells about its words."""

    index: int
    text: str  # "@Jane_Roe" handles spelled out as names, at the same length (offsets stay right)
    lang: str
    people: PeopleIndex  # the people found so far: a run that names one again needs no more evidence
    lowercase_words: set[str]  # a word the article also writes in lower case is a common word, no name
    taken: list[tuple[int, int]]  # stretches places and organisations hold
    headline: bool  # in a Title Case headline capitals are no evidence of a name
    reclaimed: list[str]  # collects the names a title showed to be people although a place or body took them
    article_texts: tuple[str, ...]  # every sentence of the article
    handles: frozenset[str]  # the article's social-media handles, lower-case letters only
    places: frozenset[str]
    verbs: str  # the language's speech verbs as one regex alternation


@dataclass
class Run:
    """One candidate while it is read: where the name stands, its title, and (filled by `people_evidence`)
    the role and whether the article shows it is a person."""

    start: int
    tokens: list[str]
    end: int
    run_start: int  # where the run began: a role before the run is read from here, not from the name's start
    owner: str = ""  # a body or workplace before the name ("UN" in "UN Special Envoy John Doe")
    reclaim: bool = False  # a title took the name back from a place or organisation
    title: list[str] = field(default_factory=list)
    name_tokens: list[str] = field(default_factory=list)
    name: str = ""
    before: str = ""
    after: str = ""
    own_handle: re.Match[str] | None = None  # "Jane Roe (@janeroe)"
    role: str | None = None
    evidence: bool = False
    appos: str | None = None  # a role set off after the name (apposition, bracket, copula, "from X")
    spoke: bool = False  # a speech verb right after the name or right before it
    member: bool = False  # "Jane Roe from Acme Watch": a name right after a body it may speak for
    placed: bool = False  # "shoppers at Harvey Nichols": after "at", "in": a place or a shop
    peer: str = ""  # "Lord" of "Lord Ashby": a peer goes by the title and one name, as "Baroness X" does
    honorific: bool = False  # "Mr", "Dr", "Sir" before the name (the title keeps no honorific once read)


_NICKNAME = re.compile(
    rf"(?<![\w'’-])([{UPPER}][{LOWER}]+\s)([\"“][{UPPER}][{LOWER}]+(?:\s[{UPPER}][{LOWER}]+)?[\"”]\s)([{UPPER}][{LOWER}]+)(?![\w-])"
)


def read_sentence(
    s: SourceSentence,
    lang: str,
    index: PeopleIndex,
    lowercase_words: set[str],
    taken: list[tuple[int, int]],
    headline: bool,
    reclaimed: list[str],
    article_texts: tuple[str, ...],
    handles: frozenset[str],
) -> Sentence:
    """The sentence with what every run of it is read against."""
    # "@Jane_Roe": a handle that is a given name and a family name joined by "_" names her (same length, so
    # every offset into the sentence stays right)
    text = re.sub(
        rf"@([{UPPER}][{LOWER}]+)_([{UPPER}][{LOWER}]+)\b",
        lambda h: f" {h.group(1)} {h.group(2)}" if h.group(1) in person_names()[0] else h.group(0),
        s.text,
    )
    # 'Jane "Jay" Roe': a nickname in quote marks between a given name and a family name is blanked,
    # so that the two read as one name (same length again)
    if not headline and ('"' in text or "“" in text):
        text = _NICKNAME.sub(lambda m: m.group(1) + " " * len(m.group(2)) + m.group(3), text)
    verbs = "|".join(SPEECH_VERBS.get(lang, SPEECH_VERBS["en"]))
    return Sentence(
        s.index, text, lang, index, lowercase_words, taken, headline, reclaimed, article_texts, handles,
        known_names(), verbs,
    )  # fmt: skip


@lru_cache(maxsize=16)  # one alternation of speech verbs per language
def _verb_at_end(verbs: str) -> tuple[re.Pattern[str], int]:
    """The pattern of a speech verb and a blank ending a text, and the length of its longest verb (0 when a
    verb is no plain word, so that its length is not known)."""
    plain = all(re.fullmatch(r"\w+(?: \w+)*", verb) for verb in verbs.split("|"))
    return re.compile(rf"\b(?:{verbs})\s+$"), max(map(len, verbs.split("|"))) if plain else 0


def verb_ends(verbs: str, before: str) -> bool:
    """Whether `before` ends with one of the speech verbs `verbs` and a blank (as `_verb_at_end`'s pattern
    finds). Only blanks follow the verb, so it ends where the blanks start: the pattern is tried only where a
    verb can begin, not at every word of the text."""
    pattern, longest = _verb_at_end(verbs)
    end = len(before.rstrip())
    if end == len(before):
        return False  # no blank at the end
    return pattern.search(before, max(0, end - longest) if longest else 0) is not None

"""Names that only a Title Case headline gives, checked against the story.

In a Title Case headline every word is capitalised, so a run of capitals there is no evidence of a name,
and the finders' other evidence misreads headline grammar: "Veteran Wraps Baby in American Flag, Photo
Sparks Controversy" gave a veteran called "Wraps Baby" and a person "Photo Sparks Controversy"; "Yahoo's
Sale to Verizon" the English town of Sale; "Havoc on What's Underneath" a body called "What". A story
names what its headline is about, so a person the headline alone names is kept only when the story writes
the name's last word capitalised too ("Roe" later), or the name opens with a known given name; a one-word
place or body the headline alone names, only when it is no common word.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.gazetteer import person_names
from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.people_index import PeopleIndex, Person, strip_possessive


def drop_headline_only_people(sentences: list[SourceSentence], index: PeopleIndex, headline: set[int]) -> None:
    """Drop the people named only in the Title Case headline paragraphs `headline` whom the story never names."""
    if not headline:
        return
    in_headline = {s.index for s in sentences if s.paragraph in headline}
    story = [s.text for s in sentences if s.paragraph not in headline]
    index.people = [p for p in index.people if not _unconfirmed(p, in_headline, story)]


def _unconfirmed(person: Person, in_headline: set[int], story: list[str]) -> bool:
    if not person.sentences or not set(person.sentences) <= in_headline:
        return False
    tokens = strip_possessive(person.name).split()
    if not tokens:
        return False
    if len(tokens) >= 2 and tokens[0] in person_names()[0]:
        return False  # "Jane Roe Wins Award": a given name opens it
    last = re.compile(rf"(?<![\w-]){re.escape(tokens[-1])}(?![\w-])")
    return not any(last.search(text) for text in story)


_TITLE_CASE_PARAGRAPHS_RE1 = re.compile(r"[.!?][\"”’»]?$")


def title_case_paragraphs(sentences: list[SourceSentence]) -> set[int]:
    """The first paragraph when it is written in Title Case (a headline), and the subheadings of the story
    (a later paragraph of a few Title Case words with no stop, comma or colon: "Disaster Response Team
    Deployment"): capitalised words there are no evidence of a name."""
    out = set()
    paragraphs: dict[int, list[str]] = {}
    for t in sentences:
        paragraphs.setdefault(t.paragraph, []).append(t.text)
    for k, (paragraph, texts) in enumerate(paragraphs.items()):
        # ("Ruritania: Controversy Over a Ban": a colon may cut the headline into two sentences)
        text = " ".join(texts).strip()
        if _TITLE_CASE_PARAGRAPHS_RE1.search(text):
            continue  # a headline has no full stop
        words = re.findall(r"[^\W\d_][\w'-]*", text)
        if k and (len(texts) > 1 or len(words) > 12 or re.search(r"[,:;\"“”–—]|\s-\s", text)):
            continue  # (a line in the story, a list of names, a label or a signed quote is no subheading)
        if len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) > 0.6:
            out.add(paragraph)
    return out


def drop_headline_only_things(facts: list[Fact], sentences: list[SourceSentence], language: str) -> list[Fact]:
    """`facts` without the one-word places and bodies that only an English Title Case headline names and
    that are common words ("Sale", "What")."""
    if language.split("-")[0].lower() != "en":
        return facts
    headline = title_case_paragraphs(sentences)
    if not headline:
        return facts
    in_headline = {s.index for s in sentences if s.paragraph in headline}
    story = [s.text for s in sentences if s.paragraph not in headline]
    return [f for f in facts if not _common_word_in_headline_only(f, in_headline, story)]


def _common_word_in_headline_only(fact: Fact, in_headline: set[int], story: list[str]) -> bool:
    if fact.kind not in ("place", "organisation"):
        return False
    # (also a run of common words after "The": "Leader The Party Will Be Shafted" is a clause in Title Case)
    words = fact.text.split()
    if words[0] == "The" and len(words) > 2:
        words = words[1:]
    if not all(w.lower() in common_words() for w in words) or (len(words) > 1 and not fact.text.startswith("The ")):
        return False
    if not set(fact.sentences or [fact.sentence]) <= in_headline:
        return False
    word = re.compile(rf"(?<![\w-]){re.escape(fact.text)}(?![\w-])")
    return not any(word.search(text) for text in story)

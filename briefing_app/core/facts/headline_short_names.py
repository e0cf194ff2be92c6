"""People a sentence-case headline names by a short form of a name the story writes in full.

Danish (and English tabloid) headlines shorten: "Mette F præciserer udtalelse" is Mette Frederiksen with her
family name cut to its initial; "Gnaven Glen efter straffedrama" puts an adjective before the given name of Glen
Riddersholm, whom the story names in full. The headline's capitals at the sentence's start make such a form look
like a name of its own, a second person the article never names. A person the headline alone names is the story's
person when the headline's form is the start of the story's full name, or an uncapitalisable word (no given name)
and then the story person's given name; the headline's mention goes to them.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import person_names
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_index import PeopleIndex, Person


def merge_headline_short_forms(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Fold into the story's person each person named only in the headline by a short form of their name."""
    if not sentences:
        return
    first = min(s.paragraph for s in sentences)
    heading = [s for s in sentences if s.paragraph == first]
    if re.search(r"[.!?][\"”’»]?$", " ".join(s.text for s in heading).strip()):
        return  # a paragraph with a full stop is the story's lead, no headline
    in_headline = {s.index for s in heading}
    story_text = [s.text for s in sentences if s.paragraph != first]
    story_people = [
        p for p in index.people if len(p.name.split()) >= 2 and any(p.name in text for text in story_text)
    ]
    kept: list[Person] = []
    for person in index.people:
        # (its family name's mentions may have given it story sentences: "Glen" of "Glen Riddersholm")
        headed = bool(person.sentences) and min(person.sentences) in in_headline
        full = _full_form(person, story_people, story_text) if headed else None
        if full is None:
            kept.append(person)
            continue
        full.take_sentences(person)
    index.people = kept


def _full_form(person: Person, story_people: list[Person], story_text: list[str]) -> Person | None:
    """The story person whose full name the headline's `person` shortens, or None."""
    tokens = person.name.split()
    written = re.compile(rf"(?<![\w-]){re.escape(person.name)}(?![\w-])")
    if len(tokens) != 2 or any(written.search(text) for text in story_text):
        return None
    # "Mette F" of "Mette Frederiksen": the headline's form opens the full name, its last word cut short
    opening = [q for q in story_people if q.name.startswith(person.name) and len(q.name) > len(person.name)]
    if len(opening) == 1 and re.fullmatch(r"[A-ZÆØÅ]\.?", tokens[1]):
        return opening[0]
    # "Gnaven Glen" of "Glen Riddersholm": a word that is no given name, then the full name's given name
    if tokens[0] in person_names()[0]:
        return None
    given = [q for q in story_people if q.name.split()[0] == tokens[1]]
    if len(given) == 1:
        return given[0]
    # "Lykkelig Steinlein" of "Claus Steinlein": the word, then the full name's family name
    family = [q for q in story_people if q.name.split()[-1] == tokens[1]]
    return family[0] if len(family) == 1 and not tokens[0].endswith(("'s", "’s")) else None

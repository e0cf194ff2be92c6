"""Arabic roles given after a found name by "وهو" / "وهي" (and he is, and she is): "وقال الدكتور X Y وهو طبيب
أعصاب في المستشفى", "X Y، وهي مواطنة صحفية، ...": what follows is what the person is, a role of theirs."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_words import _AR_FUNCTION, _AR_HEADS, _AR_NOT_NAMES, AR_ROLE_NOUNS
from briefing_app.core.facts.people_index import PeopleIndex, merge_roles

_AFTER = r"\s*[،,]?\s*(?:وهو|وهي)\s+([\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,7})"


def _role_word(word: str) -> bool:
    """A role noun or profession, with or without the article and the feminine ending (طبيب، صحفية، المواطن)."""
    core = word[2:] if word.startswith("ال") and len(word) > 3 else word
    return word in _AR_HEADS or core in AR_ROLE_NOUNS or core.removesuffix("ة") in AR_ROLE_NOUNS or (
        "ال" + core in _AR_HEADS or "ال" + core.removesuffix("ة") in _AR_HEADS
    )


def find_described_roles(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """A found person's name, then وهو/وهي and a role noun: the words up to a mark or a function word are a
    role of theirs (added to any role already known)."""
    texts = {s.index: s.text for s in sentences}
    for person in index.people:
        for i in person.sentences:
            m = re.search(rf"(?<![\u0621-\u064a]){re.escape(person.name)}{_AFTER}", texts.get(i, ""))
            if m is None:
                continue
            words = m.group(1).split()
            if not _role_word(words[0]):
                continue
            cut = next((k for k, w in enumerate(words) if k and (w in _AR_NOT_NAMES or w in _AR_FUNCTION)), len(words))
            person.role = merge_roles(person.role, " ".join(words[:cut]))
            break

"""A person's name with the preposition ب or ل glued to its first word: the object of a verb ("وأشاد المدرب
بأمير X لاعب الأهلي", "والتقى الوزير بخالد Y", "وتقدم بالشكر لمحمد Z"). Arabic writes these prepositions as one
word with the noun after them, and the name readers took "بأمير X" for the name and the subject's office right
before it ("المدرب", "الوزير") for its role; a later "وقال الوزير:" then went to the one the minister met. The
name is the word without the preposition, and an office that stands right before the glued preposition is the
verb's subject, no role of the object's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_words import _ar_is_given
from briefing_app.core.facts.people_index import PeopleIndex, merge_roles
from briefing_app.core.facts.reporting_verbs import AR_ANY_SPEECH

# Words of ب/ل and a noun that are no glued given name however the rest reads: "باسم" (in the name of).
_NOT_GLUED = {"باسم", "لدى", "لها", "لهم", "بها", "بهم"}


def glued_given(word: str) -> str | None:
    """The given name inside `word` when ب or ل is glued to it ("بأمير": "أمير"); None when the word is a given
    name as it stands ("بشير", "بلال", "لينا") or its rest is none."""
    if word[:1] not in ("ب", "ل") or len(word) < 4 or word in _NOT_GLUED or _ar_is_given(word):
        return None
    return word[1:] if _ar_is_given(word[1:]) else None


# A verb of saying takes its subject with no preposition: "قال بريان X" is Brian (ب and ريان would be Rayan); only
# "نوه ب" (praised) and its like take a person glued to ب.
_SAYING_BEFORE = re.compile(rf"(?:^|\s)(?!(?:و|ف)?نوه)({AR_ANY_SPEECH})\s+$")


def _object_at(word: str, text: str) -> bool:
    """Whether `word` stands in `text` as written, no و glued before it ("الثنائي X وبريان Y" is Brian, the name
    readers having taken the و off), and not right after a verb of saying, whose subject it would be."""
    for m in re.finditer(rf"(?<![\u0621-\u064a]){word}(?![\u0621-\u064a])", text):
        if _SAYING_BEFORE.search(text[: m.start()]) is None:
            return True
    return False


def unglue_object_names(sentences: Sequence[SourceSentence], index: PeopleIndex) -> None:
    """Every person whose name opens with a glued preposition named without it, the role parts read from the
    words right before the preposition dropped; one who then has the name of another joins that one."""
    texts = [s.text for s in sentences]
    for person in list(index.people):
        words = person.name.split()
        given = glued_given(words[0]) if len(words) > 1 else None
        if given is None or not any(_object_at(words[0], text) for text in texts):
            continue
        parts = [part for part in (person.role or "").split("; ") if part]
        # ("والتقى الوزير بخالد Y": the office right before the preposition is the subject's)
        kept = [part for part in parts if not any(f"{part} {person.name}" in text for text in texts)]
        person.name = " ".join([given, *words[1:]])
        person.role = "; ".join(kept) or None
        same = [p for p in index.people if p is not person and p.name == person.name]
        if same:
            other = same[0]
            if person.role:
                other.role = merge_roles(other.role, person.role)
            other.take_sentences(person)
            index.people.remove(person)


def glued_complement(name: str) -> bool:
    """Whether a two-word "name" goes on with a preposition glued to a hamza-initial noun ("نداء لأولياء الأمور":
    an appeal to the parents, the verb's object and whom it was sent to; "بإشراف"): no family name opens with لأ, لإ,
    بأ or بإ ("لافروف", with no hamza, is one)."""
    words = name.split()
    return len(words) == 2 and re.match(r"[لب][أإ]", words[1]) is not None and not _ar_is_given(words[1][1:])

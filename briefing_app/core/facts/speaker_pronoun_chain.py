"""A pronoun speaker whose sentence before opens with the same pronoun: the two pronouns are one person.

"Drejer, a professor, has defended high pay. But he cannot see the logic of a rise that makes Jørgensen one of the
best paid:" / "- It is hard to explain, he says.": the "he" who speaks is the "he" opening the sentence before,
whose own antecedent stands before that sentence; Jørgensen, named later in it as its object, is not the speaker.
"""

from __future__ import annotations

import re
from typing import Protocol

from briefing_app.core.facts.people_index import Person
from briefing_app.core.facts.speaker_described import dash_opening

# A conjunction or sentence adverb that may open the sentence before the pronoun.
_OPENERS = r"(?:(?:Men|Og|Så|Derfor|Samtidig|But|And|Yet|So|However|Still)\s+)?"


class _Speakers(Protocol):
    text: dict[int, str]

    def last_named(
        self, before: int, within: str = "", sex: str = "", skip: frozenset[str] = frozenset()
    ) -> Person | None: ...

    def in_text(self, text: str, last: bool = False) -> Person | None: ...


def chained_pronoun(
    speakers: _Speakers, mention: str, sentence: int, sex: str, skip: frozenset[str] = frozenset()
) -> Person | None:
    """The antecedent of the pronoun opening the sentence before `sentence` when it is `mention` and that sentence
    names someone after it (who would otherwise be taken); None otherwise."""
    sentence = dash_opening(speakers.text, sentence)  # (a Danish dash quote's sentences are the speaker's words)
    previous = speakers.text.get(sentence - 1, "")
    opening = re.match(rf"{_OPENERS}({re.escape(mention)})\b", previous, re.IGNORECASE)
    if opening is None or speakers.in_text(previous[opening.end() :]) is None:
        return None
    return speakers.last_named(sentence - 1, "", sex, skip)

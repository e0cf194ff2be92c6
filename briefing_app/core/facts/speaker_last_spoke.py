"""The one who spoke in the sentence before a pronoun speaker, when that sentence is about someone else.

"A scored early before B made it two, with the side, Klopp admits, simply not good enough." then '"...," he told
reporters.': the sentence's subject is A, but the one whose words it reports is Klopp (a comment clause ", X admits,"),
and the "he" who goes on talking is Klopp. The pronoun resolver otherwise takes the sentence's first-named subject.
(A quoting speech act, "... before Holm stood up and called the politicians 'clowns'." then "- ..., fortsatte han",
read as Holm's too, was dropped: it moved a quote of the project's fresh test batch the wrong way.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.gazetteer import lookup
from briefing_app.core.facts.people_index import Person
from briefing_app.core.facts.roles import is_role_noun

# A comment clause between commas: ", Klopp admits,", ", Roe said,", ", Hansen mener,".
_COMMENT_VERBS = (
    r"admits|admitted|says|said|insists|insisted|concedes|conceded|argues|argued|believes|believed|claims|claimed|"
    r"adds|added|notes|noted|acknowledges|acknowledged|explains|explained|warns|warned|reckons|recalls|recalled|"
    r"thinks|feels|suggests|suggested|siger|sagde|mener|erkender|indrømmer|påpeger|understreger|fortæller|fortalte"
)
_NAME = r"(?:[A-ZÆØÅ][\w'’-]+\s+){0,2}[A-ZÆØÅ][\w'’-]+"
_COMMENT = re.compile(rf",\s+({_NAME})\s+(?:{_COMMENT_VERBS})\s*,")
# A source the sentence opens with, whose account it reports: "According to Roe, the board ignored Lind's advice."
# then '"...," he said.': Roe goes on, not Lind, who is only spoken of.
_ACCORDING = re.compile(rf"(?:(?:But|And|Yet)\s+)?[Aa]ccording\s+to\s+({_NAME})\s*,")


def _lone_name(word: str) -> bool:
    """A capitalised word that can be nothing but a person's name: no common word, place, body or role."""
    low = word.lower()
    return low not in common_words() and lookup(word) is None and not is_role_noun(low)


def last_speaker_in(text: str, people: Sequence[Person]) -> tuple[str, Person | None] | None:
    """The one whose words `text` reports by a comment clause, when the sentence names someone else first: (the name
    as written, the person it is if known); None when it reports no one's words."""
    comment = _COMMENT.search(text) or _ACCORDING.match(text)
    if comment is not None:
        name = comment.group(1)
        known = next((p for p in people if p.key and p.key in name.split()), None)
        if known is not None or (" " not in name and _lone_name(name)):
            return name, known
    return None

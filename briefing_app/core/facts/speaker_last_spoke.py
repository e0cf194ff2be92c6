"""The one who spoke in the sentence before a pronoun speaker, when that sentence is about someone else.

"A scored early before B made it two, with the side, Klopp admits, simply not good enough." then '"...," he told
reporters.': the sentence's subject is A, but the one whose words it reports is Klopp (a comment clause ", X admits,"),
and the "he" who goes on talking is Klopp. Likewise "Y had to stop the interview before Holm stood up and called the
politicians 'clowns'." then "- ..., fortsatte han": the one whose speech act carries the quoted words (the subject
of "called" / "kaldte", named last before it) is the "he" who goes on. The pronoun resolver otherwise takes the
sentence's first-named subject.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.gazetteer import lookup
from briefing_app.core.facts.people_index import Person
from briefing_app.core.facts.roles import is_role_noun
from briefing_app.core.facts.entity_tagger import common_words

# A comment clause between commas: ", Klopp admits,", ", Roe said,", ", mener Hansen," is not taken (the Danish
# verb-second comment clause is read as a name after the verb below).
_COMMENT_VERBS = (
    r"admits|admitted|says|said|insists|insisted|concedes|conceded|argues|argued|believes|believed|claims|claimed|"
    r"adds|added|notes|noted|acknowledges|acknowledged|explains|explained|warns|warned|reckons|recalls|recalled|"
    r"thinks|feels|suggests|suggested|siger|sagde|mener|erkender|indrømmer|påpeger|understreger|fortæller|fortalte"
)
_NAME = r"(?:[A-ZÆØÅ][\w'’-]+\s+){0,2}[A-ZÆØÅ][\w'’-]+"
_COMMENT = re.compile(rf",\s+({_NAME})\s+(?:{_COMMENT_VERBS})\s*,")

# A verb of a speech act whose words the sentence quotes ("called the plan 'a farce'", "kaldte dem for 'x'").
_QUOTING_VERB = re.compile(
    r"\b(?:called|calls|dubbed|labelled|labeled|described|branded|urged|kaldte|kalder|betegnede|beskrev|"
    r"opfordrede)\b(?=[^.!?\"“”«»]{0,60}?[\"“«'‘]\w)"
)
# (a speech act reported inside someone else's words is theirs: "Roe said Lee called it 'a farce'")
_REPORTED = re.compile(r"\b(?:said|says|told|claimed|sagde|siger|fortalte|fortæller)\b")


def _lone_name(word: str) -> bool:
    """A capitalised word that can be nothing but a person's name: no common word, place, body or role."""
    low = word.lower()
    return low not in common_words() and lookup(word) is None and not is_role_noun(low)


def last_speaker_in(text: str, people: Sequence[Person]) -> tuple[str, Person | None] | None:
    """The one whose words `text` reports by a comment clause or a quoting speech act, when the sentence names someone
    else first: (the name as written, the person it is if known); None when it reports no one's words."""
    comment = _COMMENT.search(text)
    if comment is not None:
        name = comment.group(1)
        known = next((p for p in people if p.key and p.key in name.split()), None)
        if known is not None or (" " not in name and _lone_name(name)):
            return name, known
    acts = list(_QUOTING_VERB.finditer(text))
    if not acts:
        return None
    before = text[: acts[-1].start()]
    named = [(before.rfind(p.key), p) for p in people if p.key and re.search(rf"\b{re.escape(p.key)}\b", before)]
    if not named:
        return None
    at, person = max(named, key=lambda ap: ap[0])
    if _REPORTED.search(before[:at]) or _REPORTED.search(before[at:]):
        return None
    return person.name, person

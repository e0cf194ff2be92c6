"""A Hebrew apposition whose closing comma the copy leaves out before the verb of saying: "X Y, מנהל המינהל
הקהילתי סיפר בשיחה ...", "X Y, דובר העירייה אמר כי ...". After a person's full name and a comma, an office (a
role head and its definite complement, at most five words) then a singular past or present verb of saying is
the person's role: the verb's subject is the name before the comma, the office describes it."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_he import HE_SPEECH, _he_head_at, _words, names_a_body
from briefing_app.core.facts.people_index import PeopleIndex

# A singular verb of saying (not a plural "אמרו", which a group after the office would take).
_SINGULAR_SPEECH = re.compile(r"(?!\S*(?:ו|ים)$)" + HE_SPEECH)


def open_appositive_roles(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """A role for each person named in full with none yet, from an office after the comma that a verb of
    saying (not a second comma) closes."""
    by_index = {s.index: _words(s.text) for s in sentences}
    for person in index.people:
        if person.role or len(person.name.split()) < 2:
            continue
        name = person.name.split()
        for at in person.sentences:
            role = _office_before_speech(by_index.get(at, []), name)
            if role:
                person.role = role
                break


def _office_before_speech(words: list[str], name: list[str]) -> str:
    """The office between the comma after `name` and a verb of saying in `words`, or ""."""
    for i in range(len(words) - len(name)):
        if words[i : i + len(name)] != name:
            continue
        k = i + len(name)
        if words[k : k + 1] != [","]:
            continue
        head = _he_head_at(words, k + 1)
        if not head:
            continue
        end = next((j for j in range(k + 1 + head, min(k + 7, len(words))) if _SINGULAR_SPEECH.fullmatch(words[j])), 0)
        if not end:
            continue
        office = words[k + 1 : end]
        complement = office[head:]
        # (the complement is definite or a body's name: "המינהל הקהילתי", "משרד הבריאות"; no comma or mark in it)
        if not all(re.fullmatch(r"[\u05d0-\u05ea\"'׳״-]+", w) for w in office):
            continue
        if complement and not (complement[0].startswith("ה") or names_a_body(" ".join(complement))):
            continue
        return " ".join(office)
    return ""

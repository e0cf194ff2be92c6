"""An interview told as "X asks Y:" ("Journalist Tobias Qwist ... spørger Mette Frederiksen:", "Reporter Tom Quist
asks Mette Holm:"), then the question, then the answer in marks with no attribution of its own: the question is
X's, the answer Y's. The readers of colon introductions gave the question to the name nearest the colon (the one
asked) and the answer to the asker."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.people_index import Person
from briefing_app.core.facts.speakers import Speakers

_ASKS = re.compile(
    r"^(?P<subject>.+?)\s+(?:asks|asked|spørger|spurgte)\s+"
    r"(?P<asked>[A-ZÆØÅ][\w'’.-]+(?:\s+[A-ZÆØÅ][\w'’.-]+){0,3})\s*:\s*$"
)
_MARKED = re.compile(r"^\s*[\"“„»«].*[\"”«»][.,]?\s*$")


def _named_first(text: str, people: list[Person]) -> Person | None:
    """The person whose full name stands first in `text`."""
    found = [(text.find(p.name), p) for p in people if " " in p.name and p.name in text]
    return min(found, key=lambda f: f[0])[1] if found else None


def asked_and_answered(out: list[Fact], sentences: list[SourceSentence], speakers: Speakers) -> None:
    """The question after "X asks Y:" given to X, and the answer in marks right after it to Y."""
    paragraphs: dict[int, list[SourceSentence]] = {}
    for s in sentences:
        paragraphs.setdefault(s.paragraph, []).append(s)
    groups = list(paragraphs.values())
    people = speakers.people.people
    for k, group in enumerate(groups[:-2]):
        m = _ASKS.match(group[-1].text)
        if m is None:
            continue
        asker, asked = _named_first(m.group("subject"), people), speakers.people.find(m.group("asked"))
        if asker is None or asked is None or asker is asked:
            continue
        question, answer = groups[k + 1], groups[k + 2]
        answer_text = " ".join(s.text for s in answer)
        if not question[-1].text.rstrip().endswith("?") or not _MARKED.match(answer_text):
            continue  # no question, or an answer that carries its own attribution
        for fact in out:
            if fact.kind != "quote":
                continue
            if fact.sentence in {s.index for s in question}:
                fact.speaker = asker.name
            elif fact.sentence in {s.index for s in answer}:
                fact.speaker = asked.name

"""A reply in an exchange of quotes (English): '"You cannot rule it out," Roe said to Inspector Lee. "No, we
cannot," he replied.' One does not reply to oneself: a quote whose attribution after it is a pronoun or a
description with a verb of answering ("he replied", "the witness responded", "the barrister asked"), resolved to
the very person who spoke the quote right before it, is the other party's: the one that quote was said to
("said to X", "asked X"), else the last other person quoted in the exchange. Court, inquest and interview copy
tells exchanges so; the pronoun readers pick the last subject, which is the one who spoke before."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.quote_words import NAME
from briefing_app.core.facts.speakers import Speakers

# The attribution right after a quote's closing mark: a pronoun or "the <noun>", then a verb of a turn.
_TURN_AFTER = re.compile(
    r"^[,.!?]?\s*[\"”’']?\s*,?\s*(?:he|she|the\s+[a-z]+)\s+(?:then\s+|simply\s+|quickly\s+)?"
    r"(?:replied|responded|answered|retorted|countered|asked|shot\s+back)\b"
)
# The one a quote was said to, named in its attribution ('Roe said to Detective Inspector Ann Lee.').
_ADDRESSEE = re.compile(rf"\b(?:said|says|replied|shouted)\s+to\s+({NAME})|\b(?:asked|asks|told|tells)\s+({NAME})")
# How many quotes back the exchange is read for the other party.
_EXCHANGE = 4


def _after_quote(fact: Fact, sentence: str) -> str | None:
    """The sentence's words after the quote's own words, None when the quote is not found in it."""
    tail = fact.text.split()[-3:]
    at = sentence.find(" ".join(tail)) if tail else -1
    return sentence[at + len(" ".join(tail)) :] if at >= 0 else None


def _addressee(fact: Fact, text: dict[int, str], speakers: Speakers) -> str | None:
    after = _after_quote(fact, text.get(fact.sentences[-1], ""))
    m = _ADDRESSEE.search(after or "")
    words = (m.group(1) or m.group(2)).split() if m else []
    # (a title before the name, "Detective Inspector Ann Lee": the longest tail of it that names a person)
    found = (speakers.people.find(" ".join(words[k:])) for k in range(len(words)))
    person = next((p for p in found if p is not None), None)
    return person.name if person is not None else None


def replies_to_other_party(out: list[Fact], sentences: list[SourceSentence], speakers: Speakers) -> None:
    """Each reply given to its own speaker by the pronoun readers handed to the other party of the exchange."""
    text = {s.index: s.text for s in sentences}
    quotes = sorted((f for f in out if f.kind == "quote"), key=lambda f: f.sentence)
    for k, fact in enumerate(quotes[1:], start=1):
        before = quotes[k - 1]
        after = _after_quote(fact, text.get(fact.sentences[-1], ""))
        if after is None or not _TURN_AFTER.match(after) or not fact.speaker or fact.speaker != before.speaker:
            continue
        if fact.sentence - max(before.sentences) > 1:
            continue  # (narration between the two: no exchange)
        other = _addressee(before, text, speakers)
        for earlier in reversed(quotes[max(0, k - _EXCHANGE) : k - 1]):
            if other is not None:
                break
            person = speakers.people.find(earlier.speaker or "")
            if person is not None and person.name != fact.speaker:
                other = person.name
        if other is not None and other != fact.speaker:
            fact.speaker = other

"""A second quote in one Arabic sentence goes on with the first one's speaker when the words between them name
no one: "وأضافت أن «...»، مبينة أن «...»" (a participle of saying after a body's bare verb), "وتابعت أن «...»
اعتقلوا «...»" (a partial quote that finishes the clause). The resolver gives the first quote its speaker by
looking back over the chain of verbs; the second, introduced by a participle of a subjectless verb, was left
with none."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.reporting_verbs import AR_ANY_SPEECH

# The most words between the two quotes: a participle and "that", or a verb that ends the first quote's clause.
_MOST_WORDS = 4

# A verb of saying with a subject of its own after it (not "أن"، "إن"، a preposition): a new speaker.
_NEW_SUBJECT = re.compile(
    rf"(?<![\u0621-\u064a]){AR_ANY_SPEECH}\s+(?!(?:[بل]?[أإا]ن\S*|في|على|إلى|الى|عن|من|خلال|أيضا)(?:\s|$))[\u0621-\u064a]"
)


def carry_within_sentence(out: list[Fact], sentences: Sequence[SourceSentence], names: Sequence[str]) -> None:
    """Give each Arabic quote with no speaker the speaker of the quote before it in the same sentence when the
    words between them are few and name no one (no verb of saying with a subject, no person or body the article
    names)."""
    texts = {s.index: s.text for s in sentences}
    quotes = [f for f in out if f.kind == "quote"]
    for previous, fact in zip(quotes, quotes[1:], strict=False):
        if fact.speaker or not previous.speaker or fact.sentence != previous.sentence:
            continue
        text = texts.get(fact.sentence, "")
        ends = text.find(previous.text)
        starts = text.find(fact.text, ends + len(previous.text)) if ends >= 0 else -1
        if ends < 0 or starts < 0:
            continue
        between = text[ends + len(previous.text) : starts]
        words = re.sub(r"[\"“”«»„:،,.]", " ", between).split()
        if not words or len(words) > _MOST_WORDS or _NEW_SUBJECT.search(between):
            continue
        if any(name and name in between for name in names):
            continue
        fact.speaker = previous.speaker

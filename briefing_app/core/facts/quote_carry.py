"""An unattributed quotation paragraph after a narration paragraph goes on with the last quote's speaker when that
speaker is someone the article does not name: '"...," a police spokesman said.' / 'Police expect the road to reopen.'
/ '"We have patrols at the scene."' (the spokesman's), Danish '»...,« forklarer vagtchefen.' / narration / '»Vi har
patruljer på stedet.«'. A named speaker is found by `Speakers.resolve`; an unnamed one has no name to find, and the
quote was left with no speaker."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.model import Fact, SourceSentence

# A sentence that opens with a quote mark (and so is the paragraph's quotation, not narration quoting a phrase).
_OPENS_QUOTED = re.compile(r"^\s*[\"“»„‘]")


def carry_unnamed_speakers(out: list[Fact], sentences: Sequence[SourceSentence]) -> None:
    """Give each quote with no speaker whose sentence opens with a quote mark the speaker of the quote before it,
    when that one is at most two paragraphs back and the paragraphs between name no one (no capitalised word
    after their first)."""
    by_index = {s.index: s for s in sentences}
    quotes = sorted((f for f in out if f.kind == "quote"), key=lambda f: f.sentence)
    for previous, fact in zip(quotes, quotes[1:], strict=False):
        here, there = by_index.get(fact.sentence), by_index.get(previous.sentence)
        if fact.speaker or not previous.speaker or here is None or there is None:
            continue
        if not _OPENS_QUOTED.match(here.text) or not 0 < here.paragraph - there.paragraph <= 2:
            continue
        between = [s.text for s in sentences if there.paragraph < s.paragraph < here.paragraph]
        if any(re.search(r"\s[A-ZÆØÅ][a-zæøå]", t) for t in between):
            continue  # (someone or something named between: the unattributed words may be theirs)
        fact.speaker = previous.speaker


# An English pronoun left as a quote's speaker: no one named before it was found for it to stand for.
_BARE_PRONOUN = re.compile(r"(?:[Hh]e|[Ss]he)")


def carry_to_bare_pronouns(out: list[Fact], sentences: Sequence[SourceSentence]) -> None:
    """Give a quote whose speaker stayed a bare "he" or "she" (the article names no one it could stand for: the one
    speaking is known by office only, "the spokesperson of the ministry said: ..." then "He stated: ...") the speaker
    of the quote before it, when that one is at most three paragraphs back and is no bare pronoun itself."""
    by_index = {s.index: s for s in sentences}
    quotes = sorted((f for f in out if f.kind == "quote"), key=lambda f: f.sentence)
    for previous, fact in zip(quotes, quotes[1:], strict=False):
        here, there = by_index.get(fact.sentence), by_index.get(previous.sentence)
        if not fact.speaker or not _BARE_PRONOUN.fullmatch(fact.speaker) or here is None or there is None:
            continue
        # (only one known by office: a named person of the pronoun's sex was already found by Speakers.resolve, so a
        # named one here is of the other sex, "Brannigan ... he said" then "she said")
        described = previous.speaker is not None and _DESCRIBED.match(previous.speaker) is not None
        if described and 0 <= here.paragraph - there.paragraph <= 3:
            fact.speaker = previous.speaker


# A speaker described rather than named: "the spokesperson of the ministry", "this senior official".
_DESCRIBED = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]n?|[Oo]ne)\s+[a-z]")

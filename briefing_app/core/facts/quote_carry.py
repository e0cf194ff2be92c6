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

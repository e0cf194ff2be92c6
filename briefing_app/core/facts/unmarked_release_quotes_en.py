"""A press release whose quote marks the page lost: "All lenders must follow the new rules, which protect savers,
said Jane Roe, director of the agency. Firms that ignore them will be fined." Releases print
'"First sentence," said Name, title. "Second sentence."'; without the marks the second sentence reads as narration,
though it is the same speaker's words. After an unmarked quote whose sentence ends in the inverted attribution
(", said Jane Roe, title."), the sentences left in the paragraph go on with it, while they name nobody, hold no
mark and open with no pronoun or subject of narration ("She", "The company", "Roe")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.quote_words import MIN_WORDS
from briefing_app.core.facts.speakers import Speakers

# The inverted attribution ending a sentence: ", said Jane Roe." or ", said Jane Roe, Director of the X."
_SAID_NAME_AT_END = re.compile(r",\s+said\s+(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]*(?:,\s+[^,\"“”]{3,120})?\.$")
# Marks of any quotation: a paragraph that has them is read by the marks.
_MARKS = re.compile(r"[\"“”‘’«»]")
# Openings of the writer's narration: a pronoun, an article with a noun, a time or a body's statement.
_NARRATION = re.compile(r"(?:He|She|They|It|His|Her|Their|Its|The|This|That|These|Those|According|Under|On|In\s+\d)\b")


def add_release_continuations(
    out: list[Fact], paragraphs: Sequence[Sequence[SourceSentence]], speakers: Speakers
) -> None:
    """Each sentence that goes on an unmarked release quote (see the module's note), as a quote of its speaker."""
    quoted = {i for f in out if f.kind == "quote" for i in (f.sentences or [f.sentence])}
    by_sentence = {f.sentence: f for f in out if f.kind == "quote"}
    for group in paragraphs:
        if any(_MARKS.search(s.text) for s in group):
            continue
        for k, s in enumerate(group):
            fact = by_sentence.get(s.index)
            if fact is None or not fact.speaker or not _SAID_NAME_AT_END.search(s.text):
                continue
            family = fact.speaker.split()[-1]
            for after in group[k + 1 :]:
                text = after.text
                if after.index in quoted or len(text.split()) < MIN_WORDS or _NARRATION.match(text):
                    break
                if family in text or speakers.in_text(text) is not None:
                    break  # the writer names the speaker or someone else: narration again
                out.append(Fact("quote", text.rstrip(), after.index, speaker=fact.speaker, sentences=[after.index]))
                quoted.add(after.index)

"""An English interview printed as questions and answers ("Q: How did the meeting go?" / "A: It went well."): each
answer is a quote of the one interviewed, the person the introduction named before the first question. An "A:" with
no "Q:" before it is a list's letter, no answer."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.quote_words import MIN_WORDS
from briefing_app.core.facts.speakers import Speakers

_QA = re.compile(r"^(Q|A|Question|Answer)\s*:\s+(\S.*)$")


def add_answers(out: list[Fact], sentences: list[SourceSentence], speakers: Speakers) -> None:
    """Each answer of a question-and-answer interview as a quote of the one interviewed (see the module's note)."""
    interviewee: str | None = None
    asked = False
    for k, s in enumerate(sentences):
        m = _QA.match(s.text)
        if m is None or s.index == 0:
            continue
        if m.group(1) in ("Q", "Question"):
            if not asked:
                interviewee = speakers.resolve("", s.index)  # the one the introduction named
            asked = True
            continue
        if not asked or interviewee is None:
            continue
        rest = []  # the answer's later sentences, up to the paragraph's end or the next label
        for after in sentences[k + 1 :]:
            if after.paragraph != s.paragraph or _QA.match(after.text):
                break
            rest.append(after)
        said = " ".join([m.group(2)] + [r.text for r in rest])
        if len(said.split()) < MIN_WORDS or any(f.kind == "quote" and s.index in f.sentences for f in out):
            continue
        out.append(Fact("quote", said, s.index, speaker=interviewee, sentences=[s.index] + [r.index for r in rest]))

"""Arabic and Hebrew interviews printed as labelled lines: the answer after the interviewee's name and a colon
("נבון: רציתי לספר ...", "الزين: نريد المنافسة ...") or after an answer letter ("ج: ...", "ת: ..."). The
words after the label, to the paragraph's end, are the speaker's own; an answer letter's speaker is the person
the introduction named last (the one interviewed)."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.quote_speakers import MIN_WORDS, is_title_or_term
from briefing_app.core.facts.reporting_verbs import AR_ANY_SPEECH
from briefing_app.core.facts.speakers import Speakers

_WORD = r"[\u0590-\u05ff\u0600-\u06ff][\u0590-\u05ff\u0600-\u06ff'\"״׳-]*"
# One to three words opening the sentence, then a colon and the words said.
_LABEL = re.compile(rf"^({_WORD}(?:\s+{_WORD}){{0,2}})\s*:\s+(\S.*)$")
# Letters and words that label an answer, and those that label a question (the interviewer's).
_ANSWER = {"ج", "جـ", "جواب", "الجواب", "ت", "תשובה"}
_QUESTION = {"س", "سؤال", "السؤال", "ש", "שאלה"}


def add_labelled_rtl(out: list[Fact], sentences: list[SourceSentence], speakers: Speakers) -> None:
    """Each labelled answer as a quote of the person its label names (see the module's note)."""
    for k, s in enumerate(sentences):
        m = _LABEL.match(s.text)
        if m is None or s.index == 0 or m.group(1) in _QUESTION:
            continue
        if re.fullmatch(AR_ANY_SPEECH, m.group(1).split()[0]):
            continue  # "وزاد X : إن ...": a verb of saying and its subject, no interview's label (quotes reads it)
        rest = [a for a in sentences[k + 1 :] if a.paragraph == s.paragraph]
        cut = next((j for j, a in enumerate(rest) if _LABEL.match(a.text)), len(rest))
        rest = rest[:cut]
        said = " ".join([m.group(2)] + [r.text for r in rest])
        if len(said.split()) < MIN_WORDS or is_title_or_term(m.group(2)):
            continue
        if m.group(1) in _ANSWER:
            asked = any((q := _LABEL.match(b.text)) is not None and q.group(1) in _QUESTION for b in sentences[:k])
            if not asked:
                continue  # ("أ: ... ب: ... ج: ...": a list's letters, no interview)
            speaker = speakers.resolve("", s.index)  # the one the interview's introduction named
        else:
            person = speakers.people.find(m.group(1))
            speaker = person.name if person is not None else None
        if speaker is None or any(f.kind == "quote" and s.index in f.sentences for f in out):
            continue
        out.append(Fact("quote", said, s.index, speaker=speaker, sentences=[s.index] + [r.index for r in rest]))

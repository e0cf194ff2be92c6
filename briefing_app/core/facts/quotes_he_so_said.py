"""Hebrew news opens with the words and names the speaker after them in a sentence of its own: a headline in
marks, then a lead "כך אמר אמש שר הביטחון בישיבת ..." ("so said ... the defence minister"). "כך" points back at
the words before it, across the sentence's end and the paragraph's; a quote with nobody found for it whose next
sentence opens so is that speaker's. A quote left without a speaker right after such a sentence (the lead's own
next words in marks) goes on with the same speaker."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.speakers import Speakers

# "כך אמר/אמרה/כתב/אומר ..." opening a sentence, then (after a time word or two) who said it, up to a preposition's
# phrase, a comma or the end.
_SO_SAID = re.compile(
    r"^\s*(?:ו)?כך\s+(?:אמר|אמרה|אמרו|כתב|כתבה|כתבו|סיפר|סיפרה|הגיב|הגיבה|הבהיר|הבהירה|הדגיש|הדגישה|מסר|מסרה"
    # (and the present a feature's lead writes it in: "כך אומר X, לשעבר ...", "כך מסבירה Y")
    r"|אומר|אומרת|אומרים|כותב|כותבת|מסביר|מסבירה|מספר|מספרת)"
    r"((?:\s+[^\s,.:;\"“”„״]+){1,8})"
)
_TIMES = {"היום", "אתמול", "אמש", "הבוקר", "הערב", "הלילה", "השבוע", "בשבוע", "לאחרונה"}
# A preposition glued to a word ends the speaker's words ("בישיבת", "לכתבנו", "מול").
_ADJUNCT = re.compile(r"^(?:[בלמ][\u05d0-\u05ea]{2,}|על|עם|מול|אחרי|לאחר|לפני|בעקבות|במהלך)$")


def _mention(words: list[str]) -> str:
    """The speaker after "כך אמר": the time words before it left out, up to a preposition's phrase."""
    while words and (words[0] in _TIMES or re.fullmatch(r"\([^)]*\)?|\(?[\u05d0-\u05ea]+\)", words[0])):
        words = words[1:]  # "כך אמר אמש (רביעי)": when, then who
    out: list[str] = []
    for w in words:
        if out and _ADJUNCT.match(w) and not w.startswith("ה"):
            break  # "שר הביטחון X בישיבת ...": where he said it
        out.append(w)
    return " ".join(out)


def so_said_speakers(out: list[Fact], sentences: list[SourceSentence], speakers: Speakers) -> None:
    """Give each quote with no speaker the one a "כך אמר X" sentence right after it names, and a quote without a
    speaker right after that sentence the same speaker."""
    by_index = {s.index: s for s in sentences}
    for f in sorted((f for f in out if f.kind == "quote"), key=lambda f: f.sentence):
        if f.speaker:
            continue
        last = max(f.sentences or [f.sentence])
        after = by_index.get(last + 1)
        m = _SO_SAID.match(after.text) if after is not None else None
        before = by_index.get(f.sentence - 1)
        if m is None and before is not None:
            m = _SO_SAID.match(before.text)  # the lead's next words in marks, after "כך אמר X ..."
            at = f.sentence - 1
        else:
            at = last + 1
        if m is None:
            continue
        mention = _mention(m.group(1).split())
        if mention:
            f.speaker = speakers.resolve(mention, at)

"""Two shapes of quotes the quote finder misread, read here:

* a quote over three paragraphs or more whose middle paragraphs carry no marks: web copy often drops the opening
mark each paragraph of a long quote should repeat ('“We had an unusual incident. ...' / 'Hospital staff was
suspicious ...' / '... are a priority.”'). The paragraph between one left open and one that closes the quote with
no opening mark of its own is the quote's middle, not narration;
* an introduction opened by a participle's phrase ("Speaking at his own press conference Thursday, President Obama
  expressed his condolences and said, "...""): the participle is no subject; the person named after its comma is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.speakers import Speakers

_OPEN = "\"“„«"
_CLOSE = "\"”»"
# The most paragraphs with no marks a quote runs through before the one that closes it.
_MOST_MIDDLES = 3


def closes_without_opening(following: Sequence[Sequence[SourceSentence]]) -> bool:
    """Whether, within a few paragraphs with no marks, a paragraph comes whose first mark closes a quote (a closing
    mark after a stop or comma, no opening mark before it), and no paragraph on the way opens one."""
    for group in list(following)[: _MOST_MIDDLES + 1]:
        text = " ".join(s.text for s in group)
        m = re.search(rf"[{re.escape(_OPEN + _CLOSE)}]", text)
        if m is None:
            continue  # another middle paragraph
        mark = m.group()
        if mark in "“„«" or (mark == '"' and m.start() == 0):
            return False  # a new quote opens: the one left open ended unmarked
        return m.start() > 0 and text[m.start() - 1] in ".,!?…" and len(text[: m.start()].split()) >= 3
    return False


_PARTICIPLE = re.compile(r"[A-Z][a-z]+ing")


def after_participle_opener(mention: str | None, clause: str, speakers: Speakers) -> str | None:
    """The person named after a participle's opening phrase when the introduction's subject was read as the
    participle ("Speaking"); `mention` otherwise."""
    if mention is None or not _PARTICIPLE.fullmatch(mention):
        return mention
    opener = re.match(rf"\W*{mention}\s[^,\"“”]*,\s+(.*)$", clause, re.S)
    person = speakers.in_text(opener.group(1)) if opener else None
    return person.name if person is not None else mention

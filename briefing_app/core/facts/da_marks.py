"""Danish speech marks as pages put online mangle them, drawn back to the shapes the quote finder reads:

* guillemets set off by spaces ("» Vi har undersøgt sagen, « siger politiinspektør X", as print pages put online
  write it): the marks are drawn tight to the words they enclose, so that »...« is read with the speaker after it;
* a paragraph's opening dash glued to the first word ("-Ja, det er jeg.", "–Vi kommer ..."), where Danish writes
  "- Ja": the space is put back, so that the dash paragraph reads as speech like its neighbours.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.model import SourceSentence

# An opening » at a paragraph's or clause's start followed by one space and a word; a closing « after a word or
# a stop, one space before it, and a space, a stop or the end after it.
_OPENING = re.compile(r"(?:(?<=^)|(?<=[\s(:–-]))» (?=[\w])")
_CLOSING = re.compile(r"(?<=[\w.,!?…]) «(?=\s|[.,]|$)")
# A dash opening a paragraph glued to a capitalised word (no word starts with a dash).
_GLUED_DASH = re.compile(r"^([–—-])(?=[A-ZÆØÅ])")


def tidied_speech_marks(sentences: Sequence[SourceSentence]) -> list[SourceSentence] | None:
    """The sentences with spaced »...« drawn tight and a glued opening dash spaced, or None when no sentence has
    either (the text stays as it is)."""
    out: list[SourceSentence] = []
    changed = False
    paragraph = None
    for s in sentences:
        text = _CLOSING.sub("«", _OPENING.sub("»", s.text))
        if s.paragraph != paragraph:
            text = _GLUED_DASH.sub(r"\1 ", text)
        paragraph = s.paragraph
        changed = changed or text != s.text
        out.append(SourceSentence(s.index, s.paragraph, text) if text != s.text else s)
    return out if changed else None

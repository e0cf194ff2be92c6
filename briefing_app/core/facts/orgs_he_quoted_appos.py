"""Hebrew bodies named in quote marks in apposition: the kind or the owner's description, a comma, then the name
in marks ('חברת הכרייה הממשלתית, "X",', 'בעלת המכרה הפרטית, "חברת Y של Z",'). The description before the comma
only says what the body is; the marks hold its name, whole (the head finder stops at "של" or reads the kind
with its adjective as the body). A quote of speech after a comma is a clause, so the name is short (four words
at most) or opens with a body's head itself, and a comma or a stop closes the apposition."""

from __future__ import annotations

import re

_HEADS = r"(?:חברת|ארגון|תנועת|מפלגת|עמותת|קרן|רשת|מכון|קבוצת|בנק|תאגיד|איגוד|ועד|מועצת|סיעת)"
_OPEN = r"[\"״“„]"
_CLOSE = r"[\"״”]"
# A kind and its definite field and adjectives, a comma, then a short name in marks.
_KIND_COMMA_NAME = re.compile(
    rf"(?<![\u0590-\u05ff])[ובלמש]{{0,2}}ה?{_HEADS}(?:\s+ה[\u05d0-\u05ea]{{2,}}){{1,3}}\s*,\s*{_OPEN}"
    rf"([^\"״“„”,.]{{2,30}}?){_CLOSE}(?=\s*[,.;:)]|\s*$)"
)
# A comma, then a body's name in marks that opens with a head of its own, closed by a comma or a stop.
_COMMA_HEADED_NAME = re.compile(rf",\s*{_OPEN}({_HEADS}\s[^\"״“„”]{{2,50}}?){_CLOSE}(?=\s*[,.;:)]|\s*$)")


def quoted_appositions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each body named in marks in apposition in one Hebrew sentence."""
    found: list[tuple[int, int, str]] = []
    for m in _KIND_COMMA_NAME.finditer(text):
        if len(m.group(1).split()) <= 4:
            found.append((m.start(1), m.end(1), m.group(1).strip()))
    for m in _COMMA_HEADED_NAME.finditer(text):
        if len(m.group(1).split()) <= 8 and all(m.start(1) != s for s, _, _ in found):
            found.append((m.start(1), m.end(1), m.group(1).strip()))
    return found


def described_kinds(text: str) -> list[tuple[int, int]]:
    """The spans of the kinds that describe a body named in marks after them ("חברת הכרייה הממשלתית" of 'חברת
    הכרייה הממשלתית, "X",'): a description, no body's name of its own."""
    spans = []
    for m in _KIND_COMMA_NAME.finditer(text):
        if len(m.group(1).split()) <= 4:
            spans.append((m.start(), text.rindex(",", m.start(), m.start(1))))
    return spans

"""Arabic people named by a pen name and its gloss: blog and social copy opens a paragraph with the name a
writer goes by, its meaning in brackets, then a verb of saying or writing ("X [المنفي] يقول بأنه ...", "X (Y)
تكتب:"). A word or two, no article, no function word and no place or body the gazetteer knows, before such a
gloss and such a verb is the speaker's name."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_words import _AR_FUNCTION, _AR_NOT_NAMES
from briefing_app.core.facts.people_index import PeopleIndex

_WORD = r"[\u0621-\u064a][\u0621-\u0652]+"
_PEN_NAME = re.compile(
    rf"^\s*({_WORD}(?:\s+{_WORD})?)\s*[\[(][^\])\n]{{2,40}}[\])]\s*"
    r"(?:يقول|تقول|قال|قالت|كتب|كتبت|يكتب|تكتب|يضيف|تضيف|أضاف|أضافت|يروي|تروي|يصف|تصف|يتساءل|تتساءل|يعلق|تعلق)"
    r"(?![\u0621-\u064a])"
)


def find_pen_names(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Every writer named so at the start of a sentence, into `index`."""
    for s in sentences:
        m = _PEN_NAME.match(s.text)
        if m is None:
            continue
        words = m.group(1).split()
        if any(w.startswith("ال") or w in _AR_NOT_NAMES or w in _AR_FUNCTION for w in words):
            continue  # ("المدونة (X) تقول": the kind, then the name in brackets; "في (X) قال")
        if lookup(m.group(1)) is not None or any(lookup(w) is not None for w in words):
            continue  # a place or a body said with its gloss
        index.add(m.group(1), None, s.index)

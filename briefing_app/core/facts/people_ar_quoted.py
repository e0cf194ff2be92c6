"""Arabic people named in quote marks after a verb of saying or "according to" (`يقول "X Y Z" خبير ...`,
`وفقاً "لX Y"، المتحدث باسم ...`): some copy marks a foreign name so, as it marks a term. The marks hold
two or three words the first of which is a known given name or spelt as a foreign name; a role noun right
after the marks (or after a comma) opens the person's role, up to the next mark or clause."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_words import (
    _AR_NOT_NAMES,
    AR_ROLE_NOUNS,
    AR_SPEECH,
    _ar_core,
    _ar_is_given,
    _transliterated,
)
from briefing_app.core.facts.people_index import PeopleIndex
from briefing_app.core.numbers import strip_arabic_marks

_OPEN, _CLOSE = "\"«“", "\"»”"
_QUOTED = re.compile(
    rf"(?:^|\s)(?:{AR_SPEECH}|وفقا|وفقاً|طبقا|طبقاً)\s+[{_OPEN}]\s*(ل)?([\u0621-\u064a\u064b-\u0652]+"
    rf"(?:\s+[\u0621-\u064a\u064b-\u0652]+){{1,2}})\s*[{_CLOSE}]\s*،?\s*([^{_OPEN}{_CLOSE}.،:()]*)"
)
# The words of a role after the name that end it: a clause's complementiser or a preposition of time.
_ROLE_END = {"أن", "إن", "بأن", "خلال", "أمس", "اليوم", "قائلا", "قائلة"}


def find_quoted_names(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    for s in sentences:
        for m in _QUOTED.finditer(strip_arabic_marks(s.text)):
            words = m.group(2).split()
            if words[0].startswith("ال") or any(w in _AR_NOT_NAMES for w in words):
                continue  # ("قال "الأمن أولا"": a slogan, no name)
            after = m.group(3).split()
            role: list[str] = []
            if after and (_ar_core(after[0]) in AR_ROLE_NOUNS or _ar_core(after[0]).removesuffix("ة") in AR_ROLE_NOUNS):
                for w in after[:10]:
                    if w in _ROLE_END:
                        break
                    role.append(w)
            if not (_ar_is_given(words[0]) or _transliterated(words[0]) or role):
                continue  # a name needs a known given name, a foreign spelling or a role after it
            if index.find(" ".join(words)) is None:
                index.add(" ".join(words), " ".join(role) or None, s.index)

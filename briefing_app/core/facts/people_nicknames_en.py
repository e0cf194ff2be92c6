"""A nickname written inside a Latin-script name: 'Dwayne ("The Rock") Johnson', 'Joseph "Joey" Smith'. The name
the person goes by, in brackets or quote marks between a known given name and a capitalised word, is left out
before people are read, so that the given name and the family name meet (the Hebrew reader does the same with
`people_he_bounds.without_nicknames`); otherwise the given name stands alone as one person, with the nickname as
its "role", and the family name as another.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefing_app.core.facts.gazetteer import person_names
from briefing_app.core.facts.model import SourceSentence

_NICKNAME = re.compile(
    r"(?<![\w'’-])([A-Z][a-z]+)\s+"
    r"(?:\(\s*[\"“‘']?[^()\"“”‘’\n]{1,30}?[\"”’']?\s*\)|[\"“][^\"“”\n]{1,30}?[\"”])"
    r"(?=\s+[A-Z][\w'’-]+)"
)


def without_nicknames_en(sentences: list[SourceSentence]) -> list[SourceSentence]:
    """The sentences with a nickname between a known given name and a capitalised word left out (see the
    module); the rest as is."""
    given = person_names()[0]
    out = []
    for s in sentences:
        text = _NICKNAME.sub(lambda m: m.group(1) if m.group(1) in given else m.group(0), s.text)
        out.append(s if text == s.text else replace(s, text=text))
    return out

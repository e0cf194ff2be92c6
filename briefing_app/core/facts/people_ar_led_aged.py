"""Arabic people named once with no title, by two shapes of news grammar:

* a name between "led by" (بقيادة، برئاسة، بزعامة) and "aged" (البالغ من العمر N عاما): "حزب X الذي تأسس عام
  2012 بقيادة X قائد Y البالغ من العمر 86 عاماً" — only a person has an age, and the words the cue
  governs up to it are the name, whatever the given-name list holds (قائد, "leader", is a word of this name);
* "from X to Y" where Y is a person the article names ("من الحبيب X إلى Y Z"): a range of
  rulers or holders, so X, opening with a known given name (with the article, as the Maghreb writes it), is a
  person too."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_words import AR_ORG_WORDS, AR_TITLES, _ar_definite_given, _ar_is_given
from briefing_app.core.facts.people_index import PeopleIndex

_WORD = r"[\u0621-\u064a]+"
_AGED = re.compile(
    rf"(?<![\u0621-\u064a])(?:بقيادة|برئاسة|بزعامة)\s+((?:{_WORD}\s+){{1,3}}{_WORD})\s+(?:البالغ|البالغة)\s+من\s+العمر"
)
_FROM_TO = re.compile(
    rf"(?<![\u0621-\u064a])من\s+((?:{_WORD}\s+){{1,2}}{_WORD})\s+(?:إلى|الى)\s+((?:{_WORD}\s*){{2,4}})"
)
# Words no name of this shape holds: particles, relatives, a body's kind.
_NOT_IN_NAME = {"في", "من", "على", "إلى", "الى", "عن", "الذي", "التي", "الذين", "أن", "إن", "و", "مع", "بعد", "قبل"}


def find_led_and_aged(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Every person named so in the Arabic sentences, into `index`."""
    for s in sentences:
        for m in _AGED.finditer(s.text):
            words = m.group(1).split()
            if _plain(words) and words[0] not in AR_TITLES:
                index.add(" ".join(words), None, s.index)
        for m in _FROM_TO.finditer(s.text):
            first, second = m.group(1).split(), m.group(2).split()
            known = any(index.find(" ".join(second[:n])) is not None for n in range(len(second), 1, -1))
            given = _ar_is_given(first[0]) or _ar_definite_given(first[0])
            if known and given and _plain(first) and index.find(" ".join(first)) is None:
                index.add(" ".join(first), None, s.index)


def _plain(words: list[str]) -> bool:
    return len(words) >= 2 and not any(w in _NOT_IN_NAME or w in AR_ORG_WORDS for w in words)

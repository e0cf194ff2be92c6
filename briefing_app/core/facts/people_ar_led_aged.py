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
from briefing_app.core.facts.people_ar_words import (
    AR_ORG_WORDS,
    AR_ROLE_NOUNS,
    AR_TITLES,
    _ar_definite_given,
    _ar_is_given,
)
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


# Two words without the article right before "البالغ من العمر" (aged): "البالغ" is definite, so what it describes is
# definite too, and two bare words that are definite are a proper name ("وضرب X Y البالغ من العمر 32 عاما").
_NAME_AGED = re.compile(
    rf"(?<![\u0621-\u064a])((?:{_WORD}\s+)?{_WORD}\s+{_WORD})\s+(?:البالغ|البالغة)\s+من\s+العمر"
)


def _bare_name(words: list[str]) -> list[str]:
    """The name among the words before "البالغ من العمر": the last two, and a given name before them; [] when a
    word has the article, is a role, a title, a body's word or a particle, or carries a pronoun ("شقيقه")."""
    name = words[-2:] if len(words) == 3 and not _ar_is_given(words[0]) else words
    for w in name:
        if w.startswith("ال") or w in _NOT_IN_NAME or w in AR_ORG_WORDS or w in AR_TITLES or w in AR_ROLE_NOUNS:
            return []
        if re.search(r"(?:ه|ها|هم|هما)$", w) and not _ar_is_given(w) and w not in ("طه",):
            return []  # "ابن عمه", "زوجته": a kin noun and its owner, no name
        if re.fullmatch(r"[وف]?(?:قتل|أصيب|اصيب|ضرب|اعتقل|توفي|نقل|أدخل|ادخل)", w):
            return []  # a passive verb before the name is no part of it
    return name


def find_led_and_aged(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Every person named so in the Arabic sentences, into `index`."""
    for s in sentences:
        for m in _NAME_AGED.finditer(s.text):
            name = _bare_name(m.group(1).split())
            if len(name) >= 2 and index.find(" ".join(name)) is None:
                index.add(" ".join(name), None, s.index)
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

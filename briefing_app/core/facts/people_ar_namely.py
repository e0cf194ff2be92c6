"""Arabic people named after "أي" (that is, namely) set after the noun that described them: "أثنى العديد منهم على
هذه المرأة أي X Y، لعملها"; the noun says a person is meant, "أي" gives the name in apposition. Taken: a known
given name and one or two words after it, closed by a comma or a stop, with no article, place, body or function
word among them, after a noun of a person (woman, man, young man, child, mother ...) and أي."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import known_names
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_words import (
    _AR_FUNCTION,
    _AR_NOT_NAMES,
    AR_ORG_WORDS,
    AR_ROLE_NOUNS,
    _ar_is_given,
)
from briefing_app.core.facts.people_index import PeopleIndex

# A noun of a person (with the article, after a demonstrative or not), "أي", then two or three words and a comma or
# a stop.
_NAMELY = re.compile(
    r"(?<![\u0621-\u064a])(?:ال)?(?:مرأة|امرأة|رجل|شاب|شابة|فتاة|فتى|طفل|طفلة|سيدة|أم|والد|والدة|ناشطة|ناشط|مدونة|مدون)"
    r"\s+أي\s+([\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){1,2})\s*[،,.]"
)


def find_namely_names(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Every "... المرأة أي X Y،" of the sentences, as a person with no role."""
    for s in sentences:
        for m in _NAMELY.finditer(s.text):
            words = m.group(1).split()
            if not _ar_is_given(words[0]):
                continue
            if any(
                w.startswith("ال") or w in _AR_FUNCTION or w in _AR_NOT_NAMES or w in AR_ORG_WORDS
                or w in AR_ROLE_NOUNS or w in known_names()
                for w in words[1:]
            ):  # fmt: skip
                continue
            if index.find(" ".join(words)) is None:
                index.add(" ".join(words), None, s.index)

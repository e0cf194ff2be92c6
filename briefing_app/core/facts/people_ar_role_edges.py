"""Where an Arabic role or the name after it ends, for people_ar_roles: a calling that is only a noun's
adjective of relation ("المؤتمر الصحفي"), and a family name with the article closing a name in commas."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import known_names
from briefing_app.core.facts.people_ar_words import (
    _AR_FUNCTION,
    _AR_HEADS,
    _AR_NOT_NAMES,
    AR_ROLE_NOUNS,
    AR_TITLES,
    _ar_core,
)

# Callings that are also adjectives of relation (نسبة): "المؤتمر الصحفي", "الإيجاز الصحافي", "العمل الروائي".
_NISBA_CALLINGS = {"القيادي", "الروائي", "الصحفي", "الصحافي", "الإعلامي", "الاعلامي"}


def nisba_of_a_noun(before: str, head: str) -> bool:
    """Whether a calling that is also a nisba adjective stands right after a definite noun that is no calling
    or title: the noun's adjective ("وخلال الإيجاز الصحافي اليومي أعرب X": the daily press briefing), no role."""
    words = before.split()
    if head not in _NISBA_CALLINGS or not words:
        return False
    noun = re.sub(r"^(?:و|ف)?(?:لل|بال|ال)", "ال", words[-1])
    calling = noun in _AR_HEADS or noun in AR_TITLES or _ar_core(noun) in AR_ROLE_NOUNS
    return noun.startswith("ال") and not calling


def family_with_article(word: str) -> bool:
    """A family name with the article: a definite word that is no calling, function word or known place."""
    return (
        word.startswith("ال")
        and len(word) >= 5
        and word not in _AR_HEADS
        and word not in _AR_FUNCTION
        and word not in _AR_NOT_NAMES
        and word not in known_names()
    )

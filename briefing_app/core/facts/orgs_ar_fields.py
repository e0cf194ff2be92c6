"""Where a body's field in "ل" ends, for `orgs_ar`: the field's own adjective after it ("شركة X للخدمات
الصحية") belongs to the name, and a verbal noun carrying a pronoun ("النيابة العامة لمخالفتهم القوانين", for their
breaking the laws) is the reason for an act, no field: a noun with a pronoun takes no genitive after it."""

from __future__ import annotations

import re
from collections.abc import Callable

_PRONOUN_SUFFIX = re.compile(r"ت(?:ه|ها|هم|هما|هن|كم|نا)$")


def with_pronoun(word: str) -> bool:
    """A noun in ة with a possessive pronoun glued on ("لمخالفتهم", "لحمايتها")."""
    return _PRONOUN_SUFFIX.search(word.rstrip("،.")) is not None


def field_adjective(word: str, nationality: Callable[[str], object], is_place: Callable[[str], bool]) -> bool:
    """A definite nisba adjective that agrees with a body's field ("الصحية", "الاقتصادية"), not the body's country
    (a nationality) nor a place's name."""
    return (
        word.startswith("ال")
        and word.endswith(("ية", "ي"))
        and len(word) > 5
        and not nationality(word)
        and not is_place(word)
    )


def agrees_with_head(head: str, adjective: str) -> bool:
    """Whether a nisba adjective after "BODY PLACE" agrees with the body's head noun rather than the place: a
    masculine ـي after a masculine head ("بنك الكويت المركزي"), a feminine ـية after a feminine one ("قناة
    القاهرة الإخبارية", "جمعية المحرق التعاونية"); the head indefinite, in construct with the place."""
    if head.startswith("ال"):
        return False
    feminine = head.endswith("ة")
    return adjective.endswith("ية") if feminine else adjective.endswith("ي")

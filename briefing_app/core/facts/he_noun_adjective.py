"""A Hebrew noun and the adjective after it, before a number that follows them: "תאונה קטלנית אחת" (one fatal
accident), "הרוג נוסף אחד". "One" follows its noun in Hebrew, and the word right before it was taken alone, so an
adjective ("קטלנית") was read for what the figure counts. Used by `counted_lead`."""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import STOP

# The endings of a Hebrew adjective that agrees with an indefinite noun: -ית, -י, -ים, -ות, and "נוסף(ת)".
_ADJECTIVE = re.compile(r"[\u05d0-\u05ea]{2,}(?:ית|י|יים|יות)|נוסף|נוספת|קשה|קל|קלה")


def he_noun_and_adjective(words: list[str]) -> str | None:
    """The last two of `words` (the text before "one") when they are an indefinite noun and its adjective."""
    if len(words) < 2 or not _ADJECTIVE.fullmatch(words[-1]):
        return None
    noun = words[-2]
    if noun in STOP["he"] or re.match(r"[ובלמש]?ה", noun) or not re.fullmatch(r"[\u05d0-\u05ea]{2,}", noun):
        return None  # (a definite noun or a function word: no indefinite phrase before "one")
    return f"{noun} {words[-1]}"

"""The noun an Arabic phrase of value ("بقيمة", "قدره", "ما يعادل") gives the amount of, when the word right before
that phrase is not the noun itself: an adjective ("عجز فعلي | بقيمة"), the end of a construct chain ("حصة صندوق
احتياطي الأجيال القادمة | بقيمة"), or a complement of place after the noun ("فائضا في الميزانية | بقيمة"). The
head of the phrase is what the sum counts."""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import AR_LEADS, AR_STOP, AR_VERB
from briefing_app.core.numbers import strip_arabic_marks

# An indefinite noun of change in the accusative ("انخفاضا", "ارتفاعا"), which the stop words hold as the result after
# a figure, but which heads a phrase of value before one.
_CHANGE_NOUN = re.compile(r"[وف]?(?:ارتفاعا|انخفاضا|تراجعا|نموا|هبوطا|زيادة|ارتفاع|انخفاض|تراجع|نمو)")
# Prepositions of a complement between a noun and its value ("فائضا | في الميزانية | بقيمة").
_COMPLEMENT_PREPOSITIONS = {"في", "من", "على", "ل", "لدى"}


def _indefinite_noun(word: str) -> bool:
    """An Arabic word that may head a construct or carry an indefinite adjective: no article, number, verb of
    change, function word or lead, three letters at least."""
    if re.match(r"[وفبل]?ال|لل", word) or not re.fullmatch(r"[\u0621-\u064a]{3,}", word):
        return False  # (an Arabic word: no digit, no Latin name "WhatsApp في صفقة")
    bare = re.sub(r"^[وف](?=\S{2})", "", word)
    return bare not in AR_STOP and word not in AR_STOP and word not in AR_LEADS and not re.fullmatch(AR_VERB, word)


def ar_valued_head(before: str, last: str) -> str | None:
    """The words before `last` (the word right before the phrase of value; `before` is the text before it) that head
    the noun phrase whose value follows: a masculine adjective in -ي after an indefinite noun ("عجز فعلي"), a definite
    noun and its adjective at the end of a construct chain of indefinite nouns ("حصة صندوق احتياطي الأجيال القادمة"),
    or a definite noun after a preposition after an indefinite noun ("فائضا في الميزانية"); None otherwise."""
    words = strip_arabic_marks(before).split()
    last = strip_arabic_marks(last)
    if not words:
        return None
    if re.fullmatch(r"(?!ال)[\u0621-\u064a]{3,}ي", last) and _indefinite_noun(words[-1]):
        return words[-1]  # "عجز فعلي بقيمة": a masculine nisba describing the noun before it
    if re.fullmatch(r"(?!ال)[\u0621-\u064a]{2,}(?:ي|يا|ية)", last) and _CHANGE_NOUN.fullmatch(words[-1]):
        return words[-1]  # "سجل انخفاضا شهريا قدره 0.4%": the change (a word other readings stop at) and its adjective
    if len(words) >= 2 and words[-1] in _COMPLEMENT_PREPOSITIONS and _indefinite_noun(words[-2]):
        if last not in AR_STOP and not re.fullmatch(AR_VERB, last):
            return f"{words[-2]} {words[-1]}"  # "فائضا في الميزانية بقيمة": the noun before its complement
    if not re.match(r"[وف]?ال", last):
        return None
    # a definite noun (and its definite adjective) closing a chain of indefinite construct heads
    chain_end = len(words)
    if re.match(r"[وف]?ال", words[-1]):
        chain_end -= 1  # "الأجيال | القادمة": the adjective's noun
    chain = chain_end
    while chain > 0 and _indefinite_noun(words[chain - 1]) and chain_end - chain < 4:
        chain -= 1
    if chain == chain_end:
        return None
    return " ".join(words[chain:])

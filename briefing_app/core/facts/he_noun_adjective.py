"""A Hebrew noun phrase before a number that follows it: "תאונה קטלנית אחת" (one fatal accident), "הרוג נוסף
אחד", "עובד מטבח אחד" (one kitchen worker), "טיול לילה ארוך אחד". "One" follows its noun in Hebrew, and the word
right before it was taken alone, so an adjective ("קטלנית") or a noun's complement ("מטבח") was read for what the
figure counts and the head noun was lost. Used by `counted_lead`."""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import STOP
from briefing_app.core.facts.hebrew_clitics import PRONOUN_PREPOSITIONS

# The endings of a Hebrew adjective that agrees with an indefinite noun: -ית, -י, -ים, -ות, and "נוסף(ת)".
_ADJECTIVE = re.compile(r"[\u05d0-\u05ea]{2,}(?:ית|י|יים|יות)|נוסף|נוספת|קשה|קל|קלה")
# The past of the nif'al ("נפצע", "נהרג", "נעצרה"), which opens a clause whose subject follows ("נפצע שוטר אחד"):
# נ and three root letters with no vowel letter, as no noun of that length is written ("נוסע", "נשיא" have one).
_NIFAL_PAST = re.compile(r"נ[^\u05d5\u05d9]{3}ה?")
# Adverbs that stand before a noun phrase and are no part of it ("יחד במדליון אחד", "שוב מקרה אחד").
_ADVERBS = frozenset({"יחד", "ביחד", "עוד", "שוב", "שם", "פה", "כאן", "אז", "עכשיו", "כעת", "אפילו", "אולי", "רק"})


def _indefinite_word(word: str) -> bool:
    """Whether `word` may open or continue an indefinite noun phrase: a bare Hebrew word that is no function word
    (nor a preposition with a pronoun, "בו", nor an adverb) and carries no article ("ה", "וה", "בה"...) nor
    punctuation (a comma ends the phrase), nor the ending ו of a plural past verb or a possessive ("שכרו",
    "ביתו"), which no indefinite noun phrase has."""
    return (
        word not in STOP["he"]
        and word not in PRONOUN_PREPOSITIONS
        and word not in _ADVERBS
        and not re.match(r"[ובלמש]?ה", word)
        and re.fullmatch(r"[\u05d0-\u05ea]{2,}", word) is not None
        and not (len(word) >= 4 and word.endswith("ו"))
        and not _NIFAL_PAST.fullmatch(word)
    )


def he_noun_and_adjective(words: list[str]) -> str | None:
    """The last two or three of `words` (the text before "one") when they are an indefinite noun phrase: a noun and
    its adjective or complement ("תאונה קטלנית", "עובד מטבח"), or a noun, its complement and an adjective ("טיול
    לילה ארוך" is read as far as the adjective's noun phrase goes). The word before the head may be a verb
    ("הוסיפה שלב אחד"): it stays in, as the counted noun does (not a plural verb in ו nor the nif'al, "נפצע שוטר
    אחד", which are known); the head is never dropped."""
    if len(words) < 2 or not _indefinite_word(words[-2]) or not re.fullmatch(r"[\u05d0-\u05ea]{2,}", words[-1]):
        return None  # (a definite noun or a function word before the last: no phrase of two words)
    if words[-1] in STOP["he"]:
        return None
    phrase = words[-2:]
    # (a third word only before an adjective's pair: "משחק ליגה ארצי אחד", a noun and its complement described)
    if len(words) >= 3 and _ADJECTIVE.fullmatch(words[-1]) and _indefinite_word(words[-3]):
        phrase = words[-3:]
    return " ".join(phrase)

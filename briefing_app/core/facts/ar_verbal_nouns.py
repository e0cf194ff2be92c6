"""A verb of saying's letters read as its verbal noun: Arabic writes the noun of replying, explaining or revealing
with the letters of the perfect verb (رد reply, شرح explanation, كشف disclosure, ذكر mention), and after a
preposition or an adverb of time ("أثناء رد وزيرة الصحة X على طلبات النواب", "خلال شرح", "عقب كشف") the word is
the noun, its "subject" a genitive, no one who speaks there. The verb-list reading took the minister named in such
an adjunct for the speaker of the sentence's quote, over the deputy whose "قال" opened it."""

from __future__ import annotations

import re

# Prepositions and adverbs of time no verb can follow, right before the word.
_BEFORE_NOUN = re.compile(
    r"(?<![\u0621-\u064a])(?:أثناء|اثناء|خلال|عقب|إثر|اثر|بعد|قبل|عند|لدى|حين|في|فى|على|من|عن|إلى|الى)\s+$"
)
# "According to" (حسب، وفق) stays a source after a preposition ("على وفق الدستور" is the law's, read elsewhere).
_ACCORDING = re.compile(r"(?:ب)?(?:حسب|وفق)")


# "Reaction" (رد فعل، ردة فعل، ردود الفعل): the noun of replying in construct with "action", never the verb and
# its subject ("وفي أول رد فعل، صرخت إحداهن «...»": no one called فعل spoke).
_REACTION = re.compile(r"[وف]?(?:رد|ردة|ردود)\s+(?:ال)?فعل(?![\u0621-\u064a])")


def verbal_noun_at(text: str, at: int) -> bool:
    """Whether the verb of saying that starts at `at` in `text` stands right after a preposition or an adverb of
    time, so is its verbal noun ("أثناء رد الوزيرة"), or is the noun of "reaction" ("رد فعل"), not a verb with a
    subject."""
    if _REACTION.match(text, at) is not None:
        return True
    if _ACCORDING.match(text, at) is not None:
        return False
    return _BEFORE_NOUN.search(text[:at]) is not None

"""Arabic replies introduced by a verb, its subject, whom it answers, then "saying:" ("وهنا رد رئيس المحكمة على
الدفاع قائلا: «...»", "وتدخل القاضي ورد على الدفاع قائلاً: «...»"). Court and debate copy gives two speakers their
turns in one paragraph so; the participle "قائلا" names nobody, and the reader then gave the quote to the person
named before (the lawyer who spoke first), not to the subject of the verb that opens the turn. The turn starts
after the previous quote's closing mark."""

from __future__ import annotations

import re

# Verbs that open a turn of reply or intervention, masculine and feminine, with و or ف and "here, then" before.
_TURN = re.compile(
    r"(?:^|\s)(?:وهنا\s+|ثم\s+)?[وف]?(?:رد|ردت|علق|علقت|[أا]جاب|[أا]جابت|عقب|عقبت|تدخل|تدخلت|خاطب|خاطبت|عاد|عادت)"
    r"\s+((?:[\u0621-\u064a]+\s+){1,4}?)(?=(?:على|إلى|الى|عن|و[\u0621-\u064a]+|قائل\S*)(?:\s|$))"
)
_NOT_SUBJECT = {"على", "إلى", "الى", "عن", "في", "فى", "من", "مع", "بأن", "أن", "إن"}


def turn_subject(before: str) -> str | None:
    """The subject of the verb of reply that opens the turn before a bare "قائلا:" (see the module's note): the
    words after the verb up to a preposition, a joined verb or the participle; None when the turn has none (a
    pronoun's noun after the verb, "ووجه حديثه", or a preposition right after it)."""
    turn = re.split(r"[\"”»]", before)[-1]
    if not re.search(r"قائل\S*\s*:?\s*$", turn):
        return None
    m = next(reversed(list(_TURN.finditer(turn))), None)  # (the last verb of reply in the turn)
    if m is None:
        return None
    words = m.group(1).split()
    if not words or words[0] in _NOT_SUBJECT or re.search(r"(?:ه|ها|هم)$", words[0]) and not words[0].startswith("ال"):
        return None
    return " ".join(words)

"""An Arabic name in quote marks that is no speech: a case, an operation, a campaign or an event named by its kind
and what it is about ('دفاع المتهمين فى "قضية اغتيال النائب العام"', 'خلال "عملية الفجر الجديد"'). Court and
security copy quotes these names in passing; a short quote that opens with such a kind, after a preposition, names
it."""

from __future__ import annotations

import re

# Kinds of named events and cases (with or without the article).
_KINDS = ("قضية", "عملية", "حملة", "مبادرة", "مؤتمر", "خلية", "أحداث", "مجزرة", "معركة", "مسيرة", "ثورة", "صفقة",
          "مشروع", "ملف", "واقعة", "حادثة")  # fmt: skip
_KIND = re.compile(rf"(?:ال)?(?:{'|'.join(_KINDS)})(?![\u0621-\u064a])")
# A preposition written apart or glued (Egyptian copy writes في as فى), or "known as".
_BEFORE = re.compile(r"(?<![\u0621-\u064a])(?:في|فى|عن|من|على|إلى|الى|حول|بشأن|خلال|ب|بـ|لـ|ل)\s*$")


def ar_named_in_marks(quoted: str, lead_in: str) -> bool:
    """Whether a quoted stretch of at most six words opens with a kind of named event or case and follows a
    preposition: a name quoted in passing, no one's speech."""
    words = quoted.split()
    return 2 <= len(words) <= 6 and _KIND.match(quoted.strip()) is not None and _BEFORE.search(lead_in) is not None


# A charge's wording after "on the charge of" ("بتهمة المشاركة في مظاهرة و”الاعتداء على شرطي ...”"): the court's or
# the prosecution's words for the offence, quoted in passing, no one's speech.
_CHARGE = re.compile(
    r"(?<![\u0621-\u064a])(?:ب|و)?(?:تهمة|تهم|التهم|التهمة|تهمتي)(?![\u0621-\u064a])[^.!?؟:«»\"“”]{0,80}$"
)


def ar_charge_in_marks(quoted: str, lead_in: str) -> bool:
    """Whether a quoted stretch of at most twelve words is a charge's wording, in the clause that names the
    charge."""
    return len(quoted.split()) <= 12 and _CHARGE.search(lead_in) is not None

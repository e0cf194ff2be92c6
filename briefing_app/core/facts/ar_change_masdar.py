"""An Arabic change told by its verbal noun, its subject in construct after it, before the step's lead: "أعلن البنك
ارتفاع تحويلات المصريين العاملين بالخارج خلال ... بمعدل 49.7%". The figure measures the change of that subject, not
the last words before the lead ("العاملين بالخارج")."""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import AR_STOP
from briefing_app.core.numbers import strip_arabic_marks

_MASDAR_CHANGE = re.compile(
    r"(?<!\S)[وب]?(ارتفاع|انخفاض|تراجع|زيادة|نمو|هبوط|تقلص)\s+((?!ال[أا]ول|في|من|على|عن|إلى|خلال)"
    r"[\u0621-\u064a]{3,}(?:\s+(?:ال|بال|لل)[\u0621-\u064a]{2,}){0,3})"
)
_LEAD_END = re.compile(r"(?:بنسبة|بمعدل|بمقدار|بنحو|بحوالي|ب)\s*$")


def ar_masdar_change(ahead: str) -> str | None:
    """"ارتفاع تحويلات المصريين العاملين بالخارج": the last change verbal noun of the clause and its subject, when the
    clause ends in a step's lead (or opens with the change) and holds no other figure after that noun; else None."""
    plain = strip_arabic_marks(ahead)
    found = list(_MASDAR_CHANGE.finditer(plain))
    # (with no lead only when the change opens the clause, as headlines write it: "نمو التجارة غير النفطية 24%")
    if not _LEAD_END.search(plain) and not (found and not plain[: found[0].start()].strip()):
        return None
    if not found or re.search(r"[\d٠-٩]", plain[found[-1].end() :]):
        return None
    words = [w for w in found[-1].group(2).split() if w not in AR_STOP]
    return f"{found[-1].group(1)} {' '.join(words)}" if words else None

"""What reached an Arabic level: "سجلت الاحتياطيات الأجنبية مستوى قياسيا بلغ 23.9 مليار", "تسجيل الاحتياطيات مستوى
غير مسبوق بلغ", "بلغت الأسعار مستوى غير مسبوق عند 2400 دولار". "مستوى" (a level) is a light noun: the figure counts
the subject of the verb (or verbal noun) of recording or reaching before it, not the level or its adjective."""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import AR_STOP
from briefing_app.core.numbers import strip_arabic_marks

_LEVEL_REACHED = re.compile(
    r"(?<!\S)[وف]?(?:سجلت|سجل|تسجل|يسجل|تسجيل|بلغت|بلغ|بلوغ|وصلت|وصل|وصول|حققت|حقق|تحقيق)\s+"
    # (the highest or lowest level, with a time adjunct between: "سجلت التحويلات خلال شهر يوليو أعلى مستوى شهري يتم
    # تسجيله تاريخيا بنحو 3.8 مليار")
    r"(?P<subject>(?:\S+\s+){0,7}?\S+)\s+(?:(?:أعلى|أدنى|اعلى|ادنى)\s+)?(?:ال)?مستو(?:ى|ي|يات|يا)\s+(?:\S+\s+){0,4}?"
    # (the lead may be read with the figure as its bound: "| بنحو 3.8 مليار")
    r"(?:(?:بلغ|يبلغ|بلغت|تبلغ|عند|قدره|يقدر\s+ب)\s*(?:نحو|حوالي|حوالى|قرابة)?)?\s*$"
)
_PREPOSITIONS = {"لدى", "في", "من", "على", "عن", "مع", "خلال"}


def ar_level_reached(before: str) -> str | None:
    """The subject that reached the level a figure gives, up to its first preposition; None if no such clause."""
    m = _LEVEL_REACHED.search(strip_arabic_marks(before))
    if m is None:
        return None
    words = m.group("subject").split()
    cut = next((k for k, w in enumerate(words) if k and w in _PREPOSITIONS), None)
    words = [w for w in words[:cut] if w not in AR_STOP]
    if not words or any(re.search(r"[\d٠-٩]", w) for w in words):
        return None
    return " ".join(words)

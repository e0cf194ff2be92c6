"""Arabic outlets relaying a body's or a person's warning: "وذكرت وكالة الأنباء X (بترا)، أن المديرية حذرت «...»،
وقالت إن «...»". The agency only reports; the subject of the clause it reports, before a verb of saying in the
past ("حذرت", "أكدت", "دعت"), said the words, and a later "وقالت" in the sentence goes on with that subject.
(`quote_speakers_rtl` read the same with a present-tense verb only, "أن الوزير يرى", and not past a bracketed
acronym and its comma.)"""

from __future__ import annotations

import re

_RELAYED = re.compile(
    r"(?<![\u0600-\u06ff])[وف]?(?:ذكرت|أشارت|نقلت|أفادت|أوردت|قالت|أضافت|كشفت)\s+"
    r"(?:ال)?(?:صحيفة|جريدة|وكالة|قناة|مجلة|إذاعة|موقع)(?:\s+[^\s.«»\"“”،,]+){0,4}?\s*[،,]?\s+(?:إلى\s+)?"
    r"(?:[أا]ن|ب[أا]ن)\s+((?:ال)?[\u0621-\u064a]{3,}(?:\s+[\u0621-\u064a]{3,}){0,3}?)\s+"
    r"(?:حذر|حذرت|[أا]كد|[أا]كدت|قال|قالت|[أا]شار|[أا]شارت|دعا|دعت|طالب|طالبت|شدد|شددت|[أا]وضح|[أا]وضحت|"
    r"اعتبر|اعتبرت|[أا]علن|[أا]علنت|نفى|نفت)(?![\u0600-\u06ff])"
)


def relayed_subject(before: str) -> str | None:
    """The subject of the clause an outlet reports in the sentence so far ("وذكرت وكالة X أن المديرية حذرت"),
    which speaks the quotes after it; None when the sentence has no such clause."""
    m = _RELAYED.search(before)
    return m.group(1) if m is not None else None

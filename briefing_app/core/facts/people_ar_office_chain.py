"""Whether the Arabic words right before a name in quote marks are an office's chain: an office noun ("المتحدث",
"مدير", "وزير") then only its complement, nouns in construct, "باسم" and definite words up to the mark
('المتحدث باسم وزارة الخارجية الايرانية "X Y"', 'مدير عام الشركة "X Y"'). Copy that quotes a person's name puts
it there; a work's or brand's name in marks follows a noun for the work ("فيلم", "برنامج"), which is no office."""

from __future__ import annotations

import re

from briefing_app.core.facts.people_ar_words import AR_ROLE_NOUNS, AR_TITLES
from briefing_app.core.facts.reporting_verbs import AR_SPEECH

# Particles and prepositions that end a chain: what stands before them is a clause, not an office's name.
_BREAKS = {"أن", "إن", "بأن", "أنه", "إنه", "عن", "على", "إلى", "الى", "من", "مع", "بعد", "قبل", "حول", "ضد", "فيلم",
           "كتاب", "برنامج", "مسلسل", "رواية", "أغنية", "مبادرة", "حملة", "مشروع"}  # fmt: skip


# Ranks written out as borrowed words, with or without the article ("الميجور جنرال", "الكولونيل").
_RANK_WORDS = {"جنرال", "الجنرال", "ميجور", "الميجور", "الكولونيل", "كولونيل", "الأدميرال", "أدميرال", "الكابتن"}


def office_chain_before(text: str) -> bool:
    """Whether `text` (up to a quote mark) ends with an office noun and its complement, at most six words after
    the noun, the last definite."""
    head = re.sub(r"[\"“”«]\s*$", "", text).rstrip()  # (” opens in copy that uses it both ways)
    words = head.split("،")[-1].split(",")[-1].split()[-9:]
    while len(words) > 2 and (words[-1] in AR_TITLES or words[-1] in _RANK_WORDS):
        words = words[:-1]  # ('المتحدث باسم وزارة الدفاع الروسية الميجور جنرال "X Y"': a rank after the office)
    if len(words) < 2 or not words[-1].startswith("ال"):
        return False  # ('وزير "X Y"': a bare office is the title readers' own case)
    for k in range(len(words) - 2, -1, -1):
        # (the joined "and" taken off, but not the first letter of وزير or ولي: the word as written first)
        word = words[k] if words[k] in AR_ROLE_NOUNS or words[k] in AR_TITLES else words[k].removeprefix("و")
        if word in _BREAKS or re.fullmatch(AR_SPEECH, word):
            return False
        if word in AR_ROLE_NOUNS or word in AR_TITLES or word.removeprefix("ال") in AR_ROLE_NOUNS:
            return all(w not in _BREAKS and not re.fullmatch(AR_SPEECH, w) for w in words[k + 1 :])
    return False

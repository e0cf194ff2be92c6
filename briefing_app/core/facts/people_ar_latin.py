"""A person named in Latin letters after an Arabic office or calling: "تسأل المدونة الأردنية Hareega باقي العالم",
"قال الباحث John Smith إن ...". Arabic copy keeps a blogger's handle or a foreign name as written; the Arabic
readers' shapes see only Arabic letters, so the noun before it (and its nisba adjectives) is the sign."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_words import AR_ROLE_NOUNS, _ar_core
from briefing_app.core.facts.people_index import PeopleIndex

# Callings of people that copy puts before a handle or a foreign name, beyond the shared role nouns.
_CALLINGS = {"مدون", "مدونة", "ناشط", "ناشطة", "مغرد", "مغردة", "مستخدم", "مستخدمة", "باحث", "باحثة", "كاتبة",
             "صحافي", "صحافية", "صحفية", "فنان", "فنانة", "مصور", "مصورة", "مهندس", "مهندسة", "طالب",
             "طالبة"}  # fmt: skip

_LATIN_AFTER = re.compile(
    r"(?<![\u0621-\u064a])[وبلف]?(ال[\u0621-\u064a]{3,}(?:\s+ال[\u0621-\u064a]{3,}(?:ي|ية)){0,2})\s+"
    r"([A-Z][A-Za-z0-9_.'-]+(?:\s+[A-Z][A-Za-z0-9_.'-]+){0,2})(?![A-Za-z])"
)


def find_latin_names(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Adds the people named in Latin letters right after a definite calling or office."""
    for s in sentences:
        for m in _LATIN_AFTER.finditer(s.text):
            head = _ar_core(m.group(1).split()[0])
            if head not in _CALLINGS and head not in AR_ROLE_NOUNS and head.removesuffix("ة") not in AR_ROLE_NOUNS:
                continue  # "شركة Apple", "موقع Twitter": a body or a site, no person
            if head in ("عام", "العام") or m.group(2).replace(".", "").isupper():
                continue  # "المركز الطبي العام MMC": an adjective, then a body's acronym
            index.add(m.group(2), m.group(1), s.index)

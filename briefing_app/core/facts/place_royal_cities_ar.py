"""Gulf "cities" of one purpose named after a king or a prince: "مدينة الملك X الطبية" (a medical city, a
campus of hospitals), "مدينة الأمير X بن Y الرياضية", "مدينة الملك X الاقتصادية". The kind, the title, the name
(with "بن X") and the adjective of what the city is for are one place's name; without that adjective "مدينة
الملك X" is left to the other finders (a king's town, or words of a longer phrase)."""

from __future__ import annotations

import re

_AR = r"[\u0621-\u064a]"
_CITY = re.compile(
    rf"(?<!{_AR})[وبل]?(مدينة\s+(?:الملك|الأمير|الامير|الشيخ)\s+{_AR}{{3,}}(?:\s+بن\s+{_AR}{{3,}}){{0,2}}"
    rf"\s+(?:الطبية|الرياضية|الجامعية|الصناعية|الاقتصادية|العسكرية|الأكاديمية|الرقمية|للعلوم\s+والتقنية))(?!{_AR})"
)


def royal_cities(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the purpose-built cities named after a royal in one Arabic sentence."""
    if "مدينة" not in text:
        return []
    return [
        (m.start(1), m.end(1), m.group(1))
        for m in _CITY.finditer(text)
        if not _SITE_BEFORE.search(text, 0, m.start())  # "ملعب مدينة الملك X الرياضية": the stadium's name, read whole
    ]


# A stadium named after the city it stands in: the site's finder (place_shapes_ar) reads the two as one name.
_SITE_BEFORE = re.compile(r"(?:ملعب|استاد|ستاد)\s+$")

"""A police district or region named after the officers who serve in it: "שוטרי מחוז ירושלים", "מפקד מחוז מרכז",
"חוקרי מרחב X", "שוטרי המחוז הצפוני". Police copy names such a unit as a body (its officers act, its commander
speaks); without the staff before it "מחוז X" is as often an area (a ministry's, a court's), so the staff noun is
the cue. The district is named by a place the gazetteer knows or by its side of the country, a region by one word."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup

_STAFF = r"(?:שוטרי|שוטר|שוטרת|מפקד|מפקדת|מפקדי|דובר|דוברת|דוברות|חוקרי|בלשי|לוחמי|ממ[\"\u05f4]ז)"
_UNIT = re.compile(
    rf"(?<![\u05d0-\u05ea])[ו]?[לב]?{_STAFF}\s+((?:מחוז|מרחב)\s+[\u05d0-\u05ea][\u05d0-\u05ea\"\u05f4]*(?:\s+[\u05d0-\u05ea]+)?"
    r"|המחוז\s+ה(?:צפוני|דרומי|מרכזי))"
)
# A district named by its side of the country (the police's own districts), not by a town.
_SIDES = {"מרכז", "צפון", "דרום", "חוף", 'ש"י', "ש״י"}
# Words after "מרחב" that are no region's name: a function word, a time, "and".
_NOT_REGION = {"של", "את", "על", "עם", "כי", "גם", "לא", "הוא", "היא", "זה", "זו", "אשר", "היום", "אתמול", "הערב"}


def police_units(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of police districts and regions named after their officers."""
    if "מחוז" not in text and "מרחב" not in text:
        return []
    out: list[tuple[int, int, str]] = []
    for m in _UNIT.finditer(text):
        words = m.group(1).split()
        if words[0] == "המחוז":
            out.append((m.start(1), m.end(1), m.group(1)))
            continue
        place = [w.rstrip(",.:;") for w in words[1:]]
        n = next((k for k in (2, 1) if len(place) >= k and _a_place(" ".join(place[:k]))), 0)
        if not n and words[0] == "מחוז" and place[0] in _SIDES:
            n = 1  # "מפקד מחוז מרכז": the district by its side of the country
        if not n and words[0] == "מרחב" and place[0][:1] not in "הו" and place[0] not in _NOT_REGION:
            n = 1  # "חוקרי מרחב X": a region by its one-word name
        if n:
            name = f"{words[0]} {' '.join(place[:n])}"
            out.append((m.start(1), m.start(1) + len(name), name))
    return out


def _a_place(words: str) -> bool:
    entry = lookup(words)
    return entry is not None and entry.kind == "place"

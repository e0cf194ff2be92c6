"""Arabic roads named by their kind, "طريق", as Gulf traffic and weather copy names them: after a king or prince
("طريق الملك X", "طريق الأمير X بن Y") or between the towns they join ("طريق X – Y السريع", "طريق X Y
الدولي", the first a town the gazetteer knows). "طريق" is also "way" ("عن طريق", by means of; "طريق الحوار"), so
only those two shapes are read, never after "عن"."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup

_AR = r"[\u0621-\u064a]"
_ROAD = re.compile(rf"(?<!{_AR})(?<!عن )[وبل]?(طريق)\s+")
# A road named after a royal: the title, the name, and "بن X" (once or twice).
_ROYAL = re.compile(rf"(?:الملك|الأمير|الامير|الشيخ|الإمام)\s+{_AR}{{3,}}(?:\s+بن\s+{_AR}{{3,}}){{0,2}}(?!{_AR})")
# A town, then (after a dash or a space) the town it runs to.
_TOWN = re.compile(rf"({_AR}{{3,}})(?:(\s*[-–]\s*|\s+)({_AR}{{3,}}))?")
# A road's own adjectives: the express way, the ring road, the international or coastal road.
_ROAD_ADJECTIVE = re.compile(r"\s+(?:السريع|الدائري|الدولي|الساحلي)(?![\u0621-\u064a])")


def _second_town(word: str, dash: bool) -> bool:
    """The second word of "طريق X Y" is the town the road runs to: after a dash, a town the gazetteer knows, or a
    definite word that is no relative adjective ("البطحاء", not "الرئيسي")."""
    entry = lookup(word)
    if dash or (entry is not None and entry.kind == "place"):
        return True
    return word.startswith("ال") and not word.endswith(("ي", "ية")) and len(word) > 4


def roads(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the roads one Arabic sentence names."""
    if "طريق" not in text:
        return []
    out = []
    for m in _ROAD.finditer(text):
        at = m.end()
        royal = _ROYAL.match(text, at)
        if royal is not None:
            end = royal.end()
        else:
            town = _TOWN.match(text, at)
            first = lookup(town.group(1)) if town is not None else None
            if town is None or first is None or first.kind != "place":
                continue  # "طريق الحوار" (the way of dialogue): no town, no road's name
            end = town.end(1)
            if town.group(3) and _second_town(town.group(3), "-" in town.group(2) or "–" in town.group(2)):
                end = town.end(3)
        adjective = _ROAD_ADJECTIVE.match(text, end)
        end = adjective.end() if adjective is not None else end
        out.append((m.start(1), end, text[m.start(1) : end]))
    return out

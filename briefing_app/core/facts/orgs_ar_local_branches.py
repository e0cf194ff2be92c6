"""Gulf local directorates named by their service and the place they serve, with no head noun before them: "صحة
X" (X's health directorate), "مرور محافظة X" (its traffic police), "تعليم منطقة X" (its education
directorate), "جوازات X". The service word alone is a common noun ("صحة المرضى", the patients' health; "تعليم
الأطفال"; "مرور الوقت", time passing), so the place after it must be a town or region the gazetteer knows (no
country: "مرور سوريا بأزمة" is Syria going through one), or come after its kind ("منطقة X", "محافظة X")."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup

_AR = r"[\u0621-\u064a]"
_BRANCH = re.compile(
    rf"(?<!{_AR})(?:[وبلف]|[وف]?ل)?((?:صحة|مرور|تعليم|جوازات)\s+(?:(منطقة|محافظة|مدينة)\s+)?)"
    rf"({_AR}{{3,}})(?:\s+({_AR}{{3,}}))?"
)


def _town(words: list[str]) -> int:
    """How many of the words (one or two) name a town or region the gazetteer knows; 0 for none or a country."""
    for n in (2, 1):
        entry = lookup(" ".join(words[:n])) if len(words) >= n else None
        if entry is not None and entry.kind == "place" and entry.detail != "country":
            return n
    return 0


def local_branches(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the local directorates one Arabic sentence names by service and place."""
    if not re.search(r"صحة|مرور|تعليم|جوازات", text):
        return []
    out = []
    for m in _BRANCH.finditer(text):
        words = [w for w in (m.group(3), m.group(4)) if w]
        n = _town(words)
        if n == 0 and m.group(2) is not None:
            n = 1  # "مرور محافظة X": a town no list holds, after its kind (one word: the next may be the verb's object)
        if n == 0:
            continue
        end = m.end(3) if n == 1 else m.end(4)
        out.append((m.start(1), end, text[m.start(1) : end]))
    return out

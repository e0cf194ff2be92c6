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


# A head noun of an office before the service ("إدارة مرور X", "شعبة جوازات X"), or a verb a body does after the
# place ("مرور X باشر الحادث"): the service of a district no list holds, no common noun ("مرور الوقت", time passing).
# ("مديرية صحة X", the health directorate of X, as Syrian and Iraqi copy names it: the head stays in the name)
_HEAD_BEFORE = re.compile(rf"(?<!{_AR})[وبلف]?(?:إدارة|ادارة|مديرية|شعبة|قسم|فرع|مكتب)\s+$")
_BODY_VERB_AFTER = re.compile(
    rf"\s+(?:باشر|باشرت|تمكن|تمكنت|ضبط|ضبطت|أعلن|أعلنت|أوضح|أوضحت|رصد|رصدت|نفذ|نفذت|أطلق|أطلقت|تلقى|تلقت)(?!{_AR})"
)
_NOT_PLACE_WORDS = frozenset({"المنطقة", "المحافظة", "المدينة", "العاصمة", "الوقت", "الزمن", "السيارات", "المركبات"})


def _named_as_a_body(text: str, start: int, end: int, word: str) -> bool:
    """Whether the service and the one word after it are named as an office: a head noun before, a verb after."""
    if word in _NOT_PLACE_WORDS or not word.startswith("ال"):
        return False
    head = _HEAD_BEFORE.search(text[max(0, start - 12) : start]) is not None
    return head or _BODY_VERB_AFTER.match(text, end) is not None


_LOCAL_BRANCHES_RE1 = re.compile(r"صحة|مرور|تعليم|جوازات")


def local_branches(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the local directorates one Arabic sentence names by service and place."""
    if not _LOCAL_BRANCHES_RE1.search(text):
        return []
    out = []
    for m in _BRANCH.finditer(text):
        words = [w for w in (m.group(3), m.group(4)) if w]
        n = _town(words)
        if n == 0 and m.group(2) is not None:
            n = 1  # "مرور محافظة X": a town no list holds, after its kind (one word: the next may be the verb's object)
        if n == 0 and _named_as_a_body(text, m.start(1), m.end(3), m.group(3)):
            n = 1  # "إدارة مرور X", "مرور X باشر": a head noun before it or a verb after it, a district no list holds
        if n == 0:
            continue
        end = m.end(3) if n == 1 else m.end(4)
        head = _HEAD_BEFORE.search(text[max(0, m.start(1) - 12) : m.start(1)])
        start = m.start(1)
        if head is not None:
            start = m.start(1) - len(head.group(0)) + (1 if head.group(0)[0] in "وبلف" else 0)
        out.append((start, end, text[start:end]))  # "إدارة مرور X": the office with its head noun
    return out

"""Arabic towns and districts no list holds, named as where a site or body stands: the site's or body's name, then
"في X" or "بـX" closing the clause ("مركز الفرسان الصحي في الدوحة الجديدة،", "مدينة الملك X الصناعية برابغ."). Gulf
project and crime copy names a small town so; the word is a place only where nothing follows it in its clause (a
mark or the end), and it is no word of time, place-in-general, a statement's noun or a pronoun's ending ("بدوره،",
"في بيان،")."""

from __future__ import annotations

import re

_AR = r"[\u0621-\u064a]"
_LOCATED = re.compile(rf"\s+(?:(?:في|فى)\s+|ب)({_AR}{{3,}})(?!{_AR})(?=\s*(?:[،,.؛:]|$))")
# Words that close such a clause and name no town: the place in general, times, a statement's nouns.
_NOT_TOWNS = frozenset(
    {
        "المنطقة", "المدينة", "المحافظة", "المملكة", "البلاد", "العاصمة", "الدولة", "الخارج", "الداخل", "الموقع",
        "المقر", "الميدان", "الحادث", "الحال", "الوقت", "العام", "الماضي", "المستقبل", "الحسبان", "الاعتبار",
        "بيان", "تصريح", "تصريحات", "تغريدة", "مؤتمر", "اجتماع", "ذلك", "هذا", "هذه", "حينه", "وقت", "المقابل",
        "الأمس", "الليل", "النهار", "الصباح", "المساء", "الإضافة", "الاضافة", "الكامل", "المجان", "الجملة",
        "العالم", "الإقليم", "المحيط", "الجوار", "الأطراف",
    }
)  # fmt: skip


# The head nouns of bodies that stand somewhere (a centre, a hospital, a plant, a college): a town after one is where
# it stands; after another body ("رئيس كتلة X في الائتلاف") it is as often a larger body the first sits in.
_SITE_HEADS = frozenset(
    {
        "مركز", "مستشفى", "مجمع", "مبنى", "محطة", "مدرسة", "كلية", "نادي", "جامعة", "مصنع", "فرع", "مطار", "ميناء",
        "سوق", "فندق", "متحف", "مسجد", "مدينة", "معهد", "مستوصف", "مختبر", "مستودع", "حديقة", "ملعب", "استاد",
    }
)  # fmt: skip


def names_a_site(name: str) -> bool:
    """Whether a name of more than one word opens with a site's head noun ("مركز X الصحي", "مدينة الملك X")."""
    head = name.split(" ", 1)[0]
    return " " in name and (head in _SITE_HEADS or head.removeprefix("ال") in _SITE_HEADS)


def towns_after_sites(text: str, ends: list[int]) -> list[tuple[int, int, str]]:
    """(start, end, name) of the one-word places right after a site or body ending at one of `ends`."""
    out = []
    for end in sorted(set(ends)):
        m = _LOCATED.match(text, end)
        if m is None:
            continue
        name = m.group(1)
        if name in _NOT_TOWNS or name.endswith(("ه", "ها", "هم", "ي", "ية")):
            continue  # "بدوره" (in turn), "بمقرها": a pronoun's ending; "في الدورة الثانية": an adjective's
        out.append((m.start(1), m.end(1), name))
    return out

"""The subject of an Arabic verb of ranking before its figure: "احتلت صادرات المجمع الشريف للفوسفاط الصدارة باجمالي
82,4 مليار درهم"، "وتأتي صادرات قطاع صناعات السيارات في الرتبة الثانية ب77.7 مليار"، "وتصدرت الإمارات القائمة
بنسبة 31%". The rank ("الصدارة", "الرتبة الثانية") stands between subject and figure and was read as what the
figure counts. Used by `counted_rtl`."""

from __future__ import annotations

import re

from briefing_app.core.facts.ar_times import ar_without_time
from briefing_app.core.facts.figure_words import AR_STOP
from briefing_app.core.numbers import strip_arabic_marks

_RANKED = re.compile(
    r"(?<!\S)[وف]?(?:احتل|احتلت|تحتل|يحتل|تصدر|تصدرت|يتصدر|تتصدر|جاء|جاءت|تأتي|يأتي|حل|حلت|تحل|يحل)\s+"
    r"((?:\S+\s+){0,5}?\S+)\s+(?:في\s+)?(?:ال)?(?:صدارة|مرتبة|رتبة|مركز|مقدمة|قائمة)(?:\s+(?!ب)\S+){0,2}\s+"
    r"(?:ب|بـ|ب?[إا]جمالي|بقيمة|بنسبة|بحصة|بنحو|بحوالي)\s*$"
)


_RANK_WORD = re.compile(r"(?:صدارة|مرتبة|رتبة|مركز|مقدمة|قائمة)")


def ar_ranked_subject(before: str) -> str | None:
    """The subject of the verb of ranking whose rank and lead end the text before an Arabic figure, else None."""
    # ("وتصدرت الألبسة قائمة السلع المصدرة في نفس الفترة بقيمة": a time adjunct between the rank and the lead)
    bare = strip_arabic_marks(before)
    m = _RANKED.search(bare)
    if m is None and _RANK_WORD.search(bare[-120:]):  # (the time adjuncts read only when a rank is near)
        m = _RANKED.search(ar_without_time(bare))
    if m is None:
        return None
    subject = [w for w in m.group(1).split() if w not in AR_STOP]
    if not subject or any(re.search(r"[\d٠-٩]", w) for w in subject):
        return None
    return " ".join(subject)

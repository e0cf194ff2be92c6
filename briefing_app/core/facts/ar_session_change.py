"""An Arabic market report's close: "وأغلق مؤشر السوق الرئيسي تعاملاته اليوم على ارتفاع بنسبة 0.8% ليستقر عند 7520
نقطة", "واختتم المؤشر العام جلسته على تراجع بمقدار 35 نقطة". The figure after "على <change>" measures the change of
the subject of the verb of closing (the index), not the change noun alone; the level reached after it is the same
index's. Bourse, oil and currency notes in every Gulf and Levant paper open so."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact
from briefing_app.core.numbers import strip_arabic_marks

_WORD = r"[\u0621-\u064a]+"
# A verb of closing or opening a session, its subject (one to five words), what it closed (its dealings, its session)
# and a time, then "على" and a change noun, its measure word and a bound, right before the figure.
_SESSION_CHANGE = re.compile(
    r"(?:^|[\s،,])[وف]?(?:أغلق|أغلقت|اغلق|اغلقت|اختتم|اختتمت|أنهى|أنهت|انهى|انهت|أقفل|أقفلت|افتتح|افتتحت|استهل|استهلت)"
    rf"\s+((?:(?!(?:تعاملات|تداولات|جلس|على|اليوم|أمس)){_WORD}\s+){{1,5}}?)"
    r"(?:(?:تعاملاته|تعاملاتها|تعاملات|تداولاته|تداولاتها|تداولات|جلسته|جلستها|جلسة|الجلسة|التعاملات|التداولات)"
    rf"(?:\s+(?!على){_WORD}){{0,3}}\s+)?"
    r"على\s+(ارتفاع|انخفاض|تراجع|صعود|هبوط|زيادة|نمو|مكاسب|خسائر|خسارة)"
    r"(?:\s+(?:طفيف|محدود|ملحوظ|كبير))?\s*(?:بنسبة|بمقدار|قدره|قدرها|نسبته|نسبتها)?\s*"
    r"(?:(?:نحو|حوالي|حوالى|قرابة)\s*)?$"
)

# A height, not a change: "أغلقت الشرطة الطريق على ارتفاع 1200 متر".
_HEIGHT_AFTER = re.compile(r"\s*(?:متر|مترا|أمتار|امتار|كيلومتر|كيلومترات|كم|قدم|أقدام)(?![\u0621-\u064a])")


def ar_session_change(facts: list[Fact], text: str) -> None:
    """Give the figure after "أغلق X تعاملاته على ارتفاع بنسبة" the change of X, and the figures after it that took
    the change noun alone for what they are of (the level it settled at) X too."""
    for i, f in enumerate(facts):
        if f.number is None:
            continue
        m = _SESSION_CHANGE.search(strip_arabic_marks(text[: f.number.start]))
        if m is None or _HEIGHT_AFTER.match(strip_arabic_marks(text[f.number.end :])):
            continue
        subject, change = " ".join(m.group(1).split()), m.group(2)
        read, f.counts = f.counts, f"{change} ({subject})"
        if not read:
            continue
        for g in facts[i + 1 :]:  # ("ليستقر عند 7520 نقطة": "نقطة (ارتفاع)" read the change as what it is of)
            if g.counts and g.counts.endswith(f"({read})"):
                g.counts = g.counts[: -len(read) - 2] + f"({subject})"

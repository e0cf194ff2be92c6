"""An Arabic level told by a measure noun with a pronoun for what it measures: "ارتفعت الصادرات بنسبة 16% لتبلغ
قيمتها 11.8 مليار جنيه" (its value), "ارتفعت الودائع لدى البنوك ليصل حجمها إلى 40 مليار دينار" (their volume).
The pronoun stands for the clause's subject, which the figure before it in the sentence counts already, or which
follows the clause's opening verb; the counted reader gave "قيمتها" or "حجمها" alone."""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import AR_LEADS
from briefing_app.core.facts.model import Fact

_SPANS = ("hours", "days", "weeks", "months", "years", "minutes", "seconds")
_MEASURE = r"(?:قيمت|حجم|عدد|مجموع|إجمالي|اجمالي|رصيد)"
# The counts read: the measure noun with its pronoun, and only the verb of reaching and a time around it
_PRONOUN_MEASURE = re.compile(
    rf"\s*(?:[وفل]?[يت](?:بلغ|صل|رتفع|نخفض|تراجع)\s+)?({_MEASURE})(?:ها|ه|هما|هم)(?:\s+(?:بنهاية|نهاية|في|خلال)\s+\S+)?\s*"
)
# A sentence's opening verb of change and its subject: "وارتفعت الودائع لدى البنوك | ليصل"
_OPENING_SUBJECT = re.compile(
    r"^\s*[وف]?(?:ارتفع|انخفض|تراجع|قفز|زاد|نما|هبط|صعد|تقلص)(?:ت)?\s+((?:[\u0621-\u064a]+\s+){0,3}?[\u0621-\u064a]+)"
    r"\s+(?:بنسبة|ب|ل[يت](?:بلغ|صل))"
)


def ar_pronoun_measure(facts: list[Fact], text: str) -> None:
    """Give a figure counted only as a measure with a pronoun what the pronoun stands for (see the docstring)."""
    for i, f in enumerate(facts):
        read = _PRONOUN_MEASURE.fullmatch(f.counts) if f.counts else None
        if read is None or f.number is None:
            continue
        measure = "قيمة" if read.group(1) == "قيمت" else read.group(1)
        # (not a figure before it that counted only its lead, "بنسبة", nor a span, "منذ 6 أشهر")
        before = [g for g in facts[:i] if g.counts and g.unit not in _SPANS and g.counts.strip() not in AR_LEADS]
        before = [g for g in before if not re.search(r"[\d٠-٩]", g.counts or "")]
        whole = before[-1].counts if before and not _PRONOUN_MEASURE.fullmatch(before[-1].counts or "") else None
        if whole is None:
            opening = _OPENING_SUBJECT.match(text[: f.number.start])
            whole = opening.group(1) if opening else None
        inner = re.fullmatch(r"[^()]+\(([^()]+)\)", whole or "")
        whole = inner.group(1) if inner else whole  # "ارتفاعا (الصادرات المصرية)": the change's subject
        if whole:
            f.counts = f"{measure} ({whole})"


# A noun described by its own measure with a pronoun right before the figure: "مسيرة احتجاجية طولها 700 كم", "سد
# ارتفاعه 120 مترا", "أرض مساحتها 40 هكتارا" (the measure of the noun before it, an adjective clause without a verb).
_DESCRIBED_BY_MEASURE = re.compile(
    r"((?:[\u0621-\u064a]+\s+){0,2}[\u0621-\u064a]+)\s+(طول|عرض|ارتفاع|عمق|مساحت|وزن|سعت|مدت|قطر)(?:ها|ه|هما|هم)\s*$"
)


def ar_described_measure(facts: list[Fact], text: str) -> None:
    """Give a figure read only as "its length" ("طولها") the measure and the noun it describes ("طول (مسيرة
    احتجاجية)")."""
    for f in facts:
        if f.number is None or not f.counts or not re.fullmatch(
            r"(?:طول|عرض|ارتفاع|عمق|مساحت|وزن|سعت|مدت|قطر)(?:ها|ه|هما|هم)", f.counts.strip()
        ):
            continue
        described = _DESCRIBED_BY_MEASURE.search(re.split(r"[،,.:;؛]", text[: f.number.start])[-1])
        if described is None:
            continue
        words = [w for w in described.group(1).split() if w not in ("في", "من", "على", "إلى", "عن", "مع")]
        measure = {"مساحت": "مساحة", "سعت": "سعة", "مدت": "مدة"}.get(described.group(2), described.group(2))
        if words:
            f.counts = f"{measure} ({' '.join(words)})"

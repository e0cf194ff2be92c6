"""Arabic figures whose clause leaves out what they count because the sentence said it already:

- a value told after a quantity of the same goods, "بلغت كمية الصادرات 1.348 مليون طن وبقيمة 523 مليون يورو": the
  value of what the quantity before counts ("قيمة الصادرات"), not "1.348 مليون طن وبقيمة";
- a verb of change with its subject left out after "ثم" or a comma, "ثم ارتفعت إلى 1.99 مليون طن": the same
  subject as the figure of the same unit before it;
- "cases" after a verb or verbal noun in the construct, "وتوفيت 3163 حالة", "وشفاء أربع حالات": the cases of what
  the verb says ("حالة (توفيت)"), as "آخرين (أصيب)" already is.
Statistics and trade copy (Syrian, Jordanian, Algerian case counts) tell figures so."""

from __future__ import annotations

import re

from briefing_app.core.facts.counted_rtl import ar_construct_head
from briefing_app.core.facts.figure_words import AR_VERB
from briefing_app.core.facts.model import Fact
from briefing_app.core.numbers import strip_arabic_marks

# ("and at a value of", the و glued: not "وقعت الشركة عقودا بقيمة 40 مليار", the value of the contracts named before it)
_VALUE_LEAD = re.compile(r"(?<!\S)وبقيمة(?:\s+(?:إجمالية|قدرها|تبلغ|بلغت))?\s*(?:نحو\s+|حوالي\s+|حوالى\s+)?$")
_MEASURE_HEAD = re.compile(r"^(?:كمية|حجم|عدد|إجمالي|اجمالي)\s+")
_ELIDED_CHANGE = re.compile(
    r"^\s*(?:ثم|و|كما)?\s*(?:ارتفعت|ارتفع|انخفضت|انخفض|تراجعت|تراجع|زادت|زاد|قفزت|قفز|وصلت|وصل|بلغت|بلغ|نمت|نما)"
    r"(?:\s+(?:إلى|الى|لتصل\s+إلى))?\s*$"
)
_CAUSE = re.compile(r"(?:جراء|نتيجة|إثر|اثر|بسبب|بفعل|بعد|قبل|نحو|حوالي|قرابة|زهاء)")
# ("cases" say nothing of what befell them; "40 شخصا" already says people, and stays as it was read)
_GENERIC = re.compile(r"[وب]?(?:حالة|حالات)")


def ar_told_again(facts: list[Fact], text: str) -> None:
    """Give the figures of the shapes in the module docstring what the sentence already said they count."""
    for i, f in enumerate(facts):
        n = f.number
        if n is None:
            continue
        before = strip_arabic_marks(text[: n.start])
        previous = [e for e in facts[:i] if e.number is not None and e.counts]
        unread = f.counts is None or re.search(r"[\d٠-٩]|بقيمة", f.counts) is not None
        told = bool(previous) and (unread or f.counts == previous[-1].counts)
        if _VALUE_LEAD.search(before) and told:
            what = _MEASURE_HEAD.sub("", previous[-1].counts or "")
            if what and not re.search(r"[\d٠-٩]", what):
                f.counts = f"قيمة {what}"
            continue
        clause = re.split(r"[،,؛;.]", before)[-1]
        if _ELIDED_CHANGE.fullmatch(clause) and previous:
            same = [e for e in previous if e.unit == f.unit and not re.search(r"[\d٠-٩]", e.counts or "")]
            if same and (f.counts is None or re.search(r"[\d٠-٩]", f.counts) or f.counts.split()[0] in clause):
                f.counts = same[-1].counts
            continue
        after = re.sub(r"[^\s\u0621-\u064a]", " ", strip_arabic_marks(text[n.end :])).split()  # ("حالة.")
        if f.counts and _GENERIC.fullmatch(f.counts.strip()) and after and _GENERIC.fullmatch(after[0]):
            words = before.split()
            head = words[-1] if words else ""
            bare = re.sub(r"^[وف](?=\S{3})", "", head)
            # (not a cause or a pronoun's noun: "جراءه 69 شخصا", "بسبب")
            cause = _CAUSE.fullmatch(bare) or re.search(r"(?:ه|ها|هم|هما)$", bare)
            if head and not cause and not re.fullmatch(AR_VERB, head) and ar_construct_head(head) and not (
                re.search(r"[\d٠-٩]", head)
            ):
                f.counts = f"{f.counts} ({bare})"

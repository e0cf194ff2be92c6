"""The later items of an Arabic ranking: "وحلت منطقة X في المركز الأول من حيث قيمة المبايعات بـ 3 مليارات درهم، وجاءت
ثانياً منطقة Y بـ 1.9 مليار درهم، وثالثاً منطقة Z بـ 1.4 مليار" (how land departments, ports and ministries rank
areas, goods or partners). Each later item names only who ranks; what its figure measures is what the first item's
figure measures, of that item, not the item's name alone."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact
from briefing_app.core.numbers import strip_arabic_marks

_WORD = r"[\u0621-\u064a]+"
# Between two items: the first's unit words, a comma, "و", an ordinal adverb or "then" (a verb of coming after it),
# then the next item's name (one to six words, a number in it allowed: "اليلايس 1") and "بـ" before the figure.
_RANKED_GAP = re.compile(
    rf"\s*(?:{_WORD}\s*){{0,3}}[،,]\s*و?(?:(?:جاءت|جاء|حلت|حل)\s+)?(?:ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا|أخيرا|اخيرا|ثم|تلتها|تلاها)"
    rf"\s+(?:(?:جاءت|جاء|حلت|حل|تلتها|تلاها)\s+)?((?:\S+\s+){{0,5}}?\S+)\s+(?:بـ|ب)?\s*"
    r"(?:(?:نحو|حوالي|حوالى|قرابة)\s*)?"
)


def ar_ranked_items(facts: list[Fact], text: str) -> None:
    """Give each later item of an Arabic ranking the first item's reading, of its own item (the figure before of the
    same unit: a number in an item's name, "اليلايس 1", stands between them)."""
    for i, g in enumerate(facts):
        f = next((e for e in reversed(facts[:i]) if e.unit == g.unit and e.unit is not None), None)
        if f is None or f.number is None or g.number is None or not f.counts:
            continue
        gap = _RANKED_GAP.fullmatch(strip_arabic_marks(text[f.number.end : g.number.start]))
        if gap is None or re.search(r"[،,]", gap.group(1)):
            continue
        base = re.sub(r"\s*\([^()]+\)$", "", f.counts)
        g.counts = f"{base} ({' '.join(gap.group(1).split())})"

"""An item of an Arabic list named in quote marks right before its measure: "وساهم في ارتفاع الرقم القياسي بشكل رئيسي
'مجموعة الأمتعة الشخصية' بنسبة 5.75%، و'التبغ والسجائر' بنسبة 5.18%" (how statistics offices quote the groups of
an index). What the figure measures is the quoted group, not the subject of the verb before the list; the whole group,
not its last words ("ومنتجاتها والبيض'")."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact
from briefing_app.core.numbers import strip_arabic_marks

# A quoted group of one to six words (no figure inside), "و" or nothing before it, then the measure word of the item.
_QUOTED_ITEM = re.compile(
    r"(?:^|[\s،,(])(?:([\u0621-\u064a]+)\s+)?و?(['«\"“‘])([^'«»\"“”‘’\d،,]{2,60}?)(['»\"”’])\s*"
    r"(?:بنسبة|بقيمة|بمعدل|بمقدار|بواقع)\s*(?:(?:نحو|حوالي|حوالى|قرابة)\s*)?\(?\s*$"
)
# Nouns that own a quoted company or brand name right after them: what changed is theirs.
_OWNERS = {"سهم", "أسهم", "اسهم", "أرباح", "ارباح", "مبيعات", "إيرادات", "ايرادات", "صادرات", "واردات", "شركة",
           "مؤشر", "قطاع", "أصول", "ودائع", "عائدات"}  # fmt: skip
_CLOSES = {"'": "'", "«": "»", '"': '"', "“": "”", "‘": "’"}


def ar_quoted_items(facts: list[Fact], text: str) -> None:
    """Give an Arabic figure after "'group' بنسبة" its quoted group as what it measures."""
    for f in facts:
        if f.number is None:
            continue
        m = _QUOTED_ITEM.search(strip_arabic_marks(text[: f.number.start]))
        if m is None or _CLOSES[m.group(2)] != m.group(4) or len(m.group(3).split()) > 6:
            continue
        quoted = " ".join(m.group(3).split())
        owner = m.group(1) if m.group(1) in _OWNERS else None
        # ("وارتفع سهم "الرواد" بنسبة 2%": a quoted name owned by the noun before it; the share, of that name)
        f.counts = f"{owner} {quoted}" if owner else quoted

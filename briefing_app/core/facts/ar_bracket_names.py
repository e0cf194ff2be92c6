"""An Arabic name of one word and a number in brackets: "(كويت 15)", "(فوتسي 100)", "(المادة 12)" — an index, a
list or an article of law named by its number, no figure. Market copy brackets such names ("انخفض المؤشران الوزني
و(كويت 15) 07ر0 نقطة"); a quantity in brackets has its unit or sign ("(15 مليون دولار)", "(15%)") or a word of
amount before it ("(نحو 15)")."""

from __future__ import annotations

import re

from briefing_app.core.numbers import NumberMatch

_NAME_BEFORE = re.compile(r"\(\s*[\"«]?\s*([وبل]?[\u0621-\u064a]{3,})\s*$")
_CLOSE_AFTER = re.compile(r"\s*[\"»]?\s*\)")
# Words of amount, approximation or comparison: what they lead is a quantity.
_AMOUNT_WORDS = re.compile(
    r"[وبل]?(?:نحو|حوالي|حوالى|قرابة|زهاء|أكثر|أقل|بنسبة|بواقع|بقيمة|بمبلغ|مقابل|مقارنة|عدد|عددهم|عددها|إجمالي|"
    r"اجمالي|مجموع|أي|منها|منهم|فقط|مبلغ|قيمة|سعر|يعادل|تعادل|بلغ|بلغت|ارتفاع|انخفاض|زيادة)"
)


def ar_bracket_name(text: str, n: NumberMatch) -> bool:
    """Whether the Arabic number `n` of `text` is the number of a one-word name in brackets (see above)."""
    if n.kind != "number" or n.currency or n.scale != 1.0 or n.spelled or not re.fullmatch(r"[\d٠-٩]+", n.text):
        return False
    before = _NAME_BEFORE.search(text[: n.start])
    if before is None or not _CLOSE_AFTER.match(text, n.end):
        return False
    return _AMOUNT_WORDS.fullmatch(before.group(1)) is None

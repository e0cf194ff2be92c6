"""Arabic percentages of the national product: "تفاقم عجز الموازنة إلى 3.6% من إجمالي الناتج المحلي", "وتحقيق فائض
أولي 4% من الناتج المحلي", "وعجزا بالموازنة بنسبة 9.9% من الناتج المحلي".

The product is the yardstick the quantity is measured against, not what the figure counts: the figure is the
deficit, the surplus, the debt, the spending named before it in its clause (as `share_he_product` reads Hebrew "5.6%
תוצר"). The share reader took "من X" after a percentage for its whole ("40% من السكان": the inhabitants), which is
right for a count of people and wrong for the product. A sum right after the share that restates it ("مسجلا نحو
306.8 مليار جنيه", "بما يعادل 132 مليار جنيه") counts the same quantity.

The fiscal and external quantities measured against the product form a closed class of economics (deficit,
surplus, debt, spending, revenue, investment, exports, imports, remittances, reserves, taxes), not one page's words.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

# "من (إجمالي) الناتج (المحلي) (الإجمالي)", "كنسبة من الناتج", "للناتج", "من الدخل القومي"; "من الـGDP" is rare.
_OF_PRODUCT = re.compile(
    r"\s*(?:[%٪]|(?:في\s+|بال)?الم[ئا]+ة|بالمائة)?\s*(?:كنسبة\s+)?(?:من|إلى|الى|لل|ل)\s*(?:إجمالي\s+|اجمالي\s+)?"
    r"(?:ال)?(?:ناتج|دخل\s+القومي)(?![\u0621-\u064a])"
)
# The heads measured against the product, with "و", "ب", "ل" glued and the article: "عجز", "الفائض", "وعجزا",
# "الدين العام", "مديونية", "الإنفاق", "نفقات", "مصروفات", "إيرادات", "الاستثمارات", "صادرات", "واردات",
# "تحويلات", "الاحتياطيات", "الضرائب".
_HEAD = re.compile(
    r"(?<![\u0621-\u064a])(?:[وفبل]|وب|ول)?(?:ال)?"
    r"(?:عجز|فائض|دين|ديون|مديونية|إنفاق|انفاق|نفقات|مصروفات|إيرادات|ايرادات|استثمارات|استثمار|صادرات|واردات|"
    r"تحويلات|احتياطيات|احتياطي|ضرائب|حصيلة)(?:ا|اً|ًا)?(?![\u0621-\u064a])"
)
# Words that end the head's noun phrase: prepositions, leads, verbs of change and reaching, times.
_ENDS = re.compile(
    r"(?:إلى|الى|من|في|خلال|عند|على|عن|مع|بنسبة|بنحو|نحو|حوالي|حوالى|قرابة|مقارنة|مقابل|بلغ|بلغت|سجل|سجلت|"
    r"ارتفع|ارتفعت|انخفض|انخفضت|تراجع|تراجعت|وصل|وصلت|يبلغ|تبلغ|يصل|تصل|ليصل|لتصل|ليبلغ|لتبلغ|يمثل|تمثل|"
    r"يعادل|أي|هو|هي|قد|كان|كانت)"
)
# What restates the share as a sum right after it: "مسجلا نحو 306.8 مليار", "بما يعادل 132 مليار", "أي 20 مليار".
_RESTATED = re.compile(
    r"[^\d٠-٩().،,]{0,60}?(?:[،,]\s*)?(?:مسجلا|مسجلاً|مسجلة|مسجلةً|بما\s+يعادل|ما\s+يعادل|بما\s+قيمته|أي\s+ما|أي|"
    r"ويعادل|يعادل)\s*(?:(?:نحو|حوالي|حوالى|قرابة)\s*)?$"
)


def _head_phrase(clause: str) -> str | None:
    """The last head of the closed class in `clause` and up to two words after it that go on its noun phrase."""
    heads = list(_HEAD.finditer(clause))
    if not heads:
        return None
    head = heads[-1]
    words = [head.group(0)]
    for w in clause[head.end() :].split()[:2]:
        if _ENDS.fullmatch(w) or re.search(r"[\d٠-٩%٪]", w) or not re.fullmatch(r"[\u0621-\u064a\u0640]+", w):
            break
        words.append(w)  # "الفائض الأولي للموازنة", "عجز موازنة مصر", "عجزا بالموازنة العامة"
    return " ".join(words)


def ar_share_of_product(facts: list[Fact], text: str) -> None:
    """Give a percentage of the national product what its clause measures (a deficit, a debt, a surplus), and a sum
    that restates that share right after it the same (see the module docstring). `facts`: the figures of the
    sentence `text`, in order."""
    for i, f in enumerate(facts):
        if f.number is None or f.unit != "percent" or not _OF_PRODUCT.match(text, f.number.end):
            continue
        previous = facts[i - 1].number if i else None
        start = previous.end if previous is not None else 0
        phrase = _head_phrase(text[start : f.number.start])
        if phrase is None:
            continue
        f.counts = phrase
        # (the next sum, past a span between: "خلال أول سبعة أشهر من العام المالي مسجلاً نحو 602 مليار جنيه")
        after = next((g.number for g in facts[i + 1 :] if g.number is not None and g.number.currency is not None), None)
        of_product = _OF_PRODUCT.match(text, f.number.end)
        if after is not None and of_product is not None:
            gap = text[of_product.end() : after.start]
            if after.currency is not None and _RESTATED.fullmatch(gap):
                for g in facts[i + 1 :]:
                    if g.number is after:
                        g.counts = phrase

"""An Arabic list of works, each priced after it: "وتشمل مشاريع البلدية رصف الطرق الداخلية بمبلغ 15 مليون،
وإنشاء ممشى ومسطحات خضراء بـ8 ملايين" (how a municipality, a ministry or a budget story lays out what a
sum is spent on). Each sum pays for the item right before it, back to the list's verb ("تتضمن", "تشمل", "منها") or
to the sum before it; the counted reader took only the last word or two before the sum ("خضراء", "مبنى
البلدية القديم") or the price word itself ("بمبلغ").

Only inside such a list: a sum after the list's verb, or a sum after another sum with a price word ("بمبلغ", "بقيمة",
"بتكلفة", a glued "بـ") or a comma between them. "أبرمت الهيئة عقدا بقيمة 7 ملايين" is no list, and keeps its reading.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

# The price word right before a sum: "بمبلغ" (with its common typo "بملبغ"), "بقيمة", "بتكلفة", "بكلفة" (and "قدره",
# "إجمالية" after them), or "بـ"/"ب" glued to the digits.
_PRICE_WORD = re.compile(r"\s*(?:(?:بمبلغ|بملبغ|بقيمة|بتكلفة|بكلفة)(?:\s+(?:قدره|قدرها|إجمالي|إجمالية))?\s*|بـ\s*|ب)$")
# The list's verb before its first item: "تتضمن", "تشمل", "شملت", "منها".
_LIST_VERB = re.compile(r"(?<![\u0621-\u064a])[وف]?(?:تتضمن|تضمنت|يتضمن|تضمن|تشمل|شملت|يشمل|شمل|منها)\s+")
# What a sum ends with before the next item: its currency word, then a comma or "و".
_SUM_TAIL = re.compile(r"^\s*(?:(?:ريال|ريالا|ريالاً|ريالات|درهم|درهما|دينار|دينارا)(?![\u0621-\u064a]))?\s*[،,؛]?\s*")
_ITEM = re.compile(r"[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,7}")


def _money(f: Fact) -> bool:
    n = f.number
    return n is not None and (n.scale > 1 or n.currency is not None or f.unit in ("rials", "SAR"))


def ar_priced_items(facts: list[Fact], text: str) -> None:
    """Give each sum of an Arabic list of priced works the item it pays for (see the module docstring)."""
    plain = text  # (offsets of the figures: marks are not stripped, the patterns allow the tatweel of "بـ")
    previous: Fact | None = None
    for f in facts:
        n = f.number
        if n is None or not _money(f):
            previous = None
            continue
        price = _PRICE_WORD.search(plain, 0, n.start)
        item_end = price.start() if price else n.start
        listed, item_start = False, item_end
        if previous is not None and previous.number is not None and previous.number.end <= item_end:
            tail = _SUM_TAIL.match(plain[previous.number.end : item_end])
            comma = tail is not None and ("،" in tail.group(0) or "," in tail.group(0))
            item_start = previous.number.end + (tail.end() if tail else 0)
            # (a next item opens after a comma or with "و"; a word right after the sum is its own noun: "150
            # مليون سهم بقيمة 900 مليون درهم" prices the shares, no list)
            listed = tail is not None and (comma or (price is not None and plain[item_start:item_end].startswith("و")))
        verbs = [v for v in _LIST_VERB.finditer(plain, 0, item_end) if v.start() >= (item_start if listed else 0)]
        if verbs and price is not None:  # the list's first item, right after its verb ("تشمل رصف الطرق ... بمبلغ")
            listed, item_start = True, verbs[-1].end()
        previous = f
        item = plain[item_start:item_end].strip()
        if price is None and _read_after(f, plain):
            continue  # "غرمته 5 آلاف ريال، بينما ... 12 ألف ريال تعويضا": the noun after the sum is what it pays
        if listed and _ITEM.fullmatch(item):
            f.counts = item


def _read_after(f: Fact, text: str) -> bool:
    """Whether the figure's reading is taken from the words right after it (a noun after the sum)."""
    if f.number is None:
        return False
    after = set(text[f.number.end :].split()[:4])
    return f.counts is not None and any(word in after for word in f.counts.split())

"""An item of an Arabic list of figures named by a group of joined nouns: "والأثاث والمفروشات والأدوات المنزلية
والصيانة بنسبة 8 في المائة"، "بنسبة 6.8٪ والسلع والخدمات المتنوعة بنسبة 16.1٪"، "ثم السكر بقيمة 19 مليون دولار،
فالأسمدة والمخصبات الزراعية بقيمة 17.7". The item opens with "و"/"ف" (or "ثم") after the figure before or after the
comma, and names its thing first; its last two words ("المنزلية والصيانة", "السلكية واللاسلكية") are an adjective
or the last of the joined nouns, and lost the head. Used by `counted` for the words right before an Arabic figure."""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import AR_STOP, AR_VERB
from briefing_app.core.numbers import strip_arabic_marks

# A conjunct that opens an item: "و" or "ف" glued to a definite noun ("والسلع", "فالأسمدة", "وللأسر" is not one).
_ITEM_OPENS = re.compile(r"[وف]ال[\u0621-\u064a]{2,}")
# What may stand between the figure before and the next item: its unit, its scale and "per cent".
_UNIT_WORDS = re.compile(
    r"(?:في|المائة|المئة|بالمئة|بالمائة|%|٪|مليون|مليار|ألف|آلاف|ملايين|مليارات|دولار|دولارا|درهم|دينار|دينارا|جنيه|"
    r"جنيها|ريال|ريالا|يورو|ليرة|نقطة|نقاط|سنويا|شهريا|،|,)"
)


_AR_LIST_ITEM_RE1 = re.compile(r"[\d٠-٩]")


def ar_list_item(tokens: list[str]) -> str | None:
    """The whole item of a list that ends `tokens` (the words before an Arabic figure and its lead), when it is
    three to six joined words opening with "و"/"ف"/"ثم" right after the figure before or at the clause's start;
    None otherwise (two words or fewer are read as before)."""
    plain = [strip_arabic_marks(t) for t in tokens]
    numbered = [k for k, t in enumerate(plain) if _AR_LIST_ITEM_RE1.search(t)]
    start = numbered[-1] + 1 if numbered else 0
    k = start
    while k < len(plain) and numbered and _UNIT_WORDS.fullmatch(plain[k]):
        k += 1  # (past the unit of the figure before: "13.8 في المائة | والثقافة")
    if k < len(plain) and plain[k] == "ثم":
        k += 1
        item = plain[k:]
        if not item or not re.match(r"ال", item[0]):
            return None
    else:
        item = plain[k:]
        if not item or not _ITEM_OPENS.fullmatch(item[0]):
            return None
    if not 3 <= len(item) <= 6:
        return None
    if any(w in AR_STOP or re.fullmatch(AR_VERB, w) or not re.fullmatch(r"[\u0621-\u064a]+", w) for w in item):
        return None  # a verb, a preposition or a sign: a clause, not an item's name
    if not any(re.match(r"[وف]", w) for w in item[1:]):
        return None  # (one noun and its adjectives is read as before: its last two words hold the noun)
    return " ".join(tokens[len(tokens) - len(item) :])

"""What an Arabic sum or term of a court's ruling is, when the words next to it name only who it falls on: "مع تغريم
| كل منهم | مليون جنيه", "بدفع تعويض مؤقت مليون جنيه | لكل منهم", or when an aside on the convicted stands between
the penalty and its figure: "قضت بتغريم 5 آخرين، | بينهم الناشط ...، | 30 ألف جنيه", "بحبس مرسي، و19 آخرين، 3 سنوات".

Court reports of Egypt, Jordan and the Gulf are written so; the figure is the fine, the compensation or the prison
term the ruling names, never "each of them".
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import AR_STOP
from briefing_app.core.numbers import strip_arabic_marks

# "each of them" before the sum (its object) or "to each of them" after it (past the currency and a bracketed
# conversion).
_EACH_BEFORE = re.compile(r"(?<!\S)(?:على\s+)?كل\s+(?:منهم|منهما|منهن|واحد\s+منهم|متهم)\s*$")
_EACH_AFTER = re.compile(
    r"\s*(?:[\u0621-\u064a]+\s*)?(?:\([^()]{0,60}\)\s*)?(?:ل|على\s+)كل\s+(?:منهم|منهما|منهن|واحد|فرد|شخص|متهم)(?![\u0621-\u064a])"
)
# The nouns of a penalty glued to "by" as a ruling names it ("قضت بحبس", "بالسجن المشدد", "بتغريم", "بمعاقبة").
_PENALTY = re.compile(r"(?<!\S)و?ب((?:ال)?(?:حبس|سجن|تغريم|غرامة|معاقبة|إلزام|الزام|دفع|تعويض)(?:\s+ال(?:مشدد|مؤبد))?)")
# What opens an aside on the convicted: "among them", "of them".
_ASIDE = re.compile(r"^\s*(?:و?(?:من\s+)?بينهم|ومنهم|منهم)\s")


def _before_phrase(before: str) -> str | None:
    """The last two words of the clause before, which name the penalty ("بدفع تعويض مؤقت" -> "تعويض مؤقت")."""
    clause = re.split(r"[،,.;:؛()]", before)[-1]
    words: list[str] = []
    for w in reversed(clause.split()):
        if re.search(r"[\d٠-٩]", w) or w in AR_STOP:
            break
        words.insert(0, re.sub(r"^[وف]?ب(?=ال|[\u0621-\u064a]{3,})", "", w) if not words else w)
        if len(words) == 2:
            break
    return " ".join(words) or None


def ar_each(before: str, rest: str) -> str | None:
    """The penalty a sum is, when "each of them" stands right before it or "to each of them" after it."""
    bare = strip_arabic_marks(before)
    each = _EACH_BEFORE.search(bare)
    if each:
        return _before_phrase(bare[: each.start()])
    if _EACH_AFTER.match(strip_arabic_marks(rest)):
        return _before_phrase(bare)
    return None


def ar_penalty_past_aside(before: str) -> str | None:
    """The penalty ("تغريم", "حبس") a figure right after a comma belongs to, when the clauses between are the
    convicted and an aside on them ("بتغريم 5 آخرين، بينهم الناشط ...، 30 ألف"); None otherwise."""
    pieces = re.split(r"[،,]", strip_arabic_marks(before))
    if len(pieces) < 2 or pieces[-1].strip():
        return None  # the figure does not open its clause right after a comma
    for k in range(len(pieces) - 2, max(-1, len(pieces) - 5), -1):
        piece = pieces[k]
        penalty = list(_PENALTY.finditer(piece))
        if penalty:
            return penalty[-1].group(1)
        convicted = re.match(r"\s*و?[\d٠-٩]+\s+(?:آخرين|متهما|متهمين)(?:\s|$)", piece)
        if not (_ASIDE.match(piece) or convicted):
            return None  # a clause of its own between, not the convicted or an aside on them
    return None

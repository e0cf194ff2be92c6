"""An Arabic figure after a bare definite participle of amounting: "فوق أدنى مستوى له في 12 عاما البالغ 26.19 دولار",
"مبتعدا عن مستواه المتدني البالغ 27.10 دولار", "عدد سكانها البالغ 5 ملايين نسمة".

"البالغ" ("which amounts to") is an adjective of the noun before it, which is what the figure measures; a time
adjunct of that noun ("في 12 عاما") and its pronoun complement ("له") may stand between them. The clause reader took
the last words before the figure, the participle itself and the adjunct ("عاما البالغ"). With the noun of value
after it ("البالغة قيمته") `counted_flows.rtl_valued` reads the same.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import AR_STOP
from briefing_app.core.facts.model import Fact
from briefing_app.core.numbers import strip_arabic_marks

_PARTICIPLE = re.compile(r"(?<!\S)[وف]?ال(?:بالغ|بالغة)\s+(?:(?:نحو|حوالي|حوالى|قرابة|زهاء)\s+)?$")
# "في 12 عاما", "منذ عامين", "خلال الشهر": a time adjunct of the noun, then its pronoun ("أدنى مستوى له في ...")
_TIME_ADJUNCT = re.compile(r"\s+(?:في|منذ|خلال)\s+(?:[\d٠-٩]+\s+)?\S+\s*$")
_PRONOUN = re.compile(r"\s+(?:له|لها|لهم)\s*$")


def ar_amounting_participle(facts: list[Fact], text: str) -> None:
    """Give a figure after a bare "البالغ(ة)" the noun that participle describes (see the module docstring)."""
    for f in facts:
        if f.number is None:
            continue
        before = strip_arabic_marks(text[: f.number.start])
        participle = _PARTICIPLE.search(before)
        if participle is None:
            continue
        rest = re.split(r"[،,؛;:()]", before[: participle.start()])[-1]
        rest = _PRONOUN.sub("", _TIME_ADJUNCT.sub("", rest))
        words = [w for w in rest.split() if w not in AR_STOP and not re.search(r"[\d٠-٩]", w)][-2:]
        if words:
            f.counts = " ".join(words)

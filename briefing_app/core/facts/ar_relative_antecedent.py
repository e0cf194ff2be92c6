"""The noun an Arabic relative clause of amounting describes: "المبالغ المسلمة من الإقليم إلى الاتحادية، والتي بلغت
439 مليار دينار"، "الموازنة العامة للدولة التي تبلغ 199 تريليون". The figure counts the antecedent; the reader of the
words before a figure kept the relative pronoun ("والتي") or the whole clause before it. Used by `counted_rtl`."""

from __future__ import annotations

import re

from briefing_app.core.numbers import strip_arabic_marks

# A relative pronoun (after a comma or not), a verb of amounting, reaching or changing, and its lead, to the figure.
_RELATIVE_AMOUNTING = re.compile(
    r"(?:^|[\s،,])[و]?(?:التي|الذي|الذين|اللتين|اللذين|اللتان|اللذان)\s+(?:قد\s+)?"
    r"(?:بلغ|بلغت|تبلغ|يبلغ|وصل|وصلت|تصل|يصل|قدر|قدرت|تقدر|يقدر|تجاوز|تجاوزت|تتجاوز|يتجاوز|سجل|سجلت|تسجل|يسجل|"
    r"ناهز|ناهزت|قارب|قاربت|ارتفع|ارتفعت|انخفض|انخفضت|تراجع|تراجعت|زاد|زادت)"
    r"(?:\s+(?:إلى|الى|ب|بـ|بنحو|بحوالي|بنسبة|ما\s+قيمته|ما\s+مجموعه))?\s*(?:نحو|حوالي|حوالى|قرابة|زهاء)?\s*$"
)
_PREPOSITIONS = {"من", "إلى", "الى", "في", "على", "عن", "مع", "لدى", "بين", "حتى", "منذ", "خلال"}


def ar_relative_antecedent(before: str) -> str | None:
    """The definite noun (with its adjective) a relative clause of amounting right before an Arabic figure
    describes, past the prepositional phrases that complete it; None when the text before is no such clause."""
    m = _RELATIVE_AMOUNTING.search(strip_arabic_marks(before))
    if m is None:
        return None
    head = re.split(r"[.؛;:!?()\"«»]", strip_arabic_marks(before)[: m.start()].rstrip(" ،,"))[-1]
    words = head.split()
    while len(words) >= 3 and words[-2] in _PREPOSITIONS:
        words = words[:-2]  # "المسلمة | من الإقليم | إلى الاتحادية": the complements after the noun
    if len(words) >= 2 and re.fullmatch(r"لل[\u0621-\u064a]{2,}", words[-1]):
        words = words[:-1]  # "الموازنة العامة | للدولة": the owner glued to "for the"
    if not words or not re.fullmatch(r"[وف]?ال[\u0621-\u064a]{2,}", words[-1]):
        return None
    # (a definite word before the last one is its noun when the last ends as an adjective or participle does,
    # "المبالغ المسلمة", "الموازنة العامة"; else another phrase's, "أقرت الحكومة | الموازنة")
    adjectival = re.search(r"(?:ي|ية|ة|يه)$", words[-1]) is not None
    two = adjectival and len(words) >= 2 and re.fullmatch(r"[وف]?ال[\u0621-\u064a]{2,}", words[-2]) is not None
    noun = words[-2:] if two else words[-1:]
    return " ".join([re.sub(r"^[وف](?=ال)", "", noun[0]), *noun[1:]])

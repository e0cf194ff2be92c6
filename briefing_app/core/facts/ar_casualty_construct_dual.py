"""A masculine dual in construct after a noun of killing, wounding or arrest: "مقتل رجلي شرطة" (two policemen),
"إصابة عنصري أمن", "اعتقال ناشطي حقوق". The dual loses its نون before its complement and reads like a nisba
("شرطي") or a possessive ("رجلي", my leg); after a casualty noun and before an indefinite or definite noun that is
no adjective, it counts two of its complement's kind. Used by `figures_ar.arabic_duals`."""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import AR_STOP

# The casualty noun, then a stem of three or four letters (no article) and -ي, then its complement.
_CASUALTY_CONSTRUCT_DUAL = re.compile(
    r"(?<![\u0621-\u064a])[وبل]?(?:مقتل|مصرع|إصابة|اصابة|جرح|اعتقال|توقيف|اختطاف|خطف|أسر|وفاة|استشهاد)\s+"
    r"((?!ال)[\u0621-\u064a]{3,4}ي)\s+((?:ال)?[\u0621-\u064a]{3,})"
)


def ar_casualty_construct_duals(text: str) -> list[tuple[int, int, str]]:
    """(start, end, counts) of each dual in construct after a casualty noun in `text` (see the module docstring)."""
    out = []
    for m in _CASUALTY_CONSTRUCT_DUAL.finditer(text):
        complement = m.group(2)
        if complement in AR_STOP or re.search(r"(?:ي|ية|يين|يان)$", complement):
            continue  # "مقتل شرطي إسرائيلي": a nisba noun and its adjective, one policeman; "مقتل شرطي في": one
        out.append((m.start(1), m.end(1), f"{m.group(1)} {complement}"))
    return out

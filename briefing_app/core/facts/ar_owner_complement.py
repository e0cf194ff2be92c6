"""The complement in "ل" that ends a long Arabic subject: "وخسر رأس المال السوقي | لأسهم الشركات المقيدة بالبورصة |
نحو 2.6 مليار". A subject after its verb of change is read up to five words; the owner's complement made it seven,
and the reading fell to the last two words ("المقيدة بالبورصة"). Without the complement the head of the subject is
in reach. Used by `counted_rtl` only when the subject was not found whole."""

from __future__ import annotations

import re

# A definite word, then "ل" (or "لل") opening an indefinite or definite noun and one to four words more, to the end.
_OWNER_COMPLEMENT = re.compile(r"(?<=\S)\s+(?:لل|ل(?!ل))(?!ا)[\u0621-\u064a]{2,}(?:\s+[^\s\d٠-٩]+){1,4}\s*$")
_DEFINITE_END = re.compile(r"(?:^|\s)[وف]?ال[\u0621-\u064a]{2,}$")


def ar_without_owner_complement(clause: str) -> str | None:
    """`clause` less the "ل" complement of the definite noun that ends its subject ("رأس المال السوقي لأسهم
    الشركات المقيدة"), or None when it ends in none."""
    m = _OWNER_COMPLEMENT.search(clause)
    if m is None or not _DEFINITE_END.search(clause[: m.start()]):
        return None
    if m.group(0).split()[-1] in ("من", "إلى", "الى", "في", "على", "عن", "عند"):
        return None  # "تراجع رأس المال لمؤشر الشركات الناشئة | من 12.6": a level left, read by `ar_moving_levels`
    return clause[: m.start()] + " "

"""A Danish comparative right after a figure: "35.000 højere end før", "1.000 færre lærere", "993 færre.". The
comparative is no noun of what the figure counts: the noun after it is ("færre lærere"), or, with none, the
subject of the clause ("ledigheden er stadig 35.000 højere")."""

from __future__ import annotations

import re

_DA_COMPARATIVE = re.compile(
    r"\s*(?:højere|lavere|flere|færre|større|mindre|mere|dyrere|billigere|bedre|værre|længere|kortere|ældre|yngre)\b",
    re.IGNORECASE,
)
# What follows the comparative when no noun does: "end", a preposition, a conjunction or the clause's end.
_NO_NOUN_AFTER = re.compile(r"\s*(?:[,.;:!?)]|$|(?:end|i|på|til|med|for|og|eller|som|at|fra|siden|ifølge|om)\b)")


def da_after_comparative(after: str) -> str | None:
    """The text after a Danish comparative that follows a figure, "" when no noun follows it, None when there is no
    comparative."""
    comparative = _DA_COMPARATIVE.match(after)
    if comparative is None:
        return None
    rest = after[comparative.end() :]
    return "" if _NO_NOUN_AFTER.match(rest) else rest


# "dobbelt så mange timer", "tre gange så mange gæster": the noun after "så mange/meget" is what there is more of;
# likewise after an adjective of size or degree, "dobbelt så stor andel", "tre gange så høj bøde": the
# noun it describes is what is multiplied.
_DA_AS_MANY = re.compile(
    r"\s*(?:gange\s+)?så\s+(?:mange|meget|stor|store|stort|høj|høje|højt|lav|lave|lavt|lang|lange|langt|dyr|dyre|"
    r"dyrt|tung|tunge|tungt|hurtig|hurtige|hurtigt)\s+(?!som\b|end\b)",
    re.IGNORECASE,
)


def da_as_many_rest(number_text: str, after: str) -> str | None:
    """The words after "så mange" when a Danish multiple ("dobbelt", "tre gange") compares an amount; else None."""
    many = _DA_AS_MANY.match(after)
    if many is None or not (number_text.endswith("dobbelt") or after.lstrip().startswith("gange")):
        return None
    return " " + after[many.end() :]

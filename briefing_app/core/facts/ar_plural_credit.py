"""Words credited to "them" in Arabic: "وأشاد المحامون بالحكم، رافضين ... «...»، حسب قولهم" (as they put it).
The plural pronoun of the credit points to the plural subject of the sentence's verb (the lawyers), not to the
last person named (the judge named in the sentence before), whom the singular "حسب قوله" would mean."""

from __future__ import annotations

import re

# "their saying / words / view / description", the credit's plural nouns.
PLURAL_CREDITS = {"قولهم", "تعبيرهم", "رأيهم", "وصفهم", "قولهن", "تعبيرهن", "كلامهم"}

# The sentence's opening verb (with و or ف, any past verb of three letters or more) and its definite plural
# subject in the sound plural (المحامون، المتظاهرين، العاملات), optionally with one adjective.
_PLURAL_SUBJECT = re.compile(
    r"^\W*(?:[وف])?[\u0621-\u064a]{3,}\s+(ال[\u0621-\u064a]{2,}(?:ون|ين|ات))(?:\s+(ال[\u0621-\u064a]{2,}(?:ون|ين|ات)))?"
    r"(?![\u0621-\u064a])"
)


def plural_subject(sentence: str) -> str | None:
    """The definite plural subject after the verb opening the sentence ("المحامون", "المتظاهرون الغاضبون"),
    else None."""
    m = _PLURAL_SUBJECT.match(sentence)
    if m is None:
        return None
    return " ".join(g for g in m.groups() if g)


# After a quote: "، حسب قولهم", "، على حد تعبيرهم", "، بحسب وصفهم".
_CREDIT_AFTER = re.compile(
    rf"^\W*(?:حسب|بحسب|على\s+حد|وفق|وفقا\s+ل)\s*({'|'.join(sorted(PLURAL_CREDITS))})(?![\u0621-\u064a])"
)


def credited_to_them(after: str) -> bool:
    """Whether the words right after a quote credit it to "them" ("، حسب قولهم")."""
    return _CREDIT_AFTER.match(after) is not None

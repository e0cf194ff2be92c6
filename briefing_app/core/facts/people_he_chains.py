"""Hebrew roles that run on past a construct chain before a name set off by commas: a genitive with "של"
("הכלכלן הראשי של בנק X, Y Z,") and a body named by its acronym or bare name with no article ("דוברת
צה"ל, Y Z,", "מנכ"ל אל על, Y Z,") or where the body sits ("ראש האגף באוצר, Y Z,"), which the chain of
definite words (`people_he._complement_end`) stops before."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup
from briefing_app.core.facts.people_he_base import he_given, transliterated

_WORD = re.compile(r"[\u05d0-\u05ea][\u05d0-\u05ea'\u05f3\"\u05f4-]*")
_ACRONYM = re.compile(r"[\u05d0-\u05ea]+[\"\u05f4][\u05d0-\u05ea]")


def comma_role_end(words: list[str], head_end: int, k: int) -> int:
    """Where a role before a comma ends, given the title's head ending at `head_end` and its chain of
    definite words at `k`: past "של" and up to three words of the body when a comma closes them, or past
    a body's acronym or gazetteer name right before the comma; `k` unchanged otherwise."""
    if k < len(words) and words[k] == "של":
        comma = next((j for j in range(k + 2, min(k + 5, len(words))) if words[j] == ","), None)
        if comma is not None and all(_WORD.fullmatch(w) for w in words[k + 1 : comma]):
            return comma  # "הכלכלן הראשי של בנק X,": whose economist
        return k
    closed = k + 1 < len(words) and words[k + 1] == ","
    if k > head_end and closed and words[k][:1] == "ה" and _WORD.fullmatch(words[k]):
        return k + 1  # "מנהל המחלקה לבריאות הנפש במשרד הבריאות,": a chain longer than four words, closed
    if k > head_end and k < len(words) and words[k][:1] in "בל" and len(words[k]) > 2 and _WORD.fullmatch(words[k]):
        # (a field in ל and then where, up to six words: "מנהל המחלקה לבריאות הנפש במשרד הבריאות,")
        reach = 4 if words[k][:1] == "ב" else 7
        comma = next((j for j in range(k + 1, min(k + reach, len(words))) if words[j] in (",", ".", ":")), None)
        if comma is not None and words[comma] == "," and all(_WORD.fullmatch(w) for w in words[k + 1 : comma]):
            return comma  # "ראש אגף התקציבים באוצר,", "קצין האג"ם במשטרת X,": where the role's body sits
    named = next((j for j in (k + 1, k + 2) if j < len(words) and words[j] == ","), None)
    if k > head_end and named is not None and words[k - 1][:1] == "ה" and _body_name(words[k:named]):
        return named  # "ראש המועצה האזורית מטה אשר,": the definite chain, then the body's own name (no article)
    if k == head_end and k + 1 < len(words) and words[k + 1] == ",":
        body = words[k]
        if _ACRONYM.fullmatch(body) or (_WORD.fullmatch(body) and lookup(body) is not None):
            return k + 1  # 'דוברת צה"ל,': the body's acronym or name, which takes no article
    if k == head_end and k + 2 < len(words) and words[k + 2] == ",":
        body = " ".join(words[k : k + 2])
        if all(_WORD.fullmatch(w) for w in words[k : k + 2]) and lookup(body) is not None:
            return k + 2  # "מנכ"ל אל על,": a body's two-word name
    return k


def _body_name(words: list[str]) -> bool:
    """Whether one or two words after a definite chain are the name of the body it describes ("מטה אשר", "אורט"):
    name-shaped, with no article and no known given name first (that would be the holder's own name)."""
    return (
        bool(words)
        and all(_WORD.fullmatch(w) and w[:1] != "ה" for w in words)
        and not he_given(words[0])
        and not transliterated(words[0])
    )

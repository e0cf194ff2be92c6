"""The head noun of a long Arabic subject before its verb of change (SVO, as headlines and reported clauses put it):
"أرباح البنك الإسلامي الفلسطيني | تنمو 58.6%", "صادرات الإمارات غير النفطية | تقفز 27%". The two words before the
verb are then the subject's definite complement and adjective ("الإسلامي الفلسطيني"), and what the figure counts,
the indefinite head in the construct state ("أرباح", "صادرات"), was left out. Used by `counted`."""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import AR_STOP, AR_VERB
from briefing_app.core.numbers import strip_arabic_marks

_THAT = re.compile(r"[وف]?(?:ب)?[أإا]ن(?:ه|ها)?")
# A definite word of the subject (glued "and", "for" allowed: "والمعادن", "للاتصالات"), or "غير" ("غير النفطية").
_DEFINITE = re.compile(r"(?:[وب]?ال|لل)[\u0621-\u064a]{2,}|غير")
_MOST_WORDS = 5
# Verbs of telling and recording that open a sentence before their own subject ("وأعلنت الشركة الوطنية ..."): no head.
_OPENING_VERB = re.compile(
    r"[وف]?(?:قال|قالت|أعلن|أعلنت|اعلن|اعلنت|أكد|أكدت|ذكر|ذكرت|أوضح|أوضحت|أظهر|أظهرت|كشف|كشفت|توقع|توقعت|سجل|سجلت|"
    r"شهد|شهدت|حقق|حققت|أشار|أشارت|أفاد|أفادت|بين|بينت|أضاف|أضافت|رجح|رجحت)"
)


def _boundary(word: str | None) -> bool:
    """Whether the word before a subject ends what comes before it (nothing, "that", a function word)."""
    if word is None:
        return True
    bare = strip_arabic_marks(word)
    return bare in AR_STOP or _THAT.fullmatch(bare) is not None


def ar_subject_with_head(tokens: list[str]) -> list[str] | None:
    """`tokens` (the subject before a verb of change) cut to the whole subject, its indefinite head first, when the
    last two words are definite and an indefinite head stands before them after a boundary; else None."""
    bare = [strip_arabic_marks(t) for t in tokens]
    if len(bare) < 3 or not all(_DEFINITE.fullmatch(w) for w in bare[-2:]):
        return None
    k = len(bare) - 2
    while k > 0 and _DEFINITE.fullmatch(bare[k - 1]) and len(bare) - (k - 1) <= _MOST_WORDS:
        k -= 1  # more of the definite chain: "ودائع | البنوك التجارية الكويتية"
    head = k - 1
    if head < 0 or len(bare) - head > _MOST_WORDS:
        return None
    word = bare[head]
    if word in AR_STOP or re.fullmatch(AR_VERB, word) or _OPENING_VERB.fullmatch(word) or _THAT.fullmatch(word):
        return None
    if not re.fullmatch(r"[\u0621-\u064a]{3,}", word):
        return None
    if not _boundary(bare[head - 1] if head else None):
        return None  # ("أعلنت الشركة ...": a verb the reader does not know may stand before; read nothing new)
    return tokens[head:]

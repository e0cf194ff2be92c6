"""An Arabic court ruling's prison term: "قضت المحكمة بسجن الجناة جميعا 4 سنوات", "بحبس عصابة ... مدة 3 سنوات".
The words right before the term are the ones sentenced or "مدة", and "جميعا" or "مدة" is no noun a term counts; the
term is one of the prison (حبس, سجن) the verbal noun opening the ruling names. Used by `figures` for Arabic."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact
from briefing_app.core.numbers import strip_arabic_marks

_SPANS = {"years", "months", "weeks", "days"}
# The sentence's verbal noun of imprisonment, with the preposition or article it takes ("بحبس", "بالسجن", "الحبس").
_PRISON = re.compile(r"(?<![\u0621-\u064a])(?:و?ب)?(?:ال)?(حبس|سجن)(?![\u0621-\u064a])")
# A clause boundary between the ruling and the term: another ruling or a full stop starts a new one.
_BOUNDARY = re.compile(r"[.؛;:]|(?<![\u0621-\u064a])(?:وبراءة|وتغريم|بتغريم|غرامة|وغرامة|بغرامة)(?![\u0621-\u064a])")


def ar_prison_terms(facts: list[Fact], text: str) -> None:
    """Key a span of time after "بحبس"/"بالسجن" in its clause on the prison ("حبس"), where its counts do not name
    it already."""
    renamed: dict[str, str] = {}
    for f in facts:
        n = f.number
        if n is None or f.unit not in _SPANS or (f.counts and re.search("حبس|سجن", f.counts)):
            continue
        before = strip_arabic_marks(text[max(0, n.start - 120) : n.start])
        rulings = list(_PRISON.finditer(before))
        prison = rulings[-1] if rulings else None  # (the ruling nearest the term)
        if prison is None or _BOUNDARY.search(before[prison.end() :]):
            continue
        if f.counts:
            renamed[f.counts] = prison.group(1)
        f.counts = prison.group(1)
    for f in facts:  # "بحبس المتهمين لمدة سبع و ثماني سنوات": the first term of a pair shares the second's lead
        if f.counts is not None and f.counts in renamed and f.unit in (_SPANS | {None}):
            f.counts = renamed[f.counts]

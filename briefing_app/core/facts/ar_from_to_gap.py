"""An Arabic change from one level to another whose two ends stand apart, each with its sum put another way in
brackets and a time after it: "هوت من حوالي 257.5 ترليون ليرة (170.8 مليار دولار) بنهاية تموز العام الماضي، إلى
نحو 231.6 ترليون ليرة (141.7 مليار دولار) بنهاية تموز من العام الحالي" (Lebanese banking copy writes every
level so). The end after "إلى" counts what the start after "من" counts, and a sum in brackets right after a sum
counts what that sum counts (not the scale and currency words before the bracket, "ترليون ليرة", nor the
qualifier of the sum before it, "حوالي")."""

from __future__ import annotations

import re

from briefing_app.core.facts.ar_change_from import CHANGE_WORD
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.sharing import own_noun

_QUALIFIER = r"(?:(?:نحو|حوالي|حوالى|قرابة|زهاء|أكثر\s+من|أقل\s+من|ما\s+يقارب|ما\s+يزيد\s+على|ما\s+يزيد\s+عن)\s+)?"
_FROM = re.compile(rf"(?<!\S)من\s+{_QUALIFIER}$")
_TO = re.compile(rf"(?<!\S)(?:إلى|الى)\s+{_QUALIFIER}$")
# Between a sum and its restatement: its scale and currency words ("ترليون ليرة", "مليار ل.ل."), then "("
_INTO_BRACKET = re.compile(r"\s*(?:[\u0621-\u064a.]+\s*){0,3}\(\s*$")
_QUALIFIER_ONLY = re.compile(r"\s*(?:نحو|حوالي|حوالى|قرابة|زهاء|بنحو|بحوالي)\s*")
_CLAUSE_END = re.compile(r"[;؛!?؟]|\.(?![\d٠-٩])")  # (not a decimal point: "170.8")


def ar_from_to_gap(facts: list[Fact], text: str) -> None:
    """Share what the figures of a change told apart count: a bracketed restatement takes its sum's, the end after
    "إلى" the start's after "من" (see the module docstring)."""
    start: Fact | None = None  # the last figure led by "من" in the clause
    for f in facts:
        if f.counts and _QUALIFIER_ONLY.fullmatch(f.counts):
            f.counts = None  # ("إلى حوالي 171.5 ترليون" counted "حوالي": a bound of the sum, nothing counted)
    for i, g in enumerate(facts):
        n = g.number
        if n is None:
            continue
        before = text[: n.start]
        prev = facts[i - 1] if i else None
        if prev is not None and prev.number is not None and _INTO_BRACKET.fullmatch(text[prev.number.end : n.start]):
            if not re.search(r"[\d٠-٩]", text[prev.number.end : n.start]) and prev.unit != g.unit:
                g.counts = prev.counts  # "257.5 ترليون ليرة (170.8 مليار دولار)": one level in two currencies
                continue
        if _FROM.search(before):
            start = g
            g.counts = g.counts or _subject_before_verb(before)
            continue
        if start is not None and start.number is not None and _TO.search(before):
            gap = text[start.number.end : n.start]
            own = own_noun(g, text, "ar")  # ("من 3 انتصارات إلى 7 تعادلات": the end names its own things)
            if not _CLAUSE_END.search(gap) and not re.search(r"(?<!\S)من\s", gap) and start.unit == g.unit and not own:
                g.counts = start.counts or g.counts
            start = None


# What opens the subject of a clause: a complementiser, a conjunction, a clause mark
_SUBJECT_OPENS = re.compile(
    r"(?:^|[،,:؛;]|(?<!\S)(?:[أإ]ن|و?لكن|كما|فيما|حيث|بينما|[وف]?إذ|[وف]?إذا|عندما|بعدما|وقد|فقد|قد)(?!\S))\s*"
)


def _subject_before_verb(before: str) -> str | None:
    """The subject before the verb of change a "من" start follows, in subject-verb order: "أن قروض القطاع الخاص
    هبطت من نحو": "قروض القطاع الخاص" (at most four words, none a number)."""
    lead = _FROM.search(before)
    clause = before[: lead.start()] if lead else before
    verbs = list(CHANGE_WORD.finditer(clause[-80:]))
    if not verbs:
        return None
    cut = len(clause) - len(clause[-80:]) + verbs[-1].start()
    if clause[cut:][: verbs[-1].end() - verbs[-1].start()].strip() != verbs[-1].group(0).strip():
        return None
    opens = list(_SUBJECT_OPENS.finditer(clause[:cut]))
    words = clause[opens[-1].end() if opens else 0 : cut].split()
    if not 0 < len(words) <= 4 or any(re.search(r"[\d٠-٩]", w) for w in words):
        return None
    return " ".join(words)

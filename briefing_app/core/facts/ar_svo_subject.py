"""An Arabic subject told after "that" and before its verb of change, with a prepositional phrase between
("وقالت الشركة إن ايراداتها قبل الفائدة والضرائب والإهلاك تراجعت 30.1%"): the figure measures the subject, not the
last two words before the verb, which belong to the phrase after the preposition. So in a headline's order, where a
one-word place or adjunct closes the subject ("صادرات الإسمنت في مصر تتجاوز 3 ملايين طن")."""

from __future__ import annotations

import re

from briefing_app.core.numbers import strip_arabic_marks

_THAT = re.compile(r"[وف]?(?:ب)?[أإا]ن")
_PREPOSITIONS = {"قبل", "بعد", "في", "فى", "من", "على", "عن", "خلال", "مع", "لدى", "حتى", "منذ", "إلى", "الى"}


def ar_subject_before_adjunct(tokens: list[str]) -> list[str]:
    """`tokens` (the words before a verb of change) cut to the subject after the last "that" when a preposition
    follows it within the subject; else `tokens` unchanged."""
    bare = [strip_arabic_marks(t) for t in tokens[-8:]]
    offset = len(tokens) - len(bare)
    that = [k for k, w in enumerate(bare) if _THAT.fullmatch(w)]
    if not that:
        return tokens
    start = that[-1] + 1
    cut = next((k for k in range(start + 1, len(bare)) if bare[k] in _PREPOSITIONS), None)
    if cut is None and start == len(bare) - 1 and not re.search(r"[\d٠-٩]", bare[start]):
        # ("وأوضح البنك أن الإيرادات نمت 13 في المئة": a one-word subject right after "that", which is no word of it)
        return tokens[offset + start :]
    if cut is None or any(re.search(r"[\d٠-٩]", w) for w in bare[start:cut]):
        return tokens
    return tokens[offset + start : offset + cut]


def ar_subject_before_place(tokens: list[str]) -> list[str]:
    """`tokens` (the subject before a verb of change) without a closing one-word prepositional phrase ("إصابات
    الحصبة | في الأردن", "صادرات الغرفة | إلى العراق"): the figure counts what stands before it, not the place; else
    `tokens` unchanged (and so when nothing would be left, "ارتفعت في الأردن")."""
    bare = [strip_arabic_marks(t) for t in tokens]
    if len(bare) < 3 or bare[-2] not in _PREPOSITIONS or bare[-3] in _PREPOSITIONS or _THAT.fullmatch(bare[-3]):
        return tokens
    if any(re.search(r"[\d٠-٩]", w) for w in bare[-3:]):
        return tokens
    return tokens[:-2]

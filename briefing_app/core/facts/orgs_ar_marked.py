"""Arabic bodies named in quote marks as the subject of a verb of corporate or official action: Gulf and Egyptian
business copy writes a company's or a group's name in guillemets wherever it stands ("عززت «مجموعة اتصالات»
انتشارها", "وقعت «نون» اتفاقية مع ..."). A feminine past verb right before the marks agrees with a body (شركة،
مجموعة، هيئة are feminine), and the verbs here are what bodies do: announce, sign, launch, post results. What a
partial quote puts in marks follows أن، هو، كان or a preposition, never such a verb."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup
from briefing_app.core.facts.people_ar_words import _ar_is_given

_VERBS = (
    "أعلنت|كشفت|وقعت|أطلقت|حققت|عززت|افتتحت|طرحت|استحوذت|أبرمت|رفعت|خفضت|سجلت|دشنت|أصدرت|تصدرت|حصدت|"
    "حصلت|نالت|تلقت|قدمت|أوقفت|علقت|قررت|باشرت|بدأت|أنهت|أتمت|وقّعت|أعلنت|نفت|ضخت|استثمرت|ربحت|خسرت"
)
_MARKED_SUBJECT = re.compile(
    rf"(?<![\u0621-\u064a])[وف]?(?:{_VERBS})\s*[«\"“]\s*([\u0621-\u064aA-Za-z][\u0621-\u064aA-Za-z&\s.-]{{1,30}}?)\s*[»\"”]"
)


# The partner of an agreement, a deal or a partnership, in marks after "مع" ("وقعت ... اتفاقية مع «أمازون»").
_PARTNER = re.compile(
    r"(?<![\u0621-\u064a])مع\s*[«\"“]\s*([\u0621-\u064aA-Za-z][\u0621-\u064aA-Za-z&\s.-]{1,30}?)\s*[»\"”]"
)
_DEAL = re.compile(r"اتفاق|شراكة|تفاهم|صفقة|عقد|تعاون|تحالف")


def marked_subjects(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the bodies a sentence names in marks right after such a verb: one to three words,
    no person's given name first, no place the gazetteer knows."""
    out = []
    partners = list(_PARTNER.finditer(text)) if _DEAL.search(text) and _MARKED_SUBJECT.search(text) else []
    for m in [*_MARKED_SUBJECT.finditer(text), *partners]:
        name = m.group(1).strip()
        words = name.split()
        if not 1 <= len(words) <= 3 or _ar_is_given(words[0]):
            continue
        known = lookup(name)
        if known is not None and known.kind == "place":
            continue  # "أعلنت «دبي»": a place's government speaks, the place is read as a place
        out.append((m.start(1), m.start(1) + len(name), name))
    return out

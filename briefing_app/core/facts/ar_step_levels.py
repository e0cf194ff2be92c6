"""The level an Arabic change reached, read past the adjuncts that stand between its step and "إلى":
"وزاد شراء السلع بنحو 2.6% | خلال فترة المقارنة | إلى نحو 70.6 مليار",
"قفز إجمالي المصروفات بنحو 32.6% | خلال أول 5 أشهر من العام المالي (يوليو إلى نوفمبر 2025) | إلى 1.83 تريليون".
Economic news puts a time or basis adjunct there as a rule; the level after "إلى" is the same thing the step
changed, so it counts what the step counts.

`sharing.share_forward` reads a step and its level only when they are next to each other with a short adjunct of no
figure; this reads the longer adjuncts (with a figure of time in them, a bracketed period, a bound after "إلى").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing_app.core.facts.figure_words import AR_VERB, DURATIONS
from briefing_app.core.facts.model import Fact
from briefing_app.core.numbers import strip_arabic_marks

# The gap from a percentage step to its level: the sign, an adjunct opened by a preposition of time or basis (any
# words but a clause break; a decimal point between digits and a bracketed period are allowed), "to", and a bound.
_STEP_TO_LEVEL = re.compile(
    r"\s*[%٪]?\s*(?:في\s+المائة|في\s+المئة|بالمئة|بالمائة)?\s*"
    r"(?P<adjunct>(?:في|خلال|على|منذ|مقارنة|قياسا|عن)\s+(?:[^،,;:؛.]|(?<=\d)\.(?=\d)){2,140}?\s+)?"
    r"(?:إلى|الى)\s+(?:نحو|حوالي|حوالى|قرابة|زهاء|ما\s+يقارب|أكثر\s+من|ما\s+يزيد\s+على)?\s*"
)
# The gap from a percentage step to the same change or thing put as a sum: "بنسبة 11.3% | بقيمة | 60 مليار", "نموا
# بنسبة 5.3%، | أي بزيادة | 16.8 مليار".
_STEP_AS_SUM = re.compile(
    r"\s*[%٪]?\s*(?:في\s+المائة|في\s+المئة|بالمئة|بالمائة)?\s*[،,]?\s*(?:أي\s+)?"
    r"(?:بقيمة|ب?ما\s+قيمته|ب(?:زيادة|ارتفاع|انخفاض|تراجع|نمو)(?:\s+(?:قدرها|قدره|قيمتها|قيمته))?)"
    r"\s*(?:نحو|حوالي|حوالى|قرابة|زهاء)?\s*"
)
# Arabic currency words the figure reader leaves as units when no nationality names the currency.
_MONEY_UNITS = {"dinars", "dirhams", "rials", "pounds", "liras"}
# Words that open another clause inside what looks like an adjunct ("بنسبة 5% في حين تراجعت الواردات إلى"): its
# "إلى" is that clause's.
_OTHER_CLAUSE = {"حين", "بينما", "فيما", "مقابل", "لكن", "بعدما", "عندما", "حيث", "التي", "الذي"}
# A verb of equalling or reaching right after a sum ("1.06 تريليون جنيه | لتعادل نحو 58%"): it opens the next clause,
# no noun of the sum's own.
_VERB_AFTER = re.compile(
    r"\s*(?:[\u0621-\u064a]+\s+)?ل[يت](?:عادل|مثل|شكل|صل|بلغ|سجل|رتفع|نخفض|تجاوز|تخطى|ستحوذ)(?!\S)"
)


def _adjunct_only(adjunct: str | None) -> bool:
    """Whether the words between a step and "إلى" are an adjunct: no verb, no word that opens another clause."""
    for word in (adjunct or "").split():
        bare = strip_arabic_marks(word).strip("()")
        # ("وتراجعت", "ويزيد": a verb of change glued to "and" opens another clause too)
        if bare in _OTHER_CLAUSE or re.fullmatch(AR_VERB, bare) and bare not in ("إلى", "الى"):
            return False
    return True


def step_to_level(gap: str) -> bool:
    """Whether `gap`, the text between a percentage step and the next figure, leads from the step to the level it
    reached: the sign, an adjunct of time or basis at most, "إلى" and a bound."""
    m = _STEP_TO_LEVEL.fullmatch(gap)
    return m is not None and _adjunct_only(m.group("adjunct"))


def verb_after_sum(rest: str) -> bool:
    """Whether the text after a sum opens with a verb of equalling or reaching ("جنيه لتعادل"), which is no noun."""
    return _VERB_AFTER.match(rest) is not None


def share_step_levels(facts: list[Fact], text: str, own_noun: Callable[[Fact, str, str], bool]) -> None:
    """Give a level after "إلى" what the percentage step before it counts, past an adjunct between the two; figures of
    time inside the adjunct ("خلال أول 5 أشهر") are skipped over."""
    for k, g in enumerate(facts):
        if g.number is None or g.unit == "percent" or g.unit in DURATIONS:
            continue
        for f in reversed(facts[:k]):
            if f.number is None:
                break
            if f.unit in DURATIONS:
                continue  # a time inside the adjunct
            if f.unit != "percent" or not f.counts:
                break
            if g.number.currency is None and g.unit not in _MONEY_UNITS:
                pass
            elif _STEP_AS_SUM.fullmatch(text[f.number.end : g.number.start]):
                g.counts = f.counts  # "انتعاشا بنسبة 11.3% بقيمة 60 مليار": the same exports, as a sum
                break
            if step_to_level(text[f.number.end : g.number.start]) and (
                verb_after_sum(text[g.number.end :]) or not own_noun(g, text, "ar")
            ):
                g.counts = f.counts
            break

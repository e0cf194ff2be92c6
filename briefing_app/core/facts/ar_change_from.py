"""An Arabic change told from one level to another: "ارتفعت الصادرات من 37.5 مليار إلى 44.4 مليار دولار",
"بقفزة من 2.8 إلى 6.6 مليار". The number reader joins "X إلى Y" into a range, as it is in "من 10 إلى 15 عاما";
after a verb or noun of change in the same clause the two numbers are the start and the end of the change, two
figures (as English "rose from 5 to 7" and Hebrew "עלה מ-5 ל-7" are split back in `figure_ranges`)."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

# A verb of change in any person or tense ("ارتفعت", "يرتفع", "وقفزت", "تراجعوا") or its verbal noun ("بارتفاع",
# "الزيادة", "بقفزة"), with the conjunctions and prepositions Arabic glues to a word.
CHANGE_WORD = re.compile(
    r"(?<!\S)[وف]?[بل]?(?:ال)?[يت]?(?:ارتفع|رتفع|انخفض|نخفض|تراجع|قفز|زاد|زيد|زياد|ازداد|زداد|تزايد|صعد|صعود|هبط|"
    r"هبوط|نما|نمو|نمت|تضاعف|ضاعف|تقلص|قلص|انكمش|نكمش|تحسن|خفض|رفع|قفز)(?:ت|وا|ا|ة|ات|ان)?(?!\S)"
)
# "من" right before the first number (a glued "من" is "مـ" only in Hebrew), and a range verb that keeps a range
_FROM_BEFORE = re.compile(r"(?<!\S)من\s+$")
_RANGING = re.compile(r"(?<!\S)[وف]?ل?[يت]?تراوح")


def ar_change_from(lead: str) -> re.Match[str] | None:
    """The "من" before a range when a verb or noun of change leads it in the same clause (no full stop, semicolon
    or colon between), else None: "ارتفع عدد الطلاب من | 300 إلى 500" is a change, "من | 10 إلى 15 عاما" a range."""
    marker = _FROM_BEFORE.search(lead)
    if marker is None:
        return None
    clause = re.split(r"[.;:؛!?؟]", lead[max(0, marker.start() - 80) : marker.start()])[-1]
    changes = list(CHANGE_WORD.finditer(clause))
    change = changes[-1] if changes else None  # the last one, nearest the numbers
    if change is None or _RANGING.search(clause[change.end() :]):
        return None  # no change, or "ارتفعت الأسعار لتتراوح من 10 إلى 15": the level it ranges over
    return marker


# The words between the two ends of a change split apart: "X إلى Y", "X ל-Y"
# (Hebrew may set each end in its year: "הגדיל את חלקו מ-24.2% בשנת 2009 ל-28.1% ב-2010")
_ENDS_JOINED = {
    "ar": re.compile(r"\s+(?:إلى|الى)\s*"),
    "he": re.compile(r"(?:\s*%?\s+ב(?:שנת\s+|-)?(?:19|20)\d\d)?\s+ל-?"),
}
_ENDS_FROM = {"ar": re.compile(r"(?<!\S)من\s+$"), "he": re.compile(r"(?<![\u05d0-\u05ea])מ-?$")}


def share_change_ends(facts: list[Fact], text: str, lang: str) -> None:
    """The two ends of a change told "من X إلى Y" / "מ-X ל-Y" count one thing in one unit: the start, read before
    the end, gets the end's unit ("من 37.5 مليار إلى 44.4 مليار دولار"), and the end, whose words before it are
    the start's number, what the start counts ("ההכנסות זינקו מ-37.5 מיליארד ל-44.4 מיליארד דולר")."""
    joined, led = _ENDS_JOINED.get(lang), _ENDS_FROM.get(lang)
    if joined is None or led is None:
        return
    for f, g in zip(facts, facts[1:], strict=False):
        n, m = f.number, g.number
        if n is None or m is None or n.value_max is not None or m.value_max is not None:
            continue
        if not joined.fullmatch(text[n.end : m.start]) or not led.search(text[: n.start]):
            continue
        if f.unit is None and g.unit is not None and not (n.kind == "percent") ^ (g.unit == "percent"):
            f.unit = g.unit
        if f.counts and (g.counts is None or re.search(r"[\d\u0660-\u0669]|مليار|مليون|מיליארד|מיליון", g.counts)):
            g.counts = f.counts
        elif g.counts and f.counts is None and not re.search(r"[\d\u0660-\u0669]", g.counts):
            f.counts = g.counts

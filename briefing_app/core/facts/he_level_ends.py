"""Hebrew levels a price or rate moved between, told after its verb of change: "המחיר הממוצע של דירה זינק בשיעור של
87%, מרמה של 764.8 אלף שקל ב-2006, לרמה של 1.427 מיליון שקל", "מחיר דירת 3 חדרים עלה בשיעור של 153% מרמה של 549.1
אלף שקל לרמה של 1.391 מיליון שקל". The counted reader took the level noun ("מרמה", "לרמה") for what both ends
count; they count the verb's subject, as the change's rate does."""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import HE_VERB
from briefing_app.core.facts.model import Fact

# A level noun read for what a figure counts: "מרמה", "לרמה", "מרמת", "לשיעור", "מהיקף" (with what followed it).
# (or in brackets after a time the reader took first: "בסוף הרבעון (לרמה)")
_LEVEL_READ = re.compile(r"^[מל](?:רמה|רמת|שיעור|היקף)(?:\s|$)|\([מל](?:רמה|רמת|שיעור|היקף)\)$")
# The verb of change before the levels, and its subject back to the clause's start or a "כי"/"ש" of reporting.
_SUBJECT_VERB = re.compile(rf"(?:^|[,.;:]\s*|\sכי\s+|\sש)((?:[^\s,.;:]+\s+){{1,6}}?){HE_VERB}\s")


# What a transitive verb or noun of change moves, when no verb of change has a subject: "להפחית את הריבית ב-0.25% לרמה
# של 4%", "ההחלטה להוריד את הריבית לחודש יולי ב-0.25%", "הפחתת הריבית במשק ב-0.25%, לרמה של 2.25%" (the central
# bank's and the papers' way of telling a rate decision): the object, or the noun's complement, up to the step.
_MOVED = re.compile(
    r"(?<![\u05d0-\u05ea])(?:(?:ל|ו)?(?:הפחית|הפחיתה|הפחיתו|הוריד|הורידה|הורידו|העלה|העלתה|העלו|עלות|פחית|וריד|"
    r"הגדיל|הגדילה|הגדילו|גדיל|הקטין|הקטינה|הקטינו|קטין|קיצץ|קיצצה|קיצצו|קצץ)\s+את|"
    r"(?:ה|ו|ב|על\s+)?(?:הפחתת|הורדת|העלאת|הגדלת|הקטנת|קיצוץ))\s+"
    # the object, one to three words, then perhaps a month it is set for ("לחודש יולי")
    r"((?:[\u05d0-\u05ea\"\u05f4]+\s+){0,2}?[\u05d0-\u05ea\"\u05f4]+)(?:\s+(?:לחודש|בחודש|לשנת|בשנת)\s+[\u05d0-\u05ea\d]+)?"
    # then the step ("ב-0.25%"), and the preposition of the level or the step right before a number
    r"\s*,?\s+(?:ב-?\s*(?:כ-?)?[\d.,]+\s*%\s*,?\s*)?(?:(?:ל|מ)(?:רמה|רמת)\s+של\s*|[לבמ]-?\s*)(?:כ-?)?$"
)


def _moved_object(before: str) -> str | None:
    """The rate or sum a transitive verb or a noun of change moves, named before a figure (see `_MOVED`)."""
    found = _MOVED.search(before[-120:])
    return found.group(1) if found else None


def he_level_ends(facts: list[Fact], text: str) -> None:
    """Give a figure read as a level ("מרמה של 764.8 אלף", "לרמה של 1.427 מיליון") the subject of the verb of change
    before it in its sentence (see the module docstring)."""
    for f in facts:
        n = f.number
        if n is None or not f.counts or not _LEVEL_READ.search(f.counts.strip()):
            continue
        found = list(_SUBJECT_VERB.finditer(text[: n.start]))
        moved = _moved_object(text[: n.start]) if not found else None
        level = re.search(r"(?<![\u05d0-\u05ea])([מל](?:רמה|רמת))\s+של\s*(?:כ-?)?$", text[: n.start])
        if moved and level:
            f.counts = f"{level.group(1)} ({moved})"  # "לרמה של 4%": the rate's level
            continue
        if moved:
            f.counts = moved  # "להפחית את הריבית ב-0.25% לרמה של": the step the rate moved by
            continue
        if not found:
            continue
        subject = found[-1].group(1).strip()
        if subject and not re.search(r"\d%|\d\s*(?:אלף|מיליון|מיליארד)", subject):
            # (the level noun kept first: "לשיעור של 25%" is keyed on the rate as often as on what it is of)
            level = re.search(r"[מל](?:רמה|רמת|שיעור|היקף)", f.counts)
            f.counts = f"{level.group(0) if level else f.counts} ({subject})"


# "and" with a time adjunct and the step's preposition, the verb and subject left out: "עלה המדד ב-1.3% ומתחילת השנה
# ב-0.8%", "ובמחצית הראשונה ב-2.1%".
_GAPPED_TIME = re.compile(
    r"\sו(?:מ|ב|ל)?(?:תחילת|סוף|השנה|החודש|הרבעון|המחצית|התקופה|השנים|החודשים|אשתקד)"
    r"(?:\s+[\u05d0-\u05ea\"״'׳-]+){0,3}\s+ב-?\s*$"
)


def he_gapped_time(facts: list[Fact], text: str) -> None:
    """Give a figure after "and" and a time adjunct alone ("ומתחילת השנה ב-0.8%") what the figure before it in the
    sentence counts: the verb and subject said once, for another span of time."""
    for i, f in enumerate(facts):
        if f.number is None or not i or not _GAPPED_TIME.search(text[: f.number.start]):
            continue
        previous = facts[i - 1]
        if previous.counts and previous.unit == f.unit:
            f.counts = previous.counts


_SPAN_UNITS = frozenset({"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"})


def he_span_noun(facts: list[Fact], text: str) -> None:
    """A span with the article and no other reading ("ב-12 החודשים האחרונים") counts its own noun and the word
    placing it in time, as the span's noun is what news keys it on."""
    for f in facts:
        if f.number is None or f.unit not in _SPAN_UNITS:
            continue
        after = re.match(r"\s*(ה[\u05d0-\u05ea]+(?:\s+(?:ה|ש)[\u05d0-\u05ea]+)?)", text[f.number.end :])
        if after and (not f.counts or after.group(1).split()[0] not in f.counts):
            f.counts = after.group(1)  # (not a count shared from the figure before: "נהרגו בני אדם")

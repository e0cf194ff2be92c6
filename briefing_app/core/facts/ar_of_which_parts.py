"""Arabic parts told after "of which" ("منها", "منهم") right after a whole in the same sentence: "بلغ معدل البطالة
17.2% منها 13.5% للذكور و30.1% للإناث", "سجلت 88 إصابة منها 40 في العاصمة و12 في الشمال".

Each part is so much of the whole's quantity, for the group or place after it: what it counts is the whole's noun
with that group ("معدل البطالة (للذكور)"). The reader after the part took only the group ("للذكور"), which is no
noun of it. The parts after the first are joined by "و" to the one before (the Hebrew "מתוכם" is
`counted_compared.share_of_them_within`).
"""

from __future__ import annotations

import re

from briefing_app.core.facts.counted_clause import clause_before
from briefing_app.core.facts.figure_words import AR_STOP, DURATIONS
from briefing_app.core.facts.model import Fact

# The whole's sign and unit words, then "of which" right before the first part: "% منها", " حالة، منها".
_OF_WHICH = re.compile(
    r"^\s*(?:[%٪]|[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?)?\s*[،,]?\s*و?(?:منها|منهم|منهن)"
    r"\s*(?:(?:نحو|حوالي|حوالى|قرابة|زهاء)\s*)?$"  # ("75 مليار جنيه منها نحو 55 مليار")
)
# The part before, its group, then "and" right before the next part: "% للذكور و", " في العاصمة و".
_AND_NEXT = re.compile(r"^\s*[%٪]?\s*(?:(?:ل|في\s+|ب)\S+(?:\s+\S+)?\s+)?و\s*$")
# A reading that is only a group or a place: "للذكور", "للإناث", "في العاصمة", "بالريف".
_GROUP_ONLY = re.compile(r"(?:ل|في\s+|ب)[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?")
# The group or place right after a part: "13.5% | للذكور", "40 | في العاصمة" (to "and" or a comma).
_GROUP_AFTER = re.compile(r"\s*[%٪]?\s*((?:ل|في\s+|ب)[\u0621-\u064a]+(?:\s+(?!و)[\u0621-\u064a]+)?)")
_OF_THEM = re.compile(r"و?(?:منها|منهم|منهن)")
# "of which" or "among them" right before a part with no noun of its own, the whole farther back in the sentence:
# "تسجيل 14 إصابة جديدة بالفيروس منها واحدة محلية", "عولج 451 مصابا خلال الـ24 ساعة، من بينهم 123 في العناية".
_PART_OPENS = re.compile(r"(?:و?(?:منها|منهم|منهن)|(?:و?من\s+)?بين(?:هم|ها|هن))\s*(?:(?:نحو|حوالي|حوالى|قرابة)\s*)?$")
# What such a part's own reader took: nothing, "of which" itself or the clause before run into it ("بالفيروس
# منها"), or a lone adjective of the whole's noun ("واحدة محلية", "4 أجنبية").
_NO_NOUN_OF_ITS_OWN = re.compile(
    r"(?:.*\s)?و?(?:منها|منهم|منهن|بينهم|بينها|بينهن)|[\u0621-\u064a]{2,}(?:ية|يين|يون)"
)


def _without_of_which(counts: str) -> str:
    """The whole's reading without "منها" and the part's number it ran into: "منها 19.2 (معدل البطالة)" is
    "معدل البطالة"."""
    ran = re.match(r"و?(?:منها|منهم|منهن)(?:\s+[\d٠-٩.,]+)?\s*(?:\((.+)\))?$", counts.strip())
    return ran.group(1) if ran and ran.group(1) else counts


def ar_of_which_parts(facts: list[Fact], text: str) -> None:
    """Give each part after "منها" the whole's noun with its own group (see the module docstring). `facts`: the
    figures of the sentence `text`, in order."""
    whole: str | None = None
    for i, g in enumerate(facts):
        if not i or g.number is None or facts[i - 1].number is None:
            whole = None
            continue
        before = facts[i - 1].number
        before_counts = facts[i - 1].counts
        if before is None:
            continue
        gap = text[before.end : g.number.start]
        if _OF_WHICH.match(gap) and before_counts and facts[i - 1].unit == g.unit:
            whole = _without_of_which(before_counts)
            if _OF_THEM.fullmatch(whole):  # ("ومصروفات الاستثمارات نحو 75 مليار جنيه منها": its clause before it)
                whole = clause_before(text, before, "ar") or whole
            facts[i - 1].counts = whole  # ("24.6% منها 19.2%": the whole's reader ran on into "منها 19.2")
        elif whole is None or not _AND_NEXT.match(gap) or g.unit != facts[i - 1].unit:
            whole = None
            continue
        own = (g.counts or "").strip()
        group = _GROUP_AFTER.match(text, g.number.end)
        # (its own reading empty, the group alone, "of which" itself, or borrowed from the whole's reading)
        grouped = _GROUP_ONLY.fullmatch(re.sub(r"\s*\([^()]*\)$", "", own))  # ("للذكور (معدل البطالة)")
        if not own or grouped or _OF_THEM.fullmatch(own) or own in whole:
            g.counts = f"{whole} ({group.group(1)})" if group else whole
        else:
            whole = None  # (a part with a noun of its own: "منها 12 سيارة")
    _far_parts(facts, text)
    _named_wholes(facts, text)


# "Among the injured" right before a part: the whole named by its definite noun, the part told by its number alone
# ("ومن بين الجرحى 4 حالتهم حرجة": four of the wounded).
_AMONG_THE = re.compile(r"(?:^|\s)و?من\s+بين\s+(ال[\u0621-\u064a]{2,})\s*$")
# The word after such a part when it is no noun of the part's own: a closed-class word, a noun with a pronoun
# ("حالتهم"), a definite word, or a past verb in -ت or -وا ("وصفت", "أصيبوا"); "3 أطفال" keeps its noun.
_NOT_ITS_NOUN = re.compile(r"[وف]?(?:ال\S+|\S+(?:هم|ها|هن|هما)|\S{2,3}ت|\S+وا)")


def _named_wholes(facts: list[Fact], text: str) -> None:
    """Give a part told after "من بين" and a definite noun, with no noun of its own after it, that noun."""
    for g in facts:
        if g.number is None:
            continue
        among = _AMONG_THE.search(text[: g.number.start])
        if among is None:
            continue
        after = text[g.number.end :].split(maxsplit=1)
        word = after[0].strip("،,.:؛") if after else ""
        if not word or word in AR_STOP or _NOT_ITS_NOUN.fullmatch(word):
            g.counts = among.group(1)


def _far_parts(facts: list[Fact], text: str) -> None:
    """Give a part after "منها" or "من بينهم" whose whole stands farther back (other words or a span between) the
    nearest earlier whole's noun, with its own group or adjective: "14 إصابة جديدة بالفيروس منها واحدة محلية" is
    "إصابة جديدة (محلية)", "451 مصابا خلال الـ24 ساعة، من بينهم 123 في العناية" is "مصابا (في العناية)"."""
    for i, g in enumerate(facts):
        if not i or g.number is None or not _PART_OPENS.search(text[: g.number.start]):
            continue
        own = re.sub(r"\s*\([^()]*\)$", "", (g.counts or "").strip())  # ("محلية (الوزارة)": the subject added)
        if own and not _NO_NOUN_OF_ITS_OWN.fullmatch(own):
            continue  # (its own noun: "منها 4 وفيات", "من بينهم 3 أطفال")
        wholes = [f for f in facts[:i] if f.counts and f.unit not in DURATIONS and f.unit == g.unit]
        if not wholes:
            continue
        whole = _without_of_which(wholes[-1].counts or "")
        if _NO_NOUN_OF_ITS_OWN.fullmatch(whole):
            continue
        group = _GROUP_AFTER.match(text, g.number.end) if not own else None
        told = group.group(1) if group else (own if own and not _OF_THEM.search(own) and " " not in own else None)
        g.counts = f"{whole} ({told})" if told else whole

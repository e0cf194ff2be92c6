"""Arabic words and phrases of time around a figure: the nouns of a period, the adjectives that place one in time, a
period after a figure ("للعام الماضي", "عام 2023") and time adjuncts inside a clause ("خلال الشهور الخمسة الأولى من
عام 2024"), which say when, never what a figure counts."""

from __future__ import annotations

import re

from briefing_app.core.facts.per_document import per_document
from briefing_app.core.numbers import strip_arabic_marks

# Arabic nouns of a time or period, after "في" and a figure ("في الربع الأول", "في عام 2023", "في مطلع العام").
_AR_PERIODS = {"ربع", "عام", "سنة", "شهر", "أسبوع", "يوم", "صيف", "شتاء", "ربيع", "خريف", "فترة", "نصف", "أشهر",
               "شهور", "أيام", "ساعات", "أسابيع", "سنوات", "أعوام", "مطلع", "نهاية", "بداية", "منتصف", "أواخر",
               "أوائل", "غضون", "موسم", "يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يوليو",
               "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
               "ختام", "مستهل", "جلسة", "تعاملات", "تداولات",
               # the Maghreb's quarter and half-year ("في الثلاثي الثالث من سنة 2022")
               "ثلاثي", "سداسي",
               # the Levant's and Iraq's month names ("لنهاية تشرين الأول/أكتوبر الماضي"; not "آب", whose bare
               # spelling is "father")
               "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "أيلول", "تشرين"}  # fmt: skip


_AR_PLAIN_PERIODS = {re.sub("[أإآ]", "ا", w) for w in _AR_PERIODS}


_AR_PERIOD_RE1 = re.compile(r"^(?:[وبل]?ال|و?لل|[وبل])")
_AR_PERIOD_RE2 = re.compile(r"^(?:[و]?ال|و)")
_AR_PERIOD_RE3 = re.compile("[أإآ]")


@per_document  # (asked for the same words by several Arabic readers)
def ar_period(word: str) -> bool:
    """Whether an Arabic word is a noun of time, after its article, "and", "in" or "for" ("والعام", "بالربع")."""
    # (ل before the article drops its alif: "للعام", "للشهر"; and a hamza left off: "الاعوام", "الاشهر")
    marked = strip_arabic_marks(word)
    bare = _AR_PERIOD_RE1.sub("", marked)
    if bare in _AR_PERIODS or _AR_PERIOD_RE3.sub("ا", bare) in _AR_PLAIN_PERIODS:
        return True
    # (a period whose own first letter is one of those clitics: "بداية", "وبداية", not "داية")
    unglued = _AR_PERIOD_RE2.sub("", marked)
    return unglued != bare and (unglued in _AR_PERIODS or re.sub("[أإآ]", "ا", unglued) in _AR_PLAIN_PERIODS)


# Adjectives that place an Arabic period in time ("العام الماضي", "الشهر الجاري", "الربع الأول").
AR_TIME_ADJECTIVE = re.compile(
    r"ال(?:ماضي|ماضية|حالي|حالية|جاري|جارية|مقبل|مقبلة|قادم|قادمة|سابق|سابقة|منصرم|منصرمة|[أا]ول|[أا]ولى|ثاني|ثانية|ثالث"
    r"|ثالثة|رابع|رابعة|[أا]خير|[أا]خيرة|ثلاثة|أربعة|خمسة|ستة|سبعة|ثمانية|تسعة|عشرة)"
)


def ar_time_after(after: str) -> bool:
    """Whether an Arabic phrase after a figure opens with when it was, not with what it counts: a period after
    "for" ("للعام الماضي", "لشهر مايو"), or a period in the accusative of time with its year or its place in time
    ("عام 2023", "العام الماضي")."""
    words = strip_arabic_marks(after).split()[:2]
    if not words or not ar_period(words[0]):
        return False
    if re.match(r"و?[لب]", words[0]) and not words[0].startswith(("ال", "وال")):
        return True  # ("للعام الماضي", "بالعام المالي": for or in the year, a time)
    following = words[1] if len(words) > 1 else ""
    return re.match(r"[\d٠-٩]{4}(?![\d٠-٩])", following) is not None or (
        words[0].startswith(("ال", "وال")) and AR_TIME_ADJECTIVE.fullmatch(following) is not None
    )


_GLUED_BOUND = re.compile(r"[لب](?:نهاية|بداية|مطلع|منتصف|أواخر|أوائل|اواخر|اوائل)")
_AR_TIME_OPENERS = ("في", "خلال", "طوال", "طيلة", "منذ", "قبل", "بعد", "بنهاية", "ببداية", "بحلول", "حتى")
# Demonstratives between a time opener and its period: "خلال تلك الفترة", "في هذا العام".
_AR_DEMONSTRATIVES = ("تلك", "هذه", "ذلك", "هذا", "نفس", "ذات")  # (and "the same": "خلال نفس الفترة")
# The period compared with: "للفترة المقابلة", "للشهر المماثل", "للفترة نفسها".
_SAME_PERIOD = re.compile(r"ال(?:مقابل|مماثل|مناظر)ة?|نفس(?:ها|ه)|ذات(?:ها|ه)")
# A demonstrative with "for" or "in" glued to it, before a period: "لهذا العام", "بهذه الفترة".
_GLUED_DEMONSTRATIVE = re.compile(r"[لب](?:هذا|هذه|ذلك|تلك)")


def ar_same_period(word: str) -> bool:
    """Whether an Arabic word after a period says it is the one compared with ("نفسها", "ذاتها", "المقابلة")."""
    return _SAME_PERIOD.fullmatch(strip_arabic_marks(word)) is not None


# The weekdays, after "yesterday" or "today" ("أمس الثلاثاء", "اليوم الأحد").
_WEEKDAY = re.compile(r"ال(?:سبت|أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة)")


# The participle of a period that ended on a date: "المنتهية في 30 سبتمبر".
_ENDED = {"المنتهية", "المنتهي", "المنقضية", "المنقضي", "المنتهيه"}


_AR_WITHOUT_TIME_RE1 = re.compile(r"\s*\((?:\s*(?:[\u0621-\u064a]{3,}|[\d٠-٩]{4})\s*[–\-/]?)+\)")
_AR_WITHOUT_TIME_RE2 = re.compile(r"(?:19|20)[\d]{2}م?")
_AR_WITHOUT_TIME_RE3 = re.compile(r"[\d٠-٩]{4}")
_AR_WITHOUT_TIME_RE4 = re.compile(r"لل|بال")


def ar_without_time(clause: str) -> str:
    """`clause` less every Arabic time adjunct inside it: a period after "في"/"خلال"/"منذ" with its ordinals, its
    place in time and "من" another period and its year ("خلال الشهور الخمسة الأولى من عام 2024", "في نهاية عام
    2023"), or a bare period and its year ("عام 2023"). A subject and its figure stand apart across one: "وصلت
    الإيرادات | خلال ... | إلى 3.8 مليار"."""
    # (a bracketed span of months and years after a period is part of the adjunct: "(يناير – يوليو 2025)")
    clause = _AR_WITHOUT_TIME_RE1.sub(" ", clause)
    words = clause.split()
    kept: list[str] = []
    i = 0
    while i < len(words):
        bare = strip_arabic_marks(words[i])
        opener = bare in _AR_TIME_OPENERS and i + 1 < len(words)
        start = i + 1 if opener else i
        # ("لنهاية تشرين الأول", "بنهاية العام": a bound of a period glued to "for"/"at" opens the adjunct itself)
        opener = opener or _GLUED_BOUND.fullmatch(bare) is not None
        if opener and strip_arabic_marks(words[start]) in _AR_DEMONSTRATIVES and start + 1 < len(words):
            start += 1  # "خلال تلك الفترة": the period pointed at
        elif not opener and i + 1 < len(words) and _GLUED_DEMONSTRATIVE.fullmatch(bare) and ar_period(words[i + 1]):
            opener, start = True, i + 1  # "لهذا العام", "بهذه الفترة": "for/in this" glued, then the period
        elif not opener and bare in ("هذه", "هذا") and i + 1 < len(words) and ar_period(words[i + 1]) and (
            strip_arabic_marks(words[i + 1]).startswith("ال")
        ):
            # ("حققت صادرات القطاع هذه السنة 33.4 مليار": "this year", the accusative of time)
            opener, start = True, i + 1
        elif not opener and _AR_WITHOUT_TIME_RE4.match(bare) and ar_period(bare) and i + 1 < len(words) and (
            AR_TIME_ADJECTIVE.fullmatch(strip_arabic_marks(words[i + 1])) or _SAME_PERIOD.fullmatch(words[i + 1])
        ):
            # "للعام الحالي", "للشهر الماضي": "for" the period placed in time, glued to its article; so "in" it
            # ("وصول الدخل السياحي بالفترة نفسها إلى", "صعودا من 2.6 مليون بالفترة المقابلة من 2024")
            opener = True
        counted_period = start + 1 < len(words) and ar_period(words[start + 1])
        # (and the short forms Egyptian copy writes: "خلال الثلاث أشهر", "التسع أشهر")
        spelled = re.fullmatch(r"ال(?:ثلاثة|أربعة|خمسة|ستة|سبعة|ثمانية|تسعة|عشرة|ثلاث|أربع|خمس|ست|سبع|ثماني|تسع|عشر)",
                               words[start])  # fmt: skip
        if opener and counted_period and spelled:
            start += 1  # "في الأربعة أشهر الأولى من العام": the number of the period before its noun, the Maghreb order
        year_next = start + 1 < len(words) and _AR_WITHOUT_TIME_RE3.fullmatch(words[start + 1]) is not None
        if start < len(words) and ar_period(words[start]) and (opener or year_next):
            j = start + 1
            while j < len(words):
                w = strip_arabic_marks(words[j])
                # (a year with its era mark too: "2022م")
                if ar_period(w) or AR_TIME_ADJECTIVE.fullmatch(w) or re.fullmatch(r"[\d٠-٩]{4}(?:م|هـ)?", w) or (
                    _SAME_PERIOD.fullmatch(w)  # "خلال الفترة المماثلة من العام الماضي"
                ):
                    j += 1
                elif "/" in w and all(ar_period(p) or AR_TIME_ADJECTIVE.fullmatch(p) for p in w.split("/") if p):
                    j += 1  # "تشرين الأول/أكتوبر": a Levantine month and its other name, after a slash
                elif re.fullmatch(r"ال\u0640?[\d٠-٩]{1,3}", w):
                    j += 1  # "خلال الساعات الـ24 الماضية": the period's number with the article, how many hours
                elif re.fullmatch(r"ال\u0640?", w) and re.fullmatch(r"[\d٠-٩]{1,3}", "".join(words[j + 1 : j + 2])):
                    j += 2  # "خلال الساعات الـ 24 الماضية": the same, the number set apart from its article
                elif w in _ENDED and j + 2 < len(words) and strip_arabic_marks(words[j + 1]) in ("في", "فى"):
                    # "خلال الأشهر الثلاثة المنتهية في 30 سبتمبر": the day the period ended, its month, its year
                    k = j + 2 + bool(re.fullmatch(r"[\d٠-٩]{1,2}", words[j + 2]))
                    if k < len(words) and ar_period(words[k]):
                        j = k + 1
                    else:
                        break
                elif w == "من" and j + 1 < len(words) and ar_period(words[j + 1]):
                    j += 1
                elif w == "من" and j + 1 < len(words) and re.fullmatch(r"[\d٠-٩]{4}", words[j + 1]):
                    j += 2  # "خلال النصف الأول من 2021": the year of the period, with no "عام" before it
                else:
                    break
            i = j
            continue
        yesterday = bare in ("أمس", "امس", "وأمس") or (
            bare in ("اليوم", "واليوم") and i + 1 < len(words) and _WEEKDAY.fullmatch(strip_arabic_marks(words[i + 1]))
        )
        if yesterday:  # "ارتفع أمس الثلاثاء بنسبة 0.6%", "تراجع اليوم الأحد": the day, no word of what changed
            i += 1
            while i < len(words) and (_WEEKDAY.fullmatch(strip_arabic_marks(words[i])) or words[i] == "الأول"):
                i += 1
            continue
        if opener and start < len(words) and _AR_WITHOUT_TIME_RE2.fullmatch(strip_arabic_marks(words[start])):
            i = start + 1  # "تقفز خلال 2021 بنسبة 27%", "ترتفع 27% في 2021": a bare year after "in" or "during"
            continue
        kept.append(words[i])
        i += 1
    return " ".join(kept) + (" " if clause.endswith((" ", "\u00a0")) else "")

"""Numbers that are parts of dates and times, not figures: "17 Oct", "7 p.m.", "24 hours ago", "2013م".

Also Arabic years said in words ("ألفين واثنين وعشرين").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import AR_HE_MONTHS, DA_MONTHS, EN_MONTH_ABBR, EN_MONTHS
from briefing_app.core.numbers import NumberMatch

# Days listed after a month, the last joined by "and"/"or": "On March 7, 8, and 9", "June 9 and 10 saw".
_EN_DAY_LIST = re.compile(
    rf"{EN_MONTHS}\s+(?:[1-9]|[12]\d|3[01])(?:,\s*(?:[1-9]|[12]\d|3[01]))*,?\s+(?:and|or|&)\s+(?:[1-9]|[12]\d|3[01])"
    r"(?=\s*(?:$|[^\w\s%]|(?:the|in|at|on|of|to|for|and|when|as|with|[A-Z]\w*)\b))"
)
# Days listed before their month, British style, the last joined by "and"/"or": the 4 and 11 of "on 4, 11 and 19
# March", "on 2 or 6 June" (the last day is read with its month).
_EN_DAYS_BEFORE_MONTH = re.compile(
    rf"(?:st|nd|rd|th)?(?:,\s*(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?)*,?\s+(?:and|or|&)\s+(?:[1-9]|[12]\d|3[01])"
    rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{EN_MONTHS}\b"
)
# A month written short after a day: "17 Oct", "3 Sept." (a capital, so not the verb "may" or "mar").
_EN_ABBR_AFTER = re.compile(r"\s+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b")
# A month in capitals right before a day, as datelines write it ("MUSCAT, MARCH 14 –"); after a comma or the start,
# so not a shouted word of a headline ("HOUSE PRICES MAY 5").
_CAPS_MONTH_BEFORE = re.compile(
    r"(?:^|,\s*)(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\s+$"
)
# A part of the day after an hour: "around 7 in the evening", "at 6 in the morning", "11 at night".
_DAY_PART_AFTER = re.compile(r"\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b", re.IGNORECASE)
# A span before or after an event: "three days after the truce", "10 hours prior to the blast" (when, not
# how much; "two days of talks" is a figure).
_SPAN_BEFORE_EVENT = re.compile(
    r"\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+(?:after|before|prior\s+to)\s+"
    r"(?:the|a|an|his|her|its|their|this|that|(?:being\s+)?[a-z]+ing)\b|"
    # (an event with no article, as headlines write it: "laid to rest 78 years after fatal flight")
    r"\s+(?:years?|decades?)\s+(?:after|before)\s+(?:[a-z]+\s+)?[a-z]+(?:\s*$|\s+(?:in|at|on|of|for)\b)|"
    r"\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+(?:after|before)\s+(?-i:[A-Z][a-z])",
    re.IGNORECASE,
)
# A reporting period of a result: "for the 40 weeks to June 3", "in the three months running up to May",
# "the 26 weeks ended 9 March": the result is the figure, and the period it covers is a date, told as its length
# up to its end (not "spent six months to March in jail" with no article, nor "the three months to come").
# North American copy writes the end with a relative and the month cut short: "for the nine months that ended
# Oct. 31", "the 13 weeks ending Feb. 2".
_REPORTING_PERIOD_BEFORE = re.compile(r"\b(?i:the)\s+(?:(?:first|last|final|past|latest)\s+)?$")
_REPORTING_PERIOD_AFTER = re.compile(
    r"[\s-]+(?:weeks?|months?)\s+(?:(?:that|which)\s+)?(?:to|ended|ending|through|leading\s+(?:up\s+)?to)\s+"
    rf"(?:the\s+end\s+of\s+)?(?:(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+)?(?:{EN_MONTHS}\b|{EN_MONTH_ABBR}|"
    r"(?:Christmas|Easter)\b)"
)
# A minute of a match: "On 53 minutes Smith saved", "on 80 minutes, a penalty" (when in the game, not how long).
_MATCH_MINUTE = re.compile(r"\s+minutes?\b(?!\s+(?:of|later|earlier|after|before))")


# A date written in digits with its year ("01.10.2008", "1.3.2021", "15/4/2021"), alone or in a span
# ("01.10.2008-31.07.2010"): the number reader reads its parts as three numbers. (Groups of one or two digits, so no
# number with thousands, "1.300.000".) Saudi copy dates by the Hijri year, often with a space at a slash
# ("بتاريخ 12/ 3 /1438هـ"): a year of the 14th or 15th Hijri century holds the date as well.
_NUMERIC_DATE = re.compile(
    r"(?<![\d.,/])(?:0?[1-9]|[12]\d|3[01])\s?([./])\s?(?:0?[1-9]|1[0-2])\s?\1\s?(?:1[89]|20|1[34])\d\d(?![\d])"
    # (a bracket after a day's name with the year in two digits, as showbusiness wires date a night: "on Sunday
    # night (10.02.19)"; never bare, where "2.10.19" may be a version)
    r"|(?<=\()(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\.\d\d(?=\))"
)


# "לפני 7 שנים", "לפני יותר מ-40 שנה" (a count past ten takes the singular), "לפני כשנתיים" (a dual holds its
# unit): ago
_HE_AGO_BEFORE = re.compile(
    r"(?<!\S)לפני\s+(?:כ[-\u05be]?|(?:(?:יותר|פחות|למעלה)\s+מ|קרוב\s+ל)[-\u05be]?|כמעט\s+|בדיוק\s+)?$"
)
_HE_AGO_UNIT_AFTER = re.compile(
    r"\s*(?:דקות|דקה|שעות|שעה|ימים|יום|שבועות|שבוע|חודשים|חודש|שנים|שנה)(?![\u05d0-\u05ea])"
)
_HE_TIME_DUAL = re.compile(r"(?:כ[-\u05be]?)?(?:דקותיים|שעתיים|יומיים|שבועיים|חודשיים|שנתיים)")


# The month a day number is of, named by its adjective: "18 الجاري", "9 من الشهر المقبل", "27 من الشهر الماضي".
# A relative year right before a number: "العام المنصرم", "السنة الماضية" (date_patterns reads the two as one date).
_AR_RELATIVE_YEAR_BEFORE = re.compile(
    r"(?<![\u0621-\u064a])[وبلف]?(?:ال|لل)(?:عام|سنة)\s+(?:الماضي|الماضية|المنصرم|المنصرمة|الحالي|الحالية|الجاري|"
    r"الجارية|السابق|السابقة)\s+$"
)
# An indefinite noun right after a number, no preposition or article glued to it: "1435 حادثا" is a count.
AR_COUNTED_NOUN_AFTER = re.compile(
    r"\s+(?!(?:[وبلف]|ال|من|على|عن|إلى|الى|حتى|خلال|منذ|هـ|ه(?![\u0621-\u064a])))[\u0621-\u064a]{2,}"
)
_AR_MONTH_ADJECTIVE = r"(?:الجاري|الحالي|المنصرم|الماضي|المقبل|القادم)"
_AR_DAY_OF_NAMED_MONTH = re.compile(
    rf"\s*(?:من\s+)?(?:الشهر\s+{_AR_MONTH_ADJECTIVE}|الجاري|الحالي|المنصرم)(?![\u0621-\u064a])"
)
# "يوم 14 في الشهر الجاري": "in the month" is a date only after "day" ("سجلت 20 في الشهر الماضي" counts 20).
_AR_DAY_WORD_BEFORE = re.compile(r"(?<![\u0621-\u064a])[وبلف]?يوم\s+$")
_AR_DAY_IN_MONTH = re.compile(rf"\s*في\s+الشهر\s+{_AR_MONTH_ADJECTIVE}(?![\u0621-\u064a])")


_IS_DATE_PART_RE1 = re.compile(r"[- ]?(?:years?|års?)[- ]+(?:anniversary|jubilæum)\b", re.IGNORECASE)
_IS_DATE_PART_RE2 = re.compile(r"\d\d")
_IS_DATE_PART_RE3 = re.compile(r"(?:^|\s)['’]$")
_IS_DATE_PART_RE4 = re.compile(r"\b(?:19|20)\d\d[-–—/]['’]?$")
_IS_DATE_PART_RE5 = re.compile(r"[0-9\u0660-\u0669]{3,4}")
_IS_DATE_PART_RE6 = re.compile(r"(?:st|nd|rd|th)\b|\(")
_IS_DATE_PART_RE7 = re.compile(r"\s?(?:[ap]\.\s?m\b\.?|[ap]m\b|o'clock)", re.IGNORECASE)
_IS_DATE_PART_RE8 = re.compile(r"(?<!\S)(?:ال)?ساعة\s+$|(?<!\S)בשעה\s+$")
_IS_DATE_PART_RE9 = re.compile(r"\s+(?:صباحا|صباحاً|مساء|مساءً|ظهرا|ظهراً|فجرا|فجراً|בבוקר|בערב|בלילה|בצהריים)(?!\S)")
_IS_DATE_PART_RE10 = re.compile(r"\d{1,3}(?:,\d{3})+")
_IS_DATE_PART_RE11 = re.compile(r"\s+[a-z]")


def is_date_part(text: str, n: NumberMatch, lang: str) -> bool:
    after, before = text[n.end :], text[: n.start]
    if not n.spelled and any(m.start() <= n.start < m.end() for m in _NUMERIC_DATE.finditer(text, max(0, n.start - 8))):
        return True  # "for perioden 01.10.2008-31.07.2010": a day, a month and a year
    if lang == "en" and re.search(rf"{EN_MONTH_ABBR}\s+$", before):
        return True
    if lang == "en" and n.raw <= 31 and not n.spelled and _CAPS_MONTH_BEFORE.search(before):
        return True  # "MUSCAT, MARCH 14 –": a dateline's day after its month in capitals
    if lang == "en" and n.raw <= 31 and n.value_max is None and not n.spelled:
        if _EN_ABBR_AFTER.match(after):
            return True  # "17 Oct": a day of a month written short
        if any(m.start() < n.start < m.end() for m in _EN_DAY_LIST.finditer(text, max(0, n.start - 40))):
            return True  # the 8 and 9 of "On March 7, 8, and 9": more days of the same month
        if _EN_DAYS_BEFORE_MONTH.match(after):
            return True  # the 4 of "on 4 and 11 March": a day of the month named after the last day
    if (
        lang == "en"
        and n.value_max is None
        and n.raw <= 130
        and re.search(r"(?:^|[^\w\s]\s*|\b[Aa]nd\s+)\b[Oo]n\s+$", before)
        and _MATCH_MINUTE.match(after)
    ):
        return True  # "On 53 minutes Smith saved": a minute of a match
    if (
        _IS_DATE_PART_RE2.fullmatch(n.text)
        and _IS_DATE_PART_RE3.search(before)
        and not re.match(r"\s*['’]|\s+(?!(?:and|or|in|at|to|when|with|for)\b)[a-z]", after)
    ):
        return True  # "USA '94", "the class of ’88": a year written short
    if _IS_DATE_PART_RE2.fullmatch(n.text) and _IS_DATE_PART_RE4.search(before):
        # (Indian copy writes an apostrophe too: "the financial year 2022-'23")
        return True  # "fiscal year 2025–26", "the 2018/19 season": the second year of a span written short
    if lang == "en" and n.raw <= 12 and n.value_max is None and _DAY_PART_AFTER.match(after):
        return True  # "around 7 in the evening": a clock time said in words
    if lang == "en" and _REPORTING_PERIOD_AFTER.match(after) and _REPORTING_PERIOD_BEFORE.search(before):
        return True  # "takings for the 40 weeks to June 3": the period a result covers, a date
    if lang == "en" and n.value_max is None and _SPAN_BEFORE_EVENT.match(after):
        # not "stopped exports for five days after the storm": with "for" it is how long something lasted
        # ("battled for nearly four hours before leaping": a qualifier between)
        lasting = (
            r"\b(?:for|over|during|lasting|lasted|last|took|takes|spent|spend)\s+"
            r"(?:(?:nearly|almost|about|around|some|roughly|just|more\s+than|less\s+than|over|under)\s+)?$"
        )
        return not re.search(lasting, before, re.IGNORECASE)
    if lang == "da" and re.search(r"\b(?:[Kk]lokken|[Kk]l\.)\s*(?:\d{1,2}\.)?$", before):
        return True  # "klokken 00.32": a time
    if n.raw <= 24 and (
        _IS_DATE_PART_RE7.match(after)
        or _IS_DATE_PART_RE8.search(before)
        or _IS_DATE_PART_RE9.match(after)
    ):
        return True  # "7 p.m.", "3 a.m.", "الساعة 10 صباحا", "בשעה 8 בערב": a clock time
    # "ב-3 במרץ", and the Arabic day "3 من يناير" (the day of a month joined by "من")
    # (not a sum with its scale word: "לעומת 17.7 מיליארד | במאי אשתקד" is May's sum, no day of May)
    scaled = n.scale > 1 or n.currency is not None
    if lang in ("ar", "he") and not scaled and re.match(
        # (and a day with the word "month" written: "9 من شهر أكتوبر"; not "500 شهر مارس", a count in that month)
        rf"\s*(?:ב|من\s+)?{_AR_MONTH_WORD if n.raw <= 31 else ''}(?:{AR_HE_MONTHS})(?![\u0621-\u064a\u05d0-\u05ea])",
        after,
    ):
        return True
    # (a day of this, last or next month named by its adjective alone, and a span of such days: "يوم 18 الجاري",
    # "في الفترة من 18 إلى 24 الجاري": dates, no count of "الجاري"; with "الشهر" written, "past" and "next" too:
    # "في 27 من الشهر الماضي", and after "يوم" with "في": "إلى يوم 14 في الشهر الجاري")
    if (
        lang == "ar"
        and not scaled
        and n.kind == "number"
        and n.raw <= 31
        and (n.value_max or 0) <= 31
        and (
            _AR_DAY_OF_NAMED_MONTH.match(after)
            or (_AR_DAY_WORD_BEFORE.search(before) and _AR_DAY_IN_MONTH.match(after))
        )
    ):
        return True
    # and the first of two days of one month: "18 و 19 من أبريل", "18 ו-19 במרץ"
    day_pair = (  # (with the second day's own "in" too: "ב-11 וב-12 במאי", "في 11 وفي 12 مايو")
        rf"\s*(?:و|ו-?)(?:ב-?|في\s+)?\s*[0-9\u0660-\u0669]{{1,2}}\s*(?:ב|من\s+)?(?:{AR_HE_MONTHS})(?![\u0621-\u064a\u05d0-\u05ea])"
    )
    if lang in ("ar", "he") and n.raw <= 31 and re.match(day_pair, after):
        return True
    # and the first day of a span of one month with "until": "من 11 حتى 15 فبراير", "من 3 ولغاية 9 مارس"
    if lang == "ar" and n.raw <= 31 and n.value_max is None and _AR_DAY_SPAN_TO_MONTH.match(after):
        return True
    if (
        lang in ("ar", "he")
        and _IS_DATE_PART_RE5.fullmatch(n.text)
        and re.search(rf"(?:{AR_HE_MONTHS})\s+$", before)
    ):
        return True  # "٤ ذو القعدة ١٤٤٢", "במרץ 1848": a year after its month (the reader knows only 1900-2100)
    if (
        lang == "ar"
        and re.fullmatch(r"[0-9\u0660-\u0669]{3,4}", n.text)
        and re.search(r"(?:عام|العام|سنة|السنة)\s+(?:الهجري|الهجرية|الميلادي|الميلادية)\s+$", before)
    ):
        return True  # "منذ مطلع العام الهجري 1436", "السنة الميلادية 2015": a year its calendar is named before
    if (
        lang == "ar"
        and re.fullmatch(r"(?:1[349]|20|\u0661[\u0663\u0664\u0669]|\u0662\u0660)[0-9\u0660-\u0669]{2}", n.text)
        and _AR_RELATIVE_YEAR_BEFORE.search(before)
        and not AR_COUNTED_NOUN_AFTER.match(after)
    ):
        return True  # "في العام المنصرم 1431", "السنة الماضية 2012": the year the relative one names, no count
    # (and a span of two years, an academic or fiscal year: "للعام الدراسي 1436-1437هـ", "1436/1437هـ", "2015-2016م")
    if lang == "ar" and re.fullmatch(r"[0-9\u0660-\u0669]{3,4}(?:\s*[-/\u2013]\s*[0-9\u0660-\u0669]{2,4})?", n.text):
        hijri = re.match(r"\s*(?:هـ|ه)(?![\u0621-\u064a])", after)
        if hijri or (re.match(r"م(?![\u0621-\u064a])", after) and 1000 <= n.raw <= 2100):
            return True  # "1434هـ", "2013م": a year of the Hijri or the Gregorian calendar (not "150 م", metres)
    if _HE_AGO_BEFORE.search(before) and (_HE_AGO_UNIT_AFTER.match(after) or _HE_TIME_DUAL.fullmatch(n.text)):
        return True  # "לפני שלוש שנים", "לפני כ-20 שנה", "לפני כשנתיים": "... ago", when rather than how much
    # Arabic "منذ عشرة أيام" stays a figure: منذ is "for" as often as "ago" ("لا يعرفون شيئا منذ عشرة
    # أيام", nothing for ten days), so it is both how long (this figure) and when (the date pattern).
    if re.match(
        r"\]?\s+(?:(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|timer|dage|uger|år|minutter)\s+"
        r"(?:ago|later|earlier|senere|tidligere)|år\s+siden)\b",
        after,
    ):
        return True  # "24 hours ago", "Six minutes later": when, not how much
    if lang == "da" and re.match(
        r"\s+(?:år|måneder|uger|dage)\s+efter(?=\s*(?:[,.;:]|$|(?:er|var|har|havde|blev|bliver|kan|vil|skal|kom)\b))",
        after,
    ):
        return True  # "Ti år efter er Europa stærkere": "ten years on", when
    if _IS_DATE_PART_RE1.match(after):
        return True  # "the 10-year anniversary", "10 års jubilæum": which anniversary, an ordinal date
    if lang == "da" and re.match(r"-(?:året|års[- ]?dag(?:en|e)?|årsjubilæ(?:um|et)|års-?fødselsdag(?:en)?)\b", after):
        # "ved 80-året for angrebet", "70-årsdagen": the year's anniversary, an ordinal date (the 80th); also written
        # apart ("på 1-års dagen for angrebet", "5-års-dagen")
        return True
    if lang == "da" and re.match(rf"\.\s*{DA_MONTHS}", after, re.IGNORECASE):
        return True
    # (not a count written with thousands after a month, with its noun: "In the week to 7 January 1,816 new cases",
    # "By 22 January 183,387 people": no day and no year)
    counted = _IS_DATE_PART_RE10.fullmatch(n.text) is not None and _IS_DATE_PART_RE11.match(after) is not None
    # (nor a share or a number no day or year can be: "with total rainfall in June 35% below average")
    no_day = n.kind == "percent" or 31 < n.raw < 1000 or not float(n.raw).is_integer()
    after_month = re.search(rf"{EN_MONTHS}\s+$", before) is not None and not counted and not no_day
    if lang == "en" and (re.match(rf"\s*{EN_MONTHS}", after) or after_month):
        return True
    return bool(_IS_DATE_PART_RE6.match(after))


_AR_MONTH_WORD = r"(?:شهر\s+)?"
# The rest of a span of days in one month after its first day: "حتى 22 يناير", "ولغاية 9 من مارس".
_AR_DAY_SPAN_TO_MONTH = re.compile(
    rf"\s*(?:و?حتى|و?لغاية|و?إلى|و?الى)\s*[0-9\u0660-\u0669]{{1,2}}\s*(?:من\s+)?(?:شهر\s+)?(?:{AR_HE_MONTHS})"
    r"(?![\u0621-\u064a])"
)


def arabic_spelled_years(text: str, numbers: list[NumberMatch]) -> set[int]:
    """Years written in words ("كأس العالم لألفين واثنين وعشرين", 2022): a spelled 1,000-2,100 with "and"
    and a spelled number under 100 right after it; the starts of both parts."""
    out: set[int] = set()
    for a, b in zip(numbers, numbers[1:], strict=False):
        if (
            a.spelled
            and b.spelled
            and 1000 <= a.value <= 2100
            and b.value < 100
            and re.fullmatch(r"\s*", text[a.end : b.start])
            and b.text.startswith("و")
        ):
            out.update((a.start, b.start))
    return out

# A Danish clock time written with a dot ("12.30"): after a modal or auxiliary, "kl." or a preposition of time.
_DA_CLOCK_BEFORE = re.compile(r"(?<!\S)(?:vil|skal|kan|må|er|var|blev|bliver|kl\.|klokken|ved|inden|efter|før)\s+$")
_DA_AMOUNT_AFTER = re.compile(r"\s*(?:%|procent|pct|kr\b|kroner|mio|mia|millioner|milliarder|euro|dollar|meter|km)")
# A part of the day, a weekday or the clock it is read on right after a dotted time: "vist omkring 08.30 onsdag
# morgen", "21.15 dansk tid", "06.45 i morges". A decimal is never followed by when.
_DA_WHEN_AFTER = re.compile(
    r"\s+(?:(?:i\s+)?(?:morges|aftes|nat)|(?:om\s+)?(?:morgenen|formiddagen|eftermiddagen|aftenen|natten)|morgen|"
    r"formiddag|eftermiddag|aften|dansk\s+tid|lokal\s+tid|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\b"
)


def danish_dotted_clock(n: NumberMatch, before: str, after: str) -> bool:
    """Whether a Danish "12.30" is a time of day: Danish writes decimals with a comma, so two digits after a dot
    between a modal or an auxiliary and the rest of its verb ("vil 12.30 blive fremstillet"), or after "kl." or a
    preposition of time, are a clock's minutes. (The number reader, which the translation check shares, keeps
    reading "8.25" as a decimal: machine translations into Danish write decimals with a dot.)"""
    if re.fullmatch(r"\d{1,2}", n.text) and n.value < 25 and re.match(r"-tiden\b", after):
        return True  # "ved 17-tiden", "omkring 14-tiden": about that hour of the day
    if _da_clock_span_end(n, before, after):
        return True
    clock = re.fullmatch(r"(\d{1,2})\.(\d{2})", n.text)
    return (
        clock is not None
        and int(clock.group(1)) < 24
        and int(clock.group(2)) < 60
        and (
            _DA_CLOCK_BEFORE.search(before) is not None
            # (when the day follows, or an hour with a leading zero, "08.30", which no decimal has)
            or _DA_WHEN_AFTER.match(after) is not None
            or (clock.group(1).startswith("0") and len(clock.group(1)) == 2)
        )
        and not _DA_AMOUNT_AFTER.match(after)
    )


# The second end of a span of the clock: "mellem klokken 7.00 og 13.30", "fra kl. 17 til 21.30"; and a span after a
# noun of a stretch of time, "i tidsrummet mellem 17 og 19" (hours, not amounts: nothing after them says so).
_DA_CLOCK_SPAN_BEFORE = re.compile(
    r"(?:\b(?:[Kk]lokken|[Kk]l\.)\s*\d{1,2}(?:[.:]\d\d)?|\btidsrumm?(?:et)?\s+(?:mellem|fra))\s*(?:og|til|-|–)?\s*$"
)


# what may follow an hour: a mark, an adjunct or a verb; a noun ("og 3 personer") makes the number a count again
_DA_AFTER_HOUR = re.compile(
    r"\s*(?:[,.;:)!?]|$|(?:på|i|ved|hvor|om|og|samt|blev|var|er|har|havde|men|mens|da|fra|til|lørdag|søndag)\b)",
    re.IGNORECASE,
)


def _da_clock_span_end(n: NumberMatch, before: str, after: str) -> bool:
    if not re.fullmatch(r"\d{1,2}\.\d\d", n.text) and not _DA_AFTER_HOUR.match(after):
        return False  # (a dotted "13.30" is minutes whatever follows: Danish decimals take a comma)
    clock = re.fullmatch(r"(\d{1,2})(?:[.:](\d{2}))?(?:\s*(?:og|til|-|–)\s*(\d{1,2})(?:[.:]\d{2})?)?", n.text)
    if clock is None or int(clock.group(1)) > 24 or (clock.group(3) and int(clock.group(3)) > 24):
        return False
    if clock.group(2) and int(clock.group(2)) > 59:
        return False
    return _DA_CLOCK_SPAN_BEFORE.search(before) is not None

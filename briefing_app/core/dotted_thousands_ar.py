"""Whether an Arabic "N.NNN" before a counted noun groups thousands with its dot: "36.518 بطاقة" is 36,518 cards.

Gulf copy often groups thousands with a dot, and `numbers` already reads "3.260 قناة" so (three digits ending in a
zero, which no decimal is written with). Three digits after the dot ending in another digit are a decimal before a
measure ("2.375 كيلوغرام", "9.815 ثانية", "4.125 نقطة") or a sum ("3.250 دينار", dinars and fils), but before a noun
that is counted whole (licences, cases, visitors, vehicles) a fraction to three places makes no sense: a count of
that noun, in thousands. Kept apart from `numbers` (over 1,000 lines) as one small rule.
"""

from __future__ import annotations

import re

_D = r"[0-9\u0660-\u0669\u06f0-\u06f9]"
# One to three digits (not opening with a zero), a dot, three digits: the token that may be either.
_AMBIGUOUS = re.compile(rf"[1-9\u0661-\u0669\u06f1-\u06f9]{_D}{{0,2}}\.{_D}{{3}}")
# The word right after it, with its glued conjunction or preposition if any.
_WORD_AFTER = re.compile(r"\s*([\u0621-\u064a][\u0621-\u064a\u064b-\u0652\u0640]*)")
_MARKS = re.compile(r"[\u064b-\u0652\u0640]")
# What a decimal to three places is written before, as the whole word: measures of weight, length, area, volume,
# time, heat, power and data, points and multiples ("2.375 كيلوغرام", "1.125 ساعة", "4.125 نقطة", "1.750 ضعفا"), money
# ("3.250 دينار"), scale words and percent; and the words that follow a figure but count nothing ("مقارنة", "تقريبا").
_MEASURE = re.compile(
    r"(?:كيلو\S*|كغ|كلغ|كجم|غرام|جرام|غم|ملغ|ملغم|طن|أطنان|اطنان|متر|أمتار|امتار|مليمتر|ملم|سم|سنتيمتر|كم|كلم|ميل|"
    r"أميال|اميال|قدم|أقدام|بوصة|إنش|انش|هكتار|فدان|دونم|لتر|ليتر|غالون|برميل|درجة|درجات|ثانية|ثوان|ثواني|دقيقة|"
    r"دقائق|ساعة|ساعات|يوم|أيام|ايام|سنة|سنوات|عام|أعوام|اعوام|شهر|أشهر|اشهر|شهور|أسبوع|اسبوع|أسابيع|مرة|مرات|"
    r"ضعف|أضعاف|اضعاف|نقطة|نقاط|واط|وات|ميغا\S*|ميجا\S*|غيغا\S*|جيجا\S*|فولت|أمبير|بايت|قيراط|أونصة|اونصة|أوقية|"
    r"اوقية|فلس|فلوس|بيسة|هللة|قرش|سنت|درهم|دينار|ريال|جنيه|ليرة|دولار|يورو|روبية|مليون|مليار|ألف|الف|آلاف|"
    r"مقارنة|مقابل|تقريبا|فقط|أيضا|ايضا|حتى|خلال|منذ|عند|نحو|بين|على|إلى|الى)(?:ا|اً|ًا|ان|ين|ات|تان|تين)?"
)


def ar_dotted_thousands(text: str, end: int, token: str) -> bool:
    """Whether `token` (ending at `end` of `text`) is "N.NNN" right before an indefinite noun that is no measure or
    sum (see the module docstring): thousands grouped with a dot, not a decimal."""
    if not _AMBIGUOUS.fullmatch(token):
        return False
    word = _WORD_AFTER.match(text, end)
    if word is None:
        return False
    noun = _MARKS.sub("", word.group(1))
    # (a definite word or one with a preposition and the article glued is no count's noun: "3.125 للسهم", "بالمئة")
    if len(noun) < 3 or re.match(r"[وفبك]?ال|لل", noun):
        return False
    return _MEASURE.fullmatch(noun) is None

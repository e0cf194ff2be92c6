"""Dates and times as the article writes them: "Monday", "early Monday", "the weekend", "14. oktober".

Kept as written (no calendar arithmetic): a briefing reader needs to see what the article said, and
"Monday" relative to an unknown publication date cannot be resolved honestly.
"""

from __future__ import annotations

import functools
import re

from briefing_app.core.facts.model import Fact, SourceSentence

_EN_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_EN_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\."
)
_EN_MONTHS_NO_MAY = _EN_MONTHS.replace("May|", "")
_EN = [
    rf"\b(?:(?:early|late|on|last|next|this|by|as of|since|until)\s+)?(?:{_EN_DAYS})"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b",
    rf"\b(?:{_EN_MONTHS})\s+\d{{1,2}}(?:,\s*\d{{4}})?\b",
    rf"\b\d{{1,2}}\s+(?:{_EN_MONTHS})(?:\s+\d{{4}})?\b",
    rf"\b(?:in|since|by|until|early|late)\s+(?:(?:{_EN_MONTHS})\s+)?(?:19|20)\d\d\b",
    r"\b(?:(?:over|during|at)\s+)?the\s+weekend\b",
    r"\bweekend\b",
    r"\b(?:[Tt]his|[Ll]ast|[Nn]ext|[Tt]hat)\s+(?:week|month|year|weekend|morning|evening|afternoon)\b",
    r"\b\d{1,2}[:.]\d\d\s*(?:GMT|UTC|CET|EST|BST|local time)\b",
    r"\b\d{1,2}:\d\d\b",
    r"\b(?:a|one|two|three|four|five|several|few)\s+(?:day|week|month|year)s?\s+(?:ago|after|before|later|earlier)\b",
    rf"\b(?:(?:early|late|mid|the\s+end\s+of|the\s+start\s+of|in|since|by|until)[\s-]+)?"
    rf"(?:{_EN_MONTHS_NO_MAY})(?:\s+(?:or|and|to)\s+(?:{_EN_MONTHS}))?(?:\s+(?:19|20)\d\d)?\b",
    r"\b(?:in|early|late|mid|since|by|until|of)[\s-]+May\b(?:\s+(?:19|20)\d\d)?",
    r"\b(?:the\s+)?(?:middle|end|start|beginning|turn)\s+of\s+the\s+(?:century|decade|year|month|week)\b",
    r"(?<![\d,.$£€])\b(?:19|20)\d\d(?:s)?\b(?![,.]?\d)",
    r"\bthe\s+day\s+before\b",
    r"\b(?:overnight|yesterday|today|tomorrow|tonight)\b",
    r"\b\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)\b",
]
_DA_DAYS = "mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag"
_DA_MONTHS = "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"
_DA = [
    rf"\b(?:(?:siden|på|i|sidste|næste|om)\s+)?(?:{_DA_DAYS})(?:s)?(?:\s+(?:morgen|aften|nat))?\b",
    rf"\b(?:den\s+)?\d{{1,2}}\.\s*(?:{_DA_MONTHS})(?:\s+\d{{4}})?\b",
    rf"\b(?:i\s+)?(?:{_DA_MONTHS})\s+(?:19|20)\d\d\b",
    r"\b(?:i|siden|inden|fra|til)\s+(?:19|20)\d\d\b",
    r"\b(?:i|sidste|næste)\s+(?:efteråret|foråret|sommer|vinter|sommeren|vinteren|weekenden|uge)\b",
    r"\b(?:i\s+går|i\s+dag|i\s+morgen|i\s+nat)\b",
    rf"\b(?:(?:i|sidste|næste|først\s+i|sidst\s+i|midt\s+i|primo|ultimo|medio)\s+)?(?:{_DA_MONTHS})(?:\s+(?:19|20)\d\d)?\b",
    r"\b(?:sommerferien|vinterferien|efterårsferien|påskeferien|julen|påsken|pinsen|nytåret|jul|påske|pinse)\b",
    r"(?<![\d,.])\b(?:19|20)\d\d(?:'erne)?\b(?![,.]?\d)",
    r"\b(?:[Kk]lokken|[Kk]l\.)\s*\d{1,2}[.:]\d\d\b",
]
_AR_DAYS = "الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت"
_AR_MONTHS = "يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر"
_AR = [
    rf"(?:(?:مساء|صباح|فجر)\s+)?(?:يوم\s+)?(?:{_AR_DAYS})",
    rf"(?:(?:في|شهر|منذ|حتى)\s+)(?:{_AR_MONTHS})(?:\s+(?:الماضي|المقبل|[٠-٩0-9]{{4}}))?",
    rf"(?<![\u0600-\u06ff])(?:{_AR_MONTHS})\s+(?:الماضي|المقبل|[٠-٩0-9]{{4}})",
    rf"[٠-٩0-9]{{1,2}}\s+(?:{_AR_MONTHS})",
    r"(?<![\u0600-\u06ff])[وفب]?(?:شهر\s+)?(?:رمضان|عيد\s+الفطر|عيد\s+الأضحى)",
    r"(?:(?:صباح|مساء|ظهر|بعد\s+ظهر|فجر|ليلة)\s+)?(?<![\u0600-\u06ff])[وب]?(?:الأمس|أمس|اليوم|غدا|غداً|الليلة)(?![\u0600-\u06ff])",
    r"(?:مطلع|بداية|نهاية|أواخر|أوائل|منتصف)\s+(?:العام|الشهر|الأسبوع|القرن)(?:\s+(?:الجاري|الماضي|المقبل))?",
    r"(?<![\u0600-\u06ff])[وفب]?(?:ال)?(?:عشرينات|ثلاثينات|أربعينات|خمسينات|ستينات|سبعينات|ثمانينات|تسعينات)",
    r"(?<![\d٠-٩])(?:19|20)[0-9]{2}(?![\d٠-٩])",
    r"(?:[0-9]+|عشرة|ثلاثة|أربعة|خمسة|ستة|سبعة|ثمانية|تسعة)\s+(?:أيام|أسابيع|أشهر|سنوات|ساعات)",
    r"عام\s+[٠-٩0-9]{4}",
    r"في\s+(?:الثالثة|الرابعة|الخامسة|السادسة|الثانية|الواحدة|العاشرة)\s+(?:فجراً|فجرا|صباحاً|مساءً)",
]
_HE_DAYS = "ראשון|שני|שלישי|רביעי|חמישי|שישי"
_HE_MONTHS = "ינואר|פברואר|מרץ|מרס|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר"
# Hebrew writes its prepositions and "and" glued to the word: a date word starts after no letter but
# one of them ("ביוני", not the "יוני" of "דיוני"; "שבת", not the end of "נחשבת"), and ends at a word's end.
_HE_AT = r"(?<![\u05d0-\u05ea])"
_HE_END = r"(?![\u05d0-\u05ea])"
_HE_ORDINALS = "ראשונה|שנייה|שניה|שלישית|רביעית|חמישית|שישית|ששית|שביעית|שמינית|תשיעית|עשירית"
_HE_ERA = r"(?:\s+(?:לפנה[\"״]ס|לסה[\"״]נ|לפני\s+הספירה|לספירה))?"
_HE = [
    rf"{_HE_AT}(?:מאז\s+|עד\s+)?[ובל]?יום\s+(?:{_HE_DAYS}){_HE_END}",
    rf"{_HE_AT}[ובל]{{0,2}}(?:(?:ערבי|ערב|מוצאי)\s+)?שבת(?:ות)?{_HE_END}",
    rf"{_HE_AT}(?:מאז\s+|עד\s+)?[ובל]?יום\s+[אבגדהו]['\u05f3](?![\u05d0-\u05ea])",  # "ביום ו'": a weekday by its letter
    # a numeric date: "1.11.2022", "15/03/23"
    r"(?<![\d.])\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?![\d.])",
    # a holiday names a date (not שבועות, which is also "weeks")
    rf"{_HE_AT}[ובלמ]{{0,2}}(?:(?:ערב|חג|מוצאי|חול\s+המועד)\s+)?(?:ה)?(?:ראש\s+השנה|יום\s+(?:ה)?כיפור(?:ים)?|סוכות|"
    rf"חנוכה|פורים|פסח|יום\s+העצמאות|יום\s+הזיכרון|יום\s+השואה|תשעה\s+באב|ל[\"\u05f4]ג\s+בעומר|"
    rf"ט[\"\u05f4]ו\s+בשבט|שמחת\s+תורה|הרמדאן|רמדאן|חג\s+המולד){_HE_END}",
    # a day before its month ("ב-12 במרץ 2019", "ה-3 בספטמבר"), the month alone ("ביולי 2020")
    rf"{_HE_AT}(?:[ובלמה]{{0,2}}-?\d{{1,2}}\s+)?[ובלמ]?(?:{_HE_MONTHS})(?:\s+אשתקד|\s+\d{{4}})?{_HE_END}",
    r"(?:בשעות\s+)?\d{1,2}:\d\d(?:\s+עד\s+\d{1,2}:\d\d)?",
    rf"{_HE_AT}[בל]?סוף\s+השבוע{_HE_END}",
    rf"{_HE_AT}[ב]?שנות\s+ה\S+",
    # a year named as one, of any length ("בשנת 812", "בין השנים 320 ועד שנת 610"), or by its era (930 לפנה"ס)
    rf"{_HE_AT}[ובלמה]{{0,2}}(?:שנת|השנים|שנות)\s+\d{{1,4}}{_HE_ERA}",
    r"(?<![\d])\d{1,4}\s+(?:לפנה[\"״]ס|לסה[\"״]נ|לפני\s+הספירה)",
    # a century: "מאה" with a definite ordinal ("המאה השביעית", "במאה השלישית", "המאה ה-19")
    rf"{_HE_AT}[ובלמ]{{0,2}}ה?מאה\s+ה(?:{_HE_ORDINALS}|[-־]?\d{{1,2}}){_HE_END}",
    # "עד היום" is "to this day", no date of the report
    # relative dates of a report: "אמש", "בשבוע הבא", "בתחילת החודש", "לפני שבועיים", "השנה שעברה"
    rf"{_HE_AT}[ובלמ]{{0,2}}(?:תחילת|סוף|אמצע|מחצית)\s+(?:השבוע|החודש|השנה|העשור)(?:\s+(?:הבא|הבאה|שעבר|שעברה|הנוכחי|הנוכחית))?{_HE_END}",
    rf"{_HE_AT}[ובלמה]{{0,2}}(?:שבוע|חודש|שנה)\s+(?:הבא|הבאה|שעבר|שעברה|הקודם|הקודמת){_HE_END}",
    rf"{_HE_AT}לפני\s+(?:\d+|כ-?\d+|[\u05d0-\u05ea]+)\s+(?:ימים|שבועות|חודשים|שנים|שעות)|{_HE_AT}לפני\s+(?:יומיים|שבועיים|חודשיים|שנתיים|שעתיים){_HE_END}",
    # ("לשעות הערב" is a time of day, not "this evening")
    rf"{_HE_AT}(?<!עד\s)(?<!שעות\s)[וה]?(?:היום|אתמול|שלשום|מחר|מחרתיים|אמש|הבוקר|הערב|הלילה|השבוע|החודש|השנה|בשבוע\s+שעבר|בשנה\s+שעברה){_HE_END}",
    r"(?<![\d])(?:19|20)\d\d(?![\d])",
]
_PATTERNS = {"en": _EN, "da": _DA, "ar": _AR, "he": _HE}


@functools.cache
def _compiled(lang: str) -> list[re.Pattern[str]]:
    return [re.compile(p, re.IGNORECASE if lang in ("da",) else 0) for p in _PATTERNS.get(lang, [])]


def find_dates(sentences: list[SourceSentence], language: str) -> list[Fact]:
    """Date and time expressions, longest first, one fact per mention."""
    lang = language.split("-")[0].lower()
    compiled = _compiled(lang)
    out: list[Fact] = []
    for s in sentences:
        spans: list[tuple[int, int]] = []
        for pattern in compiled:
            for m in pattern.finditer(s.text):
                if any(a < m.end() and m.start() < b for a, b in spans):
                    continue
                spans.append((m.start(), m.end()))
        for start, end in sorted(spans):
            out.append(Fact("date", s.text[start:end].strip(), s.index))
    return out

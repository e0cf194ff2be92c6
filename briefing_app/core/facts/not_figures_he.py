"""Hebrew numbers that are no figure: a year named as one, a century, a section or law number, a unit's or a
street's number, a day and a month, the upper end of a range already read, an idiom with "one", and "the three ...
these" pointing back (`not_a_hebrew_figure`; `figures_he` reads what the others count).

Hebrew writes its prepositions, "and" and the article glued to the word (ב-, ל-, ו-, ה-), so every word
test here allows those letters in front.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup
from briefing_app.core.numbers import NumberMatch

_P = r"(?<![\u05d0-\u05ea])[ובלמהכש]{0,3}"  # a word's start with its glued prefixes
# "בשנת 812", "בין השנים 320 ועד שנת 610": a year, however short (the date finder has it).
# and "המאה ה-12" (a century), "בשנות ה-90" (a decade)
_YEAR_BEFORE = re.compile(rf"{_P}(?:(?:שנת|השנים|שנים|שנות)\s*|(?:מאה|שנות)\s+ה[-־]?)$")
# "בשנים 2017 עד 2022", "משנת 2009 ועד 2014", "בשנים 1995-1999": the last year of a span of years named as years.
_YEAR_SPAN_BEFORE = re.compile(
    rf"{_P}(?:שנת|השנים|שנים|שנות)\s+(?:19|20)\d\d\s*(?:ו?עד|ו?ל-?|[-–])\s*(?:שנת\s+)?$"
)
# (the full stop of a sentence may close it: "נמסרו לשר ב- 14.2.20.", no decimal digit after it)
_NUMERIC_DATE = re.compile(r"(?<![\d.])\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?!\d)(?!\.\d)")
# "930 לפנה"ס": a year by its era.
_ERA_AFTER = re.compile(r"\s*(?:לפנה[\"״]ס|לסה[\"״]נ|לפני\s+הספירה|לספירה)(?![\u05d0-\u05ea])")
# "סעיף 112", "תיקון 8", "החלטה 518", "פרק 7": a number that names a part of a law or a decision.
_SECTION_BEFORE = re.compile(
    rf"{_P}(?:סעיף|סעיפים|סעיפי|ס'|תיקון|תיקוני|החלטה|החלטת|החלטות|פרק|פרקים|תקנה|תקנות|פסקה|פסקת|"
    r"חוק|פקודה|פקודת|מס'|מס׳|עתירה|ע\"א|בג\"ץ|ת\"א|ע\"פ|"
    # and what a number names: a road, a bus line, a flight, a platform, a room, a channel, a version
    r"כביש|קו|טיסה|טיסת|רציף|חדר|אולם|ערוץ|גרסה|גרסת|דגם|עונה|"
    # a floor, a gate, a flat, a clock hour ("בקומה 3", "לשעה 10 בבוקר"), a news channel ("חדשות 12")
    r"קומה|שער|דירה|שעה|השעה|חדשות|רשת|"
    # a level, a case file, a class, a stage ("בדרגה 4", "בתיק 1234", "כיתה 3", "שלב 2")
    # and a call centre or a phone ("במוקד 101 של מד\"א"): a number dialled, no quantity
    r"דרגה|דרגת|תיק|כיתה|שלב|מוקד|מוקדי|טלפון)\s*$"
)
# "חטיבה 188", "יחידה 8200", "בגדוד 13", "החטיבה המשוריינת 46", "החטיבות 43 ו-51": a number that names a
# military unit (a brigade, battalion, division, squadron, flotilla), with a definite or armoured adjective
# between, and every number of a list after it. A verb between ("הגדוד איבד 12 חיילים") keeps the figure.
# The construct state names one too ("יחידת 8200", "אוגדת 36"), and so does a reserve unit ("גדוד מילואים 8103").
_UNIT_NOUNS = (
    r"חטיבה|חטיבות|דיוויזיה|דיוויזיות|דיביזיה|אוגדה|אוגדות|גדוד|גדודים|פלוגה|פלוגות|יחידה|יחידות|שייטת|"
    r"טייסת|טייסות|כנף|גייס|סיירת|בריגדה|יחידת|אוגדת|פלוגת|חטיבת"
)
_UNIT_BEFORE = re.compile(
    rf"{_P}(?:{_UNIT_NOUNS})(?:\s+(?!ה[\u05d0-\u05ea]{{2}}י[\u05d0-\u05ea][הו]?\s)(?:ה[\u05d0-\u05ea]{{3,}}|"
    r"משוריי?נ[\u05d0-\u05ea]*|ממוכנ[\u05d0-\u05ea]*|מילואים))?\s+(?:\d{1,5}\s*(?:,|ו-?)\s*)*$"
)
# "ברחוב הרצל 12", "בשדרות רוטשילד 3": a street's name, then the house number.
_STREET_BEFORE = re.compile(
    rf"{_P}(?:רחוב|רח'|רח׳|שדרות|שד'|שד׳|דרך|סמטת|כיכר)\s+[\u05d0-\u05ea\"'\u05f3\u05f4-]+(?:\s+[\u05d0-\u05ea\"'\u05f3\u05f4-]+)?\s+$"
)
# "45ג(א)", "17(ד)(2)": a section number carries a letter or a bracketed sub-section mark.
_SUBSECTION_AFTER = re.compile(r"[\u05d0-\u05ea]\d|\([\u05d0-\u05ea0-9]{1,2}\)")
# "דוח 70ב", "סעיף 27א": one letter glued to the digits makes the number a label (a report's volume, a section),
# no count; a unit's abbreviation has its mark ('50מ\'', '3ק"מ') and a word glued on has more letters.
_LETTER_LABEL_AFTER = re.compile(r"[\u05d0-\u05ea](?![\u05d0-\u05ea\"'\u05f3\u05f4”’])")
_IN_SUBSECTIONS = re.compile(r"\)\($")
_CENTURY = re.compile(rf"{_P}מאה$")
# "קריית", "קרית" (a town, "Kiryat ..."): a number word after it is the rest of the town's name.
_KIRYAT = re.compile(r"(?<![\u05d0-\u05ea])[ובלמה]{0,2}קרי?ית\s+$")
_ORDINAL_AFTER = re.compile(r"\s+ה(?:[\u05d0-\u05ea]+ית|[-־]?\d{1,2})(?![\u05d0-\u05ea])")
# "אף אחד" (nobody), "פה אחד" (unanimously), "כל אחד מהם" (each of them), "מצד אחד" (on the one hand), "בבת אחת"
# (at once): "one" in an idiom.
_IDIOM_BEFORE = re.compile(rf"{_P}(?:אף|פה|כל|מצד|בבת)\s+$")
# "one another": "אחד לשני.", "אחת בשנייה", "אחד את השני", "אחת בשביל השנייה", "אחד עם רעהו"; neither number
# counts. "The other" has the article or ends the phrase; "two" without it is bound to a noun, a count ("שלחו מכתב
# אחד לשני ספקים": one letter to two suppliers).
_EACH_OTHER_PREPOSITION = r"(?:(?:את|עם|על|אל|כלפי|בשביל|לצד|נגד|מול|מפני)\s+)?"
_THE_OTHER = (
    r"(?:[לבמ]?ה(?:שני|שנייה|שניה)|[לבמ]?(?:שני|שנייה|שניה)(?=\s*(?:[,.;:!?)\"״]|$))|[לבמ]?(?:רעהו|רעותה|רעיו))"
    r"(?![\u05d0-\u05ea])"
)
_EACH_OTHER_AFTER = re.compile(rf"\s+{_EACH_OTHER_PREPOSITION}{_THE_OTHER}")
_EACH_OTHER_BEFORE = re.compile(rf"(?<![\u05d0-\u05ea])(?:אחד|אחת)\s+{_EACH_OTHER_PREPOSITION}$")
_EACH_OTHER_SECOND = re.compile(r"[לבמ]?ה?(?:שני|שנייה|שניה)")
# "מצד שני" (on the other hand), "יד שנייה" (second-hand): "two" in an idiom.
_SECOND_IDIOM = re.compile(rf"{_P}(?:צד|יד)\s+$")
# 'ב"מבט שני"', '"שלושה בסירה"': a number word inside a short name in quote marks (a programme, a book).
# The opening mark is glued to a prefix letter or follows the kind of work; quoted speech follows a verb.
_QUOTED_NAME = re.compile(
    r"(?:(?<![\u05d0-\u05ea])[ובלמהש]{1,2}|(?:תוכנית|תכנית|סרט|ספר|הצגה|שיר|מבצע|סדרה|ערוץ|אתר)\s)"
    r"[\"״“„][\u05d0-\u05ea]*(?:\s+[\u05d0-\u05ea]+)?\s*$"
)
_QUOTED_NAME_END = re.compile(r"(?:\s*[\u05d0-\u05ea]+){0,2}[\"״”](?![\u05d0-\u05ea])")
# "אחת התאונות", "אחד הנאשמים": one of a definite plural.
_ONE_OF_THE = re.compile(r"\s+ה[\u05d0-\u05ea]+(?:ים|ות)(?![\u05d0-\u05ea])")
# "בקומה ה-12", "הכנסת ה-25": an ordinal in digits, the article and a hyphen right after its noun.
_ORDINAL_IN_DIGITS = re.compile(r"[\u05d0-\u05ea]\s+ה[-־]$")
# A particle or preposition right before "ה-" and digits: no noun for an ordinal to follow, so the article marks a
# cardinal already in view ("חצה את ה-5,000", "מעל ה-100 אלף", "לקראת ה-1,000"): a count, not a rank.
_PARTICLE_BEFORE_ARTICLE = re.compile(
    r"(?<![\u05d0-\u05ea])(?:ו?את|מעל|מתחת\s+ל|עד|ו?כל|לקראת|סביב|כמעט|רק)\s+ה[-־]$"
)
# "הילד, בן ה-9", "בתו בת ה-13": an age with the article (the son of the 9 years), no ordinal.
_AGE_WITH_ARTICLE = re.compile(r"(?<![\u05d0-\u05ea])(?:בן|בת|בני|בנות)\s+ה[-־]$")
# "האלף השני", "באלף הראשון לספירה": "thousand" and an ordinal adjective is a millennium.
_MILLENNIUM_ORDINAL = re.compile(
    r"\s+ה(?:ראשון|שני|שלישי|רביעי|חמישי|שישי|שביעי|שמיני|תשיעי|עשירי|קודם|הבא|נוכחי)(?![\u05d0-\u05ea])"
)
# "שלושת הסעיפים האלה": the three already named.
_POINTING_BACK = re.compile(r"\s+ה[\u05d0-\u05ea]+\s+(?:הללו|האלה|האלו|אלה|אלו)(?![\u05d0-\u05ea])")
# "בין 3 מ"מ ל-9 מ"מ": the upper end of a range whose unit stands between its two numbers.
# (and "שבין", "ובין": the relative or "and" glued to "between": "בהיקפים שבין 40 מיליון ל-1.5 מיליארד ש\"ח")
_RANGE_TOP_BEFORE = re.compile(r"(?<![\u05d0-\u05ea])[ושמ]?בין\s+[\d.,]+\s+(?:\S+\s+){1,2}[ו]?ל-?\s*$")


# Nouns whose own first letter is ה (verbal nouns of the hif'il and hitpa'el, casualty nouns), which a number word
# counts as any indefinite noun: "שני הפסדים", "שני הרוגים", "שתי הצעות", "שלוש התקפות" (not "the two ...").
_H_NOUN_AFTER = re.compile(
    r"\s+ה(?:רוג|פסד|סכמ|סכם|ישג|ליכ|ליך|בדל|יתר|סבר|צע|פגנ|לווא|שקע|חלט|גבל|תקפ|פצצ|זמנ|כרע|מלצ|שתלמו|תנגשו)"
    r"(?:ים|ות|ה|ת)?(?![\u05d0-\u05ea])"
    # (and the walkers of road-accident news, whose ה is the root's: "שתי הולכות רגל", "שני הולכי רגל")
    r"|\s+הולכ(?:י|ות|ים|ת)?\s+רגל"
)
# A definite noun the construct number counts anew, bounded by "first", "last", "next" or (a span) by a clause: "שתי
# הישיבות הראשונות", "בשלושת החודשים האחרונים", "בארבעת הימים שלפני הבדיקה" (not "מלחמת ששת הימים", a name).
_FIRST_OR_LAST = re.compile(
    r"\s+ה[\u05d0-\u05ea\"״]{2,}\s+(?:ה(?:ראשונ|אחרונ|קרוב|בא)(?:ים|ות|ה)?(?![\u05d0-\u05ea])|"
    r"(?<=ימים\s)ש|(?<=שבועות\s)ש|(?<=חודשים\s)ש|(?<=שנים\s)ש|(?<=שעות\s)ש)"
    # (not months of a year named: "תשעת החודשים הראשונים של 2016" are January to September, a date)
    r"(?!\S*\s+של\s+(?:שנת\s+)?(?:19|20)\d\d)"
)
# A number word in the construct state, as before a definite noun ("שני המתחמים", "שלושת הילדים"), with its prefixes.
_CONSTRUCT_NUMBER = re.compile(r"[ובלמהכש]{0,2}-?(?:שני|שתי|שלושת|ארבעת|חמשת|ששת|שבעת|שמונת|תשעת|עשרת)")


# A day and a month written with a dot ("17.1", "2.12"), and what shows it is a date: the weekday in brackets, a comma
# and the weekday, or the range's other end ("(יום א')", ", יום ג'", "ל-9.12").
_DAY_MONTH = re.compile(r"(?:[1-9]|[12]\d|3[01])\.(?:[1-9]|1[0-2])")
_DATE_NEXT = re.compile(r"\s*(?:\(\s*יום|,\s*יום\s|ל-?(?:[1-9]|[12]\d|3[01])\.(?:[1-9]|1[0-2])(?!\d))")
# A weekday named right before a day and month ("ביום רביעי 17.5", "יום ה' 12.3"): the date of that weekday.
_WEEKDAY_BEFORE = re.compile(
    rf"{_P}יום\s+(?:ראשון|שני|שלישי|רביעי|חמישי|שישי|שבת|[א-ו]['׳])\s*,?\s*$"
)
# What a count has after it and a year has not: a plural noun (not an infinitive in ל-, "לפנות בוקר"), a share, a
# scale word or "בני"/"בנות" ("people").
_COUNTED_NEXT = re.compile(
    r"\s*(?:%|אחוז|(?:אלף|מיליון|מיליארד|בני|בנות)(?![\u05d0-\u05ea])|[\u05d0-\u05db\u05dd-\u05ea][\u05d0-\u05ea]*(?:ים|ות)(?![\u05d0-\u05ea]))"
)
# A month named right before a number past any day ("במרץ 96", "מאי 87"): the year, written short, no figure.
_MONTH_BEFORE = re.compile(
    rf"{_P}(?:ינואר|פברואר|מרץ|מרס|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר)\s+$"
)


# What follows "שני" when it is the ordinal "second" after its noun: the end of the phrase or "in a row". The cardinal
# "שני" is the construct "two (of)", always bound to the noun after it ("שני חשודים"), so it never ends a phrase.
_ORDINAL_SECOND_AFTER = re.compile(
    r"\s*(?:[,.;:!?)\]\-–—\"״]|$|ברציפות(?![\u05d0-\u05ea])|ברצף(?![\u05d0-\u05ea])"
    # (or "of": the cardinal is bound to its own noun, so "סבב שני של חיסונים" is the second round of an outbreak)
    r"|של(?![\u05d0-\u05ea]))"
)


# What follows a party's or a body's count in poll and results copy, after its acronym ('וש"ס 10 (10) מנדטים', 'רע"מ
# ובל"ד 3 כל אחת'): an earlier count in brackets, seats, or "each"; a name's number ('מדד ת"א 35') has none of them.
# Abbreviated words of a clause ("by", "according to", "in all") that a count may follow.
# ("the aforesaid", "as aforesaid": 'במועד הנ"ל 13 פרקים' counts the chapters, names nothing)
_CLAUSE_ABBREVIATION = re.compile(r"[ו]?(?:ע[\"״][יפ]|ב?סה[\"״]כ|[הכ]נ[\"״]ל)")
_HOLDER_COUNT_AFTER = re.compile(r"\s*(?:\(\s*\d{1,3}\s*\)|(?:מנדטים|מושבים|כל\s+אחת|כל\s+אחד)(?![\u05d0-\u05ea]))")


_NOT_A_HEBREW_FIGURE_RE1 = re.compile(r"\s+(?:[\u05d0-\u05ea\"]+\s+){1,2}(?:ה?אלה|ה?אלו|הללו)(?![\u05d0-\u05ea])")
_NOT_A_HEBREW_FIGURE_RE2 = re.compile(r"(?<![\u05d0-\u05ea])[\u05d0-\u05ea]{1,4}[\"״][\u05d0-\u05ea]\s+$")
_NOT_A_HEBREW_FIGURE_RE3 = re.compile(r"(?<![\u05d0-\u05ea])ו?(?:בן|בת)\s+ה-?$")
_NOT_A_HEBREW_FIGURE_RE4 = re.compile(r"(?<!\d)(?:1[89]|20)\d\d:\s+$")
_NOT_A_HEBREW_FIGURE_RE5 = re.compile(r"(\d+)-$")
_NOT_A_HEBREW_FIGURE_RE6 = re.compile(r"-(\d+)(?!\d)")


def not_a_hebrew_figure(text: str, n: NumberMatch, earlier: str | None = None) -> bool:
    """Whether the Hebrew number `n` of `text` is no figure of the article (`earlier`, the story's text before
    it when known, tells a count's first mention from "the three" named before)."""
    before, after = text[: n.start], text[n.end :]
    if n.spelled and re.fullmatch(r"(?:יומיים|שבועיים|חודשיים|שנתיים)", n.text) and re.search(
        r"(?<![\u05d0-\u05ea])[\u05d0-\u05ea]{2,}ים\s+$", before
    ):
        return True  # "במונחים שנתיים", "נתונים שנתיים": the plural of the adjective "annual" agreeing, no two years
    if _NOT_A_HEBREW_FIGURE_RE1.match(after):
        return True  # "שני חוקי יסוד אלו": these two laws, named before (anaphora)
    if n.spelled and _CONSTRUCT_NUMBER.fullmatch(n.text) and re.match(r"\s+ה[\u05d0-\u05ea]", after) and not (
        _H_NOUN_AFTER.match(after) or _FIRST_OR_LAST.match(after) or first_mention(n, after, earlier)
    ):
        return True  # "לשני המתחמים", "שלושת הילדים": both, the three (named before); "ששת הימים": a name
    if not n.spelled and _NOT_A_HEBREW_FIGURE_RE3.search(before):
        return False  # "בתו בת ה-13": an age, not an ordinal after its noun
    if not n.spelled and (_YEAR_BEFORE.search(before) or _ERA_AFTER.match(after)):
        return True
    if not n.spelled and re.fullmatch(r"(?:19|20)\d\d", n.text) and _YEAR_SPAN_BEFORE.search(before):
        return True  # "בשנים 2017 עד 2022": the span's last year, a date
    if not n.spelled and _LETTER_LABEL_AFTER.match(after):
        return True  # "דוח הביקורת 70ב": a label
    if not n.spelled and any(m.start() <= n.start < m.end() for m in _NUMERIC_DATE.finditer(text)):
        return True  # "ב-1.11.2022": a date in digits
    if not n.spelled and _DAY_MONTH.fullmatch(n.text) and re.search(r"(?<![\u05d0-\u05ea])(?:ב|מ|עד|ל)-$", before) and (
        _DATE_NEXT.match(after)
    ):
        return True  # "ב-17.1 (יום א')", "בין ה-2.8 ל-6.8": a day and month, the weekday or another date after it
    if not n.spelled and _DAY_MONTH.fullmatch(n.text) and _WEEKDAY_BEFORE.search(before):
        return True  # "ביום רביעי 17.5 בערב": a day and month after the weekday it falls on
    counted_next = _COUNTED_NEXT.match(after)  # ("ביולי 45 בני אדם נפצעו": the month, then a count of people)
    if not n.spelled and re.fullmatch(r"(?:3[2-9]|[4-9]\d)", n.text) and _MONTH_BEFORE.search(before) and (
        not counted_next
    ):
        return True  # "במרץ 96 חזרה": a year in two digits after its month (no day is past 31)
    if not n.spelled and (
        _SECTION_BEFORE.search(before) or _SUBSECTION_AFTER.match(after) or _IN_SUBSECTIONS.search(before[-2:])
    ):
        return True
    # (not a year closing a heading before the colon: "תקציב המדינה לשנת 2019: 397.3 מיליארד שקלים")
    year_colon = _NOT_A_HEBREW_FIGURE_RE4.search(before) is not None
    if not n.spelled and ((re.search(r"\d\s*:\s*$", before) and not year_colon) or re.match(r"\s*:\s*\d", after)):
        return True  # "ניצחה 2:1": a score or a clock time
    score = _NOT_A_HEBREW_FIGURE_RE5.search(before) or _NOT_A_HEBREW_FIGURE_RE6.match(after)
    if not n.spelled and n.value_max is None and score:
        return True  # "3-1 בסדרה": a score (a range "3-4" is read as one number)
    abbreviated = _NOT_A_HEBREW_FIGURE_RE2.search(before)
    # ('ע"י 10 רקטות', 'סה"כ 150 כבאים': "by" and "in all" abbreviated are words of the clause, no name)
    worded = abbreviated is not None and _CLAUSE_ABBREVIATION.fullmatch(abbreviated.group(0).strip()) is not None
    if not n.spelled and abbreviated and not worded and not _HOLDER_COUNT_AFTER.match(after):
        return True  # 'מדד ת"א 35': a number after an abbreviation is part of a name (not 'וש"ס 10 (10) מנדטים')
    if n.spelled and re.search(rf"{_P}(?:רחוב|רח'|רח׳|שדרות|שד'|שד׳|סמטת)\s+$", before):
        return True  # "ברחוב אחד העם": a number word right after "street" opens the street's name
    if not n.spelled and _STREET_BEFORE.search(before) and re.match(r"\s*(?:[,.;:)]|$|ב[\u05d0-\u05ea]|פינת)", after):
        return True  # "ברחוב הרצל 12 בחיפה": a house number (not "ברחוב נפצעו 3 אנשים", a count)
    if not n.spelled and n.currency is None and n.scale == 1 and _UNIT_BEFORE.search(before):
        # "חטיבה 188", "יחידה 8200": the number is the unit's name; not an amount with a scale word or a
        # currency ("גייס 2 מיליארד דולר": the verb "raised", spelled like a corps)
        return True
    if n.spelled and n.value == 1 and re.search(rf"{_P}בקנה\s+$", before):
        return True  # "עולה בקנה אחד עם": "is in line with", an idiom, no count
    if n.spelled and re.search(r"[\u05d0-\u05ea][\"״]$", before):
        return True  # "הנגמ"שים": the end of an abbreviation that reads like a number word
    clock = r"\d{1,2}:\d{2}"  # "סמוך לשעה 09:00 (שני)": the weekday in brackets after the hour too
    day_before = re.search(rf"(?:{_P}(?:היום|אתמול|מחר|יום)|{clock})\s*\(\s*$", before)
    # (a bracket holding "שני" or "שישי" alone is a weekday after any word of time: "הערב (שני)", "הבוקר (שישי)")
    alone = n.text in ("שני", "שישי") and re.search(r"\(\s*$", before)
    if n.spelled and n.value in (2, 6) and (day_before or alone) and re.match(r"\s*\)", after):
        return True  # "היום (שני)", "אתמול (שישי)": the weekday in brackets (Monday, Friday), not a count
    if n.spelled and n.value == 2 and re.search(rf"{_P}יום\s+$", before) and n.text == "שני":
        return True  # "ביום שני": Monday, the second day of the week, no count (two days are "יומיים")
    second = n.text == "שני" and re.search(r"[\u05d0-\u05ea]\s+$", before) and _ORDINAL_SECOND_AFTER.match(after)
    if n.spelled and second:
        return True  # "במקום שני.", "שבוע שני ברציפות": "second" after its noun; the cardinal "שני" is bound to a noun
    if n.spelled and n.value == 2 and _SECOND_IDIOM.search(before):
        return True  # "מצד שני": on the other hand
    if n.spelled and n.value <= 10 and _QUOTED_NAME.search(before) and _QUOTED_NAME_END.match(after):
        return True  # 'ב"מבט שני"': a number word inside a short quoted name
    if n.spelled and (_in_a_place_name(before, n.text) or _KIRYAT.search(before)):
        return True  # "בקריית שמונה", "קרית ארבע": a number word in a town's name
    if n.spelled and re.search(rf"{_P}אלף$", n.text) and _MILLENNIUM_ORDINAL.match(after):
        return True  # "באלף השני לפנה"ס": the second millennium, a date
    if n.spelled and _CENTURY.search(n.text) and _ORDINAL_AFTER.match(after):
        return True  # "במאה השביעית": the seventh century, a date
    if n.spelled and n.value == 1 and (_IDIOM_BEFORE.search(before) or _ONE_OF_THE.match(after)):
        return True  # "פה אחד", "אחת התאונות הקשות" (one of the accidents)
    if n.spelled and n.value == 1 and _EACH_OTHER_AFTER.match(after):
        return True  # "עזרו אחד לשני": one another, no count
    other = n.spelled and n.value == 2 and _EACH_OTHER_SECOND.fullmatch(n.text) and _EACH_OTHER_BEFORE.search(before)
    if other and _EACH_OTHER_AFTER.match(" " + text[n.start :]):
        return True  # (and its second half: "לשני.", "בשנייה")
    if _POINTING_BACK.match(after):
        return True
    if n.spelled and _CONSTRUCT_NUMBER.search(n.text) and re.match(r"\s+ה[\u05d0-\u05ea]", after) and not (
        _H_NOUN_AFTER.match(after) or _FIRST_OR_LAST.match(after) or first_mention(n, after, earlier)
    ):
        return True  # "שלושת החשודים": the three already named, as "the three suspects" points back
    ordinal = _ORDINAL_IN_DIGITS.search(before) and not hebrew_threshold(before, n)
    if not n.spelled and ordinal and not _AGE_WITH_ARTICLE.search(before):
        return True  # "בקומה ה-12", "הכנסת ה-25": an ordinal written in digits after its noun (not "בת ה-13")
    if n.spelled and re.search(r"אלף$", n.text) and _MILLENNIUM_ORDINAL.match(after):
        return True  # "באלף השני לפנה"ס": a millennium, a date
    return not n.spelled and _RANGE_TOP_BEFORE.search(before) is not None


# A dual of time with the article ("השנתיים", "בשבועיים"), bounded by "last", "next" or "first" after it, or an age
# after "son of" ("בן השנתיים"): a span or an age counted anew, not "the two" named before.
_DEFINITE_DUAL = re.compile(r"[ובלמכש]?ה(?:יומיים|שבועיים|חודשיים|שנתיים|שעתיים)")
_DUAL_BOUND_AFTER = re.compile(r"\s+ה(?:אחרונ|קרוב|בא|ראשונ)(?:ים|ות|ה)?(?![\u05d0-\u05ea])")
_AGE_NOUN_BEFORE = re.compile(r"(?<![\u05d0-\u05ea])ו?(?:בן|בת)\s+$")


_FINALS = str.maketrans("כמנפצ", "ךםןףץ")
# The construct numbers from three up ("שלושת", "ארבעת" ... "עשרת"), with their prefixes: "שני"/"שתי" before a
# definite noun is as often "both" ("שני הצדדים"), so only these count a first mention.
_CONSTRUCT_THREE_UP = re.compile(r"[ובלמהכש]{0,2}-?(?:שלושת|ארבעת|חמשת|ששת|שבעת|שמונת|תשעת|עשרת)")


# What defines a definite plural where it stands: a relative clause ("שברחו", not the possessive "שלה") or a
# definite participle ("המתנהלים"): "חמשת האסירים שנמלטו מהכלא", "שבעת הבניינים המיועדים להריסה".
_DEFINING_AFTER = re.compile(
    r"\s+(?:ש(?!ל(?:י|ך|ו|ה|נו|כם|כן|הם|הן)(?![\u05d0-\u05ea]))[\u05d0-\u05ea]{2,}|המ[\u05d0-\u05ea]{3,})"
)


def first_mention(n: NumberMatch, after: str, earlier: str | None) -> bool:
    """Whether a construct number from three up counts a definite plural the story has not named before and
    defines where it stands: "חמשת האסירים שנמלטו מהכלא" in a story that first tells of them there is a count
    ("the five who fled"), while "ארבעת החשודים" after the suspects were named, or "שלושת העצורים הובאו" with
    no clause of its own, points back to them. Unknown when `earlier` is None."""
    if earlier is None or not _CONSTRUCT_THREE_UP.fullmatch(n.text):
        return False
    if re.search(r"(?<![\u05d0-\u05ea])[ובלמהש]{0,2}(?:מלחמת|מבצע|מערכת)\s+$", earlier):
        return False  # "מלחמת ששת הימים": a war's or an operation's name, no count
    m = re.match(r"\s+ה([\u05d0-\u05ea]{2,})(?![\u05d0-\u05ea\"\u05f4'\u05f3])", after)
    if m is None or _DEFINING_AFTER.match(after, m.end()) is None:
        return False  # ("שלושת העצורים הובאו": a verb right after, the ones the story means, pointing back)
    noun = m.group(1)
    stem = noun[:-2] if noun.endswith(("ים", "ות")) and len(noun) > 4 else noun
    if len(stem) < 2:
        return False
    forms = {stem, stem[:-1] + stem[-1].translate(_FINALS), stem + "ה", stem + "ת"}
    return not any(re.search(rf"(?<![\u05d0-\u05ea]){'[ובלמהכש]{0,3}'}{re.escape(f)}", earlier) for f in forms)


def hebrew_threshold(before: str, n: NumberMatch) -> bool:
    """ "חצה את ה-5,000", "מעל ה-100 אלף": digits with the article after a particle, a mark passed or neared (a
    count of at least a hundred), not an ordinal after its noun nor a small number pointing back."""
    return not n.spelled and n.value >= 100 and _PARTICLE_BEFORE_ARTICLE.search(before) is not None


def hebrew_definite_span(text: str, n: NumberMatch) -> bool:
    """Whether the Hebrew dual `n` with the article is a span or an age counted anew ("בשנתיים האחרונות", "בן
    השנתיים"), which the article does not make a mention of something named before."""
    return _DEFINITE_DUAL.fullmatch(n.text) is not None and (
        _DUAL_BOUND_AFTER.match(text[n.end :]) is not None or _AGE_NOUN_BEFORE.search(text[: n.start]) is not None
    )


# Feminine construct forms that open settlement names ("קריית X", "גבעת X", "רמת X"): a number word after one
# is part of a name, as Hebrew counts with the number before a noun or after its absolute form (קריה אחת).
_TOWN_CONSTRUCTS = {"קרית", "קריית", "גבעת", "רמת"}


def hebrew_age_with_article(before: str) -> bool:
    """Whether a number in digits after "ה-" is an age ("בת ה-13"), not an ordinal."""
    return _AGE_WITH_ARTICLE.search(before) is not None


def _in_a_place_name(before: str, number: str) -> bool:
    """Whether the word before a number word and the number word name a place ("קריית שמונה", "בית שמש"),
    with up to two prefix letters glued to the first."""
    word = re.search(r"([\u05d0-\u05ea]+)\s+$", before)
    if not word:
        return False
    first = word.group(1)
    for cut in range(min(2, len(first) - 2) + 1):
        if first[cut:] in _TOWN_CONSTRUCTS and all(c in "ובלמשכ" for c in first[:cut]):
            return True  # "בקרית ארבע": a cardinal counts the absolute noun after it, never follows a construct
        entry = lookup(f"{first[cut:]} {number}")
        if entry is not None and entry.kind == "place" and all(c in "ובלמשכ" for c in first[:cut]):
            return True
    return False

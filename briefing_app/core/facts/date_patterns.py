"""The date and time expressions `dates.py` looks for, one list of regular expressions per language.

Every pattern is tried and the longest match wins (see `dates.py`), so a pattern may be as long as
the expression a reader would take as one date ("from April 28 until May 4", "8 p.m. on May 4",
"التاسع من يوليو 2011", "ב-31 באוקטובר 2001") while shorter ones still catch its parts elsewhere.
English month and weekday names are matched case-sensitively ("May", "March" and "August" are also
ordinary words); the words around them ("last", "in", "ago") are not.
"""

from __future__ import annotations

from typing import NamedTuple


class Around(NamedTuple):
    """A pattern whose words before (`left`, e.g. "in", "until", "almost five") are matched backwards from
    where `core` starts, so that the scan only stops where the core can start; `required` when the core
    is a date only with them ("in May", not "May")."""

    core: str
    left: str = ""
    required: bool = False
    # Lower-case strings of which the sentence must hold one for the pattern to be tried at all: a
    # substring test is far cheaper than a scan, and most sentences hold no date.
    needs: tuple[str, ...] = ()


# ---------------------------------------------------------------- English
_EN_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_EN_MONTHS_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
# Abbreviations after or before a day number ("22 Aug", "Dec 20"); with a dot they stand alone too.
_EN_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_EN_MONTHS_DOTTED = r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
_EN_MONTH = rf"(?:{_EN_MONTHS_FULL}|{_EN_MONTH_ABBR})"
# "May" and "March" are words too: alone they are months only after a word of time ("in May").
_EN_MONTHS_PLAIN = _EN_MONTHS_FULL.replace("March|", "").replace("May|", "") + "|" + _EN_MONTHS_DOTTED
_YEAR = r"(?:1[5-9]|20)\d\d"
# Words of a change before "by"/"from": what follows is how much or from how much ("up from 227"), no year.
_CHANGE_WORDS = (
    "up", "down", "rose", "risen", "rise", "rises", "rising", "fell", "fallen", "fall", "falls", "falling",
    "increased", "increase", "increases", "decreased", "decrease", "dropped", "drop", "jumped", "climbed", "grew",
    "grown", "slipped", "declined", "cut", "reduced", "raised", "lowered", "higher", "lower", "more", "fewer", "less",
)  # fmt: skip
_NO_CHANGE_BEFORE = "".join(rf"(?<!\b{w}\s)" for w in _CHANGE_WORDS)
# (a day of a month is 1-31 and no share: "with total rainfall in June 35% below average" is no date "June 35")
_DAYNUM = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?!\s*(?:%|per\s?cent\b|percent\b))"
# A day, a range of days ("7-9", "28-29") or a list ("2, 3, and 4", "20 or 21").
_DAYS_OF_MONTH = rf"{_DAYNUM}(?:\s*[-–]\s*{_DAYNUM}|(?:,\s*{_DAYNUM})*,?\s+(?:and|or|&)\s+{_DAYNUM})?"
_TIME_WORD = (
    r"(?i:early|late|mid|in|on|since|by|until|till|from|before|after|during|of|last|next|this|past|back\s+in|as\s+of)"
)
_YEAR_WORD = r"(?i:early|late|mid|in|since|by|until|till|from|before|after|during|back\s+in|as\s+of)"
_NUM_WORD = (
    r"(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"a\s+few|a\s+couple\s+of|few|several|many|some|\d+)"
)
_EN_UNIT = r"(?i:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))"
_EN_PERIOD = (
    r"(?i:night|week|month|year|weekend|morning|evening|afternoon|summer|winter|spring|autumn|fall|decade|century)"
)
_EN_CLOCK = r"\d{1,2}(?:[:.]\d\d)?\s*(?i:[ap]\.m\.?|[ap]m)(?![A-Za-z])"  # (also "5:45 AM")

# A day of the month spelled as an ordinal ("seventeenth", "twenty-first", "thirty-first").
_EN_ORDINAL_UNITS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_EN_ORDINAL_DAY = (
    rf"(?i:(?:twenty|thirty)[\s-](?:{_EN_ORDINAL_UNITS})|{_EN_ORDINAL_UNITS}|tenth|eleventh|twelfth|thirteenth|"
    r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)"
)
_EN_TIME_LEFT = rf"(?:{_TIME_WORD}\s+)?(?:(?i:the)\s+)?"
_EN_SPAN_LEFT = rf"(?:{_TIME_WORD}|(?i:the\s+)?(?i:end|start|beginning|middle)\s+of)[\s-]+"

_DIGIT = tuple("0123456789")
_AR_DIGIT = tuple("0123456789٠١٢٣٤٥٦٧٨٩")  # (Arabic copy writes either digits)
_MONTH_NEEDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

EN: list[str | Around] = [
    # Weekdays, with a word of time before and a part of the day after ("late Friday night").
    # (not a change from one day to the next, as box-office copy measures a film's hold: "its 20% Friday-to-Saturday
    # fall" names no day of the story)
    Around(
        rf"\b(?<!-to-)(?:{_EN_DAYS})(?!-to-(?:{_EN_DAYS}))(?:\s+(?i:morning|afternoon|evening|night))?\b",
        r"(?i:early|late|on|last|next|this|by|as\s+of|since|until|from)\s+",
        needs=("day",),
    ),
    # "today (Thursday)", "today (2 February 2017)" as government releases date themselves: one expression, one date.
    Around(
        rf"\b(?i:today|yesterday|tomorrow|tonight)\s*\((?:(?:{_EN_DAYS})|(?:(?:{_EN_DAYS}),?\s+)?"
        rf"(?:\d{{1,2}}\s+(?:{_EN_MONTH})|(?:{_EN_MONTH})\s+\d{{1,2}},?)(?:\s+{_YEAR})?)\)",
        needs=("(",),
    ),
    # Month, then day(s) and year: "May 2, 3, and 4", "Dec. 20 or 21", "June 28-29, 2011", "May 12th".
    Around(rf"\b(?:{_EN_MONTH})\s+{_DAYS_OF_MONTH}(?:,?\s+{_YEAR}\b)?", rf"{_TIME_WORD}\s+", needs=_DIGIT),
    # Day(s), then month and year: "7-9 December", "11 February, 2012", "the 2nd of May", "22 Aug".
    Around(rf"\b{_DAYS_OF_MONTH}\s+(?:(?i:of)\s+)?(?:{_EN_MONTH})\b(?:,?\s+{_YEAR}\b)?", _EN_TIME_LEFT, needs=_DIGIT),
    # A month (or two) with a year or a word of time: "in March or April of 2005", "end of January 2012".
    Around(
        rf"\b(?:{_EN_MONTHS_FULL}|{_EN_MONTHS_DOTTED})(?:\s+(?:or|and|to)\s+(?:{_EN_MONTHS_FULL}))?"
        rf"(?:,?\s+(?:of\s+)?{_YEAR}\b)",
        _EN_SPAN_LEFT,
        needs=_DIGIT,
    ),
    Around(
        rf"\b(?:{_EN_MONTHS_FULL}|{_EN_MONTHS_DOTTED})(?:\s+(?:or|and|to)\s+(?:{_EN_MONTHS_FULL}))?\b",
        _EN_SPAN_LEFT,
        required=True,
        needs=_MONTH_NEEDS,
    ),
    Around(rf"\b(?:{_EN_MONTHS_PLAIN})(?:\s+(?:or|and|to)\s+(?:{_EN_MONTHS_FULL}))?\b", needs=_MONTH_NEEDS),
    # Two months after "between" ("robberies between March and August last year"): "between" is no word of time
    # before one month ("between May 2 and 5" keeps its day), only before a pair of them.
    Around(
        rf"\b(?i:between)\s+(?:{_EN_MONTHS_FULL})\s+(?:and|to)\s+(?:{_EN_MONTHS_FULL})\b(?:,?\s+{_YEAR}\b)?",
        needs=("between",),
    ),
    # Years with a word of time: "in 2010", "back in 2010", "since 2006", "the year 2007", "the end of 2011".
    Around(
        rf"\b{_YEAR}(?:s|['’]s)?\b",
        # ("from roughly 1976 to 1983", "since about 2001": an approximation between the word of time and the year)
        rf"(?:{_YEAR_WORD}(?:\s+(?i:roughly|about|around|approximately|circa|c\.))?|(?i:the\s+year)|"
        r"(?:(?i:at|by|until|from|since|before|after)\s+)?(?i:the\s+(?:end|start|beginning|middle)\s+of))[\s-]+",
        required=True,
        needs=_DIGIT,
    ),
    # A season or fiscal year across two years: "the 2023-24 season", "fiscal 2020/21" (not an ISO date's month).
    Around(rf"\b{_YEAR}[-–/]\d\d\b(?![-–/]\d)", rf"{_YEAR_WORD}\s+", needs=_DIGIT),
    # A fiscal year by its year ("Fiscal Year 2018", "in fiscal 2020", "FY 2018", "FY2019"): the year a budget runs,
    # a date as the year is.
    Around(rf"\b(?:(?i:fiscal)\s+(?:(?i:year)\s+)?|FY\s?){_YEAR}(?:[-–/]\d\d\b(?![-–/]\d))?\b",
           rf"(?:{_YEAR_WORD}\s+)?(?:(?i:the)\s+)?",
           needs=("fiscal", "fy")),
    # A day of the month spelled as an ordinal, as broadcast scripts write it: "November seventeenth", "the
    # twenty-first of June".
    Around(rf"\b(?:{_EN_MONTHS_FULL})\s+{_EN_ORDINAL_DAY}\b(?:,?\s+{_YEAR}\b)?", rf"{_TIME_WORD}\s+",
           needs=_MONTH_NEEDS),
    Around(rf"\b(?i:the)\s+{_EN_ORDINAL_DAY}\s+(?i:of)\s+(?:{_EN_MONTHS_FULL})\b(?:,?\s+{_YEAR}\b)?",
           rf"{_TIME_WORD}\s+", needs=_MONTH_NEEDS),
    # A date in ISO form: "2012-05-12".
    Around(r"\b(?:19|20)\d\d-[01]\d-[0-3]\d\b", needs=_DIGIT),
    # Decades and parts of a year: "in the 1990s", "the first quarter of 2012", "the second half of the year".
    Around(r"\b(?:19|20)\d0(?:s|['’]s)\b", rf"(?:{_YEAR_WORD}\s+)?(?i:the)\s+", required=True, needs=_DIGIT),
    Around(
        rf"\b(?i:(?:first|second|third|fourth|final|last)\s+(?:quarter|half)\s+of\s+(?:the\s+year|{_YEAR}))\b",
        rf"(?:{_YEAR_WORD}\s+)?(?i:the)\s+",
        needs=("quarter", "half"),
    ),
    # A bare year only from 1900 on: "1500 people", "1800 homes" are counts far more often than years.
    Around(r"(?<![\d,.$£€])\b(?:19|20)\d\d(?:s|['’]s)?\b(?![,.]?\d)", needs=_DIGIT),
    Around(
        rf"\b(?i:spring|summer|autumn|fall|winter)\s+of\s+{_YEAR}\b",
        r"(?:(?i:in|during|since|by|until)\s+)?(?:(?i:the)\s+)?",
        needs=_DIGIT,
    ),
    # Weekends and named parts of a week, month or year, relative to now or to the story.
    Around(r"\b(?:(?i:over|during|at)\s+)?(?i:the)\s+weekend\b", needs=("weekend",)),
    # (not a weekend hyphened into a modifier, "the best fourth-weekend gross", "its second-weekend drop": which
    # weekend of a film's run, no time of the story)
    Around(r"(?<!-)\bweekend\b", needs=("weekend",)),
    Around(
        rf"\b(?i:this\s+past|this|last|next|that|later\s+that|earlier\s+that)\s+{_EN_PERIOD}\b",
        needs=("this", "last", "next", "that"),
    ),
    Around(rf"\b(?i:last|next|this|past)\s+(?:{_EN_MONTHS_FULL}|{_EN_DAYS})\b", needs=("last", "next", "this", "past")),
    # A sports season relative to now, as sport copy dates a player's record or a club's form: "nine goals last
    # season", "for the first time this season", "the previous season" (a named one, "the 2004-05 season", is above).
    Around(
        r"\b(?i:this|last|next|(?:the\s+)?(?:previous|following|coming|current))\s+(?i:season)\b",
        needs=("season",),
    ),
    # A quarter of a year as results copy writes it: "in Q3 2005", "Q1 of 2006".
    Around(rf"\bQ[1-4]\s+(?:(?i:of)\s+)?{_YEAR}\b", rf"{_YEAR_WORD}\s+", needs=("q1", "q2", "q3", "q4")),
    # A budget's or an accounting year relative to now, as results and public finance copy date figures: "the
    # gap for this fiscal year", "in the current financial year", "last tax year".
    Around(
        r"\b(?i:this|last|next|the\s+(?:current|previous|coming|next|last|past|new))\s+(?i:financial|fiscal|tax)\s+"
        r"(?i:year)\b",
        needs=("financial year", "fiscal year", "tax year"),
    ),
    Around(
        r"\b(?i:(?:the\s+)?(?:next|following|previous|preceding)\s+"
        r"(?:days?|weeks?|months?|years?|mornings?|evenings?|nights?))\b",
        needs=("next", "following", "previous", "preceding"),
    ),
    Around(
        r"\b(?i:(?:the\s+)?day\s+before\s+yesterday|(?:the\s+)?day\s+after\s+tomorrow)\b",
        needs=("yesterday", "tomorrow"),
    ),
    Around(
        r"\b(?i:the\s+(?:day|days|week|weekend|night|morning|evening|month|year)\s+(?:before|after))\b",
        needs=("before", "after"),
    ),
    # Centuries: "the 19th century", "the twentieth century".
    Around(
        r"\b(?:\d{1,2}(?:st|nd|rd|th)|(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
        r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
        r"twenty-first))[\s-]+(?i:century)\b",
        rf"(?:{_YEAR_WORD}\s+)?(?:(?i:the|early|late|mid)[\s-]+)+",
        required=True,
        needs=("century",),
    ),
    Around(
        r"\b(?i:(?:(?:in\s+)?(?:recent|the\s+past|the\s+last|the\s+coming|past)|in\s+last)\s+(?:few\s+)?"
        r"(?:years?|months?|weeks?|days?|decades?|times))\b",
        needs=("recent", "past", "last", "coming"),
    ),
    Around(
        r"\b(?i:in\s+the\s+past|(?:at\s+)?the\s+end\s+of\s+the\s+day)\b(?!\s+(?:few|\d))",
        needs=("past", "end of the day"),
    ),
    Around(
        r"\b(?i:earlier|later)\s+(?i:today|tonight|this\s+(?:week|month|year|morning|evening|afternoon))\b",
        needs=("earlier", "later"),
    ),
    # "a day after", "Days after", "almost five years ago", "12 hours prior", "a decade ago".
    Around(
        # (not "last week after ...": the week is "last week", and "after" opens the next clause)
        rf"\b(?<!(?i:last|next|this|past)\s){_EN_UNIT}\s+(?i:ago|after|before|later|earlier|prior|previously|afterwards)\b",
        rf"(?:(?i:almost|nearly|about|around|over|more\s+than|less\s+than|just|only|just\s+over)\s+)?(?:{_NUM_WORD}\s+)?",
        needs=("ago", "after", "before", "later", "earlier", "prior", "previously"),
    ),
    # A part of a month: "the first week of March", "the last days of June", "the second half of May".
    Around(
        rf"\b(?i:first|second|third|fourth|last|final|closing|opening)\s+(?i:week|weekend|days|half|fortnight)\s+"
        rf"(?i:of)\s+(?:{_EN_MONTHS_FULL})\b",
        r"(?:(?i:in|on|by|until|from|since|after|before|during|for)\s+)?(?:(?i:the)\s+)?",
        needs=("week of", "weekend of", "days of", "half of", "fortnight of"),
    ),
    # A year of three digits needs a word of time and ends a clause ("arrived in 615."), or an era.
    # (not "up from 733,000" nor "by 733.5": a separator with digits after it is inside a larger number)
    # (nor the size of a change: "232 seats, up from 227.", "profits rose by 120.")
    Around(
        rf"\b(?:(?i:in|since|until)|{_NO_CHANGE_BEFORE}(?i:by|from))\s+\d{{3}}\b"
        r"(?=\s*[,.;:)](?!\d)|\s+(?:AD|BC|BCE|CE)\b)",
        needs=_DIGIT,
    ),
    Around(r"\b(?:AD\s+\d{1,4}|\d{1,4}\s+(?:BC|BCE|AD|CE))\b", needs=_DIGIT),
    # A day named by what happens on it: "election day", "the day of the blast", "the second day of the summit".
    # (and the day a budget is read, a date of public finance copy: "receipts have fallen since Budget day")
    Around(r"\b(?i:election|polling|voting|budget)\s+day\b", needs=("election", "polling", "voting", "budget day")),
    Around(r"\b(?i:the\s+day\s+of\s+the\s+)[a-z]+\b", needs=("day of the",)),
    Around(
        r"\b(?i:(?:on|by|until|from|since|after|before|during)\s+the\s+"
        r"(?:first|second|third|fourth|fifth|last|final|opening|closing)\s+(?:day|night|week)\s+of\s+the\s+)[a-z]+\b",
        needs=("day of the", "night of the", "week of the"),
    ),
    Around(
        r"\b(?i:the\s+)?(?:middle|end|start|beginning|turn)\s+of\s+the\s+(?:century|decade|year|month|week)\b",
        needs=("of the",),
    ),
    # Clock times: "9:00 p.m.", "10pm", "17:55 GMT", "8 in the evening", "midnight".
    Around(r"\b\d{1,2}[:.]\d\d\s*(?:GMT|UTC|CET|EST|BST|local time)\b", needs=_DIGIT),
    # (not a race time: "third in 1:57.61", "won in 2:07:35" are minutes and seconds, hours, minutes and seconds)
    Around(r"(?<![\d:.])\b\d{1,2}:\d\d\b(?!:\d|\.\d)", needs=(":",)),
    Around(rf"\b(?:(?i:at|around|about|by|until|from)\s+)?{_EN_CLOCK}", needs=_DIGIT),
    Around(
        r"\b(?:(?i:at|around|about|by)\s+)?\d{1,2}(?:[:.]\d\d)?\s+"
        r"(?i:o['’]clock|in\s+the\s+(?:morning|afternoon|evening))\b",
        needs=_DIGIT,
    ),
    Around(
        # (not a title's first word, capitalised before another capitalised word: "thriller Midnight Protocol",
        # "Dawn Chorus"; "at Midnight Mass" neither)
        r"\b(?:(?i:at|by|before|after|until)\s+)?(?:(?i:midnight|noon|midday|dawn|dusk|daybreak)(?<![A-Z]\w{3})"
        r"(?<![A-Z]\w{4})(?<![A-Z]\w{5})(?<![A-Z]\w{7})|(?:Midnight|Noon|Midday|Dawn|Dusk|Daybreak)(?!\s+[A-Z]))\b",
        needs=("midnight", "noon", "midday", "dawn", "dusk", "daybreak"),
    ),
    # A date in figures: "on 15/5", "until 3/11/2012" (a bare "1/2" is a fraction).
    Around(r"\b(?i:on|of|since|until|by|before|after)\s+\d{1,2}/\d{1,2}(?:/(?:\d{4}|\d{2}))?\b(?!/)", needs=("/",)),
    Around(r"(?<![\d.,/])\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b(?!/)", needs=("/",)),
    Around(
        r"\b(?i:(?:the\s+)?early\s+(?:morning\s+)?hours|(?:early|late)\s+(?:morning|afternoon|evening))\b",
        needs=("early", "late"),
    ),
    # "today's" is the present era ("today's standard of living"), not a date.
    Around(r"\b(?i:overnight|yesterday|tomorrow|tonight)\b", needs=("overnight", "yesterday", "tomorrow", "tonight")),
    # "Today" capitalised after a word in running prose names a programme or a paper ("BBC Radio 4's Today
    # programme", "USA Today"), not a date.
    Around(r"\b(?:today|TODAY|(?<![A-Za-z,;'’] )Today)\b(?!['’]s\b)", needs=("today",)),
    Around(r"\b(?i:last|tomorrow)\s+night\b", needs=("night",)),
]

# ---------------------------------------------------------------- Danish
_DA_DAYS = "mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag"
_DA_MONTHS = "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"
# What the Danish patterns need, for `needs` (read in the lower-cased sentence: the patterns ignore case).
# No "i" or "s" in them: the engine also takes "ı" and "ſ" for those letters, which lower-casing keeps.
_DA_MONTH_NEEDS = ("anuar", "ebruar", "mart", "apr", "maj", "jun", "jul", "augu", "ember", "oktober")
DA: list[str | Around] = [
    Around(
        rf"\b(?:(?:siden|på|i|sidste|næste|om)\s+)?(?:{_DA_DAYS})(?:s|en)?(?:\s+(?:morgen|formiddag|eftermiddag|aften|nat))?\b",
        needs=("dag",),
    ),
    Around(rf"\b(?:den\s+)?\d{{1,2}}\.\s*(?:{_DA_MONTHS})(?:\s+\d{{4}})?\b", needs=_DA_MONTH_NEEDS),
    Around(rf"\b(?:i\s+)?(?:{_DA_MONTHS})\s+(?:19|20)\d\d\b", needs=_DA_MONTH_NEEDS),
    # "i juli i år", "i marts sidste år": the month of this or last year.
    Around(rf"\b(?:i\s+)?(?:{_DA_MONTHS})\s+(?:i\s+år|sidste\s+år|næste\s+år|i\s+fjor)\b", needs=_DA_MONTH_NEEDS),
    Around(r"\b(?:i|siden|inden|fra|til)\s+(?:19|20)\d\d\b", needs=("19", "20")),
    Around(
        r"\b(?:i|sidste|næste)\s+(?:efteråret|foråret|sommer|vinter|sommeren|vinteren|weekenden|uge|måned|år)\b",
        needs=("år", "ommer", "nter", "weekend", "uge", "måned"),
    ),
    Around(
        r"\b(?:i\s+går(?:\s+(?:aftes|morges|eftermiddags|nat))?|i\s+dag|i\s+morgen|i\s+nat|i\s+år|i\s+fjor|i\s+aftes|i\s+morges)\b",
        needs=("går", "dag", "morge", "nat", "år", "fjor", "afte"),
    ),
    # "for to år siden" (ago).
    Around(r"\bfor\s+(?:\S+\s+)?(?:år|dage|dag|døgn|uger|uge|måneder|måned|timer|time)\s+siden\b", needs=("for",)),
    Around(
        r"\b(?:senere|tidligere|sidst|først)\s+på\s+(?:dagen|ugen|måneden|året|aftenen|natten)\b",
        needs=("dagen", "ugen", "måneden", "året", "aftenen", "natten"),
    ),
    Around(
        rf"\b(?:(?:i|sidste|næste|først\s+i|sidst\s+i|midt\s+i|primo|ultimo|medio)\s+)?(?:{_DA_MONTHS})(?:\s+(?:19|20)\d\d)?\b",
        needs=_DA_MONTH_NEEDS,
    ),
    r"\b(?:sommerferien|vinterferien|efterårsferien|påskeferien|julen|påsken|pinsen|nytåret|jul|påske|pinse)\b",
    Around(
        # (not a count a word of about-ness leads: "omkring 2000 pølser", "knap 1950 borgere")
        r"(?<!omkring )(?<!cirka )(?<!ca\. )(?<!knap )(?<!næsten )(?<!mindst )(?<!over )(?<!godt )"
        r"(?<![\d,.])\b(?:(?:i\s+)?(?:begyndelsen|slutningen|midten)\s+af\s+)?(?:19|20)\d\d(?:'?erne)?\b(?![,.]?\d)",
        needs=("19", "20"),
    ),
    Around(r"\b(?:[Kk]lokken|[Kk]l\.)\s*\d{1,2}(?:[.:]\d\d)?\b", needs=("kl",)),
    # A weekday with its date: "tirsdag den 5. maj".
    Around(rf"\b(?:{_DA_DAYS})\s+(?:den\s+)?\d{{1,2}}\.\s*(?:{_DA_MONTHS})(?:\s+\d{{4}})?\b", needs=("dag",)),
]

# ---------------------------------------------------------------- Arabic
# Arabic letters only: "،" and "؛" sit in the same Unicode block and end a word.
_AR = "\u0621-\u064a\u0671-\u06d3"
_AR_DAYS = "الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت"
_AR_GREG = "يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر"
# The Levantine and Iraqi month names, often printed beside the Gregorian ones ("أيار / مايو").
_AR_LEVANT = "كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول"
# (Al-Hayat prints the pair with no mark between: "في آذار مارس", "12 نيسان ابريل المقبل")
_AR_MONTH = (
    rf"(?:(?:{_AR_LEVANT})(?:\s*[/(]\s*|\s+)(?:{_AR_GREG})(?:\s*\))?|(?:{_AR_GREG})\s*[/(]\s*(?:{_AR_LEVANT})(?:\s*\))?"
    rf"|{_AR_GREG}|{_AR_LEVANT})"
)
_AR_NUM = "[٠-٩0-9]"
# The Hijri months, only after a day ("العاشر من رمضان", "7 ذي الحجة"): alone, صفر is "zero" and رجب a name.
_AR_HIJRI = (
    "محرم|صفر|ربيع الأول|ربيع الثاني|ربيع الآخر|جمادى الأولى|جمادى الآخرة|رجب|شعبان|رمضان|شوال"
    "|ذو القعدة|ذي القعدة|ذو الحجة|ذي الحجة"
)
_AR_HOUR = (
    "الواحدة|الثانية|الثالثة|الرابعة|الخامسة|السادسة|السابعة|الثامنة|التاسعة|العاشرة|الحادية\\s+عشرة|الثانية\\s+عشرة"
)
_AR_DAYPART = "صباحا|صباحاً|صباح|مساء|مساءً|مساءا|ظهرا|ظهراً|فجرا|فجراً|ليلا|ليلاً|بعد\\s+الظهر"
_AR_ORDINAL_DAY = (
    "(?:الحادي|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع)\\s+(?:عشر|والعشرين)"
    "|الأول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|العشرين|الثلاثين|الحادي\\s+والثلاثين"
)
_AR_COUNT = "[0-9]+|عشرة|ثلاثة|أربعة|خمسة|ستة|سبعة|ثمانية|تسعة|عشر|ثلاث|أربع|خمس|ست|سبع|ثماني|تسع"
_AR_UNITS_WORD = "واحد|اثنين|اثنان|ثلاثة|أربعة|خمسة|ستة|سبعة|ثمانية|تسعة|عشرة|أحد عشر|اثني عشر|اثنا عشر"
_AR_TENS_WORD = "عشرين|ثلاثين|أربعين|خمسين|ستين|سبعين|ثمانين|تسعين"
AR: list[str | Around] = [
    # A weekday with the day it is relative to and the part of the day: "بعد ظهر أمس الأحد",
    # "يوم أمس الجمعة", "أول أمس الأربعاء", "الأحد المقبل".
    # (and "أمس الأول", the day before yesterday too, written after "أمس": "مساء أمس الأول السبت")
    rf"(?<![{_AR}])(?:(?:مساء|صباح|فجر|ظهر|بعد\s+ظهر|ليلة)\s+)?(?:(?:يوم\s+)?(?:أول\s+)?[وب]?(?:أمس(?:\s+الأول)?|الأمس|غدا|غداً|اليوم)\s+)?"
    rf"(?:[وبف]?يوم\s+)?[وبف]?(?:{_AR_DAYS})(?![{_AR}])(?:\s+(?:الماضي|المقبل|القادم|المنصرم))?",
    # A day and a month: "24 مارس 2011", "التاسع من يوليو 2011", "15 أيار / مايو".
    rf"(?:(?<![{_AR}])(?:{_AR_DAYS})،?\s+(?:الموافق\s+)?)?{_AR_NUM}{{1,2}}\s+(?:من\s+)?(?:شهر\s+)?(?:{_AR_MONTH}|{_AR_HIJRI})"
    rf"(?:\s+(?:عام\s+|سنة\s+)?{_AR_NUM}{{4}}|\s+(?:الجاري|الماضي|المقبل|القادم))?",
    rf"(?<![{_AR}])(?:{_AR_ORDINAL_DAY})\s+من\s+(?:شهر\s+)?(?:{_AR_MONTH}|{_AR_HIJRI})"
    rf"(?:\s+(?:عام\s+|سنة\s+)?{_AR_NUM}{{4}}|\s+(?:الجاري|الماضي|المقبل|القادم))?",
    # A clock time: "في الساعة العاشرة صباحا", "الساعة 8:30 مساء".
    rf"(?<![{_AR}])(?:في\s+)?الساعة\s+(?:{_AR_HOUR}|{_AR_NUM}{{1,2}}(?:[:.]{_AR_NUM}{{2}})?)(?![{_AR}])"
    rf"(?:\s+و(?:النصف|الربع|{_AR_NUM}+\s+دقيقة))?(?:\s+(?:من\s+)?(?:{_AR_DAYPART}))?",
    # "بعد يومين من", "قبل 3 أسابيع": a date counted from another (a bare "بعد شهر" only places an event,
    # and "يوما بعد يوم" is "day after day").
    # ("وبعد": "and" glued on; "ستّ": a shadda on the count)
    rf"(?<![{_AR}])[وف]?(?:بعد|قبل)\s+(?:يومين|أسبوعين|شهرين|عامين|سنتين|ساعتين)(?![{_AR}])",
    rf"(?<![{_AR}])[وف]?(?:بعد|قبل)\s+(?:نحو\s+|حوالي\s+)?(?:{_AR_COUNT})[\u064b-\u0652]*\s+"
    rf"(?:أيام|أسابيع|أشهر|شهور|سنوات|أعوام|ساعات)(?![{_AR}])",
    # A month with a word of time or a year: "في مارس", "منتصف أيار / مايو", "ديسمبر الماضي".
    # ("وشهر ديسمبر": "and" glued to the word before the month)
    rf"(?<![{_AR}])[وف]?(?:(?:في|شهر|شهري|منذ|حتى|مطلع|بداية|نهاية|أواخر|أوائل|منتصف|خلال)\s+)(?:شهر\s+|شهري\s+)?{_AR_MONTH}"
    rf"(?:\s+و{_AR_MONTH})?"
    rf"(?:\s+(?:الماضي|المقبل|القادم|الجاري|(?:عام\s+|سنة\s+)?{_AR_NUM}{{4}}))?",
    rf"(?<![{_AR}])[وب]?{_AR_MONTH}\s+(?:الماضي|المقبل|القادم|الجاري|(?:عام\s+|سنة\s+)?{_AR_NUM}{{4}})",
    rf"(?<![{_AR}])[وفب]?(?:شهر\s+)?(?:رمضان|عيد\s+الفطر|عيد\s+الأضحى)",
    # ("40 رحلة في اليوم الواحد": a rate per day, no date)
    # ("أمس الأول", the day before yesterday: one date, not yesterday)
    rf"(?:(?:صباح|مساء|ظهر|بعد\s+ظهر|فجر|ليلة)\s+)?(?<![{_AR}])[وب]?(?:الأمس|أمس(?:\s+الأول)?|اليوم|غدا|غداً|الليلة)(?![{_AR}])"
    r"(?!\s+الواحد(?![\u0621-\u064a]))",
    r"(?:مطلع|بداية|نهاية|أواخر|أوائل|منتصف)\s+(?:العام|الشهر|الأسبوع|القرن)(?:\s+(?:الجاري|الماضي|المقبل))?",
    # This, last and next year, month or week: "هذا العام", "بالسنة الماضية", "الأسبوع المقبل".
    rf"(?<![{_AR}])(?:هذا|هذه)\s+(?:العام|السنة|الشهر|الأسبوع)(?![{_AR}])",
    # (and the previous one, "العام السابق"; a league's season, "الموسم الماضي", which sports copy dates by)
    rf"(?<![{_AR}])[وبلف]?(?:ال|لل)(?:عام|سنة|شهر|أسبوع|موسم)\s+"
    rf"(?:الماضي|الماضية|المقبل|المقبلة|القادم|القادمة|الجاري|الجارية|الحالي|الحالية|المنصرم|المنصرمة|السابق|السابقة)"
    # (and the year it names, Hijri or Gregorian, written after it: "في العام المنصرم 1431", "العام الماضي 2012")
    # (a year's shape only, Hijri 13xx-14xx or Gregorian: "العام الماضي 1500 حادث" is a count after it)
    # ("1435 حادثا" with its noun is a count)
    rf"(?![{_AR}])(?:\s+(?:1[349]|20|١[٣٤٩]|٢٠){_AR_NUM}{{2}}(?![\d٠-٩])(?:\s*هـ|ه(?![{_AR}]))?"
    rf"(?!\s+(?!(?:[وبلف]|ال|من|على|عن|إلى|الى|حتى|خلال|منذ|هـ|ه(?![{_AR}])))[{_AR}]{{2}}))?",
    # A quarter of a year, as results are reported: "خلال الربع الثالث من العام الحالي", "في الربع الأول من 2015";
    # a half of one only with the year it halves ("النصف الأول من العام"), a match has halves too.
    rf"(?<![{_AR}])[وبلف]?(?:ال|لل)ربع\s+(?:الأول|الثاني|الثالث|الرابع|الأخير)(?![{_AR}])"
    rf"(?:\s+من\s+(?:(?:ال|هذا\s+ال)(?:عام|سنة)(?:\s+(?:الحالي|الحالية|الجاري|الجارية|الماضي|الماضية|المالي|المقبل))?"
    rf"|(?:عام\s+)?{_AR_NUM}{{4}}))?",
    rf"(?<![{_AR}])[وبلف]?(?:ال|لل)نصف\s+(?:الأول|الثاني)\s+من\s+(?:(?:ال|هذا\s+ال)(?:عام|سنة)"
    rf"(?:\s+(?:الحالي|الحالية|الجاري|الجارية|الماضي|الماضية|المالي|المقبل))?|(?:عام\s+)?{_AR_NUM}{{4}})",
    rf"(?<![{_AR}])[وفب]?(?:ال)?(?:عشرينات|ثلاثينات|أربعينات|خمسينات|ستينات|سبعينات|ثمانينات|تسعينات)",
    # A numeric date, day first as Arabic copy writes it: "بتاريخ 24/08/2016", "في 1.11.2022".
    # (each behind the digits or the two first digits of a year its every match holds: most sentences hold none)
    Around(
        r"(?<![\d٠-٩./])[0-9٠-٩]{1,2}[./][0-9٠-٩]{1,2}[./](?:[0-9٠-٩]{4}|[0-9٠-٩]{2})(?![\d٠-٩./])", needs=_AR_DIGIT
    ),
    Around(r"(?<![\d٠-٩])(?:19|20)[0-9]{2}(?![\d٠-٩])", needs=("19", "20")),
    # "منذ عشرة أيام", "قبل 3 سنوات" (ago) are dates; a duration ("لمدة 3 أشهر") is a figure.
    rf"(?<![{_AR}])(?:منذ|قبل)\s+(?:نحو\s+|حوالي\s+|قرابة\s+)?(?:{_AR_COUNT})\s+(?:أيام|أسابيع|أشهر|شهور|سنوات|أعوام|ساعات|عقود)",
    rf"(?<![{_AR}])(?:منذ|قبل)\s+(?:نحو\s+|حوالي\s+)?(?:يومين|أسبوعين|شهرين|عامين|سنتين|ساعتين|عام|سنة|شهر|أسبوع)(?![{_AR}])",
    r"عام\s+[٠-٩0-9]{4}",
    # A year in words: "لألفين واثنين وعشرين", "عام ألفين وعشرة".
    rf"(?<![{_AR}])[لبو]?(?:(?:عام|سنة)\s+(?:ألفين|الفين)(?:\s+و(?:{_AR_UNITS_WORD}))?(?:\s+و(?:{_AR_TENS_WORD}))?"
    rf"|(?:ألفين|الفين)(?:\s+و(?:{_AR_UNITS_WORD}))?\s+و(?:{_AR_TENS_WORD}))(?![{_AR}])",
    r"في\s+(?:الثالثة|الرابعة|الخامسة|السادسة|الثانية|الواحدة|العاشرة)\s+(?:فجراً|فجرا|صباحاً|مساءً)",
]

# ---------------------------------------------------------------- Hebrew
_HE = "\u0590-\u05ff"
_HE_DAYS = "ראשון|שני|שלישי|רביעי|חמישי|שישי"
_HE_MONTHS = "ינואר|פברואר|מרץ|מרס|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר"
_HE_CENTURY = (
    "הראשונה|השנייה|השנייה|השלישית|הרביעית|החמישית|השישית|הששית|השביעית|השמינית|התשיעית|העשירית"
    "|האחת[ -]עשרה|השתים[ -]עשרה|העשרים(?:\\s+ואחת)?|ה[-־]?\\d{1,2}"
)
HE: list[str | Around] = [
    rf"(?:מאז\s+|עד\s+)?(?<![{_HE}])ו?[בל]?יום\s+(?:{_HE_DAYS})(?![{_HE}])(?:\s+(?:הבא|שעבר|האחרון|הקרוב))?"
    r"(?:\s+(?:בבוקר|בערב|בלילה|בצהריים|אחר\s+הצהריים))?",
    rf"(?<![{_HE}])[ובל]{{0,2}}(?:(?:ערבי|ערב|מוצאי)\s+)?שבת(?:ות)?(?![{_HE}])",
    rf"(?:מאז\s+|עד\s+)?(?<![{_HE}])[ובל]?יום\s+[אבגדהו]['\u05f3](?![{_HE}])",  # "ביום ו'": a weekday by its letter
    r"(?<![\d.])\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?![\d.])",  # a numeric date: "1.11.2022", "15/03/23"
    # a holiday names a date (not שבועות, which is also "weeks")
    rf"(?<![{_HE}])[ובלמ]{{0,2}}(?:(?:ערב|חג|מוצאי|חול\s+המועד)\s+)?(?:ה)?(?:ראש\s+השנה|יום\s+(?:ה)?כיפור(?:ים)?|סוכות|"
    rf"חנוכה|פורים|פסח|יום\s+העצמאות|יום\s+הזיכרון|יום\s+השואה|תשעה\s+באב|ל[\"\u05f4]ג\s+בעומר|"
    rf"ט[\"\u05f4]ו\s+בשבט|שמחת\s+תורה|הרמדאן|רמדאן|חג\s+המולד)(?![{_HE}])",
    rf"(?<![{_HE}])[ובלמה]{{0,2}}(?:שבוע|חודש|שנה)\s+(?:הבא|הבאה|שעבר|שעברה|הקודם|הקודמת)(?![{_HE}])",
    # A day, a month and a year: "ב-31 באוקטובר 2001", "ה-26 בינואר 1984", "1 בינואר 2012".
    rf"(?<![{_HE}\d])(?:[בהלמו][-־]?)?\d{{1,2}}\s+[בל]?(?:{_HE_MONTHS})(?![{_HE}])(?:\s+\d{{4}})?",
    rf"(?<![{_HE}])[בלו]?(?:{_HE_MONTHS})(?![{_HE}])(?:\s+אשתקד|\s+\d{{4}})?",
    # a clock time is a valid one: "85:79" is a score
    Around(
        r"(?:בשעות\s+)?(?<!\d)(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)(?:\s+עד\s+(?:[01]?\d|2[0-3]):[0-5]\d(?!\d))?",
        needs=(":",),  # (behind the colon it holds)
    ),
    r"[בל]?סוף\s+השבוע",
    rf"(?<![{_HE}])[בל]?(?:תחילת|אמצע|סוף|מחצית)\s+(?:השבוע|החודש|השנה|שנות\s+ה\S+|{_HE_MONTHS}|\d{{4}})(?![{_HE}])",
    rf"(?<![{_HE}])[בו]?שעה\s+\d{{1,2}}(?::\d\d)?(?:\s+(?:בבוקר|בערב|בלילה|בצהריים))?",
    rf"(?<![{_HE}])[ב]?שנות\s+ה\S+",  # ("פרשנות הולמת": not the end of a longer word)
    # A year after "שנת"/"השנים", also one of fewer than four digits: "בשנת 404", "בשנת 1220 לפנה"ס".
    rf"(?<![{_HE}])[בלמו]?(?:שנת|השנים|משנת)\s+\d{{1,4}}(?!\d)(?:\s+לפנה[\"״]ס|\s+לספירה)?",
    # A century: "המאה החמישית", "למאה הששית", "המאה ה-19".
    rf"(?<![{_HE}])[בלמו]?ה?מאה\s+(?:{_HE_CENTURY})(?![{_HE}])",
    # "לפני שלוש שנים", "לפני 10 ימים" (ago).
    rf"(?<![{_HE}])לפני\s+(?:כ[-־]?)?(?:\d+|\S+)\s+(?:שנים|ימים|חודשים|שבועות|שעות)(?![{_HE}])",
    rf"(?<![{_HE}])לפני\s+(?:שנה|שנתיים|חודש|חודשיים|שבוע|שבועיים|יומיים)(?![{_HE}])",
    # "עד היום" is "to this day", no date of the report; "לשעות הערב" a time of day; "סדר היום" the agenda
    r"(?<!עד\s)(?<!שעות\s)(?<!סדר\s)(?<![\u0590-\u05ff])[וה]?(?:היום|אתמול|מחר|הלילה|השבוע|החודש|השנה|בשבוע\s+שעבר|בשנה\s+שעברה)(?![\u0590-\u05ff])"
    r"(?:\s+(?:בבוקר|בערב|בלילה|בצהריים|אחר\s+הצהריים))?",
    r"(?<![\u0590-\u05ff])[ו]?(?:הבוקר|אמש|שלשום|מחרתיים|בחודש\s+שעבר|בשבוע\s+הבא|בשנה\s+הבאה)(?![\u0590-\u05ff])",
    # Last year, alone ("לעומת 17% אשתקד"); after a month it is part of that date ("בינואר אשתקד").
    rf"(?<![{_HE}])ו?אשתקד(?![{_HE}])",
    # The last year, the recent years ("בשנה האחרונה", "בשנים האחרונות", "בעשור האחרון"), as English "in recent
    # years"; not the last year OF something ("בשנה האחרונה לעבודתה", "למלחמה", "בחודש האחרון של ההריון"): a
    # word after ל that ends as an owned noun or a noun of its own, not "לא" or "לשימוש" ("חזר בעשור האחרון לשימוש").
    rf"(?<![{_HE}])ו?[במ]?ה?(?:שנה|שנים|חודש|חודשים|שבוע|שבועות|עשור|עשורים|שנתיים|חודשיים|שבועיים)\s+"
    rf"ה(?:אחרונה|אחרונים|אחרונות|אחרון)(?![{_HE}])(?!\s+(?:של\s|ל[{_HE}]*[והםן](?![{_HE}])))",
    Around(r"(?<![\d])(?:19|20)\d\d(?![\d])", needs=("19", "20")),  # (behind the first two digits it holds)
]

PATTERNS: dict[str, list[str | Around]] = {"en": EN, "da": DA, "ar": AR, "he": HE}

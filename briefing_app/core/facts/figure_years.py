"""Years before 1900, which the number reader leaves as numbers ("in 1890,", "the 1848 revolution", "120 AD"),
and clock times written with a stop ("at 10.30 on Tuesday").
Split out of `figures`."""

from __future__ import annotations

import re

from briefing_app.core.numbers import NumberMatch

# Words after which a bare three- or four-digit number is a year: "in 1890", "siden 1750", "عام 1850", "בשנת 1492".
_YEAR_BEFORE = re.compile(
    r"(?:\b(?:in|since|until|till|circa|c\.|year|i|siden|året|indtil)|(?<!\S)(?:عام|العام|سنة|منذ|בשנת|מאז|עד))\s+$",
    re.IGNORECASE,
)


# An era after a year ("120 AD", "43 BC", "300 CE", "200 f.Kr."), and "the years" before one or a pair of years.
_ERA_AFTER = re.compile(r"\s*(?:AD|BC|BCE|CE|A\.D\.|B\.C\.|e\.\s?Kr\.|f\.\s?Kr\.)(?!\w)")
_YEARS_BEFORE = re.compile(
    r"(?:\b(?:the\s+years?|årene|året)|(?<!\S)[ובלמ]?(?:השנים|שנת))\s+"
    r"(?:[0-9]{3,4}\s+(?:and|to|or|og|til|ו?עד|-|–)\s+(?:שנת\s+)?)?$",
    re.IGNORECASE,
)


# A noun of year before an Arabic or Hebrew year, with its clitics ("لعام 1445", "للعام", "בשנת").
# (with a preposition or "and" glued to the Arabic word: "لعام 1445", "للعام", "وسنة")
_YEAR_NOUN_BEFORE = re.compile(r"(?:^|\s)(?:[وبلف]?(?:عام|العام|سنة|السنة)|للعام|للسنة|בשנת)\s+$")


_OLDER_YEAR_RE1 = re.compile(r"[0-9]{1,4}(?:\s*(?:-|–|to|til)\s*[0-9]{1,4})?")
_OLDER_YEAR_RE2 = re.compile(r"1[0-8]\d\d")
_OLDER_YEAR_RE3 = re.compile(r"[0-9\u0660-\u0669]{3,4}")


def older_year(text: str, n: NumberMatch) -> bool:
    """A year before 1900 (the number reader takes 1900-2100 for years): a bare 3-4 digit number after
    "in", "since", "عام", "בשנת" with no noun after it ("arrived in 615,", "built in 1890."), or a bare
    four-digit one after an English article (English writes a count of thousands with a comma: "the 1848
    revolution", "an 1824 victory", not "the 1,848 workers"). Also any year marked by its era after it ("120
    AD", "43 BC", "200 f.Kr.") or by "the years" before it ("between the years 310 and 420")."""
    if n.currency is None and not n.spelled and _OLDER_YEAR_RE1.fullmatch(n.text):
        if _ERA_AFTER.match(text, n.end) or _YEARS_BEFORE.search(text[max(0, n.start - 40) : n.start]):
            return True
    if (
        _OLDER_YEAR_RE2.fullmatch(n.text)
        and n.currency is None
        and n.value_max is None
        and re.search(r"\b(?:the|an|a|this|that)\s+$", text[max(0, n.start - 6) : n.start], re.IGNORECASE)
        and re.match(r"\s+[a-z]", text[n.end :])
    ):
        return True
    return (
        n.kind == "number"
        and not n.spelled
        and n.currency is None
        and n.value_max is None
        and _OLDER_YEAR_RE3.fullmatch(n.text) is not None
        and 100 <= n.raw < 1900
        and (
            _YEAR_NOUN_BEFORE.search(text[max(0, n.start - 12) : n.start]) is not None
            or (
                _YEAR_BEFORE.search(text[max(0, n.start - 12) : n.start]) is not None
                and re.match(r"\s*(?:$|[^\w\s%٪]|(?:and|og|when|after|before|[A-ZÆØÅ])\b)", text[n.end :]) is not None
                # (not a count with its share in brackets: "incumbents ran in 195 (67.9 percent) of those races")
                and re.match(r"\s*\(\s*[\d.,]+\s*(?:%|percent|per\s+cent)", text[n.end :]) is None
            )
        )
    )


# A clock time written with a full stop (British: "at 10.30 on Tuesday", "from 9.15am"): hours, a stop, two digits of
# minutes, after a preposition of time and before a word of the day or time (not "closed at 10.30p", a price).
_DOTTED_TIME = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
_TIME_LEAD = re.compile(r"\b(?:at|from|until|till|by|before|after|around|about|between|and|to)\s+$", re.IGNORECASE)
_TIME_TAIL = re.compile(
    r"\s*(?:[ap]\.?m\b\.?|hrs\b|GMT\b|BST\b|CET\b|local\s+time\b|o'clock\b|on\s+(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)\b|(?:this|that|tomorrow|on\s+\w+)\s+(?:morning|afternoon|evening|night)\b|"
    r"(?:today|tonight|tomorrow|yesterday)\b)"
)


def dotted_clock_time(text: str, n: NumberMatch) -> bool:
    """Whether a number is a clock time written with a stop ("at 10.30 on Tuesday", "until 7.45pm"): a date, no
    figure."""
    return (
        n.currency is None
        and n.value_max is None
        and _DOTTED_TIME.fullmatch(n.text) is not None
        and _TIME_LEAD.search(text[max(0, n.start - 12) : n.start]) is not None
        and _TIME_TAIL.match(text, n.end) is not None
    )


# A clock time in the Kuwait News Agency's way of writing decimals ("من الساعة 00ر10 صباحا حتى 00ر6 من مساء
# اليوم"): minutes, the letter ر, then hours, which `numbers` reads as a decimal (4.00). Minutes of "00" are a time,
# as no decimal is written with a fraction of zeros; other minutes only right after "الساعة".
_RA_TIME = re.compile(r"([0-5]\d)ر(?:[01]?\d|2[0-3])")
_RA_TIME_LEAD = re.compile(r"(?<![\u0621-\u064a])(?:[وب]?ال|ل)ساعة\s*$")


def ra_clock_time(text: str, n: NumberMatch) -> bool:
    """Whether an Arabic number is a clock time written "00ر4" (4 o'clock): a date, no figure."""
    if n.currency is not None or n.value_max is not None or n.spelled:
        return False
    m = _RA_TIME.fullmatch(n.text)
    if m is None:
        return False
    return m.group(1) == "00" or _RA_TIME_LEAD.search(text[max(0, n.start - 12) : n.start]) is not None


# A clock time in four digits, as agencies and British papers write it ("at 1451 GMT", "by 0800 local time", "(1900
# GMT)", "from 2200 to 0600 hours"): hours and minutes, then a time zone or "hours", or a second such time that has
# one. A date, no figure.
_FOUR_DIGIT_TIME = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_ZONE = (
    r"(?:GMT|BST|UTC|CET|CEST|EET|EEST|EST|EDT|CST|CDT|PST|PDT|ET|PT|IST|JST|AEST|AEDT|MSK|Zulu|hrs|hours|h|"
    r"local(?:\s+time)?|(?:[A-Z][a-z]+\s+){1,2}time)\b"
)
_ZONE_AFTER = re.compile(rf"\s*{_ZONE}")
_HOURS = re.compile(r"\s*(?:hrs|hours|h)\b")  # "1500 hours of community service": only after "at", "by" ...
_SECOND_TIME = re.compile(rf"\s*(?:to|and|until|till|-|–)\s*(?:[01]\d|2[0-3])[0-5]\d\s*{_ZONE}")


def four_digit_clock_time(text: str, n: NumberMatch) -> bool:
    """Whether a number is a clock time in four digits with its zone ("at 1451 GMT", "2300 local time"): a date, no
    figure."""
    if n.currency is not None or n.value_max is not None or n.spelled or not _FOUR_DIGIT_TIME.fullmatch(n.text):
        return False
    if _SECOND_TIME.match(text, n.end):
        return True
    zone = _ZONE_AFTER.match(text, n.end)
    led = _TIME_LEAD.search(text[max(0, n.start - 12) : n.start]) is not None
    return zone is not None and (not _HOURS.match(text, n.end) or led)


# A Danish number of a year's shape that counts the noun after it ("opnå 2000 point", "har nu 2002 point", "med 1900
# deltagere"): a verb, an adverb or a preposition of amount before it, a noun after it; not a year after "i", "siden",
# "fra" or a month ("i 2019 kom", "siden 2002 har"), nor after "fra og med", "til og med" ("from and including": "Fra og
# med 2005 gives ...", a year the clause starts or ends at).
_DA_AMOUNT_BEFORE = re.compile(
    r"(?:^|\s)(?:opnå|opnået|opnåede|nå|når|nåede|har|havde|fik|får|scorede|samlede|tjente|solgte|købte|(?<!og\s)med|nu|op\s+på|"
    r"cirka|ca\.|omkring|knap|godt|næsten|over|under|mere\s+end|mindre\s+end|hele|blot|kun|alt|alle)\s+$",
    re.IGNORECASE,
)
_DA_COUNTED_AFTER = re.compile(r"\s+([a-zæøå]{3,})\b")
_DA_NOT_COUNTED = {"år", "året", "og", "eller", "til", "var", "blev", "bliver", "er", "har", "havde", "kom", "for", "i",
                   "på", "med", "som", "der", "da", "hvor", "men", "januar", "februar", "marts", "april", "maj", "juni",
                   "juli", "august", "september", "oktober", "november", "december", "sæsonen", "udgaven"}  # fmt: skip


def danish_counted_year_shape(text: str, n: NumberMatch) -> bool:
    """Whether a Danish number read as a year is a count of the noun after it ("opnå 2000 point")."""
    noun = _DA_COUNTED_AFTER.match(text, n.end)
    if noun is None or noun.group(1) in _DA_NOT_COUNTED or not _DA_AMOUNT_BEFORE.search(text[: n.start]):
        return False
    return not noun.group(1).endswith(("ede", "te")) or noun.group(1).endswith("ter")  # "2002 startede": a verb


def danish_year_then_verb(text: str, n: NumberMatch) -> bool:
    """Whether a Danish number of a year's shape after an approximation ("omkring 2017 valgte kommunen at ...") is
    the year: no round count (a count approximated is round, "omkring 2000 blev anholdt") and a verb or a function
    word after it, no noun it counts."""
    if not (1900 <= n.raw <= 2099) or n.raw % 10 == 0:
        return False
    word = _DA_COUNTED_AFTER.match(text, n.end)
    if word is None:
        return False
    verb = word.group(1).endswith(("ede", "te")) and not word.group(1).endswith("ter")
    return verb or word.group(1) in _DA_NOT_COUNTED


# A Danish change by an amount, or a noun of change "på" an amount, right before a number of a year's shape: "er
# faldet med cirka 2000", "steget med godt 2000", "en tilbagegang på 1950": the size of the change, no year (a
# year would follow "i", "siden" or "fra": "steget siden 2000").
_DA_CHANGED_BY = re.compile(
    r"(?:^|\s)(?:(?:steget|faldet|steg|faldt|stiger|falder|vokset|voksede|vokser|øget|øgede|forøget|reduceret|"
    r"reducerede|mindsket|dalet|dalede|skrumpet)\s+med|(?:stigning|fald|tilbagegang|fremgang|nedgang|tilvækst|"
    r"tilgang|afgang)\s+på)\s+(?:(?:cirka|ca\.|godt|knap|næsten|omkring|over|under|mere\s+end|mindre\s+end)\s+)?$",
    re.IGNORECASE,
)


def danish_changed_by_year_shape(text: str, n: NumberMatch) -> bool:
    """Whether a Danish number read as a year is the amount of a change ("faldet med cirka 2000")."""
    return _DA_CHANGED_BY.search(text[max(0, n.start - 60) : n.start]) is not None


# A day and a year with no space after the comma, as hurried copy writes a date ("for the period ending September
# 30,2019"): the number reader takes "30,2019" for one number; after a month's name it is a date, no figure.
_GLUED_DAY_YEAR = re.compile(r"(?:[1-9]|[12]\d|3[01]),(?:1[89]|20)\d\d")
_MONTH_NAME_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]*|\.)\s+$", re.IGNORECASE
)


def glued_day_year(text: str, n: NumberMatch) -> bool:
    """Whether a number is a day and a year glued by a comma after a month ("September 30,2019"): a date."""
    return (
        n.currency is None
        and _GLUED_DAY_YEAR.fullmatch(n.text) is not None
        and _MONTH_NAME_BEFORE.search(text[max(0, n.start - 12) : n.start]) is not None
    )

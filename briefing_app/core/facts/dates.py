"""Dates and times as the article writes them: "Monday", "early Monday", "the weekend", "14. oktober".

Kept as written (no calendar arithmetic): a briefing reader needs to see what the article said, and
"Monday" relative to an unknown publication date cannot be resolved honestly. One expression gives
one date: every pattern of `date_patterns.py` is tried and the longest match wins, then dates that
the text joins into one ("from April 28 until May 4", "8 p.m. on May 4", "Friday, December 12") are
joined, and years that are part of a name ("Miss World 2012", "IT Rules-2011") are dropped.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from briefing_app.core.facts.date_patterns import PATTERNS, Around
from briefing_app.core.facts.gated import Gated
from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.orgs import EN_TAIL
from briefing_app.core.numbers import HE_CURRENCY_AFTER

# What may stand between two English dates that make one: a range ("to", "until", "-"), a time on
# a day ("8 p.m. on May 4", "the early hours of 11 February", "on 30 May at noon"), a weekday and its date ("Friday,
# December 12"). A list of years ("2009 and 2010") stays two dates, as a reader counts them.
_EN_JOIN = re.compile(r"\s*(?:[-–—]|\b(?:to|until|till|through|on|of|at)\b)\s*|\s*,?\s*", re.IGNORECASE)
_EN_RANGE_START = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_EN_WEEKDAY_END = re.compile(r"(?:day|morning|afternoon|evening|night|[ap]\.?m\.?)$", re.IGNORECASE)
_FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+)?$", re.IGNORECASE)
_LAST_OR_PAST = re.compile(r"(?:the\s+)?(?:last|past)\s", re.IGNORECASE)
_BARE_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
_TIME_WORDS = frozenset(
    "in on at by of since until till from before after during between and or to the this last next early late mid "
    "pre post end start beginning middle spring summer autumn fall winter christmas".split()
)
_EN_MONTH_OR_DAY = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$"
)
_QUANTITY_BEFORE = re.compile(
    r"\b(?:over|more\s+than|fewer\s+than|less\s+than|about|around|some|nearly|almost|approximately|roughly|"
    r"at\s+least|up\s+to|than)\s+$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Compiled:
    core: Gated
    left: re.Pattern[str] | None
    required: bool
    needs: tuple[str, ...]


_LEFT_WINDOW = 40  # characters before a match that its `left` words may take


@functools.cache
def _compiled(lang: str) -> list[_Compiled]:
    flags = re.IGNORECASE if lang in ("da",) else 0
    out = []
    for p in PATTERNS.get(lang, []):
        around = p if isinstance(p, Around) else Around(p)
        left = re.compile(rf"\b(?:{around.left})\Z", flags) if around.left else None
        # (gated: a pattern runs only on a sentence holding one of the literal words its every match holds; the
        # Arabic and Hebrew patterns state no `needs`, and most sentences hold no month or weekday)
        core = around.core.translate(_AR_BARE_ALEF) if lang == "ar" else around.core
        out.append(_Compiled(Gated(core, flags), left, around.required, around.needs))
    return out


# Arabic copy often leaves the hamza off an alef ("الاسبوع المقبل", "ايار", "امس الاحد", as Al-Hayat and many
# Gulf sites print them): the Arabic patterns and the sentence are matched with every alef bare, one letter for one,
# so the offsets stay those of the sentence as written.
_AR_BARE_ALEF = str.maketrans({"أ": "ا", "إ": "ا"})  # (not the madda: "آب" is August, "أبو" no month)


def _matches(text: str, pattern: _Compiled) -> list[tuple[int, int]]:
    out = []
    for m in pattern.core.finditer(text):
        start = m.start()
        if pattern.left is not None:
            window = max(0, start - _LEFT_WINDOW)
            left = pattern.left.search(text, window, start)
            if left is not None and left.start() < start:
                start = left.start()
            elif pattern.required:
                continue
        if m.end() > start:
            out.append((start, m.end()))
    return out


def _longest_spans(text: str, patterns: list[_Compiled]) -> list[tuple[int, int]]:
    """Every pattern's matches; of overlapping ones the longest (then the first) wins."""
    lower = text.lower()
    tried = [p for p in patterns if not p.needs or any(map(lower.__contains__, p.needs))]
    found = [span for p in tried for span in _matches(text, p)]
    found.sort(key=lambda span: (span[0] - span[1], span[0]))
    chosen: list[tuple[int, int]] = []
    for start, end in found:
        if not any(a < end and start < b for a, b in chosen):
            chosen.append((start, end))
    return sorted(chosen)


def _year_in_a_name(text: str, start: int, end: int) -> bool:
    """A bare year that names something rather than dates it: "Miss World 2012", "IT Rules-2011",
    "2004 YD5" (a code after it), "over 2000 prisoners" (a count)."""
    if not _BARE_YEAR.fullmatch(text[start:end]):
        return False
    before = text[:start]
    glued = re.search(r"([A-Za-z]+)[-–]$", before)
    if (glued and glued.group(1).lower() not in _TIME_WORDS) or re.match(r"\s+(?=\S*\d)[A-Z0-9]{2,}\b", text[end:]):
        return True
    if _QUANTITY_BEFORE.search(before):
        return True
    if re.match(r"\s*(?:GMT|UTC|hours|hrs|local\s+time)\b", text[end:]):
        return True  # "(1908 GMT)": a clock time of the 24-hour day written without its colon
    words = before.split()
    if len(words) < 2:  # the first word of a sentence is capitalised anyway
        return False
    previous = words[-1].lstrip("[(\"“‘'")  # ("[Euro 2016 final]": the bracket is the writer's)
    return (
        previous[:1].isupper()
        and previous.isalpha()
        and previous.lower() not in _TIME_WORDS
        and not _EN_MONTH_OR_DAY.match(previous)
    )


# A month and a day that name a body after "the" ("the February 14 Youth Coalition", "the April 6 Youth
# Movement", "the September 11 Commission"): capitalised words right after the day make it a name.
_DATE_NAMING = re.compile(r"[A-Z][a-z]+\s+\d{1,2}")


def _date_in_a_name(text: str, start: int, end: int) -> bool:
    """(Only a body's name: "the March 11 Fukushima disaster" dates the disaster.)"""
    run = re.match(r"(?:\s+[A-Z][a-z]+){1,4}", text[end:])
    return (
        _DATE_NAMING.fullmatch(text[start:end]) is not None
        and re.search(r"\b[Tt]he\s+$", text[:start]) is not None
        and run is not None
        and run.group(0).split()[-1] in EN_TAIL
    )


def _a_duration(text: str, start: int, end: int) -> bool:
    """A duration without a number ("for the last decade", "for the past year") says how long, not when."""
    return bool(_FOR_BEFORE.search(text[:start]) and _LAST_OR_PAST.match(text[start:end]))


def _join_english(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Dates the text joins into one expression, and "from"/"between" before a range."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out:
            prev_start, prev_end = out[-1]
            gap = text[prev_end:start]
            comma_only = gap.strip() == ","
            if _EN_JOIN.fullmatch(gap) and (not comma_only or _EN_WEEKDAY_END.search(text[prev_start:prev_end])):
                joined_start = prev_start
                ranged = _EN_RANGE_START.search(text[:prev_start])
                if ranged and gap.strip().lower() in ("-", "–", "—", "to", "until", "till", "through", "and"):
                    joined_start = ranged.start()
                out[-1] = (joined_start, end)
                continue
        out.append((start, end))
    return out


def date_spans(text: str, language: str) -> list[tuple[int, int]]:
    """(start, end) of every date expression in one sentence, in order. Figures can use it: a number
    inside a date ("May 2, 3, and 4", "12 hours prior", "בשנת 640") is part of the date, not a figure."""
    lang = language.split("-")[0].lower()
    spans = _longest_spans(text.translate(_AR_BARE_ALEF) if lang == "ar" else text, _compiled(lang))
    if lang == "en":
        spans = [
            (a, b)
            for a, b in spans
            if not _year_in_a_name(text, a, b) and not _a_duration(text, a, b) and not _date_in_a_name(text, a, b)
        ]
        spans = _join_english(text, spans)
    if lang == "ar":  # ("وقال X لـ«اليوم»:": a word alone in quote marks is a name, the paper's, no date)
        spans = [
            (a, b) for a, b in spans if not (a > 0 and text[a - 1] in "«\"“" and text[b : b + 1] in ("»", "\"", "”"))
        ]
    if lang == "he":  # ("משלמת 2000 שקל": a sum whose digits read as a year, its currency after it)
        spans = [
            (a, b) for a, b in spans if not (_BARE_YEAR.fullmatch(text[a:b]) and HE_CURRENCY_AFTER.match(text[b:]))
        ]
    return spans


def find_dates(sentences: list[SourceSentence], language: str) -> list[Fact]:
    """Date and time expressions, longest first, one fact per mention."""
    out: list[Fact] = []
    for s in sentences:
        for start, end in date_spans(s.text, language):
            if _RECURRING.search(s.text[:start]):
                continue  # "events every weekend", "hver mandag": a time that recurs, no date of the story
            if _in_a_quoted_title(s.text, start, end):
                continue  # 'the single "Manic Monday"', 'Sangen "September 11"': a work's title, no date
            out.append(Fact("date", s.text[start:end].strip(), s.index))
    return out


_RECURRING = re.compile(r"\b(?:[Ee]very|[Ee]ach|[Hh]ver|[Hh]vert)\s+$")


# A work's title in quote marks right after the noun of the work ('the single "Manic Monday"', 'their hit "Sunday
# Girl"', 'Sangen "September 11"', 'albummet "Juni"'): a date inside it is a word of the title.
_WORK_BEFORE_QUOTE = re.compile(
    r"\b(?:(?:[Ss]ongs?|[Ss]ingles?|[Aa]lbums?|[Hh]its?|[Tt]racks?|[Ff]ilms?|[Mm]ovies?|[Bb]ooks?|[Nn]ovels?|[Pp]lays?|"
    r"[Mm]usicals?|[Pp]oems?|[Ss]how|[Ss]eries|[Ee]pisode|[Bb]allad|[Aa]nthem|[Vv]ideo)|"
    r"(?:[Ss]ang(?:en)?|[Ss]inglen?|[Aa]lbum(?:met)?|[Hh]ittet|[Nn]ummeret|[Ff]ilm(?:en)?|[Bb]og(?:en)?|[Rr]oman(?:en)?|"
    r"[Ss]tykket|[Dd]igtet|[Ss]erien|[Aa]fsnittet|[Mm]usicalen|[Vv]ideoen))\s*[,:]?\s*[\"“”„«‘']$"
)
_QUOTE_MARKS = "\"“”„«»‘’'"


def _in_a_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands inside quote marks opened right after the noun of a work (a song, a film,
    a book), closed after it within a few words."""
    opening = max(text.rfind(q, 0, start) for q in _QUOTE_MARKS)
    if opening < 0 or any(q in text[opening + 1 : start] for q in _QUOTE_MARKS):
        return False
    closing = min((i for i in (text.find(q, end) for q in _QUOTE_MARKS) if i >= 0), default=-1)
    if closing < 0 or len(text[opening + 1 : closing].split()) > 8:
        return False
    return _WORK_BEFORE_QUOTE.search(text[: opening + 1]) is not None

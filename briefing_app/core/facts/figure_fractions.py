"""Fractions as figures: English ("almost half of", "one in three"), with a slash ("a 2/3 majority") and
in Danish, Arabic and Hebrew words ("halvdelen af", "نصف", "שליש"). Split out of `figures`."""

from __future__ import annotations

import re

from briefing_app.core.facts.counted import counts_of
from briefing_app.core.facts.counted_en import answered_at
from briefing_app.core.facts.counted_rtl import rtl_context
from briefing_app.core.facts.figure_words import DURATIONS, EN_STOP, unit_after
from briefing_app.core.facts.fraction_steps_en import fraction_step
from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.noun_after import after_phrase
from briefing_app.core.facts.per_document import per_document
from briefing_app.core.facts.phrase_edges import subject_position
from briefing_app.core.numbers import NumberMatch

_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
                 "fifth": 5, "fifths": 5, "sixth": 6, "tenth": 10, "tenths": 10}  # fmt: skip
_IN_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_FRACTION = re.compile(
    # (not "the first half of the year", "the second half of the season": a period, a date rather than a figure)
    # (nor "the top half of the draw", "the bottom half of the table": a part of a draw or a table, no share)
    r"(?<!first\s)(?<!second\s)(?<!latter\s)(?<!former\s)(?<!top\s)(?<!bottom\s)(?<!upper\s)(?<!lower\s)"
    r"\b(?:(almost|about|nearly|more than|less than|over|roughly|around|some|just over|just under)\s+)?"
    r"(half|(?:a|an|one|two|three|four|five)[- ](?:half|halves|thirds?|quarters?|fourth|fifths?|sixth|tenths?))"
    # (or a bare "half" right before the unit of a step, with no "of": "cut by half a percentage point", central-bank
    # and market copy's usual step; "half a dozen", "half an hour" stay out)
    r"(?:\s+of\s+|(?<=half)\s+(?=an?\s+(?:percentage[\s-]+points?|per\s?cent|percent|points?)\b))"
    r"|\b(?:(almost|about|nearly|roughly|around|some)\s+)?(one|two|three|four|five|six|seven|eight|nine|[1-9])[\s-]+in"
    r"[\s-]+(?:every\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d+)\b"
    r"|\b(?:(almost|about|nearly|roughly|around|some)\s+)?(one|two|three|four|five|six|seven|eight|nine|\d{1,2})"
    r"\s+out\s+of\s+(?:every\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b(?!\s*(?:%|per|[.,]\d))",
    re.IGNORECASE,
)


# (matched against the lower-cased sentence: a case-blind pattern with no literal prefix costs the engine a case
# fold at every position; one str.lower() and a case-sensitive search cost a quarter of that)
_FRACTION_HINT = re.compile(
    r"hal[fv]|third|quarter|fourth|fifth|sixth|tenth|\b(?:one|two|three|four|five|six|seven|eight|nine|[1-9])[\s-]+in\b"
    r"|\bout\s+of\s",
)


# People counted after "two in three" (one word may stand between: "two in three rural users"): a share of them
# wherever it stands in its clause.
_PEOPLE_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:people|users|customers|subscribers|adults|children|voters|households|consumers|residents|"
    r"workers|employees|students|patients|viewers|readers|shoppers|drivers|women|men|Americans|Britons)\b"
)
# A plural noun after "one in <year-like number>", which makes it a share ("one in 2000 people"), not a year.
_PLURAL_NEXT = re.compile(r"\s+(?:[a-z]+s|people|men|women|children)\b")


@per_document  # both readers below ask it of every English sentence
def _hinted(text: str) -> bool:
    return _FRACTION_HINT.search(text.lower()) is not None


def _in_fraction(m: re.Match[str]) -> float:
    """The value of "one in three", "three in four" (groups 4 and 5 of `_FRACTION`), "nine out of 10" (7 and 8)."""
    top, bottom = (m.group(4) or m.group(7)).lower(), (m.group(5) or m.group(8)).lower()
    numerator = 1 if top in ("one", "1") else _IN_NUMBERS.get(top, int(top) if top.isdigit() else 0)
    return numerator / (_IN_NUMBERS[bottom] if bottom in _IN_NUMBERS else int(bottom))


def fraction_matches(text: str) -> list[re.Match[str]]:
    """The English fractions of a sentence (a cheap look for their words first: most sentences have none). One
    more than one in N ("three in four voters") only opens its clause: "scored two in three games" is two
    figures."""
    if not _hinted(text):
        return []
    out = []
    for m in _FRACTION.finditer(text):
        if m.group(7):  # "nine out of 10 voters" opening its clause is a share; "won nine out of 10 games" two counts
            value = _in_fraction(m)
            noun_next = re.match(r"\s+[a-z]", text[m.end() :])
            # (a clause opened after a comma too, as for "four in 10" below: "Only 12 percent of riders agreed,
            # whereas roughly seven out of 10 said")
            opens = subject_position(text[: m.start()]) or subject_position(text[: m.start()].rsplit(",", 1)[-1])
            if not 0 < value < 1 or not opens or not noun_next:
                continue
        elif m.group(4) and (
            re.match(r"\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b", text[m.end() :])
            or re.search(r"\b(?:number|No\.?)\s*$", text[: m.start()], re.IGNORECASE)
            or (re.fullmatch(r"(?:19|20)\d\d", m.group(5)) and not _PLURAL_NEXT.match(text[m.end() :]))
        ):
            # "their first number one in 12 years": a span after "in", no share of one in twelve; "reached No. 1 in 60
            # countries": a rank in a chart, and the countries a count of their own; "up from one in 2002": a year
            continue
        elif m.group(4) and m.group(4).lower() not in ("one", "1"):
            value = _in_fraction(m)
            # (a fronted adverbial before a comma leaves the share opening its clause: "In September, almost four in
            # 10 said", "Although ..., four in 10 said")
            opens = subject_position(text[: m.start()]) or subject_position(text[: m.start()].rsplit(",", 1)[-1])
            # (or a share of people after a verb: "reaches two in three rural users", where "scored two in three
            # games" stays two counts)
            opens = opens or _PEOPLE_AFTER.match(text[m.end() :]) is not None
            if not 0 < value < 1 or m.group(4).isdigit() or not opens:
                continue
        out.append(m)
    return out


# The noun phrase (one or two words) that ends a clause before a comma, which "of them" after it points back to.
_BEFORE_THEM = re.compile(
    r"(?:\b([a-z][\w-]*)\s+)?\b([a-z][\w-]*)\s*,\s*(?:(?:about|around|nearly|almost|some|just|only)\s+)?$"
)


def english_fractions(s: SourceSentence, matches: list[re.Match[str]]) -> list[Fact]:
    """English fractions of a whole: "almost half of children", "a fifth of the budget", "one in three
    visits", "1-in-2"."""
    out = []
    for m in matches:
        if m.group(2):
            parts = re.split(r"[- ]", m.group(2).lower())
            value = 0.5 if parts == ["half"] else _NUMERATORS[parts[0]] / _DENOMINATORS[parts[1]]
            whole = m.group(0).rstrip()
            text = whole[: -len("of")].rstrip() if whole.lower().endswith(" of") else whole
            qualifier = m.group(1)
        else:
            value = _in_fraction(m)  # "one in three visits", "three in four voters", "nine out of 10 voters"
            text = m.group(0)
            qualifier = m.group(3) or m.group(6)
        counts = after_phrase(s.text[m.end() :], "en", subject=subject_position(s.text[: m.start()]))
        if counts is None and not m.group(2):  # "roughly seven out of 10 said the fares were fair": what they said
            counts = answered_at(s.text, m.start(), m.end())
        step = fraction_step(s.text, m.start(), m.end()) if m.group(2) else None
        if step:  # "falling two-tenths of a percentage point": a step of that unit, of what changed
            out.append(Fact("figure", text, s.index, value=value, qualifier=m.group(1), unit=step[0], counts=step[1]))
            continue
        them = (
            _BEFORE_THEM.search(s.text[: m.start()])
            if re.match(r"\s*(?:of\s+)?(?:them|those|these|whom|which)\b", s.text[m.end() - 3 :])
            else None
        )
        if them and them.group(2).lower() not in EN_STOP:
            # "3 million users, a third of them in Asia", "25 people, half of them women": a part of the noun named
            # before the comma
            noun = " ".join(w for w in (them.group(1), them.group(2)) if w and w.lower() not in EN_STOP)
            counts = f"{noun} ({counts})" if counts else noun
        out.append(Fact("figure", text, s.index, value=value, qualifier=qualifier, counts=counts))
    return out


# A fraction written with a slash ("a 2/3 majority", "required 3/5"): a small numerator over a small denominator,
# not a date ("9/11", "3/5/2012") nor a round-the-clock "24/7".
_SLASH_FRACTION = re.compile(r"(?<![\d/.,])([1-9])/([2-9]|10)(?![\d/]|\.\d)")
# A whole number before the fraction makes one mixed number: "2-1/2 feet", "3 1/2 miles" (2.5, 3.5).
_WHOLE_BEFORE = re.compile(r"(?<![\d/.,-])(\d{1,3})(?:-|\s)$")


def slash_fractions(s: SourceSentence, lang: str) -> list[Fact]:
    """Fractions in digits with a slash, with what they are of or the clause they end; a whole number right before
    one is part of it (the caller drops it as a number of its own: `mixed_spans`)."""
    out = []
    for m in _SLASH_FRACTION.finditer(s.text):
        top, bottom = int(m.group(1)), int(m.group(2))
        dated = re.search(r"(?:\b[Oo]n|\b[Dd]ated?|\b[Ss]ince|\b[Uu]ntil|[A-Z][a-z]+day,?)\s+$", s.text[: m.start()])
        if top >= bottom or dated:
            continue  # "on 3/5": a day of a month
        whole = _WHOLE_BEFORE.search(s.text[: m.start()])
        start = whole.start() if whole else m.start()
        qualifier = re.search(r"\b(only|about|nearly|almost|over|more than|less than|at least|up to)\s+(?:a\s+)?$",
                              s.text[:start], re.IGNORECASE)  # fmt: skip
        # ("2-1/2 feet (0.76 meters) of rain", "3 1/2 years in prison": a unit after the mixed number is its unit,
        # and what it counts is read past it, as after any measure)
        unit, span = unit_after(s.text[m.end() :], lang) if whole and lang == "en" else (None, 0)
        counts = after_phrase(s.text[m.end() + span :], lang) if unit else None
        counts = counts or after_phrase(s.text[m.end() :], lang)
        value = top / bottom + (int(whole.group(1)) if whole else 0)
        out.append(Fact("figure", s.text[start : m.end()], s.index, value=value, unit=unit,
                        qualifier=qualifier.group(1) if qualifier else None, counts=counts))  # fmt: skip
    return out


# Fractions in words in Danish, Arabic and Hebrew: "halvdelen af", "نصف", "שליש"; not the finals of a
# tournament ("نصف النهائي", "חצי גמר").
_WORD_FRACTIONS: dict[str, tuple[re.Pattern[str], dict[str, float]]] = {
    "da": (
        # (a quarter or a half of a point or a percent as a rate's step: "med et kvart procentpoint", "et halvt
        # procentpoint"; not "en kvart time", a quarter of an hour, nor "et halvt år")
        re.compile(r"\b(halvdelen|en halv|halvanden|en tredjedel|en fjerdedel|to tredjedele|tre fjerdedele|"
                   r"(?:et|en) kvart(?=\s+procent)|et halvt(?=\s+procent)|"
                   r"hver (?:anden|tredje|fjerde|femte|tiende))\b", re.I),
        {"halvdelen": 0.5, "en halv": 0.5, "halvanden": 1.5, "en tredjedel": 1 / 3, "en fjerdedel": 0.25,
         "et kvart": 0.25, "en kvart": 0.25, "et halvt": 0.5,
         "to tredjedele": 2 / 3, "tre fjerdedele": 0.75, "hver anden": 0.5, "hver tredje": 1 / 3,
         "hver fjerde": 0.25, "hver femte": 0.2, "hver tiende": 0.1},
    ),
    "ar": (
        # (nor a half or a quarter of the year as a period: "خلال نصف العام الأول", "في ربع السنة الثالث")
        # (also right after an opening quote mark: '"ثلثي الضحايا لقوا حتفهم'')
        # (nor a class of lorry, Egyptian road reports' "سيارة نصف نقل", "ربع نقل": a pickup, no part of anything)
        re.compile(r"(?<![^\s\"“«(])[وب]?(نصف|ثلث|ربع|ثلثي|ثلثا)(?!\S)(?!\s+(?:ال)?نهائي)(?!\s+نقل(?![\u0621-\u064a]))"
                   r"(?!\s+(?:العام|السنة)\s+(?:الأول|الاول|الثاني|الثالث|الرابع|الماضي|الحالي|الجاري|المقبل)(?!\S))"),
        {"نصف": 0.5, "ثلث": 1 / 3, "ربع": 0.25, "ثلثي": 2 / 3, "ثلثا": 2 / 3},
    ),
    "he": (
        # (nor the first or second half as a period, "במחצית הראשונה של השנה", as Arabic "نصف العام الأول"; nor
        # "חצי" as the prefix "semi-" of an adjective: "רווח חצי שנתי", "גוף חצי ממשלתי")
        re.compile(r"(?<!\S)[ובלמהכ]?(מחצית|חצי|שליש|רבע|שני שלישים)(?!\S)(?!\s+(?:ה)?גמר)"
                   # (nor a quarter of a game, "ברבע השני", "רבע שלישי אדיר": the masculine ordinals too; also before a
                   # comma or a full stop, "בעיקר במחצית השנייה, ...")
                   r"(?!\s+ה?(?:ראשון|ראשונה|שנייה|שניה|שני|שלישי|רביעי|אחרון|אחרונה)(?![\u05d0-\u05ea]))"
                   r"(?!(?<=חצי)\s+(?:שנתי|חודשי|שבועי|יומי|רשמי|אוטומטי|פרטי|ממשלתי|ציבורי|עירוני)(?:ת)?(?!\S))"),
        {"מחצית": 0.5, "חצי": 0.5, "שליש": 1 / 3, "רבע": 0.25, "שני שלישים": 2 / 3},
    ),
}  # fmt: skip


# "Tre ud af fire danskere" opening its clause: a share (0.75) of the noun after it, as "three out of four voters";
# "vandt tre ud af fire kampe" (after a verb) stays two counts.
_DA_OUT_OF = re.compile(
    r"(?:^|[,;:]\s*|\b(?:at|og|men)\s+)(?:(?:knap|næsten|omkring|cirka|godt)\s+)?"
    r"((en|et|to|tre|fire|fem|seks|syv|otte|ni|\d{1,2})\s+ud\s+af\s+(?:hver(?:e)?\s+)?"
    r"(to|tre|fire|fem|seks|syv|otte|ni|ti|\d{1,3}))\s+(?=[a-zæøå])",
    re.IGNORECASE,
)
_DA_NUMBERS = {"en": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9,
               "ti": 10}  # fmt: skip


def danish_out_of(s: SourceSentence) -> tuple[list[Fact], list[tuple[int, int]]]:
    """Danish shares written "X ud af Y" at the start of a clause, with their noun, and where they stand."""
    out, spans = [], []
    for m in _DA_OUT_OF.finditer(s.text):
        top, bottom = (_DA_NUMBERS.get(w.lower()) or int(w) for w in (m.group(2), m.group(3)))
        if not 0 < top < bottom:
            continue
        counts = after_phrase(s.text[m.end(1) :], "da")
        out.append(Fact("figure", m.group(1), s.index, value=top / bottom, counts=counts))
        spans.append(m.span(1))
    return out, spans


# A word for percent right after a fraction in words: "חצי | אחוז", "نصف | بالمئة", "en halv | procent".
_PERCENT_WORD = re.compile(
    r"\s*(?:אחוז|האחוז|في\s+المئة|في\s+المائة|بالمئة|بالمائة|procent|pct\.?|%|(procentpoint(?:s|et|er)?))(?![\w])"
)


def word_fractions(s: SourceSentence, lang: str) -> tuple[list[Fact], list[tuple[int, int]]]:
    """Danish, Arabic and Hebrew fractions in words, with what they are of, and where they stand."""
    if lang not in _WORD_FRACTIONS:
        return [], []
    pattern, values = _WORD_FRACTIONS[lang]
    out, spans = [], []
    for m in pattern.finditer(s.text):
        value = values[m.group(1).lower()]
        # ("עלו בחצי אחוז", "steg med en halv procent": a fraction of a percent is a share, its unit the percent)
        percent = _PERCENT_WORD.match(s.text[m.end() :])
        counts = after_phrase(s.text[m.end() + (percent.end() if percent else 0) :], lang)
        context = rtl_context(s.text[: m.start()], lang) if lang in ("ar", "he") else None
        if context:  # "هبوط سعر الصرف إلى نصف قيمته": half of what the measure was
            counts = f"{counts} ({context})" if counts else context
        unit = ("percentage points" if percent.group(1) else "percent") if percent else None
        if percent and counts is None and lang == "da":
            # ("sænke renten med et kvart procentpoint", "steg med en halv procent": the step of what changed, read
            # as a step in digits is, "med 0,25 procentpoint")
            n = NumberMatch(m.start(1), m.end(1), m.group(1), value, value, spelled=True)
            counts = counts_of(s.text, n, s.text[m.end() + percent.end() :], unit, lang)
        out.append(Fact("figure", m.group(0).strip(), s.index, value=value, unit=unit, counts=counts))
        spans.append(m.span())
    return out, spans


# A fraction of one unit with no digit: of a century, a decade or a millennium, a number of years ("a quarter of a
# century": 25, "half a century"); of another unit, that fraction of it ("half a mile"), as the corpus writes "half
# of a square kilometre" (0.5 square kilometres); of a dozen, a count ("half a dozen": 6). Not of an hour or a day,
# which is mostly a relative time ("after half an hour").
_UNIT_FRACTION = re.compile(
    r"\b(?:(?:a|one)\s+(quarter)|(three)\s+quarters|(half)|(?:a|one)\s+(third)|(two)\s+thirds)\s+(?:of\s+)?an?\s+"
    r"((?:square\s+)?[a-z]+)\b",
    re.IGNORECASE,
)
# ... and "a half" before its unit, as American copy writes it: "swept away for nearly a half mile" (not the adjective
# "a half-mile stretch", nor the half of "seven and a half times").
_A_HALF_UNIT = re.compile(r"(?<!\band\s)\b(?:a|one)\s+()()(half)()()\s+((?:square\s+)?[a-z]+)\b", re.IGNORECASE)
# (but a fraction of a second is a race's margin or time, "finished half a second ahead of", "won by a quarter of a
# second": only after these words is it a moment, "within half a second of the start")
_RELATIVE_BEFORE = re.compile(r"\b(?:after|within|for|in|every|about)\s+$", re.IGNORECASE)
_TIME_PARTS = {"quarter": 0.25, "three": 0.75, "half": 0.5, "third": 1 / 3, "two": 2 / 3}
_TIME_WHOLES = {"century": 100, "decade": 10, "millennium": 1000}


def unit_fractions(text: str) -> list[tuple[NumberMatch, str | None]]:
    """Fractions of one unit as numbers of that unit, with the unit, for the figure reader ("a quarter of a century":
    25 years, "half an hour": 0.5 hours); not of a scale ("half a million", read by the number reader)."""
    if not _hinted(text):
        return []
    out: list[tuple[NumberMatch, str | None]] = []
    found = [*_UNIT_FRACTION.finditer(text), *_A_HALF_UNIT.finditer(text)]
    for m in sorted(found, key=lambda m: m.start()):
        part = next(g for g in m.groups()[:5] if g).lower()
        whole = m.group(6).lower()
        unit: str | None = None
        if whole in _TIME_WHOLES:
            value, unit = round(_TIME_PARTS[part] * _TIME_WHOLES[whole], 6), "years"
        elif whole == "dozen":
            value = _TIME_PARTS[part] * 12  # "half a dozen": six
        else:
            unit, span = unit_after(" " + m.group(6), "en")
            margin = unit == "seconds" and not _RELATIVE_BEFORE.search(text, 0, m.start())
            if unit is None or span != len(m.group(6)) + 1 or unit == "percent" or (unit in DURATIONS and not margin):
                continue  # "after half an hour", "within half an hour of": mostly a relative time, a date
            value = _TIME_PARTS[part]
        out.append((NumberMatch(m.start(), m.end(), m.group(0), value, value), unit))
    return out



def fraction_text_spans(text: str, fractions: list[Fact]) -> list[tuple[int, int]]:
    """Where each fraction ("1/3", "2-1/2") stands in `text`: the numbers read inside it are its parts."""
    spans = []
    for f in fractions:
        at = text.find(f.text)
        if at >= 0:
            spans.append((at, at + len(f.text)))
    return spans

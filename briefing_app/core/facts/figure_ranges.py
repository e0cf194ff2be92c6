"""Ranges and changes among the numbers of a sentence: "30 - 50 %", "between 5 cm and 25 cm", and a change
read as a range split back into its two figures ("rose from 5 to 7"). Split out of `figures`."""

from __future__ import annotations

import dataclasses
import re

from briefing_app.core.facts.ar_change_from import ar_change_from
from briefing_app.core.facts.figure_words import unit_after
from briefing_app.core.numbers import NumberMatch, ascii_digits, find_numbers, scaled

# A verb of ranging ("تراوحت", "يتراوح", "فستتراوح"), its subject (a few words, no number), then "من" or "بين": what
# follows is a range, whichever end comes first, never a change from one value to another.
_AR_RANGING_BEFORE = re.compile(r"تراوح[\u0621-\u064a]*(?:\s+[^\s\d\u0660-\u0669]+){0,5}\s+(?:ما\s+)?(?:بين|من)\s+$")


_LOCAL_RANGES_RE1 = re.compile(r"\bmellem\s+$", re.IGNORECASE)
_LOCAL_RANGES_RE2 = re.compile(r"بين\s+$")
_LOCAL_RANGES_RE3 = re.compile(r"\s*[-–]\s*")


def local_ranges(text: str, numbers: list[NumberMatch], lang: str) -> list[NumberMatch]:
    """Ranges the number reader leaves apart: "30 - 50 %" (a number then a percent), "ما بين 50 و70"."""
    out: list[NumberMatch] = []
    i = 0
    while i < len(numbers):
        a = numbers[i]
        b = numbers[i + 1] if i + 1 < len(numbers) else None
        if lang == "en" and b is not None and a.value_max is None and b.value_max is None and b.raw > a.raw and (
            re.fullmatch(r"-\s+(?:to|or)\s+", text[a.end : b.start]) and re.match(r"-[a-z]", text[b.end :])
        ):  # "a 12- to 18-month campaign": a range whose first end leaves its unit to the second
            out.append(dataclasses.replace(a, end=b.end, text=text[a.start : b.end], value_max=b.value))
            i += 2
            continue
        if lang == "en" and b is not None and a.value_max is None and b.value_max is None and (
            a.scale == 1 and b.scale > 1 and a.raw < b.raw and re.fullmatch(r"\s*-\s*to\s*-\s*", text[a.end : b.start])
        ):  # "around 12-to-15 billion rupees": a range whose first end leaves its scale word to the second
            out.append(dataclasses.replace(a, end=b.end, text=text[a.start : b.end], value=a.raw * b.scale,
                                           value_max=b.value, scale=b.scale))  # fmt: skip
            i += 2
            continue
        between = _LOCAL_RANGES_RE1.search(text[: a.start]) if lang == "da" else None
        if between and b is not None and a.value_max is None and b.value_max is None and a.scale == 1 and (
            b.scale > 1
            and a.raw < b.raw
            and re.fullmatch(r"\s+og\s+(?:(?:knap|godt|cirka|ca\.|omkring|næsten|op\s+mod)\s+)?", text[a.end : b.start])
        ):  # "mellem seks og knap 8,6 millioner kroner": the first end takes the second's scale word past its bound
            out.append(dataclasses.replace(a, end=b.end, text=text[a.start : b.end], value=a.raw * b.scale,
                                           value_max=b.value, scale=b.scale, currency=b.currency))  # fmt: skip
            i += 2
            continue
        if lang == "ar" and a.value_max is None and _LOCAL_RANGES_RE2.search(text[: a.start]):
            # (not a top with its own scale word, "بين مليار و1.5 مليار": the number reader reads it whole)
            m = re.match(
                r"\s*(?:و|إلى|الى)\s*([0-9\u0660-\u0669]+(?:\.[0-9\u0660-\u0669]+)?)(?![0-9\u0660-\u0669.])(?!\s*(?:مليار|مليون|ملايين|بليون))",
                text[a.end :],
            )
            if m:  # "ما بين 50 و70": the number reader does not see a number glued to و
                top = float(ascii_digits(m.group(1)))
                # ("تتراوح الحرارة بين 41 و29 درجة": after a verb of ranging, the higher end may come first)
                downward = top < a.raw and _AR_RANGING_BEFORE.search(text[: a.start]) is not None
                if top > a.raw or downward:
                    end = a.end + m.end()
                    low, high = (top * a.scale, a.value) if downward else (a.value, top * a.scale)
                    out.append(dataclasses.replace(a, end=end, text=text[a.start : end], value=low,
                                                   raw=min(top, a.raw), value_max=high))  # fmt: skip
                    i += 1
                    while i < len(numbers) and numbers[i].start < end:
                        i += 1  # the top, read apart where "و" was spaced out
                    continue
        if lang == "ar" and i + 1 < len(numbers) and a.value_max is None and numbers[i + 1].value_max is None:
            b = numbers[i + 1]
            unit_gap = re.fullmatch(r"\s+(\S+)\s+(و|إلى|الى|أو)\s*", text[a.end : b.start])
            unit_a = unit_after(" " + unit_gap.group(1), lang)[0] if unit_gap else None
            between = re.search(r"بين\s+$", text[: a.start])
            from_to = re.search(r"(?<!\S)من\s+$", text[: a.start])
            if (
                unit_gap
                and unit_a is not None
                and unit_after(text[b.end :], lang)[0] == unit_a
                and b.raw > a.raw
                and (between if unit_gap.group(2) == "و" else not from_to or _AR_RANGING_BEFORE.search(text[: a.start]))
            ):  # "بعشر سنوات إلى 15 سنة", "بين خمس سنوات و10 سنوات": one range, the unit said twice (and "من 4 ساعات
                # إلى 9 ساعات" after a verb of ranging, where "من" opens no change)
                out.append(dataclasses.replace(a, end=b.end, text=text[a.start : b.end], value_max=b.value))
                i += 2
                continue
        shares = _percents_between(text, a, numbers[i + 1], lang) if i + 1 < len(numbers) else None
        if shares is not None:
            out.append(shares)
            i += 2
            continue
        twice = _unit_said_twice(text, a, numbers[i + 1], lang) if lang != "ar" and i + 1 < len(numbers) else None
        if twice is not None:
            out.append(twice)
            i += 2
            continue
        if i + 1 < len(numbers) and a.value_max is None:
            b = numbers[i + 1]
            gap = text[a.end : b.start]
            between = _LOCAL_RANGES_RE2.search(text[: a.start])
            # ("ما بين مئة ومئتي ألف": the spelled top glues its "and"; "بين 10% إلى 15%": the sign said twice)
            joined = _LOCAL_RANGES_RE3.fullmatch(gap) or (lang == "ar" and between and (
                re.fullmatch(r"\s*[%٪]?\s*(?:و|إلى|الى)\s*", gap)
                or (re.fullmatch(r"\s*", gap) and b.text.startswith("و"))
            ))  # fmt: skip
            # (a scale after the first end and none after the second, "4 مليون -71% منهم": the dash opens an
            # aside, no range of 4 to 71 million; "10 -15 ألف" and "30 - 50 %" keep theirs)
            scaled_first = a.scale != 1.0 and b.scale == 1.0
            if (
                joined
                and not scaled_first
                and b.raw > a.raw
                and a.kind in ("number", "percent")
                and b.kind in ("number", "percent")
            ):
                scale = b.scale if a.scale == 1.0 else a.scale
                out.append(NumberMatch(a.start, b.end, text[a.start : b.end], a.raw * scale, a.raw, b.kind,
                                       b.raw * scale, a.qualifier, scale, a.spelled,
                                       b.currency or a.currency))  # fmt: skip
                i += 2
                continue
        out.append(a)
        i += 1
    return out


_PERCENT_AND = re.compile(r"\s*(?:%|percent|per\s+cent|procent)?\s*(?:and|og)\s*", re.IGNORECASE)
_BETWEEN = re.compile(r"\b(?:between|mellem)\s+$", re.IGNORECASE)


def _percents_between(text: str, a: NumberMatch, b: NumberMatch, lang: str) -> NumberMatch | None:
    """A range of percentages after "between", the sign said once or twice: "between 5% and 10%", "mellem 5 og 10
    procent" (the number reader joins "between $5 and $10" itself, not these)."""
    if lang not in ("en", "da") or a.value_max is not None or b.value_max is not None or b.kind != "percent":
        return None
    if a.kind not in ("number", "percent") or a.currency or b.raw <= a.raw or a.spelled != b.spelled:
        return None
    between = _BETWEEN.search(text[: a.start])
    if not _PERCENT_AND.fullmatch(text[a.end : b.start]) or between is None or a.start - between.start() > 20:
        return None
    # the range starts at its "between", which is no subject nor noun of what it counts
    return dataclasses.replace(b, start=between.start(), text=text[between.start() : b.end], value=a.value,
                               raw=a.raw, value_max=b.value, qualifier=a.qualifier)  # fmt: skip


# The words joining a range whose unit is said at both ends, and whether that joiner needs a "between" (an
# "and" does: "5 cm and 25 cm" alone are two figures) or also takes a "from".
_TWICE_JOINERS: dict[str, tuple[str, str]] = {
    "en": ("and", "to|or"),
    "da": ("og", "til|eller"),
    "he": ("ו-?", "עד|ל-?"),
}
_FROM = re.compile(r"(?:\b(?:from|fra)|(?<!\S)מ-?)\s*$", re.IGNORECASE)
# The minus of a reading below zero right before a range's low end ("-2C", "minus 3C"), not a hyphen of a word.
_MINUS_BEFORE = re.compile(r"(?:(?<![\w-])[-−]|\bminus\s+)$", re.IGNORECASE)


def _unit_said_twice(text: str, a: NumberMatch, b: NumberMatch, lang: str) -> NumberMatch | None:
    """A range with its unit at both ends, read as one: "between 5 cm and 25 cm", "from 3 years to 8 years"."""
    if lang not in _TWICE_JOINERS or a.value_max is not None or b.value_max is not None or b.raw <= a.raw:
        return None
    if lang == "en" and a.kind == b.kind == "percent" and a.spelled == b.spelled:
        return _percents_to(text, a, b)
    if a.kind != "number" or b.kind != "number" or a.currency != b.currency:
        return None
    unit, span = unit_after(text[a.end : b.start], lang)
    if unit is None or unit_after(text[b.end :], lang)[0] != unit:
        return None
    needs_between, plain = _TWICE_JOINERS[lang]
    # (both ends below zero, each with its minus: "lows of -1C to -4C", "between minus 3C and minus 6C")
    signed = r"(?:[-−]|minus\s+)?" if _MINUS_BEFORE.search(text[max(0, a.start - 8) : a.start]) else ""
    joiner = re.fullmatch(
        rf"\s*(?:({needs_between})|({plain}))\s*{signed}", text[a.end + span : b.start], re.IGNORECASE
    )
    lead = text[max(0, a.start - 40) : a.start]
    between = re.search(r"(?:\b(?:between|mellem)|(?<!\S)[וש]?בין)\s+$", lead, re.IGNORECASE)
    if joiner is None or not (between or (joiner.group(2) and _FROM.search(lead))):
        # "earnings per share of 50 cents to 51 cents": with no "between" or "from", a plain "to" between the
        # unit said twice spans a range unless a change leads up to it ("fell 84 cents to 51 cents")
        # (a minus at both ends is a span of readings below zero whatever verb came before: "slid to -5.5C, and
        # outlying farms had lows of -1C to -3C")
        both_signed = joiner is not None and bool(signed) and bool(re.search(r"(?:[-−]|minus\s+)$", joiner.group(0)))
        if not (
            lang == "en"
            and joiner is not None
            and joiner.group(2) == "to"
            and (both_signed or not _changed_before(text, a))
        ):
            return None
    if _FROM.search(lead) and _CHANGE_BEFORE.search(text[max(0, a.start - 120) : a.start]):
        return None  # "rose from 5 dollars to 7 dollars": a change, two figures
    return dataclasses.replace(a, end=b.end, text=text[a.start : b.end], value_max=b.value)


def _changed_before(text: str, a: NumberMatch) -> bool:
    """Whether a word of change leads up to `a` in its clause ("rose 3 percent to 5 percent": a change)."""
    return _CHANGE_BEFORE.search(text[max(0, a.start - 120) : a.start]) is not None


_PERCENT_TO = re.compile(r"\s*(?:%|percent|per\s+cent)\s+to\s+", re.IGNORECASE)
# A noun that names a rate or a forecast, then "of" or "at", right before the first percentage: what follows is the
# rate's span, not a change and the level it reached ("sees turnover growth of 7 percent to 11 percent", "a
# forecast of 3% to 4%", "guidance at 2% to 3%"). Not "a rise of 0.5% to 3.2%", whose noun of change may be
# followed by the level reached.
_RATE_NOUN_OF = re.compile(
    r"\b(?:growth|forecasts?|guidance|outlook|targets?|predictions?|projections?|estimates?|expectations?)"
    r"(?:\s+rate)?\s+(?:of|at)\s+(?:(?:about|around|roughly|some)\s+)?$",
    re.IGNORECASE,
)
_PERCENT_DASH = re.compile(r"%\s*[-–]\s*")


def _percents_to(text: str, a: NumberMatch, b: NumberMatch) -> NumberMatch | None:
    """ "forecast 3 percent to 5 percent revenue growth": two percentages joined by "to", the sign said at both, are
    one range when no change leads up to them ("cut its stake 10 percent to 5 percent" is a change)."""
    if _PERCENT_DASH.fullmatch(text[a.end : b.start]):
        # "guidance to 16.0%-16.5%", "retained at 21%-22%": a dash between two percentages is a range, whatever verb
        return dataclasses.replace(a, end=b.end, text=text[a.start : b.end], value_max=b.value)
    if not _PERCENT_TO.fullmatch(text[a.end : b.start]):
        return None
    if _changed_before(text, a) and not _RATE_NOUN_OF.search(text[max(0, a.start - 40) : a.start]):
        return None
    if re.search(r"\b(?:from|between)\s+$", text[max(0, a.start - 12) : a.start], re.IGNORECASE):
        return None  # "from 3 percent to 5 percent", "between": read by the range and change readers
    return dataclasses.replace(a, end=b.end, text=text[a.start : b.end], value_max=b.value)


PERCENT_AFTER_NEXT = re.compile(
    r"\s*(?:to|til|and|og|or|eller)\s+\d[\d.,]*\s*(?:%|percent\b|per cent\b|procent\b|pct\.)", re.IGNORECASE
)
_OR_PERCENT = re.compile(r"\s*(?:or|eller)\s+(\d[\d.,]*)\s*(?:%|percent\b|per cent\b|procent\b|pct\.)", re.IGNORECASE)


def percent_of_a_count(n: NumberMatch, after: str) -> bool:
    """Whether "N or M percent" restates a count N as a share ("faldet med 78.800 eller 42 pct."): N written with a
    thousands group is a count, and M no more than 100 is what it is of the whole; N takes no percent from M."""
    alt = _OR_PERCENT.match(after)
    if alt is None or not re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", n.text):
        return False
    return float(alt.group(1).replace(",", ".")) <= 100 < n.value


# Words of a change before "from ... to ...": the start and the end of a change are two figures ("rose from 5
# to 7"); with none, "from ... to ..." spans a range ("fasts ranging from 12 to 41 days", "from 10 to 20
# people a day").
_CHANGE_BEFORE = re.compile(
    # ("declined by 5 t to 75 t", "slumped 12 cents to 80 cents": a change, two figures)
    r"\b(?:ris\w*|rose|fell|fall\w*|gr[eo]w\w*|increas\w*|decreas\w*|declin\w*|slump\w*|drop\w*|climb\w*|jump\w*|"
    r"cut\w*|raise\w*|"
    # (the nouns and verbs of a sudden move too: "a 9% leap in sales from 5 to 6", "a spike from 3 to 8")
    r"leap\w*|spik\w*|dip(?:s|ped|ping)?|gain(?:s|ed|ing)?|"
    r"reduc\w*|lower\w*|soar\w*|plung\w*|slip\w*|slid\w*|doubl\w*|tripl\w*|halv\w*|shr[aiu]nk\w*|expand\w*|"
    r"chang\w*|mov\w*|went|go(?:es|ing|ne)?|revis\w*|boost\w*|hik\w*|surg\w*|swell\w*|tumbl\w*|widen\w*|"
    r"narrow\w*|upgrad\w*|downgrad\w*|(?<!handed\s)(?<!set\s)(?<!made\s)(?<!broke\s)(?<!took\s)(?<!shut\s)(?<!turned\s)(?<!stepped\s)"
    r"(?<!signed\s)(?<!picked\s)(?<!showed\s)(?<!ended\s)(?<!cracked\s)(?<!backed\s)(?<!called\s)(?:up|down)|"
    r"st(?:eg|iger|ige|eget)|f(?:aldt|alder|alde|aldet)|øge\w*|sænke\w*|hæve\w*|voks\w*|"
    # (a decimal point ends no clause: "rose by 6.12p from 126.27p to 132.39p")
    r"hævet|forhøje\w*|nedsat\w*)\b(?:[^.;:!?]|(?<=\d)\.(?=\d))*$",
    re.IGNORECASE,
)


# A verb of moving up or down right before a number: "rose", "fell 84 to 4,812", "closed up 4p to 265p".
_MOVED_JUST_BEFORE = re.compile(
    r"\b(?:rose|rises?|rising|fell|falls?|falling|gained|gains?|lost|loses|climbed|climbs?|dropped|drops?|jumped|"
    r"jumps?|slipped|slips?|added|adds|shed|sheds|slid|slides|soared|soars|plunged|plunges|tumbled|tumbles|eased|"
    r"eases|up|down|"
    # (and the other verbs of trade copy's steps: "Exports decreased 1.0 billion to 9.0 billion dollars")
    r"increased|decreased|declined|grew|shrank|sank|dipped|surged|slumped|advanced|retreated|widened|narrowed)\s+"
    # (the step put another way first: "slid 11.12 per cent or $1.63 to $13.03")
    r"(?:\d[\d.,]*\s*(?:%|per\s*cent|percent)\s*,?\s+or\s+)?"
    # (or hedged: "gained as much as $2.15 to $83.40 an ounce", "fell nearly $2 to $48": the hedge is the step's)
    r"(?:(?:as\s+much\s+as|nearly|almost|about|around|some|more\s+than|over|just\s+over)\s+)?$",
    re.IGNORECASE,
)


# Hebrew verbs and nouns of a change, before "מ-X ל-Y" (from one level to another).
_HE_CHANGE_BEFORE = re.compile(
    r"(?<![\u05d0-\u05ea])ו?(?:עלה|עלתה|עלו|ירד|ירדה|ירדו|צנח|צנחה|צנחו|זינק|זינקה|טיפס|טיפסה|קפץ|קפצה|נסק|נסקה|"
    r"נפל|נפלה|גדל|גדלה|גדלו|צמח|צמחה|הוכפל|הוכפלה|התייקר|התייקרה|הוזל|הוזלה|התכווץ|התכווצה|הועלה|הורד|"
    # (their plurals, as a plural subject takes them: "ההכנסות זינקו מ-X ל-Y")
    r"זינקו|טיפסו|קפצו|נסקו|נפלו|צמחו|הוכפלו|התייקרו|הוזלו|התכווצו|הועלו|הורדו|"
    r"ב?עלייה|ב?עליה|ב?ירידה|ב?גידול|ב?זינוק)(?![\u05d0-\u05ea])"
)


_CHANGES_APART_RE1 = re.compile(r"(?:US\$|[$£€¥₪])$")


def changes_apart(text: str, numbers: list[NumberMatch], lang: str) -> list[NumberMatch]:
    """A change read as a range, split back into its two figures: "grew by 1.2 million to 67 million",
    "steg fra 5 til 7 procent" (the amount and the level it reached, or the start and the end)."""
    out: list[NumberMatch] = []
    for n in numbers:
        joiner = re.search(r"\s+(?:to|til)\s+", n.text) if n.value_max is not None else None
        lead = _CHANGES_APART_RE1.sub("", text[: n.start])  # "from $5 to $10"
        lead = _MINUS_BEFORE.sub("", lead) if n.value_max is not None else lead  # "fell from -1C to -6C"
        # (past an article and a measure's noun: "upgraded the quake from a magnitude 6.9 to 7.2")
        marker = re.search(r"\b(?:by|from|fra|med)\s+(?:(?:an?|the)\s+(?:(?:magnitude|level|high|low|peak|record|"
                           r"revised|previous|preliminary|initial)\s+)?)?$", lead, re.IGNORECASE) if joiner else None
        if lang == "he" and n.value_max is not None and joiner is None:
            # "עלה ב-1: מ-16 ל-17", "ירד מ-5% ל-3%": from one level to another after a verb of change, no range
            joiner = re.search(r"\s+ל-?(?=\d)", n.text)
            marker = re.search(r"(?<![\u05d0-\u05ea])מ-?$", lead) if joiner else None
            changed = marker and _HE_CHANGE_BEFORE.search(lead[-80:])
            marker = marker if changed else None
        if lang == "ar" and n.value_max is not None and joiner is None:
            # "قفزت الصادرات من 37.5 مليار إلى 44.4 مليار دولار", "بقفزة من 2.8 إلى 6.6 مليار": the start and the
            # end of a change, two figures, no range
            joiner = re.search(r"\s+(?:إلى|الى)\s*(?=[\d\u0660-\u0669])", n.text)
            marker = ar_change_from(lead) if joiner else None
        if joiner and marker is None and n.value_max is not None and n.value_max > 3 * n.value > 0:
            # "gold rose $8 to $430", "the index fell 84 to 4,812": a step and the level reached, far apart
            marker = _MOVED_JUST_BEFORE.search(lead[-50:])
        if marker and marker.group(0).lower().startswith(("from", "fra")):
            clause = lead[max(0, marker.start() - 80) : marker.start()]
            marker = marker if _CHANGE_BEFORE.search(clause) else None
        if joiner is None or marker is None:
            out.append(n)
            continue
        left_end, right_start = n.start + joiner.start(), n.start + joiner.end()
        left = find_numbers(text[:left_end], lang)
        right = [dataclasses.replace(m, start=m.start + right_start, end=m.end + right_start)
                 for m in find_numbers(text[right_start : n.end], lang)]  # fmt: skip
        shared_scale = (
            bool(left)
            and len(right) == 1
            and left[-1].scale == 1.0
            and right[0].scale > 1.0
            and not left[-1].currency
            and left[-1].kind == "number"
            and marker.group(0).lower().startswith("by")
        )
        if shared_scale:
            out.append(n)  # "could rise by 15 to 30 million units": one scale word for both ends, a range
            continue
        # (the start may keep a unit glued to it: "rose by 6.12p from 126.27p to 132.39p")
        # (or a temperature's scale: "fell from -1C to -6C")
        glued_unit = bool(left) and re.fullmatch(r"(?:p|c|pc|%|°?[CF])?", text[left[-1].end : left_end]) is not None
        if left and glued_unit and len(right) == 1:
            first = left[-1]
            from_level = lang in ("ar", "he") or marker.group(0).lower().startswith(("from", "fra"))
            if from_level and first.scale == 1.0 and right[0].scale > 1.0 and first.kind == "number" and (
                not first.currency and first.raw < 10 * right[0].raw
            ):  # "بقفزة من 2.8 إلى 6.6 مليار", "מ-2.8 ל-6.6 מיליארד", "went up from 230 to 270 billion pounds": the
                # start leaves its scale word (and its currency) to the end
                first = dataclasses.replace(first, value=scaled(first.raw, right[0].scale), scale=right[0].scale,
                                            currency=right[0].currency)  # fmt: skip
            if first.kind == "number" and right[0].kind == "percent" and not first.currency:
                first = dataclasses.replace(first, kind="percent")  # "fra 5 til 7 procent": both are percent
            out += [first, right[0]]
        else:
            out.append(n)
    return out

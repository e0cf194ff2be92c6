"""Numbers that are not figures: parts of names and codes, dates and times, ordinals, anaphora, scores.

Each test takes the sentence and one number read by `core.numbers` and says why it is no quantity
the article reports ("Delta 4", "page 12", "0800 555 0199", "9/11", "the two said", "الثامنة عشرة").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import (
    AR_HE_MONTHS,
    DA_MONTHS,
    EN_MONTH_ABBR,
    EN_MONTHS,
    EN_STOP,
    MINUS_SIGN,
    STOP,
    glued_unit,
    unit_after,
)
from briefing_app.core.facts.multiples import is_multiple
from briefing_app.core.facts.reporting_verbs import da, en
from briefing_app.core.numbers import NumberMatch, strip_arabic_marks

# A verb of saying right after a spelled number: "the two said", "de to sagde" (people, not a figure).
_SAID = f"{en('say', 'past base s')}|{en('tell add', 'past')}|{da('sige', 'past present')}"

_NOT_NAME_BEFORE = {
    "only", "just", "all", "another", "over", "under", "around", "almost", "about", "some", "nearly",
    "approximately", "roughly", "more", "fewer", "less", "exactly", "perhaps", "maybe", "of", "in", "at", "by", "rs",
    "rs.",
    "on", "for", "with", "from", "to", "since", "after", "before", "the", "a", "an", "and", "but", "or", "als",
    "kun", "blot", "næsten", "omkring", "cirka", "mindst", "højst", "i", "på", "af", "med", "til", "between", "among",
    "mellem", "blandt", "its", "their", "his", "her", "our", "my", "your", "these", "those", "every", "each", "further",
}  # fmt: skip


# Nouns that locate rather than count: "page 12", "article 5", "gate 3", "side 4", "صفحة", "עמוד".
_LOCATOR_BEFORE = re.compile(
    r"(?:\b(?:page|pages|p\.|pp\.|article|section|chapter|paragraph|clause|room|gate|platform|route|bus|"
    r"flight|row|seat|exit|junction|side|resolution|kapitel|paragraf|stk\.|artikel|afsnit|linje|perron|"
    r"line|track|terminal|pier|highway|ward|floor|bay|berth|kilomet(?:re|er)|km|mile\s+marker|spor|canon|verse|"
    r"runway|hangar|cell|apartment|reactor)|"
    r"(?<![^\s(])(?:[وبل]|لل)?(?:صفحة|الصفحة|المادة|مادة|البند|الفقرة)|(?<![^\s(])[ובלמהש]{0,2}(?:עמוד|סעיף|פרק)|"
    r"\b(?-i:Round|Stage|Game|Week|Season|Episode|Volume|Issue|Part))\s*$",
    re.IGNORECASE,
)
# Words that give a name, before a name that opens with a number: "titled 99% Spring", "kaldet 7 Sind".
_TITLED = re.compile(r"\b(?:titled|entitled|called|named|dubbed|kaldet|kaldes|med\s+titlen)\s+[\"“'‘]?$", re.IGNORECASE)
# A device or software noun and a name of one or two words before a model number: "هاتف آيفون", "نظام ويندوز",
# "הטלפון אייפון", "מערכת ההפעלה אנדרואיד"; a rank's noun ("المركز 12", "المرتبة 3").
_DEVICE_BEFORE = re.compile(
    r"(?<!\S)(?:[وبل]|لل)?(?:ال)?(?:هاتف|هواتف|جهاز|أجهزة|نظام|أنظمة|إصدار|نسخة|طراز|موديل|حاسوب)"
    r"(?:\s+(?!(?:إلى|الى|في|من|على|عن|مع|بعد|قبل|و)\s)[^\s\d]+){1,2}\s*$"
    r"|(?<!\S)[ובלמהש]{0,2}(?:טלפון|טלפונים|מכשיר|מכשירי|דגם|גרסה|גרסת|מערכת)"
    r"(?:\s+(?!(?:של|על|עם|את|עד|אל)\s)[^\s\d]+){1,2}\s*$"
    r"|(?<!\S)[وبل]?(?:ال)?(?:مركز|مرتبة)\s*$"
)
# Stages and grades named by a number: "phase 2", "tier 3", "category 4", "grade 9", "level 4", "fase 2".
_STAGE_BEFORE = re.compile(r"\b(?:phase|stage|tier|step|grade|category|level|fase|trin|niveau)\s+$", re.IGNORECASE)
# Nouns before a number that names a point or a document ("في الدقيقة 23", "الجولة 12", "القرار 2254") but
# may also be a subject before its figure ("استغرقت الرحلة 45 دقيقة"): a point only with no counted word after.
_POINT_BEFORE = re.compile(
    r"(?<!\S)[وب]?(?:الدقيقة|الجولة|المرحلة|القرار|الرحلة|الفصل|الحلقة|الموسم|الطبعة|النسخة|الدورة|المجلد)\s*$|"
    r"(?<!\S)[וב]?(?:דקה|מחזור|עונה|גיליון)\s*$"
)
_NOTHING_COUNTED = re.compile(
    r"\s*(?:$|[^\w\s]|(?:من|في|على|عن|و|ב|של|ו)(?!\S)|[بل][\u0621-\u064a]+|[בלמ][\u05d0-\u05ea]+)"
)


def _in_digit_run(text: str, n: NumberMatch) -> bool:
    """Whether the number is one of three or more bare numbers in a row with only spaces or dashes
    between them (a phone number or a code, not a list of quantities, which has commas or words)."""
    for m in re.finditer(r"(?<![\d.,])\d{1,4}(?:[ \u00a0-]\d{1,4}){2,}(?![\d.,]?\d)", text):
        groups = re.split(r"[ \u00a0-]", m.group(0))
        if m.start() <= n.start < m.end() and any(len(g) != 3 for g in groups[1:]):
            return True  # not "1 500 000", thousands grouped by spaces
    return False


def _title_case(text: str) -> bool:
    """Whether a line is set in title case (a headline: "Floods Leave 2,000 Families Homeless"), where a
    capital before a number says nothing of a name."""
    words = re.findall(r"\b[^\W\d_]{4,}\b", text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


# Words before a version number: "Web 3.0", "version 3.1", "v2", "Industry 4.0".
_VERSION_BEFORE = re.compile(r"\b(?:[Vv]ersion|[Vv]er\.|v\.?|[Rr]elease|[Ww]eb|[Ii]ndustry)\s*$")
# One or two letters glued to the number with no noun after them: "the 12M (", "the 400m." (not "the 15m
# wall", metres of something).
_NAMED_BY_NUMBER = re.compile(r"[^\W\d_]{1,2}\b(?!\s+[^\W\d_])")


# A house number: before a capitalised street name and its kind ("10 Downing Street", "12 Elm Rd."), or a
# street named by its number ("74 Street", "5 Avenue"); in Danish, after a street named by its last part
# ("Nørregade 5", "Strandvejen 102").
_STREET_AFTER = re.compile(
    r"(?:\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.)|[A-Z]?\s+(?:[A-Z][\w'’.-]*\s+){1,3}"
    r"(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Boulevard|Blvd\.|Drive|Place|Square|Terrace|Crescent|Close|Court|"
    r"Gardens|Parkway))(?!\w)(?!\s+(?!(?:was|is|has|does|as)\b)[a-z]+s\b)"
)  # not "3 Main Street shops": a count of what the street has
_DA_STREET_BEFORE = re.compile(r"[A-ZÆØÅ][\wæøå]*(?:gade|vej|vejen|allé|plads|torv|stræde|boulevard)\s+$")


# Verbs of a title-case headline before its figure ("Quake Kills 300", "Storm Leaves 40 Dead"): no name.
_HEADLINE_VERB = re.compile(
    r"(?:Kill|Leave|Hit|Injure|Wound|Displace|Top|Pass|Reach|Near|Exceed|Cut|Add|Lose|Shed|Hire|Fire|Evacuate|"
    r"Rescue|Arrest|Detain|Claim|Surpass|Rise|Fall|Jump|Drop|Climb|Sentence|Jail|Free|Release|Win|Sell|Buy|"
    r"Raise|Fine|Seize|Strand|Affect|Destroy|Damage|Save|Welcome|Attract|Draw)(?:s|es|ed)?|Left|Won|Sold|Bought|"
    r"Rose|Fell|Freed|Drew"
)


# A capitalised name, its number and "and": "Missions 41 and | 42" (not at a sentence's start).
_NAMED_PAIR = re.compile(r"(?<![.!?:]\s)(?<!^)\b([A-Z][a-z]+)\s+\d{1,4}(?:\s*,\s*\d{1,4})*,?\s+(?:and|&|or)\s+$")


# Initials ("X.O.", "S.B.") or a capitalised word and its bracketed abbreviation ("Decree (R.D.)") right before a
# number: the number is that document's or body's designation.
_DESIGNATION_BEFORE = re.compile(r"(?:(?<![\w.])(?:[A-Z]\.){2,}|\b[A-Z][a-z]+\s+\((?:[A-Z]\.?){2,}\))\s*$")


# A capitalised word not in -s after a number, then a comma, a colon or a relative pronoun: a name the number
# opens ("an orbit like 41 Tolvika, which"), not a count of people named by a capitalised plural ("12
# Americans,") nor an adjective before its noun ("5 Mexican firms").
_NAMED_AFTER = re.compile(r"\s+[A-Z][a-z]{2,}(?<!s)(?=\s*(?:[,;:]|\s+(?:which|who|is|was)\b))")


# "number" as a verb, not a rank's noun: after a plural noun, a subject pronoun, an adverb or a modal ("users now
# number 6.4 million", "they number about 200", "could number 5,000"); not after a possessive ("the team's number").
_NUMBER_VERB = re.compile(
    r"(?:\b(?:they|we|who|which|that|now|still|currently|already|together|will|would|could|may|might)|"
    r"\b[a-z]{3,}(?<!['’]s)(?<!ss)(?<!us)(?<!is)s)\s+number\s*$"
)


def part_of_name(text: str, n: NumberMatch, lang: str) -> bool:
    """A number that belongs to a name, model or rank, not a quantity: "Delta 4", "Internet Explorer 6",
    "RL-10B-2", "4chan", "No. 1", "#2", "Channel 4"."""
    before, after = text[: n.start], text[n.end :]
    if not n.spelled and n.kind == "number" and n.value_max is None and (
        _STREET_AFTER.match(after) or (lang == "da" and _DA_STREET_BEFORE.search(before))
    ):
        return True  # "10 Downing Street", "45 Main St.", "Vesterbrogade 12": a house number
    if not n.spelled and not before.strip() and re.match(r"\s*\)", after) and "(" not in after[:2]:
        return True  # "110-255) is referred to as ...": a page range whose "(pp." ended the sentence before
    if lang in ("en", "da") and _TITLED.search(before[-30:]) and re.match(r"(?:%|\S*)\s+[A-ZÆØÅ]", after):
        return True  # "a microblog titled 99% Spring", "a group called 350 Voices": a name given, no quantity
    stage = lang == "en" and re.search(r"\bround\s+(?:of\s+)?$", before, re.IGNORECASE)
    if stage and not re.match(r"\s+[a-z]+s\b", after):
        return True  # "the round of 16", "a round sixteen contest": a stage of a tournament, not 16 things
    if (
        lang == "en"
        and not n.spelled
        and n.kind == "number"
        and n.value_max is None
        and before.strip()
        and _NAMED_AFTER.match(after)
        and unit_after(after, lang)[0] is None  # "(9,000 Lb)": a unit, capitalised
    ):
        return True  # "an orbit like 41 Tolvika, which ...": a number that opens a one-word proper name
    if (
        lang == "en"
        and not n.spelled
        and n.kind == "number"
        and _DESIGNATION_BEFORE.search(before[-40:])
        and not re.match(r"\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\b", after)  # "U.S. 5,000 troops", "27 member states"
    ):
        return True  # "X.O. 4410", "S.B. 212", "Royal Decree (R.D.) 8812": a document's number, not a count
    if n.kind == "number" and re.search(r"(?:\bNo\.|\bno\.|#|\bnumber|\bnummer|\bnr\.)\s*$", before):
        if not _NUMBER_VERB.search(before[-40:]):
            return True  # "No. 1", "nr. syv": a rank or a name, spelled or not
    if not n.spelled and re.search(r"\b(?:in|on|by|from|until|since)\s+(?:week|day)\s+$", before, re.IGNORECASE):
        return True  # "first detected in week 12", "on day 3 of the trial": a point in a count of days, not a count
    if not n.spelled and re.search(_LOCATOR_BEFORE, before):
        return True  # "page 12", "article 5", "صفحة 3": where, not how many
    if not n.spelled and _STAGE_BEFORE.search(before[-12:]) and unit_after(after, lang)[0] is None:
        return True  # "phase 2", "tier 3 restrictions", "category 4": a named stage (not "a level 3 metres up")
    if (
        lang in ("ar", "he")
        and not n.spelled
        and re.fullmatch(r"\d{1,3}", n.text)
        and re.search(r"[^\W\d_]{2,}\s*[-–]\s*$", before[-20:])
        and not re.match(r"\s*(?:%|٪)", after)
        and unit_after(after, lang)[0] is None
    ):
        return True  # "إذاعة أوروبا - 1", "مقاتلات إف - 16": a name joined to its number by a dash
    if (
        lang in ("ar", "he")
        and not n.spelled
        and re.fullmatch(r"\d{1,3}", n.text)
        and _DEVICE_BEFORE.search(before[-40:])
        and not re.match(r"\s*(?:%|٪)", after)
        and unit_after(after, lang)[0] is None
    ):
        return True  # "هاتف آيفون 6", "هواتف بلاك بيري 10", "הטלפון אייפון 6": a model's number after its name
    if not n.spelled and _POINT_BEFORE.search(before[-12:]) and _NOTHING_COUNTED.match(after):
        return True  # "في الدقيقة 23 من المباراة", "القرار 2254 بالإجماع": a point in time or a document
    if (
        lang in ("en", "da")
        and n.spelled
        and re.fullmatch(r"[A-ZÆØÅ][a-zæøå]+", n.text)
        and re.search(r"(?<![.!?:]\s)(?<!^)\b[A-ZÆØÅ][\w'’-]*\s+$", before)
        and not _title_case(text)
    ):
        return True  # "Kilometer Zero", "Apollo Eleven": a capitalised number after a capitalised word in a sentence
    if (
        lang == "en"
        and n.spelled
        and re.fullmatch(r"[A-Z][a-z]+", n.text)
        and re.search(r"[a-z,]\s+$", before)
        and re.match(r"\s+[A-Z][a-z]+(?:\s+[A-Z]|\s+[a-z]+\s+[A-Z])", after)
        and not _title_case(text)
    ):
        return True  # "the blog Ten Reasons Why", "the Three Gorges Dam": a name that opens with a number word
    if n.spelled or n.kind != "number" or n.qualifier:
        return False
    if n.raw < 100 and (
        re.match(r"\s*(?:\+|plus|بلس)\s*\d{1,2}(?![\d.,%])", after)
        or re.search(r"(?<![\d.,])\d{1,2}\s*(?:\+|plus|بلس)\s*$", before)
    ):
        return True  # "الـ 5 + 1", "the 5+1 group", "5 plus 1": a group named by a sum, not a quantity
    if not n.spelled and re.search(r"[\w)]\($", before) and after.startswith(")"):
        return True  # "section 14(2)(b)", "12(א)(4)": a subdivision of a cited article, glued to it
    if re.match(r"\d+(?:\.\d+)?$", n.text) and _VERSION_BEFORE.search(before[-12:]):
        return True  # "Web 3.0", "version 3", "Industry 4.0": a version names a thing, it counts nothing
    if n.currency is None and _NAMED_BY_NUMBER.match(after) and re.search(r"\bthe\s+$", before, re.IGNORECASE):
        return True  # "the 12M (", "the 400m.": a movement or an event named by a number and a letter
    if re.match(r"0\d", n.text) or re.match(r"/\d", after) or re.search(r"\d/$", before):
        return True  # "0800 555 0199", "0005.HK", "9/11": a code, a phone number or a date
    if _in_digit_run(text, n):
        return True  # "70 10 20 30": a phone number read in pairs
    if re.search(r"(?<![\d.,])0\d{2,}(?:[\s-]+\d{2,4})?[\s-]+$", before):
        return True  # "call 01632 960321", "01632 960 123": the rest of a phone number after its area code
    if re.fullmatch(r"\d{4,}", n.text) and re.search(r"\(\s*$", before) and re.match(r"\s*\)\s+(?:\d|[A-Z])", after):
        return True  # "(41877) 2001 KX", "(12345) Example": a catalogue number in brackets before a name
    if lang == "en" and re.match(r"\s+[A-Z][a-z]+\s+(?:of|de|du)\s+[A-Z]", after) and before.strip() and (
        not _title_case(text)
    ):
        return True  # "the 1971 12 Hours of Dunmore winner": a number opening the title of an event or a work
    if re.match(r"-[a-zæøå]", after):
        return False  # "89-year-old", "18-fold": a quantity written as an adjective
    if re.match(r"\s?°|[CF]\b(?!-|\.\w)", after) and not re.search(r"[^\W\d_][-/]?$", before):
        return False  # "47C", "12 °C": a temperature
    if MINUS_SIGN.search(before[-8:]) and unit_after(after, lang)[0] == "degrees":
        return False  # "-5 degrees", "−12C": a temperature below zero
    if lang not in ("en", "da"):
        # "طراز بوينغ 737", "دגם", "جنيف - 2": a model or a numbered event; prefixes glued to numbers (מ-40,
        # ب50) are no names
        if re.search(r"(?:رقم|מספר|מס')\s*$", before):
            return True  # "المرسوم رقم 38": a number that names, not a quantity
        return bool(re.search(r"(?:طراز|موديل|דגם|מסוג)\s+\S+\s+$", before)) or (
            n.raw < 10 and bool(re.search(r"[^\W\d_]{3,}\s+-\s*$", before))
        )
    listed = _NAMED_PAIR.search(before) if lang == "en" else None
    if listed and listed.group(1).lower() not in EN_STOP and listed.group(1).lower() not in _NOT_NAME_BEFORE and not (
        re.fullmatch(EN_MONTHS, listed.group(1))
    ):
        return True  # "Mission 41 and 42", "Voyager 1 and 2": the second number of a pair of named ones
    capital = re.search(r"(?<![.!?:]\s)\b([A-Z][\w'’-]*)\s+$", before) if lang == "en" else None
    if (
        capital
        and capital.group(1).lower() not in EN_STOP
        and capital.group(1).lower() not in _NOT_NAME_BEFORE
        and re.match(r"\s+[A-Z][\w'’-]*\s+[A-Z]", after)
        and not _title_case(text)
    ):
        return True  # "Formula 2 Winter Cup": a number between capitalised words of one name
    if n.currency and re.search(r"(?<![^\W\d_])[NR]$", before):
        return False  # "N50,000", "R5 billion": the naira's or the rand's letter, read as the currency
    if vote_tally(text, n):
        return False  # "a vote of 68-31": each side a count of votes
    if glued_unit(after, lang)[0] and not re.search(r"[^\W\d_][-/]?$", before):
        return False  # "36,000ft", "60mph", "5lb": a unit written against the digits, not a model's letters
    if re.search(r"[^\W\d_][-/]?$|[-/]$", before) or re.match(r"[-/]?[^\W\d_]{2,}|[A-Z]\b|-", after):
        return not re.match(r"s\b", after)  # "462s" is seconds
    if re.search(r"(?:\bNo\.|\bno\.|#|\bnumber|\bnummer|\bnr\.)\s*$", before):
        return not _NUMBER_VERB.search(before[-40:])  # "users now number 6.4 million": the verb
    if lang == "en" and not n.currency:  # Danish capitalises nouns of names only: "Brugser 20.000 varer"
        m = re.search(r"([A-ZÆØÅ][\w'’-]*)\s+$", before)
        if (
            not m
            or m.group(1).lower() in _NOT_NAME_BEFORE
            or m.group(1).lower() in EN_STOP  # "Between 20 and 30 houses": a capital that only starts the sentence
            or re.search(rf"{EN_MONTHS}|{DA_MONTHS}", m.group(1), re.I)
            or re.search(r"(?:['’]s|s['’])$", m.group(1))  # "China's 550 million users": a possessor, no name
            or (_title_case(text) and re.match(r"\s+[A-Z][a-z]+s\b", after))  # "Floods Leave 2,000 Families"
            or (_title_case(text) and _HEADLINE_VERB.fullmatch(m.group(1)) is not None)  # "Quake Kills 300 in X"
        ):
            return False
        unit, _ = unit_after(after, lang)
        return unit is None and not re.match(r"\s*(?:%|percent|per cent|procent)", after)
    return False


# Days listed after a month, the last joined by "and"/"or": "On March 7, 8, and 9", "June 9 and 10 saw".
_EN_DAY_LIST = re.compile(
    rf"{EN_MONTHS}\s+(?:[1-9]|[12]\d|3[01])(?:,\s*(?:[1-9]|[12]\d|3[01]))*,?\s+(?:and|or|&)\s+(?:[1-9]|[12]\d|3[01])"
    r"(?=\s*(?:$|[^\w\s%]|(?:the|in|at|on|of|to|for|and|when|as|with|[A-Z]\w*)\b))"
)
# A month written short after a day: "17 Oct", "3 Sept." (a capital, so not the verb "may" or "mar").
_EN_ABBR_AFTER = re.compile(r"\s+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b")
# A part of the day after an hour: "around 7 in the evening", "at 6 in the morning", "11 at night".
_DAY_PART_AFTER = re.compile(r"\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b", re.IGNORECASE)
# A span before or after an event: "three days after the truce", "10 hours prior to the blast" (when, not
# how much; "two days of talks" is a figure).
_SPAN_BEFORE_EVENT = re.compile(
    r"\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+(?:after|before|prior\s+to)\s+"
    r"(?:the|a|an|his|her|its|their|this|that|(?:being\s+)?[a-z]+ing)\b|"
    r"\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+(?:after|before)\s+(?-i:[A-Z][a-z])",
    re.IGNORECASE,
)
# A minute of a match: "On 53 minutes Smith saved", "on 80 minutes, a penalty" (when in the game, not how long).
_MATCH_MINUTE = re.compile(r"\s+minutes?\b(?!\s+(?:of|later|earlier|after|before))")


def is_date_part(text: str, n: NumberMatch, lang: str) -> bool:
    after, before = text[n.end :], text[: n.start]
    if lang == "en" and re.search(rf"{EN_MONTH_ABBR}\s+$", before):
        return True
    if lang == "en" and n.raw <= 31 and n.value_max is None and not n.spelled:
        if _EN_ABBR_AFTER.match(after):
            return True  # "17 Oct": a day of a month written short
        if any(m.start() < n.start < m.end() for m in _EN_DAY_LIST.finditer(text, max(0, n.start - 40))):
            return True  # the 8 and 9 of "On March 7, 8, and 9": more days of the same month
    if (
        lang == "en"
        and n.value_max is None
        and n.raw <= 130
        and re.search(r"(?:^|[^\w\s]\s*|\b[Aa]nd\s+)\b[Oo]n\s+$", before)
        and _MATCH_MINUTE.match(after)
    ):
        return True  # "On 53 minutes Smith saved": a minute of a match
    if (
        re.fullmatch(r"\d\d", n.text)
        and re.search(r"(?:^|\s)['’]$", before)
        and not re.match(r"\s*['’]|\s+(?!(?:and|or|in|at|to|when|with|for)\b)[a-z]", after)
    ):
        return True  # "USA '94", "the class of ’88": a year written short
    if lang == "en" and n.raw <= 12 and n.value_max is None and _DAY_PART_AFTER.match(after):
        return True  # "around 7 in the evening": a clock time said in words
    if lang == "en" and n.value_max is None and _SPAN_BEFORE_EVENT.match(after):
        # not "stopped exports for five days after the storm": with "for" it is how long something lasted
        lasting = r"\b(?:for|over|during|lasting|lasted|last|took|takes|spent|spend)\s+$"
        return not re.search(lasting, before, re.IGNORECASE)
    if lang == "da" and re.search(r"\b(?:[Kk]lokken|[Kk]l\.)\s*(?:\d{1,2}\.)?$", before):
        return True  # "klokken 00.32": a time
    if n.raw <= 24 and (
        re.match(r"\s?(?:[ap]\.\s?m\b\.?|[ap]m\b|o'clock)", after, re.IGNORECASE)
        or re.search(r"(?<!\S)(?:ال)?ساعة\s+$|(?<!\S)בשעה\s+$", before)
        or re.match(r"\s+(?:صباحا|صباحاً|مساء|مساءً|ظهرا|ظهراً|فجرا|فجراً|בבוקר|בערב|בלילה|בצהריים)(?!\S)", after)
    ):
        return True  # "7 p.m.", "3 a.m.", "الساعة 10 صباحا", "בשעה 8 בערב": a clock time
    # "ב-3 במרץ", and the Arabic day "3 من يناير" (the day of a month joined by "من")
    if lang in ("ar", "he") and re.match(rf"\s*(?:ב|من\s+)?(?:{AR_HE_MONTHS})(?![\u0621-\u064a\u05d0-\u05ea])", after):
        return True
    # and the first of two days of one month: "18 و 19 من أبريل", "18 ו-19 במרץ"
    day_pair = (
        rf"\s*(?:و|ו-?)\s*[0-9\u0660-\u0669]{{1,2}}\s*(?:ב|من\s+)?(?:{AR_HE_MONTHS})(?![\u0621-\u064a\u05d0-\u05ea])"
    )
    if lang in ("ar", "he") and n.raw <= 31 and re.match(day_pair, after):
        return True
    if (
        lang in ("ar", "he")
        and re.fullmatch(r"[0-9\u0660-\u0669]{3,4}", n.text)
        and re.search(rf"(?:{AR_HE_MONTHS})\s+$", before)
    ):
        return True  # "٤ ذو القعدة ١٤٤٢", "במרץ 1848": a year after its month (the reader knows only 1900-2100)
    if lang == "ar" and re.fullmatch(r"[0-9\u0660-\u0669]{3,4}", n.text):
        hijri = re.match(r"\s*(?:هـ|ه)(?![\u0621-\u064a])", after)
        if hijri or (re.match(r"م(?![\u0621-\u064a])", after) and 1000 <= n.raw <= 2100):
            return True  # "1434هـ", "2013م": a year of the Hijri or the Gregorian calendar (not "150 م", metres)
    if re.search(r"(?<!\S)לפני\s+$", before) and re.match(r"\s*(?:דקות|שעות|ימים|שבועות|חודשים|שנים)", after):
        return True  # "לפני שלוש שנים": "three years ago", when rather than how much
    # Arabic "منذ عشرة أيام" stays a figure: منذ is "for" as often as "ago" ("لا يعرفون شيئا منذ عشرة
    # أيام", nothing for ten days), so it is both how long (this figure) and when (the date pattern).
    if re.match(
        r"\]?\s+(?:(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|timer|dage|uger|år|minutter)\s+"
        r"(?:ago|later|earlier|senere|tidligere)|år\s+siden)\b",
        after,
    ):
        return True  # "24 hours ago", "Six minutes later": when, not how much
    if lang == "da" and re.match(rf"\.\s*{DA_MONTHS}", after, re.IGNORECASE):
        return True
    if lang == "en" and (re.match(rf"\s*{EN_MONTHS}", after) or re.search(rf"{EN_MONTHS}\s+$", before)):
        return True
    return bool(re.match(r"(?:st|nd|rd|th)\b|\(", after))


# "three of the victims", "tre af de sårede", "to af ofrene" (a Danish definite plural ends in -ne), "to af hans
# børn", "tre af landets største byer", "to af Halby Teaters skuespillere" (a possessive or a genitive before the
# group)
_OF_THE_GROUP = re.compile(
    # ("twelve of the 30 passengers": the group's own number between)
    r"\s+(?:of\s+(?:the|its|their|our|his|her|those|these)\s+(?:(?!(?:19|20)\d\d\b)\d[\d,.]*\s+)?[^\W\d_]|af\s+(?:de\s+[^\W\d_]|[^\W\d_]+ne\b"
    r"|(?:sine|hans|hendes|deres|vores|jeres|disse|dens|dets)\s+[^\W\d_]|(?:[A-ZÆØÅ][\w-]*\s+)?[^\W\d_]{2,}s\s+[^\W\d_])"
    # or of a named owner's group: "two of Tolvik's best actors", "to af Vestby Teaters skuespillere"
    r"|(?:of|af)\s+(?:[A-ZÆØÅ][\w-]*\s+){0,3}[A-ZÆØÅ][\w-]*(?:['’]s|s)\s+[^\W\d_])"
)


_AR_ORDINAL_BEFORE = re.compile(r"(?:^|\s)[وبل]?ال(?:حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع)[ةي]?\s+$")


def one_after_noun(n: NumberMatch, before: str, lang: str) -> bool:
    """Whether an Arabic or Hebrew "one" follows an indefinite noun ("شرطي واحد", "אדם אחד")."""
    if lang not in ("ar", "he") or strip_arabic_marks(n.text) not in ("واحد", "واحدة", "واحدا", "אחד", "אחת"):
        return False
    previous = before.split()[-1:] if before.strip() else []
    return bool(previous) and previous[0] not in STOP[lang] and not re.match(r"(?:[وبلف]?ال|[ובלמש]?ה)", previous[0])


# A number, in digits or words, that another figure is coordinated with ("one ... and two ...").
_COUNT_WORD = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|to|tre|fire|fem|seks|syv|otte|ni|ti)\b"


# Names listed right before a spelled number and its comma: "Guyana, Suriname, | two ...", "A and B, | two ...".
_NAME_WORDS = r"[A-ZÆØÅ][\w'’.-]*(?:\s+[A-ZÆØÅ][\w'’.-]*)*"
_NAMED_BEFORE = re.compile(rf"(?:^|[,;:(])\s*{_NAME_WORDS}(?:,\s*|\s+(?:and|og)\s+){_NAME_WORDS},\s*$")


def _first_mention(after: str, earlier: str) -> bool:
    """Whether the noun phrase after "the two ..." names things the article has not named before and restricts
    them with a participle ("the four slots advancing to the final", "the three ferries leaving the port"): then it
    introduces a count, it points back to none ("the two countries" after two names does)."""
    words: list[str] = []
    tokens = re.findall(r"[\w'’-]+|[^\w\s]", after)[:4]
    for w in tokens[:3]:
        if not re.fullmatch(r"[a-z][a-z-]+", w) or w in EN_STOP or (words and w.endswith(("ing", "ed"))):
            break
        words.append(w)
    participle = tokens[len(words) : len(words) + 1]
    if not words or not participle or not re.fullmatch(r"[a-z]+ing", participle[0]):
        return False  # only a noun restricted by a participle ("the four slots advancing to") is told new; one
        # in -ed may be the clause's verb ("the two countries agreed")
    stems = [re.sub(r"(?:ies|es|s)$", "", w) for w in words]
    return not any(len(stem) >= 3 and re.search(rf"\b{re.escape(stem)}", earlier) for stem in stems)


def rank_or_grade(n: NumberMatch, before: str, after: str) -> bool:
    """A rank or a grade written with a number: "a four-star general", "a 5-star hotel", "in the top five"."""
    if re.search(r"-stars?$", n.text, re.IGNORECASE) or re.match(r"-stars?\b", after, re.IGNORECASE):
        return True
    if n.kind == "percent" or re.match(r"\s*(?:%|percent\b|per\s+cent\b)", after):
        return False  # "in the top 10% of provinces": a share of them, not a rank
    return n.value_max is None and re.search(r"\b(?:the|its|their|a)\s+top\s+$", before, re.IGNORECASE) is not None


def skip_spelled(n: NumberMatch, before: str, after: str, lang: str, earlier: str | None = None) -> bool:
    """Spelled numbers that are no figures: "one of the", "the two said", "one," . `earlier` is the article's
    text before the number, lower-cased, to tell a first mention ("the four slots") from anaphora."""
    if re.search(r"\b(?:age|aged|alder)\s+$", before):
        return False  # "at age seventeen,": an age
    limit = re.search(r"\b([a-z]+)\s+(?:under|over|below|above)\s+$", before) if lang == "en" else None
    plural = limit.group(1) if limit else ""
    if plural in ("children", "people", "men", "women") or re.fullmatch(r"[a-z]+[^s]s", plural):
        return False  # "children under five,", "adults over sixty": an age limit on a plural noun
    if rank_or_grade(n, before, after):
        return True
    if n.text.lower().endswith("fold") or is_multiple(n):
        return False  # "rose tenfold.", "won it twice.": a multiplicative, a figure wherever it stands
    if n.text.lower() in ("dozen", "hundred", "thousand") and re.search(r"\b(?:several|few|many)\s+$", before, re.I):
        return True  # "several dozen protesters": no number is written (the corpus conventions)
    if lang == "en" and n.raw == 0 and n.text.lower().startswith("zero"):
        # "a zero-carbon economy", "a political zero", "zero tolerance": no count; "zero seats", "zero percent" are
        return "-" in n.text or not re.match(r"\s+(?:percent\b|per\s+cent\b|[a-z]+s\b)", after)
    if re.search(r"-[a-z]+$", n.text):
        return False  # "the six-member team": a number as the first half of an adjective, no anaphora
    if n.raw > 1 and re.match(_OF_THE_GROUP, after):
        return False  # "three of the victims", "tre af de sårede": a part of a group the article counts
    counted_before = re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|"
                               r"en|to|tre|fire|fem|seks|syv|otte|ni|ti)\b", before, re.IGNORECASE)  # fmt: skip
    if n.raw > 1 and re.match(r"\s+(?:of\s+(?:them|whom)|af\s+dem)\b", after) and counted_before:
        return False  # "ten were hurt, two of them seriously": a part of the group this sentence counts
    if re.match(rf"\s+(?:{_SAID}|of|af|another|anden|andet)\b", after):
        return True
    if lang == "ar" and n.raw == 1 and re.match(r"\s+من(?!\S)", after):
        return True  # "واحد من أبرز الكتاب", like "one of": membership of a group, not a count of one
    if lang in ("en", "da") and 2 <= n.raw <= 5 and _NAMED_BEFORE.search(before):
        return True  # "Guyana, Suriname, two small countries ...": an apposition that counts the names again
    if re.match(r"\s+other\b", after) and n.raw == 1:
        return True  # "one other", not "two other incidents"
    if lang == "en" and n.raw == 1 and re.match(r"\s+(?:example|instance|illustration|sign)\s+of\b", after):
        return True  # "X is one example of many": an instance of a kind, like "one of", not a count of one
    if re.search(r"\b(?:the|these|those|both|de|disse)\s+$", before, re.IGNORECASE):
        new = lang == "en" and earlier is not None and re.search(r"\b[Tt]he\s+$", before) and n.raw > 1
        if not (new and earlier is not None and _first_mention(after, earlier)):
            return True  # "the two stores": anaphora
    if lang in ("en", "da") and re.match(r"\s*(?:[,.;:]|$)", after):
        return True
    if lang == "ar" and re.search(_AR_ORDINAL_BEFORE, before):
        return True  # "الثامنة عشرة": an ordinal (not "نشرت الحكومة ثلاثة آلاف جندي")
    if re.match(r"\s+(?:percent|per cent|procent)\b", after):
        return False  # "less than one percent"
    if (n.raw == 1 and re.match(r"\s+in\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b", after)) or re.search(
        r"\b(?:one|1)\s+in\s+$", before
    ):
        return True  # "one in three": a fraction, read by _fractions
    if n.raw == 1 and one_after_noun(n, before, lang):
        return False  # "شرطي واحد", "אדם אחד": Arabic and Hebrew put "one" after what it counts
    if n.raw == 1 and n.value != n.raw:
        return False  # "one million users": a scaled number, never the indefinite "one"
    if n.raw == 1:  # "one count of murder" is a figure; "one day", "one said" mostly not
        if lang == "en" and re.search(r"\b(?:kill(?:s|ed|ing)?|injur(?:es|ed|ing)|wound(?:s|ed|ing)?)\s+$", before):
            return False  # "the blast killed one person": a count of those harmed
        if n.qualifier or re.search(r"\b(?:at least|only|just|exactly|at most)\s+$", before, re.IGNORECASE):
            return False  # "at least one shell", "only one day"
        if re.search(r"\b(?:within|for|in|over|during|inden|i|på)\s+$", before, re.IGNORECASE) and re.match(
            r"\s+(?:second|minute|hour|day|week|month|year|sekund|minut|time|dag|uge|måned|år)\b", after
        ):
            return False  # "within one month", "for one year": a duration, not "one day" (some day)
        if re.match(rf"\s+(?:[\w'’-]+\s+){{1,4}}?(?:and|or|og|eller)\s+{_COUNT_WORD}", after) or re.search(
            rf"{_COUNT_WORD}\s+(?:[\w'’-]+\s+){{1,4}}?(?:and|or|og|eller)\s+$", before
        ):
            return False  # "one Supreme Court judge and two high court judges": one counted beside others
        if re.match(r"\s+[a-zæøå]+\s+(?:of|af)\s+(?:(?:about|around|nearly|over|up\s+to|some)\s+)?[$£€]?\d", after):
            return True  # "including one reading of 10 sieverts": "a reading of", the measure is the figure
        return not re.match(r"\s+[a-zæøå]+\s+(?:of|af)\s", after)
    return False


_SCORE = re.compile(r"(?<![\d.,])\d{1,2}\s?–\s?\d{1,2}(?!\d|[.,]\d)(?!\s*(?:%|percent|per cent|procent|[a-z]+s\b))")
# A score with a hyphen, which also joins ranges ("2-3 days"): only where no noun follows it but a
# preposition or the clause's end ("won 3-1 against", "فاز 3-1 على", "انتهت بالتعادل 2-2."), or after
# "score"/"نتيجة".
_HYPHEN_SCORE = re.compile(
    r"(?:(?<=نتيجة )|(?<=score of )|(?<![\d.,]))\d{1,2}\s?-\s?\d{1,2}(?![\d%٪]|[.,]\d)"
    r"(?=\s*(?:$|[,.;:)!?،]|(?:على|أمام|في|لصالح|مع|against|to|in|for|over|at|with|win|victory|draw|til|mod|i|på)(?!\S)))",
    re.IGNORECASE,
)


_MATCH_WORDS = re.compile(
    r"\b(?:won|lost|beat|beaten|defeated|drew|draw|victory|defeat|score|match|game|vandt|tabte|kamp)\b|"
    r"(?:فاز|خسر|تعادل|مباراة|المباراة|نتيجة|هزم|ניצח|ניצחה|הפסיד|הפסידה|משחק|המשחק)",
    re.IGNORECASE,
)


# A section number opening a heading: two or more levels ("2.3.1") or a level closed by a full stop ("1.1."),
# then a capitalised word or nothing; "3.5 million" and "1.5 Mio." have one level and no closing stop.
_SECTION_NUMBER = re.compile(
    r"\s*(\d{1,2}(?:\.\d{1,2}\.(?:\d{1,2}\.?)*|\.\d{1,2}\.\d{1,2}\.?))(?:\s+[^\W\d_]*[A-ZÆØÅ]|\s*$)"
)


def is_list_marker(text: str, n: NumberMatch) -> bool:
    """A list's item number ("1." standing alone, "Solutions: 1. change ... 2. put ..."): the first item
    after a colon or at the start with a "2." to come, or one more than a marker just before it."""
    section = None if n.spelled else _SECTION_NUMBER.match(text)
    if section and n.end <= section.end(1):
        return True  # "1.1. Version", "2.3.1 Directory layout", "2.2.": a document's section number
    if n.spelled or not re.match(r"\d{1,2}[.)](?:\s|$)", text[n.start :]) or not float(n.value).is_integer():
        return False
    number = int(n.value)
    if text.strip() in (f"{text[n.start:n.end]}.", f"{text[n.start:n.end]})"):
        return True
    before = text[: n.start].rstrip()
    if number < 20 and re.fullmatch(r"\.\s*", text[n.end :]) and re.search(r"(?:[,“\"(]|^)$", before):
        return True  # 'the caption "1.' and 'Stop It, 2.': a marker the sentence splitter cut a list at
    if number == 1:
        return (not before or before.endswith(":")) and re.search(r"(?<![\w.,])2[.)]\s", text[n.end :]) is not None
    return re.search(rf"(?<![\w.,]){number - 1}[.)]\s", text[: n.start]) is not None


# Minutes of goals in brackets after a scorer ("سجلها إيدر (16 من ركلة جزاء و47)", "scored by Lee (12, 80)"):
# only small numbers, a penalty mark and "and" inside, in a sentence about goals.
_GOAL_MINUTES = re.compile(
    r"\((?:\s*\d{1,3}(?:\+\d{1,2})?['’]?\s*(?:(?:من\s+)?ركلة\s+جزاء|pen\.?|penalty|og)?\s*(?:,|،|و|and)?\s*)+\)"
)
_GOAL_WORDS = re.compile(
    r"(?:سجل|هدف|أهداف|مرمى|لمرمى|شباك|التسجيل|\b(?:scored|scorer|goals?|equali[sz]ed|equali[sz]er)\b)", re.IGNORECASE
)


# A score said in words: "by a score of 3 to 1", "the score was 2 to 2 at half time".
_SCORE_SAID = re.compile(
    r"\b(?:score|scoreline|result)\s+(?:of|was|is|stood\s+at)\s+(?:\d{1,3}\s+(?:to|-|–)\s+)?$", re.IGNORECASE
)
_SCORE_SAID_AFTER = re.compile(r"\s+(?:to|-|–)\s+\d|\s*(?:$|[,.;])|\s+(?:at|in|after|with)\b")


# A vote before a pair of numbers joined by a dash: the pair is a tally, not a match score.
_VOTE_BEFORE = re.compile(r"\b(?:votes?|voted|voting|ballots?|tally|margin)\b[^.;:]{0,25}?(?:\d+\s*[-–]\s*)?$",
                          re.IGNORECASE)  # fmt: skip


# The verb of voting right before a tally in words ("voted 310 to 219", "voted by 52 to 48", "a vote of 9 to 3").
_VOTED_TO = re.compile(r"\b(?:voted|votes?\s+of)\s+(?:by\s+)?(?:\d[\d,]*\s+to\s+)?$", re.IGNORECASE)


def vote_tally(text: str, n: NumberMatch) -> bool:
    """Whether `n` is one side of a vote's tally written with a dash ("by a vote of 68-31", "voted 310–121")."""
    if n.spelled or n.value_max is not None:
        return False
    # "voted 310 to 219": a tally in words too, right after the verb of voting
    pair = re.match(r"\s*[-–]\s*\d", text[n.end :]) or re.search(r"\d\s*[-–]\s*$", text[: n.start])
    worded = re.match(r"\s+to\s+\d", text[n.end :]) or re.search(r"\d\s+to\s+$", text[: n.start])
    if worded and not pair:
        return _VOTED_TO.search(text[max(0, n.start - 40) : n.start]) is not None
    return pair is not None and _VOTE_BEFORE.search(text[max(0, n.start - 40) : n.start]) is not None


def is_score(text: str, n: NumberMatch) -> bool:
    """A match score ("defeated Panama 3–0", "ended 0–0"): small whole numbers joined by an en dash
    with no unit after; a result, not a quantity the article reports. Also the minutes of goals in brackets."""
    if "(" in text[max(0, n.start - 30) : n.start] and _GOAL_WORDS.search(text):
        if any(m.start() < n.start < m.end() for m in _GOAL_MINUTES.finditer(text)):
            return True
    said = _SCORE_SAID.search(text[max(0, n.start - 40) : n.start])
    if said and n.value_max is None and n.raw < 200 and _SCORE_SAID_AFTER.match(text[n.end :]):
        return True  # "won by a score of 3 to 1": a result in words, not two quantities
    window = text[max(0, n.start - 4) : n.end + 4]
    if "–" not in window and "-" not in window:
        return False  # a score's dash stands right by its numbers
    if vote_tally(text, n):
        return False  # "approved by a vote of 68-31", "voted 310–121": a tally of votes, each a figure
    if any(m.start() <= n.start < m.end() for m in _SCORE.finditer(text)):
        return True
    for m in _HYPHEN_SCORE.finditer(text):
        if m.start() <= n.start < m.end():
            low, high = (int(d) for d in re.findall(r"\d+", m.group(0)))
            # a range rises ("aged 8-10,"): a rising pair is a score only in a sentence about a match
            return low >= high or _MATCH_WORDS.search(text) is not None
    return False


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

"""What a figure counts when it is a measure: of a noun ("a death toll of 40"), as an adjective ("a 20-minute
demonstration"), in the genitive ("two hours' drive"), a multiple ("three times as powerful"), a dimension, a
length from a place, a percentage describing a noun ("a 5% rise in sales"). Split out of `counted`."""

from __future__ import annotations

import re

from briefing_app.core.facts.counted_distance import WORDED_LENGTH, danish_located, distance_of, shot_distance
from briefing_app.core.facts.counted_rtl import rtl_context
from briefing_app.core.facts.durations import what_lasts
from briefing_app.core.facts.figure_words import (
    ADVERBS,
    AR_STOP,
    CONTAINERS,
    DA_STOP,
    DURATIONS,
    EN_STOP,
    EN_VERBS,
    GENERIC_HEADS,
    LENGTHS,
    PAST_VERBS,
    PRONOUNS,
)
from briefing_app.core.facts.noun_after import ON_THE_PERIOD, after_phrase
from briefing_app.core.facts.percent_compounds_en import rate_on, stacked_change
from briefing_app.core.facts.phrase_edges import ed_form, noun_in_phrase
from briefing_app.core.facts.subject_before import before_phrase
from briefing_app.core.numbers import NumberMatch

# The dimension an adjective of size names: "a 50-metre-high wave" gives the wave's height.
_DIMENSIONS = {"high": "height", "tall": "height", "long": "length", "wide": "width", "deep": "depth",
               "thick": "thickness"}  # fmt: skip
# Nouns of a level reached, whose owner is the subject: "hit a record high of", "fell to a low of".
_LEVEL_NOUNS = {"high", "low", "peak", "record", "level", "maximum", "minimum", "rate", "pace",
                # a dimension the subject has: "The terminal covers an area of 200,000 square metres"
                "area", "capacity", "length", "height", "depth", "width", "range", "span", "wingspan"}


# Nouns of a change, and the light verbs that give a subject a change ("Wages | saw an increase of 3.5%").
_CHANGE_NOUNS = {
    "increase", "rise", "fall", "drop", "decline", "growth", "jump", "gain", "decrease", "reduction", "slump", "surge",
    "contraction", "expansion", "hike", "plunge", "climb", "dip", "cut", "loss",
}  # fmt: skip
# What changed, named after the figure ("a drop of 12% | in sales"); not a time ("in the first quarter", "in May").
_CHANGE_IN = re.compile(r"\s*(?:in|of|on)\s+(?!(?:the\s+)?(?:first|second|third|fourth|last|past|[A-Z]|\d))")
_LIGHT_CHANGE = re.compile(
    r"\b(?:saw|sees|see|seen|posted|posts|recorded|records|registered|registers|reported|reports|experienced|"
    r"suffered|suffers|logged|logs|showed|shows|shown|notched|booked)\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
    r"(?:[a-z]+\s+)?[a-z]+\s+of\s*$"
)


# A common noun, a prepositional phrase whose object is a name, and "of" before a figure.
_NOUN_BEFORE_NAMED_PP = re.compile(
    r"\b(?:a|an|the)\s+([a-z][\w-]*)\s+(?:under|from|by|through|via|at|with)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’&-]*\s+){1,5}of\s+$"
)


# The noun before "at a cost of" / "at a price of": what the sum is paid for ("ordered 10 new planes at a cost of").
_AT_A_COST = re.compile(r"\b([a-z][\w-]*)\s*,?\s+at\s+an?\s+(?:[a-z-]+\s+)?(?:cost|price)\s+of\s+$")
# Quantifiers and pronouns before "of" that take a part of the figure's whole, not a noun it measures.
_PART_WORDS = {"one", "each", "all", "most", "many", "some", "half", "none", "both", "any", "either", "neither",
               "part", "rest", "few", "several", "out", "two", "three", "four", "five", "ten", "dozens", "hundreds",
               "thousands", "millions", "tens", "lot", "lots", "plenty", "more", "less", "fewer"}  # fmt: skip


# What follows an Arabic weight and is no noun it weighs: an adverb in the accusative ("طن يوميا", "كيلوغراماً
# تقريبا"), a preposition or a measure glued to its word ("طن بقيمة", "كيلو بحوزته", "طن للفرد", "طن بالإضافة"),
# the unit's own second word ("طن متري", "كيلو غرام"), a passive's auxiliary ("طن تم ضبطها").
_AR_NOT_WEIGHED = re.compile(
    r"[\u0621-\u064a]*(?:يا|اً|ًا|يًا|ياً)|(?:بال|لل|كال|وال)[\u0621-\u064a]*"
    r"|ب(?:قيمة|حوزة|حوزت[\u0621-\u064a]*|واقع|معدل|نسبة|زيادة|ارتفاع|انخفاض|إجمالي|اجمالي|سعر|تكلفة|كلفة)"
    r"|ل(?:كل|صالح)|متري|مترية|غرام|جرام|تم|كان|كانت|فقط|مقارنة|فيما|بينما"
)


def ar_measured_noun(rest: str) -> bool:
    """Whether the word right after an Arabic weight is the noun it weighs: "3 طن حشيش", "7 كيلو هيروين" (the
    construct, no "من" between); not "طن يوميا", "كيلو بحوزته", "طن في الميناء"."""
    word = re.match(r"\s+([\u0621-\u064a\u064b-\u0652]{3,})(?=\s|[،,.؛:]|$)", rest)
    if not word:
        return False
    bare = word.group(1)
    # (nor a word that opens with "and" and a preposition, or carries the article: "2.4 مليون طن | وبقيمة 911 مليون
    # دولار" goes on to the next figure, "طن | الأرز" is no construct; "3 طن وقود" still weighs fuel)
    if re.match(r"و[بلك]|(?:و?[بلك]?)ال", bare):
        return False
    return bare not in AR_STOP and not _AR_NOT_WEIGHED.fullmatch(bare)


def owns_count(noun: str) -> bool:
    """Whether a lower-case noun before "of" and a figure names what the figure measures ("a circulation of
    80,000 copies", "a list of 30 names"): no function word, verb, participle, part word or generic head."""
    low = noun.lower()
    return not (
        low in EN_STOP
        or low in EN_VERBS
        or low in PRONOUNS
        or low in _PART_WORDS
        or low in GENERIC_HEADS
        or low in CONTAINERS
        or ed_form(low)
        or low.endswith(("ing", "ly"))
    )


# Words after a Danish unit that start no noun it measures: prepositions, conjunctions, adverbs, verbs.
_DA_NOT_MASS = (
    r"og|eller|men|i|på|til|fra|med|om|af|for|mod|ved|efter|før|under|over|hver|pr|per|mere|mindre|end|som|der|"
    r"er|var|blev|har|havde|kan|vil|skal|koster|kostede|vejer|vejede|om\s+året|ad\s+gangen|[a-zæøå]+ede"
)


# The words after a length that say where or how far, not what is measured ("200 kilometer hjem", "5 kilometer
# væk", "30 meter nede", "10 kilometer gennem byen", "100 meter bag vinderen").
_DA_NOT_LENGTH = (
    r"hjem|væk|borte|herfra|derfra|nede|oppe|ude|inde|ind|ud|ned|op|frem|tilbage|nordpå|sydpå|østpå|vestpå|"
    r"nord|syd|øst|vest|gennem|igennem|langs|forbi|bag|foran|bagud|inden|uden|høj|højt|høje|lang|langt|lange|bred|"
    r"bredt|brede|dyb|dybt|dybe|tyk|tykt|tykke|kort|stor|stort|store|"
    r"hver|om|pr|per|dagligt|ugentligt|fra|efter|længere|kortere|mere|mindre|end|siden|mellem|via|rundt|omkring|hen|"
    r"ad|mod|imod|indtil|derhen|herhen|alene|selv|tilsammen|samlet|totalt|yderligere|ekstra|mandag|tirsdag|"
    r"onsdag|torsdag|fredag|lørdag|søndag|dagen|døgnet|timen|året|sidste|næste|denne|dette|hvor|hvis|når|fordi"
)


# A rate's unit after a figure: "10 sieverts per hour", "20,000 counts per minute".
_RATE_UNIT = re.compile(r"\s+[a-z]+s\s+(?:per|an?)\s+(?:second|minute|hour|day|week|month|year)\b")
# A dimension a length or a weight gives: "20 metres (66 feet) or less in size", "2 km in length".
_IN_DIMENSION = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:or\s+(?:less|more|so)\s+)?in\s+(size|length|height|diameter|width|depth|weight|area|"
    r"volume|circumference|thickness|radius)\b"
)


# A compass direction from a place after a length: "north of", "south-east of", "nord for", "צפונית ל", "شمال".
_DIRECTION = re.compile(
    # (a point between two: "east-southeast of", "north-northwest of")
    r"\s*(?:\([^)]*\)\s*)?((?:(?i:north|south|east|west)(?:[- ]?(?i:north|south)?(?i:east|west))?(?:wards?)?\s+of|"
    r"(?:nord|syd|øst|vest)(?:øst|vest)?\s+for|צפונית|דרומית|מזרחית|מערבית|(?:شمال|جنوب|شرق|غرب)ي?)(?!\w))"
    r"(?:\s*ל-?(?=\S))?",
)


# An Arabic verb of lying or being at a distance, its subject (one to three words) and "على بعد": "تقع المدينة على بعد".
_AR_LOCATED = re.compile(
    r"(?<!\S)[وف]?(?:تقع|يقع|تبعد|يبعد|توجد|يوجد|كانت|كان)\s+((?:\S+\s+){0,2}?\S+)\s+(?:على\s+(?:بعد|مسافة))\s+$"
)


# An Arabic verb of stretching, its subject and the measure of its length: "تمتد الحدود على طول", "يمتد الخط على
# مسافة", "يمتد الجسر لمسافة".
_AR_EXTENT = re.compile(
    r"(?<!\S)[وف]?(?:تمتد|يمتد|امتدت|امتد|تتمدد|يتمدد|تصل|يصل)\s+((?:\S+\s+){0,2}?\S+)\s+"
    r"(?:على\s+|ل)(طول|مسافة|امتداد)\s+(?:(?:نحو|حوالي|قرابة|زهاء|أكثر\s+من|أقل\s+من)\s+)?$"
)


def _ar_extent(before: str) -> str | None:
    """What an Arabic sentence says stretches over a length, and the measure ("تمتد | الحدود | على طول":
    "الحدود (طول)")."""
    m = _AR_EXTENT.search(before)
    if m is None or any(w in AR_STOP for w in m.group(1).split()):
        return None
    return f"{m.group(1)} ({m.group(2)})"


def _ar_located(before: str) -> str | None:
    """What an Arabic sentence says lies at a distance, named right after its verb ("تقع | المدينة | على بعد")."""
    m = _AR_LOCATED.search(before)
    if m is None or any(w in AR_STOP for w in m.group(1).split()):
        return None
    return m.group(1)


def _rtl_length_measure(before: str, lang: str) -> str | None:
    """The measure an Arabic or Hebrew length gives, named before it: a measure noun ("ارتفاع", "גובה"), or
    the Arabic "على بعد" (at a distance of) and "في نطاق" (within a radius of)."""
    measure = rtl_context(before, lang)
    if measure is None and lang == "ar":
        at = re.search(r"(?<!\S)(?:على\s+(بعد)|[وفب]?(?:في\s+)?(نطاق))\s+$", before)
        measure = (at.group(1) or at.group(2)) if at else None
    return measure


# Danish adverbs of level before "på" and a figure: "er (helt) oppe på 54", "nede på 3 procent".
_DA_LEVEL_ADVERBS = frozenset({"oppe", "nede", "ude", "inde", "helt", "lige", "omkring"})


# An abbreviation glossed in brackets between a measure's noun and "of"/"på": "et driftsresultat (EBITDA) på",
# "gross domestic product (GDP) of".
_GLOSS_BEFORE_OF = re.compile(r"\s\([A-ZÆØÅ][A-Za-zÆØÅ&-]{1,9}\)(?=\s+(?:of|på|af)\s+\S{0,12}\s*$)")


def noun_of_before(before: str, unit: str | None, lang: str) -> re.Match[str] | None:
    """The noun before "of" and the figure ("a death toll of 40"), group 1; not a generic head ("an average of")."""
    # (the gloss is blanked, not cut, so that the match's offsets stay those of `before`)
    before = _GLOSS_BEFORE_OF.sub(lambda m: " " * len(m.group(0)), before)
    noun_of = re.search(
        # (not across "and": "sales of $9.5 billion and earnings of 27 cents"; an acronym may head it: "EPS of $4.60")
        # (or a compound on an acronym: "over EU-kravet på 20 procent")
        r"\b((?:(?!(?:and|or|og|eller)\s)[a-zæøå-]+\s+){0,2}(?:[a-zæøå-]+|[A-Z]{2,5}(?:-[a-zæøå]{3,})?))\s+(?:of|på|af)\s+"
        r"(?:between\s+|mellem\s+|just\s+|only\s+|a\s+mere\s+|kun\s+)?$",
        before,
    )  # ("a swing of just 1.5%")
    if noun_of is None and lang == "en":  # "a bonus under the Tolvik Harbour Scheme of up to $3 million": a name
        noun_of = _NOUN_BEFORE_NAMED_PP.search(before[-120:])  # has no amount; the noun before its phrase does
    # (but a definite one a modifier says which: "close to the long-run average of 6.5%", "the national average of")
    named = noun_of is not None and re.search(r"\bthe\s+[a-z][\w-]+\s+[a-z]+$", noun_of.group(1)) is not None
    # (or two modifiers after the article: "the mean analyst estimate of $1.02", "the average revenue estimate of")
    named = named or (
        noun_of is not None
        and len(noun_of.group(1).split()) >= 2
        and re.search(r"\b(?:the|its|their)\s+$", before[: noun_of.start(1)]) is not None
    )
    # (also past a source's name: "the S&P Capital IQ consensus estimate of 17 cents"; a noun phrase of its own)
    named = named or (
        noun_of is not None
        and len(noun_of.group(1).split()) >= 2
        and not re.search(r"\b(?:a|an|the)\b", noun_of.group(1))
        and re.search(r"\b(?:the|its|their)\s+(?:[A-Z][\w&'’.-]*\s+){1,4}$", before[: noun_of.start(1)]) is not None
    )
    # (and three words after "a": "had a consensus revenue estimate of $1.26 billion"; not "an annual average of")
    named = named or (
        noun_of is not None
        and len(noun_of.group(1).split()) == 3
        and re.search(r"\b(?:a|an)\s+$", before[: noun_of.start(1)]) is not None
    )
    # (or the level a figure is set against: "below the 30-day average of 41", "above the average of 12")
    named = named or (
        noun_of is not None
        and re.search(r"\b(?:below|above|under|over|than|with|from|to)\s+the\s+(?:[\w-]+\s+)?(?:average|estimate)$",
                      before[: noun_of.end(1)]) is not None  # fmt: skip
    )
    # (or the average of a count just given, as cricket writes it: "made 5,120 runs at an average of 38.5",
    # "took 80 wickets at an average of 24.5": the figure is that average, not something its subject did)
    named = named or (
        noun_of is not None
        and re.search(r"\d[\d,.]*\s+(?:[a-z][\w-]*\s+){1,5}?(?:at|with)\s+an\s+average$",
                      before[: noun_of.end(1)]) is not None  # fmt: skip
    )
    if noun_of and noun_of.group(1).split()[-1] in GENERIC_HEADS and not (named and lang == "en"):
        noun_of = None  # "rose by an average of 4%": what rose says more than "average"
    if noun_of and unit in DURATIONS and before.rstrip().endswith("på"):
        noun_of = None  # "steget til 19 procent på fem år": "på" leads to a time, not a measure of a noun
    if noun_of and lang == "da" and noun_of.group(1).split()[-1] in _DA_LEVEL_ADVERBS | ADVERBS:
        noun_of = None  # "Antallet af dræbte er nu oppe på 54", "ligger nu på": where a level is, not whose measure
    return noun_of


def measure_reading(
    text: str, n: NumberMatch, before: str, rest: str, unit: str | None, noun_of: re.Match[str] | None, lang: str
) -> tuple[str | None, str | None]:
    """What a measure counts (else None), and the unit the later readings take (a multiple that compares
    nothing, "twice the size of", reads on as a plain number)."""
    rate = _RATE_UNIT.match(rest) if noun_of and unit is None and lang == "en" else None
    if rate and noun_of and noun_of.group(1).split()[-1] not in GENERIC_HEADS:
        # "a reading of 10 sieverts per hour", "readings of 20,000 counts per minute": a rate's unit, and the
        # noun the figure is a reading of
        measured = noun_of.group(1).split()
        verbs = [k for k, w in enumerate(measured) if w in EN_VERBS or w in PAST_VERBS or ed_form(w)]
        measured = [w for w in measured[verbs[-1] + 1 if verbs else 0 :] if w not in EN_STOP]
        if measured:
            return " ".join(measured), unit
    if noun_of and unit is not None and not re.match(r"\s*(?:of|af)\s", rest):
        words = noun_of.group(1).split()
        owned = re.search(r"(?:\b(?:the|its|their|his|her|our)|\w['’]s?)\s+$", before[: noun_of.start(1)]) is not None
        # (a noun of change after a noun of its phrase is a noun: "a pay rise of 3.2%", "a price rise of 12p")
        verb = [
            k
            for k, w in enumerate(words)
            if (w in EN_VERBS or w in PAST_VERBS)
            and not (w in _CHANGE_NOUNS and k and words[k - 1] not in EN_VERBS and words[k - 1] not in EN_STOP)
            # (and a verb's base form right after a modifier: "the mean analyst estimate of $1.02")
            and not (k == len(words) - 1 and k and noun_in_phrase(w, " ".join(words[:k])))
            # (or any form after a possessive or an article: "analysts' estimates of $10.5 billion")
            and not (k == 0 and owned)
        ]
        words = [w for w in words[verb[-1] + 1 if verb else 0 :] if w not in EN_STOP and w not in DA_STOP]
        words = [w for w in words if w not in ADVERBS]  # "Ledigheden er nu på 11 procent": no noun of the figure
        while len(words) > 1 and ed_form(words[0]):
            words = words[1:]  # "imposed tariffs of 25%": the verb before the noun is no part of it
        words = [w for w in words if not w.startswith("-")]  # "a 40-year high of 9.1%": the year's half
        if words and words[0] in ("s", "’s"):
            words = words[1:]  # "the mayor's bold pledge of": the possessive's ending
        changed = _LIGHT_CHANGE.search(before) if lang == "en" and words else None
        if changed and words[-1] in _CHANGE_NOUNS and not _CHANGE_IN.match(rest):
            whose, _ = before_phrase(before[: changed.start()], lang)
            if whose and whose.split()[0].lower() not in PRONOUNS:
                # "Wages saw an increase of 3.5%", "Exports posted a rise of 4%": whose increase; "a drop of 12% in
                # sales" names it after the figure
                return f"{words[-1]} ({whose})", unit
        own = after_phrase(rest, lang) if words and n.kind == "percent" and re.match(r"\s+[a-z]", rest) else None
        if own:
            return f"{own} ({' '.join(words)})", unit  # "a rate of 79.7% child poverty": the rate of what
        own = after_phrase(rest, lang, True) if words and n.currency and re.match(r"\s+in\s", rest) else None
        if own:
            return f"{own} ({' '.join(words)})", unit  # "a pledge of $5 million in flood relief": what the sum is of
        if words and words[-1] in _LEVEL_NOUNS and lang == "en":
            whose, _ = before_phrase(before[: noun_of.start()], lang)
            if whose and whose.split()[0].lower() not in PRONOUNS:
                return f"{' '.join(words)} ({whose})", unit  # "Inflation hit a 40-year high of 9.1%": whose high
        bought = _AT_A_COST.search(before[-80:]) if lang == "en" and words and words[-1] in ("cost", "price") else None
        if bought and owns_count(bought.group(1)):
            return f"{' '.join(words)} ({bought.group(1)})", unit  # "ordered 10 planes at a cost of $1bn": of what
        if words:
            return " ".join(words), unit  # "a specific impulse of 462s"
    if (
        lang == "en"
        and n.kind == "number"
        and unit is None
        # "who is 61,", "who turned 60 on Monday": a relative clause on a person says an age as its main clause does
        # ("he had just turned 21", "she has turned 40": an auxiliary and an adverb may stand between)
        and re.search(
            # ("He's still only 20 and ...", "she was just 17 when ...": a contracted copula, adverbs after it)
            r"(?:\b(?:he|she|I|they|we|who|[A-Z][a-z]+)\s+(?:(?:had|has|have|just|only|recently|already)\s+){0,2}"
            r"(?:was|is|were|turned|turns)|\b(?i:he|she)['’]s)\s+(?:(?:still|only|just|barely|now)\s+){0,2}$",
            before,
        )
        and re.match(
            r"\s*(?:[,.;)]|and\b|when\b|so\b|then\b|until\b|at\s+the\s+time\b|(?:this|next|last|in|on)\s+[a-zA-Z]+|$)",
            rest,
        )
        and n.raw < 120
        and float(n.raw).is_integer()  # (an age is whole: "the BCR for the dam is 0.09," is a ratio)
    ):
        return "age", unit  # "when she was six", "until she was eighteen", "Ann Marlow, who is 61,"
    if lang in ("en", "da") and unit is not None and n.kind == "number" and not n.currency:
        # "a 15 meter high rotating pig", "the 70 meter memorial hall", "a 20-minute demonstration": a
        # measure used as an adjective describes the noun after it, which is what the figure is about.
        determiner = re.search(
            r"\b(?:a|an|the|its|their|his|her|this|these|every|en|et|den|det|\w+['’]s)\s+(?:[a-z]+\s+)?$",
            before,
            re.IGNORECASE,
        )  # "the state's 20-kilometre zone": a possessor determines the noun too
        rest_unbracketed = re.sub(r"^\s*\([^)]*\)", "", rest)  # "a 6020 kg (13271 lb) mass"
        attribute = re.match(
            r"(?:-|\s+)(?:high|long|old|wide|tall|deep|thick|lang|høj|gammel|bred)\b\s*", rest_unbracketed
        )
        body = rest_unbracketed[attribute.end() :] if attribute else rest_unbracketed
        sized = attribute is not None and lang == "en" and unit not in DURATIONS  # ("a ten year long career": a span)
        size_noun = _DIMENSIONS.get(attribute.group(0).strip(" -").lower()) if sized and attribute else None
        if size_noun and determiner and re.match(r"\s*,", body):
            return size_noun, unit  # "a 13 cm-long, Transformer-like robot": its length, the noun after a list
        if (
            (determiner or not before.strip())  # "a 16-foot asteroid", and at the start: "16 Foot Asteroid Passes"
            and re.match(r"\s*[A-Za-zæøå]", body)
            and not re.match(r"\s*(?:of|af|in|for|from|to|and)\b", body)
        ):
            noun = after_phrase(body, lang)
            if noun and noun.split()[0].lower() not in EN_VERBS:
                # "a 50-metre-high wave": the wave's height (a news key is either word)
                return (f"{size_noun} ({noun})" if size_noun else noun), unit
    # "300 hektar skov", "50 kvadratmeter kontorplads": an area or a volume of the noun too
    mass = unit in ("kilograms", "tons", "tonnes", "litres", "millimetres", "hectares", "square metres",
                    "square kilometers", "barrels")  # fmt: skip
    # ("7 kilometer cykelsti", "800 meter forhindringsløb": a length measures the path or the race named right
    # after it, not a direction or a place it goes to: "200 kilometer hjem", "10 kilometer gennem byen"; the noun
    # alone, as the verb or the phrase after it is the clause's: "800 meter forhindringsløb | vandt")
    measured = re.match(rf"\s+(?!(?:{_DA_NOT_LENGTH}|{_DA_NOT_MASS})\b)([a-zæøå][a-zæøå-]{{3,}})\b", rest)
    verb_like = measured is not None and re.fullmatch(r"\w*(?:ede|ende)", measured.group(1)) is not None
    if lang == "da" and unit in ("meters", "kilometers") and measured and not verb_like:
        return measured.group(1), unit
    if lang == "da" and mass and re.match(r"\s+[a-zæøå]{3,}", rest) and not re.match(rf"\s+(?:{_DA_NOT_MASS})\b", rest):
        noun = after_phrase(rest, lang)  # "4.000 ton korn", "30 millimeter regn": a unit measures the noun after it
        if noun:
            return noun, unit
    if lang == "ar" and (mass or unit == "grams") and ar_measured_noun(rest):
        noun = after_phrase(rest, lang)  # "3 طن حشيش", "200 غرام هيروين": a weight in the construct weighs its noun
        if noun:
            return noun, unit
    measured = mass and re.match(r"\s+[\u05d0-\u05ea]", rest)
    if lang == "he" and unit is not None and (re.match(r"\S*(?:ות|י)\s+\S", text[n.end :].lstrip()) or measured):
        noun = after_phrase(rest, lang)  # "10 שנות מאסר", "200 ק\"ג סמים": a unit in the construct measures its noun
        if noun:
            return noun, unit
    if lang in ("en", "da") and unit is not None and n.kind == "number" and not n.currency:
        # A unit in the genitive names the length of what follows: "otte års fængsel", "10 meters
        # kørsel", "two hours' drive".
        unit_word = text[n.end : len(text) - len(rest)].strip()
        genitive = re.match(r"['’]\s*(?=[a-zæøå])", rest) if lang == "en" else (
            # (not a plural in -s before a preposition or a verb: "fra ca. 19.500 tons | til ca. 15.600 tons")
            re.match(rf"\s+(?!(?:{_DA_NOT_MASS})\b)(?=[a-zæøå])", rest) if unit_word.endswith("s") else None
        )  # fmt: skip
        if genitive:
            noun = after_phrase(rest[genitive.end() :], lang)
            if noun and noun.split()[0].lower() not in EN_VERBS:
                return noun, unit
    if unit == "times":
        compared = re.match(r"\s+(?:as\s+)?((?:more|less)\s+[a-z]+|[a-z]+er|[a-z]+)\b", rest)
        many = re.match(r"\s+as\s+(?:many|much)\s+", rest)
        noun = after_phrase(rest[many.end() :], lang) if many else None
        if noun:
            return noun, unit  # "twice as many cases as last year": what there are twice as many of
        if compared and compared.group(1) not in EN_STOP and compared.group(1) not in ("many", "much"):
            # "three times as powerful", "five times more likely", "twice as high": compared in what, and whose
            whose, _ = before_phrase(before, lang)
            return f"{compared.group(1)} ({whose})" if whose else compared.group(1), unit
        often = re.match(r"\s*(?:$|[,.;:]|(?:by|in|on|at|since|during|over|this|last|a|i|på|af|siden)\b)", rest)
        if lang in ("en", "da") and often:
            happened = what_lasts(before, lang)
            if happened:  # "had been convicted at least nine times by the court": how often what happened
                return happened, unit
        unit = None  # "twice the size of ...": read on as a plain number
    dimension = re.match(_IN_DIMENSION, rest) if lang == "en" and unit is not None else None
    if dimension:  # "comets about 20 metres (66 feet) or less in size": the dimension, and of what
        owner = re.search(r"\b([a-z][\w-]*)\s+$", before)
        whose = owner.group(1) if owner and owns_count(owner.group(1)) else None
        return f"{dimension.group(1)} ({whose})" if whose else dimension.group(1), unit
    if lang == "en" and re.search(r"\b(?:is|are|was|were|be|been|being)\s+worth\s+$", before):
        whose, _ = before_phrase(before, lang)  # "if the carrier is worth about 2 billion": the worth, and whose
        return f"worth ({whose})" if whose and whose.split()[0].lower() not in PRONOUNS else "worth", unit
    shot = shot_distance(text, n, rest) if lang == "en" and unit is None else None
    if shot:  # "a volley from 25 yards": how far from goal
        return shot, unit
    spelled_length = WORDED_LENGTH.match(rest) if lang == "en" and unit is None else None
    place = after_phrase(rest[spelled_length.end() :], lang) if spelled_length else None
    if spelled_length and place:  # "2.6 billion light years from Earth", "12 nautical miles off the coast"
        return distance_of(text, n, before, f"{spelled_length.group(1).strip()} {place}"), unit
    if unit in LENGTHS:
        extent = _ar_extent(before) if lang == "ar" else None
        if extent:  # "تمتد الحدود على طول 800 كيلومتر": the length of the border
            return extent, unit
        level = re.match(
            # (the surface of a named body: "below the earth's surface", "beneath the ocean surface")
            r"\s*(?:\([^)]*\)\s*)?((?:above|below|beneath|under)\s+)(?=(?:the\s+)?(?:(?:earth|Earth|planet|ocean|lake|"
            r"water)(?:['’]s)?\s+)?(?:sea|ground|surface|seabed|sea\s?floor)\b)", rest
        )
        below = _UNDERGROUND.match(rest) if lang == "en" else None
        if below:  # "the burial chambers 40 feet (12 meters) underground": the depth of the chambers
            return distance_of(text, n, before, "").replace("distance", "depth").strip(), unit
        if level:  # "six feet (1.8 metres) above sea level", "30 metres below the surface": a height or depth
            return f"{level.group(1).strip()} {after_phrase(rest[level.end() :], lang) or ''}".strip(), unit
        away = re.match(r"\s*(?:\([^)]*\)\s*)?((?:away\s+)?(?:from|off|fra|til|to|من|عن|מ-?|מן)\s+)", rest)
        place = after_phrase(rest[away.end() :], lang) if away else None
        if away and place:
            measure = _rtl_length_measure(before, lang) if lang in ("ar", "he") else None
            located = _ar_located(before) if lang == "ar" else None
            if measure and located:  # "تقع المدينة على بعد 40 كيلومترا من العاصمة": what lies there, and from where
                return f"{located} ({measure} {away.group(1).strip()} {place})", unit
            if measure:  # "على بعد 40 كيلومترا من العاصمة", "لارتفاع 1300 متر من فوهته": the measure named before
                return f"{measure} ({away.group(1).strip()} {place})", unit
            if lang == "en":  # "hotspots up to 300 km from the plant": the distance of the hotspots from it
                return distance_of(text, n, before, f"{away.group(1).strip()} {place}"), unit
            located = danish_located(before) if lang == "da" else None
            if located:  # "Landsbyen ligger 30 kilometer fra grænsen": from the border, and what lies there
                return f"{away.group(1).strip()} {place} ({located})", unit
            return f"{away.group(1).strip()} {place}", unit  # "700 meter fra mål": a distance from a place
        toward = _DIRECTION.match(rest)
        place = after_phrase(rest[toward.end() :], lang) if toward else None
        if toward and place:
            # "420 metres north of the mill", "12 km vest for havnen", "420 מטרים מזרחית לטחנה": where from a place
            glued = " ל" if toward.group(0).rstrip("-").endswith("ל") else " "  # "צפונית לשער"
            if lang == "en":
                return distance_of(text, n, before, f"{' '.join(toward.group(1).split())} {place}"), unit
            located = _ar_located(before) if lang == "ar" else None
            if located:  # "تقع المدينة على بعد 60 كيلومترا شمال العاصمة": the town lies there
                return f"{located} ({' '.join(toward.group(1).split())} {place})", unit
            return f"{' '.join(toward.group(1).split())}{glued}{place}", unit
    if (n.kind == "percent" or unit == "percent") and lang in ("en", "da"):
        # ("the 2.99 per cent core council tax rise", "the extra one per cent on council tax")
        stacked = (stacked_change(before, rest) or rate_on(before, rest)) if lang == "en" else None
        if stacked:
            return stacked, unit
        # "a 5% rise in sales", "a 10 per cent cut in funding": a percentage used as an adjective describes
        # the noun after it, a noun even where it could be a verb ("rise", "cut").
        # (an adjective or a participle may stand between: "the proposed 3.99 per cent rise in Council Tax")
        # ("every", "each": "for every one per cent rise in council tax")
        article = rf"\b(?:a|an|the|its|their|every|each|another|en|et)\s+(?:{_SIZE_ADJECTIVES}\s+)?$"
        # (not the period a change is compared over: "rose by a whopping 707 per cent year on year"; but "the 67%
        # year-on-year boost to the dividend" describes the boost)
        period = ON_THE_PERIOD.match(rest)
        noun_next = re.match(r"\s+([a-z]+)", rest[period.end() :]) if period else None
        period_only = period is not None and (noun_next is None or noun_next.group(1) in EN_STOP)
        # ("reported 61 per cent year-on-year (YoY) jump in its net profit": copy that drops the article, with a
        # period between the share and its change, still writes the share as the change's adjective)
        rest = re.sub(r"^(\s*[\w-]+)\s*\((?:YoY|QoQ|MoM|y-o-y|q-o-q)\)", r"\1", rest)
        period_change = noun_next is not None and noun_next.group(1) in _CHANGE_NOUNS
        determined = re.search(article, before, re.IGNORECASE) or (period_change and lang == "en")
        # ("Acme posts 17% rise in net profit", "Retailer reports 5% fall in sales": headlines drop the article after
        # a verb of reporting results; the change noun after the share still says the share is its adjective)
        first_after = re.match(r"\s*([a-z]+)", rest)
        dropped = lang == "en" and first_after is not None and first_after.group(1) in _CHANGE_NOUNS
        determined = determined or (dropped and _RESULT_VERB_BEFORE.search(before) is not None)
        # (a hyphen may join a capitalised part to the modifier: "a 33% all-Wales increase", "a 4% non-EU rise")
        described = determined and not period_only and re.match(
            r"\s*((?:(?!(?:in|of|on|to|i|af|på)\b)[a-zæøå-]+(?:(?<=-)[A-ZÆØÅ][\w-]*)?\s*){1,2})"
            r"(?:\s*\b(in|of|on|to|i|af|på)\s+"
            r"(?:the\s+|its\s+|their\s+)?"
            # (a coined word in quote marks is one of the noun's: 'a 48pc leap in "new wave" revenues')
            # (up to four words: "a 54 per cent rise in mid-year underlying pretax profit today")
            r"((?:[\w'’\"“”-]|\.(?=\w))+(?:\s+(?:[\w'’\"“”-]|\.(?=\w))+){0,3}))?",
            rest,
        )
        if described:
            noun = " ".join(w for w in described.group(1).split() if w not in EN_STOP and w not in DA_STOP)
            to_changed = described.group(2) != "to" or (
                # "the 67% year-on-year boost to the interim dividend": "to" names what a change changes (not "a
                # 0.25% cut to 5%", the level it reaches, nor "a 20% stake to ...")
                noun.split()[-1].lower() in _CHANGES and described.group(3).lstrip('"“')[:1].isalpha()
            )
            if noun and described.group(2) and to_changed:
                # "a 9.4% jump in like-for-like sales over ...": the complement's adjectives and its noun, up to
                # the next preposition, time word or clause word
                complement: list[str] = []
                for word in described.group(3).replace('"', " ").replace("“", " ").replace("”", " ").split():
                    low = word.lower()
                    # (or the clause's verb: "a 5% fall in sales | hit the shares")
                    # (not the year of "full year", "half year", "financial year", which modify the noun after
                    # them: "a 58 percent decline in its half year pretax profit")
                    year_of = low == "year" and complement and complement[-1].lower() in _YEAR_MODIFIERS
                    ends = low in EN_STOP or low in DA_STOP or low in _NOT_NOUNS or low in EN_VERBS
                    if complement and ends and not year_of:
                        break
                    complement.append(word)
                # "a 23 per cent increase in the number of buyers": a head of quantity says what only with its "of"
                headed = lang == "en" and len(complement) == 1 and complement[0].lower() in _QUANTITY_HEADS
                quantity = _QUANTITY_OF.match(rest[described.start(3) + len(complement[0]) :]) if headed else None
                if quantity:
                    complement += ["of", quantity.group(1)]
                return f"{noun} {described.group(2)} {' '.join(complement)}", unit
            if noun:
                return noun, unit
    return None, unit


# The verbs of reporting a result that headlines put right before a share and its change, with no article ("posts 17%
# rise in profit", "reports 5% fall in sales", "sees 10% jump in revenue").
_RESULT_VERB_BEFORE = re.compile(
    r"\b(?:posts?|posted|reports?|reported|records?|recorded|logs?|logged|sees|saw|books?|booked|notch(?:es|ed)|"
    r"registers?|registered|suffers?|suffered|announces?|announced|clocks?|clocked)\s+"
    r"(?:(?:about|around|nearly|almost|over|more\s+than)\s+)?$"
)


# Adjectives and participles between an article and a percentage that describes the noun after it ("the proposed
# 3.99 per cent rise", "an expected 5% fall", "a further 2% cut").
_SIZE_ADJECTIVES = (
    r"(?:proposed|planned|expected|estimated|forecast|projected|reported|announced|agreed|average|annual|further|"
    r"additional|extra|overall|sharp|steep|modest|small|slight|whopping|staggering|record|surprise|surprising|"
    r"inflation-busting|above-inflation|below-inflation|mooted|possible|potential|maximum|minimum|latest|"
    r"year-on-year|monthly|quarterly|weekly|"
    # (adjectives of size and of how it was received, and compared with what was expected: "a weak 6 percent
    # increase in revenue", "a smaller-than-expected 6 percent increase", "a better than forecast 3% rise")
    r"weak|strong|big|large|huge|massive|hefty|healthy|solid|robust|disappointing|dismal|paltry|meagre|meager|"
    r"impressive|marginal|moderate|substantial|significant|dramatic|unexpected|unprecedented|"
    r"(?:[a-z]+er|[a-z]+er-than-|[a-z]+er\s+than\s+)(?:-?expected|-?forecast|-?anticipated|-?hoped|-?feared))"
)

# Words before "year" that make it a modifier of the results' noun after it ("half year pretax profit").
_YEAR_MODIFIERS = {"full", "half", "financial", "fiscal"}

# The nouns of a change, which "to" after them joins to what they change ("a 5% boost to the dividend").
_CHANGES = {"rise", "increase", "boost", "cut", "hike", "reduction", "fall", "drop", "decline", "uplift"}

# Heads of quantity whose "of" names what changes ("a 23% increase in the number of buyers", "a 4% rise in the
# price of oil"), and that "of" with the noun after it (past an article, up to two words before a stop).
_QUANTITY_HEADS = {"number", "numbers", "price", "prices", "cost", "costs", "value", "amount", "volume", "supply",
                   "share", "proportion", "level", "levels", "rate"}  # fmt: skip
_QUANTITY_OF = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+)?((?!(?:the|a|an)\b)[a-z][\w'’-]*(?:\s+(?!(?:who|that|which|in|on|at|to|for|"
    r"from|by|with|over|since|during|and|or|was|were|is|are|has|have|had)\b|[a-z]+ing\b)[a-z][\w'’-]*)?)"
)

# Words that end the noun a percentage's change is "in" ("a 4% rise in sales yesterday").
_NOT_NOUNS = {"yesterday", "today", "tonight", "year", "years", "month", "months", "week", "weeks", "compared",
              "against", "versus", "ahead", "behind", "this", "these", "those", "its", "their", "his",
              "her"}  # fmt: skip


# A depth under the ground after a length: "40 feet underground", "12 metres below ground".
_UNDERGROUND = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:underground|below\s+ground|beneath\s+the\s+ground)\b")


# A measure its owner has: "The earthquake had a magnitude of", "Tolvik, with a population of".
_HAS_A = re.compile(
    r"\b(has|had|have|having|with|boasts|boasted)\s+(?:an?|the|its|their)\s+"
    r"(?:(?:total|estimated|maximum|combined|registered|current)\s+)?([a-z]+)\s+of\s+(?:(?:about|some|nearly|"
    r"around|almost|roughly|over|more\s+than|just|only)\s+)?$"
)
_WITH_OWNER = re.compile(r"((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*|\b[a-z]{3,})\s*,?\s+$")


def measure_owner(before: str, answer: str) -> str | None:
    """Whose measure a figure is when the clause says its owner has it ("The earthquake had a magnitude of
    6.1" -> "earthquake"); only where the reading so far is that measure's noun alone."""
    m = _HAS_A.search(before[-80:])
    if m is None or m.group(2) != answer:
        return None
    head = before[: len(before) - len(before[-80:]) + m.start()]
    if m.group(1) == "with":
        owner = _WITH_OWNER.search(head)
        word = owner.group(1) if owner else None
    else:
        subject, _ = before_phrase(head, "en")
        word = subject
    if not word or word.split()[0].lower() in PRONOUNS or word.split()[0].lower() in EN_STOP:
        return None
    return word

"""What a figure counts, read from its own sentence by syntax (see `figures` for the overview).

This module chooses among the readings: ages, brackets, "X of N", measures used as adjectives, lengths,
verbs of change, appositives of value, durations. The readings themselves live in small modules:
`noun_after` (the noun phrase after the figure), `subject_before` (the subject or measure before it),
`durations` (what a duration measures) and `counted_rtl` (Arabic and Hebrew measure nouns and subjects).
What the figures of one sentence share with each other is `sharing`'s.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.counted_rtl import rtl_context
from briefing_app.core.facts.done_to import done_to
from briefing_app.core.facts.durations import PURPOSE, noun_after_duration, object_before, what_lasts
from briefing_app.core.facts.figure_words import (
    ADVERBS,
    APPROX_AFTER,
    AR_LEADS,
    AR_STOP,
    AR_VERB,
    CHANGED,
    COLLECTIVES,
    CONTAINERS,
    DA_STOP,
    DURATIONS,
    EN_MONTHS,
    EN_STOP,
    EN_VERBS,
    GENERIC_HEADS,
    HE_STOP,
    LENGTHS,
    MEASURES,
    PAST_VERBS,
    PERIODS,
    PRONOUNS,
    QUALIFIER_LEFT,
    STATUS,
    STOP,
    TIME_WORDS,
    unit_after,
)
from briefing_app.core.facts.figures_he import in_word_gershayim
from briefing_app.core.facts.not_figures import one_after_noun
from briefing_app.core.facts.noun_after import after_phrase, verb_not_noun
from briefing_app.core.facts.phrase_edges import (
    NOT_STATES,
    adverb,
    clause_verb,
    ed_form,
    subject_position,
)
from briefing_app.core.facts.subject_before import before_phrase, measure_in_clause
from briefing_app.core.numbers import NumberMatch, currency_code_before, strip_arabic_marks

# Nouns of a level reached, whose owner is the subject: "hit a record high of", "fell to a low of".
_LEVEL_NOUNS = {"high", "low", "peak", "record", "level", "maximum", "minimum"}


# A common noun, a prepositional phrase whose object is a name, and "of" before a figure.
_NOUN_BEFORE_NAMED_PP = re.compile(
    r"\b(?:a|an|the)\s+([a-z][\w-]*)\s+(?:under|from|by|through|via|at|with)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’&-]*\s+){1,5}of\s+$"
)

_RELATIVE = re.compile(r"\b(?:who|that|which|whom)\b")
# Quantifiers and pronouns before "of" that take a part of the figure's whole, not a noun it measures.
_PART_WORDS = {"one", "each", "all", "most", "many", "some", "half", "none", "both", "any", "either", "neither",
               "part", "rest", "few", "several", "out", "two", "three", "four", "five", "ten", "dozens", "hundreds",
               "thousands", "millions", "tens", "lot", "lots", "plenty", "more", "less", "fewer"}  # fmt: skip


def _owns_count(noun: str) -> bool:
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


def _gerund_with_object(words: list[str]) -> bool:
    """A verb in -ing with its object ("saying it", "making the"), not a noun ("spending", "boiling point")."""
    second = words[1].lower() if len(words) > 1 else ""
    return words[0].lower().endswith("ing") and (second in PRONOUNS or second in EN_STOP or second[:1].isupper())


# A sentence that opens with a phrase describing its subject ("Worth $4bn over five years, the projects ...",
# "At 8,848 metres, Everest is ..."), and the subject after its comma.
_FRONTED = re.compile(
    r"\s*(?:Worth|Valued|Costing|Priced|Estimated|Measuring|Weighing|Standing|At|With|Founded|Built|Aged)\b"
    r"(?:[^,;:]|,(?=\d)){1,60},"
    r"\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?((?:[\w'’-]+\s+){0,2}?[\w'’-]+?)(?=\s+(?:is|are|was|were|has|have|had|"
    r"will|would|can|could|may|might|stands?|rises?|focus(?:es)?|covers?|remains?|includes?|[a-z]+ed|[a-z]+s)\b)"
)


# The name a bracketed age follows: capitalised where the script has capitals ("Maria Lopez (34)", not "its
# deputies (71)"), any word in Arabic and Hebrew.
_NAME_BEFORE_BRACKET = {"en": r"[A-ZÆØÅ][\w'’-]+\s*\(\s*$", "da": r"[A-ZÆØÅ][\w'’-]+\s*\(\s*$"}


# Words after a Danish unit that start no noun it measures: prepositions, conjunctions, adverbs, verbs.
_DA_NOT_MASS = (
    r"og|eller|men|i|på|til|fra|med|om|af|for|mod|ved|efter|før|under|over|hver|pr|per|mere|mindre|end|som|der|"
    r"er|var|blev|har|havde|kan|vil|skal|koster|kostede|vejer|vejede|om\s+året|ad\s+gangen|[a-zæøå]+ede"
)
# "Det koster 15.000 kr. at leje en bil": a sum that doing something costs, the infinitive after it says what.
_COSTS_BEFORE = re.compile(r"\b(?:koster|kostede|kostet|koste)\s+(?:(?:cirka|ca\.|omkring|over|under|kun|hele)\s+)?$")
_TO_DO = re.compile(r"\s*(?:kr\.|kroner|euro)?\s+(at\s+[a-zæøå]+(?:\s+[a-zæøå]+){0,4})")


def _cost_of_doing(before: str, rest: str) -> str | None:
    """ "at leje en bil" after "koster 15.000 kr." (Danish): what the sum pays for."""
    if not _COSTS_BEFORE.search(before):
        return None
    m = _TO_DO.match(rest)
    if m is None:
        return None
    words = m.group(1).split()
    while words[-1] in ("i", "på", "til", "med", "for", "af", "fra", "og", "en", "et", "den", "det", "de"):
        words.pop()  # "at leje en cykel i | Halby": the phrase cut inside a complement
    return " ".join(words) if len(words) > 1 else None


def counts_of(text: str, n: NumberMatch, rest: str, unit: str | None, lang: str) -> str | None:
    before = text[: n.start]
    rest = APPROX_AFTER.sub("", rest)
    doing = _cost_of_doing(before, rest) if lang == "da" and n.currency else None
    if doing:
        return doing
    fronted = _FRONTED.match(text) if lang == "en" and not re.search(r",(?!\d)", before) else None
    if fronted and unit == "percent" and re.match(r"\s*(?:%|percent|per\s+cent)?\s+of\s", text[n.end :]):
        fronted = None  # "With 70% of its GDP from trade, Chile ...": a share names its whole itself
    if fronted and n.start < fronted.end() and fronted.group(1).lower() not in PRONOUNS:
        # "Worth US$4.3bn over five years, the projects ...": the fronted phrase describes the subject after it
        own = after_phrase(rest, lang) if unit is None and n.kind == "number" else None
        lead = re.sub(r"(?:US\$|[$£€¥₪])\s*$", "", before[: before.rfind(n.qualifier)] if n.qualifier else before)
        of_noun = re.search(r"\b([a-z][\w-]*)\s+of\s+$", lead) if not own else None
        if of_noun and of_noun.group(1) not in EN_STOP and of_noun.group(1) not in GENERIC_HEADS:
            own = of_noun.group(1)  # "With a population of 12,000, the town ...": the measure, and whose
        return f"{own} ({fronted.group(1)})" if own else fronted.group(1)
    if n.spelled and n.raw == 1 and re.search(r"\w\s*$", before) and one_after_noun(n, before, lang):
        # (not after a bracket or a dash: "(אחד מהם": the one opens its own phrase)
        if unit_after(" " + before.split()[-1], lang)[0] is None:
            return before.split()[-1]  # "شرطي واحد": the noun before "one"
        before = before[: before.rstrip().rfind(" ") + 1]  # "לתקופה של שנה אחת": one of a unit, measuring more
    if n.qualifier:
        at = before.rfind(n.qualifier.rstrip("-"))
        before = before[:at] if at >= 0 else before
    before = re.sub(r"(?:US\$|[$£€¥₪])\s*$", "", before)
    before = currency_code_before(before) if n.currency else before  # "costs KSh 3,000", "is USD 5 million"
    before = re.sub(QUALIFIER_LEFT, "", before)  # "a market value of about $2 trillion": the sign hid "about"
    possessor = re.search(r"((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)(?:'s|’s|s'|s’)\s+$", before[-60:])
    possessor = possessor if lang == "en" else None
    if possessor and (n.kind == "percent" or unit is not None):
        # "Smith had 52.3% to Jones's 45.1%", "Brazil's 3% growth": whose share or measure it is
        own = after_phrase(rest, lang, n.currency is not None) if n.kind != "percent" or rest.strip() else None
        return f"{own} ({possessor.group(1)})" if own else possessor.group(1)
    if lang in ("en", "da") and n.kind == "number" and n.value_max is None and 0 < n.raw < 120 and n.raw == int(n.raw):
        person = re.search(r"(?:[A-ZÆØÅ][\w'’-]+|\b(?i:the|a|an|den|det)\s+[a-zæøå-]+),\s*$", before)
        if person and re.match(r"\s*(?:,|\)|and\b|og\b|at\s+the\s+time\b)", text[n.end :]) and not n.spelled:
            return "age"  # "Thomas Sam, 42, and his wife", "the gunman, 24,", "Maria, 16 at the time,": an age
        died = re.search(r"\b(die[sd]|dying|passed\s+away)\s+at\s+$", before[-24:]) if unit is None else None
        if died:
            return f"age ({died.group(1)})"  # "the novelist dies at 83": the age at death
    if lang == "en" and re.search(r"\b(?:in|into)\s+(?:his|her|their|its|my|our|your)\s+$", before) and re.match(
        r"['’]?s\b", text[n.end :]
    ):
        return "age"  # "a man in his 40s"
    if lang == "he":
        before = re.sub(r"((?<![\u05d0-\u05ea])[ו]?(?:בן|בת))\s+ה-?$", r"\1 ", before)  # "בת ה-13": aged 13
    age = re.search(
        r"(?:\b(?:at\s+|i\s+)?(age|aged|alder(?:en)?)(?:\s+(?:between|from|over|under|mellem|fra))?|(?<!\w)[وب]?(عمر(?:ه|ها)?|العمر|גיל|בן|בת)(?:\s+(?:يناهز|ناهز|نحو|قرابة))?)\s+$",
        before,
    )
    if age:
        return "age" if age.group(1) else f"{age.group(2)} (age)"
    if (
        n.kind == "number"
        and n.value_max is None
        and 0 < n.raw < 120
        and before.rstrip().endswith("(")
        and re.search(_NAME_BEFORE_BRACKET.get(lang, r"[^\W\d_]{2,}\s*\(\s*$"), before[-40:])
        # a Hebrew plural or possessive noun before the bracket is counted, not aged ("חבריה (33)")
        and not (lang == "he" and re.search(r"(?:ים|ות|יה|יו|יהם|יהן)\s*\(\s*$", before[-40:]))
        and re.match(r"\s*(?:(?:years?|år|عاما|عامًا|سنة|שנים)\s*)?\)", text[n.end :])
        and unit in (None, "years")
    ):
        # "Maria Lopez (34)", "أحمد (45 عاما)", "יוסי (45)": an age in brackets after a name, named in the
        # article's language too
        return {"ar": "عمر (age)", "he": "גיל (age)"}.get(lang, "age")
    sized = (unit is not None or n.currency) and unit != "percent" and n.kind != "percent"
    # "a majority of the deputies (71)": a bare count in brackets restates the noun phrase before them
    sized = sized or (n.kind == "number" and n.value_max is None and text[n.end : n.end + 1] == ")")
    bracketed = _noun_before_bracket(before, lang) if sized and not re.match(r"\s*(?:of|af|من|של)\s", rest) else None
    if bracketed:
        return bracketed  # "the orbit of the satellites (22,300 miles)": the size of the noun before it
    since = (
        re.match(r"\s+(?:(?:have|has|had)\s+(?:passed|elapsed|gone\s+by)\s+|(?:er\s+)?gået\s+)?"
                 r"(since|siden|after|efter)\s+", rest)  # fmt: skip
        if unit in DURATIONS
        else None
    )  # "two years have passed since the landslide": how long since what
    if since:
        what = after_phrase(rest[since.end() :], lang)
        lasting = what_lasts(before, lang) if lang in ("en", "da") and re.search(r"\b(?:for|i)\s+$", before) else None
        if what:  # "20 years since the first single": how long since what; "halted comments for three days
            # after the attack": and what lasted, when a "for" says the clause lasted
            return f"{since.group(1)} {what} ({lasting})" if lasting else f"{since.group(1)} {what}"
    noun_of = re.search(r"\b((?:[a-zæøå-]+\s+){0,2}[a-zæøå-]+)\s+(?:of|på|af)\s+(?:between\s+|mellem\s+)?$", before)
    if noun_of is None and lang == "en":  # "a bonus under the Tolvik Harbour Scheme of up to $3 million": a name
        noun_of = _NOUN_BEFORE_NAMED_PP.search(before[-120:])  # has no amount; the noun before its phrase does
    if noun_of and noun_of.group(1).split()[-1] in GENERIC_HEADS:
        noun_of = None  # "rose by an average of 4%": what rose says more than "average"
    if noun_of and unit in DURATIONS and before.rstrip().endswith("på"):
        noun_of = None  # "steget til 19 procent på fem år": "på" leads to a time, not a measure of a noun
    rate = _RATE_UNIT.match(rest) if noun_of and unit is None and lang == "en" else None
    if rate and noun_of and noun_of.group(1).split()[-1] not in GENERIC_HEADS:
        # "a reading of 10 sieverts per hour", "readings of 20,000 counts per minute": a rate's unit, and the
        # noun the figure is a reading of
        measured = noun_of.group(1).split()
        verbs = [k for k, w in enumerate(measured) if w in EN_VERBS or w in PAST_VERBS or ed_form(w)]
        measured = [w for w in measured[verbs[-1] + 1 if verbs else 0 :] if w not in EN_STOP]
        if measured:
            return " ".join(measured)
    if noun_of and unit is not None and not re.match(r"\s*(?:of|af)\s", rest):
        words = noun_of.group(1).split()
        verb = [k for k, w in enumerate(words) if w in EN_VERBS or w in PAST_VERBS]
        words = [w for w in words[verb[-1] + 1 if verb else 0 :] if w not in EN_STOP and w not in DA_STOP]
        words = [w for w in words if w not in ADVERBS]  # "Ledigheden er nu på 11 procent": no noun of the figure
        while len(words) > 1 and ed_form(words[0]):
            words = words[1:]  # "imposed tariffs of 25%": the verb before the noun is no part of it
        words = [w for w in words if not w.startswith("-")]  # "a 40-year high of 9.1%": the year's half
        if words and words[0] in ("s", "’s"):
            words = words[1:]  # "the mayor's bold pledge of": the possessive's ending
        own = after_phrase(rest, lang) if words and n.kind == "percent" and re.match(r"\s+[a-z]", rest) else None
        if own:
            return f"{own} ({' '.join(words)})"  # "a rate of 79.7% child poverty": the rate of what
        own = after_phrase(rest, lang, True) if words and n.currency and re.match(r"\s+in\s", rest) else None
        if own:
            return f"{own} ({' '.join(words)})"  # "a pledge of $5 million in flood relief": what the sum is of
        if words and words[-1] in _LEVEL_NOUNS and lang == "en":
            whose, _ = before_phrase(before[: noun_of.start()], lang)
            if whose and whose.split()[0].lower() not in PRONOUNS:
                return f"{' '.join(words)} ({whose})"  # "Inflation hit a 40-year high of 9.1%": whose high
        if words:
            return " ".join(words)  # "a specific impulse of 462s"
    if (
        lang == "en"
        and n.kind == "number"
        and unit is None
        and re.search(r"\b(?:he|she|I|they|we|[A-Z][a-z]+)\s+(?:was|is|were|turned|turns)\s+$", before)
        and re.match(r"\s*(?:[,.;)]|and\b|when\b|so\b|then\b|until\b|(?:this|next|last|in|on)\s+[a-zA-Z]+|$)", rest)
        and n.raw < 120
    ):
        return "age"  # "when she was six", "until she was eighteen"
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
        if (
            (determiner or not before.strip())  # "a 16-foot asteroid", and at the start: "16 Foot Asteroid Passes"
            and re.match(r"\s*[A-Za-zæøå]", body)
            and not re.match(r"\s*(?:of|af|in|for|from|to|and)\b", body)
        ):
            noun = after_phrase(body, lang)
            if noun and noun.split()[0].lower() not in EN_VERBS:
                return noun
    mass = unit in ("kilograms", "tons", "tonnes", "litres", "millimetres")
    if lang == "da" and mass and re.match(r"\s+[a-zæøå]{3,}", rest) and not re.match(rf"\s+(?:{_DA_NOT_MASS})\b", rest):
        noun = after_phrase(rest, lang)  # "4.000 ton korn", "30 millimeter regn": a unit measures the noun after it
        if noun:
            return noun
    measured = mass and re.match(r"\s+[\u05d0-\u05ea]", rest)
    if lang == "he" and unit is not None and (re.match(r"\S*(?:ות|י)\s+\S", text[n.end :].lstrip()) or measured):
        noun = after_phrase(rest, lang)  # "10 שנות מאסר", "200 ק\"ג סמים": a unit in the construct measures its noun
        if noun:
            return noun
    if lang in ("en", "da") and unit is not None and n.kind == "number" and not n.currency:
        # A unit in the genitive names the length of what follows: "otte års fængsel", "10 meters
        # kørsel", "two hours' drive".
        unit_word = text[n.end : len(text) - len(rest)].strip()
        genitive = re.match(r"['’]\s*(?=[a-zæøå])", rest) if lang == "en" else (
            re.match(r"\s+(?=[a-zæøå])", rest) if unit_word.endswith("s") else None)  # fmt: skip
        if genitive:
            noun = after_phrase(rest[genitive.end() :], lang)
            if noun and noun.split()[0].lower() not in EN_VERBS:
                return noun
    if unit == "times":
        compared = re.match(r"\s+(?:as\s+)?((?:more|less)\s+[a-z]+|[a-z]+er|[a-z]+)\b", rest)
        many = re.match(r"\s+as\s+(?:many|much)\s+", rest)
        noun = after_phrase(rest[many.end() :], lang) if many else None
        if noun:
            return noun  # "twice as many cases as last year": what there are twice as many of
        if compared and compared.group(1) not in EN_STOP and compared.group(1) not in ("many", "much"):
            # "three times as powerful", "five times more likely", "twice as high": compared in what, and whose
            whose, _ = before_phrase(before, lang)
            return f"{compared.group(1)} ({whose})" if whose else compared.group(1)
        often = re.match(r"\s*(?:$|[,.;:]|(?:by|in|on|at|since|during|over|this|last|a|i|på|af|siden)\b)", rest)
        if lang in ("en", "da") and often:
            happened = what_lasts(before, lang)
            if happened:  # "had been convicted at least nine times by the court": how often what happened
                return happened
        unit = None  # "twice the size of ...": read on as a plain number
    dimension = re.match(_IN_DIMENSION, rest) if lang == "en" and unit is not None else None
    if dimension:  # "comets about 20 metres (66 feet) or less in size": the dimension, and of what
        owner = re.search(r"\b([a-z][\w-]*)\s+$", before)
        whose = owner.group(1) if owner and _owns_count(owner.group(1)) else None
        return f"{dimension.group(1)} ({whose})" if whose else dimension.group(1)
    if lang == "en" and re.search(r"\b(?:is|are|was|were|be|been|being)\s+worth\s+$", before):
        whose, _ = before_phrase(before, lang)  # "if the carrier is worth about 2 billion": the worth, and whose
        return f"worth ({whose})" if whose and whose.split()[0].lower() not in PRONOUNS else "worth"
    if unit in LENGTHS:
        level = re.match(
            r"\s*(?:\([^)]*\)\s*)?((?:above|below|beneath|under)\s+)(?=(?:the\s+)?(?:sea|ground|surface)\b)", rest
        )
        if level:  # "six feet (1.8 metres) above sea level", "30 metres below the surface": a height or depth
            return f"{level.group(1).strip()} {after_phrase(rest[level.end() :], lang) or ''}".strip()
        away = re.match(r"\s*(?:\([^)]*\)\s*)?((?:away\s+)?(?:from|off|fra|til|to|من|عن|מ-?|מן)\s+)", rest)
        place = after_phrase(rest[away.end() :], lang) if away else None
        if away and place:
            return f"{away.group(1).strip()} {place}"  # "700 meter fra mål": a distance from a place
        toward = _DIRECTION.match(rest)
        place = after_phrase(rest[toward.end() :], lang) if toward else None
        if toward and place:
            # "420 metres north of the mill", "12 km vest for havnen", "420 מטרים מזרחית לטחנה": where from a place
            glued = " ל" if toward.group(0).rstrip("-").endswith("ל") else " "  # "צפונית לשער"
            return f"{' '.join(toward.group(1).split())}{glued}{place}"
    if (n.kind == "percent" or unit == "percent") and lang in ("en", "da"):
        # "a 5% rise in sales", "a 10 per cent cut in funding": a percentage used as an adjective describes
        # the noun after it, a noun even where it could be a verb ("rise", "cut").
        described = re.search(r"\b(?:a|an|the|its|their|en|et)\s+$", before, re.IGNORECASE) and re.match(
            r"\s*((?:(?!(?:in|of|on|i|af|på)\b)[a-zæøå-]+\s*){1,2})(?:\s*\b(in|of|on|i|af|på)\s+(?:the\s+)?([\w'’-]+))?",
            rest,
        )
        if described:
            noun = " ".join(w for w in described.group(1).split() if w not in EN_STOP and w not in DA_STOP)
            if noun:
                return f"{noun} {described.group(2)} {described.group(3)}" if described.group(2) else noun
    of_phrase = re.match(r"\s*(?:\([^)]*\)\s*)?(?:of|af|in|for|من|في)\s", rest)
    money = n.currency is not None or unit in ("rials", "dinars", "dirhams", "pounds")  # "10 مليارات ريال لدعم"
    # "about 4 billion in bonds", "to lend 6 billion to the airline": a sum whose currency the context leaves out
    scaled = lang == "en" and unit is None and n.scale >= 1e6
    money = money or (scaled and re.match(r"\s+(?:in|to|for)\s", rest) is not None)
    opens = lang == "en" and subject_position(before)
    wanted = unit is None or of_phrase or n.kind == "percent" or money
    span = _SPAN_BETWEEN.match(rest) if money and lang == "en" else None
    # "$40 million over the next three years to the trust", "$1.5bn over five years for repairs": a span between
    # a sum and what it is for
    after = after_phrase(rest[span.end() :] if span else rest, lang, money, opens) if wanted else None
    where = _SPENT_AT.match(rest) if not after and unit in DURATIONS and lang == "en" else None
    if where and not re.match(EN_MONTHS, where.group(2)) and where.group(2).lower() not in _NOT_PLACES:
        # "12 years at Northern Rail", "20 years with the Coast Guard", "150 days in orbit": where the time was spent
        lasting = what_lasts(re.sub(r"\b(?:an?|the)\s+(?:total|maximum|minimum|average)\s+of\s+$", "", before), lang)
        return f"{lasting} {where.group(1)}" if lasting else where.group(1)
    if after and of_phrase and unit in DURATIONS and lang in ("en", "da"):
        # "scored within 40 seconds of kick-off", "jailed for 9 years for her writing": the complement names the
        # time or the cause, and the clause the duration ends says what happened or lasted
        lasting = what_lasts(before, lang)
        if lasting and not {w.lower() for w in lasting.split()} & {w.lower() for w in after.split()}:
            return f"{after} ({lasting})"
    harm = _HARMED.search(before[-60:]) if lang == "en" and after and unit is None and n.kind == "number" else None
    done = _HARMED_PARTICIPLE[harm.group(1).lower()] if harm else None
    counted_object = (unit is None and n.kind == "number") or n.currency is not None  # "granted $50,000 to a team"
    if lang == "en" and after and not done and counted_object and not _RELATIVE.search(after):
        # "police detained 45 students", "the firm laid off 1,200 workers"; a relative clause on the noun
        # already says which ones ("destroyed 200 homes that were built on the coast")
        done = done_to(before)
    if after and done and done not in after:
        # "killed 12 people", "injuring 200 others": the verb says which people the figure counts
        after = f"{after} {done}" if " " not in after and not money else f"{after} ({done})"
    group = noun_of.group(1).split()[-1] if after and noun_of and lang == "en" else ""
    if after and group and group not in after and (group in COLLECTIVES or _owns_count(group)):
        # "assemblies of five or more people", "a coalition of 70 members": the group; "a circulation of 80,000
        # copies", "a grain density of 4.1 g/cm³": the noun the figure is a measure of, with its modifier
        modifier = noun_of.group(1).split()[-2:-1] if noun_of else []
        if modifier and not _owns_count(modifier[0]):
            modifier = []
        after = f"{after} ({' '.join([*modifier, group])})"
    if unit in ("years", "days", "weeks", "months", "hours") and re.match(r"-", text[n.end :]) and not after:
        after = after_phrase(rest, lang)  # "a 17-year rule"
    compound = re.match(r"-([a-z]+)\s+(?=[a-z])", text[n.end :]) if unit is None and lang == "en" else None
    if compound and not after and compound.group(1) not in ("fold", "times", "odd"):
        noun = after_phrase(text[n.end + compound.end() :], lang)
        if noun:
            return f"{compound.group(1)} {noun}"  # "a 12-member panel", "a 10-point plan": the noun it describes
    if not after and noun_of and unit is None and n.kind == "number":
        words = [w for w in noun_of.group(1).split() if w not in EN_STOP and w not in EN_VERBS and w not in DA_STOP]
        if words:
            return " ".join(words)  # "a death toll of 40", "a majority of 153": the noun the figure measures
    if not after and lang == "en":
        changed = CHANGED.search(before)
        if changed:  # "cut its workforce by 12%", "reduce smoking rates to 5 percent": what is changed
            changed_words = (changed.group(1) or changed.group(2)).split()
            words = [w for w in changed_words if w.lower() not in EN_STOP and w.lower() not in PRONOUNS]
            if words:
                return " ".join(words)
    if lang == "en" and n.kind == "percent":
        leading = re.search(r"((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*|\b[a-z]+)\s+(?:\w+ing\s+)?with\s+$", before)
        if leading and leading.group(1).lower() not in EN_STOP:
            name = leading.group(1)  # "Smith leading with 52% (of the vote)", "the governor with 48%": whose share
            return f"{after} ({name})" if after else name
        on_the_way = measure_in_clause(before, lang) if not after else None
        if on_the_way:
            whole, _ = before_phrase(before, lang)
            if whole and on_the_way.split()[-1] in whole.split() and len(whole.split()) > len(on_the_way.split()):
                return whole  # "The share of renewable energy rose to 30%": the measure with what it is of
            return on_the_way  # "saw voter turnout listed in excess of 100%": the measure named on the way
    if lang == "en" and unit is None and re.search(r"\bmagnitude[\s-]+$", before[-12:]):
        return f"magnitude ({after})" if after else "magnitude"  # "a magnitude 6.4 earthquake": its magnitude
    valued = _WORTH_APPOSITIVE.search(before[-80:]) if lang == "en" and money and not after else None
    if valued and valued.group(1).lower() not in EN_STOP and valued.group(1).lower() not in PRONOUNS:
        return valued.group(1)  # "The loan, worth $2bn, was approved": the value of the noun before the comma
    each = _EACH_DOING.search(before[-80:]) if lang == "en" and not after else None
    if each and each.group(1).lower() not in EN_STOP:
        return f"{each.group(2)} ({each.group(1)})"  # "155 turbines, each generating 1.5 megawatts": each of what
    subject, measure = before_phrase(before, lang)
    if lang == "en" and money and not after and subject and re.search(_COSTING, before[-40:]) and "cost" not in subject:
        return f"cost ({subject})"  # "The plan will cost an estimated $1.1 billion": the cost of the subject
    if subject and (
        _gerund_with_object(subject.split())
        or subject.split()[0].lower() in PRONOUNS
        or (lang == "en" and verb_not_noun(subject.split()))
    ):
        subject, measure = None, False  # "saying it", "they", "compared to": no subject worth naming
    if after and subject and (measure or n.kind == "percent" or unit is not None or after in ("points", "point")):
        return f"{after} ({subject})"  # "15 percent" of what and whose: "shares (Kmart)"; "the index fell 300 points"
    if after and not measure and lang in ("en", "da"):
        # A measure named earlier in the sentence: "the death toll ... continues to rise, passing 80,000 people".
        named = re.findall(r"\b(?:[a-z]+\s+)?([a-zæøå]+)\b", before)
        measure_word = next((w for w in reversed(named) if w in MEASURES), None)
        if measure_word:
            return f"{after} ({measure_word})"
    if not after and not subject and lang in ("en", "da"):
        found = [m for m in re.finditer(r"\b(?:([a-zæøå-]+)\s+)?([a-zæøå]+)\b", before) if m.group(2) in MEASURES]
        if found:  # "skæres antallet ned til 8.000", "the Titan 4's launch cost of $400 million"
            m = found[-1]
            modifier = m.group(1) if m.group(1) and m.group(1) not in EN_STOP and m.group(1) not in DA_STOP else ""
            return f"{modifier} {m.group(2)}".strip()
    moving = re.search(r"\b([a-z]+ing)\s+(?:at|to)\s+$", before) if lang == "en" and unit and not after else None
    if moving and moving.group(1) not in EN_STOP:
        # "Flight 9 was flying at 33,000 feet", "shares were trading at $12": the measure of what is going on
        who, _ = before_phrase(before[: moving.start()], lang)
        return f"{who} {moving.group(1)}" if who and who.split()[0].lower() not in PRONOUNS else moving.group(1)
    if not after and unit in DURATIONS and lang == "en":
        kind = noun_after_duration(rest)
        if kind:  # "sentenced to 27 years imprisonment", "ten years experience": the noun says of what
            return kind
        purpose = PURPOSE.match(rest)
        if purpose and purpose.group(1) not in EN_STOP and purpose.group(1) not in TIME_WORDS:
            return " ".join(purpose.group(0).split())  # "80 days to appeal the sentence": the time given for what
        fronted_span = re.fullmatch(r"\s*(?:For|Over|During|In)\s+(?:the\s+(?:past|last|next|first)\s+)?", before)
        unabbreviated = re.sub(r"\b(Dr|Mr|Mrs|Ms|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Jr|Sr)\.", r"\1", rest)
        clause = re.match(r"\s*,?\s*([^,.;:!?()]+)", unabbreviated) if fronted_span else None
        if clause:  # "For five minutes I just stared": what lasted is the clause after the fronted span
            words = [w for w in clause.group(1).split() if w.lower() not in PRONOUNS and w.lower() not in ADVERBS]
            words = [w for w in words if not adverb(w)][:6]
            if words:
                return " ".join(words)
    if not after and unit is None and lang == "en" and n.kind == "number":
        numbering = re.search(r"([A-Za-z][\w'’-]*)\s*,\s*(?:numbering|totall?ing|amounting\s+to)\s+$", before)
        if numbering and numbering.group(1).lower() not in EN_STOP:
            return numbering.group(1)  # "The protesters, numbering around 2,000,": the noun the apposition is on
        acting = _ACTING.match(rest)
        if acting and (acting.group(2) in STATUS or (subject_position(before) and clause_verb(acting.group(2)))):
            return acting.group(1)  # "police said about 15,000 took part": what those counted did
        harmed = _HARMED.search(before)
        if harmed:  # "... shot down, killing 298": those killed
            return _HARMED_PARTICIPLE[harmed.group(1).lower()]
    if not after and unit in DURATIONS and lang in ("en", "da"):
        lasting = what_lasts(before, lang)
        state = re.match(r"\s+((?:in|behind|at|on|i|på|bag)\s+(?:the\s+)?([a-zæøå]+))\b", rest)
        if state and (state.group(2) in PERIODS or state.group(2) in TIME_WORDS or state.group(2) in NOT_STATES):
            state = None
        if lasting and state:
            return f"{lasting} {state.group(1)}"  # "spent 18 months in prison": where or in what state
        if lasting or state:
            return lasting or (state.group(1) if state else None)
    asking = re.search(r"\b([a-z]{3,}ing)\s+(?:for|about)\s+$", before) if lang == "en" and not after else None
    if asking and (n.currency or n.scale >= 1e6) and asking.group(1) not in EN_STOP:
        return asking.group(1)  # "only asking for 2 million", "bidding for $2m": what the sum is sought by
    if not after and (unit in DURATIONS or n.currency) and lang in ("en", "da"):
        # "receive aid for up to two weeks", "buy Sears for $11bn", "savings within three years": the
        # noun just before the preposition is what lasts or costs, more than the clause's subject.
        obj = object_before(before, lang)
        if obj:
            return obj
    if not after and unit in DURATIONS and lang in ("ar", "he"):
        sentence = re.search(r"(?<!\S)ب(ال[^\s.,;:!?،؛\"]{2,})\s+$", before) if lang == "ar" else None
        if sentence:  # "حكم عليه بالسجن ثلاث سنوات": the time of the sentence or state named just before
            return sentence.group(1)
        # not "بتهمة", "بسبب": a cause after the time, not where it was spent
        spent = re.match(r"\s+((?:في\s+|بال)[^\s.,;:!?،؛\"]+|ב(?!שנה|חודש|שבוע|יום)[^\s.,;:!?\"]+)", rest)
        if spent:  # "18 חודשים בכלא", "5 سنوات في السجن": where the time was spent
            after = spent.group(1)
    valued = re.search(
        r"(?<!\S)((\w+)\s+(?:(?:قدرت|قدر|تقدر|يقدر|تبلغ|بلغت)\s+)?"
        r"(?:بقيمة|بتكلفة|بكلفة|بمبلغ|ما\s+يعادل|ما\s+يوازي|ما\s+قيمته|בשווי|בעלות|בהיקף))\s*$",
        before,
    )
    if valued and valued.group(2) not in STOP.get(lang, set()):
        # "عقدا بقيمة 120 مليون ريال", "חוזה בשווי 3 מיליון": what the sum is the value of
        return f"{valued.group(1)} ({after})" if after else valued.group(1)
    if lang == "ar" and after and _AR_NEXT_FIGURE.match(rest):
        after = None  # "مقتل 5 وإصابة 20": the noun after "و" is counted by the next figure, not this one
    if lang in ("ar", "he"):
        context = rtl_context(before, lang)
        if context:
            return f"{after} ({context})" if after and context not in after else context
    if not after and not subject and lang == "ar":
        # Arabic puts the thing before its figure: "يرفع معاشات المتقاعدين 25 %".
        ahead = re.sub(rf"(?<!\S)(?:{'|'.join(AR_LEADS)}|[بلكف]\u0640)\s*$", "", before.rstrip())
        ahead = re.sub(r"(?<!\S)(?:إلى|الى|على|عن|حتى)\s*$", "", ahead.rstrip())  # "أن يصل النمو إلى 4 %"
        words = [w for w in ahead.split()[-2:] if re.match(r"\w", w)]  # "أسعار النفط بنسبة 3 %": the prices
        if len(words) == 2 and _ar_construct_head(words[1]):
            words = words[1:]  # "أعلنت الوزارة اعتقال 45": a noun in the construct state heads its figure alone
        if words and not any(strip_arabic_marks(w) in AR_STOP for w in words):
            return " ".join(words)
    return after or subject


# Another counted noun glued to "and" with its own figure right after it: "مقتل 5 | وإصابة 20", "وفاة أكثر
# من 251 | وجرح أكثر من 700".
_AR_NEXT_FIGURE = re.compile(
    r"\s+و[\u0621-\u064a]{3,}\s+(?:(?:أكثر|أقل)\s+من\s+|(?:نحو|حوالي|قرابة|زهاء)\s+)?[0-9\u0660-\u0669]"
)


def _ar_construct_head(word: str) -> bool:
    """An Arabic noun in the construct state before its figure ("مقتل 5", "وفاة أكثر من 251", "اعتقال 45"):
    indefinite in form (no article after its clitics), no verb of reaching, no particle."""
    bare = strip_arabic_marks(word)
    return (
        len(bare) >= 3
        and not re.match(r"[وفبلك]?(?:ال|لل)", bare)
        and bare not in AR_STOP
        and not re.fullmatch(AR_VERB, bare)
        and not bare.startswith("ي")  # an imperfect verb ("يضم"); not "ت", which opens nouns too ("تفجير")
    )


_NOT_PARTICLE = r"(?:the|a|an|its|their|his|her|and|or|but|in|on|at|to|for|of|by|with|from|after|before)\b"
# What a bare figure did or underwent: "15,000 took part", "40 were killed", "12 have been freed".
_ACTING = re.compile(
    rf"\s+((?:(?:have|has|had|were|was|are)\s+)?(?:been\s+)?([a-z]+)(?:\s+(?!{_NOT_PARTICLE})[a-z]+)?)"
)
# Verbs that do harm to people, before a bare figure: "killing 298", "wounded 40": the figure counts those harmed.
_HARMED = re.compile(
    r"\b(kill|injur|wound|arrest|detain|evacuat|displac|rescu|infect|abduct|kidnapp?)(?:ing|ed|e|s|es)?\s+"
    r"(?:(?:at\s+least|more\s+than|some|about|nearly|almost|over|up\s+to|another|all)\s+)?$",
    re.IGNORECASE,
)
_HARMED_PARTICIPLE = {
    "kill": "killed", "injur": "injured", "wound": "wounded", "arrest": "arrested", "detain": "detained",
    "evacuat": "evacuated", "displac": "displaced", "rescu": "rescued", "infect": "infected", "abduct": "abducted",
    "kidnap": "kidnapped", "kidnapp": "kidnapped",
}  # fmt: skip


# A rate's unit after a figure: "10 sieverts per hour", "20,000 counts per minute".
_RATE_UNIT = re.compile(r"\s+[a-z]+s\s+(?:per|an?)\s+(?:second|minute|hour|day|week|month|year)\b")


# A noun and an appositive of value before a sum: "The loan, worth $2bn,", "a deal, valued at about $5m,".
_WORTH_APPOSITIVE = re.compile(
    r"\b([a-z][\w-]*)\s*,\s*(?:worth|valued\s+at|costing|priced\s+at)\s+(?:(?:about|some|around|nearly|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
# "155 wind turbines, each generating": the noun before "each" and the participle after it.
_EACH_DOING = re.compile(r"\b((?:[a-z][\w-]*\s+)?[a-z][\w-]*s),?\s+each\s+([a-z]+ing|with|of|worth)\s+$")
# A verb of costing just before a sum (past an approximating word): "will cost an estimated $1.1 billion".
_COSTING = r"\bcosts?(?:ing)?\s+(?:(?:an\s+estimated|about|around|nearly|almost|some|up\s+to|more\s+than|over)\s+)?$"
# A dimension a length or a weight gives: "20 metres (66 feet) or less in size", "2 km in length".
_IN_DIMENSION = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:or\s+(?:less|more|so)\s+)?in\s+(size|length|height|diameter|width|depth|weight|area|"
    r"volume|circumference|thickness|radius)\b"
)
# A span of time between a sum and its purpose or recipient: "over the next two years | to ...".
_SPAN_BETWEEN = re.compile(
    r"\s*,?\s*(?:over|during|within|in)\s+(?:the\s+)?(?:(?:next|past|last|coming|first)\s+)?(?:[\w-]+\s+)?"
    r"(?:years?|months?|weeks?|days?|decades?)\b,?(?=\s+(?:to|for|in|on|towards)\s)"
)
# Where or with whom a duration was spent: a name ("at Northern Rail", "with the Coast Guard") or a bare noun that ends
# its phrase ("in orbit,", "in prison for ...").
_SPENT_AT = re.compile(
    r"\s+((?:in|at|with|aboard)\s+(?:the\s+)?([A-Z][\w&'’-]*(?:\s+(?:of\s+)?[A-Z][\w&'’-]*){0,3}|[a-z]+))"
    r"(?=\s*(?:[,.;:)]|$|\s(?:in|as|and|for|before|after|until|since|where|when|with|on)\b))"
)
_NOT_PLACES = {"total", "all", "a", "an", "row", "time", "advance", "turn", "part", "office", "this", "that", "it",
               "them", "which", "length", "general", "particular", "fact", "recent", "between"}  # fmt: skip
# A label and a colon after another colon, a semicolon or a full stop: "...: Cuts to libraries: 40 million".
_INNER_LABEL = re.compile(
    r"(?:^|[:;.!?])\s*([^\W\d_][^:;.!?()\"“”]{0,70}?)\s*:\s*(?:about|some|around|nearly|over)?\s*$"
)
# A short label and a colon that open the sentence before its figure: "Population: 12,000", "Budget: $4m".
_LABEL = re.compile(r"^\s*((?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_][\w'’-]*)\s*:\s*(?:about|some|around|nearly|over)?\s*$",
                    re.IGNORECASE)  # fmt: skip


def clause_before(text: str, n: NumberMatch, lang: str) -> str | None:
    """What a figure is about when nothing names it, not even by ellipsis (called after the sharing): the
    clause it ends ("He earns | $2,000 a month"), in Hebrew the words before it ("השקל התחזק | ב-2%")."""
    before = text[: n.start]
    if lang in ("en", "da"):
        bare = re.sub(r"(?:US\$|[$£€¥₪])\s*$", "", before)
        label = _LABEL.search(bare) if len(before) < 60 else None
        first = label.group(1).split()[0].lower() if label else ""
        if label and first not in STOP[lang] and first not in PRONOUNS:
            return label.group(1)  # "Population: 12,000", "Death toll: 45": the label the figure is given
        inner = _INNER_LABEL.search(bare)
        words = inner.group(1).split() if inner and not re.search(r"\d", inner.group(1)) else []
        if words and len(words) <= 7 and words[0].lower() not in PRONOUNS:
            # "... @someone: Cuts to libraries: 40 million; rescuing the airline: 900 million": a label after
            # another colon or a semicolon names the figure as the sentence's first label does
            return " ".join(words)
        return what_lasts(before, lang)
    if lang in ("he", "ar"):
        ahead = re.split(r"[,.;:!?\"“”()،؛]", in_word_gershayim(before) if lang == "he" else before)[-1]
        ahead = re.sub(r"(?<!\S)(?:[ובלמהכש]{1,2}-?|[وبلكف]\u0640?)\s*$", "", ahead.rstrip())
        stop = HE_STOP if lang == "he" else AR_STOP
        words = [w for w in ahead.split() if w not in stop and strip_arabic_marks(w) not in stop and w not in AR_LEADS]
        words = [w for w in words if not re.search(r"\d", w)]  # "איבדו המניות כ-40% מערכן": another figure's
        return " ".join(words[-3:]) or None
    return None


# A compass direction from a place after a length: "north of", "south-east of", "nord for", "צפונית ל", "شمال".
_DIRECTION = re.compile(
    r"\s*(?:\([^)]*\)\s*)?((?:(?i:north|south|east|west)(?:[- ]?(?i:east|west))?(?:wards?)?\s+of|"
    r"(?:nord|syd|øst|vest)(?:øst|vest)?\s+for|צפונית|דרומית|מזרחית|מערבית|(?:شمال|جنوب|شرق|غرب)ي?)(?!\w))"
    r"(?:\s*ל-?(?=\S))?",
)


def _noun_before_bracket(before: str, lang: str) -> str | None:
    """The noun phrase a bracketed figure gives the size of: "the orbit of geostationary satellites (22,300
    miles)", "the new stadium (€40m)"; not a conversion ("16 feet (5 metres)", left to `share_counts`)."""
    tail = before.rstrip().rstrip("$£€¥₪").removesuffix("US").rstrip()
    if not tail.endswith("("):
        return None
    m = re.search(r"([^\W\d_][\w'’-]*)\s*\(\s*(?:US\$|[$£€¥₪])?\s*$", before[-80:])
    if not m or (lang in ("en", "da") and unit_after(" " + m.group(1), lang)[0] is not None):
        return None
    stop = STOP.get(lang, set())
    tokens = re.findall(r"[^\s,;:()\"“”]+|[,;:()\"“”]", before[-80:][: m.end(1)])
    words: list[str] = []
    for token in reversed(tokens[-6 if lang in ("en", "da") else -2 :]):
        low = token.lower()
        if not re.match(r"\w", token) or low in EN_VERBS or low in PRONOUNS:
            break
        if low in stop and low not in ("of", "af", "the", "a", "an", "de"):
            break
        if lang == "en" and words and ed_form(low):
            break  # "opened | the new stadium"
        words.insert(0, token)
    while words and words[0].lower() in stop:
        words = words[1:]
    return " ".join(words) or None

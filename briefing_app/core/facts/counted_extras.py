"""Words that narrow what an English figure counts, once its noun phrase has been read (`counted`).

- a sum taken at the box office: "The film took $45m at the US box office" -> "film (box office)";
- the unit a sum or a count is per: "more than 3,000€ per household" -> "(per household)";
- a purpose fronted before the clause: "For her design, she received 40,000 euros" -> "(for her design)";
- what a copula says the counted ones are, after a light head or a part of a group: "Three of the injured
  are volunteers" -> "injured (volunteers)", "nine people are likely to have drowned" -> "people (likely to
  have drowned)".
"""

from __future__ import annotations

import re

from briefing_app.core.facts.counted_set import set_or_changed
from briefing_app.core.facts.figure_words import DA_STOP, EN_STOP, PERIODS, TIME_WORDS
from briefing_app.core.facts.light_heads import LIGHT_HEADS
from briefing_app.core.numbers import NumberMatch

# "per family", "per head", "a head": the unit of a rate that is not a time ("per year" is a rate in time).
_PER = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:€|£|\$|euros?|dollars?|pounds?|p\b|pence|cents?\b)?\s*(per|for\s+each|for\s+every)\s+([a-z]+)\b"
)
# A price "a share" ("320p a share", "$45 a share"): the sum per share of a company, as "per share" says.
_A_SHARE = re.compile(r"(?:p\b|\s*pence\b|\s*cents?\b)?\s+an?\s+(share)\b")
# A pay rate by the hour or a price by the unit of a commodity: "$2.43 an hour", "£9.50 per hour", "$80 a barrel"
# (an hour is short enough to be no period a sum is counted over: "a year earlier" is when, "an hour" how paid).
_PAY_RATE = re.compile(
    r"\s*(?:per|an?)\s+(hour|night|barrel|gallon|litre|liter|tonne|ton|kilo|kilogram|kg|ounce|megawatt-hour|kilowatt-hour)"
    r"\b(?!\s+(?:ago|earlier|later|before|after|from|since|of|or\s+so)\b)"
)
_TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "quarter", "annum", "cent"}
# "For her design, ...", "For the project, ...": a purpose that opens the sentence (not a time: "For years,").
_FRONTED_FOR = re.compile(
    r"^\s*(For\s+(?:his|her|their|its|the|this|that|these|those|our|my)\s+[a-z]+(?:\s+[a-z]+)?)\s*,"
)
_PERCENT = r"(?:%|percent\b|per\s+cent\b)?"
# A sum or a count as the subject of a copula and an adjective with its complement: "is available for this
# scheme", "are needed for the repairs".
_READY_FOR = re.compile(
    r"\s*(?:[a-z]+\s+)?(?:is|are|was|were|will\s+be|has\s+been|have\s+been)\s+(?:made\s+)?"
    r"(?:currently\s+|now\s+|still\s+|also\s+|immediately\s+)?"
    # ("will be made immediately available to respond to natural disasters", "will be provided through the X")
    r"((?:available|needed|required|earmarked|set\s+aside|allocated|budgeted|reserved|intended|provided|"
    r"distributed|awarded|granted|invested)\s+(?:for|to|through|via|on)\s+"
    r"(?:[\w'’-]+\s+){0,4}[\w'’-]+)"
)
# A copula and its predicate after the counted noun: "... of the injured are local volunteers,".
_PREDICATE = re.compile(
    r"\s+(?:are|were)\s+(?:also\s+|all\s+|now\s+)?[\"“]?((?:[\w'’-]+\s+){0,8}?[\w'’-]+)[\"”]?\s*(?:[,;.:(]|$|"
    r"(?=(?:because|during|since|after|when|while|despite|amid|following|until|according)\s))"
)  # (up to a clause's edge: "... people are going hungry | because of under-investment in ...")


# A part of a whole named before, "of which"/"of whom", and the copula that says what the part is: "£47 a share, of
# which | £21 | will be cash", "of which £10m was in new shares".
_OF_WHICH = re.compile(
    r",\s*of\s+(?:which|whom)\s+(?:(?:about|some|around|nearly|almost|roughly|just|only)\s+)?(?:US)?[$£€]?\s*$"
)
_PART_IS = re.compile(
    r"(?:m\b|bn\b|k\b|p\b|\s*(?:%|percent\b|per\s+cent\b|million\b|billion\b|pence\b|cents?\b))?\s+"
    r"(?:will\s+be|would\s+be|is|was|are|were|is\s+to\s+be|will\s+come|would\s+come|came|comes)\s+"
    r"(?:(?:paid\s+)?in\s+(?:the\s+form\s+of\s+)?)?((?:new\s+|fresh\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
)
# A measure after a per-share sum: "97 cents a share | in earnings", "$1.20 a share of profit".
_SHARE_MEASURE = re.compile(r"\s+(?:in|of)\s+([a-z]{4,})\b")
# "took $45m at the US box office", "earned £2m at the box office": a sum the box office took.
_BOX_OFFICE = re.compile(
    r"\s*(?:(?:in|on|over)\s+(?:[\w-]+\s+){1,3})?(?:at|from)\s+the\s+(?:[\w.-]+\s+){0,2}box[- ]office\b", re.IGNORECASE
)


def with_extras(text: str, n: NumberMatch, counts: str | None) -> str | None:
    """`counts` with the unit it is per, a fronted purpose and a copula's predicate, where the text has them."""
    after = text[n.end :]
    counts = set_or_changed(text[: n.start], after, counts)  # "a rise in its dividend to $0.26", "fees capped at"
    if n.currency and _BOX_OFFICE.match(after) and "box office" not in (counts or "").lower():
        return f"{counts} (box office)" if counts else "box office"  # "The film took $45m at the box office"
    part = _PART_IS.match(after) if _OF_WHICH.search(text[: n.start]) else None
    named = [w for w in part.group(1).split() if w.lower() not in EN_STOP][:2] if part else []
    if named and " ".join(named) not in (counts or ""):
        # "£47 a share, of which £21 will be cash": the part is what the copula after it names, of the whole before
        return f"{' '.join(named)} ({counts})" if counts else " ".join(named)
    a_share = _A_SHARE.match(after) if n.currency or re.match(r"p\b|\s*(?:pence|cents?)\b", after) else None
    measure = _SHARE_MEASURE.match(after[a_share.end() :]) if a_share else None
    if measure and measure.group(1) not in EN_STOP and measure.group(1) not in PERIODS and measure.group(1) not in (
        counts or ""
    ):  # "Analysts expected 97 cents a share in earnings": the measure the per-share sum is of
        return f"{measure.group(1)} ({counts})" if counts and "share" in counts else (
            f"{measure.group(1)} ({counts}) (per share)" if counts else f"{measure.group(1)} (per share)"
        )
    if counts is None:
        ready = _READY_FOR.match(after)  # "Up to $80 million is available for this scheme"
        return " ".join(ready.group(1).split()) if ready else ("per share" if a_share else None)
    if a_share and "share" not in counts:
        return f"{counts} (per share)"  # "valued at 320p a share"
    per = _PER.match(after)
    if per and per.group(2) not in _TIME_UNITS and per.group(2) not in PERIODS and per.group(2) not in counts:
        counts = f"{counts} (per {per.group(2)})"  # "3,000€ per household"
    wage = _PAY_RATE.match(after) if n.currency else None
    if wage and wage.group(1) not in counts:
        counts = f"{counts} (per {wage.group(1)})"  # "paid them as little as $2.43 an hour", "$80 a barrel"
    fronted = _FRONTED_FOR.match(text) if n.currency else None
    if fronted and fronted.end() <= n.start and fronted.group(1).split()[-1].lower() not in TIME_WORDS:
        counts = f"{counts} ({fronted.group(1)[0].lower()}{fronted.group(1)[1:]})"  # "For her design, she received"
    head = counts.split(" (")[0]
    noun = re.match(rf"\s*{_PERCENT}\s*(?:of\s+(?:the|these|those)\s+)?{re.escape(head)}\b", after) if head else None
    partitive = noun is not None and " of " in f" {noun.group(0).strip()} "
    if noun and (head in LIGHT_HEADS or partitive):
        predicate = _PREDICATE.match(after, noun.end())
        if predicate:  # "Three of the injured are volunteers", "nine people are "likely to have drowned""
            words = predicate.group(1).split()
            counts = f"{counts} ({' '.join(words[-3:] if partitive else words)})"
    return counts


# "Det koster 900 kr. at leje en robåd": the cost of what the infinitive after the sum says.
_DA_COSTS = re.compile(r"\b(?:det|der)\s+(?:koster|kostede|(?:vil|kan|skal)\s+koste)\s+(?:\w+\s+)?$", re.IGNORECASE)
_DA_TO_DO = re.compile(r"\s*(?:kr\.|kroner|euro)?\s*(at\s+[a-zæøå]+(?:\s+(?!og\b|men\b|når\b|fordi\b)[\wæøå-]+){0,5})")


# A Danish verb of spending or setting money aside right before a sum, and what follows it with "på"/"til" (an
# infinitive with "at" or a noun phrase): "vil bruge 4,5 mia. kr. | på at forbedre sygehusene", "afsætter 300 mio. kr.
# | til forskning".
_DA_SPENT = re.compile(
    r"\b(bruge|bruger|brugte|bruges|investere|investerer|investerede|afsætte|afsætter|afsatte|afsættes|bevilge|"
    r"bevilger|bevilgede|bevilges|spare|sparer|sparede|spares|give|giver|gav|gives|øremærke|øremærker|øremærkede|"
    # (the participle of the perfect and the passive: "har afsat", "er der afsat i alt")
    r"afsat|brugt|investeret|bevilget|sparet|givet|øremærket)\s+"
    r"(?:i\s+alt\s+)?(?:(?:yderligere|ekstra|over|under|cirka|ca\.|omkring|knap|godt|næsten|op\s+til|mindst)\s+)?$"
)
# The same verbs finite in second place, their subject after them when something else opens the clause: "I 2016
# brugte | Region Nord | 2,6 mia. kr. på ...", "I 2017 brugte | regionens sygehuse | 162 millioner på ...".
_DA_SPENT_INVERTED = re.compile(
    r"\b(bruger|brugte|investerer|investerede|afsætter|afsatte|bevilger|bevilgede|sparer|sparede|giver|gav|"
    r"øremærker|øremærkede)\s+((?:[\wæøåÆØÅ'’-]+\s+){1,4}?)"
    r"(?:i\s+alt\s+)?(?:(?:yderligere|ekstra|over|under|cirka|ca\.|omkring|knap|godt|næsten|op\s+til|mindst)\s+)?$"
)
_DA_SPENT_ON = re.compile(
    r"\s*(?:kr\.|kroner|euro|EUR|DKK)?\s*((?:på|til)\s+(?:at\s+)?[a-zæøå][\wæøå-]*(?:\s+(?!og\b|eller\b|men\b|når\b|fordi\b|"
    r"i\s+(?:år|alt)\b)[\wæøå-]+){0,5})"
)


# "en aftale til en værdi af", "en ordre til en samlet pris på": the noun whose value the sum is.
_DA_VALUE_OF = re.compile(
    r"\b([a-zæøå][\wæøå-]{2,})\s+til\s+en\s+(?:samlet\s+|anslået\s+)?(værdi|pris)\s+(?:af|på)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


# An indefinite noun, the body it comes from or goes to, and "på" before a sum: "en støttepakke fra EU's
# Solidaritetsfond (EUSF) på", "et lån til kommunen på".
_DA_NOUN_OF_SUM = re.compile(
    r"\b(?:en|et)\s+([a-zæøå][\wæøå-]{3,})\s+(?:fra|til|for)\s+[^,;:.]{1,60}?\s+på\s+"
    r"(?:(?:over|under|cirka|ca\.|omkring|knap|godt|næsten|op\s+til)\s+)?$"
)


def danish_cost(before: str, rest: str, counts: str | None) -> str | None:
    """What a Danish sum is the cost of when an empty "det" stands for an infinitive after it ("Det koster 900 kr.
    at leje en robåd" -> "at leje en robåd"), or the value of the noun before "til en værdi af" ("en aftale til en
    værdi af 600 mio. kr." -> "værdi (aftale)"); else `counts` unchanged."""
    valued = _DA_VALUE_OF.search(before[-80:])
    if valued:
        return f"{valued.group(2)} ({valued.group(1)})"
    sized = _DA_NOUN_OF_SUM.search(before[-120:])
    if sized:  # "en støttepakke fra EU's Solidaritetsfond (EUSF) på over 14,6 mio. EUR": the package
        return sized.group(1)
    spent = _DA_SPENT.search(before[-60:])
    inverted = _DA_SPENT_INVERTED.search(before[-80:]) if not spent else None
    if inverted and not any(w.lower() in DA_STOP or re.search(r"\d", w) for w in inverted.group(2).split()):
        spent = inverted  # (the words between are the subject: no preposition, conjunction or number among them)
    on = _DA_SPENT_ON.match(rest) if spent else None
    if on and spent:  # "Regeringen vil bruge 4,5 mia. kr. på at forbedre sygehusene": what it goes to, and the verb
        return f"{' '.join(on.group(1).split())} ({spent.group(1)})"
    if not _DA_COSTS.search(before[-40:]):
        return counts
    m = _DA_TO_DO.match(rest)
    return m.group(1) if m else counts

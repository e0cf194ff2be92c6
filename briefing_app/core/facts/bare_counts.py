"""What an English figure with no noun after it counts, where the syntax around it says so (see `figures`).

* A bare number that is a clause's subject with a copula and a plural noun: "Of the dead, 12 were children",
  "ten were soldiers": the predicate says what they are; a fronted "Of the X," names the whole.
* A relative time after a figure ("$30 million a year earlier", "2,000 a decade ago") says when, not what.
* A bare number that is the object of a verb of saying or estimating after another figure of its sentence
  ("at least 50 gunshots, and the police are saying 200"): the count said again by another source, left to
  the sharing of the sentence's figures (an ellipsis, as the corpus conventions read it); so is a bare number
  after a verb ending its clause ("the Greens lost 3"), a total ("bringing the total to 312") and a second
  dimension ("30 metres wide").
* Danish: a part after a fronted "Af de X" keeps the whole.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_context import before_qualifier
from briefing_app.core.facts.figure_words import PAST_VERBS
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.phrase_edges import IRREGULAR_PLURALS
from briefing_app.core.facts.reporting_verbs import en
from briefing_app.core.numbers import NumberMatch

# "Of the 300 passengers, ...", "Among the dead, ...": a whole named at the start of the sentence.
_FRONTED_WHOLE = re.compile(
    # (its number may follow a word or two: "Of the remaining top 10 expensive verdicts, seven ...")
    r"^\s*(?:Of|Among)\s+(?:the|those|these|all\s+the)\s+(?:(?:[a-z][\w-]*\s+){0,2}\d[\d,.]*\s+)?"
    r"((?:[\w'’-]+\s+){0,2}[\w'’-]+)\s*,\s*"
    r"(?:(?:about|some|around|nearly|almost|at\s+least|more\s+than|only|just)\s+)?$",
    re.IGNORECASE,
)
# The same whole with a longer modifier after its plural head (a participle or a preposition and up to 60 characters):
# "Of the ballots cast in early voting for Precinct 1, 28,090 were for X", "Of the patients admitted last winter, 12".
_FRONTED_WHOLE_LONG = re.compile(
    r"^\s*(?:Of|Among)\s+(?:the|those|these|all\s+the)\s+"
    r"((?:[a-z][\w'’-]*\s+)?[a-z][\w'’-]*s)\s+(?:[a-z]{3,}ed|cast|held|made|taken|seen|sent|sold|who|that|in|at|on|"
    r"from|with|across|during)\b[^,;:()]{0,60}?,\s*"
    r"(?:(?:about|some|around|nearly|almost|at\s+least|more\s+than|only|just)\s+)?$",
    re.IGNORECASE,
)


def _whole_before(before: str) -> str | None:
    """The whole a fronted "Of the X," names before a number, short or with a longer modifier after its head."""
    whole = _FRONTED_WHOLE.search(before) or _FRONTED_WHOLE_LONG.search(before)
    return whole.group(1) if whole else None


# An irregular past or a modal after a bare part: "Of the 10 verdicts, seven came out of injury cases", "two will".
_PART_VERB = re.compile(rf"\s*(?:{'|'.join(sorted(PAST_VERBS))}|will|would|could|can|may|might|must)\b")
# What a part is about, up to the list's next comma or "and": "(about) | mortgage companies", "bank accounts".
_TOPIC = r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?=\s*(?:[,.;:]|and\b|or\b|$))"
# A copula and what a bare subject is (and what it is about: "27 were complaints about mortgage companies", "21
# were about bank accounts"): "12 were children", "two are still in hospital", "three were women".
_PREDICATE = re.compile(
    r"\s+(?:were|are|was|is)\s+(?:(?:still|also|all|now|reportedly)\s+)?"
    r"((?:in|at)\s+(?:hospital|custody|detention|prison|jail|critical\s+condition|a\s+serious\s+condition)"
    rf"|about\s+{_TOPIC}"
    r"|(?!(?:being|not|among|in|at|on|to|from|by|with|for|the|a|an|also|still|this|thus|always|perhaps)\b)"
    rf"[a-z]{{3,}}(?<!ed)(?<!ing)(?:(?<=s)\s+(?:about|over|against|from|with)\s+{_TOPIC})?)\b"
)
# A relative time standing where a counted noun would: "a year earlier", "two decades ago", "the year before".
_RELATIVE_TIME = re.compile(
    r"^(?:(?:a|one|the)\s+)?(?:year|month|week|day|quarter|decade|season)s?\s+(?:earlier|ago|before|later|previously)\b"
    r"|^(?:last|previous|prior)\s+(?:year|month|week|quarter|season)\b",
    re.IGNORECASE,
)
# A verb of saying or estimating right before a bare number at its clause's end: "the police are saying 200".
_SAID_BEFORE = re.compile(
    rf"\b(?:{en('say', 'base s ing past')}|estimate|estimates|estimated|estimating|{en('claim', 'base s past ing')}|"
    rf"{en('report', 'base s past')}|count|counts|counted|put\s+it\s+at|puts\s+it\s+at)\s+"
    r"(?:(?:about|some|around|nearly|almost|at\s+least|more\s+than|only|just|over|as\s+many\s+as)\s+)?$",
    re.IGNORECASE,
)


def bare_counts(text: str, n: NumberMatch, lang: str, own: str | None = None) -> str | None:
    """What an English bare number counts from its copula's predicate or a fronted whole, or None. `own` is what
    was read for it from the words after it ("31 were rescued"), kept beside the fronted whole."""
    if lang != "en" or n.kind != "number" or n.currency is not None:
        return None
    before = before_qualifier(text, n)
    whole = _whole_before(before)
    predicate = _PREDICATE.match(text, n.end)
    part = predicate.group(1) if predicate else None
    if part and " " not in part and not (part.endswith("s") or part in IRREGULAR_PLURALS):
        part = None  # "ten were soldiers", "12 were children"; not "two were hurt" nor "12 is a lot"
    if whole and part:
        return f"{part} ({whole})"  # "Of the dead, 12 were children"
    verb = re.match(r"\s*(?:were|are|was|had|have|has|died|survived|remain\w*|[a-z]+ed)\b", text[n.end :])
    # (an irregular past or a modal too: "Of the 10 verdicts, seven came out of injury cases", "two will close")
    verb = verb or _PART_VERB.match(text[n.end :])
    if whole and verb:
        # "Of the 300 passengers, 12 were hurt": a part of that whole, and what was said of the part
        return f"{own} ({whole})" if own and whole not in own else own or whole
    return part if part and re.search(r"(?:^|[,;:]\s*|\band\s+)$", before) else None


def fronted_whole(text: str, n: NumberMatch, lang: str) -> bool:
    """Whether an English number stands right after a fronted "Of the X," that names its whole."""
    return whole_named_before(text, n, lang) is not None


def whole_named_before(text: str, n: NumberMatch, lang: str) -> str | None:
    """The whole a fronted "Of the X," names right before an English number ("Of those surveyed, 58% said"), or
    None."""
    if lang != "en" or not re.match(r"\s*(?:Of|Among)\s", text):
        return None
    return _whole_before(before_qualifier(text, n))


def relative_time(counts: str | None) -> bool:
    """Whether what was read as counted is a relative time ("a year earlier"), which says when."""
    return counts is not None and _RELATIVE_TIME.match(counts.strip()) is not None


def said_again(text: str, n: NumberMatch, lang: str) -> bool:
    """Whether a bare number ending its clause is a count said again by another source after a verb of saying,
    with an earlier number in the sentence to take what it counts from."""
    if lang != "en" or n.currency is not None or n.kind != "number":
        return False
    before = before_qualifier(text, n)
    return (
        re.match(r"\s*(?:[,.;:!?)]|$)", text[n.end :]) is not None
        and _SAID_BEFORE.search(before) is not None
        and _COUNT_BEFORE.search(before) is not None
    )


_COUNT_BEFORE = re.compile(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand)\b", re.I)


# Nouns that name a count without saying of what: "bringing the total to 312", "police put the figure at 4,000".
_GENERIC_TOTALS = {"total", "tally", "figure", "number", "count", "toll", "overall total", "total number"}
# The subject of "bring(s) the total to N": "The new cases bring the total to 312".
_BRINGS = re.compile(
    r"\b((?:[a-z][\w'’-]*\s+)?[a-z][\w'’-]*s)\s+(?:bring|brings|brought|raise|raises|raised|push|pushes|"
    r"pushed|take|takes|took)\s+the\s+(?:total|tally|toll|number|count)\b"
)


# A dimension after a measure, whose subject an earlier figure names: "1.5 km long and 30 metres wide".
_DIMENSION = re.compile(
    r"\s*(?:[a-z]+\s+)?(?:wide|high|tall|deep|long|thick|across|in\s+diameter)\b(?!\s+(?:of|as)\b)", re.IGNORECASE
)


# A verb just before a bare number that ends its clause: "the Greens lost 3", "Jones won 12, Smith 9".
_VERB_BEFORE = re.compile(
    r"\b(?:lost|won|gained|took|got|had|has|have|scored|received|secured|claimed|picked\s+up|kept|held|added|"
    r"recorded|reported|counted|registered|sold|bought|lose|win|gain|take|get|score|receive|secure|keep|hold|"
    r"(?:opposed|backed|supported|rejected|approved|endorsed)\s+by|"
    # (or a second participle joined to the first: "after scoring nine goals and creating 13")
    r"(?<=and\s)[a-z]{3,}ing)\s+"
    r"(?:(?:only|just|another|about|some|nearly|almost|over|at\s+least|more\s+than)\s+)?$",
    re.IGNORECASE,
)


# What compares a figure with an earlier one of its sentence: "down from 160", "compared with 12".
_COMPARED_BEFORE = re.compile(
    r"\b(?:up|down|rising|falling|dropping)\s+from\s+(?:(?:about|around|nearly|some|over|more\s+than)\s+)?"
    r"(?:US\$|[$£€¥₪])?$|\b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:US\$|[$£€¥₪])?$",
    re.IGNORECASE,
)
# A clause with its verb left out before "up/down from": "on sales up from | £4.97bn", "with exports down from".
_OWN_CLAUSE_UP = re.compile(
    r"\b(?:on|with|amid)\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*\s+(?:up|down)\s+from\s+(?:[^\W\d]+\s+)?(?:US\$|[$£€¥₪])?$"
)
# The first word of a plural noun phrase right after a count, with up to two words before its head ("10 teenage
# boys", "21 children").
_OWN_NOUN_AFTER = re.compile(r"\s+((?:[a-z][\w'’-]*))(?:\s+[a-z][\w'’-]*){0,2}?(?<=s|n)\b(?!\s+(?:a|an|the)\b)")
# The sign or word of a share and the "of" its whole follows: "53% | of (the) | primary schools".
_SHARE_OF_AFTER = re.compile(r"\s*(?:%|percent\b|per\s+cent\b)\s+of(?:\s+the)?(?=\s)", re.IGNORECASE)
# A bare subject's passive after it: "more than 80 have been killed".
_PASSIVE_AFTER = re.compile(r"\s+(?:have|has|had)\s+been\s+[a-z]+(?:ed|en|wn)\b|\s+(?:were|are)\s+[a-z]+(?:ed|en|wn)\b")


def _elided(text: str, n: NumberMatch, f: Fact) -> bool:
    """Whether a bare number after a verb ends its clause with its noun left to ellipsis."""
    if n.kind != "number" or n.currency is not None or f.unit is not None or n.value_max is not None:
        return False
    if not re.match(r"\s*(?:[,.;:!?)]|$|(?:while|whereas|and|but|in|on|at|last|this|after)\b)", text[n.end :]):
        return False
    before = before_qualifier(text, n)
    verb = _VERB_BEFORE.search(before[-40:])
    if verb is None:
        return False
    joined = verb.group(0).split()[0].endswith("ing")  # (only the joined participle ends so)
    if joined and f.counts not in (None, verb.group(0).split()[-1]):
        return False  # "killing four civilians and wounding six": a reading of its own ("wounded") stays
    return True


def totals_of(figures: list[Fact], text: str) -> None:
    """A figure that counts only "the total" (or "the figure", "the toll") takes the noun an earlier figure of
    its sentence counts ("12 new cases, bringing the total to 312": "new cases (total)") or the plural subject
    that brings the total up."""
    for i, f in enumerate(figures):
        n = f.number
        # (not the level of a clause of its own, with its verb left out: "to £1.66bn on sales up from £4.97bn")
        compared = n is not None and i and _COMPARED_BEFORE.search(text[max(0, n.start - 40) : n.start])
        # (nor a count with its own noun read right after it: "admitted 12 charges against 10 teenage boys", an
        # object of "against", no level set against the one before)
        own_noun = False
        if n is not None and f.counts:
            # (a share's own whole after "of" too: "14% of secondary schools, compared to 53% of primary schools")
            of_whole = _SHARE_OF_AFTER.match(text, n.end) if n.kind == "percent" else None
            after_noun = _OWN_NOUN_AFTER.match(text, of_whole.end() if of_whole else n.end)
            own_noun = after_noun is not None and after_noun.group(1).lower() == f.counts.split()[0].lower()
            # (not a relative time in a noun's place: "up from 900 two years ago")
            own_noun = own_noun and _RELATIVE_TIME.match(text[n.end :].strip()) is None
            own_noun = own_noun and not re.match(
                r"\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d)\b", text[n.end :], re.IGNORECASE
            )
        if compared and n is not None and not own_noun and not _OWN_CLAUSE_UP.search(text[: n.start]):
            earlier = next((e for e in reversed(figures[:i]) if e.counts and e.unit == f.unit and e.number), None)
            # (not when its own reading already holds the earlier one: "51.2 percent against 47.9 percent for her
            # rival" is "rival (Halvorsen)", whose share is told apart)
            if earlier is not None and earlier.counts and earlier.counts not in (f.counts or ""):
                f.counts = earlier.counts  # "took 130 seats, down from 160": the same count at another time
                continue
        if n is not None and i and f.counts and _PASSIVE_AFTER.match(text, n.end) and " " not in f.counts:
            earlier = next((e for e in reversed(figures[:i]) if e.counts and e.unit == f.unit and e.number), None)
            if earlier is not None and earlier.counts and f.counts not in earlier.counts:
                f.counts = f"{f.counts} ({earlier.counts})"  # "1,500 people detained, and 80 have been killed"
                continue
        if n is not None and i and _elided(text, n, f):
            earlier = next((e for e in reversed(figures[:i]) if e.counts and e.unit == f.unit and e.number), None)
            relative = earlier is not None and earlier.number is not None
            if relative and re.search(r",\s*(?:who|which)\s", text[earlier.number.end : n.start]):  # type: ignore[union-attr]
                continue  # "added 23 points for the Hawks, who won three in a row": a relative clause's own count
            if earlier is not None and earlier.counts and (not f.counts or earlier.counts not in f.counts):
                # "The Liberals gained 12 seats while the Greens lost 3": the noun left to ellipsis, and whose
                own = f.counts if f.counts and f.counts not in earlier.counts else None
                f.counts = f"{earlier.counts} ({own})" if own else earlier.counts
                continue
        if f.counts is None and f.number is not None and i and f.unit and _DIMENSION.match(text, f.number.end):
            f.counts = next((e.counts for e in reversed(figures[:i]) if e.counts and e.unit), None)
            continue  # "The bridge is 1.5 km long and 30 metres wide": another dimension of the same thing
        if f.counts is None or f.counts.lower() not in _GENERIC_TOTALS or f.number is None:
            continue
        earlier = next((e for e in reversed(figures[:i]) if e.counts and e.unit == f.unit
                        and e.counts.lower() not in _GENERIC_TOTALS), None)  # fmt: skip
        brings = _BRINGS.search(text[: f.number.start])
        noun = earlier.counts if earlier is not None else brings.group(1) if brings else None
        if noun and noun.endswith(f" ({f.counts})"):
            # ("three stab wounds in total – one in his eye, one in his chest": the part before already took the
            # whole's noun and the "total"; the next part takes the noun once, not "(total) (total)")
            noun = noun[: -len(f" ({f.counts})")]
        if noun:
            f.counts = f"{noun} ({f.counts})"


# A Danish whole named first, its verb before the part (V2): "Af de 300 passagerer blev 12 kørt på hospitalet".
_DA_VERBS = r"(?:blev|var|er|har|havde|døde|kom|fik|omkom|overlevede)"
_DA_FRONTED_WHOLE = re.compile(
    rf"^\s*(?:Af|Blandt)\s+(?:de|disse)\s+(?:\d[\d.,]*\s+)?([^\W\d_][\w-]*(?:\s+(?!{_DA_VERBS}\b)[^\W\d_][\w-]*){{0,2}})"
    rf"\s*,?\s*(?:{_DA_VERBS})?\s*"
    r"(?:(?:omkring|cirka|ca\.|næsten|mindst|over|knap|godt)\s+)?$",
    re.IGNORECASE,
)


def danish_whole(text: str, n: NumberMatch, counts: str | None) -> str | None:
    """A Danish part after a fronted "Af de X" keeps the whole beside what was said of it."""
    m = _DA_FRONTED_WHOLE.match(text[: n.start])
    if m is None or (counts and m.group(1) in counts):
        return counts
    return f"{counts} ({m.group(1)})" if counts else m.group(1)


# An Arabic price after "in exchange for": "فيسبوك تستحوذ على واتس آب مقابل 19 مليار دولار".
_AR_IN_EXCHANGE = re.compile(r"(?<!\S)(?:مقابل|بمقابل|لقاء)\s*$")


def arabic_price(text: str, n: NumberMatch, counts: str | None) -> str | None:
    """An Arabic sum after مقابل/لقاء is the price of what the clause before it does: its verb and object."""
    before = before_qualifier(text, n)
    m = _AR_IN_EXCHANGE.search(before)
    if m is None or n.currency is None:
        return counts
    # (a decimal point breaks no clause: "بلغت قيمتها 108.5 مليون جنيه مقابل")
    clause_text = re.split(r"[,;:!?،؛\"“”()]|(?<![\d٠-٩])\.|\.(?![\d٠-٩])", before[: m.start()])[-1]
    if re.search(r"[\d٠-٩]", clause_text):
        return counts  # "خسارة بلغت 108.5 مليون جنيه مقابل 378.7 مليون": against another sum, no price of a deal
    clause = clause_text.split()
    deal = " ".join(clause[-5:])
    return deal if not counts or counts in deal else f"{deal} ({counts})"


# A Danish number that is the subject of what befell it: "Syv | blev såret", "23 blev anholdt", "Mindst 12 er
# blevet dræbt", "Over 100 er omkommet", "12 døde": the participle (or the past) says which ones are counted.
_DA_BEFELL = re.compile(
    r"\s+(?:(?:blev|bliver|er|var)\s+(?:(?:nu|siden|senere|desuden|også|i\s+alt)\s+)?(?:blevet\s+)?)?"
    # ("Syv er kommet til skade": hurt, the phrase whole; "Ni er i alt tilskadekomne": the adjective of the harmed)
    r"(kommet\s+(?:alvorligt\s+|lettere\s+|hårdt\s+)?til\s+skade|tilskadekomne|omkomne|"
    r"[a-zæøå]{3,}(?:et|t|ede|en)|døde|omkom|deltog|forsvandt|overlevede)\b"
)
_DA_NOT_BEFELL = {
    "ikke", "heller", "meget", "mest", "mindst", "sidst", "først", "helt", "godt", "slet", "blevet", "været", "fået",
    "haft", "samlet", "alt", "ialt", "mellem", "siden", "efter", "inden", "uden", "omkring", "hinanden", "sammen",
    "kun", "den", "denne", "hvert", "sit", "dit", "mit", "et",
}  # fmt: skip


def danish_befell(text: str, n: NumberMatch, counts: str | None) -> str | None:
    """What a bare Danish subject number underwent, when nothing else says what it counts ("23 blev anholdt")."""
    if counts or n.currency or n.kind != "number":
        return counts
    m = _DA_BEFELL.match(text[n.end :])
    if m is None or m.group(1) in _DA_NOT_BEFELL:
        return counts
    return m.group(1)

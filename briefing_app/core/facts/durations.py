"""What a duration measures ("spent | 18 months in prison", "protesting | for three months", "80 days to
appeal"), and the object before the preposition that leads to a duration or a sum ("receive aid | for two
weeks").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.da_adjuncts import without_da_time_adjunct
from briefing_app.core.facts.figure_words import (
    ADVERBS,
    BEFORE_PREP,
    CLAUSE_START,
    EN_STOP,
    EN_VERBS,
    PAST_VERBS,
    PRONOUNS,
    STOP,
    TIME_WORDS,
    WORD_TOKENS,
)
from briefing_app.core.facts.phrase_edges import (
    DETERMINERS,
    MODALS,
    QUALIFYING,
    ed_form,
)

# Words after a duration that say when or how, not of what: "27 years ago", "five years old", "ten days running".
_NOT_DURATION_NOUNS = {
    "ago", "later", "earlier", "old", "long", "running", "straight", "apart", "before", "after", "since", "now",
    "hence", "away", "late", "early", "ahead", "behind", "more", "less", "longer", "older", "younger", "each",
    "every", "back", "past", "on", "off", "out", "or", "and", "to", "without", "with", "until", "till", "despite",
    "except", "instead", "unless", "while", "whereas",
}  # fmt: skip


def noun_after_duration(rest: str) -> str | None:
    """A noun right after a duration that names what it is of ("27 years imprisonment", "two weeks leave")."""
    m = re.match(r"\s+([a-z][a-z-]+)\b(?!['’])", rest)
    if m is None:
        return None
    word = m.group(1)
    if (
        word in EN_STOP
        or word in EN_VERBS
        or word in PAST_VERBS
        or word in TIME_WORDS
        or word in _NOT_DURATION_NOUNS
        or word in PRONOUNS
        or word.endswith(("ing", "ly", "ed", "er"))
    ):
        return None
    return word


# A verb's infinitive after a duration, which says what the time is for: "80 days to appeal the sentence", with
# its clause up to a conjunction or punctuation ("three years to become the first to abdicate").
PURPOSE = re.compile(
    r"\s+to\s+([a-z]{3,})(?:\s+(?!(?:since|after|before|until|because|while|when)\b)[a-z][\w'’-]*){0,6}"
)


_LEADS_TO_DURATION = re.compile(
    r"(?:\s+(?:for|over|in|within|after|during|by|until|through|throughout|i|på|efter|inden|igennem|gennem|the|a|an|"
    r"another|more|less|than|at|least|most|up|to|almost|about|nearly|around|some|just|only|under|past|last|next|"
    r"first|since|before|from|between|de|den|det|sidste|næste|første|mindst|cirka|omkring|knap|godt|næsten|siden|"
    r"før|fra|mellem))+\s*$",
    re.IGNORECASE,
)


# Scale words of another figure in the clause ("provide $40 million over three years"): no part of what lasted.
_SCALES = {"thousand", "million", "billion", "trillion", "bn", "m", "tusind", "millioner", "milliarder"}
# Adverbs of a copula's clause, no noun of what the figure is: "This was also 23% more than a year previously".
# (and the sign of a level below zero: "A year ago, it was minus 0.86 percent")
_CLAUSE_ADVERBS = {"also", "still", "already", "now", "then", "again", "thus", "therefore", "even", "også", "stadig",
                   "allerede", "nu", "minus", "negative"}  # fmt: skip


# Words no English reading ends on: a determiner or "of" wants the noun the figure stands in for.
_DETERMINERS_AND_OF = frozenset(DETERMINERS | {"of", "that"})


def what_lasts(before: str, lang: str) -> str | None:
    """What a duration measures: the clause it ends, up to the preposition that leads to it ("Ethiopian
    Muslims have been protesting | for over three months", "the site halted comments | for three days"),
    with the noun a relative clause hangs on ("a war that X has been waging | for 15 years")."""
    before = before[:-120] + _LEADS_TO_DURATION.sub("", " " + before[-120:])  # "occurred | after seven months"
    before = without_da_time_adjunct(before) if lang == "da" else before  # "Ventetiden | i forhold til X | er faldet"
    start = CLAUSE_START[lang].search(before)
    clause = before[start.end() :] if start else before
    # (a unit or scale written against the digits is the figure's before, no word of the clause: "up 4.5p to | £5.36",
    # "or 21.1p to | 152.7p", "gained 11 1/2p to | 507 1/2p")
    clause = re.sub(r"(?<=\d)(?:p|c|m|bn|k)\b", "", clause) if lang == "en" else clause
    stop = STOP.get(lang, set())
    words = [w for w in WORD_TOKENS.findall(clause) if re.match(r"[^\W\d_]", w) and w.lower() not in _SCALES][-8:]
    while words and (words[0].lower() in stop or words[0].lower() in PRONOUNS or words[0].lower() in QUALIFYING):
        words = words[1:]
    # "the project will create up to | 3,000 jobs | over five years": no modal or qualifier in what lasted
    words = [w for k, w in enumerate(words) if w.lower() not in MODALS and w.lower() not in QUALIFYING
             and not (w.lower() == "up" and words[k + 1 : k + 2] == ["to"])
             and not (w.lower() == "to" and words[k - 1 : k] == ["up"])] or words  # fmt: skip
    while len(words) > 1 and words[-1].lower() in ("is", "are", "was", "were", "er", "var"):
        words = words[:-1]  # "the life expectancy is | 54 years": the subject, not the copula
    while len(words) > 1 and lang == "en" and words[-1].lower() in _DETERMINERS_AND_OF:
        words = words[:-1]  # "on top of the | £2.2 billion", "gave back the | £5,000": no phrase ends on "the"
    if all(w.lower() in _CLAUSE_ADVERBS for w in words):
        return None
    if not words:
        return None
    if start and re.fullmatch(r"that|which|who|som|der", start.group(0).strip(), re.IGNORECASE):
        antecedent = re.search(r"([^\W\d_][\w'’-]*)\s*,?\s*$", before[: start.start()])
        if antecedent and antecedent.group(1).lower() not in stop:
            words.insert(0, antecedent.group(1))
    return " ".join(words)


# A noun after its determiner and where it is, before "for" and a sum: "a 30% stake in the start-up for", "its shares
# in Tolvik Foods for", "a house in the city for" (the thing bought, not the place).
_HELD_IN = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our)\s+(?:[\d.,]+\s*(?:%|percent|per\s+cent)\s+|[a-z][\w-]*\s+)?([a-z][\w'’-]*)"
    r"\s+in\s+(?:the\s+|its\s+|a\s+)?((?:(?!for\b)[\w'’-]+\s+){0,2}[\w'’-]+)\s+for\s*"
    r"(?:(?:about|around|some|nearly|almost|up\s+to|an\s+estimated)\s+)?$"
)


# A Danish indefinite noun phrase and "til" before a sum: what costs it ("en akutplan til to milliarder kroner", "et
# nyt plejecenter til 80 mio. kr."); "til" after a verb is the level reached ("steg til 5 mia. kr.").
_DA_COSTING = re.compile(
    r"\b(?:en|et|ny|nyt|nye)\s+(?:[a-zæøå][\wæøå-]*\s+){0,2}?([a-zæøå][\wæøå-]{2,})\s+til\s+"
    r"(?:(?:cirka|ca\.|omkring|knap|godt|over|under|næsten|mere\s+end|op\s+til)\s+)?$"
)


def object_before(before: str, lang: str, money: bool = False) -> str | None:
    """The noun phrase just before the preposition that leads to a figure ("aid" in "may not receive aid
    for up to two weeks"), without verbs and function words."""
    costing = _DA_COSTING.search(before[-80:]) if lang == "da" and money else None
    if costing and costing.group(1) not in STOP["da"]:
        return costing.group(1)  # "en aftale om en akutplan til to milliarder kroner": the plan's cost
    given = _OBJECT_THEN_RECIPIENT.search(before[-120:])
    if given and given.group(1).split()[-1].lower() not in EN_STOP:
        return given.group(1)  # "sold the defender to Brannock City for €20 million": the thing sold, not the buyer
    # a dash-closed aside before the preposition: "make each unit — a 13 cm-long robot — for about $100"
    before = re.sub(r"\s[—–]\s[^—–]{1,80}?\s[—–](?=\s+(?:for|within|over|in|with|into|i|på)\s[^—–]*$)", "", before)
    if _ON_SALE.search(before[-80:]) or _MOVED_FROM.search(before[-80:]):
        # "The painting sold at auction for £12.5m", "goes on sale in May for $699", "The striker joined from X for
        # £6.5m": the subject's price
        return None
    held = _HELD_IN.search(before[-80:]) if money else None
    if held and held.group(1).lower() not in STOP.get(lang, set()) and held.group(1).lower() not in EN_VERBS:
        return f"{held.group(1)} in {held.group(2)}"  # "bought a 30% stake in the start-up for $40m": the stake
    named = _PART_OF_NAMED.search(before[-120:]) if money else None
    if named and named.group(1).lower() not in STOP.get(lang, set()) and named.group(1).lower() not in EN_VERBS:
        # "sold 15 million shares of the Harbour Exchange Group for $1bn": the shares, not the last word of the name
        return f"{named.group(1)} of {named.group(2)}"
    m = BEFORE_PREP.search(before)
    if not m:
        return None
    words = m.group(1).split()
    stop = STOP.get(lang, set())
    while words and (words[0].lower() in stop or words[0].lower() in EN_VERBS or words[0].lower() in PRONOUNS):
        words = words[1:]
    last = words[-1].lower() if words else ""
    if not words or last in stop or last in EN_VERBS or last in PRONOUNS or last in ADVERBS or last in _LEVEL_PARTICLES:
        return None  # "Prisen er nu oppe på 12 kroner": an adverb of level, no object
    if lang == "en" and last in PAST_VERBS and len(words) > 1 and words[-2].lower() == "and":
        return None  # "premiered in 120 cinemas and brought in $310,000": a second verb and its particle, no object
    # (also with where it came from: "The defender, signed from Kelmore for £18m,")
    sourced = len(words) > 1 and words[1].lower() in ("from", "by")
    participle = (len(words) == 1 or sourced) and ed_form(words[0])
    if len(words) == 1 and re.search(r"\b(?:was|were|is|are|been|be|being)\s+\w+\s*$", m.group(1)):
        return None  # "The site, which has 2m users, was bought for $65m": a passive's price is its subject's
    described = _NOUN_THEN_PARTICIPLE.search(before[-80:]) if participle else None
    if described and described.group(1).lower() not in stop and described.group(1).lower() not in PRONOUNS:
        return f"{words[0]} ({described.group(1)})"  # "The striker, signed for £40 million,": whose signing
    return " ".join(words)


# A noun and the named whole it is of, right before "for" and a sum: "shares of | the Harbour Exchange Group | for".
_PART_OF_NAMED = re.compile(
    r"\b([a-z][\w'’-]*)\s+of\s+(?:the\s+)?((?:[A-Z][\w'’&.-]*\s+){0,5}[A-Z][\w'’&.-]*)\s+for\s+"
    r"(?:(?:up\s+to|about|almost|nearly|some|around|roughly|just|only|more\s+than)\s+)*(?:US)?[$£€]?\s*$"
)


# A verb of selling with no object, then only adverbials before "for" and a price: what sold is the subject ("The
# painting sold at auction for", "The phone goes on sale in March for"); not "sold the club to X for" (an object).
_ON_SALE = re.compile(
    r"\b(?:sold|sells?|selling|(?:go|goes|went|going|gone|be|is|are|was|were)\s+on\s+sale|auctioned|retails?|retailed)"
    r"(?:\s+(?:at|in|on|by|last|this|next|earlier|later|online)(?:\s+(?:the\s+)?[\w'’-]+){0,2})*\s+for\s*$",
    re.IGNORECASE,
)


# A player's or an executive's move with no object, then the club or firm left, before "for" and a fee: the mover's
# price ("The striker joined from Marlow Athletic for", "moved to X in January for"; not the participle after a comma,
# "The defender, signed from X for", which `_NOUN_THEN_PARTICIPLE` reads).
# (also with the club joined or left as the verb's object and the other club after it: "joined Bolton from Wigan for",
# "moved to Milan from Roma for", "left Ajax for Juventus last month for")
_MOVED_FROM = re.compile(
    r"(?<=[^\W\d_])\s+(?:(?:joined|left)\s+(?:from\s+)?|"
    r"(?:joined|signed|moved|arrived|came|switched|transferred|returned)\s+(?:from|to)\s+)(?:the\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s+(?:from|to|for)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?"
    r"(?:\s+(?:in|on|last|this|earlier)(?:\s+[\w'’-]+){1,2})?\s+for\s*$"
)


# A noun, its comma and a participle in -ed before the preposition that leads to a figure: "The striker, | signed
# for", "the bridge, built in".
_NOUN_THEN_PARTICIPLE = re.compile(
    r"\b([a-z][\w'’-]*)\s*,\s*[a-z]+ed\s+(?:(?:from|by)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+)?"
    r"(?:for|in|within|over|into)\s+(?:[a-z]+\s+)*$"
)


# A verb's object and the name it goes to or comes from, before "for" and a sum or a time: "sold | the defender | to
# Brannock City for", "lent the car to Mira for".
_OBJECT_THEN_RECIPIENT = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|den|det|sin|sit)\s+((?:[a-zæøå][\w'’-]*\s+)?[a-zæøå][\w'’-]*)\s+"
    r"(?:to|from|til|fra)\s+(?:the\s+)?[A-ZÆØÅ][\w'’.-]*(?:\s+[A-ZÆØÅ][\w'’.-]*){0,3}\s+(?:for|for\s+en\s+pris\s+af)\s*$"
)
# Danish adverbs of level before "på" and a figure ("er nu oppe på 12 kroner"), no noun of it.
_LEVEL_PARTICLES = {"oppe", "nede", "ude", "inde", "helt", "lige"}


# A duration still to run before a deed: "two weeks | left to finish the bridge", "48 hours remaining to vote".
_LEFT_TO = re.compile(
    r"\s+(?:left|remaining)\s+(?:for\s+\w+\s+)?to\s+([a-z]{3,})(?:\s+(?:the|a|an|its|their|his|her|our)\b)?"
    r"(?:\s+([a-z][\w-]*))?"
)
# A verb in -ing right after a duration, with its object: "spent 25 years | writing songs", "three days
# searching the rubble" (what the time went on); not "ten days running", "two years including ...".
_DOING = re.compile(r"\s+([a-z]{3,}ing)(?:\s+(?:the|a|an|its|their|his|her|our|for|on|in|to|with|at)\b){0,2}"
                    r"(?:\s+([a-z][\w-]*))?")  # fmt: skip
_NOT_DOING = {"running", "during", "including", "according", "following", "beginning", "morning", "evening",
              "nothing", "something", "anything", "everything", "ending", "starting", "pending", "excluding",
              "regarding", "concerning", "considering", "notwithstanding", "remaining", "being"}  # fmt: skip


_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our"}


def time_left(rest: str) -> str | None:
    """What a duration is left for: "two weeks left to finish the bridge" is the time left to finish the bridge."""
    m = _LEFT_TO.match(rest)
    if m is None or m.group(1) in EN_STOP:
        return None
    obj = m.group(2) if m.group(2) and m.group(2) not in EN_STOP and m.group(2) not in TIME_WORDS else None
    return f"time left to {m.group(1)} {obj}" if obj else f"time left to {m.group(1)}"


def doing_after(rest: str) -> str | None:
    """The deed a duration went on, named by a verb in -ing after it ("25 years writing songs")."""
    m = _DOING.match(rest)
    if m is None or m.group(1) in _NOT_DOING or m.group(1) in EN_STOP:
        return None
    words = [w for w in m.group(0).split() if w not in _DETERMINERS]
    while words and (words[-1] in EN_STOP or words[-1] in TIME_WORDS or words[-1] in ("there", "here")):
        words.pop()  # "three days searching for", "two years working there": no object
    return " ".join(words)

"""The edges of the English and Danish noun phrase a figure counts: where it stops and what completes it.

A prepositional complement that completes the noun ("tax cuts | for the wool industry", "ansatte | i
ældreplejen"), the verbs that end it (a clause's own verb after a subject figure, irregular pasts, present
tenses after a plural), adverbs and -ed adjectives inside it, and the relative clauses that stay with it ("who
lost their parents", "forced from their homes"). Used by `noun_after`, which reads the phrase.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import (
    ADVERBS,
    DA_MONTHS,
    DA_STOP,
    EN_MONTHS,
    EN_STOP,
    EN_VERBS,
    IN_PHRASES,
    PAST_VERBS,
    PERIODS,
    PHRASE_ENDS,
    PRONOUNS,
    SPELLED_COUNTS,
    STATUS,
    TIME_WORDS,
)
from briefing_app.core.facts.pos_tagger import tag_words

# Words after "in" that are no place or state a duration is spent in: "three days in a row", "in total".
NOT_STATES = {"a", "all", "total", "row", "succession", "advance", "time", "alt", "træk", "forvejen"}
# Nouns in -ly, which the subject reader would otherwise skip as adverbs ("the average family earns").
LY_NOUNS = {"family", "supply", "assembly", "rally", "italy", "monopoly", "anomaly", "reply", "belly", "bully",
             "homily", "ally", "july"}  # fmt: skip
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those"}
# English nouns and adjectives that end in -ed like a past tense ("the top speed was", "a seed bank", "the
# death of a hundred"): no verb.
ED_NOUNS = {"speed", "need", "seed", "feed", "breed", "greed", "creed", "deed", "weed", "reed", "steed",
            "bed", "red", "sled", "hundred", "bloodshed", "seabed", "riverbed", "homestead", "watershed"}  # fmt: skip


def ed_form(word: str) -> bool:
    """Whether an English word looks like a past tense or participle in -ed ("rose", no; "crossed", yes), not
    a noun that only ends so ("speed", "hundred", "seabed")."""
    low = word.lower()
    return (
        low.endswith("ed") and low not in ED_NOUNS and not low.endswith(("speed", "hundred")) and not _da_hed_noun(low)
    )


# Danish abstract nouns in "-hed" ("dødelighed", "ledighed", "sikkerhed", "enhed", "frihed"): the suffix follows a
# letter English never puts before "hed" (its "-hed" past forms end in "ched", "shed", "thed", "phed", "ghed"), or
# "ighed" that is no English "weighed", "sighed", "neighed".
_EN_IGHED = frozenset({"weighed", "sighed", "neighed", "outweighed", "reweighed", "overweighed"})


def _da_hed_noun(low: str) -> bool:
    """Whether a lower-cased word ending in "ed" is a Danish noun in "-hed", which no rule on "-ed" forms may drop."""
    if len(low) < 5 or not low.endswith("hed") or not low[-4].isalpha():
        return False
    return low[-4] not in "cstpg" or (low.endswith("ighed") and low not in _EN_IGHED)


def noun_in_phrase(word: str, before: str) -> bool:
    """Whether an English verb of the figure lists is a noun in its noun phrase: a base form that is also a noun
    ("estimate", "show", "rise", "account") right after a singular modifier ("The average estimate was", "the
    consensus estimate of", "the analyst estimate"), where a finite verb would want its -s (not "Analysts estimate",
    a plural subject, nor "hit", "cost", whose past is the same word)."""
    if re.search(r"(?<![\w'’-])(?:[Dd]et|[Dd]en|[Dd]e)\s+[a-zæøå]{2,}e\s*$", before):
        return True  # Danish: a weak adjective after the article takes its noun ("Det samlede beløb på", "beløb" is
        # also "amounted")
    low = word.lower()
    base = low in EN_VERBS and not low.endswith("s") and not ed_form(low) and low not in _SAME_PAST
    base = base and (f"{low}s" in EN_VERBS or f"{low}es" in EN_VERBS)
    modifier = re.search(r"([\w'’-]+)\s*$", before)
    if not base or modifier is None:
        return False
    prior = modifier.group(1)
    singular = prior[:1].isupper() or not prior.lower().endswith("s") or prior.lower().endswith(("ss", "us", "is"))
    return (
        singular
        and prior.lower() not in EN_STOP
        and prior.lower() not in EN_VERBS
        and prior.lower() not in PRONOUNS
        and not ed_form(prior)
        and re.match(r"[A-Za-z]", prior) is not None
    )


# Base forms that are also their own past: "hit", "cost" after a noun are its verb ("The storm hit").
_SAME_PAST = {"hit", "cost", "put", "cut", "set", "say", "do", "be", "have", "let"}


# Prepositions whose phrase completes the noun a figure counts: "tax cuts for the wool industry", "people
# arrested on the border", "deaths in the flooding", "seats in parliament", "barrels of oil".
_COMPLEMENT_PREPS = {"of", "for", "to", "on", "in", "at", "from", "against", "into", "with", "by", "over", "across",
                     "without"}  # fmt: skip
# Adjectives that stand before a name inside one noun phrase: "to a local Red Cross shelter", "at a nearby Tesco store".
_BEFORE_NAMES = {"local", "nearby", "regional", "national", "central", "northern", "southern", "eastern", "western",
                 "former", "main", "neighbouring", "neighboring"}  # fmt: skip
_COMPLEMENT_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "all"}
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def attributive(words: list[str], k: int) -> bool:
    """Whether an -ed word is an adjective in the noun phrase: after an adverb ("previously uninvolved") or
    before a lower-case noun ("three armed groups")."""
    low = words[k].lower()
    after = words[k + 1] if k + 1 < len(words) else ""
    return ed_form(low) and (adverb(words[k - 1]) or (re.fullmatch(r"[a-z]+", after) is not None
                                                   and after not in EN_STOP and after not in PRONOUNS))  # fmt: skip


QUALIFYING = {"some", "about", "around", "nearly", "almost", "roughly", "approximately", "only", "just"}
# Frequent verbs in the present after a counted noun ("80% of the power comes from diesel", "1 in 5 children
# lives in poverty"); written like plural nouns, so known by name.
_PRESENT_VERBS = {
    "comes", "come", "goes", "go", "lives", "live", "lies", "lie", "works", "work", "want", "wants", "think",
    "thinks", "support", "supports", "oppose", "opposes", "use", "uses", "need", "needs", "believe", "believes",
    "say", "says", "face", "faces", "suffer", "suffers", "rely", "relies",
}  # fmt: skip


# Verbs in the present that a plural subject takes, and that the noun phrase after a figure never holds.
PLURAL_SUBJECT_VERBS = {
    "agree", "disagree", "lack", "want", "support", "oppose", "believe", "think", "say", "live", "work", "use", "need",
    "face", "prefer", "favour", "favor", "expect", "remain", "come", "back",
}  # fmt: skip
IRREGULAR_PLURALS = {"people", "children", "men", "women", "police", "staff", "cattle", "youth", "media"}


def plural(word: str) -> bool:
    low = word.lower()
    return low in IRREGULAR_PLURALS or (low.endswith("s") and not low.endswith("ss"))


def clause_verb(word: str) -> bool:
    """A finite verb of the clause: a known one, an irregular past or a past in -ed (not a state: "killed")."""
    low = word.lower()
    return low not in STATUS and (
        low in EN_VERBS or low in PAST_VERBS or low in _PRESENT_VERBS or ed_form(low)
    )


# What may stand between the start of a clause and a figure that is its subject: "Only about 300 ...".
_SUBJECT_LEAD = re.compile(
    r"(?:\b(?:the|some|about|around|only|all|another|nearly|almost|over|more|less|fewer|than|at|least|just|an?|"
    r"roughly|approximately|up|to|some|where|when|while|and|but|then|so)\b|\s)*$",
    re.IGNORECASE,
)


def subject_position(before: str) -> bool:
    """Whether a figure opens its clause (after only qualifiers and conjunctions), so that it is a subject; not
    after a comma, which may part the items of a list ("10 people arrested, 18 people denied entry")."""
    clause = re.split(r"[;:(\"“”—–.!?]|\b(?:that|which|who|because|if|as|said|says|say)\b", before)[-1]
    return _SUBJECT_LEAD.fullmatch(clause) is not None


_DA_PREPOSITIONS = {"foran", "mod", "imod", "hos", "uden", "langs", "gennem", "omkring", "bag", "sammen", "ud", "ind"}


def da_noun_follows(token: str) -> bool:
    """Whether a Danish word after an -ede form is a noun it describes ("samlede elforbrug"), not a
    preposition or the end of the clause ("demonstrerede foran")."""
    low = token.lower()
    return bool(re.fullmatch(r"[a-zæøå-]+", token)) and low not in DA_STOP and low not in _DA_PREPOSITIONS


def adverb(token: str) -> bool:
    """An English adverb in -ly ("seriously", "badly"), not a noun like "family" or "July"."""
    low = token.lower()
    return low.endswith("ly") and len(low) > 4 and low not in LY_NOUNS


def _ing_noun(words: list[str], k: int) -> bool:
    """Whether words[k], in -ing, is a noun there by its part of speech ("three counts of illegal fishing in"),
    not a participle that starts a clause of its own ("an average worker retiring at 65"); asked only here."""
    return tag_words(words)[k] == "NOUN"


def prep_complement(tokens: list[str], at: int) -> list[str]:
    """The prepositional phrase starting at tokens[at] that completes a noun (its preposition, an optional
    determiner and up to four words), or nothing when there is none or it says when rather than what: "in
    2010", "on Monday", "in March", "over the past year", "in a row", "to build" (an infinitive)."""
    if at >= len(tokens) or tokens[at].lower() not in _COMPLEMENT_PREPS:
        return []
    prep = tokens[at].lower()
    j = at + 1
    determiner = j < len(tokens) and tokens[j].lower() in _COMPLEMENT_DETERMINERS
    j += determiner
    words: list[str] = []
    # up to four words, and on to eight in a name: "the Royal Hospital for Sick Children Trust"
    while j < len(tokens) and (len(words) < 4 or (_name_goes_on(words, tokens[j]) and len(words) < 8)):
        token, low = tokens[j], tokens[j].lower()
        nxt = tokens[j + 1] if j + 1 < len(tokens) else ""
        if low == "and" and words and words[-1][:1].isupper() and nxt[:1].isupper():
            words.append(token)  # "from Eritrea and Sudan"
        elif not re.match(r"[^\W\d_]", token) or low in EN_STOP or low in EN_VERBS or low in PRONOUNS:
            break
        elif low in PAST_VERBS or low in PHRASE_ENDS or low in SPELLED_COUNTS:
            break  # "visits to the site | came", "the factory | near the port", "slots for | four teams"
        elif words and low in ADVERBS:
            break  # "homes damaged by the storm | still have": an adverb of the clause after the phrase
        elif words and (ed_form(low) or adverb(token) or (
            token[:1].isupper() and words[-1][:1].islower() and words[-1].lower() not in _BEFORE_NAMES
        )):
            break  # "a promise | Lai ...": a name after a common noun starts something else
        elif words and low.endswith("ing") and (not re.match(r"[a-z]", nxt) or nxt in EN_STOP) and not _ing_noun(
            tokens[at : j + 2], j - at
        ):
            break  # "an average worker | retiring at 65"; not "the auto racing industry", "of illegal fishing in"
        elif low.endswith("ing") and nxt.lower() in DETERMINERS and not (prep == "of" and not words):
            break  # "from | stopping the works": a gerund with its object (but "one count of breaching the Act")
        else:
            words.append(token)
        j += 1
    while words and words[-1].lower() == "and":
        words = words[:-1]
    if not words:
        return []
    first = words[0].lower()
    if (
        first in TIME_WORDS
        or first in IN_PHRASES
        or first in PERIODS
        or first in NOT_STATES
        or first in _WEEKDAYS
        or first in ("past", "last", "next", "first", "recent", "coming", "previous", "early", "late", "total")
        # ("58 seats | with more than two-thirds of results in": a comparative opens a quantity, not a noun's part)
        or first in ("more", "less", "fewer")
        or re.fullmatch(EN_MONTHS, words[0])
        or (prep == "to" and not determiner and not words[0][:1].isupper())  # "to build": an infinitive
        or adverb(words[0])
        or re.search(r"\w['’]s$", words[-1])  # "players for Sunday's | Four Counties final": an owner without its noun
    ):
        return []
    return [tokens[at], *tokens[at + 1 : at + 1 + determiner], *words]


def _name_goes_on(words: list[str], token: str) -> bool:
    return bool(words) and words[-1][:1].isupper() and token[:1].isupper()


def is_complement(tokens: list[str], at: int) -> bool:
    return bool(prep_complement(tokens, at)) or (at < len(tokens) and tokens[at] in ("(", "while", "when"))


def with_complement(core: str, tokens: list[str], at: int) -> str:
    """The noun phrase with its prepositional complement, when one follows: "tax rebates | for the rum industry"."""
    complement = prep_complement(tokens, at)
    return f"{core} {' '.join(complement)}" if complement else core


_DA_COMPLEMENT_PREPS = {"i", "på", "fra", "til", "af", "med", "mod", "uden", "ved", "hos"}
_DA_DETERMINERS = {"den", "det", "de", "en", "et", "sin", "sit", "sine", "deres", "hans", "hendes", "hele"}
_DA_NOT_WHAT = {"år", "dag", "dage", "morgen", "aften", "nat", "går", "alt", "alle", "forvejen", "træk", "løbet",
                "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "sidste", "næste", "øvrigt",
                "gang", "stedet", "forbindelse", "hvert", "hver", "nu", "grund", "kraft", "stand", "takt",
                "landet", "verden"}  # fmt: skip  # "i landet", "i verden": where everything is, nothing said
_DA_COUNTS = {"to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "tolv", "tyve", "hundrede", "tusind"}


def da_complement(tokens: list[str], at: int) -> list[str]:
    """A Danish prepositional phrase that completes a noun ("ansatte | i ældreplejen", "tilskuere | på
    stadion"): its preposition, an optional determiner and up to three words; not a time ("i år", "i maj",
    "på mandag") nor a phrasal preposition ("i forbindelse med")."""
    if at >= len(tokens) or tokens[at].lower() not in _DA_COMPLEMENT_PREPS:
        return []
    j = at + 1
    determiner = j < len(tokens) and tokens[j].lower() in _DA_DETERMINERS
    j += determiner
    words: list[str] = []
    while j < len(tokens) and len(words) < 3:
        token, low = tokens[j], tokens[j].lower()
        if not re.match(r"[^\W\d_]", token) or low in DA_STOP or low in EN_VERBS or low in PRONOUNS:
            break
        if low in _DA_COUNTS:
            return []  # "på de fire sygehuse": another count, read as its own figure
        words.append(token)
        j += 1
    if not words or words[0].lower() in _DA_NOT_WHAT or words[0].lower() in TIME_WORDS:
        return []
    if re.fullmatch(DA_MONTHS, words[0].lower()):
        return []
    return [tokens[at], *tokens[at + 1 : at + 1 + determiner], *words]


MODALS = {"could", "would", "may", "might", "will", "can", "should", "must"}
AUXILIARIES = {"have", "has", "had", "were", "was", "are", "is"}


def relative_clause(tokens: list[str], at: int) -> list[str]:
    """A relative clause on the counted noun, starting at tokens[at] ("who lost their parents", "that were
    destroyed"), up to five words and the first punctuation or clause word; none when "that" or "which" is no
    relative pronoun there ("that day")."""
    if at >= len(tokens) or tokens[at].lower() not in ("who", "that", "which") or at + 1 >= len(tokens):
        return []
    verb = tokens[at + 1].lower()
    if not re.fullmatch(r"[a-z]+", verb) or verb in DETERMINERS or verb in PRONOUNS:
        return []
    is_verb = ed_form(verb) or verb in AUXILIARIES or verb in MODALS or verb in PAST_VERBS or verb in EN_VERBS
    if tokens[at].lower() != "who" and not is_verb:
        return []
    words = [tokens[at].lower()]
    for k, token in enumerate(tokens[at + 1 : at + 6]):
        if not re.match(r"[\w'’-]", token) or token.lower() in ("and", "but", "said", "says", "while", "when"):
            break
        if k and (token.lower() in AUXILIARIES or token.lower() in MODALS or token.lower() in WH_WORDS):
            break  # "migrants who arrived by boat | were sent back": the main clause's verb; "| in what"
        low = token.lower()
        if k >= 2 and (low in PAST_VERBS or low in EN_VERBS) and words[-1].lower() not in (*AUXILIARIES, "to", "be"):
            break  # "people who claimed to be victims | came forward"
        words.append(token)
    while len(words) > 2 and words[-1].lower() in EN_STOP:
        words.pop()  # "who claimed to": no preposition or article left hanging
    return words if len(words) > 1 else []


WH_WORDS = {"what", "which", "who", "whom", "whose", "that", "where"}


def is_participle(word: str) -> bool:
    """A past participle: in -ed (not a noun like "speed") or an irregular one ("hit", "taken")."""
    return ed_form(word) or word.lower() in IRREGULAR_PARTICIPLES


# A finite verb after a participle phrase, which shows that the phrase was a reduced relative clause on the
# subject: "300 people forced from their homes | have returned".
FINITE_AFTER = {"have", "has", "had", "were", "was", "are", "is", "will", "would", "could", "can", "may", "might",
                "must", "should", "still", "remain", "remained", "remains"}  # fmt: skip


def reduced_relative(tokens: list[str], at: int | None) -> bool:
    """Whether a subject's participle (just before tokens[at]) opens a reduced relative clause, not the clause's
    own verb: an agent follows ("damaged by the storm"), or a complement and then the clause's finite verb."""
    if at is None or at >= len(tokens) or not is_participle(tokens[at - 1]):
        return False
    if tokens[at].lower() == "by":
        return True
    complement = prep_complement(tokens, at)
    end = at + len(complement)
    return bool(complement) and end < len(tokens) and tokens[end].lower() in FINITE_AFTER


# Irregular participles of transitive verbs, passive before an agent ("villages hit by the quake").
IRREGULAR_PARTICIPLES = {"hit", "struck", "caught", "built", "led", "held", "taken", "given", "seen", "driven",
                         "written", "chosen", "bought", "sold", "run", "made", "kept", "left", "brought", "sent",
                         "paid", "shot", "hurt", "beaten", "stolen", "torn", "thrown"}  # fmt: skip


# Prepositions no counted noun phrase starts with (those a figure's complement may start with, "of", "in", "for",
# are the lead's business).
PREPOSITIONS = {"along", "alongside", "amid", "amidst", "despite", "toward", "towards", "via", "beyond", "behind",
                "ahead", "besides", "throughout", "amongst", "beneath", "unlike", "versus", "vs", "past", "until",
                "till", "following", "compared", "according", "thanks",
                # ("capped damages at $300,000 | without approval", "£21 of it | excluding fees")
                "without", "excluding", "except", "among", "between"}  # fmt: skip


_MONTH_NAMES = {"january", "february", "march", "april", "june", "july", "august", "september", "october",
                "november", "december"}  # fmt: skip (not "may", a verb as often)


def opens_no_noun(tokens: list[str], lead: str, money: bool) -> bool:
    """Whether the words after a figure (`tokens`, past its `lead` "of"/"for"/...) open no noun phrase of what it
    counts: a preposition no such phrase starts with ("up 1.99% | along with the market", "3% | amid heavy
    trading"), or a name after "for" on a bare number ("Eason added 18 | for the Rockets": whom they were for)."""
    if tokens[0].lower() in PREPOSITIONS:
        return True
    if lead.split()[-1:] == ["to"] and tokens[0].lower() == "date":
        return True  # "has amassed $15.9m | to date": so far, a time, no noun
    if lead.split()[-1:] in (["for"], ["in"]) and tokens[0].lower() in _MONTH_NAMES:
        return True  # "a rise of 1.6 per cent | for June": the month it is for, a time, no noun
    if tokens[0].lower() in ("given", "provided", "seeing") and tokens[1:2] == ["that"]:
        return True  # "by $200,000 | given that prices are low": a clause of reason, no noun
    named = lead.split()[:1] == ["for"] and not money and tokens[0][:1].isupper()
    return named and (len(tokens) == 1 or not tokens[1][:1].islower())


# A name in commas after the object of a preposition that follows a lower-case noun: "Revenue in the largest
# division, | Financial & Risk,| which ..." (not a sentence's first name, "Acme, the builder, said").
NAME_AFTER_OBJECT = re.compile(
    r"(\b[A-Za-z][\w'’-]*\s+(?:in|at|of|from|for)\s+(?:the|its|their|a|an)\s+(?:[\w'’-]+\s+){0,2}[a-z][\w'’-]*),"
    r"\s+(?:(?:[A-Z][\w'’.-]*|&)\s+){0,4}[A-Z][\w'’.-]*,(?=\s)(?=(\s+(?:which|who|that)\b)?)"
)


# Whom a verb of telling tells, before the clause it tells: "told | Harmon | the damage could", "told | reporters |".
TOLD_WHOM = re.compile(
    r"\s*(?:(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*|him|her|them|us|me|reporters|journalists)\s+"
    r"(?=(?:the|its|their|his|her|a|an)\s)"
)

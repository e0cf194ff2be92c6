"""What the rest of its clause says of what an English figure counts: "Around 50 people | have been taken to a local
Red Cross shelter", "approximately £49,000 | was hidden in a safe", "20 years | in federal prison".

The readings of `counted` name what a figure counts by a noun ("people", "cash", "years"), its subject or its
measure. A reader of a briefing needs what the sentence says of them too: which people, which years. On batches of
articles the readings had never been tuned on, about half the figures whose value was right but whose description
missed the analyst's word had that word right after the figure, in the predicate its clause gives it. So, after the
readings, an English figure gets the words that follow it, as "people (taken to a local Red Cross shelter)", when
they are said of what it counts:

- its unit, the noun already read and auxiliaries are skipped ("people | have been | taken ...");
- what follows must open a predicate: a verb ("landed in the square"), a relative pronoun ("six which involved
  gunshots"), a relative clause's own subject and verb ("the £2.2 billion | we have already awarded"), an
  infinitive ("2 minutes to go in overtime"), the complement of an auxiliary or a verb already read
  ("is | in critical condition", "killed | in the attack"), or the complement a kind of figure takes: what a
  change changed ("an increase of 21% | in sexual offences"), where a term is served ("20 years | in federal
  prison"), where a sum came from ("$2.2 million | from other employers"). A noun, an adjective or an adverb of its
  own opens none ("taxes £41bn a year higher", "sales of £5m in the year");
- the predicate ends at a clause mark, a clause word ("and", "said"), another figure or a time adjunct ("on
  Monday", "a year earlier", "to date": when, not what), at most ten words, cut before a preposition;
- after a context a reading gave already, it follows a comma: "minutes (play stopped with), to go in overtime".

Danish is left as it is: its verb comes second, so the words after a figure are seldom said of what it counts.
"""

from __future__ import annotations

import functools
import re

from briefing_app.core.facts.figure_words import CURRENCY_WORDS, DURATIONS, EN_MONTHS, SUBJECT_PRONOUNS_EN
from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.phrase_edges import IRREGULAR_PARTICIPLES, ed_form

# The end of a clause: a mark that is not inside a number ("2,500", "2.5"), a full stop that is not an initial's
# ("U.S. firms"), a bracket, a quote mark, a dash set apart.
# (a full stop also before the closing mark of a quote: "... to cut prices.”")
_CLAUSE_END = re.compile(r"(?<!\d),|,(?!\d)|(?<![A-Z])\.(?=[\s\"”’]|$)|[;:!?()\[\]\"“”—–]|\s-\s")
# Words that open another clause, or close this one with a word of time or manner ("respectively", "to date").
_CLAUSE_WORDS = frozenset(
    "and but or nor while whilst whereas which who whom whose that as after before when where because since although "
    "though if unless until so according said says say told added including compared than via despite amid "
    "respectively annually yearly intraday year-on-year yoy y/y".split()
)
# A relative pronoun right after the counted noun opens what is said of it ("people who were hurt"), no new clause.
_RELATIVES = frozenset({"who", "which", "that"})
# Auxiliaries and adverbs between the counted noun and its predicate: dropped, so that it reads as one ("people
# (taken to ...)", not "people (have been taken to ...)").
_AUXILIARIES = frozenset(
    "is are was were has have had been be being will would could can may might must should also now still already "
    "currently reportedly reported estimated thought believed expected feared understood then later".split()
)
# A relative clause's own subject ("the £100 million that I | have announced").
_PRONOUNS = SUBJECT_PRONOUNS_EN
# The finite auxiliaries a main clause's verb opens with ("The £5m which the council set aside | was spent").
_FINITE = frozenset("is are was were has have had will would".split())
# Words that end no phrase: an article, a preposition, a possessive ("taken to a" is cut to "taken").
_FUNCTION_WORDS = frozenset(
    "the a an of to in for on at by with from and or its their his her this that these those some more per than into "
    "onto over under about each every our your my between across through against toward towards up down out off "
    "around now then here there just only even".split()
)
# Prepositions a long predicate is cut before.
_PREPOSITIONS = frozenset(
    "of to in for on at by with from into over under about between across through against toward towards around "
    "during".split()
)
# The figure's own unit or scale, written after it and left out of its text ("5 per cent", "40 feet", "30,000
# barrels"): no word of what is said of it.
_UNIT_WORDS = frozenset(
    "% percent per cent pc percentage point points basis bps times fold million millions billion billions bn m mn "
    "feet foot ft yards yds metres meters metre meter km kilometres kilometers miles mile mph kg kgs kilograms kilos "
    "tonnes tons tonne ton hectares acres degrees fahrenheit celsius c f mm cm sq square cubic barrels bpd b/d mw gw "
    "kwh units cents pence p".split()
)
# A time adjunct: when it happened, not what was counted ("on Wednesday", "last year", "a year earlier", "for the
# year ending June", "in March").
_TIME = re.compile(
    r"an?\s+(?:day|week|month|year|decade)\s+(?:earlier|ago|later|before)\b|to\s+date\b|so\s+far\b|"
    r"(?:(?:on|in|by|during|since|until|from|for|over|at|within|early|late|later|earlier)\s+)?"
    r"(?:(?:the|that|each|every)\s+)?(?:(?:early|late|last|this|next|past|previous|coming|same|following|first|"
    r"second|third|fourth|fiscal|financial|calendar)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    rf"{EN_MONTHS}|weekend|week|month|year|quarter|half|period|summer|winter|spring|autumn|season|yesterday|today|"
    r"tonight|tomorrow|morning|afternoon|evening|overnight|day|night|decade|date|far)s?\b",
    re.IGNORECASE,
)
_TIME_OPENERS = frozenset(
    "on in for over at within during by since until last this next early late a an to today yesterday tomorrow "
    "tonight".split()
)
_MAX_WORDS = 10
# Words after which a verb is no main clause's verb ("people who | were hurt", "that I | have announced").
_NO_NOUN = _FUNCTION_WORDS | _AUXILIARIES | _RELATIVES | _PRONOUNS
# Words a read phrase does not end on ("hospitals in the north | of the country"; "per cent" and "now" may).
_ENDS_NO_READING = _FUNCTION_WORDS - _UNIT_WORDS - _AUXILIARIES
# Irregular pasts a predicate opens with ("Two mortar bombs fell in the square"; the participles are `phrase_edges`').
_IRREGULAR_PASTS = frozenset(
    "fell rose grew went came took gave won lost fled hid ran saw sought fought stood began became broke chose drove "
    "drew flew forgot froze knew met rode sang sat slept spoke swam threw wore wrote died".split()
)
# Nouns of change whose complement with "in" is what changed.
_CHANGE_NOUNS = frozenset(
    "increase increases rise rises fall falls drop drops decline declines cut cuts jump jumps growth reduction "
    "reductions surge climb slump dip gain gains loss losses".split()
)
_TERMS = frozenset({"years", "months", "weeks", "days"})
# A determiner that makes the figure definite, right before it (or before its currency sign and a qualifier).
_DEFINITE_BEFORE = re.compile(
    r"\b(?:the|those|these|its|their|his|her|our|your|my)\s+(?:(?:extra|additional|further|first|last|remaining|"
    r"estimated|around|about|some|nearly|almost|over)\s+)?(?:US\$|[$£€¥])?\s*$",
    re.IGNORECASE,
)
# Phrases of manner or measure after a figure, no complement of it ("in a row", "in cash", "in volume").
_IDIOM = re.compile(
    r"(?:in|from)\s+(?:a\s+row|(?:total|all)$|cash|shares|stock|value|volume|real\s+terms|nominal\s+terms|"
    r"(?:\w+\s+)?trading)\b",
    re.IGNORECASE,
)


def with_predicates(figures: list[Fact], sentences: list[SourceSentence], language: str) -> None:
    """Add to what each English figure counts what the rest of its clause says of it (in place)."""
    if language.split("-")[0].lower() != "en":
        return
    text_of = {s.index: s.text for s in sentences}
    for fact in figures:
        said = predicate_of(text_of.get(fact.sentence, ""), fact)
        if said and fact.counts:
            fact.counts = f"{fact.counts}, {said}" if "(" in fact.counts else f"{fact.counts} ({said})"


def predicate_of(sentence: str, fact: Fact) -> str | None:
    """What the clause of `fact` says after it of what it counts; None when it says nothing new."""
    n, counts = fact.number, fact.counts
    if n is None or not counts or counts.startswith("age"):
        return None
    at = sentence.find(fact.text, max(0, n.start - len(fact.text)))
    rest = sentence[at + len(fact.text) if 0 <= at <= n.start else n.end :]
    if re.match(r"[-‑]\w|['’]s?\s", rest):  # "a 23-point effort", "30 days' time": the figure is inside a word
        return None
    end = _CLAUSE_END.search(rest)
    words = (rest[: end.start()] if end else rest).split()
    read = set(re.findall(r"\w+", counts.lower()))
    skipped, after_verb = _told_already(words, read)
    words = words[skipped:]
    if not words or _IDIOM.match(" ".join(words)):
        return None
    if not (after_verb or _opens_predicate(words) or _complement(words[0].lower(), fact)):
        return None
    if words[0].lower() in _PRONOUNS and not _contact_relative(sentence[: max(at, 0)], fact):
        return None  # "Over the past 14 days | it has rained": the main clause's subject, no relative clause
    if read.isdisjoint(_words_of(sentence)):
        return None  # what it counts is read between the lines ("a father of two died": the children did not)
    said: list[str] = []
    for k, word in enumerate(words):
        relative = k == 0 and word.lower() in _RELATIVES  # "six which involved gunshots": said of the six
        if (word.lower() in _CLAUSE_WORDS and not relative) or any(c.isdigit() for c in word):
            break
        after_noun = bool(said) and said[-1].lower() not in _NO_NOUN
        if after_noun and not said[-1].lower().endswith("ly") and (_verb_form(word.lower()) or word in _FINITE):
            break  # the verb of the main clause after a noun: "£5m | needed for growth | fell", "... defences | was"
        said.append(word)
    if said and said[0].lower() in ("a", "an", "the", "of"):
        # (a copula's noun phrase says what it is, "8.20p is a good payout", and "of" goes on with the noun phrase)
        return None
    said = _before_time(said)
    if len(said) > _MAX_WORDS:  # cut before the last preposition within reach, no phrase left half read
        said = said[:_MAX_WORDS]
        cut = max((k for k, w in enumerate(said) if w.lower() in _PREPOSITIONS and k > 0), default=len(said))
        said = said[:cut]
    # (the noun read already, said again at the end, and the words that lead to it: "£3.2m will go toward the
    # school lunch fund" is the fund's "(go)")
    while said and (said[-1].lower() in _FUNCTION_WORDS or said[-1].lower().strip("'’") in read):
        said.pop()
    new = [w for w in said if w.lower() not in _FUNCTION_WORDS and w.lower().strip("'’") not in read]
    if not new or sum(w[:1].isupper() for w in said[1:]) * 2 > len(said):  # (a headline in title case)
        return None
    return " ".join(said)


@functools.lru_cache(maxsize=256)
def _words_of(sentence: str) -> frozenset[str]:
    """The words of a sentence, lower-cased (asked once per figure of the sentence)."""
    return frozenset(re.findall(r"\w+", sentence.lower()))


def _told_already(words: list[str], read: set[str]) -> tuple[int, bool]:
    """How many words open the rest that are the figure's unit, the noun already read or an auxiliary, and whether
    one of them was a verb (what follows is then its complement: "were killed | in the attack")."""
    k, verb = 0, False
    while k < len(words):
        word = words[k].lower().strip("'’")
        per_cent = word == "per" and k + 1 < len(words) and words[k + 1].lower() == "cent"
        if word == "per" and not per_cent:
            break  # (a rate after the figure, "per hour", is said of it; "per cent" is its unit)
        adverb = word.endswith("ly") and len(word) > 4  # "80 delegates have | greatly | improved the draft"
        if word in read or word in _AUXILIARIES or word in _UNIT_WORDS or adverb or CURRENCY_WORDS.match(words[k]):
            verb = verb or word in _AUXILIARIES or _verb_form(word)
            k += 1
        elif word in ("of", "the") and k + 1 < len(words) and words[k + 1].lower() in read | {"the"}:
            k += 1  # "70 percent | of the | market" when "market" is what it counts
        elif word == "to" and k + 1 < len(words) and words[k + 1].lower() in ("be", "have"):
            k, verb = k + 2, True  # "27 people are feared | to have | died": the infinitive's auxiliary
        else:
            break
    while k and words[k - 1].lower() in _ENDS_NO_READING:
        k -= 1  # (the read phrase ends on its last word: "hospitals in the north | of the country" is not skipped)
    return k, verb


def _opens_predicate(words: list[str]) -> bool:
    """Whether the rest opens with what a clause says of a noun: a relative pronoun, a verb or an infinitive ("who
    fled", "landed in the square", "to go in overtime"); not a noun, an adjective or an adverb of its own."""
    first = words[0].lower()
    if first in _RELATIVES:  # (not "people that day": a time, not a relative clause)
        return len(words) > 1 and not _TIME.match(" ".join(words[1:]))
    if first in _PRONOUNS:  # a relative clause without "that": "the £2.2 billion | we have already awarded"
        rest = (w.lower() for w in words[1:])
        verb = next((w for w in rest if w not in _AUXILIARIES and not w.endswith("ly")), "")
        return verb not in _CLAUSE_WORDS and _verb_form(verb)  # (not "£5m | it said", "six | they were")
    if first == "to" and len(words) > 1:  # an infinitive, not "to the", "to Rs", "to 5%", "to voters"
        verb = words[1]
        plural = verb.endswith("s") and not verb.endswith("ss")
        return verb.isalpha() and verb.islower() and verb not in _FUNCTION_WORDS and not plural
    return _verb_form(first)


def _contact_relative(before: str, fact: Fact) -> bool:
    """Whether a pronoun after the figure opens a relative clause without "that": the figure is definite ("the
    £2.2 billion | we have awarded", "those 300 phones | they stole") and no time ("the past 14 days | it rained")."""
    return fact.unit not in DURATIONS and _DEFINITE_BEFORE.search(before[-40:]) is not None


def _complement(first: str, fact: Fact) -> bool:
    """Whether the rest opens with the complement the kind of figure takes: what a change changed ("an increase of
    21% | in sexual offences"), where a term is served ("20 years | in federal prison"), where a sum came from."""
    head = (fact.counts or "").split(" (")[0].split()[-1:]
    if first == "in" and head and head[0].lower() in _CHANGE_NOUNS:
        return True
    if first in ("in", "behind") and fact.unit in _TERMS:
        return True
    return first == "from" and fact.number is not None and fact.number.currency is not None


def _verb_form(word: str) -> bool:
    """An English past or participle: "landed", "taken", "fled" (not "speed", "hundred")."""
    return ed_form(word) or word in IRREGULAR_PARTICIPLES or word in _IRREGULAR_PASTS


def _before_time(words: list[str]) -> list[str]:
    """`words` up to a time adjunct ("in the offensive | last week"); none when they open with one."""
    for k, word in enumerate(words):
        bare = word[:1].isupper() and _TIME.fullmatch(word) is not None  # "the months that ended | March 31"
        if (k == 0 or bare or word.lower() in _TIME_OPENERS) and _TIME.match(" ".join(words[k:])):
            return words[:k]
    return words

"""What an English figure counts, read from the parts of speech of its sentence (`pos_tagger`).

The rules of `counted` read the words around a figure with word lists; this reads them by their tags, which
the tagger gives to words no list holds. Used for durations and counts of times, which measure an event:
the verb of the figure's clause names it when the rules' noun phrase does not ("within six months, the
board will replace ...": replace).

Tried and not used (round 9): reading the noun phrase a number quantifies by tags alone (the object of
"of", the noun phrase after it, the subject before its verb) finds the gold key for about half the English
dev figures where the rules find it for nine in ten, and adds almost nothing where they fail.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.pos_tagger import tag_sentence

# Verbs that name no event by themselves ("has a career", "is 20 years"), and verbs of saying, including and
# showing, which frame the event rather than name it ("said it lasted ten years", "according to").
_LIGHT_VERBS = {"have", "has", "had", "having", "be", "is", "are", "was", "were", "been", "being", "do", "does", "did",
                "according", "say", "says", "said", "tell", "tells", "told", "include", "includes", "included",
                "including", "show", "shows", "showed", "shown"}  # fmt: skip
# The words of an adverbial phrase before its figure ("within the next", "after almost").
_ADVERBIAL = ("ADP", "DET", "ADJ", "ADV", "SCONJ")
# Marks that close a clause: a verb beyond them belongs to another one.
_CLAUSE_MARKS = {";", ":", "(", ")", "—", "–", '"', "“", "”", "[", "]"}


def event_verb(text: str, start: int, end: int) -> str | None:
    """The verb of the clause a duration or a count of times measures ("protested for three weeks", "was
    allowed in only once"): the nearest verb before the figure in its clause, else the first one after it up
    to a comma. A duration or a frequency measures an event, and the verb names it where the rules found a
    noun phrase that does not."""
    region = re.search(r"\bin\s+the\s+region\s+of\s*(?:US\$|[$£€])?\s*$", text[:start])
    start = region.start() if region else start  # "in the region of £45m": an approximation, no noun named
    words = tag_sentence(text)
    first = next((k for k, w in enumerate(words) if w[1] > start), len(words))
    last = first
    while last < len(words) and words[last][0] < end:
        last += 1
    for k in range(first - 1, -1, -1):
        if _word(text, words[k]) in _CLAUSE_MARKS:
            break
        if words[k][2] == "VERB":
            joined = k > 1 and words[k - 1][2] == "CCONJ" and words[k - 2][2] == "VERB"
            if joined and _event(text, words[k - 2]):  # "have fished and farmed there for 12 years": both
                return text[words[k - 2][0] : words[k][1]]
            return _event(text, words[k])
    # "Within six months, the board will ...", "The dockers, after two months, returned": a figure in an
    # adverbial set off by a comma measures the clause the comma leads back to.
    opener = first - 1
    while opener >= 0 and words[opener][2] in _ADVERBIAL:
        opener -= 1
    adverbial = opener < 0 or _word(text, words[opener]) == ","
    for k in range(last, len(words)):
        word = _word(text, words[k])
        if word == "," and adverbial and words[k - 1][2] in ("NOUN", "NUM"):
            adverbial = False
            continue
        if word in _CLAUSE_MARKS or word in (",", ".", "!", "?"):
            break
        if words[k][2] == "VERB":
            return _event(text, words[k])
    return None


def _word(text: str, w: tuple[int, int, str]) -> str:
    return text[w[0] : w[1]]


def _event(text: str, w: tuple[int, int, str]) -> str | None:
    word = _word(text, w)
    return None if word.lower() in _LIGHT_VERBS else word


# Units a figure before them is measured in: the nearest noun before another figure is never one of these.
# A dash right before a figure (nothing but a hedge between) sets it after the noun it gives the size of: "sales of
# its tablets – some 4 million in the quarter". Other clause marks still end the search.
_DASHES = frozenset({"—", "–"})
_HEDGES = frozenset({"almost", "about", "around", "nearly", "some", "roughly", "approximately", "just", "over",
                     "only", "a", "mere"})  # fmt: skip
# The label of a quarter, half or financial year of results copy ("Q4", "H1", "FY23").
_QUARTER_LABEL = re.compile(r"(?:Q[1-4]|H[12]|FY(?:\d{2}|\d{4})?)")
_UNITS_OF_A_FIGURE = frozenset({"percent", "per", "cent", "pc", "points", "point", "percentage"})


def noun_before(text: str, start: int, bare: bool = False) -> str | None:
    """The nearest noun phrase before a figure in its clause (its adjectives and nouns, ending in a noun): the
    last thing the sentence named before it, for a figure nothing else says anything about ("verbal
    abuse exists but it is not 70%"). A `bare` count (no unit) leaves no time unsaid: the times are passed over."""
    region = re.search(r"\bin\s+the\s+region\s+of\s*(?:US\$|[$£€])?\s*$", text[:start])
    start = region.start() if region else start  # "in the region of £45m": an approximation, no noun named
    words = tag_sentence(text)
    first = next((k for k, w in enumerate(words) if w[1] > start), len(words))
    hedged = True  # only hedges ("almost", "about") so far between the figure and the words before it
    # (at least one: a bare figure after a dash, "the number of people waiting – 402,000", is left to its readers)
    seen_hedge = False
    for k in range(first - 1, -1, -1):
        if _word(text, words[k]) in _DASHES and hedged and seen_hedge:
            continue  # "its tablet shipments – almost 4 million in Q3": the figure restates the noun before the dash
        if _word(text, words[k]) in _CLAUSE_MARKS:
            return None
        hedged = hedged and _word(text, words[k]).lower() in _HEDGES
        seen_hedge = seen_hedge or hedged
        if _word(text, words[k]).lower() in _UNITS_OF_A_FIGURE:
            continue  # "rose by 12 percent, from 3,000 to 3,360": the unit of the change before, not what it counts
        if _QUARTER_LABEL.fullmatch(_word(text, words[k])):
            continue  # "almost 4 million in Q3, up from 2.1 million": the quarter is when, never what a figure counts
        if words[k][0] > 0 and text[words[k][0] - 1].isdigit():
            continue  # "up 4.5p to £5.36": the unit written against the digits of the figure before
        if words[k][2] in ("NOUN", "PROPN") and re.match(r"\w", _word(text, words[k])):  # not the "£" of the sum
            if bare and _word(text, words[k]).lower() in _TIME_NOUNS:
                continue  # "contained many of these blazes throughout the day, but about 50 remain": no days
            j = k
            while j > 0 and words[j - 1][2] in ("NOUN", "PROPN", "ADJ"):
                j -= 1
            return text[words[j][0] : words[k][1]]
    return None


# Times a clause is set in, which a bare count after them never leaves unsaid.
_TIME_NOUNS = {"day", "days", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night",
               "today", "tonight", "yesterday", "time", "hour", "hours"}  # fmt: skip


# Words that qualify a figure between it and the verb it measures ("sailed more than 2,000 miles").
_QUALIFYING = {
    "more",
    "less",
    "than",
    "about",
    "around",
    "nearly",
    "almost",
    "some",
    "over",
    "under",
    "up",
    "to",
    "at",
    "least",
    "most",
    "roughly",
    "approximately",
    "just",
    "only",
    "another",
    "an",
    "a",
    "estimated",
}


# Verbs of position: a distance after them says where a thing is ("lies 40 km north of"), not how far it went.
_POSITION_VERBS = {"lie", "lies", "lay", "lying", "sit", "sits", "sat", "sitting", "stand", "stands", "stood",
                   "standing", "located", "situated", "based", "remain", "remains", "remained"}  # fmt: skip


def verb_just_before(text: str, start: int) -> str | None:
    """The verb a figure directly follows, past its qualifiers ("sailed | 2,000 miles", "drove | about
    40 km"): a distance after a verb of motion measures that motion."""
    words = tag_sentence(text)
    k = next((k for k, w in enumerate(words) if w[1] > start), len(words)) - 1
    while k >= 0 and _word(text, words[k]).lower() in _QUALIFYING:
        k -= 1
    if k < 0 or words[k][2] != "VERB" or _word(text, words[k]).lower() in _POSITION_VERBS:
        return None  # "the well lies 420 metres north of the mill": where a thing is, no motion
    return _event(text, words[k])


# "one" after a verb of saying, before a role of up to three lower-case words and, in apposition, a full name: the
# indefinite article ("said one lead author, Dana Fell,"; not "killed one soldier, Private Kerr,", a count).
_ONE_ROLE_NAMED = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+[A-Z][\w'’.-]+\s+[A-Z][\w'’-]+")
_SAYING = re.compile(r"\b(?:said|says|told|tells|according\s+to|added|explained|noted|wrote|writes)\s+$", re.I)


def one_role_named(before: str, after: str) -> bool:
    """Whether a "one" is the indefinite article of a speaker named in apposition ("said one lead author, X")."""
    return _SAYING.search(before[-30:]) is not None and _ONE_ROLE_NAMED.match(after) is not None


def counted_one(text: str, start: int, end: int) -> bool:
    """Whether a spelled "one" is a verb's counted object ("won one medal in the relay", "gave one interview"):
    tagged a number, right after a verb and before a singular noun."""
    if _ONE_UNIT.fullmatch(text, start, end) and re.match(r"\s+[a-z]", text[end:]):
        return True  # "signs one-year contract", "a one-match ban": a span or count before its noun
    if re.search(r"\b(?:within|by)\s+$", text[:start]) and _ONE_MARGIN.match(text, end):
        return True  # "closed the lead to within one point", "won by one goal": a margin of one
    if _ONE_MORE.match(text, end):
        return True  # "an option of one additional season": one more of the noun
    if _STEP_BEFORE.search(text[:start]) and _ONE_STEP.match(text, end):
        return True  # "Labour is down one point to 39 per cent", "climbed one place": a change of one unit
    words = tag_sentence(text)
    k = next((k for k, w in enumerate(words) if w[0] >= start), None)
    if k is None or k == 0 or k + 1 >= len(words) or words[k][1] > end:
        return False
    if one_role_named(text[:start], text[end:]):
        return False  # "said one lead author, Dana Fell,": the indefinite article before a role and its holder
    measured = k + 2 < len(words) and _word(text, words[k + 2]).lower() == "of"  # "one reading of 10 Sv": that
    if words[k][2] == "NUM" and _THERE_IS.search(text[:start]):
        # "There is one new confirmed case of X today": an existential counts its noun, past its modifiers
        j = k + 1
        while j < len(words) and j <= k + 2 and words[j][2] in ("ADJ", "VERB") and _word(text, words[j]).islower():
            j += 1
        return j < len(words) and words[j][2] == "NOUN"
    return words[k][2] == "NUM" and words[k - 1][2] == "VERB" and words[k + 1][2] == "NOUN" and not measured


# (and the margins one point, goal, vote, seat or stroke make: "a one-point lead", "a one-seat majority")
_ONE_UNIT = re.compile(
    r"[Oo]ne-(?:year|month|week|hour|minute|match|game|race|season|night|point|goal|vote|seat|stroke)"
)
_ONE_MARGIN = re.compile(r"\s+(?:point|goal|vote|seat|stroke|run|shot|game|set|wicket)\b")
_ONE_MORE = re.compile(r"\s+(?:additional|extra)\s+[a-z]{3,}")
_STEP_BEFORE = re.compile(
    r"\b(?:up|down|by|rose|fell|gained|lost|dropped|climbed|slipped|rises|falls|gains|loses|drops|climbs|slips)\s+$"
)
_ONE_STEP = re.compile(r"\s+(?:percentage\s+)?(?:point|place|seat|per\s*cent|percent|spot|position)\b")
_THERE_IS = re.compile(r"\b[Tt]here\s+(?:is|was|has\s+been|had\s+been|will\s+be)\s+$")


def after_preposition(text: str, start: int) -> bool:
    """Whether the word before a figure is tagged a preposition ("the toll rose to three.", "a team of five,")."""
    words = tag_sentence(text)
    k = next((k for k, w in enumerate(words) if w[0] >= start), None)
    return k is not None and k > 0 and words[k - 1][2] == "ADP"

"""Whose age an "N-year-old" / "N-årig" figure is: the noun phrase after it, without the clause it goes on to.

Why: the noun phrase reader after a figure may run on into the clause's verb ("a 67-year-old man | died in the
fire", "den 45-årige direktør fra Vejle | trak sig"); an age's holder is the person (with an adjective or a
"from"-place at most), a short phrase an analyst reads at a glance.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import DA_STOP, EN_STOP, PAST_VERBS
from briefing_app.core.facts.phrase_edges import clause_verb, ed_form

# Frequent Danish finite verbs with no regular ending (-ede, -te, -er are read by shape).
_DA_FINITE = {"døde", "trak", "kom", "fik", "gik", "så", "sagde", "blev", "var", "havde", "tog", "gav", "lå", "stod",
              "slog", "fandt", "sad", "faldt", "bliver", "er", "har", "skal", "vil", "kan", "må", "får", "kommer",
              "siger", "går", "står", "ligger", "sidder", "dør", "forsvandt", "flygtede", "omkom"}  # fmt: skip
_EN_FINITE = {"is", "was", "were", "are", "has", "had", "have", "will", "would", "died", "dies", "fled", "lost",
              "remains", "remained", "says", "said"}  # fmt: skip
# Prepositions that may hang a place on the holder: "a man from Tolvik", "en mand fra Vestby".
_PLACE_PREPS = {"from", "of", "fra", "i"}


def finite_verb(word: str, lang: str) -> bool:
    """Whether an English or Danish word is a finite verb that ends a noun phrase ("died", "trak", "ligger")."""
    low = word.lower()
    if lang == "da":
        return low in _DA_FINITE or (len(low) > 5 and low.endswith("ede"))
    return clause_verb(word) or ed_form(low) or low in PAST_VERBS or low in _EN_FINITE


def age_holder(phrase: str, after: str, lang: str) -> str:
    """The holder's words of `phrase`: cut at the clause's verb, keeping one "from"-place ("from Tolvik"); only
    where `phrase` is the noun phrase right after the age (`after`, the text after the number)."""
    stop = DA_STOP if lang == "da" else EN_STOP
    words = phrase.split()
    if not words or re.match(rf"\S*\s+(?:[\w-]+\s+){{0,2}}{re.escape(words[0])}\b", after) is None:
        return phrase  # "access for those over 18 years old": a phrase from before the age, read elsewhere
    kept: list[str] = []
    for k, word in enumerate(words):
        low = word.lower()
        if kept and finite_verb(word, lang):
            break
        if kept and low in _PLACE_PREPS and k + 1 < len(words) and re.match(r"[A-ZÆØÅ]", words[k + 1]):
            kept.extend(words[k : k + 2])  # "mand fra Odense": one place, then the phrase ends
            break
        if kept and low in stop:
            break
        if lang == "en" and re.search(r"\w['’]s$", word):
            kept.append(word[:-2])  # "a 30-year-old man's car was stolen": the age is the owner's, the phrase ends
            break
        kept.append(word)
    return " ".join(kept) if kept else phrase


# Words before an age by decade, "in their 20s" (also the second of a pair: "aged in their 20s and 40s"; and a
# possessive noun's: "in the patient's 50s").
DECADE_AGE_BEFORE = re.compile(
    r"\b(?:in|into)\s+(?:his|her|their|its|my|our|your|(?:the\s+)?[a-z]+['’]s?)\s+"
    # (past the first of two decades or the teens, and a part of the decade: "in her early 30s", "in their late
    # teens or early 20s", "in his mid-40s")
    r"(?:(?:(?:early|mid|late)[\s-]+)?(?:\d0s|teens)\s+(?:and|or|to)\s+)?(?:(?:early|mid|late)[\s-]+)?$"
)


def decade_age(before: str) -> str:
    """What an age by decade counts, with whose it is when a noun owns it: "in the patient's 50s" -> "age
    (patient)"; "in their 20s" -> "age"."""
    owner = re.search(r"\b([a-z]+)['’]s?\s+(?:\d0s\s+(?:and|or|to)\s+)?$", before)
    return f"age ({owner.group(1)})" if owner else "age"


# An age in years with nothing after it that could hold it: "... years old.", "... years old and ...".
_OLD_ENDS = re.compile(
    r"\s*[-\s]?(?:years?|months?|weeks?|days?)[-\s]old(?:\s*[,.;:)]|\s+(?:and|or|but|who|with|in|at|for|to|from|"
    r"were|are|was|is|when|while|because)\b|\s*$)"
)
# The noun an age is stated of before it: "children under | 6 years old", "whose children are between | 6-17 years
# old", "The tree is | 300 years old".
_HOLDER_BEFORE = re.compile(
    r"\b([a-z][\w'’-]*)\s+(?:(?:are|is|was|were|be|been)\s+)?(?:(?:aged|now|still|all|both)\s+)?"
    r"(?:(?:between|under|over|below|above|about|around|nearly|almost|at\s+least|up\s+to|from|just)\s+)?$"
)
_NOT_HOLDERS = EN_STOP | {"it", "he", "she", "they", "we", "i", "you", "who", "whom", "there", "then", "now", "aged",
                          "age", "ages", "old", "when", "whose", "those", "these", "only", "just", "even", "barely",
                          "still"}  # fmt: skip


def holder_before(before: str, after: str, holder: str | None) -> str | None:
    """`holder`, or the noun an English age is stated of before it when nothing after the age can hold it
    ("families whose children are between 6-17 years old" -> "children"; not "she was six years old")."""
    if not _OLD_ENDS.match(after):
        return holder
    found = _HOLDER_BEFORE.search(before[-60:])
    noun = found.group(1) if found else ""
    if not noun or noun.lower() in _NOT_HOLDERS or finite_verb(noun, "en") or re.search(r"\d|ly$", noun):
        return holder
    return noun


# Participles the courts and the police use as nouns after an age: "the 25-year-old accused", "the 19-year-old
# deceased". The noun reader takes them for verbs and reads on past them.
_NOMINAL_AFTER_AGE = re.compile(r"[- ]?(?:year|month)s?[- ]old\s+(accused|deceased)\b(?!\s+(?:of|him|her|them)\b)")


def nominal_holder(after: str, holder: str | None) -> str | None:
    """ "the 25-year-old accused, who ...": the accused holds the age, not what the reader found elsewhere."""
    m = _NOMINAL_AFTER_AGE.match(after)
    return m.group(1) if m else holder

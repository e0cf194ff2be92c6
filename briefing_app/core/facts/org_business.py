"""One-word companies named by the business the sentence says they do: the object of a takeover ("acquired
Dorvale", "its acquisition of Dorvale"), a name whose shares move ("Brevanta shares fell", "Shares in Brevanta
fell"), one whose spokesperson speaks ("A Brevanta spokesman said"), one with its ticker ("Brevanta (BRV.L)"), and
the subject, even opening the sentence, of what only a company does ("Quelmark posted a quarterly loss", "Vellora
laid off 300 workers") or the employer, opening the sentence, of a job only a body has ("Harcastle chief executive
Jane Roe said").

The caller (`repeated_names._company_by_context`) drops people, places, peoples, titles and words the article
also writes in lower case ("Police recalled ...": "police" elsewhere).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefing_app.core.facts.body_cues import BODY_MEMBERS, alternation
from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.roles import is_person_noun

_NAME = r"([A-Z][a-z]+[A-Za-z0-9]*)"
# The object of a takeover or a merger: "acquired Dorvale", "took over Quelmark", "merged with Brevanta".
_DEAL_OBJECT = re.compile(
    rf"\b(?:acquired|acquire|acquires|acquiring|took\s+over|taking\s+over|merged\s+with|merge\s+with|merging\s+with|"
    # the same in Danish: "har opkøbt X", "fusionerer med Y"
    r"opkøbt|opkøber|opkøbe|fusionerer\s+med|fusioneret\s+med)"
    rf"\s+{_NAME}(?![\w'’&-])(?!\s+[A-Z])"
)
# The deal's noun before its object: "whose acquisition of Dorvale is before the regulator", "the buyout of
# Quelmark". A plural noun after the name makes it a maker's or a place's ("the acquisition of Renoir paintings").
_DEAL_NOUN_OBJECT = re.compile(
    rf"\b(?:acquisition|buyout|buy-out)\s+of\s+{_NAME}(?![\w'’&-])(?!\s+[A-Z])"
    r"(?!\s+(?!(?:is|was|has|does|says)\b)[a-z]+s\b)"
)
# A name whose shares or stock move: "Brevanta shares fell", "Quelmark stock rose 4 percent".
_SHARES_MOVED = re.compile(
    rf"(?<![\w'’.@#-]){_NAME}\s+(?:shares|stock)\s+(?:rose|fell|jumped|slumped|climbed|dropped|gained|lost|plunged|"
    r"soared|surged|tumbled|slid|edged|closed|were|have|had)\b"
)
# What only a company does, after its name at the sentence's start ("Quelmark posted a quarterly loss"): the
# capital of a sentence's first word says nothing, so the verb must.
_COMPANY_DID = re.compile(
    rf"^[\"“‘']?{_NAME}\s+(?:has\s+|have\s+|had\s+|will\s+|said\s+it\s+(?:has\s+|had\s+|will\s+|would\s+)?)?"
    r"(?:acquired|merged\s+with|laid\s+off|cut\s+[\d,]+\s+jobs|posted\s+(?:a|an)\s+(?:\w+\s+){0,2}(?:loss|profit|"
    r"revenue|earnings)|reported\s+(?:a|an)\s+(?:\w+\s+){0,2}(?:loss|profit|revenue|earnings)|filed\s+for\s+bankruptcy|"
    r"recalled|shipped|outsourced|went\s+public|raised\s+prices|cut\s+prices|opened\s+(?:\d+|\w+)\s+(?:new\s+)?stores|"
    # the same in Danish: "X har fyret 22 ansatte", "X afskediger 50 medarbejdere", "X nedlægger 90 job"
    r"(?:har\s+)?(?:fyret|fyrer|afskediget|afskediger|nedlagt|nedlægger)\s+(?:[\d.]+|\w+)\s+(?:ansatte|medarbejdere|"
    r"job|stillinger|arbejdspladser))\b"
)


# A name with its stock-market ticker in brackets: "Harlow (HRW.L) fell", "Quillon (NASDAQ: QLN) rose": a listed
# company, wherever the sentence puts it (a ticker with an exchange's suffix or prefix, not a bare acronym).
TICKER = r"\s+\((?:[A-Z][A-Za-z]{1,8}\s*:\s*[A-Z][A-Z0-9.]{0,7}|[A-Z][A-Z0-9]{0,5}\.[A-Z]{1,2})\)"
_TICKER_AFTER = re.compile(rf"{_NAME}{TICKER}")
# Shares in a name, also opening the sentence: "Shares in Brevanta fell", "shares of Quelmark rose".
_SHARES_IN = re.compile(rf"\b[Ss]hares\s+(?:in|of)\s+{_NAME}(?![\w'’&-])(?!\s+[A-Z])")
# Shares an owner holds in a name: "sold most of its Brevanta shares", "their Quelmark stake" (a firm's shares or a
# stake in it; "its Brevanta" alone may be a product's).
_HELD_SHARES = re.compile(
    rf"\b(?:its|their|his|her|our|my)\s+(?:(?:remaining|entire|whole|\d+(?:\.\d+)?%)\s+)?{_NAME}\s+"
    r"(?:shares|stock|stake|shareholding|holding)\b"
)
# A body's spokesperson speaking: "A Brevanta spokesman said", "a Quelmark spokeswoman declined to comment".
_SPOKESPERSON_OF = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+{_NAME}\s+(?:spokes(?:man|woman|person)|representative)\s+(?:said|says|told|declined|"
    r"added|confirmed|denied)\b"
)


# A name opening the sentence before a job only a body has and a person's name: "Harcastle chief executive Jane Roe
# said", "Quelmark boss John Doe". The job says the name is a body's, whatever the sentence's capital hides.
_OPENING_JOBS = alternation((*BODY_MEMBERS, "boss", "managing director", "finance director", "founder", "co-founder"))
_EMPLOYER_OPENING = re.compile(
    rf"^[\"“‘']?{_NAME}\s+(?:{_OPENING_JOBS})"
    r"\s+(?:[A-Z]\.\s)?[A-Z][a-z]+(?:\s+(?:[A-Z]\.\s)?[A-Z][\w'’-]+)+"
)


# What a company owns or earns, after its name in the genitive opening the sentence ("Brennock's shares rose",
# "Quelmark's pre-tax profits fell"): the sentence's capital says nothing, the owned thing does.
FIRM_OWNS = (
    r"(?:(?:annual|quarterly|half-year|full-year|pre-tax|net|operating|first-half|second-half)\s+)?(?:shares|"
    r"share\s+price|stock|profits?|revenues?|sales|turnover|earnings|shareholders|stores|factories|plants?|dividend)"
)
_OPENING_OWNS = re.compile(rf"^[\"“‘']?{_NAME}['’]s\s+{FIRM_OWNS}\b")
# A word opening a sentence that goes on to say "its" of it or names what it earns ("Brennock also raised its
# dividend", "Brennock's profits fell"): counted with the name's other mentions when it is no plain word
# (`repeated_names.add_repeated_names`); a person is never "its", and a name opening a sentence may be anyone's.
_OPENER = re.compile(rf"^[\"“‘']?{_NAME}(?:['’]s\s+{FIRM_OWNS}\b|(?:\s+[a-z]+){{1,3}}\s+its\s)")


def ticker_names(text: str) -> Iterator[tuple[str, int]]:
    """(name, where) of one-word companies with their stock-market ticker after them ("Brevanta (BRV.L)")."""
    for m in _TICKER_AFTER.finditer(text):
        yield m.group(1), m.start(1)


def opening_name(text: str) -> tuple[str, int] | None:
    """(word, where) of the name opening the sentence before a lower-case word, when it is no plain word."""
    m = _OPENER.match(text)
    if m is None or _plain_word(m.group(1)):
        return None
    return m.group(1), m.start(1)


def _plain_word(word: str) -> bool:
    """A word of the language rather than a name: one the tagger's training text writes in lower case, a
    person's noun, or an adjective's or adverb's ending ("Outgoing", "Retired", "Newly")."""
    low = word.lower()
    return low in common_words() or is_person_noun(low) or low.endswith(("ing", "ed", "ly"))


def business_cues(text: str) -> Iterator[tuple[str, int, bool]]:
    """(name, where, opens the sentence) of one-word companies the sentence's business gives away."""
    for pattern in (_DEAL_OBJECT, _DEAL_NOUN_OBJECT, _SHARES_MOVED, _SHARES_IN, _HELD_SHARES, _SPOKESPERSON_OF):
        for m in pattern.finditer(text):
            yield m.group(1), m.start(1), False
    for pattern in (_COMPANY_DID, _OPENING_OWNS):
        opening = pattern.match(text)
        if opening is not None and (pattern is _COMPANY_DID or not _plain_word(opening.group(1))):
            yield opening.group(1), opening.start(1), True
    employer = _EMPLOYER_OPENING.match(text)
    if employer is not None and not _plain_word(employer.group(1)):
        yield employer.group(1), employer.start(1), True

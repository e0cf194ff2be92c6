"""A measure after "weighing", "worth", "valued at", "with a street value of" or "covering" is the noun's before it
(English).

"The police seized 1,019 MDMA tablets weighing 540 grams worth Rs 30.57 lakh", "Officers recovered a bag weighing
2kg", "cocaine with a street value of £2m in the lorry". Seizure, find and haul copy gives a thing's weight and
value in a participle or an "of"-phrase right after it. Read alone the measure took the clause's subject ("police",
"Officers") or the noun after it ("lorry"). It measures the noun phrase before the participle (past the weight of
a chain "weighing 540 grams worth ..."): its weight ("weight of MDMA tablets") or, for a value, the thing itself
("MDMA tablets"), as the value readers already name it ("cannabis" for "cannabis worth £20,000").
Disaster and land copy hangs an extent on a noun the same way: "crews fought a blaze covering 500 acres", "a fire
spanning 20,000 hectares", "a tail-back stretching 12 miles": the area or length is the blaze's, not the crews'.
Run once every figure has its reading.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import EN_STOP, EN_VERBS, LENGTHS, PAST_VERBS
from briefing_app.core.facts.model import Fact

# (and a gadget's lightness as technology copy writes it: "a phone weighing just 79 grams", "less than 1kg")
_QUALIFIER = (
    r"(?:(?:about|around|approximately|roughly|nearly|almost|some|more\s+than|over|up\s+to|just|only|less\s+than|"
    r"under|barely|a\s+mere)\s+)?"
)
_CURRENCY = r"(?:(?:Rs\.?|INR|₹|US\$|[$£€¥]|N|KSh|R)\s*)?"
# The participle or phrase that hangs a measure on the noun before it.
_HANGER = re.compile(
    r"\s+(weighing|worth|valued\s+at|estimated\s+to\s+be\s+worth|estimated\s+at|"
    rf"with\s+an?\s+(?:estimated\s+)?(?:street|market|resale|total)\s+value\s+of)\s+{_QUALIFIER}{_CURRENCY}$"
)
# An area or a length hung on the noun before it by a participle of extent ("a blaze covering 500 acres").
_EXTENT = re.compile(
    r"\s+(covering|spanning|stretching(?:\s+(?:for|over))?|measuring)\s+"
    r"(?:(?:about|around|approximately|roughly|nearly|almost|some|more\s+than|over|up\s+to|"
    r"at\s+least|an\s+estimated|between|just|only|less\s+than|under|a\s+mere)\s+)?$"
)
# (a gadget's size too: "a screen measuring 42 inches", "a player measuring just 8cm")
_GADGET_LENGTHS = {"inches", "centimetres", "centimeters", "millimetres", "millimeters"}
_AREAS = {"hectares", "acres", "square kilometers", "square miles", "square metres", "square feet"}
_EXTENT_UNITS = LENGTHS | _AREAS | _GADGET_LENGTHS
# A weight told before a value in one chain: "tablets | weighing 540 grams | worth".
_WEIGHT_BETWEEN = re.compile(r"\s+weighing\s+(?:about\s+|around\s+|approximately\s+)?[\d.,]+\s*[a-z]{1,12}\.?$")
_WORD = re.compile(r"[A-Za-z][\w'’-]*$")


def _noun_phrase(before: str) -> str | None:
    """The noun phrase (up to three words) that ends `before`: no function word, number or past verb in it."""
    words: list[str] = []
    rest = before.rstrip()
    while len(words) < 3:
        m = _WORD.search(rest)
        if m is None:
            break
        word = m.group(0)
        low = word.lower()
        if low in EN_STOP or low in PAST_VERBS or low in EN_VERBS or (low.endswith("ed") and len(low) > 4):
            break
        words.insert(0, word)
        rest = rest[: m.start()].rstrip()
        if not rest or not re.search(r"[A-Za-z]$", rest):
            break
    return " ".join(words) if words else None


def participle_measures(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give each measure hung on a noun by "weighing"/"worth"/"with a street value of" that noun."""
    for f, number, text in figure_texts(figures, texts):
        if f.unit is None and number.currency is None:
            continue
        before = text[: number.start]
        hanger = _HANGER.search(before)
        if hanger is None and f.unit in _EXTENT_UNITS:
            hanger = _EXTENT.search(before)
        if hanger is None:
            continue
        head = before[: hanger.start()]
        if re.search(r"\b(?:is|was|are|were|be|been|being)\s+(?:[a-z]+\s+)?$", head + " ") or re.search(
            r"\b(?:once|now|still|already|currently|recently|previously|then|[a-z]+ly)\s*$", head
        ):
            continue  # "Her fortune was once valued at $3 billion": a passive, its subject read by the passive reader
        between = _WEIGHT_BETWEEN.search(head)
        head = head[: between.start()] if between else head
        noun = _noun_phrase(head)
        if noun is None or noun.split()[-1].lower() in (f.counts or "").lower().split():
            continue
        if not noun.split()[-1].islower():
            continue  # "2 kilos of heroin in Port Hollis worth $90K": a place before the participle, not the thing
        weight = hanger.group(1) == "weighing"
        f.counts = f"weight of {noun}" if weight else noun

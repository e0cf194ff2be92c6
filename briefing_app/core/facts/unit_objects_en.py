"""What a figure counts when "units" or "shipments" is its only noun and it is the object of a verb of selling or
reaching (English sales and technology copy): "the studio has sold just 250,000 units", "E-reader
deliveries passed 2.3 million units by June", "while the handset nearly hit 4 million shipments".

"Units" (or "shipments") alone names nothing: the thing sold or shipped is the subject of the clause (the product,
or the firm that sells it), so the figure counts that subject and the noun stays in brackets
("E-reader deliveries (units)"). `unit_levels_en` gives the level after "to"/"at"/"by" the same reading; this reads the
object right after the verb. A noun before the unit word ("300 housing units") or one after it ("units of stock")
is a reading of its own and is left as it was read.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import EN_STOP, PRONOUNS
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.quote_cues import ANY_BODY
from briefing_app.core.facts.subject_before import before_phrase

# The figure's own reading: the unit word alone, or with an adjunct after it ("units in Europe", "shipments for the
# quarter", or the verb: "units sold"), not with a noun of its own ("units of stock").
_BARE_UNIT = re.compile(r"(units|shipments)\b(?!\s+(?:of|built)\b)(?![^(]*\()", re.IGNORECASE)
_QUALIFIERS = r"(?:(?:about|around|nearly|almost|some|more\s+than|less\s+than|over|under|just|only|roughly)\s+){0,2}"
# A verb of selling, shipping or reaching a total right before the figure (and its qualifiers).
_OBJECT_VERB = re.compile(
    r"\b(?:sold|sells?|selling|shipped|ships?|shipping|moved|moves?|delivered|delivers?|topped|tops|reached|"
    r"reach(?:es)?|hit|hits|passed|passes|exceeded|exceeds?|surpassed|surpass(?:es)?)\s+"
    rf"{_QUALIFIERS}$",
    re.IGNORECASE,
)
# Words between the subject and the verb that are not the subject: auxiliaries, adverbs, "managed to".
_BEFORE_VERB = re.compile(
    r"(?:\s+(?:has|have|had|was|were|is|are|will|would|could|can|may|might|should|also|almost|nearly|just|only|"
    r"already|still|then|managed\s+to|expects?\s+to|expected\s+to|plans?\s+to|hopes?\s+to|aims?\s+to|"
    r"wants?\s+to))+\s*$",
    re.IGNORECASE,
)


# A time phrase that opens the sentence with no comma before the subject: "By the end of the quarter | tablet sales
# passed", "In the third quarter | tablet sales passed", "Over the holiday season | the console sold" (the subject
# starts after the time word; with a comma, the subject reader already starts after it).
_FRONTED_TIME = re.compile(
    r"^\s*(?:[Bb]y|[Ii]n|[Dd]uring|[Oo]ver|[Ff]or|[Tt]hrough|[Aa]t)\s+(?:the\s+)?(?:(?:end|close|start|course)\s+of\s+"
    r"(?:the\s+|its\s+)?)?(?:[a-z]+\s+){0,2}(?:year|quarter|month|week|half|period|season)s?\s+(?=[A-Za-z])"
)


def _subject(head: str) -> str | None:
    """The subject of the clause that ends in `head` (the words before the verb), if it is a noun phrase."""
    head = _FRONTED_TIME.sub("", head)
    head = _BEFORE_VERB.sub(" ", f" {head}")
    subject = before_phrase(head.lstrip(), "en")[0]
    if not subject or subject.split()[0].lower() in PRONOUNS | EN_STOP:
        return None  # ("it sold 80,000 units": a pronoun names nothing here)
    if subject.split()[-1].lower() in EN_STOP or re.search(r"\d", subject):
        return None  # (a phrase cut short, or another figure's words)
    if re.sub(r"^the\s+", "", subject.lower()) in ANY_BODY:
        return None  # ("The firm sold 45,000 units": a body named only by its kind adds nothing to "units sold")
    return subject


def unit_objects(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a figure read as bare "units" or "shipments" after a verb of selling the subject of its clause."""
    for f, number, text in figure_texts(figures, texts):
        counts = (f.counts or "").strip()
        noun = _BARE_UNIT.match(counts)
        if noun is None or not re.match(rf"\s+{noun.group(1)}\b", text[number.end :], re.IGNORECASE):
            continue  # (the unit word is this figure's own, right after it)
        verb = _OBJECT_VERB.search(text[: number.start])
        if verb is None:
            continue
        subject = _subject(text[: verb.start()])
        if subject is not None and subject.lower() not in counts.lower():
            f.counts = f"{subject} ({counts})"

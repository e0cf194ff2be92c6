"""A bare count that is the subject of "had" and a noun: it counts those who had it (English).

"one person was listed in critical condition, two had serious injuries, and two had non-life-threatening
injuries", "Two had serious injuries and three had minor injuries": "had" there is the verb, not the auxiliary of
a past ("two had left"), and its object says what the bare count is, as "two suffered burns" already reads. Read
alone, the count took the words of the clause before ("critical condition") or nothing. Run late, with the other
repairs of what a figure counts.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.bare_counts import whole_named_before
from briefing_app.core.facts.figure_context import before_qualifier
from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

# Where a bare subject stands: the sentence's start, a comma, a semicolon, "and", "while", "but", or a fronted
# "Of the X,"; a qualifier may come first ("at least two").
_CLAUSE_START = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|while|but|whereas)\s+|\b(?:said|says|say)\s+(?:that\s+)?)"
    r"(?:(?:at\s+least|about|another|only|just)\s+)?$",
    re.IGNORECASE,
)
# "had" and its object: up to four words, the first no participle ("had left", "had been") or adverb, ending in a
# plural or after "a"/"an" ("had a broken leg"); the object stops at a preposition, a conjunction or punctuation.
_HAD_OBJECT = re.compile(
    r"\s+(had|has|have)\s+"
    r"(?!(?:been|already|also|not|never|just|still|no|to|since|gone|got|come|become|left|died|fled)\b)"
    r"((?:an?\s+)?(?:(?![a-z]+(?:ed|en)\b)(?!(?:in|on|at|to|from|and|or|but|who|which|that|with|by|for)\b)"
    r"[a-z][\w-]*\s+){0,3}(?!(?:in|on|at|to|from|and|or|but|who|which|that|with|by|for)\b)[a-z][\w-]*)"
    r"(?=\s*(?:[,;.:]|$|\s+(?:and|or|but|while|in|on|at|to|from|after|when|as)\b))"
)


def had_objects(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a bare count that is the subject of "had" and a noun that noun."""
    for f, n, text in figure_texts(figures, texts):
        if f.unit is not None or n.currency or n.kind != "number" or n.value_max is not None:
            continue
        before = before_qualifier(text, n)
        if not _CLAUSE_START.search(before):
            continue
        m = _HAD_OBJECT.match(text, n.end)
        if m is None:
            continue
        obj = m.group(2)
        head = obj.split()[-1]
        if not (head.endswith("s") or re.match(r"an?\s", obj)):
            continue  # "two had left": a past, no object
        if obj.lower() in (f.counts or "").lower():
            continue
        whole = whole_named_before(text, n, "en")  # a fronted whole kept: "Of the 12 passengers, two had ..."
        f.counts = f"{m.group(1)} {obj}" + (f" ({whole})" if whole else "")

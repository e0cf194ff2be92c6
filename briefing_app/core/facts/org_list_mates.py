"""Bodies named in a list beside bodies already found: "backed by SoftBank, Alibaba, Tencent, Ping An, eHi and Sina
Weibo", "its subsidiaries AGC Industries, MAS Harbour, Quellco and Austco". A list joins names of one kind; when
two of its names at least are organisations another finder read, the names no finder read are organisations too
(a firm named once, by a coined word no list holds: "Ping An", "eHi").

Only lists of three names or more (two names joined by "and" may be a firm and its product, "Microsoft and
Xbox", or a party and its leader, "Labour and Corbyn"), and only a name that no finder took, that opens with no
given name, that the article never writes in lower case and that the gazetteer knows as nothing but a body.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup, person_names
from briefing_app.core.facts.name_words import LEADING_FUNCTION_WORDS, MONTHS_DAYS

# One name of the list: one to three words, the first capitalised or a coined brand ("eHi", "iQIYI").
_ITEM = r"(?:[A-Z]|[a-z]{1,2}[A-Z])[\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2}"
# The model's designator that ends a product's name in a list of firms ("Ubisoft, Tolvik and PlayStation VR").
_MODEL_END = re.compile(r"[A-Z]|\d{1,3}|[A-Z]\d{1,3}|VR|AR|Pro|Max|Mini|Ultra|Lite|XL|SE|One")
_LIST = re.compile(rf"(?<![\w'’.-])({_ITEM}(?:,\s+{_ITEM}){{1,}},?\s+(?:and|or)\s+{_ITEM})(?![\w'’-])")


def list_mates(
    text: str, bodies: list[tuple[int, int]], taken: list[tuple[int, int]], lowercase: frozenset[str]
) -> list[tuple[int, int, str]]:
    """(start, end, name) of the names of `text`'s lists that no finder took (`taken`) and that stand beside two
    organisations at least (`bodies`, the stretches of the sentence's organisations); see the module."""
    if ", " not in text or len(bodies) < 2:
        return []
    given = person_names()[0]
    out = []
    for m in _LIST.finditer(text):
        items = []
        at = m.start(1)
        for piece in re.split(r",?\s+(?:and|or)\s+|,\s+", m.group(1)):
            start = text.find(piece, at)
            items.append((start, start + len(piece), piece))
            at = start + len(piece)
        found = sum(any(a <= s and e <= b for a, b in bodies) for s, e, _ in items)
        if len(items) < 3 or found < 2:
            continue
        for start, end, name in items:
            if any(a < end and start < b for a, b in taken):
                continue  # a name some finder read (a body, a place), whole or in part ("China" of "China Life")
            words = name.split()
            known = lookup(name)
            if (
                words[0] in given
                or words[0].lower() in LEADING_FUNCTION_WORDS
                or MONTHS_DAYS.match(words[0])
                or all(w.lower() in lowercase for w in words)
                or (known is not None and known.kind != "organisation")
                or (len(words) > 1 and _MODEL_END.fullmatch(words[-1]))
            ):
                continue  # a person, a sentence's word, a date, a common word capitalised, a place, a product
            out.append((start, end, name))
    return out


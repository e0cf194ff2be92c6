"""A Hebrew part "of them" whose whole is a definite plural named before it in the sentence, with no figure of its
own: "הועברו הפצועים לידי גורמי הרפואה, אולם שניים מהם חולצו ללא סימני חיים" (two of the injured). The counted
reader gave the pronoun "מהם" itself; the part counts the plural noun it points back to (as Arabic "39 منها" after
"المباريات" does in `sharing`)."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

_OF_THEM_AFTER = re.compile(r"\s*מ(?:הם|הן)(?![\u05d0-\u05ea])")
# A definite plural noun: "הפצועים", "והנוסעים", "לבנות" is not definite; the article after a prefix: "לפצועים" no
_DEFINITE_PLURAL = re.compile(r"(?<![\u05d0-\u05ea])[ובלמש]?ה([\u05d0-\u05ea]{2,}(?:ים|ות))(?![\u05d0-\u05ea])")

# A construct noun the plural completes, as a name of a place or a body: "בית החולים", "בתי הספר", "משרד הבריאות"
_CONSTRUCT_BEFORE = re.compile(r"(?<![\u05d0-\u05ea])[ובלמ]?(?:בית|בתי|משרד|משרדי|מרכז|חדר|חדרי)\s+$")


def he_part_of_them(facts: list[Fact], text: str) -> None:
    """Give a Hebrew "N מהם" counted as the pronoun (or nothing) the definite plural before it in the sentence."""
    for i, f in enumerate(facts):
        n = f.number
        if n is None or not _OF_THEM_AFTER.match(text, n.end):
            continue
        if f.counts not in (None, "מהם", "מהן") or any(g.number and g.number.end <= n.start for g in facts[:i]):
            continue  # (a figure before it is the whole, read by the general sharing: "4 פצועים כאשר 2 מהם")
        # (the first, the clause's subject or object, not a later one in a place's name: "הפצועים לבית החולים")
        plurals = [
            m for m in _DEFINITE_PLURAL.finditer(text[: n.start]) if not _CONSTRUCT_BEFORE.search(text[: m.start()])
        ]
        if plurals:
            f.counts = f"ה{plurals[0].group(1)}"

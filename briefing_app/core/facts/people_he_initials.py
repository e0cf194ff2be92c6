"""Hebrew people named by the initials of their given names and a family name ('ש"י X', 'א"ב Y', 'י"ל Z'), as
Hebrew writes authors and public figures: two letters and the gershayim, then the family name. An acronym of two
letters is far more often a town, a unit, a date or "by" ('ת"א', 'ק"ג', 'ט"ו בשבט', 'ע"י'), so the family name
must be listed, or shaped as one, or written alone elsewhere in the article."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.gazetteer import hebrew_family_names, lookup
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_he_bare import family_shaped
from briefing_app.core.facts.people_he_base import _HE_HEADS, _name_like, words_by_sentence
from briefing_app.core.facts.people_index import PeopleIndex

_INITIALS = re.compile(r"([\u05d0-\u05ea])[\"\u05f4]([\u05d0-\u05ea])")
# Two-letter acronyms that are no initials: "by", "according to", towns, units (cubic metres and millimetres too:
# 'מ"ק מים', 'מ"מ גשם'), currencies, "the late", "i.e."
_NOT_INITIALS = {"עי", "עפ", "תא", "בש", "פת", "בב", "ים", "מם", "סמ", "קג", "קמ", "מר", "שח", "זל", "זא", "רל",
                 "נב", "צל", "הה", "רה", "חכ", "דר", "אי", "בע", "מפ", "כנ", "יש", "לפנ", "סה",
                 "מק", "ממ"}  # fmt: skip
# A number or scale word before the acronym: a unit of measure follows it ('20 מיליון מ"ק מים'), never initials.
_COUNTED = re.compile(r"[\d.,%-]*\d[\d.,%-]*|(?:[ובלמכ]?-?)?(?:מיליון|מיליארד|אלף|אלפי|מאות|עשרות)")
_NUMERAL_TENS = "יכלמנסעפצ"
_TOWN_HEADS = {"העיר", "עיריית", "מועצת", "בעיר", "לעיר", "מהעיר"}


def _initials(word: str) -> bool:
    m = _INITIALS.fullmatch(word)
    if m is None:
        return False
    pair = m.group(1) + m.group(2)
    numeral = m.group(1) in _NUMERAL_TENS and m.group(2) in "אבגדהוזחט" or pair in ("טו", "טז")  # (י"א, ט"ו)
    # (a final letter closes a word, never an initial: 'כ"ץ' is the family name Katz, its own acronym)
    final = m.group(2) in "ץךםןף" or word in hebrew_family_names()
    return pair not in _NOT_INITIALS and not numeral and not final and lookup(word) is None and word not in _HE_HEADS


def find_initials_names(sentences: Sequence[SourceSentence], index: PeopleIndex) -> None:
    """'ש"י X': initials and a family name listed, shaped as one, or written alone in another sentence."""
    texts, where = words_by_sentence(sentences)
    for at, words in texts.items():
        for i in range(len(words) - 1):
            family = words[i + 1]
            if not _initials(words[i]) or not _name_like(family) or lookup(family) is not None:
                continue
            if i and _COUNTED.fullmatch(words[i - 1]):
                continue  # '20 מיליון מ"ק מים': a unit after a number, and what it measures
            if i and words[i - 1] in _TOWN_HEADS:
                continue  # 'ראש העיר ב"ב X': a town's acronym after "the city", and the mayor's family name
            alone = bool(where.get(family, set()) - {at})
            if family in hebrew_family_names() or family_shaped(family) or alone:
                index.add(f"{words[i]} {family}", None, at)

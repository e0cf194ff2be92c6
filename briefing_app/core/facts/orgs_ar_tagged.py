"""Arabic organisations the statistical tagger names and the rules did not: a body named without the noun that
marks one (شركة, حركة, منظمة) and missing from the gazetteer, such as a movement or a club by its short name.
The tagger (`entity_tagger_ar.py`, learnt from Arabic newswire) reads it from the words around it ("أعلنت X",
"وفد X", "بين X و Y"); only names it tags as an organisation with a clear lead are taken, where no other name
was found."""

from __future__ import annotations

import re

from briefing_app.core.facts.entity_tagger_ar import tag_sentence
from briefing_app.core.facts.orgs_ar import _AR_STAFFS, _AR_STOP, AR_MEDIA_TAILS, _indefinite_adjective

# The smallest lead of the organisation tag over the best other tag, over the name's words (as for people).
CLEAR_MARGIN = 15.0


def tagged_bodies(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the organisations the tagger clearly reads in one sentence, Arabic letters only."""
    return [
        _with_outlet_name(text, e.start, e.start + len(name), name)
        for e in tag_sentence(text)
        if e.type == "ORG" and e.margin >= CLEAR_MARGIN and all(_arabic(ch) for ch in e.text)
        for name in [_without_predicate(e.text)]
        if not _described(name)
    ]


def _described(name: str) -> bool:
    """A bare noun and an indefinite adjective ("رقابة محلية", of "هيئة رقابة محلية"): a kind described, no name."""
    words = name.split()
    if len(words) == 2 and words[0].removeprefix("ال") == "هيئة" and words[1] in _AR_STAFFS:
        return True  # "عضو هيئة تدريس", "أعضاء هيئة التدريس": a university's teaching staff (orgs_ar._AR_STAFFS)
    return len(words) == 2 and not words[0].startswith("ال") and _indefinite_adjective(words[1:])


def _without_predicate(name: str) -> str:
    """The name without an indefinite plural in ـون after it ("حماس موظفون في", "X مقاتلون"): a sound plural with
    no article is what the clause says the body's men are, its predicate; no body's name ends with one."""
    words = name.split()
    while len(words) > 1 and words[-1].endswith("ون") and len(words[-1]) > 4:
        if words[-1].startswith(("ال", "وال")):
            break
        words.pop()
    return " ".join(words)


def _with_outlet_name(text: str, start: int, end: int, name: str) -> tuple[int, int, str]:
    """A borrowed word of media read alone ("نيوز", "برس") takes the word before it, the outlet's own name
    ("شفق نيوز- بغداد", a site's dateline): no outlet is called "News" alone."""
    before = re.search(r"([\u0621-\u064a]{2,})\s+$", text[:start])
    if name not in AR_MEDIA_TAILS or before is None or before.group(1) in _AR_STOP:
        return start, end, name
    return before.start(1), end, text[before.start(1) : end]


def _arabic(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a" or ch == " "

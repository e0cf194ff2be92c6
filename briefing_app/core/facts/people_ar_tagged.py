"""Arabic people the statistical tagger names and the rules did not: the long tail of names no list holds and
no cue introduces ("وكان بين الأغاني أغنية لX Y", "ونجح ... برفقة ملاحه X Y"). The tagger
(`entity_tagger_ar.py`, learnt from Arabic newswire) weighs the words around a name the way the rules cannot
list them. Taken: names of two words or more that it tags as a person with a clear lead, opened by a known given
name (or tagged with a very wide lead), not opened by a definite word or a quote mark, with no gazetteer place or
body, title, role noun, body noun or stop word among them."""

from __future__ import annotations

import re

from briefing_app.core.facts.ar_named_bodies import body_named_pairs
from briefing_app.core.facts.entity_tagger_ar import tag_sentence
from briefing_app.core.facts.gazetteer import known_names, lookup, names_a_place_spaced
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_words import (
    _AR_FUNCTION,
    _AR_NAME_STOP,
    _AR_PLACE_KINDS,
    AR_EVENT_WORDS,
    AR_ORG_WORDS,
    AR_ROLE_NOUNS,
    AR_SPEECH,
    AR_TITLES,
    _ar_is_given,
)
from briefing_app.core.facts.people_index import PeopleIndex

# The smallest lead of the person tag over the best other tag, over the name's words, for a name to be taken
# (a confident tag leads by 20 to 60; on held-out newswire a lead above this is right 9 times in 10).
CLEAR_MARGIN = 15.0
# The lead above which a name is taken without a known given name opening it.
SURE_MARGIN = 40.0


def find_tagged_names(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Every name the tagger clearly calls a person and the index does not hold yet, into `index`."""
    named_bodies = body_named_pairs(sentences)  # ar_named_bodies: "شركة عمر أفندى" names a company
    for s in sentences:
        for entity in tag_sentence(s.text):
            if entity.type != "PER" or entity.margin < CLEAR_MARGIN:
                continue
            words = entity.text.split()
            if tuple(words[:2]) in named_bodies:
                continue
            text = entity.text
            linked = re.match(r"\s+([\u0621-\u064a]{3,})", s.text[entity.end :]) if words[-1] in _LINKS else None
            if linked is not None and _name_word(linked.group(1)):
                # "X أبو Y": the tagger stopped at a name's particle, which needs the word after it
                words, text = [*words, linked.group(1)], f"{entity.text} {linked.group(1)}"
            # (a town's name may be a given name too, "فلاديمير": taken first when a cue and a sure tag agree)
            town_first = entity.margin >= SURE_MARGIN and _cued(s.text[: entity.start]) and _town_word(words[0])
            if len(words) < 2 or not all(_name_word(w) or (k == 0 and town_first) for k, w in enumerate(words)):
                continue  # one word alone is as often a place or half a name the tagger cut short
            if words[0].lstrip("وبل") in _EVENTS:
                continue  # "دوري عبداللطيف جميل للمحترفين": a league or cup named after its sponsor, no person
            if words[0].startswith("ال"):
                continue  # "الأمريكي السادس عشر": a definite adjective opens a description, not a name
            if names_a_place_spaced(text):
                continue  # "ولي عهد أبو ظبي": a place ("أبوظبي") written spaced, no man called by his kunya
            before_word = re.findall(r"[\u0621-\u064a]+", s.text[: entity.start])[-1:]
            kind = before_word[0] if before_word else ""
            if kind.lstrip("وبل") in _EVENTS:
                continue  # "ضمن دوري عبداللطيف جميل", "كأس فهد بن سلطان": the competition's name, no person
            if kind in _PLACE_BEFORE or (kind[:1] in "وبل" and kind[1:] in _PLACE_BEFORE):
                continue  # "في منطقة أبو علندا", "حي الشيخ X", "شارع محمد علي": a place named after its kind
            if s.text[: entity.start].rstrip().endswith(('"', "«", "“", "'")):
                continue  # a name in quote marks is a title, a brand or a discipline ("كروس كاونتري")
            if not (_ar_is_given(words[0]) or entity.margin >= SURE_MARGIN or _cued(s.text[: entity.start])):
                continue  # neither a known given name opens it, nor a cue stands before it, nor is the tagger sure
            if index.find(text) is None and not any(index.find(w) for w in words if len(w) > 2):
                index.add(text, role_before(s.text[: entity.start]), s.index)


# Kinds of place and site written right before their own name, which may read as a man's ("منطقة أبو علندا").
_PLACE_BEFORE = set(_AR_PLACE_KINDS) | {"حي", "شارع", "مخيم", "ضاحية", "ميدان", "جسر", "معبر", "سوق", "مسجد", "جامع"}

# Competitions and prizes named after a sponsor or a patron (people_ar_words.AR_EVENT_WORDS).
_EVENTS = AR_EVENT_WORDS

# The particles inside a name that need the word after them ("أبو", "بن", "عبد"): a name never ends in one.
_LINKS = {"أبو", "ابو", "بن", "ابن", "بنت", "عبد", "آل", "ولد"}


def _name_word(word: str) -> bool:
    """A word that may stand in a person's name: Arabic letters only, not a known place or body, title, role
    noun, body noun or stop word."""
    if not all("\u0621" <= ch <= "\u064a" for ch in word):
        return False
    # (nor a pronoun or particle: "كما في سورة X هو البشير" is a clause, however the tagger reads it)
    return not (word in known_names() or word in AR_TITLES or word in AR_ROLE_NOUNS or word in AR_ORG_WORDS
                or word in _AR_NAME_STOP or word in _AR_FUNCTION)  # fmt: skip


def _cued(before: str) -> bool:
    """Whether the word before a name introduces a person: a nationality or other relative adjective with the
    article ("الياباني X", "الألماني X"), a title or a role noun, bare or with a glued ل ("للمخرج X"), or a verb of
    saying ("صرح X"). Agency copy puts a foreign name, which no list holds, right after one of these."""
    words = before.split()
    if not words:
        return False
    word = words[-1]
    bare = "ال" + word[2:] if word.startswith("لل") else word.removeprefix("و")
    core = bare[2:] if bare.startswith("ال") else bare
    nisba = bare.startswith("ال") and bare.endswith("ي") and len(bare) > 5
    return nisba or bare in AR_TITLES or core in AR_ROLE_NOUNS or re.fullmatch(AR_SPEECH, word) is not None


def _town_word(word: str) -> bool:
    """A word the gazetteer knows only as a town's name (never a country, region or body): one that a person's
    given name may share."""
    entry = lookup(word)
    return entry is not None and entry.kind == "place" and entry.detail == "city"


def role_before(before: str) -> str | None:
    """The role written right before a name: a role noun (bare, definite, behind a glued ل, or with a possessive
    ending: ملاحه) and the definite adjectives between it and the name ("سائق الراليات السعودي X", "للمخرج X",
    "البطل المحلي الروسي X", "ملاحه الألماني X"); None when the words before are no such phrase."""
    words = before.split()[-5:]
    kept: list[str] = []
    for word in reversed(words):
        bare = "ال" + word[2:] if word.startswith("لل") else word.removeprefix("و")
        core = bare[2:] if bare.startswith("ال") else bare
        owned = next(
            (core[: -len(e)] for e in ("ها", "ه") if core.endswith(e) and core[: -len(e)] in AR_ROLE_NOUNS), ""
        )
        if core in AR_ROLE_NOUNS or owned:
            return " ".join([bare, *reversed(kept)])
        if not bare.startswith("ال") or len(kept) == 3:
            return None
        kept.append(bare)
    return None

"""Danish places and organisations the statistical tagger names and the rules did not: a company, team or body
named without the kind word or company form that marks one ("Vestbo har fyret 40", "sejren til Halby"), a
town no list holds. The tagger (`entity_tagger_da.py`, learnt from Danish newspaper text) reads the name from
the words around it. Only names it tags with a clear lead are taken (a lead of 15 or more: on the treebank's
dev part read as articles by the whole extractor, 25 found bodies .70 / .41 and places .85 / .67, 15 found
.70 / .44 and .84 / .69), and a place only where a place goes (after a locative preposition, or in a list
after one); the places finder adds them where no other name was found."""

from __future__ import annotations

import re

from briefing_app.core.facts.entity_tagger_da import tag_sentence
from briefing_app.core.facts.gazetteer import person_names
from briefing_app.core.facts.orgs import CHAMPIONSHIP_INITIALS
from briefing_app.core.facts.people_index import fold
from briefing_app.core.facts.people_nationality import is_nationality
from briefing_app.core.facts.roles import is_role_noun

# The smallest lead of the tag over the best other tag, over the name's words.
CLEAR_MARGIN = 15.0
# Where a place goes: a locative preposition before it, or "og"/"eller"/a comma after one in a list.
_WHERE = re.compile(
    r"(?:^|[\s(])(?:i|på|fra|til|mod|ved|nær|omkring|gennem|over|via|udenfor|uden\s+for|syd\s+for|nord\s+for"
    r"|øst\s+for|vest\s+for|mellem|byen|landsbyen|øen|bydelen|kvarteret|forstaden|grevskabet)\s+$",
    re.IGNORECASE,
)
_LISTED = re.compile(
    r"(?:^|[\s(])(?:i|på|fra|til|mellem)\s+[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)?(?:,|\s+og|\s+eller)\s+$"
)


# A town's or region's name joined to a Danish word for its surroundings ("Frederikssund-området", "Vejle-egnen"):
# the tagger reads the compound as one name, often a body's; the place is the part before the hyphen.
_AREA_OF = re.compile(r"([A-ZÆØÅ][\w]+)-(?:området|områdets|egnen|egnens|regionen|regionens)")


# A championship by its Danish initials, also heading a compound ("VM", "EM-slutrunden", "OL-finalen"): a contest,
# no body.
_CHAMPIONSHIP = re.compile(rf"(?:{'|'.join(CHAMPIONSHIP_INITIALS)})(?:-[a-zæøå][\wæøå]*)?")
# A name glued by a hyphen to a lower-case noun ("Tolvik Cup-kampene", "Kessby Gruppen-aktien"): the name qualifies
# the noun; the body is the name before the hyphen, and none where the noun is a contest's (its matches, rounds,
# level or final: the name is a league's or a cup's).
_GLUED_NOUN = re.compile(r"(.*[^\W\d_])-([a-zæøå]+)")
_CONTEST_NOUN = re.compile(
    r"(?:kamp|niveau|turnering|final|semifinal|kvartfinal|slutrund|kvalifikation|grupp|pulje|sæson|titl|pokal|"
    r"mesterskab|rund|trofæ)"
)


# A comma and a role noun right after a name (its first part may be a body's: "EU-kommissær", "FN-chef"), perhaps
# behind an article and up to two adjectives, as foreign-news copy writes it ("X Y, den demokratiske formand for").
_ROLE_AFTER = re.compile(r"\s*,\s+(?:(?:den|det|en|et)\s+)?((?:[a-zæøå-]+\s+){0,2})(?:[A-ZÆØÅ]{2,}-)?([a-zæøå]+)\b")
# A role noun and a comma right before a name: the office first, then its holder in apposition ("med WHO's
# generaldirektør, X Y Z"), perhaps with the body it serves, by its name ("Topchefen i Halmart, X Y") or by a noun
# ("en talsmand for ministeriet, X Y", "talsmand for det indonesiske udenrigsministerium, X Y", as translated wire
# copy writes "a spokesman for the ministry, X"); the definite form of the noun counts too.
_ROLE_BEFORE = re.compile(
    r"(?:^|\s)(?:[A-ZÆØÅ]{2,}-)?([A-ZÆØÅa-zæøå][a-zæøå]+)"
    r"(?:\s+(?:i|hos|for|ved)\s+(?:[A-ZÆØÅ][\w.'’&-]*(?:\s+[A-ZÆØÅ][\w.'’&-]*){0,3}"
    r"|(?:(?:den|det|de)\s+)?(?:[a-zæøå-]+\s+){0,2}[a-zæøå-]+))?,\s+$"
)


def tagged_named(text: str) -> list[tuple[str, int, int, str]]:
    """(kind, start, end, name) of the places and organisations the tagger clearly reads in one sentence: kind
    "place" or "organisation"; not in quote marks (a title or a brand), not a role noun, not a person's given
    name alone."""
    out = []
    given, _family = person_names()
    for entity in tag_sentence(text):
        if entity.type == "PER" or entity.margin < CLEAR_MARGIN:
            continue
        name = entity.text
        words = name.split()
        if not any(ch.isalpha() for ch in name) or is_role_noun(words[0]) or (len(words) == 1 and name in given):
            continue  # "Direktør", "Søren": a title or a given name read as a name's start
        if entity.type == "ORG" and 2 <= len(words) <= 3 and fold(words[0]) in given and fold(words[0]) != words[0]:
            continue  # "Štefan Füle": a given name with a diacritic the tagger rarely saw, no body
        if len(words) == 1 and is_nationality(name):
            continue  # "Dansk", "Svenske": a people's adjective opening a name the tagger cut short, no body
        if len(name) == 1 or (len(name) <= 3 and text[entity.end : entity.end + 1] == "."):
            continue  # "P. E. Holm": a person's initial, no body
        before = text[: entity.start]
        if before.rstrip().endswith(('"', "«", "»", "“", "'", "‘")):
            continue
        if entity.type == "ORG" and _CHAMPIONSHIP.fullmatch(name):
            continue  # "VM i Tolvia", "sejren i EM-kvalifikationen": a championship, no body
        glued = _GLUED_NOUN.fullmatch(name) if entity.type == "ORG" else None
        if glued is not None and _CONTEST_NOUN.match(glued.group(2)):
            continue  # "op til Tolvik Cup-kampene": a competition's matches
        area = _AREA_OF.fullmatch(name)
        if area is not None:  # "Frederikssund-området": the area around a town, named by the town, no body
            out.append(("place", entity.start, entity.start + area.end(1), area.group(1)))
            continue
        if entity.type == "ORG" and 2 <= len(words) <= 4 and _office_beside(text, entity.start, entity.end):
            continue  # "udtalte X Y, EU-kommissær for kultur:": a person and his office in apposition, no body
        if entity.type == "LOC":
            if not (_WHERE.search(before) or _LISTED.search(before)):
                continue
            out.append(("place", entity.start, entity.end, name))
        elif glued is not None:  # "en Kessby Gruppen-kunde": the body before the hyphen
            out.append(("organisation", entity.start, entity.start + len(glued.group(1)), glued.group(1)))
        else:
            out.append(("organisation", entity.start, entity.end, name))
    return out


def _office_beside(text: str, start: int, end: int) -> bool:
    """Whether a role noun stands in apposition right after the name (", EU-kommissær for", ", den nye formand
    for": the adjectives before the noun are no role) or right before it with a comma (", generaldirektør, X Y"):
    a person named with the office held, which the tagger, seeing a foreign name, often reads as a body."""
    after = _ROLE_AFTER.match(text, end)
    if after is not None:
        # the first word that is a role noun heads the apposition; the words before it are its adjectives
        words = after.group(1).split() + [after.group(2)]
        if any(is_role_noun(w) or is_role_noun(_definite_stem(w)) for w in words):
            return True
    before = _ROLE_BEFORE.search(text[:start])
    office = before.group(1).lower() if before is not None else ""  # (capitalised opening a sentence)
    return bool(office) and (is_role_noun(office) or is_role_noun(_definite_stem(office)))


def _definite_stem(word: str) -> str:
    """The indefinite form of a Danish noun in the definite singular ("topchefen" -> "topchef", "formanden" ->
    "formand"); other words as they are."""
    for ending in ("en", "n", "et"):
        if word.endswith(ending) and len(word) > len(ending) + 3:
            return word[: -len(ending)]
    return word

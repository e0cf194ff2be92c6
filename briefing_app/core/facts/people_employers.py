"""A firm named after its founders reads as a person ("Canaccord Adams", "Piper Jaffray"), but where a person's role
says they work "with" or "at" it ("Peter Roe, an analyst with Canaccord Adams in Toronto") or opens with it ("said
Juniper Research director Neil Roe": "Juniper Research director"), it is their employer, a body. A name after "for"
or "of" may be a person ("a lawyer for Jane Roe", "the wife of Tom Roe") and stays.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.gazetteer import lookup, person_names
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.org_party_members import without_portfolio
from briefing_app.core.facts.people_index import strip_possessive
from briefing_app.core.facts.people_nationality import is_nationality
from briefing_app.core.facts.people_role_words import is_title
from briefing_app.core.facts.roles import is_role_noun


def employers_read_as_people(persons: list[Fact], lang: str) -> tuple[list[Fact], list[Fact]]:
    """The persons that are another person's employer by that person's role, as organisations; and the others."""
    if lang != "en":
        return persons, []
    given = person_names()[0]
    bodies: list[Fact] = []
    dropped: set[str] = set()
    for p in persons:
        first = p.text.split()[0]
        if first in given or " " not in p.text:
            continue  # ("an analyst with Jane Roe": a given name first is a person's, whatever the role says)
        employed = re.compile(rf"\b(?:with|at)\s+(?:the\s+)?{re.escape(p.text)}(?![\w'’])")
        # ("said Juniper Research director Neil Roe": a role that opens with the name and a lower-case post is a
        # post at that body)
        post_at = re.compile(rf"^{re.escape(p.text)}\s+[a-z]")
        if any(q is not p and q.role and (employed.search(q.role) or post_at.match(q.role)) for q in persons):
            if first in _NOT_BODY_OPENERS:
                # ("Former Preston captain Dan Roe": the time of the post, capitalised at the sentence's start, and
                # the club's short name; neither a person nor a body of that name)
                dropped.add(p.text)
                continue
            bodies.append(Fact("organisation", p.text, p.sentence, sentences=list(p.sentences)))
    kept = [p for p in persons if p.text not in dropped and all(b.text != p.text for b in bodies)]
    return kept, bodies


# A body's capitalised name (one to four words, no digits) opening a role before its lower-case post: "Bright Harbour
# chief executive", "Kessby Holdings Plc founder", "Tolvik Rovers boss".
_BODY_THEN_POST = re.compile(r"((?:[A-Z][A-Za-z&'’.-]*\s+){0,3}[A-Z][A-Za-z&'’.-]*)((?:\s+[a-z][a-z-]*){1,3})")
# Words that open a role capitalised and are no body's: a time of the post, a rank below another, a side of the house.
_NOT_BODY_OPENERS = {
    "Former", "Ex", "Then", "Current", "Present", "Longtime", "Long-time", "Acting", "Interim", "Outgoing", "Incoming",
    "New", "Retired", "Late", "Deputy", "Assistant", "Senior", "Junior", "Chief", "Head", "Shadow", "Vice", "Joint",
    "Lead", "Backbench", "Opposition", "Government", "Independent", "Veteran", "Sporting", "Club", "Party", "Team",
    "Group", "Company", "Firm", "Board", "Executive", "Managing",
}  # fmt: skip
# Posts that are honours won or a standing, not work for a body ("World Cup winner", "Oscar nominee").
_NOT_WORK = {"winner", "winners", "champion", "champions", "laureate", "nominee", "medallist", "medalist", "holder",
             "fan", "fans", "supporter", "supporters", "voter", "voters", "candidate", "hopeful", "ally", "critic",
             "rival", "loyalist", "devotee", "lover", "member", "graduate", "alumnus", "alumna", "legend"}  # fmt: skip
# Offices a place elects or is governed by: the name before them is the ward, town or state ("Kessby councillor Ann
# Roe", "Ostrava mayor X"), no employer, even when no list holds the place.
_PLACE_OFFICES = {"councillor", "councillors", "councilor", "councilors", "councilman", "councilwoman", "mayor",
                  "senator", "congressman", "congresswoman", "assemblyman", "assemblywoman", "alderman", "governor",
                  "representative"}  # fmt: skip
# Posts a single person has as well as a body ("Hallam spokesman X", "Brook aide Y": a politician's): after one
# unlisted word they name no body.
_PERSONAL_POSTS = {"spokesman", "spokeswoman", "spokesperson", "aide", "aides", "adviser", "advisor"}
_FORMER_OR_AGE = re.compile(r"(?i:ex-|former-)|.*-year-old\b|.*\d")
# One word capitalised only before its hyphen ("E-commerce minister", "Anti-doping chief"): a field written as a
# compound noun at the sentence's start; a body capitalises each part ("Rolls-Royce", "Coca-Cola"). A name in
# capitals before a lower-case part is an honour or a field too ("BAFTA-winning producer", "NHS-trained nurse").
_LOWER_AFTER_HYPHEN = re.compile(r"[A-Z](?:[a-z]*|[A-Z]+)-[a-z][\w-]*")


def employers_named_in_roles(persons: list[Fact], taken: set[str], lang: str) -> list[Fact]:
    """The bodies named at the head of a person's role before a lower-case post ("Bright Harbour chief executive Tom
    Roe": Bright Harbour), that no finder took (`taken`: the names of the bodies, places and people found). A name the
    gazetteer holds as a place, a people's word anywhere in it, a person's name (a given name first, a family name
    alone: "Tony Blair adviser", "Trump aide"), a capitalised title or time word first ("Former", "Deputy") and one
    ordinary word ("Sporting director") are no employer; nor is the body of an honour ("Oscar winner")."""
    if lang != "en":
        return []
    given, family = person_names()
    common = common_words()
    people_words = {w for p in persons for w in p.text.split()}
    found: list[Fact] = []
    for p in persons:
        for role in (p.role or "").split("; "):
            m = _BODY_THEN_POST.fullmatch(role.strip())
            post = m.group(2).split()[-1] if m is not None else ""
            if m is None or not is_role_noun(post) or post in _NOT_WORK or post in _PLACE_OFFICES:
                continue
            name = strip_possessive(m.group(1))
            words = without_portfolio(name.split())
            party = lookup(" ".join(words)) or lookup(" ".join(words) + "s")  # ("Conservative": "Conservatives")
            if len(words) < len(name.split()) and party is not None and party.kind == "organisation":
                # ("Conservative Treasury spokesman", "Lib Dem Home Office spokesman": the party is the employer,
                # the department it shadows no part of its name)
                name = " ".join(words)
            else:
                words = name.split()
            known = lookup(name)
            if (
                name in taken
                or any(name in t or t in name for t in taken if " " in t or " " in name)
                or words[0] in _NOT_BODY_OPENERS
                or is_title(words[0])
                # ("British-Indian novelist", "Current Scottish Conservative leader": a people's word, no body's)
                or any(is_nationality(part) for w in words for part in w.split("-"))
                or words[0] in given
                or (len(words) == 1 and (name.lower() in common or name in family or name in people_words))
                or (len(words) == 1 and post in _PERSONAL_POSTS and known is None)
                # ("Ex-Arsenal midfielder": the old club, already found bare; "Twenty-one-year-old striker": an age)
                or _FORMER_OR_AGE.match(name) is not None
                or (len(words) == 1 and _LOWER_AFTER_HYPHEN.fullmatch(name) is not None)
                or (known is not None and known.kind != "organisation")
            ):
                continue
            taken.add(name)
            found.append(Fact("organisation", name, p.sentence, sentences=list(p.sentences)))
    return found

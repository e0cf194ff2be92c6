"""A party named only by the title of one of its members: "Fine Gael councillor Jane Roe", "Sinn Féin TD Tom Arden",
"Fianna Fáil councillor for Kessby, Jane Roe".

Parliamentary and council copy (British, Irish, Canadian, Australian) writes a member as party, title, name; the
party is written bare and no list holds every party of every country, so the slot says what the words are. The
title must be a member's title (not an office such as "Mayor" or "Minister") and a full name (two capitalised words)
must follow, or the words before may be a place ("Kessby councillor Jane Roe"), a stance ("Independent councillor"),
a nationality ("Irish MEP") or a common word opening the sentence ("Local MSP"), all of which are checked.
"""

from __future__ import annotations

import re

from briefing_app.core.facts import orgs
from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.gazetteer import lookup, person_names
from briefing_app.core.facts.name_words import MONTHS_DAYS
from briefing_app.core.facts.people_nationality import is_nationality
from briefing_app.core.facts.people_role_words import is_title

# Titles a party's member holds in a parliament or a council, before the member's name.
MEMBER_TITLES = (
    r"(?:[Cc]ouncill?or|Cllr\.?|TD|MP|MEP|MSP|MLA|MPP|MHA|MHK|MS|AM|[Ss]enator|[Cc]ongress(?:wo)?man|"
    r"[Aa]ssembly(?:wo)?man|[Aa]ssembly\s+[Mm]ember)"
)
_WORD = r"[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?"
# Up to five capitalised words (the party may be "Social Democratic and Labour Party"), the member's title, an
# optional ward or seat ("for Kessby North,"), then a full name (given name and family name, capitalised).
_MEMBER = re.compile(
    rf"(?<![\w'’.-])((?:{_WORD}\s+(?:(?:and|of)\s+)?){{0,4}}{_WORD})\s+{MEMBER_TITLES}"
    rf"(?:\s+for\s+{_WORD}(?:\s+{_WORD}){{0,2}},)?\s+[A-Z][\w'’-]+\s+(?:[A-Z]\.\s+)?[A-ZÓ][\w'’-]+"
)
# Words that qualify a member and are no party: a stance, a rank, a time ("Independent councillor", "Former MP").
_NO_PARTY = {
    "independent", "former", "local", "veteran", "backbench", "senior", "junior", "new", "newly", "young", "then",
    "opposition", "government", "ruling", "city", "county", "borough", "district", "town", "parish", "ward", "state",
    "federal", "regional", "provincial", "national", "party", "fellow", "serving", "sitting", "retiring",
    "outgoing", "incoming", "rebel", "deputy", "ex", "long", "first", "one", "another", "the", "a", "an", "his",
    "her", "their", "its", "our",
}  # fmt: skip


def _party_words(words: list[str]) -> list[str]:
    """The words of `words` that name the party: those after a place, a compass area or a qualifying word
    ("North Inner City Fine Gael" -> "Fine Gael", "Kessby Labour" -> "Labour")."""
    keep = list(words)
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        bare = re.sub(r"['’]s$", "", word)
        if (
            bare.lower() in _NO_PARTY
            or lookup(bare) is not None and lookup(bare).kind == "place"  # type: ignore[union-attr]
            or is_nationality(bare)
            or MONTHS_DAYS.match(bare)
            or re.fullmatch(r"(?:North|South|East|West|Inner|Outer|Upper|Lower|Central|City)\w*", bare)
            or word.endswith(("'s", "’s"))
        ):
            keep = words[k + 1 :]
            break
    while keep and keep[0] in ("and", "of"):
        keep = keep[1:]
    if len(keep) > 2 and keep[-1] not in ("Party", "Alliance", "Front", "Movement", "Democrats", "League"):
        keep = keep[-2:]  # ("Southside Fine Gael": a part of the city, then the party)
    return keep


# A party's spokesperson, as Irish and British parliamentary copy writes one: "Clann Tolva spokesman Dr Jane Roe",
# "Clann Tolva spokeswoman on health Ann Lee". A politician has a spokesman too ("Roe spokesman Tom Hale"), so the
# words before must be no person's: two words or more, not opening with a given name.
_SPOKES = re.compile(
    rf"(?<![\w'’.-])((?:{_WORD}\s+(?:(?:and|of)\s+)?){{0,4}}{_WORD})\s+(?:spokes(?:man|woman|person))"
    r"(?:\s+on\s+[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,2})?,?\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?"
    r"[A-Z][\w'’-]+\s+(?:[A-Z]\.\s+)?[A-ZÓ][\w'’-]+"
)
# The portfolio British copy capitalises between a party and its spokesman or member: "Lib Dem Treasury spokesman X",
# "Tory Home Office spokesman X", "Lib Dem Lords spokesman X", "Conservative Northern Ireland spokesman X". The
# department, chamber or nation is the brief, not a word of the party's name.
PORTFOLIO_WORDS = frozenset(
    "Treasury Office Home Foreign Cabinet Affairs Lords Commons Europe European Defence Health Education Transport "
    "Environment Culture Trade Industry Justice Energy Work Pensions Northern Ireland Scotland Wales Scottish Welsh "
    "Constitutional".split()
)


def without_portfolio(words: list[str]) -> list[str]:
    """`words` without the portfolio words that end them, when words are left before ("Lib Dem Treasury" -> "Lib
    Dem"); a portfolio alone ("Treasury spokesman X") is the body the spokesman speaks for and stays."""
    k = len(words)
    while k > 1 and words[k - 1] in PORTFOLIO_WORDS:
        k -= 1
    return words[:k] if k < len(words) and words[k - 1] not in PORTFOLIO_WORDS else words


# A party by its initials ("PDQ MP Jane Roe"), not a country's ("UK MP"), which the list knows as a place.
_ACRONYM = re.compile(r"[A-Z]{2,5}")


def party_members(text: str) -> list[tuple[int, int, str]]:
    """(start, end, party) of the parties `text` names before a member's title and full name."""
    members = re.search(MEMBER_TITLES, text) is not None
    if not members and "spokes" not in text:
        return []
    given, family = person_names()
    out = []
    spokes = [*_SPOKES.finditer(text)] if "spokes" in text else []
    for m in [*(_MEMBER.finditer(text) if members else ()), *spokes]:
        words = without_portfolio(m.group(1).split())
        party = _party_words(words)
        if not party or any(is_title(w) for w in party):
            continue  # "Housing Minister MP": an office, not a party
        name = " ".join(party)
        acronym = len(party) == 1 and _ACRONYM.fullmatch(name) is not None
        if m in spokes and (party[0] in given or len(party) == 1 or words[-1] in orgs.EN_TAIL):
            continue  # "Roe spokesman Tom Hale", "Jane Roe spokesman ...": a person's spokesman; "the UNRA
            # spokesperson", "the X Security Council spokesman": a body the other finders read whole
        if len(party) == 1 and not acronym and (
            name.lower() not in common_words() or name in given or name in family
        ):
            continue  # "Kessby councillor", "Smith MP": a town no list holds, or a person; one-word parties are
            # ordinary words capitalised ("Alliance", "Green", "Reform")
        if party[0] in given and len(party) > 1:
            continue  # "Jane Roe MP, Paymaster General": a person and a post-nominal, no party
        known = lookup(name)
        if known is not None and known.kind != "organisation":
            continue
        end = m.start(1) + len(" ".join(words))
        out.append((end - len(name), end, name))
    return out

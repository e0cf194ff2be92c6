"""English and Danish organisations by their shape in one sentence: channels, airlines, names joined by "&",
sites by their address, foreign bodies, bodies the sentence names by their kind or as the owner of a job
("the Green Party's spokesman"); the runs headed or ended by a body's word are `org_runs.py`'s."""

from __future__ import annotations

import re

from briefing_app.core.facts import (
    org_cues,
    org_kinds,
    org_translit,
    orgs,
    orgs_da,
    orgs_da_described,
    place_context,
    place_shapes,
)
from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.gazetteer import lookup, person_names
from briefing_app.core.facts.gazetteer import names_a_place as is_place_name
from briefing_app.core.facts.name_words import LEADING_FUNCTION_WORDS, MONTHS_DAYS, TITLE_BEFORE
from briefing_app.core.facts.named import AddName
from briefing_app.core.facts.named import overlaps as _overlaps
from briefing_app.core.facts.org_coalitions import coalition_partners
from briefing_app.core.facts.org_intercapped import intercapped_names
from briefing_app.core.facts.org_journals import journals
from briefing_app.core.facts.org_local_bodies_en import bbc_stations, local_councils, nation_bodies
from briefing_app.core.facts.org_names import Span, clean_org, sentence_stop_off
from briefing_app.core.facts.org_outlets import employers_and_foreign_titles, outlets
from briefing_app.core.facts.org_papers import papers
from briefing_app.core.facts.org_party_members import party_members
from briefing_app.core.facts.org_share_movers import share_movers
from briefing_app.core.facts.org_share_movers_da import danish_share_movers
from briefing_app.core.facts.org_teams import city_teams, clubs_by_slot
from briefing_app.core.facts.org_teams_da import danish_sides
from briefing_app.core.facts.org_teams_en import english_sides
from briefing_app.core.facts.org_town_lists import firms_with_towns
from briefing_app.core.facts.orgs_da_nationals import national_firms
from briefing_app.core.facts.people_nationality import is_nationality, is_nationality_phrase
from briefing_app.core.facts.people_role_words import is_title
from briefing_app.core.facts.repeated_names import not_org_word
from briefing_app.core.facts.roles import is_role_noun

# A capitalised stance or faith before a kind of outlet describes it: "a Marxist blog", "a Conservative paper".
_STANCE = re.compile(r".*(?:ist|ists|ism)$|Conservative|Liberal|Progressive|Salafi|Jihadi|Sunni|Shia|Shiite|Opposition")


# "the Green Party's health spokesman", "Venstres formand": the owner of a job is an organisation
# (or a place, which the gazetteer knows).
_OWNER = re.compile(
    r"((?:[A-ZÆØÅ][\w&-]*\s+){0,3}[A-ZÆØÅ][\w&-]*?)(?:['’]s|(?<=[a-zæøå])s)\s+((?:[a-zæøå-]+\s+){0,2}[a-zæøå-]+)"
)


# A union's branch by its number, with the union's name or members before it: "Teamsters Local 727", "AFSCME Local
# 369", "Firemen's Local 616", "International Union of Operating Engineers Local 49", "AFSCME District Council 33",
# or alone ("negotiating with Local 270"). A sentence's "The" is no part of it, nor a year ("Council 2024
# budget").
_UNION_LOCAL = re.compile(
    r"(?<![\w'’-])(?:(?:The|the)\s+)?("
    r"(?:(?:[A-Z][\w&.-]*|[A-Z][a-z]+['’]s?)\s+"
    r"(?:(?:(?<=Union\s)|(?<=Brotherhood\s)|(?<=Federation\s)|(?<=Association\s))of\s+)?){0,5}"
    r"(?:Local|Lodge|(?<=[A-Za-z]\s)(?<!The\s)(?<!the\s)(?:District\s+)?Council)\s+(?!(?:19|20)\d\d\b)\d{1,4}(?!\d))"
    r"(?![\w,.]\d)(?!-)"
    # a number counting the plural after it is no branch's ("City Council 12 members voted")
    r"(?!\s+(?!(?:is|was|has|does|says)\b)[a-z]+s\b)"
)


# A country's society of the Red Cross or Red Crescent, named by its people or its place: "the Sudanese Red
# Crescent", "the Kenya Red Cross Society", "the Sri Lankan Red Cross" (one body, not the movement).
_NATIONAL_SOCIETY = re.compile(
    r"(?<![\w'’-])((?:(?!The\s)[A-Z][a-z]+\s+){1,2}?)(Red\s+(?:Cross|Crescent)(?:\s+Society)?)(?![\w-])"
)


# Nouns after a possessive that the job lists hold but that name a person's kin or a page ("father" is also a
# priest, "page" a servant): after them the owner is a person, no employer. (`people_da_roles_apart` reads the Danish
# ones too: "som søn af ..." is no office held.)
KIN_AND_PAGES = {
    "father", "mother", "brother", "sister", "son", "daughter", "wife", "husband", "uncle", "aunt", "cousin",
    "nephew", "niece", "grandfather", "grandmother", "grandson", "granddaughter", "parents", "children", "family",
    "widow", "fiancé", "fiancée", "partner", "friend", "page", "pages", "account", "blog",
    # the same in Danish ("Jens Holms kone", "Tolvigs datter")
    "kone", "hustru", "mand", "ægtefælle", "kæreste", "datter", "søn", "bror", "søster", "far", "mor", "forældre",
    "børn", "familie", "enke", "enkemand", "ven", "veninde", "onkel", "tante", "fætter", "kusine", "barnebarn",
}  # fmt: skip
# Danish possessive pronouns that read as a name in the genitive at a sentence's start ("Hans kone", "Deres chef").
_DA_PRONOUN_OWNERS = {"Hans", "Hendes", "Deres", "Dens", "Dets", "Vores", "Jeres"}


# A company's legal form after a comma: "Quarry Space, Inc.", "Dorvale Holdings, Ltd." (not a person's "Jr.").
_FORM_AFTER_COMMA = re.compile(
    r"(?<![\w'’.-])((?:[A-Z][\w&'’-]*\s+){0,3}[A-Z][\w&'’-]*),\s+(?:Inc\.|Ltd\.|LLC|Corp\.|PLC|plc|LLP|L\.P\.|GmbH|AG)"
    r"(?![\w-])"
)


_EVENT_NUMBER = re.compile(r"\s+\d{2,4}(?![\d%]|[,.]\d)")


# ("in El X" stays open: papers are cited "in El X" as often as towns are.)
_ROMANCE_ARTICLES = {"El", "La", "Le", "Les", "Los", "Las", "Il", "Lo", "O", "A"}


# A kind of firm opening the sentence before a name joined by "&" ("Insurer Royal & SunAlliance said").
_KINDS_CAPITALISED = "|".join(w.capitalize() for w in org_kinds.OPENING_KINDS)
_KIND_FIRST = re.compile(rf"(?:{_KINDS_CAPITALISED}|[A-Z][a-z]+maker)\s+(?=[A-Z])")


def _kind_first(m: re.Match[str]) -> int:
    """How many letters of a name joined by "&" that opens the sentence are its kind ("Insurer X & Y": 8)."""
    kind = _KIND_FIRST.match(m.group(0)) if m.start() == 0 else None
    return kind.end() if kind is not None else 0


def _common_words_only(name: str, lowercase: frozenset[str]) -> bool:
    """Whether every word of a name joined by "&" is a common English word ("A New Contract & A New Superintendent"
    in a headline written in title case: words the headline capitalised, no firm; "Barnes & Noble" is one); a
    word the article writes in lower case elsewhere counts as common."""
    common = common_words()
    return all(w.lower() in common or w.lower() in lowercase for w in re.findall(r"[A-Za-z]+", name))


def _two_titles(name: str) -> bool:
    """ "National Economic Advisor & Chair": two jobs of one person joined by "&", no firm."""
    before, _, after = name.partition("&")
    if not (before.split() and after.split()):
        return False
    return is_role_noun(before.split()[-1]) and is_role_noun(after.split()[0])


_OWNER_THEN_MORE = re.compile(r"(The(?:\s+[A-Z][\w-]*)+?)['’]s\s+[A-Z]")


def _owner_only(m: re.Match[str]) -> re.Match[str] | Span:
    """ "The Harbour Gazette's Managing Editor Jane Roe": a title's "The" inside a sentence names the owner before the
    possessive; the capitals after it are a job and a person, no part of the name."""
    owner = _OWNER_THEN_MORE.match(m.group(0))
    after = m.group(0)[owner.end(1) :].split()[1:] if owner else []
    if owner is None or not any(is_role_noun(w.lower()) for w in after):
        return m  # ("The Fishermen's Weekly": a possessive inside the name)
    return Span(m.start(), owner.group(1))



# The country a body of people is "of", ending its name: "the Communications Workers of America", "the Boy Scouts of
# America", "the Friends of the Earth" is no country.
_OF_COUNTRY = re.compile(r" of (?:the )?([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")


def _of_country(text: str, start: int, end: int, name: str) -> tuple[int, int, str]:
    """`name` with " of <country>" after it when its last word is a plural of people ("Workers", "Scouts")."""
    m = _OF_COUNTRY.match(text, end)
    if m is None or not re.search(r"[a-z]s$", name):
        return start, end, name
    country = lookup(m.group(1))
    if country is None or country.kind != "place" or country.detail != "country":
        return start, end, name
    return start, m.end(), text[start : m.end()]

# An apposition whose head is a kind of business ("Halifax, the UK's biggest mortgage lender,"): it outweighs a
# town's name (a place is never "a lender"; "giant", "team" or "network" may describe a country or a city).
_BUSINESS_APPOSITION = re.compile(
    r"[\"”]?,\s+(?:(?:a|an|the)\s+)?(?:[\w-]+(?:['’]s)?\s+){0,4}(?:company|firm|bank|insurer|lender|retailer|"
    r"carrier|airline|manufacturer|carmaker|supermarket|housebuilder|brewer|building\s+society)(?=\s*[,;)]|\s*\.(?!\w))"
)


def shaped_bodies(
    text: str,
    index: int,
    lang: str,
    headline: bool,
    lowercase: frozenset[str],
    whole: str,
    taken: list[tuple[int, int]],
    add: AddName,
) -> None:
    """Adds the organisations of one English or Danish sentence that its shapes and kinds name (see the module)."""
    for start, end, name in [] if lang != "en" else firms_with_towns(text):  # (a list may read as Title Case)
        if not _overlaps(taken, start, end):
            add("organisation", name, index, start, end)  # "Kessby Dynamics of Houston, Marlow Robotics of Denver"
    for start, end, name in [*local_councils(text), *bbc_stations(text)] if lang == "en" else ():
        if not _overlaps(taken, start, end):
            add("organisation", name, index, start, end)  # "Kessby district council", "BBC Radio Kessby"
    for start, end, name in nation_bodies(text) if lang == "en" and not headline else ():
        if not _overlaps(taken, start, end):
            add("organisation", name, index, start, end)  # "Public Health Wales", "Transport Scotland"
    for start, end, name in city_teams(text, whole) if lang == "en" else ():
        if not _overlaps(taken, start, end):
            add("organisation", name, index, start, end)  # "the Kessby Red Wings beat ...": a club in a match report
    for start, end, name in clubs_by_slot(text, whole, lowercase) if lang == "en" and not headline else ():
        if not _overlaps(taken, start, end):
            add("organisation", name, index, start, end)  # "Burnley boss X", "signed for Aldwick": a club
    for m in _NATIONAL_SOCIETY.finditer(text) if lang == "en" and " Red Cr" in text else ():
        country = m.group(1).split()
        if (is_nationality(country[-1]) or is_nationality_phrase(country) or is_place_name(m.group(1))) and not (
            _overlaps(taken, m.start(1), m.start(2))
        ):
            add("organisation", m.group(0), index, m.start(), m.end())  # "the Sudanese Red Crescent"
    for m in _UNION_LOCAL.finditer(text) if lang == "en" and ("Local " in text or "Council " in text) else ():
        if not _overlaps(taken, m.start(1), m.end()):
            add("organisation", m.group(1), index, m.start(1), m.end())  # "Teamsters Local 727"
    for start, end, name in journals(text) if lang == "en" else ():
        if not _overlaps(taken, start, end):
            add("organisation", name, index, start, end)  # "published in Science Advances": the journal
    for start, end, name in share_movers(text) if lang == "en" else ():
        if not _overlaps(taken, start, end):
            add("organisation", name, index, start, end)  # "Halmont rose 5p to 195p": a listed firm
    for start, end, name in intercapped_names(text) if lang == "en" else ():
        if not _overlaps(taken, start, end):
            add("organisation", name, index, start, end)  # "reported by NewsHub": a coined one-word name
    for start, end, name in party_members(text) if lang == "en" else ():
        if not _overlaps(taken, start, end):  # (a listed party under its listed key: "Lib Dem" is the Liberal
            # Democrats the gazetteer finds elsewhere in the article, one body)
            listed = lookup(name)
            add("organisation", name, index, start, end, key_name=listed.name if listed is not None else None)
    for start, end, name in papers(text, headline) if lang == "en" else ():
        if not _overlaps(taken, start, end):
            add("organisation", name, index, start, end)  # "told the Guardian", "the Sun's editor"
    channels = [m for m in orgs.CHANNEL.finditer(text) if m.group(0).split()[0] not in orgs.NOT_ORG_ACRONYMS]
    for m in orgs.AIRLINE.finditer(text):
        entry = lookup(m.group(1))
        if entry is not None and entry.kind == "place" and not _overlaps(taken, m.start(), m.end()):
            add("organisation", m.group(0), index, m.start(), m.end())  # "Air Canada"
    for m in orgs.TV_CHANNEL.finditer(text):
        station = orgs.TV_REGION.match(text, m.end())  # "TV 2 Østjylland": the regional station
        if station is None or _overlaps(taken, m.start(), m.end()) or MONTHS_DAYS.match(station.group(1)):
            continue
        if station.group(1) not in person_names()[0] and station.group(1).lower() not in lowercase:
            add("organisation", text[m.start() : station.end()], index, m.start(), station.end())
    ampersands = [  # "Jane Roe & John Doe" are two people, "the X & Y cartoons" a work ("Insurer X & Y": its kind)
        _known_last(a) or Span(a.start() + _kind_first(a), sentence_stop_off(a.group(0)[_kind_first(a) :]))
        for a in orgs.AMPERSAND.finditer(text)
        if not place_context.two_people(a.group(0)) and not orgs.work_after(text, a.end())
        and not _two_titles(a.group(0)) and not ((headline or index == 0) and _common_words_only(a.group(0), lowercase))
    ]  # fmt: skip
    shaped: list[re.Match[str] | Span] = [
        # (a sponsor's address before a number names an event: "the Gobowling.com 400" is a race)
        *(
            m
            for m in orgs.DOMAIN.finditer(text)
            if not orgs.file_name(m.group(0)) and not _EVENT_NUMBER.match(text, m.end())
        ),
        # (not in a title-case headline, where every "The" is capitalised: "Captures The Difference Between X And Y")
        *(_owner_only(m) for m in ([] if headline else orgs.inner_the_bodies(text, whole))), *ampersands, *channels,
        *orgs.TV_CHANNEL.finditer(text), *orgs.SPORTS_CLUB.finditer(text), *orgs.FOREIGN_BODY.finditer(text),
        *orgs.DA_REGION.finditer(text), *orgs.DA_HYPHEN_PAPER.finditer(text), *orgs.da_hyphen_teams(text),
        *place_context.acronym_chapters(text), *org_cues.state_services(text), *org_cues.germanic_titles(text),
        *org_translit.transliterated_bodies(text), *org_translit.daily_papers(text),
        *(Span(a, name) for a, _, name in org_cues.dotted_acronyms(text)),
        *(Span(a, name) for a, _, name in org_cues.sentence_case_titles(text)),
    ]  # fmt: skip
    for m in _FORM_AFTER_COMMA.finditer(text) if ", " in text else ():
        words = m.group(1).split()
        while len(words) > 1 and words[0].lower() in LEADING_FUNCTION_WORDS:
            words = words[1:]
        start = m.start(1) + len(m.group(1)) - len(" ".join(words))
        if re.search(r"\b[a-z]+\s+$", text[:start]) and text[:start].split()[-1] not in LEADING_FUNCTION_WORDS:
            continue  # "awardee nou Systems, Inc.": a name in lower case starts before the capital (and a job)
        if not _overlaps(taken, start, m.end()):  # (a legal form: a company, whatever given name starts it)
            # "Miles Space, Inc.": the name the company goes by, without the form set off by the comma
            add("organisation", text[start : m.end(1)], index, start, m.end())
    da_kinds = orgs_da.kind_then_name(text) + orgs_da_described.described_kind_then_name(text) if lang == "da" else []
    da_kinds += national_firms(text) if lang == "da" else []  # "efter at norske X har løftet anbefalingen"
    for kind_start, start, end, name in da_kinds:
        known = lookup(name)
        paper = re.match(r"(?i:avisen|dagbladet)\s", text[kind_start:start]) is not None  # ("avisen Danmark")
        if not _overlaps(taken, kind_start, end) and (known is None or known.kind == "organisation" or paper):
            add("organisation", name, index, start, end)
            taken.append((kind_start, start))  # "Fagforbundet 3F": the kind names no second body
    for start, end, name in coalition_partners(text) if lang == "en" else ():
        if not _overlaps(taken, start, end):
            add("organisation", name, index, start, end)  # "the ANC-EFF-ActionSA-PA coalition": four parties
    for start, end, name in org_cues.bare_chamber(text, whole) if lang == "en" and not headline else ():
        if not _overlaps(taken, start, end):
            add("organisation", name, index, start, end)  # "the full House" in a story naming the Senate
    for start, end, name in english_sides(text, whole) if lang == "en" and not headline else ():
        if not _overlaps(taken, start, end):
            add("organisation", name, index, start, end)  # "won 2-1 away at Crystal Palace": the other side
    for start, end, name in danish_sides(text, whole, lowercase) if lang == "da" and not headline else ():
        if not _overlaps(taken, start, end):
            add("organisation", name, index, start, end)  # "tabte 0-2 mod Lyngby": a club, the other side
    for start, end, name in danish_share_movers(text) if lang == "da" else ():
        if not _overlaps(taken, start, end):
            add("organisation", name, index, start, end)  # "Tirsdag faldt X 2,3 pct. til 412 kr.": a listed firm
    for start, end, name in orgs.da_hyphen_owners(text) if lang == "da" else ():
        if not _overlaps(taken, start, end) and name not in person_names()[0]:
            add("organisation", name, index, start, end)  # "Brøndby-træneren", "Netto-butikker"
    for start, end, name in orgs_da.town_courts(text) if lang == "da" else ():
        if not _overlaps(taken, start, end):
            add("organisation", name, index, start, end)  # "Retten i Viborg": the district court
    for start, end, name in orgs_da.definite_institutions(text) if lang == "da" else ():
        if not _overlaps(taken, start, end):
            add("organisation", name, index, start, end)  # "Kommissionen foreslår", "Rådet og Parlamentet"
    for start, end, name in orgs_da.place_then_name(text, whole) if lang == "da" else ():
        if not _overlaps(taken, start, end):
            add(place_shapes.hospital_kind(lang, name, text[:start]), name, index, start, end)
    for piece in shaped:
        known = lookup(re.sub(r"^The\s+", "", piece.group(0)))
        if not _overlaps(taken, piece.start(), piece.end()) and (known is None or known.kind == "organisation"):
            add("organisation", piece.group(0), index, piece.start(), piece.end())
    employers = employers_and_foreign_titles(text, lowercase, whole)
    for start, end, name in [*employers, *outlets(text, lowercase), *org_kinds.portfolio_ministries(text)]:
        if not _overlaps(taken, start, end):
            add("organisation", name, index, start, end)
    for m in org_kinds.DESCRIBED.finditer(text):
        title = m.group(1).split()
        kind = text[m.start() : m.start(1)].strip(" \"“‘'")
        if kind.lower() == "maker":  # "chip maker Altrix", "mobile phone maker X": the trade written apart
            kind = (re.findall(r"([a-z]+)\s+$", text[: m.start()]) or [""])[0] + kind
        if kind.lower().endswith("maker") and not org_kinds.firm_maker(kind):
            continue  # "Lawmaker Jane Roe", "film maker X": a person who makes laws or films
        if kind[:1].isupper() and not kind.endswith("maker") and len(title) < 2:
            continue  # "Broadcaster X said": a kind opening the sentence before one word may be a word of its name
        if len(title) > 2 and is_role_noun(title[0]) and title[0][:1].isupper():
            continue  # "the observation team General Jon Roe": a titled person after the kind, no body
        if org_kinds.person_too_fails(text[max(0, m.start() - 30) : m.start(1)].strip(), title, person_names()[0],
                                      orgs.EN_TAIL):
            continue  # "polar explorer Jane Roe", "their target Ann Lee": a person after a kind a person has too
        chart = re.match(r"\s+(?:charts?|rankings?|lists?)\b", text[m.end(1) :]) is not None
        if kind.lower() in ("weekly", "daily", "monthly") and chart:
            continue  # "the weekly Kessbeat 200 chart": how often a chart comes out, no paper's kind
        name = clean_org(re.split(r"(?<=\w)['’]s\s", m.group(1))[0])  # "the company X's Y": X
        if MONTHS_DAYS.match(name.split()[0]):
            continue  # "changed channel Monday": a day, no name
        if re.fullmatch(r"I(?:['’](?:m|ve|d|ll))?", name.split()[0]):
            continue  # "the Ajax team I'm used to": the speaker, opening a relative clause after the kind
        known = lookup(name)
        # ("mortgage lender Kessby said": a one-word town after a kind only a business is names the firm)
        firm_town = (
            known is not None and known.detail == "city" and " " not in name and kind.lower() in org_kinds.FIRM_KINDS
        )
        if not _overlaps(taken, m.start(1), m.end(1)) and (known is None or known.kind == "organisation" or firm_town):
            add("organisation", name, index, m.start(1), m.end(1))
    for start, end, name in [*org_kinds.which_trades(text), *org_kinds.owned_names(text)] if lang == "en" else ():
        name = clean_org(name)  # ("The X, which": "The" is the sentence's)
        start = end - len(name)
        known = lookup(name)
        if known is None and not _overlaps(taken, start, end) and name.lower() not in lowercase and not any(
            not_org_word(w) for w in name.split()
        ) and name.split()[0] not in person_names()[0]:  # ("state-run Jane Roe TV": a person's, read as one)
            add("organisation", name, index, start, end)  # "Henley, which makes car parts,"
    for m in [*org_kinds.EN_QUOTED_NAME.finditer(text), *org_kinds.SOCIAL_PAGE.finditer(text)]:
        if not _overlaps(taken, m.start(1), m.end(1)):
            add("organisation", m.group(1), index, m.start(1), m.end(1))
    for start, end, name in org_kinds.parties_before_party(text):  # "the ruling X party": a family name too
        known = lookup(name)
        if not _overlaps(taken, start, end) and (known is None or known.kind == "organisation"):
            add("organisation", name, index, start, end)
    named_kinds = [] if headline else [*org_kinds.named_kinds(text), *org_kinds.people_for(text), *org_cues.cues(text)]
    for start, end, name in [] if headline else org_kinds.trade_plurals(text):
        if not (not_org_word(name.split()[0]) or name.split()[0].lower() in lowercase or lookup(name.split()[0])):
            named_kinds.append((start, end, name))  # "Chariot Chauffeurs"; not "Syrian Rebels", "Ruritania Farmers"
    apposed = org_kinds.apposed_bodies(text)
    for start, end, name in [*apposed, *org_kinds.listed_after_kind(text), *named_kinds]:
        start, end, name = _of_country(text, start, end, name)  # "the Communications Workers of America"
        known, words = lookup(name), name.split()
        given, family = person_names()
        article = words[0] in _ROMANCE_ARTICLES and len(words) > 1  # "Le Retour": no given name "Le"
        # ("Premier League club, West Ham, has": a club named by its town or district, no place, and by a word that
        # is also a family name)
        club = re.search(r"\b(?:club|team)\s*,\s+(?:the\s+)?$", text[:start]) is not None
        # ("Halifax, the UK's biggest mortgage lender,": a firm named after its town, which the apposition of a
        # business says)
        business = (start, end, name) in apposed and _BUSINESS_APPOSITION.match(text, end) is not None
        if _overlaps(taken, start, end) or (known is not None and known.kind == "place" and not club and not business):
            continue
        if (start, end, name) in named_kinds and not club and (
            not_org_word(words[-1])
            or lookup(words[-1]) is not None
            or (words[0] in given and not article)
            or not re.search(r"[A-Z]", name)
            or (len(words) == 1 and _STANCE.match(name))
        ):
            continue  # "the Ruritanian blog", "a Riverton newspaper", "a 2012 article", "a Marxist blog"
        closed = org_kinds.APPOSED_CLOSED.match(text, end) or org_kinds.APPOSED_RELATIVE.match(text, end)
        said_to_be = (  # "Velvet Tide, the indie trio,", "Brennby, the club with whom ...": no person, whatever
            # its words
            (start, end, name) in apposed
            and closed is not None
            and not closed.group(0).rstrip(" ,;)").endswith(org_kinds.AMBIGUOUS_KINDS)  # ("Jane Roe, a developer,")
        )
        # ("a private firm, Tolvik Green, was": after its kind and a comma a name's last word may be a family name)
        after_kind = club or org_kinds.KIND_COMMA_BEFORE.search(text[:start]) is not None
        if not said_to_be and ((words[0] in given and not article) or (words[-1] in family and not after_kind)) or (
            len(words) == 1 and name.lower() in lowercase
        ):
            continue  # a person's name, or a sentence's common first word ("However, the company said")
        if words[0].lower() in LEADING_FUNCTION_WORDS or TITLE_BEFORE.search(text[:start]):
            continue
        add("organisation", name, index, start, end)
    for m in _OWNER.finditer(text):
        owner = clean_org(m.group(1))
        if re.search(r"[A-Z][\w'’-]*\s+(?:of|for)\s+(?:the\s+)?$", text[: m.start(1)]):
            continue  # "the Ministry of Justice's chief inspector": the end of a longer name, read whole elsewhere
        if len(owner.split()) > 1 and owner.split()[0] in person_names()[0]:
            continue  # "Jane Roe's fellow journalist": a person's colleague, not an employer
        if len(owner.split()) > 1 and re.fullmatch(r"(?:Mr|Mrs|Ms|Miss)\.?", owner.split()[0]):
            continue  # "Mr Roe's campaign manager, Ian Moss,": a person named again by courtesy title owns the job
        owned = m.group(2).split()[-1]
        if m.group(0).split()[0] in _DA_PRONOUN_OWNERS and len(m.group(1).split()) == 1:
            continue  # "Hans kone": his wife, no body called "Han"
        if not is_role_noun(owned) or owned in KIN_AND_PAGES or _overlaps(taken, m.start(1), m.end(1)):
            continue  # "Roe's brother", "Roe's page": a person's kin or page, not a body's job
        after = re.match(r"\s+([A-Z][a-z]*)", text[m.end() :])
        if after is not None and after.group(1) not in person_names()[0]:
            continue  # "Roe's official Facebook page": an adjective before a name, no job ("spokesman Peter")
        if lang == "en" and "'" not in m.group(0) and "’" not in m.group(0):
            continue  # English marks the owner with an apostrophe
        if lookup(owner) is not None or lookup(re.sub(r"s$", "", owner)) is not None or lookup(owner + "s"):
            continue  # a place: "Britain's prime minister" ("Bruxelles sagde ...": a name ending in s, no genitive)
        if len(owner.split()) == 1 and owner[:1].isupper() and lang == "en" and owner.lower() in lowercase:
            continue
        if owner in orgs.EN_HEAD or owner in orgs.EN_TAIL:
            continue  # "the Church's spokeswoman": a body's kind alone refers back to it, it names none
        if is_title(owner.split()[-1]):
            continue  # "the Prime Minister's adviser": an office's holder, a person, owns the job
        single = len(owner.split()) == 1
        full = re.search(rf"\b([A-Z][\w'’-]+)\s+{re.escape(owner)}(?![\w-])", whole) if single else None
        if full is not None and full.group(1) in person_names()[0]:
            continue  # "Jane Roe ... Roe's deputy": the surname of a person the article names in full
        if single and _named_in_full(owner, whole, lowercase):
            continue  # "the trial of Siti Rahmah ... Rahmah's lawyer": a given name the lists lack, then her surname
        add("organisation", owner, index, m.start(1), m.start(1) + len(m.group(1)))


def _named_in_full(owner: str, whole: str, lowercase: frozenset[str]) -> bool:
    """Whether the article writes `owner` after another capitalised word that can only be a given name (no common
    word, place, body's kind, title or opening word) and before no further capital: "Siti Rahmah", "Doan Thi Lan".
    """
    for m in re.finditer(rf"(?<![\w'’.-])([A-Z][a-z]+)\s+{re.escape(owner)}(?![\w'’-])(?!\s+[A-Z])", whole):
        word = m.group(1)
        if (
            word.lower() not in lowercase
            and word.lower() not in LEADING_FUNCTION_WORDS
            and lookup(word) is None
            and word not in orgs.EN_HEAD
            and word not in orgs.EN_TAIL
            and not is_title(word)
            and not is_role_noun(word.lower())
        ):
            return True
    return False


def _known_last(m: re.Match[str]) -> Span | None:
    """ "Aviva, Legal & General and Prudential": a known firm named with "&" after a comma is the list's last member,
    not the end of a name of several partners ("Smith, Jones & Co.")."""
    if ", " not in m.group(0):
        return None
    last = sentence_stop_off(m.group(0).rsplit(", ", 1)[1])
    entry = lookup(last)
    if entry is None or entry.kind != "organisation":
        return None
    return Span(m.start() + m.group(0).rindex(last), last)

"""What the words around a known place's or body's name make of it: a longer name ("Kano State"), a building,
event or team named after the place ("Riverton Airport", "the Riverton Otters"), a town that is here no place
(glued after "trans-", a verb, one of a list of people), a body's national chapter ("X International Ruritania"),
a region that is a job's portfolio."""

from __future__ import annotations

import re

from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.gazetteer import Mention, lookup, person_names
from briefing_app.core.facts.pos_tagger import tag_sentence
from briefing_app.core.facts.repeated_names import not_org_word
from briefing_app.core.facts.roles import is_role_noun

# A place's own kind written after its name, capitalised, is part of the name: "Kano State", "Kharkiv Oblast",
# "Punjab Province".
_KIND_AFTER_PLACE = re.compile(r"\s+(State|Oblast|Province|Governorate|Prefecture|Krai|Voivodeship)(?![\w-])")
# A capitalised word after a place that makes the whole a building, a street, a facility or an event, none of
# them a place: "Riverton Airport", "Northfield International Airport", "Harbour Square", "the Westland Cup",
# "Ruritania '98".
_FACILITY_AFTER = re.compile(
    r"\s+(?:International\s+)?(?:Airport|Airfield|Airbase|Stadium|Arena|Station|Cup|Trophy|Marathon|Square|Street|"
    r"Avenue|Boulevard|Road|Bridge|Palace|Hotel|Prison|Park|Mall|Tower|Towers|Cathedral|Mosque|Temple|Synagogue|"
    r"Grand\s+Prix|"
    # an agreement named by the town it was signed in ("the Oslo Accords", "the Kessby Climate Accord", "the
    # Kyoto Protocol"): the treaty, no place of the story ("Texas Emergency Declaration" is one for the place)
    r"(?:[A-Z][a-z]+\s+){0,2}(?:Accords?|Agreement|Protocol|Conventions?|Treaty|Consensus))"
    r"(?![\w'’-])"
    r"|\s+['’]\d{2}(?![\w'’-])"  # "at France '98": a tournament named by its host and its year
)
# A place, then a capitalised plural that is no place, people or event: a sports team named by its town
# ("the Riverton Otters", "Northfield Red Hawks' 2-1 loss"); the town stands for no place there.
_TEAM_AFTER_PLACE = re.compile(r"\s+((?:[A-Z][a-z]+\s+)?([A-Z][a-z]+s))(?=['’]?(?![\w-]))")
# Plurals after a place that name no team: land forms, events, agreements, talks, a party's members.
_NOT_TEAM = {
    "Islands", "Isles", "Heights", "Hills", "Mountains", "Falls", "Springs", "Lakes", "Highlands", "Lowlands",
    # (words in -s that are no plural: "the Iowa Caucus", "the Kessby Census")
    "Caucus", "Caucuses", "Primaries", "Census", "Campus",
    "Plains", "Keys", "Territories", "Provinces", "States", "Flats", "Downs", "Fields", "Woods", "Gardens", "Docks",
    "Sands", "Rapids", "Narrows", "Straits", "Games", "Olympics", "Paralympics", "Accords", "Talks", "Conventions",
    "Agreements", "Protocols", "Protests", "Riots", "Wars", "Sanctions", "Elections", "Attacks", "Bombings",
    "Trials", "Awards", "Championships", "Series", "Masters", "Floods", "Killings", "Massacres", "Uprisings",
    "Demonstrations", "Rallies", "Marches", "Democrats", "Republicans", "Conservatives", "Liberals", "Socialists",
    "Communists", "Greens", "Affairs", "News", "Times", "Services", "Forces", "Airlines", "Airways", "Industries",
    "Holdings", "Motors", "Systems", "Technologies", "Laboratories", "Labs", "Records", "Studios", "Brands",
    "Stores", "Foods", "Partners", "Associates", "Ventures", "Securities", "Pharmaceuticals", "Galleries",
    "Brigades", "Corps", "Instruments", "Communications", "Networks", "Resources", "Mines", "Minerals", "Metals",
    "Chemicals", "Enterprises", "Solutions", "Products", "Textiles", "Mills", "Works",
}  # fmt: skip


def _ends_sentence(text: str, mention: Mention) -> bool:
    """Whether the name's stretch took the full stop that ends its sentence ("in Aden. Doctors say") or a
    possessive ("Aden's port workers": what follows is the place's, not a longer name)."""
    took = text[mention.end - 2 : mention.end]
    return (took[-1:] == "." and not mention.written.endswith(".")) or took in ("'s", "’s") or took[-1:] in "'’"


def kind_after_place(text: str, mention: Mention) -> int | None:
    """Where a place's name ends when its own kind follows it ("Kano State", "Kharkiv Oblast"), else None."""
    if mention.entry.kind != "place" or mention.entry.detail == "country" or _ends_sentence(text, mention):
        return None
    m = _KIND_AFTER_PLACE.match(text, mention.end)
    if m is None or re.match(r"\s+[A-Z]", text[m.end() :]):
        return None  # "Ohio State University": the kind is the first word of an organisation's name
    return m.end()


# The US states and towns whose name before "State" names a university and its teams ("Ohio State beat Michigan
# State", "Boise State"), not the place: general knowledge (CC0). New York and Washington are left out: "New York
# State", "Washington State" are the states themselves as often as not.
_US_STATES_WITH_A_STATE_UNIVERSITY = frozenset(
    "Alabama Alaska Arizona Arkansas California Colorado Delaware Florida Georgia Idaho Illinois Indiana Iowa "
    "Kansas Kentucky Louisiana Michigan Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Tennessee "
    "Texas Utah Wichita Wright Wyoming".split()
    + ["Boise", "San Diego", "San Jose", "Fresno", "Penn", "Norfolk", "New Mexico", "North Carolina", "North Dakota",
       "South Dakota", "Sacramento", "Kent", "Ball", "Portland", "Cleveland", "Youngstown", "Jackson", "Morgan"]
)


def facility_after(text: str, mention: Mention) -> bool:
    """Whether a place's name only starts a building's, a street's or an event's ("Riverton Airport"), or ends an
    event's name ("the Battle of Riverton", "the 24 Hours of Riverton"); or a US university's ("Ohio State")."""
    if mention.entry.kind != "place":
        return False
    if mention.entry.name in _US_STATES_WITH_A_STATE_UNIVERSITY and re.match(r"\s+State\b", text[mention.end :]):
        return True
    if _EVENT_OF.search(text[: mention.start]):
        return True
    return not _ends_sentence(text, mention) and _FACILITY_AFTER.match(text, mention.end) is not None


# A vessel's kind after its name ("its Arctic Sunrise ship", "the Northern Star research vessel").
_VESSEL_AFTER = re.compile(
    r"\s+(?:(?:research|cargo|cruise|container|supply|patrol|fishing|passenger|naval)\s+)?"
    r"(?:ship|vessel|tanker|ferry|yacht|frigate|submarine|trawler|freighter|warship|icebreaker|liner)s?(?![\w-])"
)
# (not "The", nor an owner's possessive: "The Malta ferry", "Kessby Line's Malta ferry" sail to Malta)
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:The|A|An|Its|Their|His|Her)\s)(?:[A-Z][\w-]*\s+)+$")
_CAPITALISED_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*)+")


# A navy's prefix before a ship's name ("HMAS Maitland", "HMS Sheffield", "USS Cole"): the ship, no town.
_SHIP_PREFIX = re.compile(r"(?<![\w-])(?:HMAS|HMS|HMCS|HMNZS|USS|USNS|INS|RFS|FS|MV|MS|SS|RV)\s+$")


def names_a_vessel(text: str, mention: Mention) -> bool:
    """Whether a place's name is one word of a ship's longer name, the vessel's kind written after it ("its Arctic
    Sunrise ship": no Arctic, no town Sunrise), or a ship's name after a navy's prefix ("HMAS Maitland"). A place
    alone before the kind is where the ship sails ("the Malta ferry") and stays."""
    if _SHIP_PREFIX.search(text[: mention.start]):
        return True
    before = _CAPITALISED_BEFORE.search(text[: mention.start])
    after = _CAPITALISED_AFTER.match(text, mention.end)
    end = after.end() if after else mention.end
    return (before is not None or after is not None) and _VESSEL_AFTER.match(text, end) is not None


# A battle, a siege or a race named by the place it was fought or run at: the event, no place of the story.
_EVENT_OF = re.compile(r"(?<![\w-])(?:Battle|Siege|Hours)\s+of\s+(?:the\s+)?$")


def team_after(text: str, mention: Mention, lowercase: frozenset[str]) -> tuple[int, int, str] | None:
    """(start, end, name) of a sports team named by its town and a capitalised plural ("the Riverton Otters"):
    the plural is no common word of the article, no place, people, event or company word."""
    if mention.entry.kind != "place" or mention.entry.detail == "country" or _ends_sentence(text, mention):
        return None
    m = _TEAM_AFTER_PLACE.match(text, mention.end)
    if m is None:
        return None
    plural = m.group(2)
    low = plural.lower()
    if plural in _NOT_TEAM or low in lowercase or lookup(plural) is not None:
        return None
    if re.match(r".*(?:ians|eans|ans|ese|ics|ists)$", plural) or not_org_word(plural) or lookup(m.group(1)) is not None:
        return None  # "Riverton Bulgarians", "Riverton Socialists": people, not a team
    given, family = person_names()
    if plural in family or plural in given or (mention.written in given and plural[:-1] in family | given):
        return None  # "Florence Williams": a given name that is also a town, then a family name (a town named like
        # a given name before a plural no list holds as a name stays a team: "the Denver Broncos")
    return mention.start, m.end(1), text[mention.start : m.end(1)]


def glued_towns(text: str, mentions: list[Mention], sports: bool = False) -> dict[int, tuple[int, int] | None]:
    """Two towns written side by side with only a space between ("Porto Braga"): together they name something
    else; a town and its region or country keep a comma in English. Maps each one's start to the pair's stretch
    when that is a club ("Bavaria Munich" in a match report: a region or town, then a town), else to None."""
    out: dict[int, tuple[int, int] | None] = {}
    for first, second in zip(mentions, mentions[1:], strict=False):
        if text[first.end : second.start] != " " or first.written.endswith(".") or second.entry.detail != "city":
            continue
        if text[: first.end].endswith(("'s", "’s")):
            continue  # "in Mumbai's Dharavi": a town's district in the genitive, two places
        if first.entry.detail == "city":
            out[first.start] = out[second.start] = None
        if sports and first.entry.detail in ("city", "region") and " " not in first.written:
            given, family = person_names()
            if first.written in given and second.written in family:
                continue  # "David Davis" (towns in Panama and California): a person, whatever the story
            out[first.start] = out[second.start] = (first.start, second.end)
    return out


def two_people(joined: str) -> bool:
    """ "Jane Roe & John Doe": both sides of "&" a given name and a surname, two people rather than a firm."""
    given = person_names()[0]
    sides = [side.split() for side in joined.split("&")]
    return len(sides) == 2 and all(len(side) >= 2 and side[0] in given for side in sides)


# "trans-Tasman", "pan-African": a place glued after such a prefix makes an adjective, no mention of the place.
_GLUED_PREFIX = re.compile(r"(?<![\w-])(?:trans|pan|sub|Trans|Pan|Sub)-$")
# A one-word town opening a sentence or a quotation right before an article or a possessive is a verb's spelling
# ("Reading the report, she...", '"Reading his notes"').
_ARTICLE_AFTER = re.compile(r"\s+(?:the|a|an|his|her|their|its|my|our|your)\s")
_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|from|to|near|of|outside|into|around|across)\s+$", re.IGNORECASE)
# "Bono, Jane Roe and John Doe": a town's name among people named by a given name and a family name.
_PERSON_AFTER = re.compile(r",\s+([A-Z][a-z]+)\s+[A-Z][\w'’-]+")
_PERSON_BEFORE = re.compile(r"(([A-Z][a-z]+)\s+[A-Z][\w'’-]+),\s+(?:and\s+)?$")


def not_the_town_here(text: str, mention: Mention) -> bool:
    """Whether a one-word town's name is here no place: glued after "trans-", a verb before an article, or one
    of a list of people's names."""
    if mention.entry.detail not in ("city", "region") or " " in mention.written:
        return False
    before = text[: mention.start]
    if _GLUED_PREFIX.search(before):
        return True
    if _ARTICLE_AFTER.match(text, mention.end) and not before.strip(" \"'“‘("):
        return True
    if not before.strip(" \"'“‘(") and _common_word_opening(text, mention):
        return True  # "Mobile phone company X", "Nice weather helped": an adjective capitalised as the first word
    if _PLACE_PREPOSITION.search(before) or not before.strip(" \"'“‘("):
        return False  # "In Geneva, John Roe met...": a dateline or a place, then a person
    given = person_names()[0]
    after, prior = _PERSON_AFTER.match(text, mention.end), _PERSON_BEFORE.search(before)
    # (not a town with its state: "Santa Rosa, California", whose first word is a given name too)
    prior_person = prior is not None and prior.group(2) in given and not _town_opener_or_place(prior.group(1))
    return (after is not None and after.group(1) in given) or prior_person


def _common_word_opening(text: str, mention: Mention) -> bool:
    """Whether a town's name opening the sentence before a lower-case word is an everyday English word the
    tagger reads as an adjective, a verb or an adverb there ("Mobile phone", "Reading glasses", "Nice weather"),
    not a proper noun ("Boston police")."""
    if not re.match(r"\s+[a-z]", text[mention.end :]) or mention.written.lower() not in common_words():
        return False
    tags = [tag for start, _, tag in tag_sentence(text) if start == mention.start]
    return bool(tags) and tags[0] in ("ADJ", "VERB", "ADV")


def _town_opener_or_place(name: str) -> bool:
    """Whether two capitalised words are a place the gazetteer knows or open like a Romance town's name."""
    entry = lookup(name)
    return (entry is not None and entry.kind == "place") or name.split()[0] in ("San", "Santa", "Santo", "São")


_COUNTRY_AFTER = re.compile(r" ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=['’]s\b|(?![\w'’-]))")


def national_chapter(text: str, mention: Mention) -> int | None:
    """Where the name ends when a known international body of two or more words is followed by a country, its
    national chapter ("Transparency International Hungary", "Save the Children Norway"); else None."""
    if mention.entry.kind != "organisation" or " " not in mention.written or _ends_sentence(text, mention):
        return None
    m = _COUNTRY_AFTER.match(text, mention.end)
    if m is None:
        return None
    for name in (m.group(1), m.group(1).split()[0]):
        entry = lookup(name)
        if entry is not None and entry.detail == "country":
            return mention.end + 1 + len(name)
    return None


_JOB_AFTER = re.compile(r"\s+([a-z]+)\b")


def portfolio_of_a_job(text: str, mention: Mention) -> bool:
    """A continent or world region between a body's possessive and a job ("Human Rights Watch's Asia director",
    "the paper's Middle East editor") names what the job covers."""
    if mention.entry.detail not in ("region", "continent") or not re.search(r"['’]s\s+$", text[: mention.start]):
        return False
    job = _JOB_AFTER.match(text, mention.end)
    return job is not None and is_role_noun(job.group(1))


_ACRONYM_COUNTRY = re.compile(r"(?<![\w-])[A-Z]{3,6} ([A-Z][a-z]+)(?=['’]s\b|(?![\w'’-]))")


# Words a page sets in capitals at a paragraph's start ("THE Ghana High Commission", "FOR Kenya's farmers").
_CAPITALISED_WORDS = {"the", "for", "and", "but", "not", "all", "new", "our", "its", "this", "that", "from", "with",
                      "when", "after", "some", "many", "more", "most", "why", "how", "who", "what", "last", "one",
                      "two", "three", "four", "five", "six", "ten"}  # fmt: skip


def acronym_chapters(text: str) -> list[re.Match[str]]:
    """An unknown acronym and a country right after it: a body's name or its chapter ("PINK Ruritania", "QRS
    Kenya"); a known one is a body of its own before a country ("the NATO Russia council", "the EU Turkey deal")."""
    out = []
    for m in _ACRONYM_COUNTRY.finditer(text):
        entry = lookup(m.group(1))
        known = lookup(m.group(0).split()[0])
        if m.group(0).split()[0].lower() in _CAPITALISED_WORDS:
            continue  # "THE Ghana High Commission": a word the page sets in capitals, no acronym
        if entry is not None and entry.detail == "country" and known is None:
            out.append(m)
    return out


_ONLINE_AFTER = re.compile(r" (?:News )?Online(?![\w'’-])")


def online_edition(text: str, mention: Mention) -> int | None:
    """Where the name ends when a known body is followed by "Online" or "News Online", its web edition under a name of
    its own ("Harbour Radio Online", "XYZ News Online"); else None."""
    if mention.entry.kind != "organisation" or _ends_sentence(text, mention):
        return None
    m = _ONLINE_AFTER.match(text, mention.end)
    return m.end() if m else None


# What only a firm has or does right after its name ("Amazon founder", "Amazon shares", "Amazon Web Services";
# not "said" nor "'s", which follow a nation or a state as often: "Scotland said", "Texas's governor").
_FIRM_AFTER = re.compile(
    r"\s+(?:founder|co-founder|chief\s+executive|boss|shares|stock|customers|executives?|bought|acquired|sells|"
    r"launched|employs|warehouses?|Prime|Web\s+Services)\b"
)


def firm_named_after_region(text: str, mention: Mention) -> bool:
    """Whether a one-word region written bare (news writes the region with "the": "the Amazon") names a firm
    here: what a firm has or does follows it ("Amazon founder Jeff Bezos", "Amazon's purchase", "Amazon
    said")."""
    if re.search(
        r"\b(?:[Tt]he|in|at|from|across|to|into|of|throughout|near|around|over|within)\s+$", text[: mention.start]
    ):
        return False  # ("officials in Scotland said": the place, where the speakers are)
    return _FIRM_AFTER.match(text, mention.end) is not None


def given_name_of_a_person(text: str, mention: Mention) -> bool:
    """ "Farmer Chad Smith said", "Georgia Lee": a one-word place that is also a given name, right before a known
    family name, or before a capitalised word with a person's role or speech after it ("Chad Raube, director of X,");
    no third capitalised word, which would make a longer name of a place or body."""
    if " " in mention.written or mention.written not in person_names()[0]:
        return False
    particle = re.match(
        r"\s+[A-Z][^\W\d_]+\s+(?:de|del|da|do|dos|di|du|van|von)\s+[A-Z][^\W\d_]", text[mention.end :]
    )
    if particle is not None:
        return True  # "Isabel Martínez de Perón": a given name, then a family name with its particle
    m = re.match(r"\s+([A-Z][a-z'’-]+)(?!\s+[A-Z])(?![\w'’-])", text[mention.end :])
    if m is None or lookup(m.group(1)) is not None or m.group(1).lower() in common_words():
        return False
    if m.group(1) in person_names()[1]:
        return True
    # a family name no list holds, then what only a person has: a role set off by a comma ("Chad Raube, director of
    # X, said") or a verb of speech ("Chad Raube said")
    rest = text[mention.end + m.end() :]
    role = re.match(r",\s+(?:an?\s+|the\s+)?((?:[a-z-]+\s+){0,2}[a-z-]+)", rest)
    return (role is not None and any(is_role_noun(w) for w in role.group(1).split())) or re.match(
        r"\s+(?:said|says|told|added|explained)\b", rest
    ) is not None


_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)\s+$")


def family_name_of_a_person(text: str, mention: Mention) -> bool:
    """ "Gerald Ford", "Michael Dell", "Mayor Michael Bloomberg": a one-word listed body that is also a family
    name, right after a given name (no common word, no listed name itself: "In Ford's plant", "Sony Ericsson")."""
    if " " in mention.written or mention.entry.kind != "organisation":
        return False
    m = _WORD_BEFORE.search(text[: mention.start])
    before = lookup(m.group(1)) if m is not None else None
    if m is None or m.group(1) not in person_names()[0] or (before is not None and before.kind == "organisation"):
        return False  # (a given name that is also a town stays one: "Kara Dell")
    return m.group(1).lower() not in common_words()

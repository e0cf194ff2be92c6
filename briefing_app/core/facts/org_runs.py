"""English and Danish organisations named by a run of capitalised words headed or ended by a body's word
("Ministry of Health", "Leeds City Council", Danish "-styrelsen"), trimmed to the name: not a competition, an area,
a leader's term in office or a title, and run on over a campus or the last word of "Project on X"."""

from __future__ import annotations

import re

from briefing_app.core.facts import orgs, place_shapes
from briefing_app.core.facts.competitions import COMPETITION_AFTER
from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.gazetteer import lookup, person_names
from briefing_app.core.facts.gazetteer import names_a_place as is_place_name
from briefing_app.core.facts.name_words import LEADING_FUNCTION_WORDS, MONTHS_DAYS
from briefing_app.core.facts.named import AddName
from briefing_app.core.facts.named import overlaps as _overlaps
from briefing_app.core.facts.org_kinds import OPENING_KINDS, firm_maker
from briefing_app.core.facts.org_names import (
    PLACE_KIND_WORDS,
    clean_org,
    extend_back,
    opener_of,
    owning_body,
    split_at_and,
    trim_org_words,
)
from briefing_app.core.facts.org_run_starts import BODY_NOUNS, owner_inside, state_portfolio, title_of
from briefing_app.core.facts.orgs_da_openers import common_noun_opening
from briefing_app.core.facts.people_nationality import is_nationality
from briefing_app.core.facts.people_role_words import is_title
from briefing_app.core.facts.roles import is_person_noun, is_role_noun

# A capitalised word and a number right before a run that opens with a body's kind ("Fulwell 73 Productions",
# "Studio 54 Records"), not a year ("Kessby 2024 Council") nor a sentence's first word alone.
_NUMBER_IN_NAME = re.compile(r"(?<![\w'’.-])([A-Z][a-z][\w'’&-]*)\s+(?!(?:19|20)\d\d\b)\d{1,3}\s+$")


# Areas named "Kind of X" in many countries' administration: a known place after them makes them areas, not bodies.
_AREA_OF = re.compile(
    # (a compass word may open it: "the Western District of Texas", a federal court's district)
    r"(?:(?:Northern|Southern|Eastern|Western|Middle|Central) )?"
    r"(?:Department|Province|Region|District|Governorate|Prefecture|County|Oblast) of (?:the )?(.+)"
)


# The first of two names that share their last part, written with a hyphen: "Nord- og Sydjyllands Politi",
# "Primary- and Secondary Schools Board"; or of three or more, listed with commas ("Klima-, Energi- og
# Forsyningsministeriet", as Danish ministries are named).
_SHARED_HEAD = re.compile(r"(?<![\w-])(?:[A-ZÆØÅ][\wæøå]*-,\s+){0,3}[A-ZÆØÅ][\wæøå]*-\s+(?:og|eller|and|or)\s+$")


# Danish: the first of two areas in the genitive that share the body after the second ("Sydsjællands og
# Lolland-Falsters Politi"): one body, as with the hyphen ("Nord- og Sydjyllands Politi").
_DA_SHARED_GENITIVE = re.compile(r"(?<![\w-])([A-ZÆØÅ][\wæøå-]*s)\s+og\s+$")


# A minister's portfolio written after "for" in capitals ("Minister for Lands and Natural Resources").
_PORTFOLIO_BEFORE = re.compile(r"\b(?:[Mm]inisters?|[Ss]ecretary|[Cc]ommissioner)\s+for\s+$")


# A job right after a programme's name: the programme's words are part of the job's title.
_JOB_AFTER = re.compile(r"\s+(?:Manager|Director|Officer|Coordinator|Lead|Leader|Executive|Scientist|Engineer)\b")


# A building for events named by what it hosts: a venue, which news reports things at, not a body that acts.
_VENUE = re.compile(
    r"\b(?:Convention|Conference|Exhibition|Cultural|Shopping|Leisure|Events|Congress|Civic|Aquatics|Visitor|"
    r"Visitors)\s+(?:Centre|Center)(?:$|\s+for\s)"  # ("the X Congress Centre for Anime North": the venue, an event)
)


def _opening_kind(word: str) -> bool:
    """A kind of body capitalised as the sentence's first word ("Broadcaster", "Chipmaker"), no word of a name."""
    return word.lower() in OPENING_KINDS or firm_maker(word)


def weak_trade_name(words: list[str], lowercase: frozenset[str]) -> bool:
    """A name whose only body word is a trade (`orgs.TRADE_TAIL`: "Energy", "Finance") names a firm only when it
    ends there and a capitalised word before it is no common word ("Halbrook Energy", not "Mines and Energy",
    "Corporate Finance" or "Pictures of the Prophet")."""
    kinds = [i for i, w in enumerate(words) if w in orgs.EN_TAIL]
    if not kinds or any(words[i] not in orgs.TRADE_TAIL for i in kinds):
        return False
    if kinds[-1] != len(words) - 1:
        return True
    common = common_words()
    return not any(
        w[:1].isupper()
        and w.lower() not in lowercase
        and (w.lower() not in common or _known_firm(w))
        and w not in orgs.TRADE_TAIL
        and not _gerund(w)
        for w in words[:-1]
    )


def _known_firm(word: str) -> bool:
    """A word the gazetteer knows as an organisation is a firm's name before its trade even when the tagger's
    text also writes it in lower case ("Sony Music", a group's record arm), not a field's word."""
    entry = lookup(word)
    return entry is not None and entry.kind == "organisation"


def _gerund(word: str) -> bool:
    """A capitalised word in -ing that no list knows as a place or a name: a verb's noun ("Nursing Homes",
    "Printing Services"), not "Reading" or "Sterling"."""
    given, family = person_names()
    return word.endswith("ing") and lookup(word) is None and word not in given and word not in family


def _headline_common_words(words: list[str], lowercase: frozenset[str]) -> bool:
    """Whether a name in a headline in title case is made only of words the article writes in lower case
    elsewhere ("Attacked by Security Forces"): common words the headline capitalised, no name."""
    return all(w.lower() in lowercase for w in words)


# A name built with "of/on/for" that stopped at an organisation word inside it ("Project on Government") runs on
# over one capitalised word that ends the phrase ("Oversight", then a verb, a comma or the end).
_CONNECTED = re.compile(r"\s(?:on|for)\s+[A-Z]\w*$")


_RUN_ON = re.compile(r"\s+([A-Z][a-z]+)(?=\s+[a-z]|[,.;:)]|$)")


_CAMPUS_HEAD = re.compile(r"(?:The\s+)?(?:University|College|Institute|State University)\b")


# A department named by several fields in a list: "the Ministry of Labour, Immigration and Population", "the
# Department for Environment, Food and Rural Affairs": the run stops at the first comma, the fields go on to "and".
_FIELDS_HEAD = re.compile(
    r"(?:The\s+)?(?:(?:Federal|State|National)\s+)?(?:Ministry|Department|Office|Bureau|Directorate|Secretariat|"
    r"Commission|Committee|Agency)\s+(?:of|for)\s+[A-Z][a-z]+$"
)
_FIELDS_AFTER = re.compile(
    r"((?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})*,?\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?=\s+[a-z]|[,.;:)]|$)"
)


_FIELD_WORDS = set(orgs.TRADE_TAIL) | {"Media", "Services", "Communications", "Sport", "Sports"}


def listed_fields(text: str, end: int, name: str, lowercase: frozenset[str]) -> str:
    """The fields listed after a department's first one ("..., Immigration and Population"), when every word of them
    is a common word (no name: "the Ministry of Finance, Oxfam and Unicef" are three bodies), else ""."""
    if not _FIELDS_HEAD.search(name):
        return ""
    m = _FIELDS_AFTER.match(text, end)
    if m is None or not m.group(1).lstrip().startswith(","):
        return ""
    common = common_words()
    words = [w for w in re.findall(r"[A-Za-z]+", m.group(1)) if w != "and"]
    fine = all(w.lower() in common or w.lower() in lowercase for w in words)
    # (a body's own word is a second body: "the Ministry of Health, Police and Army"; a trade is a field)
    bodies = [w for w in words if w in orgs.EN_HEAD or (w in orgs.EN_TAIL and w not in _FIELD_WORDS)]
    return m.group(1) if fine and not bodies and not any(lookup(w) is not None for w in words) else ""


_PERSON_AFTER = re.compile(r"\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}(?=\s+[a-z]|\s*[,.;:])")


# Military units named by their number first: "the 13th Regiment of X", "the 82nd Airborne Division".
_MILITARY_UNITS = {"Regiment", "Division", "Brigade", "Battalion", "Squadron", "Fleet", "Army", "Corps", "Wing",
                   "Infantry", "Airborne", "Armoured", "Armored", "Marine", "Marines", "Cavalry",
                   "Artillery"}  # fmt: skip
# Movements named after the day they began: "the April 6 Youth Movement", "the March 14 Alliance".
_DATE_NAMED = re.compile(
    r"\bthe\s+((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+"
    r"\d{1,2}\s+)$"
)
_UNIT_ORDINAL = re.compile(r"(?<![\w.-])(\d{1,3}(?:st|nd|rd|th)\s+)$")
# A body numbered inside its name: "Tolvik No. 2 Remand Centre", "the Number 4 Hospital".
_NUMBERED = re.compile(r"(?<![\w.-])((?:[A-Z][a-z]+\s+){0,2}(?:No\.|Number|No)\s*\d{1,3}\s+)$")


# Kinds of body that Malay, Indonesian, Spanish or Portuguese names put first, before the town they serve.
_HEAD_FIRST = {"Hospital", "University", "Universiti", "Universitas", "Universidad", "Bank", "Banco", "Museum",
               "Museo", "Institut", "Instituto", "Rumah"}  # fmt: skip


def _head_then_place(text: str, end: int, name: str) -> tuple[int, int] | None:
    """(start, end) of "Hospital Kuala Lumpur" when a run the tail finder read ends "of Hospital" (or begins with the
    head) and a known place of one to three words follows right after it."""
    words = name.split()
    if words[-1] not in _HEAD_FIRST or not (len(words) == 1 or words[-2] in ("of", "at", "from")):
        return None
    place = re.match(r"\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?![\w'’-])", text[end:])
    if place is None:
        return None
    run = place.group(1).split()
    for k in range(len(run), 0, -1):
        entry = lookup(" ".join(run[:k]))
        if entry is not None and entry.kind == "place":
            head_at = end - len(words[-1])
            return head_at, end + place.start(1) + len(" ".join(run[:k]))
    return None


# The owner in the possessive at the end of the stretch before a body's name ("the Baath Party's ").
# ("the Department of the Interior's Office of X": "of the" inside the owner's name too)
_OWNER_BEFORE = re.compile(
    r"(?:The\s+|the\s+)?([A-Z][\w&.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w&.-]*){0,4})['’]s\s+$"
)


# A country or capital right after a university's name, then a common word or a stop: its branch campus there.
_BRANCH = re.compile(r"\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=\s+[a-z]|[,.;:)]|$)")


def _two_titles(words: list[str]) -> bool:
    """ "National Economic Advisor & Chair": two jobs joined by "&" before "of" and the body they are held at."""
    at = words.index("&")
    return 0 < at < len(words) - 1 and is_role_noun(words[at - 1]) and is_role_noun(words[at + 1])


def _is_country_or_capital(name: str) -> bool:
    entry = lookup(name)
    return entry is not None and entry.detail in ("country", "capital")


_CAMPUS = re.compile(r"\s+at\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?![\w'’-])")


def _leaders_term(name: str, lowercase: frozenset[str], whole: str) -> bool:
    """ "Bush Administration", "Harlow Government": a person's family name before "Administration" or "Government"
    names a leader's term in office, which the corpus does not count as an organisation. The name is a family name
    of the census lists or one the article gives after another name or a title ("President Harlow"); "the
    Veterans Administration" and "Kenya Government" (a place's) stay."""
    words = name.split()
    if (
        2 <= len(words) <= 3
        and words[-1] in ("Cabinet", "Administration", "Government")
        and re.fullmatch(r"[A-Z][\w.-]*['’]s", words[-2])
    ):
        # "the President's Cabinet", "President Harlow's Cabinet": a leader's cabinet, no named body
        owner = words[-2][:-2]
        return is_role_noun(owner.lower()) or owner in person_names()[1] or is_role_noun(words[0].lower())
    if len(words) != 2 or words[1] not in ("Administration", "Government"):
        return False
    if re.fullmatch(r"[A-Z][a-z]+-[A-Z][a-z]+", words[0]):  # "the Biden-Harris Administration": two leaders'
        return all(w in person_names()[1] or re.search(rf"[A-Z][\w.]*\s+{w}\b", whole) for w in words[0].split("-"))
    first = words[0]
    if not (first[:1].isupper() and first[1:].islower()) or first.lower() in lowercase:
        return False
    entry = lookup(first)  # a town may share the leader's name ("Bush"); a country's or region's government is one
    if first in orgs.EN_HEAD or first in orgs.EN_TAIL or (entry is not None and entry.detail != "city"):
        return False
    if is_nationality(first):
        return False  # "the Scottish Government": a people's, though its word may be a family name too
    named = re.search(rf"[A-Z][\w.]*\s+{re.escape(first)}\b(?!\s+(?:Administration|Government))", whole)
    return first in person_names()[1] or named is not None


def _a_states_vote(words: list[str]) -> bool:
    """ "Iowa Caucus", "the New Hampshire Primary": a vote named by the place holding it ("Congressional Black
    Caucus" names a body: no place before its kind)."""
    for at, word in enumerate(words):
        if word in ("Primary", "Primaries", "Caucus", "Caucuses") and at > 0:
            entry = lookup(" ".join(w for w in words[:at] if w != "The"))
            if entry is not None and entry.kind == "place":
                return True
    return False


# Words before a person's name that are no body's: the article and the titles of address.
_JUDGES_AND_CLERICS = {"Justice", "Judge", "Rev", "Rev.", "Reverend", "Bishop", "Rabbi", "Imam", "Sheikh"}
_PERSON_TITLES = {"The", "Dr", "Dr.", "Prof", "Prof.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Sir", "Dame"} | (
    _JUDGES_AND_CLERICS
)


def head_and_tail_runs(
    text: str,
    index: int,
    lang: str,
    headline: bool,
    lowercase: frozenset[str],
    whole: str,
    taken: list[tuple[int, int]],
    add: AddName,
) -> None:
    """Adds the organisations of one English or Danish sentence named by a run headed or ended by a body's word."""
    for pattern in (orgs.EN_HEAD_RUN, orgs.EN_TAIL_RUN, *((orgs.DA_COMPOUND, orgs.DA_TAIL_RUN, orgs.DA_NATIONAL,
                                                                orgs.DA_GENITIVE_BODY)
                                                             if lang == "da" else ())):  # fmt: skip
        for piece in split_at_and(pattern.finditer(text)):
            start, name = piece.start(), piece.group(0)
            words = name.split()
            while words and words[0].lower() in LEADING_FUNCTION_WORDS and words[0] != "The" and not (
                words[0] == "All" and len(words) > 2 and is_place_name(words[1])  # "All India Radio"
            ):
                start += len(words[0]) + 1
                words = words[1:]
            if len(words) > 2 and _opening_kind(words[0]) and not text[:start].strip(" \"'“‘("):
                start += len(words[0]) + 1  # "Chipmaker Vellum Semiconductor said": the kind, then the name
                words = words[1:]
            meeting = re.search(r"\bParty\s+(?:Congress|Conference|Convention|Plenum)\b", " ".join(words)) is not None
            words = trim_org_words(words)
            # ("X Police Department Chief of Patrol Jane Roe": a title and its portfolio after the body's last word)
            titled = next((i for i in range(1, len(words) - 2) if words[i] in orgs.EN_TAIL
                           and is_role_noun(words[i + 1]) and words[i + 2] == "of"), 0)  # fmt: skip
            words = words[: titled + 1] if titled else words
            if _a_states_vote(words):
                continue  # "the New Hampshire Primary and Iowa Caucus": votes held in places, no bodies
            meeting = meeting and words[-1:] == ["Party"]  # "the X Party Congress": the party, then its meeting
            cut = title_of(words, text[:start]) or state_portfolio(words, text[: text.find(" ".join(words), start)])
            if cut >= len(words):
                continue  # "Secretary of State for Health": a title and its portfolio, no body
            if cut:  # "Deputy Inspector of the X Navy", "Chief of Staff of the X Army": a title, then the body
                taken.append((start, text.find(words[cut], start)))  # (the title is no name of anyone's either)
                start, words = text.find(words[cut], start), words[cut:]
            owner_at = owner_inside(words)
            if owner_at:  # "the Government's High Court bid", "Ruritania's Electoral Commission"
                owning_place = re.sub(r"['’]s$", "", words[owner_at - 1])
                entry = lookup(owning_place) if owner_at == 1 and is_place_name(owning_place) else None
                if entry is not None and not _overlaps(taken, start, start + len(owning_place)):
                    # (Ruritania is a place the text names, keyed as the place finder keys it)
                    add("place", owning_place, index, start, start + len(owning_place), key_name=entry.name)
                start, words = text.find(words[owner_at], start), words[owner_at:]
            if opener_of(text, start, words, lowercase):
                start = text.find(words[2], start)  # "Shares of Acme Corp fell": the body is after "of"
                words = words[2:]
            lead = 0
            while lead < len(words) - 1 and (
                words[lead] == "The" or (is_role_noun(words[lead]) and not re.search(r"['’]s$", words[lead]))
            ):  # ("Queen's Medical Centre": a title in the genitive is a word of the name)
                lead += 1  # "Director Jane Roe of the X Trust": the person's title first
            if lead == 0 and len(words) > 3 and words[0] in _JUDGES_AND_CLERICS:
                lead = 1  # "Justice Jane Roe of the Federal High Court": a judge's or a cleric's title first
            of_at = next((i for i in (lead + 2, lead + 3) if words[i : i + 1] == ["of"]), 0)
            addressed = lead > 0 and words[lead - 1] in _PERSON_TITLES and words[lead - 1] != "The"  # ("Dr X Y of")
            # ("J. Paul Vance of the X Police": an initial before the given name opens a person's name too)
            initial = re.fullmatch(r"[A-Z]\.", words[lead]) is not None and words[lead + 1] in person_names()[0]
            person = bool(of_at) and (words[lead] in person_names()[0] or initial or addressed) and words[lead] != "The"
            person = person and not any(w in orgs.EN_TAIL or w in orgs.EN_HEAD for w in words[lead + 1 : of_at])
            given_before = (text[:start].split()[-1:] or [""])[0] in person_names()[0]
            if not person and lead == 0 and words[1:2] == ["of"] and given_before and words[0] not in orgs.EN_HEAD:
                # "Mohammad AlMulla of the X Space Centre": a given name before the run, its surname, then the body
                person, of_at = True, 1
            if person:  # a name of two or three words, then "of": "Jane Ann Roe of the X Agency"
                cut = of_at + 1 + (words[of_at + 1 : of_at + 2] == ["the"])
                if cut < len(words):  # "Jane Roe of the Harbour Trust": a person, then the body
                    start = text.find(words[cut], start)
                    words = words[cut:]
            if "of" in words[1:4] and re.search(r"\b[a-z]{3,}\s+$", text[:start]):
                role = text[:start].split()[-1]
                if is_role_noun(role) or (role.endswith("s") and is_role_noun(role[:-1])):
                    # "publishers Jann Wenner of Rolling Stone Magazine": the person, then the body
                    cut = words.index("of", 1) + 1
                    start = text.find(words[cut], start) if cut < len(words) else start
                    words = words[cut:]
            core = words[1:] if words[:1] == ["The"] else words
            if core[:2] == ["Board", "of"] and len(core) == 3 and core[2].endswith("s") and is_role_noun(core[2][:-1]):
                taken.append((start, piece.end()))  # (no person's name either)
                continue  # "the Board of Directors": a firm's board named by its members, no name of its own
                # (a council of them is a body: "the Council of Ministers", "the House of Representatives")
            if "of" in words and "&" in words[: words.index("of")] and _two_titles(words[: words.index("of")]):
                cut = words.index("of") + 1 + (words[words.index("of") + 1 : words.index("of") + 2] == ["the"])
                start, words = text.find(words[cut], start), words[cut:]  # "Advisor & Chair of the X Council": X
            if pattern is orgs.EN_HEAD_RUN and not {"of", "for", "For", "on", "to", "against", "Against"} & set(words):
                continue  # "Bank on Monday": the date trimmed, no "Bank of ..." is left (the tail run reads it)
            if pattern is orgs.EN_HEAD_RUN:
                start, words = extend_back(text, start, words, lowercase)
            numbered = _NUMBER_IN_NAME.search(text[:start]) if pattern is orgs.EN_TAIL_RUN else None
            if numbered is not None and words[0] in orgs.EN_TAIL and not MONTHS_DAYS.match(numbered.group(1)):
                # "Fulwell 73 Productions": a number inside the name, which the run of capitals stops at
                start, words = numbered.start(), [*numbered.group(0).split(), *words]
            if "to" in words[1:-1] and (
                len(words) - words.index("to", 1) == 2 or is_place_name(words[words.index("to", 1) + 1])
            ):
                # a purpose is a verb and its object ("Committee to Protect Writers"); one word or a place
                # after "to" is where something goes ("the X Institute to Quillpens", "X Airways to Dubai")
                words = words[: words.index("to", 1)]
            if "for" in words[1:-1] and words[-1] in orgs.EN_TAIL:
                # "made by Northgate Pictures for Sable Studios", "the film Heart of the Beast for Paramount
                # Pictures": a firm that works for another, or a work made for one; a body named by its purpose
                # opens with its kind ("Campaign for X", "Centre for Policy Studies")
                k = words.index("for", 1)
                head = words[1] if words[0] == "The" and len(words) > 2 else words[0]
                people = is_role_noun(head.lower().removesuffix("s")) or is_person_noun(head.lower().removesuffix("s"))
                # ("Berkman Klein Center for Internet and Society": a kind that names a purpose ends the part before)
                purpose = words[k - 1] in orgs.EN_HEAD
                kind_first = head in orgs.EN_HEAD or head in orgs.EN_TAIL
                if not kind_first and not people and not purpose and k + 1 < len(words):
                    if words[k - 1] in orgs.EN_TAIL and k >= 2 and not _overlaps(taken, start, start + 1):
                        first = clean_org(" ".join(words[:k]))
                        add("organisation", first, index, start, start + len(" ".join(words[:k])))
                    start, words = text.find(words[k + 1], start), words[k + 1 :]
            if "against" in words[1:-1] and _place_after(words, words.index("against", 1)):
                # a body against a thing is named by its purpose ("Committee against Torture"); against a
                # country it is a case or a measure ("the Criminal Court against Kessland's president")
                words = words[: words.index("against", 1)]
            if headline and _headline_common_words(words, lowercase):
                taken.append((start, piece.end()))  # common words, not a name: not the people finder's either
                continue
            if headline and len(words) > 2 and words[1] in orgs.EN_HEAD and re.search(r"\bto\s+$", text[:start]):
                start, words = text.find(words[1], start), words[1:]  # "... to Lead Office of X": a verb before it
            opens = not text[:start].strip(" \"'“‘(")
            if opens and pattern is orgs.EN_TAIL_RUN and _headline_common_words(words, lowercase):
                continue  # "Renewable energy ... Renewable Energy is": common words capitalised by the sentence
            if "and" in words[1:-2] and _place_then_and(words):
                k = words.index("and")  # "a service to Osaka and VietJet Air adding": the town, then the body
                start, words = text.find(words[k + 1], start), words[k + 1 :]
            name = clean_org(" ".join(words))
            if name.split()[-1] in ("Act", "Acts", "Bill"):
                taken.append((start, piece.end()))
                continue  # "the X Council of Ruritania Act 2022": a law named after the body, no body
            if all(is_title(w) for w in name.split()):
                continue  # "former eBay Chief Executive Meg Roe": a title the tail word ends, no body
            if pattern is orgs.EN_TAIL_RUN and weak_trade_name(name.split(), lowercase):
                continue  # "a degree in Aerospace Engineering", "Mines and Energy": common words, no firm
            if pattern is orgs.EN_TAIL_RUN and len(words) >= 4 and words[-3:-1] == ["of", "the"] and re.match(
                r"\s+(?:region|province|state|district|county)\b", text[piece.end() :]
            ):
                words = words[:-3]  # "the Tolvik District of the Volta region": the area's own region is no word
            if pattern is orgs.EN_TAIL_RUN and words[-1:] == ["District"] and len(words) == 2 and _area_name(words[0]):
                continue  # "the Tolvik District": an area of a country (the place finder reads it), no body
            if pattern is orgs.EN_TAIL_RUN and _PORTFOLIO_BEFORE.search(text[:start]) and words[-1] not in BODY_NOUNS:
                continue  # "minister for Lands and Natural Resources": the minister's portfolio, no body (a body is
                # one: "commissioner for the X Commission")
            if words[-1] in ("Program", "Programme", "Project") and _JOB_AFTER.match(text, piece.end()):
                continue  # "ERC Program Manager Jane Roe", "X Program Manager at NASA": a job title's words
            if _VENUE.search(name):
                taken.append((start, piece.end()))
                continue  # "the Telus Convention Centre", "the San Martín Cultural Centre": a venue, no body
            if name.startswith("Parliament for ") and re.search(r"\bMember\s+of\s+Parliament\s+for\s", text):
                continue  # "Member of Parliament for X": a member's seat, read as a place (place_shapes.seats)
            if name.split()[-1:] and name.split()[-1] in PLACE_KIND_WORDS:
                continue  # "Member of Parliament for Riverside Constituency": the district is a place
            if len(name.split()) < 2 and pattern is not orgs.DA_COMPOUND:
                continue
            if pattern is orgs.DA_COMPOUND and " " not in name and name.lower() in lowercase:
                continue  # "Oliefabrikken i Århus ... på oliefabrikken": a common noun the article writes in lower case
            if pattern is orgs.DA_COMPOUND and common_noun_opening(name, text[:start], lowercase, whole):
                continue  # "Mejerikoncernen Tolvik Holm ... den jyske mejerikoncern": the noun opening a sentence
            area = _AREA_OF.fullmatch(name)
            if area is not None and is_place_name(area.group(1)):
                continue  # "the Department of Oruro": an area of a country, read as the place it names
            if _leaders_term(name, lowercase, whole):
                continue  # "the Bush Administration": a leader's term in office, no named body
            if headline and " to " in name:
                continue  # "Council to Vote on Budget": in a headline in title case "to" starts a verb
            piece_end = piece.start() + len(piece.group(0))
            if name.split()[-1] == "League" and COMPETITION_AFTER.match(text, piece_end):
                continue  # "a Champions League match", "the X League final": a competition, no body
            known = lookup(name)
            if _overlaps(taken, start, piece.end()) or (known is not None and known.kind == "place"):
                continue
            owner_entry = lookup(name.split()[0][:-1]) if pattern is orgs.DA_GENITIVE_BODY else None
            if owner_entry is not None and owner_entry.kind == "place":
                continue  # "Danmarks regering", "Københavns kommune": a place's, read as the place
            if name.split()[0] in ("Deputy", "Assistant", "Associate", "Acting", "Senior") and re.match(
                r"\s+(?:Manager|Director|Coordinator|Officer|Chair|Advisor|Adviser|Secretary)\b", text[piece.end() :]
            ):
                continue  # "Deputy Campaign Manager": a title, not an organisation
            if re.match(r"\s+(?:[A-Z][a-z]+\s+)?(?:Officer|Director|Executive|Secretary|Minister|Chairman)\b",
                        text[piece.end() :]) and name.split()[-1] not in BODY_NOUNS:  # fmt: skip
                continue  # "Quelmark Chief Financial Officer": a title, not an organisation (but "X Committee
                # Chairman Jane Roe": the committee, then its chairman)
            if _common_words_then_title(name, text[piece.end() :], lowercase):
                continue  # "Local Community Inspector Jane Roe": a rank's words before a person's name, no body
            follow = re.match(r"\s+([A-Z][a-z]+)(?![\w'’-])", text[piece.end() :])
            head_first = _head_then_place(text, piece.end(), name) if pattern is orgs.EN_TAIL_RUN and follow else None
            if head_first is not None:
                # "Dr. Jane Roe of Hospital Kuala Lumpur": a body named head first, then its town, as Malay, Spanish
                # or Indonesian names run; what came before "of" is the person, no word of it
                if not _overlaps(taken, head_first[0], head_first[1]):
                    add("organisation", text[head_first[0] : head_first[1]], index, *head_first)
                continue
            if pattern is orgs.EN_TAIL_RUN and follow and not MONTHS_DAYS.match(follow.group(1)):
                word = follow.group(1)
                # (two or three capitalised words then a lower-case one or a stop: a person's name after the body,
                # "the Ruritanian Armed Forces Hassan Rashid Omar was")
                named_after = _PERSON_AFTER.match(text, piece.end())
                common = lookup(word) is None and word not in person_names()[0] and not is_role_noun(word)
                if named_after is None and common:
                    continue  # "the Cape Hale Air Force Station": the body's name qualifies another thing
                    # (a job after it, "Supreme Court Judge X", leaves it a body)
            at = text.find(name, start)  # the stretch of the name as cleaned, not of the whole match
            owner = _OWNER_BEFORE.search(text[:at]) if at > 0 else None
            addressed_owner = (
                owner is not None and owner.group(1).split()[0] in _PERSON_TITLES - {"The"} and " of " in owner.group(1)
            )  # ("Dr Jane Roe of the University's": a titled person "of" a body; "the Justice Department's" is one)
            owner_named = owner is not None and owning_body(owner.group(0)) and " " in owner.group(1).strip()
            if owner is not None and owner_named and not addressed_owner:
                # ("Dr Jane Roe of the University's Institute": a person of the owner, no body's name)
                owned_from = owner.start(1)  # "Harvard University's Berkman Center": the owner is a body too
                if not _overlaps(taken, owned_from, owned_from + len(owner.group(1))):
                    add("organisation", owner.group(1), index, owned_from, owned_from + len(owner.group(1)))
            shared = _SHARED_HEAD.search(text[:at]) if at > 0 else None
            if shared is None and lang == "da" and at > 0 and " " in name and name.split()[0].endswith("s"):
                shared = _DA_SHARED_GENITIVE.search(text[:at])  # "Sydsjællands og Lolland-Falsters Politi"
                if shared is not None and lookup(shared.group(1)) is not None:
                    shared = None  # "i Aarhus og Østjyllands Politi": a town, then the body
            if shared is not None:  # "Nord- og Sydjyllands Politi": the first part shares the second's end
                name, at = text[shared.start() : at] + name, shared.start()
            campus = _CAMPUS.match(text, at + len(name)) if at >= 0 and _CAMPUS_HEAD.match(name) else None
            if campus is not None and MONTHS_DAYS.match(campus.group(1)) is None:
                name += campus.group(0)  # "University of Colorado at Boulder": the campus is in the name
            branch = _BRANCH.match(text, at + len(name)) if at >= 0 and name.endswith("University") else None
            if branch is not None and _is_country_or_capital(branch.group(1)):
                name += branch.group(0)  # "Harbour University Ruritania": a branch campus named by its country
            fields = listed_fields(text, at + len(name), name, lowercase) if at >= 0 else ""
            name += fields  # "Ministry of Labour, Immigration and Population": every field is a word of the name
            more = _RUN_ON.match(text, at + len(name)) if at >= 0 and _CONNECTED.search(name) else None
            if more is not None and not MONTHS_DAYS.match(more.group(1)) and lookup(more.group(1)) is None:
                name += more.group(0)  # "Project on Government Oversight": the words after "on X" too
            owned = name.split()
            if (
                re.search(r"['’]s\s+$", text[: max(at, 0)])
                and owned[0] in person_names()[0]
                and not any(w in orgs.EN_HEAD or w in orgs.EN_TAIL for w in owned[1:])
            ):
                continue  # "University of Guam's Ron McNinch on North Korea": the body's person, then a topic
            ordinal = _UNIT_ORDINAL.search(text[:at]) if at > 0 and name.split()[0] in _MILITARY_UNITS else None
            ordinal = ordinal or (_DATE_NAMED.search(text[:at]) if at > 0 else None)
            ordinal = ordinal or (_NUMBERED.search(text[:at]) if at > 0 else None)
            if ordinal is not None:  # "the 13th Regiment of Mountain Rangers": a unit's number is part of its name
                name, at = text[ordinal.start(1) : at] + name, ordinal.start(1)  # ("the April 6 Youth Movement")
            add(
                place_shapes.hospital_kind(lang, name, text[: max(at, 0)]),
                name,
                index,
                at if at >= 0 else start,
                at + len(name) if at >= 0 else piece.end(),
            )
            if meeting:
                taken.append((start, piece.end()))  # (the meeting's word is no second body: "Congress")


# A capitalised job and a person's name: "Inspector Jane Roe".
_TITLE_AND_NAME = re.compile(r"\s+([A-Z][a-z]+)\s+[A-Z][a-z]+\s+[A-Z][\w'’-]+")


def _common_words_then_title(name: str, after: str, lowercase: frozenset[str]) -> bool:
    """Whether a run of common words ending in a body's word ("Local Community") is the start of a title before a
    person's name ("Local Community Inspector Jane Roe"); a body's own noun ("Council", "Agency") stays a body."""
    title = _TITLE_AND_NAME.match(after)
    words = name.split()
    if title is None or not is_role_noun(title.group(1).lower()) or words[-1] in BODY_NOUNS or lookup(name):
        return False  # ("Home Office Minister Jane Roe": a body the lists know)
    common = common_words()
    return all(w.lower() in lowercase or w.lower() in common for w in words)


def _place_then_and(words: list[str]) -> bool:
    """Whether a run opens with a place the gazetteer knows, then "and" ("Osaka and VietJet Air"), where the place
    and "and" are no part of the body's name ("Bosnia and Herzegovina Football Federation": a longer place is)."""
    k = words.index("and")
    if words[-1] in _AREA_BODIES:
        return False  # "Cardiff and Vale Health Board", "Devon and Cornwall Police": two areas name one body
    first = lookup(" ".join(words[:k]))
    longer = lookup(" ".join(words[: k + 2]))
    return first is not None and first.kind == "place" and longer is None and len(words) - k - 1 >= 2


# The last words of bodies that serve an area, which British copy names by two places joined by "and".
_AREA_BODIES = {"Police", "Constabulary", "Council", "Board", "Authority", "Service", "Commission", "Partnership"}


def _area_name(word: str) -> bool:
    """Whether a word before "District" names a place rather than a service ("Tolvik District", not "Water
    District" or "School District"): no common word, no body's word, and a place if the gazetteer knows it."""
    entry = lookup(word)
    plain = word.lower() in common_words() or word in orgs.EN_TAIL or word in orgs.EN_HEAD
    return not plain and (entry is None or entry.kind == "place")


def _place_after(words: list[str], at: int) -> bool:
    """Whether the words after `at` (its first one, or all of them, without a possessive) name a place."""
    rest = [re.sub(r"['’]s?$", "", w) for w in words[at + 1 :] if w != "the"]
    return bool(rest) and (is_place_name(rest[0]) or is_place_name(" ".join(rest)))

"""Where an organisation's name starts and ends: without the words that describe, own or open it ("the NGO",
"London-based", a sentence's first word), without a date or a person run on after it, split where "and" joins two
bodies, and the name an acronym in brackets stands for."""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefing_app.core.facts import orgs
from briefing_app.core.facts.gazetteer import lookup, person_names
from briefing_app.core.facts.gazetteer import names_a_place as is_place_name
from briefing_app.core.facts.name_words import LEADING_FUNCTION_WORDS, MONTHS_DAYS
from briefing_app.core.facts.org_owner_names import (
    possessive_is_own,
    without_period,
    without_person_owner,
    without_scale_word,
)
from briefing_app.core.facts.org_papers import PAPER_WORDS
from briefing_app.core.facts.people_named_of import titled_person_before_of
from briefing_app.core.facts.roles import is_role_noun

# The last word of a defined name that makes it a place, not a body: an electoral district.
PLACE_KIND_WORDS = {"Constituency"}


# Acronyms of a kind of body ("NGO") that describe the body named after them: "the NGO Open Doors".
_DESCRIBING = {"NGO", "NGOs", "INGO", "charity"}


def _after_describer(words: list[str]) -> list[str]:
    """The name after a word that only describes or owns it: "Greek NGO Hellenic League", "the United Nations'
    Committee Against Torture" (the owner is a body of its own, which the gazetteer or an acronym finds)."""
    for i in range(min(len(words) - 3, 5), -1, -1):
        word = words[i]
        if word in _DESCRIBING and i <= 3:
            return words[i + 1 :]
        if word.endswith(("'", "’", "'s", "’s")) and lookup(re.sub(r"['’]s?$", "", " ".join(words[: i + 1]))):
            return words[i + 1 :]  # a known owner ("Workers' Party" keeps its own)
        if word.endswith(("'s", "’s")) and owning_body(" ".join(words[: i + 1])):
            return words[i + 1 :]  # "NASA’s Glenn Research Center", "Harvard University's Berkman Center"
    return words


def owning_body(owner: str) -> bool:
    """Whether a name in the singular possessive ("NASA’s", "Harvard University's", "the Baath Party's") is a body
    that owns the body named after it: an acronym, or a name ended by a body's word."""
    words = re.sub(r"['’]s$", "", owner.strip()).split()
    while words and words[0].lower() in LEADING_FUNCTION_WORDS:
        words = words[1:]
    if not words:
        return False
    if len(words) == 1 and re.fullmatch(r"[A-Z][A-Z&]{1,6}", words[0]):
        return words[0] not in orgs.NOT_ORG_ACRONYMS
    if len(words) >= 3 and any(w in orgs.EN_HEAD and n == "of" for w, n in zip(words, words[1:], strict=False)):
        return True  # "the U.S. Department of Transportation's X Administration"
    return len(words) >= 2 and words[-1] in orgs.EN_TAIL


# A name opening with its owner in the possessive: "UN's World Food Programme", "The BBC's World Service".
_OWNER_FIRST = re.compile(r"(?:The\s+)?((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*)['’]s\s+(?=[A-Z])")


def owner_cut(name: str) -> int:
    """Where a body's own name starts after an owner in the possessive that the gazetteer knows or that is a body
    ("UN's World Food Programme": 5, "Britain's National Grid"), else 0; "Fishermen's Weekly" keeps its word."""
    m = _OWNER_FIRST.match(name)
    if m is None or len(name[m.end() :].split()) < 2:
        return 0
    return m.end() if lookup(m.group(1)) is not None or owning_body(m.group(1)) else 0


_OFFICE_OF_A_TITLE = re.compile(r"(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+(?:Office|Department|Bureau|Cabinet)$")


# An acronym of a body and "and (the)" opening a defined name: a list's first body ("XWAS and the Union of ...").
_ACRONYM_AND_BEFORE = re.compile(r"(?:The\s+)?[A-Z]{2,}\s+and\s+(?:the\s+)?(?=[A-Z])")


def defined_name(name: str, acronym: str) -> str:
    """The name an acronym in brackets stands for, without leading words none of its letters stand for
    ("Deputies of the Party 7 Harbours (P7H)": the deputies are no part of the party's name); the whole name
    when its capitals do not spell the acronym, which then abbreviates the name in another language."""
    words = name.split()
    comma = max((k for k, w in enumerate(words[:-1]) if w.endswith(",")), default=None)
    person = comma is not None and 1 <= comma <= 3 and all(w[:1].isupper() for w in words[: comma + 1])
    given = words[0] in person_names()[0] and words[0].lower() not in LEADING_FUNCTION_WORDS
    if person and comma is not None and given:
        # "Jane Q. Roe, U.S. Attorney for the Eastern District of X (EDX)": a person and her office before the
        # acronym; the office's words are the body's, the person's are not
        return clean_org(" ".join(words[comma + 1 :]))
    letters = _letters(words)
    if not all(c in letters for c in acronym if c.isupper() or c.isdigit()):
        # (another body's acronym and "and the" before it are no part of it: "XWAS and the Union of Tolvik Ports
        # (UPT)", a list of two bodies)
        listed = _ACRONYM_AND_BEFORE.match(name)
        if listed is not None and len(name[listed.end() :].split()) >= 2:
            name = name[listed.end() :]
        return clean_org(name)  # an acronym of the name in its own language ("Council of Churches (DGR)")
    comma = max((k for k, w in enumerate(words[:-1]) if w.endswith(",")), default=None)
    after = words[comma + 1 :] if comma is not None else []
    country = next((k for k in (2, 1) if len(after) > k + 1 and is_place_name(" ".join(after[:k]))), 0)
    if comma is not None and (_spells(after, acronym) or (country and _spells(after[country:], acronym))):
        # ("the European Commission, US Department of Justice (DOJ)": a list of bodies, the last one's country kept)
        # "in Madrid, International Monetary Fund (IMF) managing director": the words after the last comma spell
        # the acronym on their own; what comes before the comma (a place, a list) is no part of the name
        words = words[comma + 1 :]
    listed = _ACRONYM_AND_BEFORE.match(" ".join(words))
    rest = " ".join(words)[listed.end() :].split() if listed is not None else []
    spelt = _letters(rest)
    if len(rest) >= 2 and all(c in spelt for c in acronym if c.isupper() or c.isdigit()):
        words = rest  # "XWAS and the Tolvik Football Federation (TFF)": the list's first body is no part of it
    owner = _owner_spelt(words, acronym)
    if owner:
        return clean_org(" ".join(words[owner:]))  # "X Division of the American Y Society (AYS)": the society's
    skipped = ("of", "the", "for", "on", "in")
    while len(words) > 2 and (words[0][:1].upper() not in acronym.upper() or words[0] in skipped):
        if words[0] in orgs.EN_HEAD and not any(_another_body_word(words, k) for k in range(1, len(words))):
            break  # "Department of Veterans Affairs (VA)": the acronym skips the body's head, the name keeps it
        if any(is_place_name(" ".join(words[:k])) and words[k : k + 1] != ["and"] for k in (3, 2, 1)):
            break  # "United States Department of State (DoS)": the country the body is of stays in its name
            # (not a town's name before "and": "Administrator Jane Nelson and U.S. Department of X (DX)")
        words = words[1:]
    return clean_org(" ".join(words))


def _another_body_word(words: list[str], k: int) -> bool:
    """Whether words[k] is a body's head, or a body's tail that closes a name (last, or before "of"/"for"): "X
    Division of the American Y Society". A tail word inside the area a department serves closes nothing:
    "Department for Business, Energy and Industrial Strategy (BEIS)" keeps its head."""
    word = words[k].rstrip(",")
    if word in orgs.EN_HEAD:
        return True
    return word in orgs.EN_TAIL and (k == len(words) - 1 or words[k + 1] in ("of", "for"))


def _owner_spelt(words: list[str], acronym: str) -> int:
    """Where the body after the last "of (the)" starts when its own capitals spell the whole acronym, one letter a
    word, and the words before it end with a body's word: the acronym is the owner's, the part before a body of
    its own ("the X Division of the American Y Society (AYS)"); else 0."""
    at = max((k for k, w in enumerate(words[:-1]) if w == "of"), default=0)
    before = [w for w in words[:at] if w.lower() not in LEADING_FUNCTION_WORDS]
    if not at or words[at - 1] not in orgs.EN_TAIL or len(before) < 2 or words[at + 1 : at + 2] != ["the"]:
        # ("Department of Veterans Affairs (VA)", "Jane Roe and U.S. Department of Health and Human Services
        # (HHS)": the acronym skips the head of one name; an owner is named with "of the")
        return 0
    if "and" in words[:at] or words[-1] not in orgs.EN_TAIL:
        return 0
    start = at + 2
    capitals = "".join(w[0] for w in words[start:] if w[:1].isupper())
    spelt = capitals == acronym.upper() and all(w[:1].isupper() or w in ("of", "and", "for") for w in words[start:])
    return start if spelt and len(words) - start >= 2 else 0


def owned_part(name: str, full: str) -> str:
    """The body a defined name holds before "of (the)" and its owner's name ("High Energy X Division" of "The High
    Energy X Division of the American Y Society"), "" when there is none."""
    at = name.rfind(" of the " + full) if " of the " + full in name else name.rfind(" of " + full)
    if at <= 0:
        return ""
    words = name[:at].split()
    while words and words[0].lower() in LEADING_FUNCTION_WORDS:
        words = words[1:]
    return " ".join(words) if len(words) >= 2 and words[-1] in orgs.EN_TAIL else ""


def _letters(words: list[str]) -> Iterator[str]:
    """The letters a name gives its acronym, in order: each capitalised word's first (a word in capitals gives all
    of them: "USA Gymnastics (USAG)"), and the "O" of an "of" some acronyms keep ("Department of Justice (DOJ)")."""
    for w in words:
        if w[:1].isupper() or w[:1].isdigit():
            yield from w if w.isupper() else w[0]
        elif w == "of":
            yield "O"


def _spells(words: list[str], acronym: str) -> bool:
    """Whether the capitals of `words` give every capital of `acronym`, in order, starting with the first word."""
    if len(words) < 2 or not words[0][:1].isupper() or words[0][0] != acronym[:1]:
        return False
    letters = _letters(words)
    return all(c in letters for c in acronym if c.isupper() or c.isdigit())


_PLACE_COMPOUND = re.compile(
    r"[A-Z][\w'’.]*-(?:based|led|backed|owned|run|funded|linked|affiliated|allied|aligned|born|registered|controlled|"
    r"sponsored|supported|headquartered|wide)"
)


_ABBREVIATIONS = {"Co", "Inc", "Ltd", "Corp", "Bros", "Cos", "Plc", "Pty", "Cie", "Jr", "Sr", "St", "Dept", "Assn",
                  "Univ", "Mfg", "Intl"}  # fmt: skip


# The boards that govern a body, named with it ("the Board of Trustees of X University"): the body is the name.
_GOVERNORS = {"Directors", "Trustees", "Governors", "Management", "Regents"}


# What a sentence opening "X of/in <body>" says of the body, never a word of its name ("Shares of Acme Inc.").
_HOLDERS = {"Shares", "Stock", "Stocks", "Shareholders", "Investors", "Employees", "Staff", "Customers", "Clients"}


_HONORIFICS = {"Dr.", "Dr", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Prof.", "Prof", "Professor",
               # ranks abbreviated before a name in police and military copy ("Lt. Eric Roe of Lexington Police")
               "Lt.", "Sgt.", "Capt.", "Det.", "Cpl.", "Col.", "Maj.", "Gen.", "Cmdr.", "Insp.", "Supt.",
               # (British copy writes them without the stop, and police ranks by initials: "Det Insp X of Y Police")
               "Lt", "Sgt", "Capt", "Det", "Ch", "Insp", "Supt", "PC", "PCSO", "DCI"}  # fmt: skip


def _given_name_owns_a_place_body(words: list[str]) -> bool:
    """ "Hector's Oxbridge Union": a given name alone in the possessive, then a body whose name opens with a town
    the gazetteer knows and ends with a body's word, is the person's, no word of the name ("Wendy's International
    Inc": no town follows, the possessive is the name's own)."""
    owner = re.fullmatch(r"([A-Z][a-z]+)['’]s", words[0])
    return (
        owner is not None
        and owner.group(1) in person_names()[0]
        and is_place_name(words[1])
        and words[-1] in orgs.EN_TAIL
    )


# A monarch's or a royal's title before a given name and a body's word names the body after them, title and all
# ("Queen Margaret University", "Prince Charles Hospital", "King Edward VII Hospital"): no person's title there.
_ROYALS = frozenset(("King", "Queen", "Prince", "Princess", "Duke", "Duchess"))


def named_after_a_royal(words: list[str]) -> bool:
    """Whether a name opens with a royal title, a given name (and a regnal number) and then a body's word."""
    if len(words) < 3 or words[0] not in _ROYALS or words[1] not in person_names()[0]:
        return False
    at = 3 if re.fullmatch(r"[IVX]{1,4}", words[2]) and len(words) > 3 else 2
    return words[at] in orgs.EN_TAIL


_CLEAN_ORG_RE1 = re.compile(r"['’]s$")


def _names_alone(word: str) -> bool:
    """Whether one capitalised word can name a body by itself: a firm's own word or a paper's ("Courier"), not a
    kind of body ("Coalition", "Group", "Ministry")."""
    return word[:1].isupper() and (word not in orgs.EN_TAIL or word in PAPER_WORDS) and word not in orgs.EN_HEAD


def _place_owner_words(words: list[str]) -> int:
    """How many words open the name with a place in the genitive ("South Africa's Vodacom" in news copy: the
    firm's country, said before its name); 0 when the rest is a kind of body the place tells apart ("Russia's
    Defence Ministry") or when no place owns it ("Women's Aid", "King's College")."""
    for i in range(min(3, len(words) - 1)):
        if not re.fullmatch(r"[A-Z][\w.]*['’]s", words[i]):
            continue
        place = " ".join([*words[:i], words[i][:-2]])
        rest = words[i + 1 :]
        if is_place_name(place) and rest[0][:1].isupper() and not any(w in orgs.EN_HEAD for w in rest):
            return i + 1 if len(rest) > 1 or _names_alone(rest[0]) else 0
        return 0
    return 0


def clean_org(name: str) -> str:
    """An organisation's name without a leading article, sentence opener or job ("Informationssekretær i")."""
    words = _after_describer(name.strip().split())
    # (only a body ended by its kind: "Dr. Jane Roe of Hospital Kuala Lumpur" is read whole, head first, elsewhere)
    if words and words[0] in _HONORIFICS and "of" in words[2:-2] and words[-1] in orgs.EN_TAIL:
        words = words[words.index("of", 2) + 1 :]  # "Dr. Sean Roe of York University": the person, then the body
    elif titled_person_before_of(words):
        # people_named_of: "Chief Superintendent Tom Roe of the Kerry Division": the titled person, then the body
        words = words[titled_person_before_of(words) :]
    if len(words) > 2 and words[0] in ("Former", "Then", "Defunct", "Now-defunct"):
        words = words[1:]  # "Former Harbour Research Agency and ... leader": what the body was to someone, no name
    while len(words) > 2 and _PLACE_COMPOUND.fullmatch(words[0]):
        words = words[1:]  # "London-based", "Saudi-backed": where the body is or who backs it, no word of its name
    if len(words) == 2 and _PLACE_COMPOUND.fullmatch(words[0]) and _names_alone(words[1]):
        words = words[1:]  # "the Leeds-based Courier": one word names the body (not "the Saudi-led Coalition")
    words = words[_place_owner_words(words) :]  # "Norway's Telvora": the body's country, no word of its name
    if len(words) > 2 and words[1] == "the" and words[0] != "The":
        words = words[2:]  # "Named the Pacific Trade Council, ...": a sentence's first word, then the name
    while len(words) > 1 and (words[0].lower() in LEADING_FUNCTION_WORDS or is_role_noun(words[0])):
        if words[0] == "All" and len(words) > 2 and is_place_name(words[1]):
            break  # "the All England Club", "All India Radio": all of a country, a word of the name
        if words[0].lower() not in LEADING_FUNCTION_WORDS and _OFFICE_OF_A_TITLE.match(" ".join(words)):
            break  # "Attorney General's Office", "Prime Minister's Office": the office of a title is a body
        if named_after_a_royal(words):
            break  # "Queen Margaret University": a body named after a royal, no job before a name
        if words[0] == "Official" and words[-1] in orgs.EN_TAIL:
            break  # "the Official Charts Company", "Official Unionist Party": the adjective opens the name, no job
        if words[0].lower() not in LEADING_FUNCTION_WORDS and len(words) == 2:
            break  # "General Assembly", "General Motors": a title's word that heads the name, not a job before it
        if words[0].lower() not in LEADING_FUNCTION_WORDS and words[0] in orgs.EN_HEAD and words[1] in ("of", "for"):
            break  # "Ministry of Defence": a body's head word ("ministry" is also the clergy's work), not a job
        words = words[1:]
    words = without_period(without_scale_word(without_person_owner(words)))  # "Rupert Roe's X", "800 Million X", "X H1"
    owner = re.fullmatch(r"[A-Z][a-z][\w-]*['’]s", words[0]) if len(words) > 3 else None
    if owner is not None and words[-1] in orgs.EN_TAIL and words[1][:1].isupper() and not possessive_is_own(words[0]):
        words = words[1:]  # "Rajapaksa's United People's Freedom Alliance": its leader's, no word of its name
    if len(words) >= 3 and _given_name_owns_a_place_body(words):
        words = words[1:]  # "Hector's Kessby Union speech": a person's, then a body named by its town
    if len(words) > 2 and words[0] in _HOLDERS and words[1] in ("of", "in"):
        words = words[2:]  # "Shares of Acme Group Inc. (ACME) slid": what the sentence says of the body, no name
    if len(words) > 5 and words[0] == "Board" and words[2] in _GOVERNORS and words[1] == words[3] == "of":
        words = words[4 + (words[4] == "the") :]  # "Board of Directors of the X Hospital": the body it governs
    if len(words) > 2 and words[-2:] == ["Chief", "Executive"]:
        words = words[:-2]  # "former Dunmore Chief Executive Meg Roe": the body, then the title of the person after it
    name = " ".join(words)
    name = _CLEAN_ORG_RE1.sub("", name).strip(" ,")
    last = name.split()[-1] if name else ""
    # (the sentence's full stop, not an abbreviation's: "by research firm Ovum." but "Acme Co.", "Smith Bros.")
    sentence_stop = len(last) > 5 or (len(last) > 3 and last[:-1] not in _ABBREVIATIONS and "." not in last[:-1])
    return name[:-1] if name.endswith(".") and sentence_stop else name


_WEEKDAY = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")


_PAPER_WORDS = {"Times", "Post", "Telegraph", "Tribune", "Herald", "Mirror", "Express", "Star", "Sun", "Mail",
                "Independent", "Observer", "Standard", "Sport", "Journal", "Chronicle", "Gazette",
                "Record", "Courier", "Examiner", "Inquirer", "Dispatch", "Review", "Monitor", "Bulletin"}  # fmt: skip


# Kinds of territory a body's name may end with: "Ministry of Health for the Province of X" is one body.
_TERRITORIES = {"Province", "State", "Region", "County", "City", "District", "Republic", "Governorate",
                "Municipality", "Territory", "Canton", "Prefecture", "Department"}  # fmt: skip


# A company's legal form, which ends its name: "of" after it says where the company is.
_COMPANY_FORMS = {"LLC", "Inc", "Inc.", "Ltd", "Ltd.", "LLP", "Corp", "Corp.", "GmbH", "plc", "PLC", "Co.", "L.L.C."}


# Words that open a title and never end a body's name ("Senior Official", "Deputy Director", "Acting Head").
_TITLE_OPENERS = ("Senior", "Deputy", "Acting", "Assistant", "Principal")


# The building a body sits in, named after it ("the Ministry of Lands Headquarters", "the X Complex").
_SEAT_WORDS = {"Headquarters", "HQ", "Building", "Complex", "Compound", "Premises", "Offices"}


# Posts held in a body, written between its name and the part of it they head ("X Director of Y").
_OFFICE_TITLES = {"Director", "Directors", "Head", "Chief", "Secretary", "Manager", "Commissioner", "Superintendent",
                  "Coordinator", "Chair", "Chairman", "Chairwoman", "President", "Dean", "Deputy"}  # fmt: skip


_TIME_PREPOSITIONS = {"on", "in", "since", "until", "by", "from", "through"}
_MONTH_ABBREVIATION = re.compile(r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec")


def trim_org_words(words: list[str]) -> list[str]:
    """An organisation's words without a date, a model's code or a person's name run on after them ("Court of
    Cassation on July", "Department of Defense X-2 Program", "Air Force for Acquisition Darleen Druyun")."""
    for i, word in enumerate(words):
        if i == 0 and len(words) == 2 and _WEEKDAY.match(word) and words[1] in _PAPER_WORDS:
            break  # "Sunday Times", "Saturday Courier": a paper named by the day it comes out
        if (
            MONTHS_DAYS.match(word.rstrip(".,;:!?"))
            # (not a name that opens with its digits after "The": "The 3GSM World Congress")
            or (
                i
                and re.search(r"[A-Za-z]", word)
                and re.search(r"\d", word)
                and not (i == 1 and words[0] == "The" and re.match(r"\d[\dA-Z]*[A-Z]", word))
            )
            # ("X Securities on Aug. 16": a month cut short after a preposition of time; "Jan" alone is a name)
            or (i and words[i - 1] in _TIME_PREPOSITIONS and _MONTH_ABBREVIATION.fullmatch(word.rstrip(".,")))
        ):
            words = words[:i]  # a date, or a model's code ("Department of Defense Nanosat-2 Program")
            break
    given, _ = person_names()
    for i in range(1, len(words) - 1):
        if words[i] in given and words[i + 1][:1].isupper() and i + 2 == len(words):
            # "... of Santa Fe": a place, not a person run on after the name; "... Grant Program": a body's
            # word ends the name, no person's
            if lookup(" ".join(words[i:])) is not None or words[i + 1] in orgs.EN_TAIL:
                break
            words = words[:i]
            while len(words) > 3 and {"of", "on", "for"} & set(words[1:-2]) and is_role_noun(words[-1].lower()):
                # "Board of Governors Chairman Jane Roe", "Council on X Quality Chair Jane Roe": the body, the
                # person's title, the name
                words = words[:-1]
            break
    if (
        len(words) > 4
        and words[-1] in given
        and is_role_noun(words[-2].lower())
        and words[-2] not in orgs.EN_TAIL
        and {"of", "on", "for"} & set(words[1:-3])
    ):
        words = words[:-2]  # "Council on X Quality Chair Jane": the run stopped inside the person's name
    form = next(
        (i for i in range(1, len(words) - 1) if words[i].rstrip(",.") in _COMPANY_FORMS and words[i + 1] == "of"), None
    )
    if form is None and len(words) >= 4 and words[-3] in ("Corporation", "Company") and words[-2] == "of":
        town = lookup(words[-1])
        form = len(words) - 3 if town is None or town.detail != "country" else None  # ("... Corporation of India")
    if form is not None:
        words = words[: form + 1]  # "Acme Engineering LLC of Denver": the company's form ends it, then its town
    ofs = [i for i, w in enumerate(words) if w == "of"]
    if len(ofs) >= 2:
        tail = " ".join(w for w in words[ofs[-1] + 1 :] if w != "the")
        entry = lookup(tail)
        territory = words[ofs[-1] - 1] in _TERRITORIES  # "for the Province of Santa Fe": the body's own reach
        # "University of Sheffield of the UK" describes; "Ministry of Trade and Industry of Ruritania" names
        described = ofs[-1] + 1 < len(words) and words[ofs[-1] + 1] == "the"
        if entry is not None and entry.kind == "place" and not territory and described:
            words = words[: ofs[-1]]  # "University of Sheffield of the UK": the country is no part of it
    if len(ofs) == 1 and ofs[0] >= 2 and words[ofs[0] - 1] in ("University", "College", "Institute", "School"):
        # "Brenna State University of the US": a school already named, then the country it is in ("the University
        # of the West Indies" keeps its "of": nothing names the school before it)
        where = [w for w in words[ofs[0] + 1 :] if w != "the"]
        entry = lookup(" ".join(where)) if where and words[ofs[0] + 1 : ofs[0] + 2] == ["the"] else None
        if entry is not None and entry.kind == "place" and entry.detail == "country":
            words = words[: ofs[0]]
    titled = next((i for i in range(1, len(words) - 2) if words[i + 1] == "of" and words[i] in _OFFICE_TITLES), 0)
    if titled and "of" not in words[:titled] and re.fullmatch(r"[A-Z]{2,6}", words[titled - 1]):
        return words[:titled]  # "OCSD Director of Student Services": the body's letters, then a post in it
    for i in range(2, len(words)):
        if words[i] in _TITLE_OPENERS and all(is_role_noun(w) for w in words[i + 1 :]):
            words = words[:i]  # "Bureau of X Affairs Senior Official": a title after the name
            break
    while words and words[-1] in ("of", "for", "on", "and", "the", "&"):
        words = words[:-1]
    seat = len(words) >= 4 and words[-1].rstrip(".,;:") in _SEAT_WORDS and "of" in words[1:-2]
    if seat and words[0] in orgs.EN_HEAD:
        words = words[:-1]  # "the Ministry of X and Y Headquarters": the body's building, the body is the name
    if not words:
        return words  # ("head of May Holdings": every word was trimmed as a month's or a connector)
    if len(words) >= 3 and words[-2] == "Party" and words[-1] in ("Congress", "Conference", "Convention", "Plenum"):
        words = words[:-1]  # "the Harbour Party Congress": the party's meeting; the party is the body
    # (a body's kind that the gazetteer also holds as a short name, "Congress", "Senate", ends the name: "African
    # National Congress")
    kind_ends = words[-1] in orgs.EN_TAIL and words[-2:-1] != ["and"]  # "the Harbour House and Senate": two
    # (after a body's head word the words are its name: "Committee Against Forced Labour", "Ministry of Labour")
    headed = words[0] in orgs.EN_HEAD or (words[0] == "The" and len(words) > 1 and words[1] in orgs.EN_HEAD)
    last = lookup(words[-1]) if len(words) >= 3 and not kind_ends and not headed else None
    if last is not None and last.kind == "organisation" and lookup(" ".join(words)) is None:
        words = words[:-1]  # "News of Ruritania Revolution Facebook page": the page's name, then where it is
        while words and words[-1] in ("of", "for", "on", "and", "the", "&"):
            words = words[:-1]  # "the Harbour House and Senate": the first body without the "and"
    return words


# Plural nouns of people whose possessive opens a body's name ("People's Bank of X", "Women's Institute of Y",
# "Children's Hospital of Z", "Workers' Party of X"): whom the body is for, no owner of it.
_GROUPS_OWNING = {"people", "women", "children", "men", "worker", "farmer", "veteran", "citizen", "teacher", "student",
                  "miner", "nurse", "taxpayer", "consumer", "writer", "journalist", "lawyer", "doctor", "soldier",
                  "seafarer", "pensioner", "parent"}  # fmt: skip


def extend_back(text: str, start: int, words: list[str], lowercase: frozenset[str]) -> tuple[int, list[str]]:
    """The capitalised words just before "X of Y" belong to its name ("Doctor Who Society of Canada", "Greek
    Ministry of Culture", "U.S. Department of Agriculture", "Massachusetts Institute of Technology"), unless
    they open the sentence as ordinary words or name a title."""
    if words and words[0] == "The":
        return start, words
    before = text[:start]
    for _ in range(3):
        m = re.search(r"(?<![\w'’.-])((?:[A-Z]\.){2,}|[A-ZÆØÅ][\w'’&-]*)\s$", before)
        if not m:
            break
        word = m.group(1)
        opens = not before[: m.start()].strip(" \"'“‘(")
        royal = named_after_a_royal([word, *words])  # ("Queen Mary University of London": the royal's title too)
        if (
            word.lower() in LEADING_FUNCTION_WORDS
            or (is_role_noun(word) and not royal)
            or (opens and word.lower() in lowercase and not royal)
        ):
            break
        if word in _DESCRIBING:
            break  # "the NGO Hellenic League for ...": the acronym says what the body is, it is no part of its name
        if word.endswith(("'s", "’s", "s'", "s’")) and word[:-2].lower() in _GROUPS_OWNING:
            words = [word, *words]  # "People's Bank of China", "Women's Institute of X": the people it serves
            start = m.start(1)
            break
        if word.endswith(("'s", "’s")):
            if is_role_noun(word[:-2].lower()) and word[:1].isupper() and {"of", "on", "for"} & set(words):
                words = [word, *words]  # "the President's Council of Advisors on ...": an office's own name
                start = m.start(1)
                country = re.search(r"(?<![\w'’.-])((?:[A-Z]\.){2,}|[A-Z][a-z]+)\s$", text[:start])
                if country is not None and (country.group(1).endswith(".") or is_place_name(country.group(1))):
                    words, start = [country.group(1), *words], country.start(1)  # "the U.S. Attorney's Office for"
            break  # "Harvard University's Berkman Center for ...": the owner, a body of its own
        words = [word, *words]
        start = m.start(1)
        before = text[:start]
    return start, words


class Span:
    """A piece of a regular-expression match (start, end, text), as `finditer` gives them."""

    def __init__(self, start: int, text: str) -> None:
        self._start, self._text = start, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._start + len(self._text)

    def group(self, _: int = 0) -> str:
        return self._text


def opener_of(text: str, start: int, words: list[str], lowercase: frozenset[str]) -> bool:
    """A sentence's first word, capitalised only because it opens the sentence, then "of" and a name: "Shares of
    Acme Corp fell", "Employees of Northwind Bank struck" (a plural or a word the article writes in lower case
    elsewhere). A body's own head ("Ministry of ...", "Bank of ...") stays."""
    if len(words) < 4 or words[1] != "of" or text[:start].strip(" \"'“‘("):
        return False
    first = words[0]
    if first in orgs.EN_HEAD or first in orgs.EN_TAIL or not first[:1].isupper() or not first[1:].islower():
        return False
    return first.lower() in lowercase or (first.endswith("s") and not first.endswith("ss"))


def _ends_in_country(words: str) -> bool:
    """ "PINK Ruritania and the X Centre": a name that ends with a country after a word of its own (not after "of":
    "Ministry of Trade of Bosnia and Herzegovina") is complete before "and"."""
    run = words.split()
    if len(run) < 2 or run[-2].lower() in ("of", "for", "and", "the", "in"):
        return False  # ("The England and Wales Cricket Board": the country opens the name)
    entry = lookup(run[-1])
    return entry is not None and entry.detail == "country"


def sentence_stop_off(name: str) -> str:
    """A name without the sentence's full stop ("Bartles & Jaymes."), keeping an abbreviation's ("Smith & Co.")."""
    if name.endswith(".") and not re.search(r"(?:\b[A-Z][a-z]{0,3}|\b[A-Z])\.$", name):
        return name[:-1]
    return name


def _known_body(words: str) -> bool:
    """Whether a run of words (after an opening function word: "The", "Both") is an organisation the gazetteer
    knows whole ("Amnesty International", "Coop"): then an "and" after it joins a second body, not a word of
    one name."""
    run = words.split()
    while len(run) > 1 and run[0].lower() in LEADING_FUNCTION_WORDS:
        run = run[1:]
    entry = lookup(" ".join(run)) if run else None
    return entry is not None and entry.kind == "organisation"


def _persons_name(words: str) -> bool:
    """A run's part before "and" that is only a person's name: a family name of the lists, alone or after a given
    name ("Nelson", "Jane Nelson"), even where a town shares it."""
    run = words.split()
    given, family = person_names()
    if run and run[0].lower() in LEADING_FUNCTION_WORDS:
        return False  # ("The England and Wales Cricket Board": "The" is no given name)
    return 1 <= len(run) <= 2 and run[-1] in family and (len(run) == 1 or run[0] in given)


def _possessive(word: str) -> bool:
    return re.fullmatch(r"[A-Z][\w&.-]*['’]s", word) is not None


# Institutions whose kind word ends their name and never names a field a body's "of" governs ("Department of
# Health and Human Services", "School of Oriental and African Studies" end with fields, not bodies).
_INSTITUTION_ENDS = {"University", "College", "Hospital", "Institute", "Foundation", "Agency", "Authority", "Council",
                     "Commission", "Corporation", "Bank", "Party", "Ministry", "Court", "School", "Society", "Museum",
                     "Association"}  # fmt: skip


def _own_of_name(after: list[str]) -> bool:
    """Whether the words after "and" name a body of their own built "X Kind of Y" ("Brenna College of Medicine": a
    capitalised word, an institution's kind, "of", a capitalised word) or a person of a body ("Jane Roe of Brenna
    University": a known given name, one or two capitalised words, then "of")."""
    if len(after) < 3 or not all(w[:1].isupper() or w in ("of", "the") for w in after[:4]):
        return False
    kind = next((i for i in (0, 1, 2) if after[i : i + 1] and after[i] in _INSTITUTION_ENDS and
                 after[i + 1 : i + 2] == ["of"]), -1)  # fmt: skip
    if kind >= 0 and after[kind + 2 : kind + 3] and after[kind + 2][:1].isupper():
        return True
    if len(after) < 4:
        return False
    return (
        after[0] in person_names()[0]
        and after[0] != "The"
        and "of" in after[2:4]
        and not any(w in orgs.EN_HEAD or w in orgs.EN_TAIL for w in after[: after.index("of", 2)])
    )


def _second_institution(current: str, following: str) -> bool:
    """ "the Tolvik Institute of Technology and Brenna State University": a body named "X of Y", then after "and" a
    second name of two or more capitalised words ending with an institution's kind: two bodies, not one."""
    words, after = current.split(), following.split()
    ends = [i for i, w in enumerate(after) if w in _INSTITUTION_ENDS]
    if ends and ends[-1] + 1 < len(after) and after[ends[-1] + 1] == "of":
        where = [w for w in after[ends[-1] + 2 :] if w != "the"]
        if where and is_place_name(" ".join(where)):
            after = after[: ends[-1] + 1]  # "and Brenna State University of the US": its country is no word of it
    # (the word before "of" is a body's: "President of X and Y Association" is a title, then one name)
    of_name = "of" in words[1:-1] and words[words.index("of", 1) - 1] in orgs.EN_HEAD and words[-1][:1].isupper()
    # ("Mary Lane of the Tolvik Museum of X and ...": a later "of" after a body's kind makes it one too)
    later = any(w == "of" and words[i] in orgs.EN_HEAD for i, w in enumerate(words[1:-1]))
    if not of_name and later and words[-1][:1].isupper() and _own_of_name(after):
        return True
    if of_name and after and re.fullmatch(r"[A-Z]{2,5}", after[-1]) and after[-1] not in orgs.NOT_ORG_ACRONYMS:
        return True  # "Royal Bank of Scotland and Lloyds TSB": a firm's name closed by its letters
    if of_name and _own_of_name(after):
        return True  # "the University of Tolvik Health and Brenna College of Medicine": a second "X Kind of Y"
    return (
        of_name
        and len(after) >= 2
        and after[-1] in _INSTITUTION_ENDS
        and all(w[:1].isupper() or w in ("of", "for") for w in after)
        and after[0] not in ("of", "for")
    )


def _parallel_names(current: str, following: str) -> bool:
    """ "China Unicom and China Telecom", "Bank of Ruritania and Bank of Kessland": two names of as many words that
    open with the same capitalised word are two bodies (not "Tolvik and Tolvik Harbour Port Authority", whose
    second part is longer: the first is a place it serves)."""
    words = [w for w in current.split() if w.lower() not in LEADING_FUNCTION_WORDS]
    after = [w for w in following.split() if w.lower() not in LEADING_FUNCTION_WORDS]
    return len(words) >= 2 and len(after) == len(words) and words[0] == after[0] and words[0][:1].isupper()


def _acronym_then_named_body(current: str, following: str) -> bool:
    """ "the KBI and Harbour Department", "a QRS and Tolvik Water Authority report": a body's acronym alone, then after
    "and" a name of two or more words of its own ending with a body's word, is two bodies; an acronym is never the
    first word of a longer name joined by "and" ("Food and Drug Administration" opens with a common word)."""
    words = [w for w in current.split() if w.lower() not in LEADING_FUNCTION_WORDS]
    after = [w for w in following.split() if w.lower() not in LEADING_FUNCTION_WORDS]
    return (
        len(words) == 1
        and orgs.ACRONYM.fullmatch(words[0]) is not None
        and words[0] not in orgs.NOT_ORG_ACRONYMS
        and len(after) >= 2
        and after[-1] in orgs.EN_TAIL
        and after[0] not in orgs.EN_TAIL  # ("R and D Services": a kind word opening it is no name of its own)
        and after[0][:1].isupper()
        and not any(w in ("of", "for") for w in after)
    )


def _field_then_field(current: str, following: str) -> bool:
    """ "Committee on Finance and Planning", "Ministry of Finance and Planning": a kind word right
    after "of", "for" or "on" is the body's field, and "and" adds a second field (no body's word ends it), so the
    name goes on; "the Ministry of Finance and Harbour Bank" names a second body after "and"."""
    words, after = current.split(), following.split()
    return len(words) >= 3 and words[-2] in ("of", "for", "on") and bool(after) and after[-1] not in orgs.EN_TAIL


def split_at_and(matches: Iterator[re.Match[str]]) -> Iterator[Span]:
    """ "Acme Re and Northwind Bank" is two organisations: split where the part before "and" is complete
    (ends with an organisation word, or is a body the gazetteer knows: "Amnesty International and Harbour
    Watch"); "Department of Health and Social Care" stays one."""
    for m in matches:
        text, start = m.group(0), m.start()
        parts = re.split(r"(\s+(?:and|og|&)\s+)", text)
        pieces: list[tuple[int, str]] = []
        offset = start
        current, current_start = "", start
        for k, part in enumerate(parts):
            next_part = parts[k + 1] if k + 1 < len(parts) else ""
            if re.fullmatch(r"\s+(?:and|og|&)\s+", part):
                last = current.split()[-1] if current.split() else ""
                # (a kind word alone is no body: "the Harbour Credit and Savings Bank" is one, "The Securities and
                # Exchange Commission" too, "NASA’s Program and Project Office" too: the article and an owner are
                # no words of the name)
                own = [w for w in current.split() if w.lower() not in LEADING_FUNCTION_WORDS and not _possessive(w)]
                # ("The US Securities and Exchange Commission"; a paper keeps its town: "the Tolvik Post and X")
                own = [w for w in own if not is_place_name(w) or last in PAPER_WORDS]
                complete = (last in orgs.EN_TAIL or last in orgs.DA_TAIL_WORDS) and len(own) >= 2
                # ("Office of Management and Budget": a trade word after "of" is the office's field, no firm's end)
                complete = complete and not (last in orgs.TRADE_TAIL and {"of", "for", "on"} & set(current.split()))
                complete = complete and not _field_then_field(current, next_part)
                # "Martin Marietta and NASA’s Jet Propulsion Laboratory": an owner's body after "and" is a second
                owned_next = bool(next_part.split()) and _possessive(next_part.split()[0])
                owned_next = owned_next and owning_body(next_part.split()[0])  # an acronym's: "NASA’s X"
                people_owned = bool(next_part.split()) and _possessive(next_part.split()[0]) and not owned_next
                if people_owned:  # "Brigham and Women's Hospital": a people's possessive inside one name
                    current += part
                elif _persons_name(current) and not (complete and last in PAPER_WORDS):
                    # "Administrator Jane Nelson and U.S. Department of X": no body ("the Denver Post and X": a paper
                    # by its town, whose words are a given and a family name too)
                    current, current_start = "", offset + len(part)
                elif (
                    complete
                    or _known_body(current)
                    or _ends_in_country(current)
                    or owned_next
                    or (_second_institution(current, next_part) or _parallel_names(current, next_part))
                    or _acronym_then_named_body(current, next_part)
                ):
                    pieces.append((current_start, current))
                    current, current_start = "", offset + len(part)
                else:
                    current += part
            else:
                current += part
            offset += len(part)
        pieces.append((current_start, current))
        for piece_start, piece in pieces:
            if piece.strip():
                yield Span(piece_start, piece)


# A party's branch in a nation of the UK goes by the nation's adjective and the party's name ("Scottish Labour",
# "Welsh Conservatives", "Scottish Liberal Democrats", "Ulster Unionists"): the adjective is a word of the name.
_NATION_BEFORE = re.compile(r"(?<![\w'’-])(?:Scottish|Welsh|Ulster|Cornish|Northern\s+Irish)\s+$")
_PARTY_FIRST = re.compile(
    r"(?:Labour|Conservatives?|Tory|Tories|Liberal|Liberals|Lib|Green|Greens|Unionists?|Socialists?|Nationalists?)\b"
)


def nation_branch_start(text: str, start: int, name: str) -> int:
    """Where a party's name starts when a nation of the UK's adjective opens it ("Scottish Labour"), else `start`."""
    m = _NATION_BEFORE.search(text[:start]) if _PARTY_FIRST.match(name) else None
    return m.start() if m is not None else start


# A numbered or yearly meeting of a body is an event, the body is what follows "of the": "the 121st Assembly of the
# Inter-Parliamentary Union", "the annual Conference of the Royal College of Nursing".
_MEETING_OF = re.compile(
    r"(?:Assembly|Congress|Conference|Session|Summit|Meeting|Convention|Plenary|Synod|Council)\s+of\s+the\s+(?=[A-Z])"
)
_NUMBERED_BEFORE = re.compile(
    r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|annual|yearly)\s+$",
    re.IGNORECASE,
)


def meeting_cut(text: str, start: int, name: str) -> int:
    """How many letters of `name` (found at `start`) name a numbered meeting of the body after them, else 0."""
    m = _MEETING_OF.match(name)
    return m.end() if m is not None and _NUMBERED_BEFORE.search(text[:start]) else 0


def short_forms(names: list[str]) -> set[str]:
    """The one-word names that only shorten a two-word name of the same article ending in a body's word ("Halmont"
    of "Halmont Foods", "Island" of "Island Records"): one body, which the gold names by its full name. A body the
    gazetteer lists is one of its own ("Sony" beside "Sony Ericsson")."""
    full = {n.split()[0] for n in names if n.count(" ") == 1 and n.split()[1] in orgs.EN_TAIL}
    return {n for n in names if " " not in n and n in full and lookup(n) is None}

"""Places no gazetteer holds, found by the words news puts around them (English and Danish).

A gazetteer cannot list every region, valley or district, nor every spelling of a small town; but
the sentence often says what the name is: "the Lombardy region", "the province of Aceh", "in
Livorno, Tuscany" (a region after a known city), "Riverside Single Member Constituency".
Each finder returns (start, end, name) stretches of one sentence; `places.find_named` adds those
that nothing else has taken. (Arabic: `place_shapes_ar`; checks on known names' surroundings:
`place_context`.)
"""

from __future__ import annotations

import re

from briefing_app.core.facts import orgs
from briefing_app.core.facts.gated import gated
from briefing_app.core.facts.gazetteer import Mention, lookup, person_names, towns
from briefing_app.core.facts.people_nationality import is_nationality
from briefing_app.core.facts.people_role_words import is_title
from briefing_app.core.facts.repeated_names import not_org_word
from briefing_app.core.facts.roles import is_role_noun

# English and Danish words for a kind of area, written in lower case after or before its name.
_AREA = (
    r"(?:region|province|state|district|county|governorate|prefecture|valley|peninsula|regionen|provinsen|lake|"
    r"neighbourhood|neighborhood|suburb|township|municipality|village|mountains|island|islands|desert|river|"
    r"refugee camp|locality|area)"
)
# (with the accented letters of the Latin-script languages: "the neighbourhood of Lavapiés")
_LOWER = "a-zæøåáéíóúñüöäàèìòùâêîôûçãõ"
# (an Arabic article may join the second word: "Sharm el-Sheikh", "Kafr ad-Dawwar")
_NAME = rf"[A-ZÆØÅÁÉÍÓÚÑ][{_LOWER}]+(?:[ -](?:(?:el|al|ad|as|ash|at|ar|az|an|ed|es|ul)-)?[A-ZÆØÅÁÉÍÓÚÑ][{_LOWER}]+)?"
# "the Oromo regional state", "the Tibet autonomous region": an adjective of status may stand between.
# (a name in quote marks too: 'the city's "Kilometer Four" area')
_AREA_AFTER = gated(
    rf"(?<![\w'’.-])[\"“]?({_NAME})[\"”]?\s+(?:regional\s+|autonomous\s+|federal\s+)?{_AREA}(?![\w-])"
)
# Two areas named before their kind in the plural: "the Tolvik Hills and Brenna Wadag districts".
_AREAS_AFTER = gated(
    rf"(?<![\w'’.-])({_NAME})\s+and\s+({_NAME})\s+(?:regions|provinces|districts|counties|governorates|"
    r"neighbourhoods|neighborhoods|suburbs|townships|municipalities|villages|localities|areas)(?![\w-])"
)
# "the town of X", "the port city of X": a settlement's own name after its kind (only before "of": "the town"
# alone, or "city officials", names nothing).
_AREA_BEFORE = gated(rf"\b(?:{_AREA}|town|city|port\s+city|port|hamlet|commune|oasis)\s+of\s+({_NAME})(?![\w'’-])")
# "Kurdish region", "Northern province": an adjective or a compass word names no place by itself.
_NOT_A_NAME = re.compile(
    r".*(?:ish|ian|ese|ean|ic|isk|ske|ist)$|(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|"
    r"Upper|Lower|Greater|New|Old|The|This|That|Each|Every|Any|Whole|Entire|Same|Other|Federal|Autonomous)$|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Mandag|Tirsdag|Onsdag|Torsdag|Fredag|Lørdag|Søndag)$"
)
_COMPASS = re.compile(r"North|South|East|West|Upper|Lower")
# After a known city: ", Tuscany" ends there (a comma, full stop, bracket, the sentence's end or a preposition).
_AFTER_CITY = re.compile(rf",\s+({_NAME})(?=\s*[,.;)]|\s*$|\s+(?:and|on|in|at|to|for|where|when|og|på|i)\b)")


def is_name(word: str, lowercase: frozenset[str]) -> bool:
    """Whether `word` may name a place: no given or family name, lower-case word, people's word, month or body."""
    return _is_name(word, lowercase)


def _is_name(word: str, lowercase: frozenset[str]) -> bool:
    given, family = person_names()
    first = word.split()[0]
    # ("the province of South Ossetia": a compass word opens a two-word name; alone, "Northern province", it names none)
    compass = " " in word and _COMPASS.fullmatch(first) is not None and not _NOT_A_NAME.match(word.split()[-1])
    if compass:
        first = word.split()[-1]  # the word after the compass word is the one to weigh ("South" is a family name too)
    if _NOT_A_NAME.match(first) or first.lower() in lowercase or first in given or first in family:
        return False
    if not_org_word(first):
        return False  # a people's word the gazetteer spells by its place ("Kenyan", "Mexican", "Iraqi")
    known = lookup(word)
    return known is None or known.kind == "place"


def latin_areas(text: str, lowercase: frozenset[str]) -> list[tuple[int, int, str]]:
    """ "the Lombardy region", "Sudan's Darfur region", "the province of Aceh"."""
    out = []
    for pattern in (_AREA_AFTER, _AREA_BEFORE):
        for m in pattern.finditer(text):
            if pattern is _AREA_AFTER and not text[: m.start()].strip(" \"'“‘("):
                continue  # a sentence's first word may be any word
            settlement = pattern is _AREA_BEFORE and _SETTLEMENT_OF.match(m.group(0))
            # "the Kala Dara village": two words before a lower-case settlement word are its name even where the
            # first is also a given name, unless the second is a family name
            two = pattern is _AREA_AFTER and " " in m.group(1) and m.group(1).split()[1] not in person_names()[1]
            if _is_name(m.group(1), lowercase) or ((settlement or two) and _is_named(m.group(1), lowercase)):
                out.append((m.start(1), m.end(1), m.group(1)))  # "the town of Khan X": a person's word too
    for m in _RESIDENTS.finditer(text):
        words = m.group(1).split()
        common = any(w.lower() in lowercase or not_org_word(w) or is_nationality(w) for w in words)
        if not common and lookup(m.group(1)) is None and _is_named(m.group(1), lowercase):
            out.append((m.start(1), m.end(1), m.group(1)))  # "one Kestrel Row resident", "angry Tolvik residents"
    for m in _AREAS_AFTER.finditer(text):
        if not text[: m.start()].strip(" \"'“‘("):
            continue  # a sentence's first word may be any word
        pair = [(m.start(k), m.end(k), m.group(k)) for k in (1, 2)]
        # (each is a name, or two words the second of which is no family name: "Brenna Wadag")
        named = [_is_name(n, lowercase) or (" " in n and n.split()[1] not in person_names()[1] and
                                            _is_named(n, lowercase)) for _, _, n in pair]  # fmt: skip
        if all(named):
            out += pair
    return out


# The people of a place named by it before "resident(s)": "One Kestrel Row resident said", "angry Tolvik residents"
# (after a word in lower case or a number word, so that no sentence's first word and no longer name is taken).
_RESIDENTS = re.compile(
    rf"(?:\b[a-z]+|\b(?:One|Two|Three|Four|Five|Some|Many|Most|Other|Several))\s+({_NAME})\s+residents?(?![\w-])"
)


# (a city's own parts too: "the neighbourhood of X", "the district of Y", named after a person as often)
_SETTLEMENT_OF = re.compile(
    r"(?:town|city|village|port\s+city|port|hamlet|commune|oasis|neighbou?rhood|district|suburb|quarter)\s+of\s"
)


def _is_named(words: str, lowercase: frozenset[str]) -> bool:
    """A name after "the town of": any capitalised words that are no common word, month or demonym."""
    first = words.split()[0]
    return not (_NOT_A_NAME.match(first) or first.lower() in lowercase or not_org_word(first))


# A title of an office over a place right before it ("Secretary of State for Tolvik", "the Mayor of Tolvik"): the name
# set off by commas after the place is the office's holder, no region.
_OFFICE_FOR = re.compile(r"\b([A-Z]?[a-z]+)\s+(?:of|for)\s+(?:the\s+)?$")
# An office over a body before the place: "The Commissioner of Police in | Lagos State, Olanrewaju Ishola, said".
_OFFICE_OF_BODY_IN = re.compile(
    r"\b([A-Z]?[a-z]+)\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:in|of|for)\s+(?:the\s+)?$"
)


def after_city(text: str, mention: Mention, lowercase: frozenset[str]) -> tuple[int, int, str] | None:
    """The region or country written after a known city: "in Livorno, Tuscany"."""
    if mention.entry.detail not in ("city", "capital", "region"):
        return None
    m = _AFTER_CITY.match(text, mention.end)
    if m is None or not _is_name(m.group(1), lowercase):
        return None
    office = _OFFICE_FOR.search(text, 0, mention.start) or _OFFICE_OF_BODY_IN.search(text, 0, mention.start)
    if office is not None and (office.group(1) == "State" or is_role_noun(office.group(1).lower())):
        return None  # "The Attorney General for Tolvik, Jane Roe, said": the office's holder set off by commas
    if mention.entry.detail == "region" and lookup(m.group(1)) is not None:
        return None  # "East Sussex, Eastbourne, X": a list; the known town is read as its own mention, X after it
    return m.start(1), m.end(1), m.group(1)


# Before a known region or country and a comma, the town in it: "a Millbrook, Ohio man", "in Arden, Delaware",
# and a dateline in capitals ("PORT ALMA, Texas -"). The town must open the sentence or follow a preposition or
# an article, so that a list ("Kent, Ohio and Iowa") or a person ("Smith, Texas's governor") is not taken.
_TOWN_BEFORE = re.compile(
    r"(?:^|\b(?i:in|at|from|near|outside|of|a|an|the|to|i|fra|ved)\s+)"
    r"((?:[A-Z][a-z]+|[A-Z]{2,})(?:[ -](?:[A-Z][a-z]+|[A-Z]{2,})){0,2}),\s+$"
)
# A district before its known city after a preposition of place, the city closing the clause ("in Agwa, Lagos.").
_DISTRICT_BEFORE = re.compile(r"\b(?i:in|at|near|outside|from)\s+([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?),\s+$")
_CLAUSE_END = re.compile(r"\s*(?:[.;:)]|$|,\s+(?:and|where|which|on|in|after|before|when|while)\b)")
# "the Mayor of X", "Governor of X": a town's or a region's own office names the place.
_OFFICE_OF = gated(
    r"\b(?:[Mm]ayor|[Gg]overnor|[Pp]refect|[Bb]orgmester)\s+(?:of|i|for)\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?![\w'’-])"
)


# A compass word or "central" between the comma and a known city: the name before is a part of it ("in X,
# central Y", "in X, east Y").
_PART_OF_CITY = re.compile(r",\s+(?:central|northern|southern|eastern|western|north|south|east|west|"
                           r"north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+$")  # fmt: skip


def town_before(text: str, mention: Mention, lowercase: frozenset[str]) -> tuple[int, int, str] | None:
    """The town written before a known region or country: "a Millbrook, Ohio man"; or before a known city that a
    country follows, the city then being the region's name ("in Millbrook, Columbia, Ruritania")."""
    before = text[: mention.start]
    part = _PART_OF_CITY.search(before) if mention.entry.detail in ("city", "capital") else None
    district = False
    if part is not None:
        before = before[: part.start() + 1] + " "  # "in X, central Y": a district of the city
    elif mention.entry.detail not in ("region", "country") and not _country_after(text, mention.end):
        # "in X, Y." with Y a known city closing the clause: X is a district of it
        district = mention.entry.detail in ("city", "capital") and _CLAUSE_END.match(text, mention.end) is not None
        if not district:
            return None
    m = (_DISTRICT_BEFORE if district else _TOWN_BEFORE).search(before)
    if m is None:
        return None
    name = m.group(1)
    if m.start(1) == 0 and not re.match(r"\s*[-–—(]", text[mention.end :]):
        return None  # at a sentence's start only a dateline ("PORT ALMA, Texas -"), not a list ("Apples, Ohio and")
    if name.split()[-1] in _EVENT_WORDS or _SUBJECT_VERB.match(text, mention.end):
        # "to play for the World Cup, Ruritania needed ...": an event, then the country as the subject of the clause
        return None
    if name.isupper() and len(name) < 4:
        return None  # "US, Texas": an acronym
    plain = name.title() if name.isupper() else name
    if lookup(plain) is not None or lookup(name) is not None:
        return None
    if not _is_name(plain, lowercase) and not _surname_town(plain, m.group(0), mention, lowercase):
        return None
    if district and (set(name.split()) & {*orgs.EN_TAIL, *orgs.EN_HEAD} or is_role_noun(name.lower())):
        return None  # "in Parliament, London.": a body's word, no district
    return m.start(1), m.end(1), name


def _surname_town(name: str, written: str, mention: Mention, lowercase: frozenset[str]) -> bool:
    """A one-word town that is also a family name, after a preposition of place and before its region ("of
    Sturgeon, Missouri", "from Marion, Ohio": a person's home town in local news); not after an article ("the Smith,
    Ohio"), and never a given name ("of Jane, Ohio")."""
    if " " in name or mention.entry.detail != "region" or name.lower() in lowercase:
        return False
    if not re.match(r"(?i:of|in|from|near|outside)\s", written) or _NOT_A_NAME.match(name) or not_org_word(name):
        return False
    return name not in person_names()[0]


# The last words of events and competitions, and a verb right after the country (its clause's subject).
_EVENT_WORDS = {"Cup", "Games", "Championship", "Championships", "League", "Open", "Trophy", "Festival", "Olympics",
                "Summit", "Conference", "Series", "Tour", "Final", "Finals", "Prix", "Classic", "Marathon"}  # fmt: skip
_SUBJECT_VERB = re.compile(
    r"\s+(?:also\s+|then\s+|still\s+)?(?:[a-z]+ed|has|had|have|is|was|were|are|will|would|can|could|must|may|"
    r"might|said|says|won|lost|beat|made|took|gave|became|needs|wants|plays|leads|faces)\b"
)


_COUNTRY_AFTER_RE1 = re.compile(r",\s+([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?)")


def _country_after(text: str, end: int) -> bool:
    """Whether a comma and a known country follow `end` ("..., Mexico")."""
    m = _COUNTRY_AFTER_RE1.match(text[end:])
    if m is None:
        return False
    entry = lookup(m.group(1)) or lookup(m.group(1).split()[0])
    return entry is not None and entry.detail == "country"


def offices_of(text: str, lowercase: frozenset[str]) -> list[tuple[int, int, str]]:
    """ "the Mayor of Millbrook": the place whose office is named."""
    out = []
    for m in _OFFICE_OF.finditer(text):
        name = m.group(1)
        if " " in name and name.split()[1] in person_names()[0]:
            name = name.split()[0]  # "Borgmester i Aarhus Jacob Roe": the town, then the mayor's given name
        if _is_name(name, lowercase) and lookup(name) is None:
            out.append((m.start(1), m.start(1) + len(name), name))
    return out


# Danish places named by their kind as the end of the word or the next word, after a preposition of place:
# "på Rådhuspladsen", "ved Nørregade", "i Risskov", "ved Løkken Strand", "over Limfjorden".
_DA_PLACE_END = (
    "gade", "gaden", "vej", "vejen", "plads", "pladsen", "torv", "torvet", "havn", "havnen", "strand", "stranden",
    "fjord", "fjorden", "bugt", "bugten", "skov", "skoven", "sø", "søen", "bro", "broen", "holm", "næs", "klint",
    "bakke", "bakken", "dal", "dalen", "ø", "øen", "odde", "hede", "heden", "kyst", "kysten", "bjerg", "park",
    "parken", "allé",
)  # fmt: skip
_DA_PLACE_WORD = (
    r"(?:Strand|Havn|Fjord|Bugt|Skov|Sø|Plads|Torv|Gade|Vej|Bakke|Park|Bjerg|Hede|Klit|Odde"
    r"|Stadion|Have|Brygge|Slot|Kirke|Station)"  # grounds, gardens, quays, castles, churches, stations
)
_DA_PLACE = re.compile(
    r"\b(?:i|på|ved|fra|til|nær|over|langs|mod|gennem|omkring)\s+"
    rf"([A-ZÆØÅ][a-zæøå-]{{2,}}\s+{_DA_PLACE_WORD}|[A-ZÆØÅ][a-zæøå-]+(?:{'|'.join(_DA_PLACE_END)}))(?![\wæøå'’-])"
)


# A place after its kind in the definite form: "byen Lavamünd", "floden Lavant", "øen Tolvø" (one or two
# capitalised words; a word the article writes in lower case is no name, which the capital already says).
# (the kind opening a sentence is capitalised: "Regionen Dnipro grænser op til ...", no person's first name)
_DA_KIND_THEN_PLACE = re.compile(
    r"\b(?i:byen|hovedstaden|landsbyen|havnebyen|grænsebyen|floden|øen|øgruppen|søen|bjerget|dalen|halvøen|"
    r"provinsen|regionen|delstaten|distriktet|landsdelen|bydelen|kvarteret|forstaden|grevskabet|staten)\s+([A-ZÆØÅ][\wæøåü'’-]+(?:\s+[A-ZÆØÅ][\wæøåü'’-]+)?)"
    r"(?![\wæøå'’-])"
)


# A compass word glued to a country's or a region's name ("Sydtolvia", "Nordjylland", "Vestfyn"): Danish names the
# part of the place in one word, as English writes "Northern Tolvia" in two (the genitive's -s aside).
_DA_BEARING_PLACE = re.compile(
    r"(?<![\w'’-])((?:Nord|Syd|Øst|Vest|Midt)(?:øst|vest)?)([a-zæøå]{3,}?)s?(?![\w'’-])"
)


def danish_places(text: str, lowercase: frozenset[str]) -> list[tuple[int, int, str]]:
    """Streets, squares, harbours, beaches, fjords and woods that Danish names by their kind (see _DA_PLACE)."""
    out = []
    for m in _DA_PLACE.finditer(text):
        name = m.group(1)
        if name.lower() in lowercase or lookup(name) is not None:
            continue  # "på stranden" written in lower case elsewhere is a common noun; a known name is found anyway
        out.append((m.start(1), m.end(1), name))
    for m in _DA_KIND_THEN_PLACE.finditer(text):
        if lookup(m.group(1)) is None or lookup(m.group(1)).kind == "place":  # type: ignore[union-attr]
            out.append((m.start(1), m.end(1), m.group(1)))  # "byen Lavamünd", "floden Lavant"
    for m in _DA_BEARING_PLACE.finditer(text):
        part = lookup(m.group(2).capitalize())
        if part is not None and part.kind == "place" and part.detail in ("country", "region"):
            out.append((m.start(1), m.end(2), m.group(1) + m.group(2)))  # "i Sydtolvia": the country's south
    dateline = _DA_DATELINE.match(text)
    if dateline:
        entry = lookup(dateline.group(1).title())
        if entry is not None and entry.kind == "place":
            out.append((dateline.start(1), dateline.end(1), dateline.group(1)))
    return out


# A Danish paper's dateline: the town in capitals and a colon opening the text ("VESTBY: Tre mænd blev ...").
_DA_DATELINE = re.compile(r"\s*([A-ZÆØÅ]{3,}(?:[- ][A-ZÆØÅ]{2,})?)\s*:\s")


# An electoral district is a place named by its kind ("Riverside Single Member Constituency"), whatever words
# stand before the kind.
_CONSTITUENCY = gated(r"(?<![\w'’.-])((?:[A-Z][a-z]+\s+){1,4}Constituency)(?![\w'’-])")


def constituencies(text: str, lowercase: frozenset[str]) -> list[tuple[int, int, str]]:
    """ "Riverside Single Member Constituency": an electoral district, named by its kind."""
    out = []
    for m in _CONSTITUENCY.finditer(text):
        words = m.group(1).split()
        while len(words) > 2 and (words[0].lower() in lowercase or not text[: m.start()].strip(" \"'“‘(")):
            words = words[1:]  # "Member": a title's word before the district's name, or a sentence's first word
        name = " ".join(words)
        out.append((m.end(1) - len(name), m.end(1), name))
    return out


# A name, then an apposition that says it is a settlement or an area somewhere: "Millbrook, a village in the
# north", "Kestrel, a small town near the border", "Ashby, a suburb of the capital".
_SETTLEMENT = (
    r"(?:village|town|city|hamlet|township|suburb|district|neighbo(?:u)?rhood|municipality|region|province|island|"
    r"port|port city|market town|settlement|locality|commune|county)"
)
_DESCRIBED_PLACE = gated(
    rf"(?<![\w'’.-])({_NAME}),\s+(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}{_SETTLEMENT}\s+"
    r"(?:in|on|near|of|outside|north|south|east|west|northeast|northwest|southeast|southwest|just|about|some|"
    # ("off Tolvikka, a small town located between X and Y", "a village situated on the coast")
    r"(?:located|situated|lying)\s+(?:in|on|near|between|outside|along|at|about|some|just))\b"
)


# A region a people's adjective qualifies is one place with it: "Iraqi Kurdistan", "Syrian Golan" (the adjective
# alone is no place, and the region's name after it would otherwise read as the end of a person's name).
_QUALIFIED_REGION = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+(?:i|ian|ish|ese|an))\s+([A-Z][a-z]+)(?![\w'’-])")


def qualified_regions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of regions the gazetteer knows, written after a people's adjective."""
    out = []
    for m in _QUALIFIED_REGION.finditer(text):
        entry = lookup(m.group(2))
        if entry is not None and entry.kind == "place" and entry.detail == "region" and not_org_word(m.group(1)):
            out.append((m.start(), m.end(), m.group(0)))
    return out


# The seat a member of a parliament is elected for: "Member of Parliament for North Quayside and Bermton", "the MP
# for Riverside" (an electoral district, which the corpus lists as a place).
_SEAT = re.compile(
    rf"\b(?:Member\s+of\s+Parliament|MP|MLA|Member\s+of\s+the\s+Legislative\s+Assembly)\s+for\s+"
    rf"((?:{_NAME})(?:\s+{_NAME})?(?:\s+and\s+{_NAME})?)(?![\w'’-])"
)


def seats(text: str, lowercase: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of the districts members of a parliament sit for (see _SEAT)."""
    if " for " not in text:
        return []
    # (a compass word may open the seat's name: "North Quayside")
    out = []
    given = person_names()[0]
    for m in _SEAT.finditer(text):
        words = m.group(1).split()
        if words[0] in given or words[0].lower() in lowercase:
            continue
        # "MP for Westford Tom Lyle said": the seat ends where a given name opens the member's own name
        rest = [*words[1:], *text[m.end(1) :].split()[:1]]  # each word's next one, then the seat's next word
        cut = next((k for k in range(1, len(words)) if words[k] in given and rest[k][:1].isupper()), None)
        name = " ".join(words[:cut]) if cut is not None else m.group(1)
        out.append((m.start(1), m.start(1) + len(name), name))
    return out


# Danish copy names the hospital someone is taken to as where they are ("bragt til tjek på Hjørring Sygehus"), and
# the Danish corpus lists it as a place (its manifest's convention); elsewhere a hospital is a body.
_DA_HOSPITAL = re.compile(r"\b(?:på|til|fra)\s+$")
_DA_HOSPITAL_WORDS = ("Sygehus", "Hospital", "Hospitalet", "Universitetshospital", "Sygehuset")


def hospital_kind(lang: str, name: str, before: str) -> str:
    """ "place" for a Danish hospital after "på/til/fra", else "organisation"."""
    if lang == "da" and name.endswith(_DA_HOSPITAL_WORDS) and _DA_HOSPITAL.search(before):
        return "place"
    return "organisation"


def described_places(text: str, lowercase: frozenset[str]) -> list[tuple[int, int, str]]:
    """ "near Millbrook, a village in the east": the name an apposition calls a settlement or area."""
    out = []
    for m in _DESCRIBED_PLACE.finditer(text):
        if not text[: m.start()].strip(" \"'“‘(") and m.group(1).lower() in lowercase:
            continue
        if _is_name(m.group(1), lowercase):
            out.append((m.start(1), m.end(1), m.group(1)))
    return out


# A town named by a disaster or an atrocity that happened there: "the Millbrook bombing", "the Ashby massacre".
_EVENT_AT = gated(
    r"\bthe\s+([A-Z][a-z]{2,})\s+(?:bombing|bombings|massacre|earthquake|quake|floods?|tsunami|landslide|mudslide|"
    r"air\s+disaster|mining\s+disaster|siege|disaster|nuclear\s+disaster|nuclear\s+accident|meltdown)\b"
)


def event_places(text: str, lowercase: frozenset[str]) -> list[tuple[int, int, str]]:
    """ "the Millbrook bombing": the town an event is named after (no person, people, month or common word)."""
    return [(m.start(1), m.end(1), m.group(1)) for m in _EVENT_AT.finditer(text) if _is_name(m.group(1), lowercase)]


# A list of one- or two-word names after a preposition of place, up to "and" and its last member: "in Suez, Tanta, and
# Alexandria", "from Tolvik, Kessby or Brenna".
_LIST_PART = r"[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)*"  # (hyphenated too: "Kafr-Saqr", "Qalyubia-Nour")
_LIST_WORD = rf"{_LIST_PART}(?:\s{_LIST_PART})?"
# (or after a plural kind of place and "of": "the regional municipalities of Muskoka, Peel, York and Niagara")
_PLACE_LIST = re.compile(
    rf"\b(?:in|at|from|near|across|to|between|including|such\s+as|i|fra|ved|(?:cities|towns|villages|municipalities|"
    rf"counties|districts|provinces|regions|states|suburbs|boroughs|parishes|communities)\s+of)"
    rf"\s+((?:{_LIST_WORD},\s+)+{_LIST_WORD},?\s+(?:and|or|og|eller)\s+{_LIST_WORD})"
    r"(?=\s*[.,;:)]|\s+(?:on|in|at|as|last|this|during|where|when|after|before|since|outside|near|with)\b|\s*$"
    # or "and" and a verb in lower case: "from Kessby, Tolvik and Brenna and vandalised their homes"
    r"|\s+and\s+[a-z]+ed\b"
    # or a Danish verb's past form after the list ("hospitalerne i Viborg, Silkeborg, Hammel og Skive afskediget")
    r"|\s+[a-zæøå]+(?:et|ede)\b"
    # or the plural kind of the places after the list, as Kenyan, Nigerian and Indian copy writes it: "in Kessby,
    # Tolvik and Brenna counties", "in A, B and C states"
    r"|\s+(?:counties|districts|states|provinces|regions|municipalities|governorates|sub-counties|local\s+government\s+"
    r"areas|LGAs|constituencies|wards|oblasts|prefectures)\b)"
)


def _members(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every member of every list of names after a preposition of place in `text`."""
    out = []
    for m in _PLACE_LIST.finditer(text) if ", " in text else ():
        at = m.start(1)
        for piece in re.split(r",?\s+(?:and|or|og|eller)\s+|,\s+", m.group(1)):
            start = text.find(piece, at)
            out.append((start, start + len(piece), piece))
            at = start + len(piece)
    return out


def listed_towns(text: str, lowercase: frozenset[str]) -> list[tuple[int, int, str]]:
    """ "protests in Suez, Mansoura, Damanhour, and Alexandria": the names no list knows in a list after a preposition
    of place whose other members include two places the gazetteer knows are places too, unless they are a common
    word, a person's given name, a people's word, a month or a body's word."""
    members = _members(text)
    known = [name for _, _, name in members if _known_place(name) or name in towns()]  # (a smaller town too)
    if len(known) < 2 or all(_known_place(name) for _, _, name in members):
        return []  # (a small town no gazetteer entry holds is read here even when every member is a town:
        # "i Viborg, Silkeborg, Hammel og Skive", where only the first follows the preposition)
    given, _ = person_names()
    out = []
    for start, end, name in members:
        first = name.split()[0]
        if lookup(name) is not None or _NOT_A_NAME.match(first) or first.lower() in lowercase or first in given:
            continue
        if not_org_word(first) or any(w.lower() in lowercase for w in name.split()):
            continue
        out.append((start, end, name))
    return out


def place_list_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lists of names after "in", "at", "near", "across", "between" or "from" two of whose
    members at least are places or towns the gazetteer knows: "raids in Kessby, Tolvik, West End and Ipswich"."""
    out = []
    for m in _PLACE_LIST.finditer(text) if ", " in text else ():
        if not re.match(r"(?:in|at|from|near|across|between)\s", m.group(0)):
            continue  # ("awarded to A, Tulsa, B, Fresno": a list of firms with their towns may follow "to")
        pieces = re.split(r",?\s+(?:and|or|og|eller)\s+|,\s+", m.group(1))
        if sum(_known_place(p) or p in towns() for p in pieces) >= 2:
            out.append((m.start(1), m.end(1)))
    return out


def _known_place(name: str) -> bool:
    entry = lookup(name)
    return entry is not None and entry.kind == "place"


# English sites named by their kind after their name: "Tahrir Square", "the Pearl Roundabout", "Castlefrank Road",
# "Rote Island"; not part of a longer name ("the Wall Street Journal", "Times Square Alliance").
_EN_SITE = gated(
    rf"(?<![\w'’.-])((?:{_NAME}\s+){{1,2}}(?:Square|Street|Road|Avenue|Roundabout|Junction|Beach|Island|Boulevard|"
    # (a weekday after it is no word of a longer name: "in Carolina Beach Monday")
    # (nor a numbered road: "County Road 500", "State Road 3" name a route, no site a list of places holds)
    r"Lane|Plaza|Bridge))(?![\w'’-])(?!\s+\d)(?!\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z])"
)


def english_sites(text: str, lowercase: frozenset[str]) -> list[tuple[int, int, str]]:
    """Squares, streets, roads, roundabouts, beaches and islands named by their kind (see _EN_SITE)."""
    out = []
    for m in _EN_SITE.finditer(text):
        name, start = m.group(1), m.start(1)
        if name.split()[0] in ("The", "A", "An", "This", "That", "Our", "Its"):
            name, start = name.split(" ", 1)[1], start + len(name.split()[0]) + 1  # "The Golden Gate Bridge"
        if any(is_title(w) for w in name.split()[:-1]):
            continue  # "Nashville Mayor Donald Street rescinded ...": a title and a person named like a street
        head = name.rsplit(" ", 1)[0]
        # (a known place's name before the kind makes a site of its own: "Carolina Beach", "Kessby Island")
        if " " in name and _is_named(head, lowercase) and (lookup(head) is None or _known_place(head)):
            out.append((start, m.end(1), name))
    return out

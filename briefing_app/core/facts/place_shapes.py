"""Places no gazetteer holds, found by the words news puts around them.

A gazetteer cannot list every region, valley or district, nor every spelling of a small town; but
the sentence often says what the name is: "the Lombardy region", "the province of Aceh", "in
Livorno, Tuscany" (a region after a known city), "منطقة X" (the area of X), "مطار X" (X airport).
Each finder returns (start, end, name) stretches of one sentence; `places.find_named` adds those
that nothing else has taken.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gated import gated
from briefing_app.core.facts.gazetteer import Mention, arabic_lookup_form, lookup, person_names, world_given_names
from briefing_app.core.facts.repeated_names import not_org_word
from briefing_app.core.facts.roles import is_role_noun

# English and Danish words for a kind of area, written in lower case after or before its name.
_AREA = (
    r"(?:region|province|state|district|county|governorate|prefecture|valley|peninsula|regionen|provinsen|lake|"
    r"neighbourhood|neighborhood|suburb|township|municipality|village|mountains|island|islands|desert|river|"
    r"refugee camp|locality)"
)
# (with the accented letters of the Latin-script languages: "the neighbourhood of Lavapiés")
_LOWER = "a-zæøåáéíóúñüöäàèìòùâêîôûçãõ"
_NAME = rf"[A-ZÆØÅÁÉÍÓÚÑ][{_LOWER}]+(?:[ -][A-ZÆØÅÁÉÍÓÚÑ][{_LOWER}]+)?"
# "the Oromo regional state", "the Tibet autonomous region": an adjective of status may stand between.
_AREA_AFTER = gated(rf"(?<![\w'’.-])({_NAME})\s+(?:regional\s+|autonomous\s+|federal\s+)?{_AREA}(?![\w-])")
# "the town of X", "the port city of X": a settlement's own name after its kind (only before "of": "the town"
# alone, or "city officials", names nothing).
_AREA_BEFORE = gated(rf"\b(?:{_AREA}|town|city|port\s+city|port|hamlet|commune|oasis)\s+of\s+({_NAME})(?![\w'’-])")
# "Kurdish region", "Northern province": an adjective or a compass word names no place by itself.
_NOT_A_NAME = re.compile(
    r".*(?:ish|ian|ese|ean|ic|isk|ske)$|(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|"
    r"Upper|Lower|Greater|New|Old|The|This|That|Each|Every|Any|Whole|Entire|Same|Other|Federal|Autonomous)$|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Mandag|Tirsdag|Onsdag|Torsdag|Fredag|Lørdag|Søndag)$"
)
# After a known city: ", Tuscany" ends there (a comma, full stop, bracket, the sentence's end or a preposition).
_AFTER_CITY = re.compile(rf",\s+({_NAME})(?=\s*[,.;)]|\s*$|\s+(?:and|on|in|at|to|for|where|when|og|på|i)\b)")


def _is_name(word: str, lowercase: frozenset[str]) -> bool:
    given, family = person_names()
    first = word.split()[0]
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
    return out


_SETTLEMENT_OF = re.compile(r"(?:town|city|village|port\s+city|port|hamlet|commune|oasis)\s+of\s")


def _is_named(words: str, lowercase: frozenset[str]) -> bool:
    """A name after "the town of": any capitalised words that are no common word, month or demonym."""
    first = words.split()[0]
    return not (_NOT_A_NAME.match(first) or first.lower() in lowercase or not_org_word(first))


def after_city(text: str, mention: Mention, lowercase: frozenset[str]) -> tuple[int, int, str] | None:
    """The region or country written after a known city: "in Livorno, Tuscany"."""
    if mention.entry.detail not in ("city", "capital", "region"):
        return None
    m = _AFTER_CITY.match(text, mention.end)
    if m is None or not _is_name(m.group(1), lowercase):
        return None
    return m.start(1), m.end(1), m.group(1)


# Before a known region or country and a comma, the town in it: "a Millbrook, Ohio man", "in Arden, Delaware",
# and a dateline in capitals ("PORT ALMA, Texas -"). The town must open the sentence or follow a preposition or
# an article, so that a list ("Kent, Ohio and Iowa") or a person ("Smith, Texas's governor") is not taken.
_TOWN_BEFORE = re.compile(
    r"(?:^|\b(?i:in|at|from|near|outside|of|a|an|the|to|i|fra|ved)\s+)"
    r"((?:[A-Z][a-z]+|[A-Z]{2,})(?:[ -](?:[A-Z][a-z]+|[A-Z]{2,})){0,2}),\s+$"
)
# "the Mayor of X", "Governor of X": a town's or a region's own office names the place.
_OFFICE_OF = gated(
    r"\b(?:[Mm]ayor|[Gg]overnor|[Pp]refect|[Bb]orgmester)\s+(?:of|i|for)\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?![\w'’-])"
)


def town_before(text: str, mention: Mention, lowercase: frozenset[str]) -> tuple[int, int, str] | None:
    """The town written before a known region or country: "a Millbrook, Ohio man"; or before a known city that a
    country follows, the city then being the region's name ("in Millbrook, Columbia, Ruritania")."""
    if mention.entry.detail not in ("region", "country") and not _country_after(text, mention.end):
        return None
    m = _TOWN_BEFORE.search(text[: mention.start])
    if m is None:
        return None
    name = m.group(1)
    if m.start(1) == 0 and not re.match(r"\s*[-–—(]", text[mention.end :]):
        return None  # at a sentence's start only a dateline ("PORT ALMA, Texas -"), not a list ("Apples, Ohio and")
    if name.isupper() and len(name) < 4:
        return None  # "US, Texas": an acronym
    plain = name.title() if name.isupper() else name
    if not _is_name(plain, lowercase) or lookup(plain) is not None or lookup(name) is not None:
        return None
    return m.start(1), m.end(1), name


def _country_after(text: str, end: int) -> bool:
    """Whether a comma and a known country follow `end` ("..., Mexico")."""
    m = re.match(r",\s+([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?)", text[end:])
    if m is None:
        return False
    entry = lookup(m.group(1)) or lookup(m.group(1).split()[0])
    return entry is not None and entry.detail == "country"


def offices_of(text: str, lowercase: frozenset[str]) -> list[tuple[int, int, str]]:
    """ "the Mayor of Millbrook": the place whose office is named."""
    out = []
    for m in _OFFICE_OF.finditer(text):
        if _is_name(m.group(1), lowercase) and lookup(m.group(1)) is None:
            out.append((m.start(1), m.end(1), m.group(1)))
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


def danish_places(text: str, lowercase: frozenset[str]) -> list[tuple[int, int, str]]:
    """Streets, squares, harbours, beaches, fjords and woods that Danish names by their kind (see _DA_PLACE)."""
    out = []
    for m in _DA_PLACE.finditer(text):
        name = m.group(1)
        if name.lower() in lowercase or lookup(name) is not None:
            continue  # "på stranden" written in lower case elsewhere is a common noun; a known name is found anyway
        out.append((m.start(1), m.end(1), name))
    dateline = _DA_DATELINE.match(text)
    if dateline:
        entry = lookup(dateline.group(1).title())
        if entry is not None and entry.kind == "place":
            out.append((dateline.start(1), dateline.end(1), dateline.group(1)))
    return out


# A Danish paper's dateline: the town in capitals and a colon opening the text ("VESTBY: Tre mænd blev ...").
_DA_DATELINE = re.compile(r"\s*([A-ZÆØÅ]{3,}(?:[- ][A-ZÆØÅ]{2,})?)\s*:\s")


# Arabic: a kind of area before a name ("منطقة شاكلالا", "ولاية كيرالا"): the name is the place.
_AR_AREA = "منطقة|مدينة|إقليم|ولاية|محافظة|قرية|بلدة|مقاطعة|جزيرة"
# Sites Arabic news names by their kind: hospitals, mosques, streets, stadiums, cemeteries, camps. (The
# organisation finder leaves hospitals to the places: Arabic copy names one as where something happened.)
AR_SITE_KINDS = "مستشفى|مشفى|مسجد|شارع|ملعب|مقبرة|مخيم"
# (the kind without the article: "ولاية X" names X, while "الولاية قررت" is the state and a verb)
_AR_AREA_NAME = re.compile(
    rf"(?<![\u0600-\u06ff])[وبلف]?(?:{_AR_AREA})\s+((?!ال)[\u0621-\u064a]{{3,}}(?:\s+[\u0621-\u064a]{{3,}})?)"
)
# Arabic: a place whose kind is part of its name ("مطار X الدولي", "وادي النيل", "قصر X"); Arabic news also
# names a site by its kind in the construct state ("مستشفى X", "مسجد X", "شارع X", "ملعب X", "مقبرة X",
# "مخيم X"), places where things happen rather than bodies that act.
_AR_NAMED_WITH = "مطار|وادي|قصر|ميناء|جبل|نهر|بحيرة|سهل|صحراء|معبر|بحر|خليج|مضيق|جزيرة|" + AR_SITE_KINDS
_AR_WITH_KIND = re.compile(
    rf"(?<![\u0600-\u06ff])[وبلف]?((?:{_AR_NAMED_WITH})\s+([\u0621-\u064a]{{3,}}(?:\s+[\u0621-\u064a]{{2,}}){{0,2}}))"
)
# Adjectives of number and kind after an indefinite noun ("ولاية أخرى", "مدينة واحدة"): no name.
_AR_DETERMINERS = {"أخرى", "آخر", "واحدة", "واحد", "ثانية", "ثالثة", "كبيرة", "صغيرة", "عديدة", "مجاورة",
                   "جديدة", "بعيدة", "قريبة", "معينة", "كاملة"}  # fmt: skip
# Verbs of naming after a kind ("مسجد يدعى X"), and titles a site is named after ("مقبرة الشيخ X").
_AR_NAMING = {"يدعى", "تدعى", "يسمى", "تسمى", "اسمه", "اسمها", "يعرف", "تعرف"}
_AR_HONORED = {"الشيخ", "الإمام", "الأمير", "الملك", "السلطان", "السيدة", "النبي", "الشهيد", "القديس", "القديسة"}
_AR_FUNCTION = {"التي", "الذي", "الذين", "التابع", "التابعة", "الجديد", "الجديدة", "الكبير", "الكبيرة", "بعد",
                "قبل", "منذ", "عند", "على", "إلى", "الى", "في", "من", "عن", "مع", "حيث", "بين"}  # fmt: skip


def _ar_adjective(word: str) -> bool:
    """A relative adjective (حدودية "border", الحدودي), not a name."""
    return word.endswith(("ي", "ية", "يه", "يا")) and not lookup(word)


def arabic_areas(text: str) -> list[tuple[int, int, str]]:
    """منطقة شاكلالا (the name after a kind of area), مطار X الدولي, وادي النيل (the kind in the name)."""
    out = []
    for m in _AR_AREA_NAME.finditer(text):
        words = m.group(1).split()
        if len(words) == 2 and lookup(" ".join(words)) is None:
            words = words[:1]  # two words only when they are one known name ("إسلام آباد")
        name = words[0] if len(words) == 1 else " ".join(words)
        if name in _AR_FUNCTION or words[0] in _AR_DETERMINERS or _ar_adjective(words[0]) or lookup(name) is not None:
            continue  # a known place is the gazetteer's to find; a function word or adjective names nothing
        out.append((m.start(1), m.start(1) + len(name), name))
    for m in _AR_WITH_KIND.finditer(text):
        words = m.group(2).split()
        first = words[0]
        if first in _AR_FUNCTION or (_ar_adjective(first) and not first.startswith("ال")):
            continue
        if first.startswith(("لل", "بال")) or (
            first[:1] in "لب"
            and not first.startswith("ال")
            and len(first) > 4
            and lookup(first) is None
            and lookup(first[1:]) is None
        ):
            continue  # "مخيم للاجئين" (a camp for refugees): a preposition's noun says what it is for, no name
        if first in _AR_NAMING:
            continue  # "مسجد يدعى X" (a mosque called X): a verb of naming, the name comes after it
        kept = [first]
        for n in (2, 1):  # a known place of two words ("إسلام آباد"), then what follows it
            if lookup(" ".join(words[:n])) is not None:
                kept = words[:n]
                break
        rest = words[len(kept) :]
        if len(rest) >= 2 and rest[0] in ("أبو", "ابو", "أم", "ام", "بن", "بني"):
            kept, rest = kept + rest[:2], rest[2:]  # "معبر كرم أبو سالم": a name built with "father of"
        if (
            rest
            and rest[0].startswith("ال")
            and rest[0] not in _AR_FUNCTION
            and (_ar_adjective(rest[0]) or (not kept[-1].startswith("ال") and lookup(kept[-1]) is None))
        ):
            # "مطار X الدولي": the adjective of the airport is part of its name; "مسجد صاحب الزمان": an
            # indefinite word and the definite one after it are one name in the construct state
            kept.append(rest[0])
        elif rest and kept == [first] and first in _AR_HONORED and not rest[0].startswith("ال"):
            kept.append(rest[0])  # "مقبرة الشيخ X", "مسجد الإمام X": a title and the name it honours
        kind = m.group(1).split()[0]
        name = " ".join([kind, *kept])
        out.append((m.start(1), m.start(1) + len(name), name))
    return out


# Competitions named after the place they are for ("كأس آسيا": the Asian Cup).
_AR_EVENTS = {"كأس", "بطولة", "دوري", "رالي", "ماراثون", "طواف", "دورة", "ألعاب"}
_AR_NUMBER_WORDS = {"بليون", "مليون", "مليار", "بلايين", "ملايين", "مليارات", "وبليون", "ومليون", "ومليار"}


def ar_common_word(text: str, mention: Mention) -> bool:
    """An Arabic town's name read as the common word or name it also is: a number word with a clitic before it
    (بليون "billion", not ب + ليون Lyon); a noun before a country's name (رالي روسيا "the Russia rally"); a
    definite noun with its adjective (الطبقة الراقية "the upper class"); a given name before a family name
    (بشار الأسد)."""
    start = text.rfind(" ", 0, mention.start) + 1
    end = text.find(" ", mention.end)
    if text[start : end if end >= 0 else len(text)].strip("،.,:") in _AR_NUMBER_WORDS:
        return True
    before = text[:start].split()[-1:]
    if before and before[0].lstrip("وب") in _AR_EVENTS:
        return True  # "كأس آسيا", "بطولة أوروبا": a competition named after a place, not the place
    if " " in mention.written:
        return False
    following = text[mention.end :].split()[:1]
    after = following[0].strip("،.,:") if following else ""
    if not after:
        return False
    entry = lookup(after)
    if entry is not None and entry.detail == "country":
        return True  # "رالي روسيا"
    definite = mention.written.startswith("ال")
    adjective = after.startswith("ال") and after.endswith(("ية", "ي"))
    if definite and adjective and lookup(f"{mention.written} {after}") is None:
        return True  # "من الطبقة الراقية"
    if not definite and arabic_lookup_form(mention.written) in world_given_names().get("ar", frozenset()):
        return after.startswith("ال") or arabic_lookup_form(after) in world_given_names().get("ar", frozenset())
    return False


# A place's own kind written after its name, capitalised, is part of the name: "Kano State", "Kharkiv Oblast",
# "Punjab Province"; an electoral district is a place named by its kind ("Riverside Single Member
# Constituency"), whatever words stand before the kind.
_KIND_AFTER_PLACE = re.compile(r"\s+(State|Oblast|Province|Governorate|Prefecture|Krai|Voivodeship)(?![\w-])")
_CONSTITUENCY = gated(r"(?<![\w'’.-])((?:[A-Z][a-z]+\s+){1,4}Constituency)(?![\w'’-])")
# A capitalised word after a place that makes the whole a building, a street, a facility or an event, none of
# them a place: "Riverton Airport", "Northfield International Airport", "Harbour Square", "the Westland Cup",
# "Ruritania '98".
_FACILITY_AFTER = re.compile(
    r"\s+(?:International\s+)?(?:Airport|Airfield|Airbase|Stadium|Arena|Station|Cup|Trophy|Marathon|Square|Street|"
    r"Avenue|Boulevard|Road|Bridge|Palace|Hotel|Prison|Park|Mall|Tower|Towers|Cathedral|Mosque|Temple|Synagogue|"
    r"Grand\s+Prix)"
    r"(?![\w'’-])"
    r"|\s+['’]\d{2}(?![\w'’-])"  # "at France '98": a tournament named by its host and its year
)
# A place, then a capitalised plural that is no place, people or event: a sports team named by its town
# ("the Riverton Otters", "Northfield Red Hawks' 2-1 loss"); the town stands for no place there.
_TEAM_AFTER_PLACE = re.compile(r"\s+((?:[A-Z][a-z]+\s+)?([A-Z][a-z]+s))(?=['’]?(?![\w-]))")
# Plurals after a place that name no team: land forms, events, agreements, talks, a party's members.
_NOT_TEAM = {
    "Islands", "Isles", "Heights", "Hills", "Mountains", "Falls", "Springs", "Lakes", "Highlands", "Lowlands",
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


def facility_after(text: str, mention: Mention) -> bool:
    """Whether a place's name only starts a building's, a street's or an event's ("Riverton Airport"), or ends an
    event's name ("the Battle of Riverton", "the 24 Hours of Riverton")."""
    if mention.entry.kind != "place":
        return False
    if _EVENT_OF.search(text[: mention.start]):
        return True
    return not _ends_sentence(text, mention) and _FACILITY_AFTER.match(text, mention.end) is not None


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
    if plural in family or plural in given or mention.written in given:
        return None  # "Florence Williams": a given name that is also a town, then a family name
    return mention.start, m.end(1), text[mention.start : m.end(1)]


# A name, then an apposition that says it is a settlement or an area somewhere: "Millbrook, a village in the
# north", "Kestrel, a small town near the border", "Ashby, a suburb of the capital".
_SETTLEMENT = (
    r"(?:village|town|city|hamlet|township|suburb|district|neighbo(?:u)?rhood|municipality|region|province|island|"
    r"port|port city|market town|settlement|locality|commune|county)"
)
_DESCRIBED_PLACE = gated(
    rf"(?<![\w'’.-])({_NAME}),\s+(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}{_SETTLEMENT}\s+"
    r"(?:in|on|near|of|outside|north|south|east|west|northeast|northwest|southeast|southwest|just|about|some)\b"
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
    return [
        (m.start(1), m.end(1), m.group(1))
        for m in _SEAT.finditer(text)
        if m.group(1).split()[0] not in person_names()[0] and m.group(1).split()[0].lower() not in lowercase
    ]


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


def glued_towns(text: str, mentions: list[Mention], sports: bool = False) -> dict[int, tuple[int, int] | None]:
    """Two towns written side by side with only a space between ("Porto Braga"): together they name something
    else; a town and its region or country keep a comma in English. Maps each one's start to the pair's stretch
    when that is a club ("Bavaria Munich" in a match report: a region or town, then a town), else to None."""
    out: dict[int, tuple[int, int] | None] = {}
    for first, second in zip(mentions, mentions[1:], strict=False):
        if text[first.end : second.start] != " " or first.written.endswith(".") or second.entry.detail != "city":
            continue
        if first.entry.detail == "city":
            out[first.start] = out[second.start] = None
        if sports and first.entry.detail in ("city", "region") and " " not in first.written:
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
_PERSON_BEFORE = re.compile(r"([A-Z][a-z]+)\s+[A-Z][\w'’-]+,\s+(?:and\s+)?$")


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
    if _PLACE_PREPOSITION.search(before) or not before.strip(" \"'“‘("):
        return False  # "In Geneva, John Roe met...": a dateline or a place, then a person
    given = person_names()[0]
    after, prior = _PERSON_AFTER.match(text, mention.end), _PERSON_BEFORE.search(before)
    return (after is not None and after.group(1) in given) or (prior is not None and prior.group(1) in given)


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


def acronym_chapters(text: str) -> list[re.Match[str]]:
    """An unknown acronym and a country right after it: a body's name or its chapter ("PINK Ruritania", "QRS
    Kenya"); a known one is a body of its own before a country ("the NATO Russia council", "the EU Turkey deal")."""
    out = []
    for m in _ACRONYM_COUNTRY.finditer(text):
        entry = lookup(m.group(1))
        known = lookup(m.group(0).split()[0])
        if entry is not None and entry.detail == "country" and known is None:
            out.append(m)
    return out

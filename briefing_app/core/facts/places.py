"""Places and organisations: the packaged gazetteer first, then organisation-shaped names.

Places come only from the gazetteer (GeoNames, CLDR and ISO 3166 data generated into
resources/gazetteer, plus a short list of seas and regions): a capitalised word is far more often a
person or a company than an unknown town. Organisations come from a short list of bodies news names
bare ("Reuters", "NATO") and from their shapes (`orgs.py`); one-word names used twice or that the sentence
calls a company are added after the people finder (`repeated_names.py`). `Named.spans` tells the people finder
which stretches of each sentence are already taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefing_app.core.facts import org_cues, org_translit, orgs, place_features, place_shapes
from briefing_app.core.facts.gazetteer import (
    Mention,
    camel_case_organisations,
    find_mentions,
    lookup,
    person_names,
    towns,
)
from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.named import Named
from briefing_app.core.facts.named import overlaps as _overlaps
from briefing_app.core.facts.orgs_ar_tagged import tagged_bodies
from briefing_app.core.facts.places_ar_tagged import tagged_places
from briefing_app.core.facts.places_he import (
    common_word_not_place,
    hebrew_area_names,
    hebrew_areas,
    hebrew_locative,
    plural_town_read_as_noun,
    short_name_read_as_word,
)
from briefing_app.core.facts.repeated_names import add_repeated_names, not_org_word
from briefing_app.core.facts.roles import is_person_noun, is_role_noun
from briefing_app.core.facts.sports_teams import TeamUses, is_sports_story, listed_four_or_more

__all__ = ["LEADING_FUNCTION_WORDS", "Named", "add_repeated_names", "find_named", "find_places_and_orgs"]

# Words that start a sentence but never a name; they are cut off the front of a capitalised run.
LEADING_FUNCTION_WORDS = {
    "the", "a", "an", "in", "at", "on", "but", "and", "as", "for", "from", "by", "with", "to", "of", "after", "before",
    "while", "when", "if", "since", "this", "that", "these", "those", "it", "its", "his", "her", "their", "our",
    "i", "we", "you", "he", "she", "they", "there", "here", "what", "who", "where", "why", "how", "so", "yet", "or",
    "den", "det", "de", "en", "et", "på", "af", "til", "med", "fra", "og", "men", "når", "hvis", "som",
    "der", "han", "hun", "vi", "jeg", "ifølge", "efter", "under", "over", "mens", "both", "either", "neither",
    "all", "each", "every", "begge", "både", "hverken", "enten", "også", "kun", "selv",
}  # fmt: skip


# Words after a league's name that make it a competition rather than the body that runs it.
_COMPETITION_AFTER = re.compile(
    r"['’]?s?\s+(?:match|matches|game|games|final|finals|semi-final|semi-finals|quarter-final|quarter-finals|round|"
    r"rounds|title|titles|season|seasons|tie|ties|fixture|fixtures|group|groups|campaign|trophy|debut|goal|goals|"
    r"clash|record|table|standings|qualifier|qualifiers|knockout|draw|winners?|champions?)\b"
)
# A capitalised stance or faith before a kind of outlet describes it: "a Marxist blog", "a Conservative paper".
_STANCE = re.compile(r".*(?:ist|ists|ism)$|Conservative|Liberal|Progressive|Salafi|Jihadi|Sunni|Shia|Shiite|Opposition")
# The last word of a defined name that makes it a place, not a body: an electoral district.
_PLACE_KIND_WORDS = {"Constituency"}
# Determiners and quantifiers that open sentences and also spell a town ("Most", "Many"): read as the word there.
_OPENING_DETERMINERS = {"most", "many", "some", "several", "few", "much", "more", "such", "other", "only", "even",
                        "still", "just", "both", "each", "every", "any", "all", "no", "none"}  # fmt: skip


def _title_case(text: str) -> bool:
    """A headline that capitalises every word ("Minister to Back Plan for Ports"): four or more words of four
    letters or more, nearly all capitalised."""
    words = re.findall(r"\b[^\W\d_]{4,}", text)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


# Acronyms of a kind of body ("NGO") that describe the body named after them: "the NGO Open Doors".
_DESCRIBING = {"NGO", "NGOs", "INGO", "charity"}


def _after_describer(words: list[str]) -> list[str]:
    """The name after a word that only describes or owns it: "Greek NGO Hellenic League", "the United Nations'
    Committee Against Torture" (the owner is a body of its own, which the gazetteer or an acronym finds)."""
    for i in range(min(len(words) - 3, 3), -1, -1):
        word = words[i]
        if word in _DESCRIBING:
            return words[i + 1 :]
        if word.endswith(("'", "’", "'s", "’s")) and lookup(re.sub(r"['’]s?$", "", " ".join(words[: i + 1]))):
            return words[i + 1 :]  # a known owner ("Workers' Party" keeps its own)
    return words


_OFFICE_OF_A_TITLE = re.compile(r"(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+(?:Office|Department|Bureau|Cabinet)$")


def _defined_name(name: str, acronym: str) -> str:
    """The name an acronym in brackets stands for, without leading words none of its letters stand for
    ("Deputies of the Party 7 Harbours (P7H)": the deputies are no part of the party's name); the whole name
    when its capitals do not spell the acronym, which then abbreviates the name in another language."""
    words = name.split()
    letters = iter(w[0] for w in words if w[:1].isupper() or w[:1].isdigit())
    if not all(c in letters for c in acronym if c.isupper() or c.isdigit()):
        return _clean_org(name)  # an acronym of the name in its own language ("Council of Churches (DGR)")
    while len(words) > 2 and (words[0][:1].upper() not in acronym.upper() or words[0] in ("of", "the", "for", "on")):
        if any(_is_place_name(" ".join(words[:k])) for k in (3, 2, 1)):
            break  # "United States Department of State (DoS)": the country the body is of stays in its name
        words = words[1:]
    return _clean_org(" ".join(words))


_PLACE_COMPOUND = re.compile(
    r"[A-Z][\w'’.]*-(?:based|led|backed|owned|run|funded|linked|affiliated|allied|aligned|born|registered|controlled|"
    r"sponsored|supported|headquartered)"
)


# Areas named "Kind of X" in many countries' administration: a known place after them makes them areas, not bodies.
_AREA_OF = re.compile(r"(?:Department|Province|Region|District|Governorate|Prefecture|County|Oblast) of (?:the )?(.+)")


def _is_place_name(words: str) -> bool:
    entry = lookup(words)
    return entry is not None and entry.kind == "place"


def _clean_org(name: str) -> str:
    """An organisation's name without a leading article, sentence opener or job ("Informationssekretær i")."""
    words = _after_describer(name.strip().split())
    while len(words) > 2 and _PLACE_COMPOUND.fullmatch(words[0]):
        words = words[1:]  # "London-based", "Saudi-backed": where the body is or who backs it, no word of its name
    if len(words) > 2 and words[1] == "the" and words[0] != "The":
        words = words[2:]  # "Named the Pacific Trade Council, ...": a sentence's first word, then the name
    while len(words) > 1 and (words[0].lower() in LEADING_FUNCTION_WORDS or is_role_noun(words[0])):
        if words[0].lower() not in LEADING_FUNCTION_WORDS and _OFFICE_OF_A_TITLE.match(" ".join(words)):
            break  # "Attorney General's Office", "Prime Minister's Office": the office of a title is a body
        if words[0].lower() not in LEADING_FUNCTION_WORDS and len(words) == 2:
            break  # "General Assembly", "General Motors": a title's word that heads the name, not a job before it
        words = words[1:]
    name = " ".join(words)
    name = re.sub(r"['’]s$", "", name).strip(" ,")
    return name[:-1] if name.endswith(".") and len(name.split()[-1]) > 5 else name


# "the Green Party's health spokesman", "Venstres formand": the owner of a job is an organisation
# (or a place, which the gazetteer knows).
_OWNER = re.compile(
    r"((?:[A-ZÆØÅ][\w&-]*\s+){0,3}[A-ZÆØÅ][\w&-]*?)(?:['’]s|(?<=[a-zæøå])s)\s+((?:[a-zæøå-]+\s+){0,2}[a-zæøå-]+)"
)


# Nouns after a possessive that the job lists hold but that name a person's kin or a page ("father" is also a
# priest, "page" a servant): after them the owner is a person, no employer.
_KIN_AND_PAGES = {
    "father", "mother", "brother", "sister", "son", "daughter", "wife", "husband", "uncle", "aunt", "cousin",
    "nephew", "niece", "grandfather", "grandmother", "grandson", "granddaughter", "parents", "children", "family",
    "widow", "fiancé", "fiancée", "partner", "friend", "page", "pages", "account", "blog",
}  # fmt: skip


_MONTHS_DAYS = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)$"
)


_WEEKDAY = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")
_PAPER_WORDS = {"Times", "Post", "Telegraph", "Tribune", "Herald", "Mirror", "Express", "Star", "Sun", "Mail",
                "Independent", "Observer", "Standard", "Sport", "Journal", "Chronicle", "Gazette",
                "Record", "Courier", "Examiner", "Inquirer", "Dispatch", "Review", "Monitor", "Bulletin"}  # fmt: skip


# Kinds of territory a body's name may end with: "Ministry of Health for the Province of X" is one body.
_TERRITORIES = {"Province", "State", "Region", "County", "City", "District", "Republic", "Governorate",
                "Municipality", "Territory", "Canton", "Prefecture", "Department"}  # fmt: skip


# Tail words that are nouns for a body and never a word of a title ("Committee" in "X Committee Chairman").
_BODY_NOUNS = {"Committee", "Council", "Board", "Commission", "Party", "Ministry", "Department", "Agency", "Bank",
               "Company", "Corporation", "Union", "Court", "Foundation", "Institute", "University", "Association",
               "Authority", "Bureau", "League", "Federation"}  # fmt: skip


def _trim_org_words(words: list[str]) -> list[str]:
    """An organisation's words without a date, a model's code or a person's name run on after them ("Court of
    Cassation on July", "Department of Defense X-2 Program", "Air Force for Acquisition Darleen Druyun")."""
    for i, word in enumerate(words):
        if i == 0 and len(words) == 2 and _WEEKDAY.match(word) and words[1] in _PAPER_WORDS:
            break  # "Sunday Times", "Saturday Courier": a paper named by the day it comes out
        if _MONTHS_DAYS.match(word.rstrip(".,;:!?")) or (i and re.search(r"[A-Za-z]", word) and re.search(r"\d", word)):
            words = words[:i]  # a date, or a model's code ("Department of Defense Nanosat-2 Program")
            break
    given, _ = person_names()
    for i in range(1, len(words) - 1):
        if words[i] in given and words[i + 1][:1].isupper() and i + 2 == len(words):
            if lookup(" ".join(words[i:])) is not None:
                break  # "... of Santa Fe": a place, not a person run on after the name
            words = words[:i]
            break
    ofs = [i for i, w in enumerate(words) if w == "of"]
    if len(ofs) >= 2:
        tail = " ".join(w for w in words[ofs[-1] + 1 :] if w != "the")
        entry = lookup(tail)
        territory = words[ofs[-1] - 1] in _TERRITORIES  # "for the Province of Santa Fe": the body's own reach
        # "University of Sheffield of the UK" describes; "Ministry of Trade and Industry of Ruritania" names
        described = ofs[-1] + 1 < len(words) and words[ofs[-1] + 1] == "the"
        if entry is not None and entry.kind == "place" and not territory and described:
            words = words[: ofs[-1]]  # "University of Sheffield of the UK": the country is no part of it
    while words and words[-1] in ("of", "for", "on", "and", "the", "&"):
        words = words[:-1]
    # (a body's kind that the gazetteer also holds as a short name, "Congress", "Senate", ends the name: "African
    # National Congress")
    kind_ends = words[-1] in orgs.EN_TAIL and words[-2:-1] != ["and"]  # "the Harbour House and Senate": two
    last = lookup(words[-1]) if len(words) >= 3 and not kind_ends else None
    if last is not None and last.kind == "organisation" and lookup(" ".join(words)) is None:
        words = words[:-1]  # "News of Ruritania Revolution Facebook page": the page's name, then where it is
        while words and words[-1] in ("of", "for", "on", "and", "the", "&"):
            words = words[:-1]  # "the Harbour House and Senate": the first body without the "and"
    return words


# The first of two names that share their last part, written with a hyphen: "Nord- og Sydjyllands Politi",
# "Primary- and Secondary Schools Board".
_SHARED_HEAD = re.compile(r"(?<![\w-])[A-ZÆØÅ][\wæøå]*-\s+(?:og|eller|and|or)\s+$")


# Words that may stand before a place's name and leave it a place: "Northern Iraq", "Greater Cairo".
_PLACE_MODIFIERS = {
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Greater", "Upper",
    "Lower", "Inner", "Outer", "Downtown", "Old", "New", "Occupied", "Mainland", "Metropolitan", "Rural", "Coastal",
    "Nordre", "Søndre", "Østre", "Vestre", "Nord", "Syd", "Øst", "Vest", "Midt", "Store", "Lille",
}  # fmt: skip


_NAME_BEFORE = re.compile(r"(?<![\w'’.-])([A-ZÆØÅÁÉÍÓÚ][a-zæøåáéíóúñ]+)(?:\s+(?:de|del|da|do|di|la|el))?\s+$")


def _ends_a_longer_name(text: str, mention: Mention) -> bool:
    """A one-word place right after a capitalised word of another name ("Simón Bolívar", "Radio Moscow",
    "Mercado Común del Sur") is that name's last word, unless the word before is a sentence's first word, a
    place, a compass or size word, an acronym or a possessive."""
    if " " in mention.written:
        return False
    m = _NAME_BEFORE.search(text[: mention.start])
    if m is None or m.group(1) in _PLACE_MODIFIERS or m.group(1).lower() in LEADING_FUNCTION_WORDS:
        return False
    if not text[: m.start()].strip(" \"'“‘(") or re.search(r"[.:!?;][\"”']?\s*$", text[: m.start()]):
        return m.group(1) in person_names()[0]  # a sentence's first word may be any word, unless a given name
    if lookup(m.group(1)) is not None or _TITLE_BEFORE.search(text[: m.end()]):
        return False  # "Texas Houston"? a place before a place is a list or a region; titles are read above
    return True


# ("in El X" stays open: papers are cited "in El X" as often as towns are.)
_ROMANCE_ARTICLES = {"El", "La", "Le", "Les", "Los", "Las", "Il", "Lo", "O", "A"}
_CITY_OF = re.compile(r"\b(?:city|town|village|port|province|region|department|state)\s+of\s+$")


def _employers_and_foreign_titles(text: str, lowercase: frozenset[str], whole: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of an employer named after a job ("vice-president of Hargreaves Sachs") and of a
    paper named with a Romance article ("for El Diario"), unless the name is a place, a date, a person's
    ("of John Smith") or the end of a longer name elsewhere in the article (`whole`: "Marine Le Pen")."""
    given, family = person_names()
    found = [(m.start(), m.group(0)) for m in orgs.FOREIGN_TITLE.finditer(text)]
    found = [(at, name) for at, name in found if not _CITY_OF.search(text[:at])]  # "the city of El Alto": a town
    found = [(at, name) for at, name in found if not orgs.KIND_COMMA_BEFORE.search(text[:at])]  # read whole below
    for m in orgs.EMPLOYER_AFTER_JOB.finditer(text):
        if re.match(r"\s+(?:(?:and|of|for|&|de|del|do|da)\s+)?[A-Z]", text[m.end() :]):
            continue  # the name runs on ("Acme Prisoner Support and Human Rights Association"): the shapes' to read
        start = m.start(1) if m.group(1) else m.start(2)
        found.append((start, text[start : m.end(2)]))
    for m in orgs.SPEAKER_FROM.finditer(text):
        # a person's name first ("Jane Roe from X said") or a job and a name ("Blogger J. Roe, from X writes")
        if m.group(2) in given or (m.group(1) and is_role_noun(m.group(1).lower())):
            found.append((m.start(3), m.group(3)))
    out = []
    for start, name in found:
        words = name.split()
        core = words[1:] if words[0] in ("El", "La", "Le", "O", "Il", "Los", "Las", "Les") else words
        if lookup(name) is not None and lookup(name).kind == "place":  # type: ignore[union-attr]
            continue
        if any(lookup(w) is not None and lookup(w).kind == "place" for w in core[:1]):  # type: ignore[union-attr]
            continue  # "president of Ruritania Jane Roe": the country, then its president's name
        if core[0] in given or core[-1] in family or core[0].lower() in lowercase or _MONTHS_DAYS.match(core[0]):
            continue
        if re.search(rf"[A-Z][\w-]*\s+{re.escape(name)}(?![\w-])", whole):
            continue  # "Marine Le Pen": the end of a person's name
        out.append((start, start + len(name), name))
    return out


def _outlets(text: str, lowercase: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of a blog, paper or account named by common words and doing what outlets do
    ("Harbour Notes published"): no person (given or family name), no place, no title, no demonym at its end."""
    given, family = person_names()
    out = []
    for m in orgs.OUTLET_VERB.finditer(text):
        start, words = m.start(1), m.group(1).split()
        if re.search(r"(?:[A-Z][\w'’-]*|\b(?:to|of|for|on)|&)\s+$", text[:start]):
            continue  # "Committee to Protect Writers reports": the end of a longer name, which the shapes read
        while len(words) > 1 and words[0].lower() in LEADING_FUNCTION_WORDS:
            start += len(words[0]) + 1
            words = words[1:]
        name = " ".join(words)
        if len(words) < 2 or not any(w.lower() in lowercase for w in words[1:]):
            continue  # a common word after the first says it is a title of a work or outlet, not a person
        person_like = words[0] in given and words[-1].lower() not in lowercase  # "Grace Notes": a common word ends it
        if person_like or words[-1] in family or any(is_role_noun(w) or _MONTHS_DAYS.match(w) for w in words):
            continue
        if lookup(name) is not None or (lookup(words[-1]) is not None and lookup(words[-1]).kind == "place"):  # type: ignore[union-attr]
            continue
        out.append((start, start + len(name), name))
    for start, end, name in orgs.cited_outlets(text):
        words = name.split()
        if words[0] in given or words[-1] in family or lookup(name) is not None or not_org_word(words[-1]):
            continue  # "as Jane Roe reported", "wrote in Arabic", "blogs in Ruritania"
        if _MONTHS_DAYS.match(words[0]) or name.lower() in lowercase or is_role_noun(words[0]):
            continue
        out.append((start, end, name))
    return out


def _headline_common_words(words: list[str], lowercase: frozenset[str]) -> bool:
    """Whether a name in a headline in title case is made only of words the article writes in lower case
    elsewhere ("Attacked by Security Forces"): common words the headline capitalised, no name."""
    return all(w.lower() in lowercase for w in words)


# A small town is a place only where the sentence puts one: "in Bogliasco", "near Kanata", "from Yeoncheon".
_TOWN_AFTER = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear|[Oo]utside|to|of|town of|city of|village of|i|fra|ved|nær|til|omkring|"
    r"mellem|byen)\s+"
    r"([A-ZÆØÅ][a-zæøå'-]{3,}(?:\s[A-ZÆØÅ][a-zæøå'-]+){0,2})(?![\w'’-])"
)


def _extend_back(text: str, start: int, words: list[str], lowercase: frozenset[str]) -> tuple[int, list[str]]:
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
        if word.lower() in LEADING_FUNCTION_WORDS or is_role_noun(word) or (opens and word.lower() in lowercase):
            break
        if word in _DESCRIBING:
            break  # "the NGO Hellenic League for ...": the acronym says what the body is, it is no part of its name
        words = [word, *words]
        start = m.start(1)
        before = text[:start]
    return start, words


# A title right before a capitalised word makes it a person's name, whatever towns share it.
_TITLE_BEFORE = re.compile(
    r"\b(?:President|Senator|Sen\.|Governor|Gov\.|Mayor|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Judge|General|Gen\.|King|Queen|"
    r"Prince|Princess|Pope|Minister|Secretary|Rep\.|Representative|Chancellor|Premier|Sir|Lady|Lord|Professor|"
    r"Prof\.|Colonel|Captain|Sheikh|Rabbi|Father|Bishop|Saint|St\.|hr\.|fru|statsminister|minister|præsident|"
    r"borgmester)\s+$"
)


# A name built with "of/on/for" that stopped at an organisation word inside it ("Project on Government") runs on
# over one capitalised word that ends the phrase ("Oversight", then a verb, a comma or the end).
_CONNECTED = re.compile(r"\s(?:on|for)\s+[A-Z]\w*$")
_RUN_ON = re.compile(r"\s+([A-Z][a-z]+)(?=\s+[a-z]|[,.;:)]|$)")
_CAMPUS_HEAD = re.compile(r"(?:The\s+)?(?:University|College|Institute|State University)\b")
_CAMPUS = re.compile(r"\s+at\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?![\w'’-])")


class _Span:
    """A piece of a regular-expression match (start, end, text), as `finditer` gives them."""

    def __init__(self, start: int, text: str) -> None:
        self._start, self._text = start, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._start + len(self._text)

    def group(self, _: int = 0) -> str:
        return self._text


def _opener_of(text: str, start: int, words: list[str], lowercase: frozenset[str]) -> bool:
    """A sentence's first word, capitalised only because it opens the sentence, then "of" and a name: "Shares of
    Acme Corp fell", "Employees of Northwind Bank struck" (a plural or a word the article writes in lower case
    elsewhere). A body's own head ("Ministry of ...", "Bank of ...") stays."""
    if len(words) < 4 or words[1] != "of" or text[:start].strip(" \"'“‘("):
        return False
    first = words[0]
    if first in orgs.EN_HEAD or first in orgs.EN_TAIL or not first[:1].isupper() or not first[1:].islower():
        return False
    return first.lower() in lowercase or (first.endswith("s") and not first.endswith("ss"))


def _leaders_term(name: str, lowercase: frozenset[str], whole: str) -> bool:
    """ "Bush Administration", "Harlow Government": a person's family name before "Administration" or "Government"
    names a leader's term in office, which the corpus does not count as an organisation. The name is a family name
    of the census lists or one the article gives after another name or a title ("President Harlow"); "the
    Veterans Administration" and "Kenya Government" (a place's) stay."""
    words = name.split()
    if len(words) != 2 or words[1] not in ("Administration", "Government"):
        return False
    first = words[0]
    if not (first[:1].isupper() and first[1:].islower()) or first.lower() in lowercase:
        return False
    entry = lookup(first)  # a town may share the leader's name ("Bush"); a country's or region's government is one
    if first in orgs.EN_HEAD or first in orgs.EN_TAIL or (entry is not None and entry.detail != "city"):
        return False
    named = re.search(rf"[A-Z][\w.]*\s+{re.escape(first)}\b(?!\s+(?:Administration|Government))", whole)
    return first in person_names()[1] or named is not None


def _ends_in_country(words: str) -> bool:
    """ "PINK Ruritania and the X Centre": a name that ends with a country after a word of its own (not after "of":
    "Ministry of Trade of Bosnia and Herzegovina") is complete before "and"."""
    run = words.split()
    if len(run) < 2 or run[-2] in ("of", "for", "and", "the", "in"):
        return False
    entry = lookup(run[-1])
    return entry is not None and entry.detail == "country"


def _sentence_stop_off(name: str) -> str:
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


def _split_at_and(matches: Iterator[re.Match[str]]) -> Iterator[_Span]:
    """ "Acme Re and Northwind Bank" is two organisations: split where the part before "and" is complete
    (ends with an organisation word, or is a body the gazetteer knows: "Amnesty International and Harbour
    Watch"); "Department of Health and Social Care" stays one."""
    for m in matches:
        text, start = m.group(0), m.start()
        parts = re.split(r"(\s+(?:and|og|&)\s+)", text)
        pieces: list[tuple[int, str]] = []
        offset = start
        current, current_start = "", start
        for part in parts:
            if re.fullmatch(r"\s+(?:and|og|&)\s+", part):
                last = current.split()[-1] if current.split() else ""
                # (a kind word alone is no body: "the Harbour Credit and Savings Bank" is one)
                complete = (last in orgs.EN_TAIL or last in orgs.DA_TAIL_WORDS) and len(current.split()) >= 2
                if complete or _known_body(current) or _ends_in_country(current):
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
                yield _Span(piece_start, piece)


def find_named(sentences: list[SourceSentence], language: str) -> Named:
    """Every place and organisation the sentences name, one fact each, with all their sentences."""
    lang = language.split("-")[0].lower()
    named = Named()
    by_key: dict[tuple[str, str], Fact] = {}
    lowercase = frozenset(w for s in sentences for w in re.findall(r"\b[a-zæøå][\w'-]*", s.text))
    whole = "\n".join(s.text for s in sentences)
    brands = {w for w in lowercase if w in camel_case_organisations()}  # "youtube" written in lower case
    aliases: dict[str, str] = {}  # acronym -> full name, as the article defines it
    acronym_sentences: dict[str, int] = {}
    place_acronyms: set[str] = set()  # acronyms the article defines for a place ("... Constituency (RSMC)")
    for s in sentences:
        for word in set(orgs.ACRONYM.findall(s.text)):
            acronym_sentences[word] = acronym_sentences.get(word, 0) + 1
    if lang in ("en", "da"):
        for s in sentences:
            for m in orgs.acronym_definitions(s.text):
                full, short = _defined_name(m.group(1), m.group(2)), m.group(2)
                if full.split()[-1] in _PLACE_KIND_WORDS:
                    place_acronyms.add(short)  # "Riverside Single Member Constituency (RSMC)": a district
                    continue
                entry = lookup(full)
                if entry is None or entry.kind == "organisation":
                    aliases.setdefault(short, full)

    sports = lang in ("en", "da") and is_sports_story(whole)
    team_uses = TeamUses()

    def add(kind: str, name: str, index: int, start: int, end: int, key_name: str | None = None) -> None:
        spans = named.spans.setdefault(index, [])
        spans.append((start, end))
        key = (kind, (key_name or name).lower())
        fact = by_key.get(key)
        if fact is None:
            by_key[key] = Fact("place" if kind == "place" else "organisation", name, index)
        elif index not in fact.sentences:
            fact.sentences.append(index)

    for s in sentences:
        text, taken = s.text, named.spans.setdefault(s.index, [])
        headline = _title_case(text)
        if lang in ("en", "da"):
            for m in orgs.acronym_definitions(text):
                full = _defined_name(m.group(1), m.group(2))
                if m.group(2) in place_acronyms:
                    taken.append((m.end() - len(m.group(2)) - 1, m.end()))  # the place finders read the name
                    continue
                add(
                    "organisation",
                    aliases.get(m.group(2), full),
                    s.index,
                    m.end() - len(m.group(0)) + m.group(0).find(full),
                    m.end(),
                )
            channels = [m for m in orgs.CHANNEL.finditer(text) if m.group(0).split()[0] not in orgs.NOT_ORG_ACRONYMS]
            for m in orgs.AIRLINE.finditer(text):
                entry = lookup(m.group(1))
                if entry is not None and entry.kind == "place" and not _overlaps(taken, m.start(), m.end()):
                    add("organisation", m.group(0), s.index, m.start(), m.end())  # "Air Canada"
            for m in orgs.TV_CHANNEL.finditer(text):
                station = orgs.TV_REGION.match(text, m.end())  # "TV 2 Østjylland": the regional station
                if station is None or _overlaps(taken, m.start(), m.end()) or _MONTHS_DAYS.match(station.group(1)):
                    continue
                if station.group(1) not in person_names()[0] and station.group(1).lower() not in lowercase:
                    add("organisation", text[m.start() : station.end()], s.index, m.start(), station.end())
            ampersands = [  # "Jane Roe & John Doe" are two people, "the X & Y cartoons" a work
                _Span(a.start(), _sentence_stop_off(a.group(0))) for a in orgs.AMPERSAND.finditer(text)
                if not place_shapes.two_people(a.group(0)) and not orgs.work_after(text, a.end())
            ]  # fmt: skip
            shaped: list[re.Match[str] | _Span] = [
                *orgs.DOMAIN.finditer(text), *orgs.inner_the_bodies(text), *ampersands, *channels,
                *orgs.TV_CHANNEL.finditer(text), *orgs.SPORTS_CLUB.finditer(text), *orgs.FOREIGN_BODY.finditer(text),
                *orgs.DA_REGION.finditer(text), *orgs.DA_HYPHEN_PAPER.finditer(text), *orgs.da_hyphen_teams(text),
                *place_shapes.acronym_chapters(text), *org_cues.state_services(text), *org_cues.germanic_titles(text),
                *org_translit.transliterated_bodies(text), *org_translit.daily_papers(text),
                *(_Span(a, name) for a, _, name in org_cues.dotted_acronyms(text)),
                *(_Span(a, name) for a, _, name in org_cues.sentence_case_titles(text)),
            ]  # fmt: skip
            for piece in shaped:
                known = lookup(re.sub(r"^The\s+", "", piece.group(0)))
                if not _overlaps(taken, piece.start(), piece.end()) and (known is None or known.kind == "organisation"):
                    add("organisation", piece.group(0), s.index, piece.start(), piece.end())
            employers = _employers_and_foreign_titles(text, lowercase, whole)
            for start, end, name in [*employers, *_outlets(text, lowercase)]:
                if not _overlaps(taken, start, end):
                    add("organisation", name, s.index, start, end)
            for m in orgs.DESCRIBED.finditer(text):
                title = m.group(1).split()
                if len(title) > 2 and is_role_noun(title[0]) and title[0][:1].isupper():
                    continue  # "the observation team General Jon Roe": a titled person after the kind, no body
                name = _clean_org(re.split(r"(?<=\w)['’]s\s", m.group(1))[0])  # "the company X's Y": X
                known = lookup(name)
                if not _overlaps(taken, m.start(1), m.end(1)) and (known is None or known.kind == "organisation"):
                    add("organisation", name, s.index, m.start(1), m.end(1))
            for m in [*orgs.EN_QUOTED_NAME.finditer(text), *orgs.SOCIAL_PAGE.finditer(text)]:
                if not _overlaps(taken, m.start(1), m.end(1)):
                    add("organisation", m.group(1), s.index, m.start(1), m.end(1))
            for start, end, name in orgs.parties_before_party(text):  # "the ruling X party": a family name too
                known = lookup(name)
                if not _overlaps(taken, start, end) and (known is None or known.kind == "organisation"):
                    add("organisation", name, s.index, start, end)
            named_kinds = [] if headline else [*orgs.named_kinds(text), *orgs.people_for(text), *org_cues.cues(text)]
            for start, end, name in [*orgs.apposed_bodies(text), *orgs.listed_after_kind(text), *named_kinds]:
                known, words = lookup(name), name.split()
                given, family = person_names()
                article = words[0] in _ROMANCE_ARTICLES and len(words) > 1  # "Le Retour": no given name "Le"
                if _overlaps(taken, start, end) or (known is not None and known.kind == "place"):
                    continue
                if (start, end, name) in named_kinds and (
                    not_org_word(words[-1])
                    or lookup(words[-1]) is not None
                    or (words[0] in given and not article)
                    or not re.search(r"[A-Z]", name)
                    or (len(words) == 1 and _STANCE.match(name))
                ):
                    continue  # "the Ruritanian blog", "a Riverton newspaper", "a 2012 article", "a Marxist blog"
                if (words[0] in given and not article) or words[-1] in family or (
                    len(words) == 1 and name.lower() in lowercase
                ):
                    continue  # a person's name, or a sentence's common first word ("However, the company said")
                if words[0].lower() in LEADING_FUNCTION_WORDS or _TITLE_BEFORE.search(text[:start]):
                    continue
                add("organisation", name, s.index, start, end)
            for m in _OWNER.finditer(text):
                owner = _clean_org(m.group(1))
                if len(owner.split()) > 1 and owner.split()[0] in person_names()[0]:
                    continue  # "Jane Roe's fellow journalist": a person's colleague, not an employer
                owned = m.group(2).split()[-1]
                if not is_role_noun(owned) or owned in _KIN_AND_PAGES or _overlaps(taken, m.start(1), m.end(1)):
                    continue  # "Roe's brother", "Roe's page": a person's kin or page, not a body's job
                after = re.match(r"\s+([A-Z][a-z]*)", text[m.end() :])
                if after is not None and after.group(1) not in person_names()[0]:
                    continue  # "Roe's official Facebook page": an adjective before a name, no job ("spokesman Peter")
                if lang == "en" and "'" not in m.group(0) and "’" not in m.group(0):
                    continue  # English marks the owner with an apostrophe
                if lookup(owner) is not None or lookup(re.sub(r"s$", "", owner)) is not None:
                    continue  # a place: "Britain's prime minister"
                if len(owner.split()) == 1 and owner[:1].isupper() and lang == "en" and owner.lower() in lowercase:
                    continue
                add("organisation", owner, s.index, m.start(1), m.start(1) + len(m.group(1)))
            for pattern in (orgs.EN_HEAD_RUN, orgs.EN_TAIL_RUN, *((orgs.DA_COMPOUND, orgs.DA_TAIL_RUN, orgs.DA_NATIONAL,
                                                                        orgs.DA_GENITIVE_BODY)
                                                                     if lang == "da" else ())):  # fmt: skip
                for piece in _split_at_and(pattern.finditer(text)):
                    start, name = piece.start(), piece.group(0)
                    words = name.split()
                    while words and words[0].lower() in LEADING_FUNCTION_WORDS and words[0] != "The":
                        start += len(words[0]) + 1
                        words = words[1:]
                    words = _trim_org_words(words)
                    if _opener_of(text, start, words, lowercase):
                        start = text.find(words[2], start)  # "Shares of Acme Corp fell": the body is after "of"
                        words = words[2:]
                    if "of" in words[1:4] and re.search(r"\b[a-z]{3,}\s+$", text[:start]):
                        role = text[:start].split()[-1]
                        if is_role_noun(role) or (role.endswith("s") and is_role_noun(role[:-1])):
                            # "publishers Jann Wenner of Rolling Stone Magazine": the person, then the body
                            cut = words.index("of", 1) + 1
                            start = text.find(words[cut], start) if cut < len(words) else start
                            words = words[cut:]
                    if pattern is orgs.EN_HEAD_RUN and not {"of", "for", "on", "to", "against", "Against"} & set(words):
                        continue  # "Bank on Monday": the date trimmed, no "Bank of ..." is left (the tail run reads it)
                    if pattern is orgs.EN_HEAD_RUN:
                        start, words = _extend_back(text, start, words, lowercase)
                    if "to" in words[1:-1] and (
                        len(words) - words.index("to", 1) == 2 or _is_place_name(words[words.index("to", 1) + 1])
                    ):
                        # a purpose is a verb and its object ("Committee to Protect Writers"); one word or a place
                        # after "to" is where something goes ("the X Institute to Quillpens", "X Airways to Dubai")
                        words = words[: words.index("to", 1)]
                    if headline and _headline_common_words(words, lowercase):
                        taken.append((start, piece.end()))  # common words, not a name: not the people finder's either
                        continue
                    name = _clean_org(" ".join(words))
                    if name.startswith("Parliament for ") and re.search(r"\bMember\s+of\s+Parliament\s+for\s", text):
                        continue  # "Member of Parliament for X": a member's seat, read as a place (place_shapes.seats)
                    if name.split()[-1:] and name.split()[-1] in _PLACE_KIND_WORDS:
                        continue  # "Member of Parliament for Riverside Constituency": the district is a place
                    if len(name.split()) < 2 and pattern is not orgs.DA_COMPOUND:
                        continue
                    area = _AREA_OF.fullmatch(name)
                    if area is not None and _is_place_name(area.group(1)):
                        continue  # "the Department of Oruro": an area of a country, read as the place it names
                    if _leaders_term(name, lowercase, whole):
                        continue  # "the Bush Administration": a leader's term in office, no named body
                    if headline and " to " in name:
                        continue  # "Council to Vote on Budget": in a headline in title case "to" starts a verb
                    piece_end = piece.start() + len(piece.group(0))
                    if name.split()[-1] == "League" and _COMPETITION_AFTER.match(text, piece_end):
                        continue  # "a Champions League match", "the X League final": a competition, no body
                    known = lookup(name)
                    if _overlaps(taken, start, piece.end()) or (known is not None and known.kind == "place"):
                        continue
                    owner_entry = lookup(name.split()[0][:-1]) if pattern is orgs.DA_GENITIVE_BODY else None
                    if owner_entry is not None and owner_entry.kind == "place":
                        continue  # "Danmarks regering", "Københavns kommune": a place's, read as the place
                    if re.match(r"\s+(?:[A-Z][a-z]+\s+)?(?:Officer|Director|Executive|Secretary|Minister|Chairman)\b",
                                text[piece.end() :]) and name.split()[-1] not in _BODY_NOUNS:  # fmt: skip
                        continue  # "Quelmark Chief Financial Officer": a title, not an organisation (but "X Committee
                        # Chairman Jane Roe": the committee, then its chairman)
                    follow = re.match(r"\s+([A-Z][a-z]+)(?![\w'’-])", text[piece.end() :])
                    if pattern is orgs.EN_TAIL_RUN and follow and not _MONTHS_DAYS.match(follow.group(1)):
                        word = follow.group(1)
                        if lookup(word) is None and word not in person_names()[0] and not is_role_noun(word):
                            continue  # "the Cape Hale Air Force Station": the body's name qualifies another thing
                            # (a job after it, "Supreme Court Judge X", leaves it a body)
                    at = text.find(name, start)  # the stretch of the name as cleaned, not of the whole match
                    shared = _SHARED_HEAD.search(text[:at]) if at > 0 else None
                    if shared is not None:  # "Nord- og Sydjyllands Politi": the first part shares the second's end
                        name, at = text[shared.start() : at] + name, shared.start()
                    campus = _CAMPUS.match(text, at + len(name)) if at >= 0 and _CAMPUS_HEAD.match(name) else None
                    if campus is not None and _MONTHS_DAYS.match(campus.group(1)) is None:
                        name += campus.group(0)  # "University of Colorado at Boulder": the campus is in the name
                    more = _RUN_ON.match(text, at + len(name)) if at >= 0 and _CONNECTED.search(name) else None
                    if more is not None and not _MONTHS_DAYS.match(more.group(1)) and lookup(more.group(1)) is None:
                        name += more.group(0)  # "Project on Government Oversight": the words after "on X" too
                    add(
                        place_shapes.hospital_kind(lang, name, text[: max(at, 0)]),
                        name,
                        s.index,
                        at if at >= 0 else start,
                        at + len(name) if at >= 0 else piece.end(),
                    )
        if lang in ("en", "da"):
            for m in _TOWN_AFTER.finditer(text):
                name = m.group(1)
                run = name.split()
                if any(lookup(" ".join(run[:k])) is not None for k in range(len(run), 0, -1)):
                    continue  # "in Salt Lake City": a bigger place the gazetteer knows starts here
                while name and name not in towns() and " " in name:
                    name = name.rsplit(" ", 1)[0]  # "in Bogliasco Tuesday": the longest town name that is one
                dropped = m.group(1)[len(name) :].split()
                if dropped and not all(_MONTHS_DAYS.match(w) for w in dropped):
                    continue  # "from Save Your Voice": a longer name that starts like a town
                start = m.start(1)
                if name in towns() and not _overlaps(taken, start, start + len(name)) and name.lower() not in lowercase:
                    add("place", name, s.index, start, start + len(name))
        if lang == "en" and not headline:
            for start, end, name in place_features.features(text, lowercase):
                if not _overlaps(taken, start, end):
                    add("place", name, s.index, start, end)  # "the Swat Valley", "Lake Tana": before "Swat", "Tana"
        mentions = find_mentions(text, lang, lowercase) if lang not in ("ar", "he") else []
        long_list = listed_four_or_more(text, [(m.start, m.end) for m in mentions]) if sports else set()
        glued = place_shapes.glued_towns(text, mentions, sports) if lang == "en" else {}
        for mention in mentions:
            if _overlaps(taken, mention.start, mention.end) or text[mention.start - 1 : mention.start] in ("#", "@"):
                continue  # "#Ruritania", "@Ruritania": a hashtag or a handle labels a post, it names no place in it
            entry = mention.entry
            if mention.start in glued:
                club = glued[mention.start]
                if club is not None and not _overlaps(taken, *club):
                    add("organisation", text[club[0] : club[1]], s.index, *club)  # a club in a match report
                taken.append((mention.start, mention.end))
                continue  # "Porto Braga": two towns side by side with nothing between name a club or a firm
            if lang in ("en", "da") and entry.kind == "place" and " " not in mention.written:
                if mention.written.lower() in _OPENING_DETERMINERS and not text[: mention.start].strip(" \"'“‘("):
                    continue  # "Most bloggers agreed": a sentence's first word, not the town of that name
            if lang == "en" and entry.kind == "place":
                if place_shapes.portfolio_of_a_job(text, mention):
                    continue  # "the group's Asia director": the region a job covers, not a place the story is in
                if place_shapes.not_the_town_here(text, mention):
                    continue  # "trans-Tasman", "Reading the report", "Bono, Jane Roe and John Doe"
                if place_shapes.facility_after(text, mention):
                    taken.append((mention.start, mention.end))
                    continue  # "Riverton Airport", "Harbour Square", "the Westland Cup": no place
                team = None if headline else place_shapes.team_after(text, mention, lowercase)
                if team is not None and not _overlaps(taken, team[0], team[1]):
                    add("organisation", team[2], s.index, team[0], team[1])
                    continue  # "the Riverton Otters": a team named by its town, which is no place there
                kind_end = place_shapes.kind_after_place(text, mention)
                if kind_end is not None:  # "Kano State", "Kharkiv Oblast": the kind is part of the name
                    mention = Mention(mention.start, kind_end, entry, text[mention.start : kind_end])
            if entry.detail != "country" and " " not in mention.written and _TITLE_BEFORE.search(text[: mention.start]):
                continue  # "President Bush", "Senator Kent": a person named after a town
            job = re.search(r"(?<![\w'’.-])([A-Z][a-z]+)\s+$", text[: mention.start])
            if entry.detail not in ("country", "region") and " " not in mention.written and job and is_person_noun(
                job.group(1).lower()
            ):
                continue  # "Blogger Kent", "Photographer Bath": a job capitalised as a title, then a person
            if lang in ("en", "da") and entry.kind == "place" and not headline and _ends_a_longer_name(text, mention):
                continue  # "Simón Bolívar", "Air France", "Rajya Sabha": the last word of another name
            if entry.detail in ("city", "region") and " " not in mention.written and lang == "en":
                if re.match(r"\s*\d(?!\d*(?:st|nd|rd|th)\b)", text[mention.end :]):
                    continue  # "Delta 4": a model
                if (
                    entry.detail == "city"
                    and re.search(r"\bthe\s+$", text[: mention.start])
                    and not re.match(r"\s+[A-Z]", text[mention.end :])
                ):
                    continue  # "the destruction of the Columbia": a ship or a thing; towns take no article
            if entry.detail == "city" and " " not in mention.written and lang in ("en", "da"):
                given, family = person_names()
                if re.match(r"\s*\d(?!\d*(?:st|nd|rd|th)\b)", text[mention.end :]):
                    continue  # "Delta 4": a model
                if (mention.written in given or mention.written in family) and not re.search(
                    r"\b(?i:in|at|from|to|near|outside|of|i|fra|til|ved)\s+$", text[: mention.start]
                ):
                    continue  # "Bono", "Martin": a person's name far more often than a town
            if (
                entry.detail == "city"
                and " " not in mention.written
                and re.match(
                    r"\s+(?:(?:do|da|de|del|dos|la|van|von)\s+)?(?:[A-Z]\.\s|[A-Z][^\W\d_A-Z]+(?![\w'’-]))",
                    text[mention.end :],
                )
                and lookup(text[mention.end :].split()[0].strip(",.")) is None
            ):
                continue  # a first name that is also a town: "David Nabarro", "Salvador Allende", "Pueblo Uníos"
            family_after = re.match(r"\s+([A-Z][a-z]+)(?![\w'’-])", text[mention.end :])
            if (
                entry.detail in ("capital", "region")
                and " " not in mention.written
                and family_after is not None
                and family_after.group(1) in person_names()[1]
                and lookup(family_after.group(1)) is None
            ):
                continue  # a capital's name as a given name before a family name: "Santiago Correa", "Victoria Lind"
            part = re.search(r"(?<![\w-])(?:Inner|Outer|Upper|Lower)\s+$", text[: mention.start])
            if part is not None and entry.kind == "place" and " " not in mention.written:
                # "Inner Mongolia", "Upper Nile": a part of a place that goes by its own name
                end = mention.start + len(mention.written)
                add("place", text[part.start() : end], s.index, part.start(), end)
                continue
            if sports and entry.kind == "place":  # "beat Mexico", "face Norway": a team in a match report
                team_uses.note(entry, text, mention.start, mention.end, mention.start in long_list)
            chapter = place_shapes.national_chapter(text, mention) if lang in ("en", "da") else None
            if chapter is not None and not _overlaps(taken, mention.start, chapter):
                add("organisation", text[mention.start : chapter], s.index, mention.start, chapter)
                continue  # "Transparency International Hungary": a body's chapter in a country, one name
            # Written as the article writes it (U.S., København); one fact per place whatever the spelling.
            add(entry.kind, mention.written, s.index, mention.start, mention.end, key_name=entry.name)
            region = place_shapes.after_city(text, mention, lowercase)
            if region is not None and not _overlaps(taken, region[0], region[1]):
                add("place", region[2], s.index, region[0], region[1])  # "in Livorno, Tuscany"
            town = place_shapes.town_before(text, mention, lowercase) if lang in ("en", "da") else None
            if town is not None and not _overlaps(taken, town[0], town[1]):
                add("place", town[2], s.index, town[0], town[1])  # "a Millbrook, Ohio man"
        if lang in ("en", "da"):
            for m in re.finditer(r"(?<![\w@#/.-])[a-z]{4,}(?![\w/-]|\.\w)", text) if brands else ():
                brand = camel_case_organisations().get(m.group(0))
                if brand is not None and not _overlaps(taken, m.start(), m.end()):
                    add("organisation", m.group(0), s.index, m.start(), m.end(), key_name=brand.name)  # "youtube"
            areas = [*place_shapes.latin_areas(text, lowercase), *place_shapes.offices_of(text, lowercase),
                     *place_shapes.described_places(text, lowercase), *place_shapes.constituencies(text, lowercase),
                     *place_shapes.event_places(text, lowercase)]
            areas += place_shapes.danish_places(text, lowercase) if lang == "da" else []
            areas += [*place_shapes.qualified_regions(text), *place_shapes.seats(text, lowercase)]
            for start, end, name in areas:
                if not _overlaps(taken, start, end):
                    add("place", name, s.index, start, end)  # "the Lombardy region"
        # A headline in capitals: words, not acronyms; a sentence that names several bodies by their acronyms
        # ("the UN and the ITU, WSIS will ...") still has mostly lower-case words.
        capitals = len(re.findall(r"\b[A-ZÆØÅ]{3,}\b", text))
        shouting = capitals >= 3 and 3 * capitals >= len(re.findall(r"\b[^\W\d_]{3,}\b", text))
        if lang in ("en", "da") and not shouting:
            for m in orgs.ACRONYM.finditer(text):
                word = m.group(0)
                if word in orgs.NOT_ORG_ACRONYMS or _overlaps(taken, m.start(), m.end()) or orgs.ROMAN.fullmatch(word):
                    continue
                if re.match(r"/[a-z]", text[m.end() :]):
                    continue  # "SEO/link building": a term glued to a common word
                if word in place_acronyms:
                    continue
                if re.match(r"\s+[A-ZÆØÅ]{2,}\b", text[m.end() :]) or re.search(
                    r"\b[A-ZÆØÅ]{2,}\s+$", text[: m.start()]
                ):
                    continue  # "CAPE CANAVERAL": words in capitals
                body_cue = len(word) >= 3 and (
                    re.search(r"\b(?:the|The|af|hos|by|to|against|mod)\s+(?:\d{4}\s+)?$", text[: m.start()]) is not None
                    or re.match(rf"(?:['’]s)?\s+(?:{SPEECH_CUE})\b", text[m.end() :]) is not None
                    or re.match(rf"\s+(?:{BODY_NOUNS})\b", text[m.end() :]) is not None
                )
                if word not in aliases and acronym_sentences.get(word, 0) < 2 and not body_cue:
                    # an acronym named once and never defined is a term as often as a body, unless the
                    # sentence treats it as one: "the NHS", "the FBI", "NHS said", "FBI's"
                    continue
                if len(word) < 2 or (len(word) == 2 and word not in aliases and acronym_sentences.get(word, 0) < 3):
                    continue  # two capitals once or twice are initials or a unit; in three sentences a body
                add("organisation", aliases.get(word, word), s.index, m.start(), m.end())
        elif lang in ("ar", "he"):
            finder = orgs.arabic_orgs if lang == "ar" else orgs.hebrew_orgs
            quoted = orgs.hebrew_quoted_bodies(text) if lang == "he" else []  # before "חברת 'X'" takes the kind
            acronyms = orgs.hebrew_acronyms(text) if lang == "he" else []
            for start, end, name in [*quoted, *finder(text), *acronyms]:
                if not _overlaps(taken, start, end):
                    add("organisation", name, s.index, start, end)
            areas = (
                place_shapes.arabic_areas(text)
                if lang == "ar"
                else [*hebrew_areas(text), *hebrew_area_names(text)]
                if lang == "he"
                else []
            )
            for start, end, name in areas:
                if not _overlaps(taken, start, end):
                    add("place", name, s.index, start, end)  # "منطقة X", "مطار X الدولي"
            last_place_end = -1
            for mention in find_mentions(text, lang, lowercase):
                # "في حماة واللاذقية": a town joined by "and" to the place before it is a place too
                joined = re.fullmatch(r"\s*[وו]", text[last_place_end : mention.start]) is not None
                if (
                    (
                        mention.entry.detail == "city"
                        or (mention.entry.detail == "region" and mention.written.startswith("ال"))
                    )
                    and " " not in mention.written
                    and not _rtl_locative(text, mention)
                    and not (lang == "he" and hebrew_locative(text, mention))  # also a list a preposition opened
                    and not (joined and last_place_end >= 0)
                ):
                    continue  # many towns' names are also common words (الجديدة "the new"): only after "in", "from"
                if lang == "ar" and mention.entry.detail != "country" and place_shapes.ar_common_word(text, mention):
                    continue
                if lang == "he" and _he_article_before(text, mention):
                    continue
                if lang == "he" and (
                    short_name_read_as_word(text, mention)
                    or common_word_not_place(text, mention)
                    or plural_town_read_as_noun(text, mention)
                ):
                    continue  # "בשפה העברית", "כוס חלב", "מקום": a short name that is a common word
                if not _overlaps(taken, mention.start, mention.end):
                    add(mention.entry.kind, mention.written, s.index, mention.start, mention.end, mention.entry.name)
                    last_place_end = mention.end
            for kind, found in (("place", tagged_places), ("organisation", tagged_bodies)) if lang == "ar" else ():
                for start, end, name in found(text):
                    if not _overlaps(taken, start, end):
                        add(kind, name, s.index, start, end)  # a name no list holds, as the tagger reads it
    for side in team_uses.teams():
        by_key.pop(("place", side), None)  # named only as a team, never where a place goes
    named.facts = list(by_key.values())
    return named


# Capitalised words that are no organisation: days, months, nationalities and peoples, titles.
# Verbs of saying after an acronym make it a body that speaks ("NHS said", "KSB's statement said").
SPEECH_CUE = (
    "said|says|announced|warned|reported|confirmed|stated|told|added|denied|claimed|sagde|siger|oplyser|meddeler|"
    # what only a body does: "the ACC arrested", "KFW urged", "EBU has fined"
    "urged|accused|criticised|criticized|condemned|welcomed|rejected|issued|published|launched|arrested|ruled|"
    "approved|banned|suspended|fined|sued|appealed|demanded|organised|organized|kritiserer|kræver|afviser"
)

# Nouns after an acronym that make it a body: "an ICANN meeting", "OPEC members", "the WHO's officials".
BODY_NOUNS = (
    "meeting|meetings|summit|conference|session|officials?|members?|member states|delegates?|delegation|"
    "spokes(?:man|woman|person)|secretariat|headquarters|chief|boss|leadership|mandate|resolution|"
    "mødet|medlemmer|topmøde|"
    # the people a body sends or is led by: "an ABC agent", "XYZ troops", "the QRS President"
    "agents?|officers?|operatives?|troops|soldiers|fighters|militants|supporters|activists|lawyers|"
    "President|Chairman|Chairwoman|Director|Secretary-General|Chief"
)

_RTL_LOCATIVE = re.compile(
    r"(?:في|من|عن|إلى|الى|قرب|عبر|نحو|باتجاه|بالقرب|דרך|مدينة|بمدينة|ومدينة|حول|داخل|شمال|جنوب|شرق|غرب|وسط|عاصمة|أنحاء|מ|ב|ל|אל|ליד|העיר|בעיר|"
    r"מהעיר|צפון|דרום|מזרח|מערב)\s+$"
)


def _rtl_locative(text: str, mention: Mention) -> bool:
    """An Arabic or Hebrew town name with a preposition glued to it (بجدة, בחיפה) or before it (في جدة)."""
    glued = mention.start > 0 and text[mention.start - 1] in "بلמבל"  # not و/ו "and"
    glued = glued and text[max(0, mention.start - 2) : mention.start] != "لل"  # للثورة: "for the revolution"
    before = text[: mention.start]
    # "في مدارس حلب" (in the schools of Aleppo): a preposition, an indefinite noun in the construct state
    construct = re.search(r"(?:^|\s)(?:في|من|إلى|الى|ب|ל|ב|מ)\s*(?!ال)[\u0621-\u064a\u05d0-\u05ea]{3,}\s+$", before)
    return glued or bool(_RTL_LOCATIVE.search(before)) or construct is not None


def _he_article_before(text: str, mention: Mention) -> bool:
    """A Hebrew town's name read off a word with the article ה glued to it ("הבורסה" the stock exchange, not
    Bursa): Hebrew writes a town's name without the article, so the word is a common noun."""
    if mention.entry.detail not in ("city", "capital", "region") or " " in mention.written:
        return False
    if mention.written[:1] == "ה":
        return False
    return mention.start > 0 and text[mention.start - 1] == "ה"


def find_places_and_orgs(sentences: list[SourceSentence], language: str) -> list[Fact]:
    """One fact per place or organisation, listing every sentence that mentions it."""
    return find_named(sentences, language).facts

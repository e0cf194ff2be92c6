"""What a person's name looks like in Latin-script news copy: the letters of a name, a people's adjective,
the kinds of thing a name may belong to, what only a person does. Shared by the reader of capitalised runs
(`people_runs`, `people_evidence`) and the reader of lists of names (`people`)."""

from __future__ import annotations

import functools
import re

from briefing_app.core.facts.gazetteer import person_names
from briefing_app.core.facts.people_index import fold, strip_possessive
from briefing_app.core.facts.people_role_words import is_title
from briefing_app.core.facts.people_roles import is_job
from briefing_app.core.facts.playing_positions_en import is_playing_position
from briefing_app.core.facts.roles import is_person_noun, is_role_noun

# Honorifics: evidence of a person, but no role ("Mr", "Dr"; Danish "hr.", "fru").
# (and the Malay honorifics Malaysian copy writes before a name: "Datuk Seri Najib Razak", "Tun Dr Mahathir")
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lady", "lord", "hr.", "fru",
              "datuk", "datin", "dato", "dato'", "dato’", "tun",
              # Commonwealth styles of ministers, judges and mayors: "the Honourable X", "Hon. X", "His Worship X"
              "honourable", "honorable", "hon.", "hon", "worship", "excellency"}  # fmt: skip


# Latin capitals and small letters beyond ASCII (Álvarez, Çelik, Łukasz, Šefčovič), from Latin-1 and Latin
# Extended-A, so that a name with a diacritic is a capitalised word like any other.
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x17F)) if c.isupper() and c != "×")
LOWER = "a-z" + "".join(c for c in map(chr, range(0xDF, 0x17F)) if c.islower() and c != "÷")
# One capitalised word of a name: one capital inside too ("O'Neill", "McAllister", "DiMarco", "LeBlanc"), and a
# hyphen ("Smith-Jones").
NAME_WORD = rf"[{UPPER}][{LOWER}'’]+(?:[{UPPER}][{LOWER}]{{2,}})?(?:-[{UPPER}{LOWER}][{LOWER}'’]+)?"


@functools.lru_cache(maxsize=4096)
def is_family_name(word: str) -> bool:
    """A common family name however the copy spells it: the census list writes "Oneill" and "Mcdonald" for
    "O'Neill", "O’Neill" and "McDonald", and no accents."""
    family = person_names()[1]
    word = strip_possessive(word)
    return word in family or re.sub(r"[^A-Za-z]", "", fold(word)).capitalize() in family


# A nationality or people's adjective by its ending, strict enough to leave surnames alone (Courtois, Riis).
PEOPLE_WORD = re.compile(r"^[A-ZÆØÅ][a-zæøå]+(?:ish|ian|ese|ean|isk|iske)s?$")


# (a perfect's auxiliary may come first, and an adverb: "X has denied", "X has consistently denied")
_ACTION_AFTER = re.compile(
    r"\s+(?:(?:has|had)\s+(?!been\b))?(?:[a-z]{3,}ly\s+)?(?:[a-z]+ed|scored|won|lost|met|ran|led|wrote|took|gave|made|came|went|left|"
    r"told|said|says|hit|beat|struck|shot|sent|spent|became|saw|got|set|held|kept)\b"
    # the perfect of an irregular verb: "X has taken to Twitter", "X had written to the court"
    r"|\s+(?:has|had)\s+(?:also\s+)?(?:taken|written|given|spoken|chosen|driven|flown|risen|shown|sworn|thrown|"
    r"broken|begun|fought|sought|brought|taught|caught|built|become|done|gone)\b"
)


# "X and Y were among the victims", "X is one of the founders": a complement that counts the run among people.
_AMONG_PEOPLE = re.compile(
    r",?\s+(?:was|were|is|are)\s+(?:also\s+)?(?:among|one\s+of)\s+(?:the|those|its|their)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*?)s\b"
)


# What happens only to people, in the passive: "X was arrested", "X and Y were sentenced", "X has been freed".
_PERSON_PASSIVE = re.compile(
    r",?\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|later|then|reportedly|allegedly|"
    r"briefly|finally|all|both)\s+)?(?:arrested|jailed|imprisoned|detained|killed|murdered|injured|wounded|born|sentenced|"
    r"convicted|acquitted|charged|elected|re-elected|crowned|kidnapped|abducted|executed|freed|released|"
    r"hospitali[sz]ed|"
    r"buried|married|nominated|sworn\s+in|tortured|beaten|deported|exiled|summoned|interrogated|questioned|"
    r"admitted\s+to\s+(?:a\s+|the\s+)?hospital|appointed|promoted|knighted|sacked|"
    # (what a referee does to players: "were booked", "was sent off")
    r"booked|cautioned|sent\s+off|substituted)\b"
)


# Kinds of thing whose name may follow them ("the newspaper X", "the website X"): that name is no person.
# Buildings named by their kind written after them ("Royal Kessby hospital", "the Tom Arden museum"); before a
# name they are no cue ("the hospital Jane Roe was taken to").
BUILDING_KINDS = frozenset(
    ("hospital", "clinic", "museum", "airport", "stadium", "prison", "college", "university", "church", "mosque",
     "cathedral", "synagogue")
)  # fmt: skip
THING_KINDS = frozenset(
    f"{w}{suffix}"
    for w in ("newspaper", "paper", "magazine", "journal", "website", "site", "blog", "school", "firm", "group",
              "organisation", "organization", "campaign", "channel", "station", "programme", "program", "show", "film",
              "movie", "book", "novel", "song", "album", "band", "brand", "app", "page", "account", "hashtag", "ship",
              "hotel", "restaurant", "street", "bank",
              # works named after their kind: "the comedy series X", "the sitcom X", "the video game X"
              "sitcom", "drama", "documentary", "musical", "comedy", "serial", "opera", "game",
              # places named by their kind after them: "the Kala Maruk village", "the Tana river"
              "village", "town", "city", "district", "province", "region", "county", "valley", "river", "island",
              "neighbourhood", "neighborhood", "camp", "lake")
    for suffix in ("", "s")
) | {"series", "company", "companies", "party", "parties", "avis", "avisen", "bladet", "hjemmesiden", "skolen",
     "firmaet", "partiet", "filmen", "bogen", "sangen", "gruppen"}  # fmt: skip


# What only a person does, even before a preposition ("died in hospital", "resigned on Friday").
_PERSON_ACTS = re.compile(
    r"\s+(?:(?:also|later|then|finally|reportedly)\s+)?(?:died|resigned|retired|fled|testified|pleaded|graduated|"
    r"campaigned|smiled|laughed|wept|apologi[sz]ed|confessed|disagreed|agreed|responded|replied|complained)\b"
)


def acts(after: str) -> bool:
    """Whether the words after a name make it the subject of an action ("scored", "won") or of what happens
    only to people ("was arrested"), not a participle describing a thing ("aged 14", "based in", "saved by")."""
    if _PERSON_PASSIVE.match(after) or _PERSON_ACTS.match(after):
        return True
    among = _AMONG_PEOPLE.match(after)
    if among and (is_person_noun(among.group(1)) or is_role_noun(among.group(1))):
        return True
    return bool(_ACTION_AFTER.match(after)) and not re.match(
        r"\s+(?:[a-z]+ed\s+(?:by|in|at|on|to|for|with)\b|(?:aged|based|named|called|dubbed|titled|used|owned|"
        r"related|located|focused|sized|shaped|themed|priced|rated|listed)\b)",
        after,
    )


def opening_title(low: str, following: str) -> bool:
    """Whether a sentence's first word, lower-cased, is a role before the name that follows it: a role noun,
    its plural ("Journalists Jane Roe and Max Holm"), a person noun with a job's shape ("Blogger"), or any
    person noun before a known given name."""
    return (
        is_role_noun(low)
        # a playing position opening a sports report's sentence ("Lock Jan Roe was sent off")
        or (is_playing_position(low) and not is_role_noun(following.lower()))
        or (low.endswith("s") and len(low) > 4 and is_role_noun(low[:-1]))
        # Danish definite roles: "Skuespilleren Lars Holm", "Borgmesteren Anne Skov"
        or (low.endswith("en") and len(low) > 6 and (is_role_noun(low[:-2]) or is_role_noun(low[:-1])))
        # ... and of any noun with a job's shape, when the word is no given name ("Aktivisten", not "Christen")
        or (low.endswith("en") and len(low) > 7 and is_job(low[:-2]) and low.capitalize() not in person_names()[0])
        or (is_person_noun(low) and (is_job(low) or following in person_names()[0]))
        # a job's shape before a known given name, in a language the person nouns lack ("Forsanger Mads Holm");
        # not a given name itself ("Abeer Al Roe": a given name of the job's shape before another)
        or (is_job(low) and following in person_names()[0] and low.capitalize() not in person_names()[0])
    )


def looks_like_a_name(tokens: list[str]) -> bool:
    """English copy capitalises many things; a pair named in passing is a person when it starts with a
    given name or ends with a common family name (US Census lists, names.tsv)."""
    given = person_names()[0]
    if not tokens:
        return False
    # (accents folded: the census lists write "Andres", "Jose", "Renee"; a hyphenated given name, "Sven-Goran",
    # "Jean-Pierre", whose parts are both given names)
    first = tokens[0].strip(".")
    parts = fold(first).split("-")
    double = len(parts) == 2 and all(p in given for p in parts)
    return first in given or fold(tokens[0]) in given or double or is_family_name(tokens[-1])


# Titles whose plural takes no "s": Irish copy's "Gardaí Ann Roe and Tom Bell" (officers of An Garda Síochána).
_IRREGULAR_PLURAL_TITLES = frozenset({"gardai", "gardaí"})


def is_plural_title(word: str) -> bool:
    """Whether `word` is the plural of a title or role noun: "Senators", "Councilmen", "Gardaí"."""
    low = word.lower()
    if low in _IRREGULAR_PLURAL_TITLES:
        return True
    if low.endswith("men") and len(low) > 5:
        return is_role_noun(low[:-3] + "man") or is_title(low[:-3] + "man")  # "Councilmen", "Aldermen"
    return low.endswith("s") and len(low) > 4 and (is_role_noun(low[:-1]) or is_title(low[:-1]))


def plural_title_words(words: list[str]) -> int:
    """How many leading words of a capitalised run are a plural title shared by the names after it: "Senators
    Ray Roe and ...", "Council Members Ann Lee and ...", "State Representatives ...", "Councilmen ..."; 0 if
    none. A second word before the plural must be no given name ("Ann Judges" is a name)."""
    plural = is_plural_title
    if len(words) >= 3 and plural(words[0]):
        return 1
    if len(words) >= 4 and plural(words[1]) and words[0] not in person_names()[0] and not plural(words[0]):
        return 2
    return 0


# What follows a business's name and never a person's: "Karla Seafoods, der også er ejet af Insula", ", which is
# owned by X" (people own; they are not owned).
OWNED_AFTER = re.compile(
    r",?\s+(?:der|som|which|that)\s+(?:også\s+|nu\s+|also\s+|now\s+)?(?:er|var|is|was)\s+"
    r"(?:(?:helt|delvist|wholly|partly|fully)\s+)?(?:ejet|owned)\s+(?:af|by)\b"
)

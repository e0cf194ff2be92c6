"""The title words in front of a name in a run of capitalised words ("Health Minister Jane Roe", "UN Special
Envoy John Doe", "KTAS-direktør Jane Roe"): where the title ends and the name begins, and what a title is of.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.gazetteer import person_names
from briefing_app.core.facts.people_index import fold, strip_possessive
from briefing_app.core.facts.people_named_of import name_before_of
from briefing_app.core.facts.people_nationality import is_nationality
from briefing_app.core.facts.people_role_words import is_plural_of_initials, person_job_before
from briefing_app.core.facts.people_roles import PORTFOLIO, is_job, is_title
from briefing_app.core.facts.people_run_types import Run, Sentence
from briefing_app.core.facts.people_shapes import is_family_name, opening_title, plural_title_words
from briefing_app.core.facts.role_edges import title_over_and
from briefing_app.core.facts.roles import ROLE_NOUNS, is_role_noun


def split_title(sentence: Sentence, run: Run) -> bool:
    """The title words in front of the name (`run.title`) and the name (`run.name_tokens`, `run.name`).
    False when what follows the title is what the title is of, not a name ("Minister for Health")."""
    tokens, start = run.tokens, run.start
    last_title = _last_title_word(sentence.text, tokens, start, sentence.lowercase_words, sentence.article_texts)
    title = tokens[: last_title + 1]
    name_tokens = tokens[last_title + 1 :]
    # ("Chief Secretary to the Treasury Jane Roe": a secretary's "to the" links what the title is of, as "of")
    links = (
        ("of", "for", "to")
        if title and title[-1] == "Secretary" and name_tokens[:2] == ["to", "the"]
        else ("of", "for")
    )
    of_what = (
        bool(title)
        and bool(name_tokens)
        # "Speaker of the House": "the" after the title's "of" starts what the title is of, never a name
        and (name_tokens[0] in links or (name_tokens[0] == "the" and title[-1] in ("of", "for")))
    )
    before_what = bool(title) and title[-1] in ("of", "for")  # "Minister for | Coastal Development"
    while name_tokens and (
        name_tokens[0] in links or (of_what and name_tokens[0] == "the") or name_tokens[0].lower() in PORTFOLIO
    ):
        title = [*title, name_tokens[0]]  # "Minister for Foreign Affairs Jane Roe": the portfolio is the title's
        name_tokens = name_tokens[1:]
    if (
        of_what
        and title[-1] == "the"
        and len(name_tokens) >= 3
        and name_tokens[0] not in person_names()[0]
        and name_tokens[1] in person_names()[0]
    ):
        # "Mother of the House Jane Roe": one word after the title's "of the", then a given name: the word is what the
        # title is of (a family name too, as "House" is, but no name opens with it here)
        title, name_tokens = [*title, name_tokens[0]], name_tokens[1:]
    if any(t.lower() in PORTFOLIO for t in name_tokens) and not _portfolio_word_as_surname(name_tokens):
        return False
    to_the = "to" in links and title[-2:] == ["to", "the"]  # ("Secretary to the | Treasury | Jane Roe")
    seat = _seat_then_name(title, name_tokens) if title and (title[-1] in ("of", "for") or to_the) else 0
    if seat:  # "Member for Summer Hill Jo Haylen", "MP for Tolvik North Jane Roe": the seat is the title's
        title, name_tokens, before_what = [*title, *name_tokens[:seat]], name_tokens[seat:], False
    if not title and _OFFICE_LINK_BEFORE.search(sentence.text[: run.run_start]):
        # "shadow chief secretary to the | Treasury George Ashdown", "secretary of state for | Scotland Jane Roe": an
        # office written in lower case before the run, whose "of", "for" or "to the" the run's first words complete
        # (the run then starts at the name, so the role before it is read whole, as for "minister for Europe X")
        seat = _seat_then_name(["for"], name_tokens)
        at = start + len(" ".join(name_tokens[:seat])) + 1 if seat else -1
        if seat and sentence.text.startswith(name_tokens[seat], at):
            name_tokens = name_tokens[seat:]
            run.start = run.run_start = start = at
            run.tokens = tokens = name_tokens
    if not title and _ends_a_title_over_and(sentence.text[:start], name_tokens):
        title, name_tokens = name_tokens[:1], name_tokens[1:]  # "Minister of Trade and | Industry Max Holm"
    if of_what and len(name_tokens) == 1 and sentence.people.find(name_tokens[0]) is None:
        return False  # "Vice-Mayor of Springfield", "High Commissioner for Refugees": what the title is of
    if before_what and sentence.people.find(" ".join(name_tokens)) is None:
        return False  # "Minister for Coastal Development": a name never follows a title's "of" or "for"
    if (
        any(t in ("of", "for") for t in title)
        and re.match(r",\s+(?:[A-Z][\w.'’-]*\s+)+[A-Z][\w'’-]+\s*,", sentence.text[run.end :])
        and sentence.people.find(" ".join(name_tokens)) is None
    ):
        return False  # "Director of Friends for Clean Air, Jane Roe,": the whole run is the role of the name after
    title = _title_after_a_headline_noun(title)
    honorific = _MALAY_HONORIFIC.match(" ".join(name_tokens))
    if honorific and len(name_tokens) > len(honorific.group(0).split()):
        # "Datuk Seri Najib Razak", "Tan Sri Ali Hamsa": Malaysian honorifics open the run, no part of the name
        opened = len(honorific.group(0).split())
        title, name_tokens = [*title, *name_tokens[:opened]], name_tokens[opened:]
    while len(title) > 1 and title[0] in _DAYS_BEFORE_A_TITLE:
        title = title[1:]  # "On Thursday Governor Jane Roe": the day ends the adverbial, the title is "Governor"
    while len(name_tokens) >= 3 and _DESCRIBING_COMPOUND.fullmatch(name_tokens[0]):
        title, name_tokens = [*title, name_tokens[0]], name_tokens[1:]  # "Sixth-seeded | Jane Roe won"
    given = person_names()[0]
    while len(name_tokens) >= 3 and name_tokens[0] not in given and name_tokens[1] in given and (
        is_role_noun(name_tokens[0].lower()) or is_plural_of_initials(name_tokens[0]) or name_tokens[0] in _JOB_INITIALS
    ):
        # "Public Advocate Tom Lind", "City Comptroller Ann Roe": a capitalised job noun no title list holds, right
        # before a given name, is the office, not the first word of the name (so is an office's plural by its
        # initials: "Fellow MEPs Ann Roe and ...")
        title, name_tokens = [*title, name_tokens[0]], name_tokens[1:]
    cut = next((i for i, t in enumerate(name_tokens) if t in ("of", "for") and i >= 2), None)
    # ("Prime Minister Jane Roe of Ruritania": a given name opens the name, "of" ends it after a title too)
    if cut is not None and (not any(is_title(t) for t in tokens) or name_tokens[0] in person_names()[0]):
        # "Sarah Lyle of Oxfam": a name, then what the person belongs to (read later as the role)
        run.end = start + len(" ".join(tokens[: len(tokens) - len(name_tokens) + cut]))
        name_tokens = name_tokens[:cut]
    while (
        len(name_tokens) > 2
        and name_tokens[-1] in POST_NOMINALS
        # (an honour's letters follow a person's name whatever its given name: "Obi Nwankwa MBE")
        and (name_tokens[0] in person_names()[0] or name_tokens[-1] in HONOURS)
    ):
        if name_tokens[-1] not in HONOURS:  # ("Jane Roe OBE": an honour she was given, no office she holds)
            title = [*title, name_tokens[-1]]  # "Jane Roe MP", "John Doe QC": letters after the name say the office
        name_tokens = name_tokens[:-1]
    if (
        title
        and all(t in _RANK_INITIALS for t in title)
        and len(name_tokens) == 1
        and sentence.people.find(name_tokens[0]) is None
        and name_tokens[0] not in person_names()[1]
    ):
        return False  # "PC World": initials of a rank before one word that is no family name name a thing
    run.title, run.name_tokens = title, name_tokens
    run.name = strip_possessive(" ".join(name_tokens))
    if title and title[-1] in ("Lord", "Lady") and len(name_tokens) == 1 and not is_title(name_tokens[0]):
        run.peer = title[-1]  # "Lord Ashby": named so (the index takes the title with the name)
    return True


def _seat_then_name(title: list[str], name_tokens: list[str]) -> int:
    """How many words after a title's "for" or "of" name its seat or area before a given name opens the
    person's name ("Member for | Summer Hill | Jo Haylen"): one to three, with two or three words of name
    after them; 0 when no given name stands there."""
    given = person_names()[0]
    # (the last such given name: a seat's own words may be given names too, "Summer Hill")
    return max((k for k in range(1, 4) if k < len(name_tokens) and name_tokens[k] in given
                and 2 <= len(name_tokens) - k <= 3), default=0)  # fmt: skip


# A lower-case office whose link word ends the text before a run: what the office is of opens the run.
_OFFICE_LINK_BEFORE = re.compile(
    r"\b(?:secretary|minister|spokes(?:man|woman|person)|commissioner|envoy|ambassador|secretary\s+of\s+state)"
    r"\s+(?:of|for|to\s+the|for\s+the)\s+$",
    re.IGNORECASE,
)


# Jobs written by their initials before a full name ("Radio 1 DJ Jane Roe"); before one word they open a stage
# name ("DJ Shadow"), which this reading leaves whole (it takes only a given name and a surname after them).
_JOB_INITIALS = frozenset({"DJ"})


# British police ranks written by their initials ("PC Jane Roe", "DCI Tom Bell"), which also open names of things.
_RANK_INITIALS = frozenset("PC PCSO DCI DCS DSI".split())


# The honorifics Malaysian copy writes before a name: "Datuk Seri", "Dato' Sri", "Tan Sri", "Tun", "Datin Paduka".
_MALAY_HONORIFIC = re.compile(
    r"(?:(?:Datuk|Dato['’]?|Datin|Tan|Puan|Toh\s+Puan)\s+(?:Seri|Sri|Paduka)|Datuk|Dato['’]?|Datin|Tun)"
    r"(?:\s+(?:Dr|Dr\.|Haji|Hajah))?(?=\s)"
)


def _portfolio_word_as_surname(name_tokens: list[str]) -> bool:
    """Whether the only portfolio word of the name is its last, right after a known given name: a family name
    ("Gov. Jim Justice", "Tom Health"), not a portfolio cut off the front of a name ("Education Jane Roe")."""
    return (
        len(name_tokens) >= 2
        and name_tokens[-2] in person_names()[0]
        and not any(t.lower() in PORTFOLIO for t in name_tokens[:-1])
    )


# English weekdays, capitalised as titles are, that a fronted adverbial may leave right before a title ("On Monday
# Mayor Jane Roe opened ..."): they end the adverbial and are no part of the title.
# A compound opening a sentence whose last part is a participle in lower case ("Sixth-seeded", "Second-placed",
# "Top-ranked", "Record-breaking"): it describes the name after it; a name's parts after a hyphen are capitalised.
_DESCRIBING_COMPOUND = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)*-[a-z]{2,}(?:ed|ing)")


_DAYS_BEFORE_A_TITLE = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


# Letters written after a British name for a seat, a rank at the bar or an honour ("Jane Roe MP", "John Doe KC").
# ("Darren Millar MS", "Jane Roe AM", "Mary Lou TD": a member of the Senedd, the former Welsh Assembly, the Dáil)
POST_NOMINALS = frozenset("MP MEP MSP MLA MS AM TD QC KC SC OBE MBE CBE KBE DBE FRS".split())
# Of those, the honours of the Order of the British Empire and the Royal Society's fellowship: letters a person
# was awarded, which say no post ("Jane Roe OBE, the firm's chair": the role is "chair")
HONOURS = frozenset("OBE MBE CBE KBE DBE FRS".split())


def _title_after_a_headline_noun(title: list[str]) -> list[str]:
    """ "Readout of President", "Passing of Former Senator": in a Title Case headline a noun and "of" before the
    title words are what the headline is about, not part of the title."""
    if not title or is_title(title[0]) or is_role_noun(title[0].lower()):
        return title
    if len(title) > 1 and is_title(title[1]):
        return title  # "Former Secretary of State", "Then Secretary of State": a title's modifier, no headline noun
    link = next((i for i, t in enumerate(title[:-1]) if t in ("of", "for", "from", "by", "with")), None)
    if link is None or not all(t[:1].isupper() for t in title[:link]):
        return title
    rest = title[link + 1 :]
    head = rest[1:] if rest and rest[0] in _TITLE_MODIFIERS else rest
    return rest if head and (is_title(head[0]) or is_role_noun(head[0].lower())) else title


_TITLE_MODIFIERS = {"Former", "Late", "Acting", "Interim", "Outgoing", "Incoming", "New", "Retired"}


def _ends_a_title_over_and(before: str, tokens: list[str]) -> bool:
    """ "the Minister of Trade and Industry Max Holm": the run's first word (no given name, before one) ends
    the name of the body a title before an "and" is of."""
    given = person_names()[0]
    return (
        len(tokens) >= 3
        and tokens[0] not in given
        and tokens[1] in given
        and title_over_and(before, tokens[0]) is not None
    )


# Words that make "Dean" before a surname an office ("Associate Dean Roe", "Acting Dean Roe"); after any other
# title ("Councilor Dean Rhodes", "Coach Dean Smith") it is the given name.
_DEAN_MODIFIERS = frozenset(
    {"associate", "assistant", "vice", "deputy", "acting", "interim", "former", "executive", "senior", "academic",
     "founding", "faculty", "school", "college", "law", "medical", "business"}
)  # fmt: skip


# Kin words that open a name of two words rather than stand for a job ("Mother Goose", "Brother Roe" of an order).
_KIN_TITLES = frozenset(
    {"mother", "father", "brother", "sister", "son", "daughter", "uncle", "aunt", "grandma", "grandpa"}
)


def _last_title_word(
    text: str,
    tokens: list[str],
    start: int,
    lowercase_words: Collection[str] = (),
    article_texts: Sequence[str] = (),
) -> int:
    """The position of the last title word in front of the name (-1 for none): "Health Minister Jane Roe",
    "UN Special Envoy John Doe"."""
    last_title = -1
    for i, token in enumerate(tokens[:-1]):
        if token == "Dean" and i == len(tokens) - 2 and (i == 0 or tokens[i - 1].lower() not in _DEAN_MODIFIERS):
            # "director of rugby Dean Ricks", "Councilor Dean Rhodes": the given name before a surname, no
            # college's head; only a word that grades a dean ("Associate Dean Roe") makes it the title
            continue
        if is_title(token) and token.lower() not in ("state",) or (token.lower() == "state" and i > 0):
            last_title = i
    # "Secretary of the Air Force James Roche": a title with "of" runs up to the name at the end.
    if (
        last_title >= 0
        and any(t in ("of", "for") for t in tokens[last_title + 1 : -2])
        and not name_before_of(tokens[last_title + 1 :])
    ):
        given, _ = person_names()
        keep = (
            3 if len(tokens) - last_title > 4 and (tokens[-3] in given or re.fullmatch(r"[A-Z]\.", tokens[-2])) else 2
        )
        last_title = len(tokens) - keep - 1
    elif last_title < 0 and (titled := plural_title_words(tokens)):
        last_title = titled - 1  # "State Senators Ray Roe and ...": a plural title shared by a list of names
    elif last_title < 0 and len(tokens) > 2 and re.fullmatch(r"[A-Z][a-z]+ists?", tokens[0]):
        last_title = 0  # "Scientologist Tom Cruise"
    elif (
        last_title < 0
        and len(tokens) == 4
        and is_nationality(tokens[0])
        and tokens[2] in person_names()[0]
        and tokens[1] not in ("of", "for")
    ):
        last_title = 1  # "Irish Taoiseach Jane Roe": a people's adjective and an office before the name
    elif last_title < 0 and len(tokens) > 2 and body_and_job(tokens[0]):
        last_title = 0  # "KTAS-direktør Jane Roe", "AaB-spilleren Max Holm": a body's name joined to a job
    elif last_title < 0 and len(tokens) > 2 and peoples_noun(tokens[0]):
        last_title = 0  # "Dutchman Joop van Brakel", "Frenchwoman Jane Roe": a people's noun
    elif last_title < 0 and people_before_full_name(tokens, lowercase_words):
        last_title = 0  # "Brazilian Tiago Mendes was eighth", "Finn Mika Korhonen": a people's word before the name
    elif (
        last_title < 0
        and len(tokens) in (4, 5)
        and tokens[1][1:].islower()
        and is_job(tokens[1].lower())
        and tokens[2] in person_names()[0]
    ):
        last_title = 1  # "Chess Trainer Jane Roe", "Harvard Economist John Doe": a body's title before a given name
    elif last_title < 0 and len(tokens) > 2 and tokens[0].lower() in ROLE_NOUNS and tokens[0][1:].islower():
        # "Representative Jane Roe", "Candidate Trainer John Doe": a news role capitalised as a title, and any
        # job words after it, before a name of two words or more
        last_title = 0
        while last_title + 3 < len(tokens) and is_job(tokens[last_title + 1].lower()):
            last_title += 1
    elif (
        last_title < 0
        and len(tokens) > 2
        and not text[:start].strip(" \"'“‘–-")
        and opening_title(tokens[0].lower(), tokens[1])
        and tokens[1] not in ("of", "for")
    ):
        # "Organiser Rui Matos said", "Blogger Jane Roe writes", "Journalists Jane Roe and ...": a job noun
        # capitalised only as the sentence's first word
        last_title = 0
    elif (
        last_title < 0
        and len(tokens) == 2
        and not text[:start].strip(" \"'“‘–-")
        and tokens[0][1:].islower()
        and person_job_before(tokens[0].lower())
        # (not a given name, "Sultan Roe", nor kin, "Mother Goose", "Father Christmas": a name of two words)
        and tokens[0] not in person_names()[0]
        and tokens[0].lower() not in _KIN_TITLES
        # (nor a word the article uses as a name elsewhere: "his brother, Sultan, ...")
        and not any(re.search(rf"(?<=[a-z,;] ){tokens[0]}\b", t) for t in article_texts)
        and re.fullmatch(r"[A-Z][a-z'’-]+", tokens[1]) is not None
        and tokens[1].lower() not in lowercase_words  # ("Doctor Who": a word the article writes in lower case)
    ):
        last_title = 0  # "Striker Roe scored twice", "Coach Doe was pleased": a person's job opening the sentence
    if last_title < 0:
        last_title = _former_member_before_given_name(text[:start], tokens)
    return _capitalised_role_before_given_name(tokens, last_title)


_FORMER_BEFORE = re.compile(r"(?:^|\s)(?:[Ff]ormer|[Ee]x-?)\s*$")


def _former_member_before_given_name(before: str, tokens: list[str]) -> int:
    """ "former Beatle Paul Roe", "Ex-Spice Girl Jane Roe", "Former Beatle Paul Roe": after "former" or "ex-", the
    capitalised words before a given name and a family name say what the person was (a band's member, a team's
    player), whatever list holds them; -1 for none."""
    lead = tokens[0] in ("Former", "Ex") or tokens[0].startswith(("Ex-", "ex-"))
    if not (lead or _FORMER_BEFORE.search(before)):
        return -1
    given = person_names()[0]
    for k in range(1, len(tokens) - 1):
        if tokens[k] in given and 2 <= len(tokens) - k <= 3 and k <= 3:
            return k - 1
    return -1


def body_and_job(token: str) -> bool:
    """A compound of a capitalised body's name and a job in lower case after a hyphen ("KTAS-direktør",
    "Brøndby-spilleren"): a title, not the first word of a name (a name's parts after a hyphen are capitalised)."""
    head, _, tail = token.rpartition("-")
    definite = tail.endswith("en") and (is_role_noun(tail[:-2]) or is_role_noun(tail[:-1]))  # "FN-chefen"
    return bool(head) and tail[:1].islower() and len(tail) > 3 and (is_job(tail) or definite)


def _capitalised_role_before_given_name(tokens: list[str], last_title: int) -> int:
    """ "Special Rapporteur Tom Iver", "Chief Economist Ada Lind": a capitalised role noun right before a given
    name and a family name ends the title, after a title word or after a body's name."""
    given = person_names()[0]
    at = len(tokens) - 3
    if (
        at > last_title
        and at >= 1
        and tokens[at][1:].islower()
        and is_role_noun(tokens[at].lower())
        and tokens[at + 1] in given
        and (last_title == at - 1 or (last_title < 0 and at >= 1))
    ):
        return at
    return last_title


# Particles that open Arabic, French, Dutch or German names and titles alike ("Al", "El", "Le", "De", "Van"):
# after a people's word they may open a newspaper's or a party's name as well as a person's.
_NAME_PARTICLES = frozenset({"Al", "El", "Le", "La", "De", "Du", "Van", "Von", "Abu", "Bin", "Ibn"})


def people_before_full_name(tokens: Sequence[str], lowercase_words: Collection[str] = ()) -> bool:
    """ "Brazilian Tiago Mendes", "Venezuelan Carlos Riveros", "Spaniard Pablo Ferrer": a people's adjective or
    noun, then a full name of two or three words (sports copy names a competitor so). The name opens with a
    given name, or ends with a family name and holds no word the language writes in lower case, so that a
    body or an event keeps its people's word ("American Rescue Plan", "Italian Space Agency", "Chinese New
    Year"); no word of it is one the article writes in lower case or a title."""
    if len(tokens) not in (3, 4) or not is_nationality(tokens[0]):
        return False
    name = list(tokens[1:])
    if not all(re.fullmatch(r"[A-Z][\w'’-]+", t) for t in name) or name[0] in _NAME_PARTICLES:
        return False  # ("Arab Al Yawm": a particle opening the words is an article of a title, a paper's)
    if any(t.lower() in lowercase_words or is_title(t) or is_nationality(t) for t in name):
        return False
    if fold(name[0]) in person_names()[0]:
        return True
    return is_family_name(name[-1]) and not any(t.lower() in common_words() for t in name)


def peoples_noun(token: str) -> bool:
    """ "Dutchman", "Frenchwoman", "Scotsman": a man or woman of a people, written as a title before a name."""
    people = re.fullmatch(r"([A-Z][a-z]+?)s?(?:wo)?man", token)
    return people is not None and is_nationality(people.group(1))

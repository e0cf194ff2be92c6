"""Runs of capitalised words in a Latin-script sentence, cut down to the words that may be a person's name.

A run ("Meanwhile UN Special Envoy John Doe of ...") is a candidate. What it holds besides a name is cut
away here, in the order the cuts depend on each other: words that open the sentence but no name, a
possessive that makes the rest a thing, a place or organisation found before inside it, a workplace before
a given name, then the title words in front (kept as the title). What is left is rejected when it cannot
be a name at all (a month, a portfolio, a word in capitals). Whether the words around the name say it is a
person, and what role, is `people_evidence`'s job.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.gazetteer import known_names, lookup, person_names
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_index import PeopleIndex, fold, strip_possessive
from briefing_app.core.facts.people_nationality import is_nationality
from briefing_app.core.facts.people_roles import (
    MONTHS_DAYS,
    PORTFOLIO,
    SPEECH_VERBS,
    apposition_role,
    is_job,
    is_title,
    person_role_before,
)
from briefing_app.core.facts.people_shapes import (
    LOWER,
    NAME_WORD,
    UPPER,
    acts,
    is_family_name,
    looks_like_a_name,
    opening_title,
)
from briefing_app.core.facts.places import LEADING_FUNCTION_WORDS
from briefing_app.core.facts.role_edges import title_over_and
from briefing_app.core.facts.roles import ROLE_NOUNS, is_person_noun, is_role_noun

# Capitalised words that are not names whatever the article does with them.
_NEVER_NAMES = {
    "god", "internet", "christmas", "easter", "ramadan", "eid", "covid-19", "covid", "coronavirus", "parliament",
    "government", "brexit", "olympics", "world", "cup", "war", "north", "south", "east", "west", "new", "old",
    "great", "royal", "national", "federal", "central", "international", "global", "first", "second", "third",
    "mr", "mrs", "ms", "dr", "sir", "twitter", "facebook", "instagram", "tiktok", "youtube", "google", "microsoft",
    "apple", "amazon", "islam", "muslim", "muslims", "christian", "jewish", "jews", "arab", "arabs", "catholic",
    "sunni", "shia", "shiite", "democrat", "democrats", "republican", "republicans", "conservative",
    "conservatives", "labour", "liberal", "liberals", "tory", "tories", "green", "greens", "i", "ok", "tv",
    "security", "social", "administration", "operation", "report", "act", "bill", "day", "street", "road",
    "avenue", "square", "park", "bridge", "airport", "station", "tools", "laboratory", "project", "plan",
    "summit", "treaty", "agreement", "accord", "award", "prize", "festival", "games", "championship", "league",
    "series", "index", "exchange", "market", "stock", "times", "news", "daily", "weekly", "online",
    "minister", "ministers", "president", "presidents", "state", "states", "city", "county",
    "nobody", "everybody", "everyone", "somebody", "someone", "anyone", "anybody", "none", "all", "both", "each",
    "many", "most", "some", "others", "people", "police", "officials", "residents", "critics", "experts",
    "hurricane", "storm", "typhoon", "cyclone", "tropical",
    # buildings, programmes and offices: "the Élysée Palace", "the X Program", "the Vice Presidency"
    "palace", "castle", "cathedral", "mosque", "temple", "stadium", "program", "programme", "presidency",
    "premiership", "ministry", "cabinet", "senate", "congress", "staff",
    # places and buildings named by their kind last: "Liberty Plaza", "Unity Tower", "Riverside Mall"
    "plaza", "mall", "tower", "centre", "center", "hospital", "university", "museum", "theatre", "theater",
    "arena", "boulevard", "highway", "cemetery", "prison", "embassy", "monument", "institute", "academy",
    # a generation after a name ("Joseph Roe, Jr."), and orders and bodies a title heads ("Executive Order")
    "jr", "jr.", "sr", "sr.", "jnr", "snr", "order", "decree", "committee", "board", "branch", "asst",
    # fields of study a degree is in: "a master's in Plant Sciences from the University of X"
    "sciences", "science", "studies", "engineering", "physics", "biology", "chemistry", "economics", "mathematics",
    "literature", "philosophy", "psychology", "sociology",
}  # fmt: skip
# A word, or initials before one (George W. Bush, J.K. Rowling).
# Arabic and other names glue a lower-case article to the family name: al-Assad, el-Sisi, bin-Laden.
_GLUED = r"(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|ben|ould)-"
# ("N.Bayar": an initial glued to the family name, as Mongolian and some African copy writes it)
_CAP = rf"(?:(?:[A-ZÆØÅ]\.){{1,3}}(?=\s[{UPPER}])|[A-Z]\.[{UPPER}][{LOWER}]{{2,}}|(?:{_GLUED})?[{UPPER}][\w'’-]*)"
_RUN = re.compile(
    rf"{_CAP}(?:\s+(?:(?:of|for)\s+(?:the\s+)?|(?:(?:bin|ibn|al|el|de|van|von|der|den|la|le|da|dos|du|af|wa)\s+){{1,2}})?{_CAP})*"
)


@dataclass(frozen=True)
class Sentence:
    """One sentence as the run readers see it, with what the rest of the article tells about its words."""

    index: int
    text: str  # "@Jane_Roe" handles spelled out as names, at the same length (offsets stay right)
    lang: str
    people: PeopleIndex  # the people found so far: a run that names one again needs no more evidence
    lowercase_words: set[str]  # a word the article also writes in lower case is a common word, no name
    taken: list[tuple[int, int]]  # stretches places and organisations hold
    headline: bool  # in a Title Case headline capitals are no evidence of a name
    reclaimed: list[str]  # collects the names a title showed to be people although a place or body took them
    article_texts: tuple[str, ...]  # every sentence of the article
    handles: frozenset[str]  # the article's social-media handles, lower-case letters only
    places: frozenset[str]
    verbs: str  # the language's speech verbs as one regex alternation


@dataclass
class Run:
    """One candidate while it is read: where the name stands, its title, and (filled by `people_evidence`)
    the role and whether the article shows it is a person."""

    start: int
    tokens: list[str]
    end: int
    run_start: int  # where the run began: a role before the run is read from here, not from the name's start
    owner: str = ""  # a body or workplace before the name ("UN" in "UN Special Envoy John Doe")
    reclaim: bool = False  # a title took the name back from a place or organisation
    title: list[str] = field(default_factory=list)
    name_tokens: list[str] = field(default_factory=list)
    name: str = ""
    before: str = ""
    after: str = ""
    own_handle: re.Match[str] | None = None  # "Jane Roe (@janeroe)"
    role: str | None = None
    evidence: bool = False
    appos: str | None = None  # a role set off after the name (apposition, bracket, copula, "from X")
    spoke: bool = False  # a speech verb right after the name or right before it
    member: bool = False  # "Jane Roe from Acme Watch": a name right after a body it may speak for
    placed: bool = False  # "shoppers at Harvey Nichols": after "at", "in": a place or a shop


def read_sentence(
    s: SourceSentence,
    lang: str,
    index: PeopleIndex,
    lowercase_words: set[str],
    taken: list[tuple[int, int]],
    headline: bool,
    reclaimed: list[str],
    article_texts: tuple[str, ...],
    handles: frozenset[str],
) -> Sentence:
    """The sentence with what every run of it is read against."""
    # "@Jane_Roe": a handle that is a given name and a family name joined by "_" names her (same length, so
    # every offset into the sentence stays right)
    text = re.sub(
        rf"@([{UPPER}][{LOWER}]+)_([{UPPER}][{LOWER}]+)\b",
        lambda h: f" {h.group(1)} {h.group(2)}" if h.group(1) in person_names()[0] else h.group(0),
        s.text,
    )
    verbs = "|".join(SPEECH_VERBS.get(lang, SPEECH_VERBS["en"]))
    return Sentence(
        s.index, text, lang, index, lowercase_words, taken, headline, reclaimed, article_texts, handles,
        known_names(), verbs,
    )  # fmt: skip


@lru_cache(maxsize=16)  # one alternation of speech verbs per language
def _verb_at_end(verbs: str) -> tuple[re.Pattern[str], int]:
    """The pattern of a speech verb and a blank ending a text, and the length of its longest verb (0 when a
    verb is no plain word, so that its length is not known)."""
    plain = all(re.fullmatch(r"\w+(?: \w+)*", verb) for verb in verbs.split("|"))
    return re.compile(rf"\b(?:{verbs})\s+$"), max(map(len, verbs.split("|"))) if plain else 0


def verb_ends(verbs: str, before: str) -> bool:
    """Whether `before` ends with one of the speech verbs `verbs` and a blank (as `_verb_at_end`'s pattern
    finds). Only blanks follow the verb, so it ends where the blanks start: the pattern is tried only where a
    verb can begin, not at every word of the text."""
    pattern, longest = _verb_at_end(verbs)
    end = len(before.rstrip())
    if end == len(before):
        return False  # no blank at the end
    return pattern.search(before, max(0, end - longest) if longest else 0) is not None


def candidate_runs(sentence: Sentence) -> Iterator[Run]:
    """Every run of capitalised words, less the sentence-opening words and the owned thing after a "'s"."""
    for m in _RUN.finditer(sentence.text):
        mark = sentence.text[max(0, m.start() - 1) : m.start()]
        if mark == "#" or (
            mark == "@" and not re.match(r"\S+\s+\S+(?:\s+\S+)?:", m.group(0) + sentence.text[m.end() :])
        ):
            continue  # "#FreeTheTwo", "@VoaNews": a hashtag or a handle, no name ("@Jane Roe:" names her)
        run = _trimmed(sentence, m.group(0).split(), m.start())
        if run is not None:
            yield run
            rest = sentence.text[run.end : m.end()]
            if run.tokens[-1].endswith(("'s", "’s")) and rest.startswith(" ") and len(rest.split()) >= 2:
                # "President Roe's Special Advisor Max Holm": after the possessive, a run of its own
                later = _trimmed(sentence, rest.split(), run.end + 1)
                if later is not None:
                    yield later


def _trimmed(sentence: Sentence, tokens: list[str], start: int) -> Run | None:
    text = sentence.text
    # Leading words that begin the sentence but no name.
    while tokens and (
        tokens[0].lower() in LEADING_FUNCTION_WORDS
        or (
            not text[:start].strip(" \"'“‘–-")
            and tokens[0].lower() in sentence.lowercase_words
            and len(tokens) > 1
            and not (len(tokens) > 2 and is_title(tokens[1]))
            # ("President Roe's adviser said": a title opening the sentence before a name is kept)
            and not (is_title(tokens[0]) and tokens[1].endswith(("'s", "’s")))
            and not (len(tokens) > 3 and is_title(tokens[0]) and tokens[1] in ("of", "for"))
        )  # "Health Minister Jane Roe" keeps "Health", "Minister of Education Jane Roe" keeps "Minister"
    ):
        start += len(tokens[0]) + 1
        tokens = tokens[1:]
    if _common_opening_word(sentence, tokens, start):
        start += len(tokens[0]) + 1  # "Yesterday Jane Roe met ...": an adverb opening the sentence, then the name
        tokens = tokens[1:]
    # "Lawyers for Jane Roe said ...", "Friends of John Doe": a plural of people opening the sentence, then
    # whose they are
    if (
        len(tokens) >= 4
        and tokens[1] in ("of", "for")
        and tokens[0].endswith("s")
        and not text[:start].strip(" \"'“‘–-")
        and is_person_noun(tokens[0][:-1].lower())
    ):
        whole = " ".join(tokens)
        start += len(" ".join(tokens[:2])) + 1
        tokens = tokens[2:]
        end = start + len(" ".join(tokens))
        whole_taken = any(a < start and end <= b for a, b in sentence.taken)
        if whole_taken and len(tokens) <= 3 and looks_like_a_name(tokens):
            # an organisation finder read the whole as a body "for" a purpose: the name is taken back
            # ("Friends of the Earth" keeps its body: "the Earth" is no name; "Passengers of Air Canada" too)
            sentence.reclaimed.append(whole)
            return Run(start, tokens, end, start, reclaim=True)
    # A possessive inside the run ends the name: "Jane Roe's Acme Blog", "Attorney General's Office" name
    # a thing that belongs to whoever comes before the "'s" (but "Kenya's Health Minister Jane Roe",
    # "Korea's Kim Min-jun": a place's official or player is a person after the possessive)
    owned_at = next((i for i, t in enumerate(tokens[:-1]) if t.endswith(("'s", "’s"))), None)
    if owned_at is not None and _body_then_name(sentence, tokens, start, owned_at):
        # "NASA's Jane Roe": the body she works for, then her name
        at = start + len(" ".join(tokens[: owned_at + 1])) + 1
        rest = tokens[owned_at + 1 :]
        return Run(at, rest, at + len(" ".join(rest)), start, owner=strip_possessive(" ".join(tokens[: owned_at + 1])))
    if (
        owned_at is not None
        and strip_possessive(" ".join(tokens[: owned_at + 1])).split()[-1] not in sentence.places
        # ("President Roe's Special Advisor Max Holm": a titled person owns the next title; both are names)
        and (not any(is_title(t) for t in tokens[owned_at + 1 :]) or any(is_title(t) for t in tokens[:owned_at]))
    ):
        tokens = tokens[: owned_at + 1]
    if not tokens:
        return None
    return Run(start, tokens, start + len(" ".join(tokens)), start)


def _body_then_name(sentence: Sentence, tokens: list[str], start: int, owned_at: int) -> bool:
    """ "NASA's Janet Roe", "Acme Corp's John Doe": an organisation the article found, in the possessive, then
    a known given name and a surname: the person works for the body (the run's possessive is the owner)."""
    rest = tokens[owned_at + 1 :]
    owner = strip_possessive(" ".join(tokens[: owned_at + 1]))
    body_end = start + len(owner)
    entry = lookup(owner)
    return (
        len(rest) == 2
        and rest[0] in person_names()[0]
        and (
            any(a <= start and body_end <= b for a, b in sentence.taken)
            or (entry is not None and entry.kind == "organisation")
            or re.fullmatch(r"[A-Z]{2,6}", owner) is not None  # "NASA's", "FIFA's": a body's acronym
        )
    )


def _common_opening_word(sentence: Sentence, tokens: list[str], start: int) -> bool:
    """ "Yesterday Jane Roe met ...", "Instead Max Holm left": an English sentence's first word, before two or
    more capitalised words, that English writes in lower case (the entity tagger's list of words its training
    text writes so) and that is no given name, title or role, is no part of the name after it."""
    if sentence.lang != "en" or len(tokens) < 3 or sentence.text[:start].strip(" \"'“‘–-"):
        return False
    first = tokens[0]
    return (
        not any(a < start + len(first) and start < b for a, b in sentence.taken)  # "World Bank President X"
        and first.lower() in common_words()
        and first not in person_names()[0]
        and not is_title(first)
        and not is_title(tokens[1])
        and not is_job(first.lower())
        and not is_person_noun(first.lower())
        and not is_nationality(first)
        and tokens[1] not in ("of", "for")
    )


def separate_from_bodies(sentence: Sentence, run: Run) -> bool:
    """Where the run meets a place or organisation found before: a title in front gives the words back to
    the people, a given name first keeps the run whole, otherwise the name is the piece beside the body.
    False when no piece of the run can be a name."""
    titled_run = [t for t in run.tokens if not is_title(t)]  # the run without its title words
    run.reclaim = run.reclaim or _title_reclaims(sentence, run, titled_run) or _speaker_with_a_job(sentence, run)
    if run.reclaim:
        # "Kronprinsesse Mary", "socialdemokraten Lars Vind": a title or role right before the run makes
        # it a person, whatever the gazetteer or an organisation's shape said of the same words.
        sentence.reclaimed.extend({strip_possessive(" ".join(titled_run)), strip_possessive(" ".join(run.tokens))})
    elif (_given_name_first(sentence, run) and not is_title(run.tokens[0])) or (
        len(run.tokens) == 1 and sentence.people.find(run.tokens[0]) is not None
    ):
        pass  # "Dan Whitby", "George Washington": a given name, then a surname that is also a place
    elif any(a < run.end and run.start < b for a, b in sentence.taken):
        return _name_beside_body(sentence, run)
    return True


def _speaker_with_a_job(sentence: Sentence, run: Run) -> bool:
    """ "siger Lone Vind, direktør i Dansk Industri", "said Jane Roe, a spokeswoman for ...": a speech verb
    before the run and a job set off after it show a person, whatever shape an organisation finder saw in it."""
    text, start, end = sentence.text, run.start, run.end
    covered = [(a, b) for a, b in sentence.taken if a < end and start < b]
    if len(covered) != 1 or covered[0] != (start, end) or not 2 <= len(run.tokens) <= 3:
        return False
    if not verb_ends(sentence.verbs, text[:start]):
        return False
    job = re.match(r",\s+(?:(?:a|an|the|en|et)\s+)?(?:[\w-]+\s+)?([a-zæøå][\w-]+)", text[end:])
    return job is not None and is_job(job.group(1))


def _given_name_first(sentence: Sentence, run: Run) -> bool:
    """A run of two or three words that opens with a known given name, not after "in" or "at"."""
    tokens, start = run.tokens, run.start
    first_taken = any(a < start + len(tokens[0]) and start < b for a, b in sentence.taken)
    return (
        2 <= len(tokens) <= 3
        and tokens[0] in person_names()[0]
        # "Chad Smith", "Georgia Lowe": a given name that is also a place, then a common family name, or any
        # second word the words around show to be a person's ("Georgia Pellew said she would run")
        and (
            not first_taken
            or (len(tokens) == 2 and is_family_name(tokens[1]) and _give_back(sentence, tokens))
            or (len(tokens) == 2 and _place_given_name(sentence, run))
        )
        and not re.search(r"\b(?:in|at|from|near|i|fra|ved)\s+$", sentence.text[:start])
    )


def _give_back(sentence: Sentence, tokens: list[str]) -> bool:
    """The place a given name was taken for goes back to the people (`sentence.reclaimed`) when the article
    never writes that word but before the same family name ("Kara Dunn ... Kara Dunn": no town of Kara).
    Always True: the run is the person's whatever happens to the place."""
    first, second = tokens[0], fold(strip_possessive(tokens[1]))
    alone = re.compile(rf"(?<![\w-]){re.escape(first)}(?!\s+{re.escape(second)})(?![\w-])")
    if not any(alone.search(fold(t)) for t in sentence.article_texts):
        sentence.reclaimed.append(first)
    return True


# What shows the words before it to be a person: a speech verb, an age, "who", an apposition with a role,
# or a clause that goes on with "he" or "she".
_SHOWN_A_PERSON = re.compile(
    r"(?:\s*\([^()]{1,30}\))?(?:,\s+(?:aged\s+)?\d{1,3},|,?\s+(?:who|whose)\b|\s+(?:also\s+|later\s+|then\s+)?"
    r"(?:said|says|told|tells|added|asked|wrote|writes|sagde|siger|fortæller|fortalte|skriver)\b|"
    r"\s+(?:[a-z]+\s+){1,4}(?:he|she|his|her|han|hun|hans|hendes)\b)"
)


def _place_given_name(sentence: Sentence, run: Run) -> bool:
    """ "Georgia Pellew, 34, said", "Israel Tamu told": a given name that is also a place, the place finder's,
    then a capitalised word no place or body holds, that is no common word, title or place, and the words
    around show a person. Where the article never writes the place's name but before that word, the place
    found there is given back (`sentence.reclaimed`)."""
    first, second = run.tokens[0], strip_possessive(run.tokens[1])
    text, end = sentence.text, run.end
    second_at = run.start + len(first) + 1
    if (
        any(a < end and second_at < b for a, b in sentence.taken)
        or second in sentence.places
        or second.lower() in sentence.lowercase_words
        or second.lower() in _NEVER_NAMES
        or is_title(second)
        or is_person_noun(second.lower())
        or not re.fullmatch(NAME_WORD, second)
        or (second.endswith("s") and not is_family_name(second))  # "Kenya Updates": a plural, a feed's name
    ):
        return False
    shown = (
        _SHOWN_A_PERSON.match(text[end:])
        or acts(text[end:])
        or person_role_before(text[: run.start])
        or (re.match(r",\s+(?:a|an|the)\s", text[end:]) and apposition_role(text[end:]) is not None)
    )
    if not shown:
        return False
    return _give_back(sentence, run.tokens)  # the article's "Georgia" may be only Georgia Pellew's given name


def _title_reclaims(sentence: Sentence, run: Run, titled_run: list[str]) -> bool:
    """Whether a place or organisation found inside the run is the name that its title words lead."""
    tokens, start, end, text = run.tokens, run.start, run.end, sentence.text
    covered = [(a, b) for a, b in sentence.taken if a < end and start < b]
    taken_text = strip_possessive(text[covered[0][0] : covered[-1][1]]) if covered else ""
    return (
        bool(covered)
        and bool(titled_run)
        and tokens[len(tokens) - len(titled_run) :] == titled_run  # the titles come first, then the name
        and (taken_text != strip_possessive(" ".join(tokens)) or looks_like_a_name(titled_run))
        and all(start <= a and b <= end for a, b in covered)
        and 1 <= len(titled_run) <= 3
        and all(re.fullmatch(rf"[{UPPER}][{LOWER}'’-]+", t) for t in titled_run)
        and (
            len(titled_run) < len(tokens)
            or (len(titled_run) >= 2 and person_role_before(text[:start]) and looks_like_a_name(titled_run))
        )
        and taken_text in (strip_possessive(" ".join(titled_run)), strip_possessive(" ".join(tokens)))
    )


def _name_beside_body(sentence: Sentence, run: Run) -> bool:
    """Part of the run is a place or organisation: a piece before or after it may still be a name ("UN
    Special Envoy John Doe", "Director Jane Roe of the Danish Energy Agency"); what stands between the run's
    start and that piece is the body the person works for (`run.owner`). False when no piece is left."""
    text, start, end = sentence.text, run.start, run.end
    spans = sorted((max(a, start), min(b, end)) for a, b in sentence.taken if a < end and start < b)
    best = _best_piece(text, start, end, spans)
    if best is None:
        return False
    piece_at, piece, where, piece_start, named = best
    piece_words = piece.split()
    workplace = re.search(r"(?:^|\s)([^\W\d_][\w-]*)\s+(ved|på|i|hos|at|of|for|from|fra)\s+$", text[:start])
    if named and len(piece_words) > 2:  # "Acquisition Marvin Sambur": what precedes the name is title
        name_at = text.find(" ".join(piece_words[-2:]), piece_at)
        title_text = text[start:name_at].strip()
        # ("UN Special Rapporteur Tom Iver": a capitalised role noun is a title there too)
        if any(is_title(w) or (w[1:].islower() and is_role_noun(w.lower())) for w in title_text.split()):
            run.owner = title_text
        elif workplace and is_job(workplace.group(1)):
            run.owner = f"{workplace.group(1)} {workplace.group(2)} {title_text}"  # "overlæge på X-hospital"
        run.start, run.tokens = name_at, piece_words[-2:]
        run.end = run.start + len(" ".join(run.tokens))
    else:
        if where == "after" and spans[0][0] < piece_start:
            run.owner = text[start:piece_at].strip()  # "UN" in "UN Special Envoy John Doe", "EU-kommissær"
            if workplace and is_job(workplace.group(1)) and not any(is_title(w) for w in run.owner.split()):
                # "lektor ved Aarhus Universitet Jens Hansen": a job at the body named before the name
                run.owner = f"{workplace.group(1)} {workplace.group(2)} {run.owner}"
        run.start, run.tokens = piece_at, piece_words
        run.end = run.start + len(piece)
    return True


def _best_piece(
    text: str, start: int, end: int, spans: list[tuple[int, int]]
) -> tuple[int, str, str, int, bool] | None:
    """The piece of the run outside the bodies' spans most likely to be the name: (where it stands, its
    text, "before" or "after" the body, where the piece began, whether a given name is near its end)."""
    pieces, at = [], start
    for a, b in spans:
        pieces.append((at, a, "before"))
        at = max(at, b)
    pieces.append((at, end, "after"))
    best: tuple[int, str, str, int, bool] | None = None
    given, _ = person_names()
    for a, b, where in pieces:
        piece = re.sub(r"(?:\s+(?:of|for|af)(?:\s+the)?)+\s*$", "", text[a:b])  # "Nedlukningen af | Danmark"
        # "'s" after a body's name, or Danish's bare genitive "s" ("Socialdemokratiet|s Mette Holm")
        piece = re.sub(r"^(?:['’]?s)?\s+(?:(?:for|of|the|at)\s+)*", "", piece).strip()
        compound = re.match(r"-([^\W\d_]+)\s+", piece)  # "EU-kommissær Jane Roe": the rest of a compound
        if compound and is_job(compound.group(1)):
            piece = piece[compound.end() :]
        words = piece.split()
        # A given name near the end of the last piece: the name ("... Air Force for Acquisition
        # Marvin Sambur"); otherwise the longest piece.
        named = len(words) >= 2 and words[-2] in given
        if re.search(r"[A-ZÆØÅ]", piece) and (
            best is None or named or (not best[4] and len(words) > len(best[1].split()))
        ):
            best = (text.find(piece, a), piece, where, a, named)
    return best


def drop_workplace_before_given_name(sentence: Sentence, run: Run) -> None:
    """ "pressechef i Forsvaret Jens Bak", "Venstres Jakob Holm": what comes before the given name is where
    the person works or the party (a Danish genitive), not part of the name; it becomes `run.owner`."""
    tokens, text = run.tokens, sentence.text
    given_names = person_names()[0]
    lead_in = next((k for k in range(1, len(tokens) - 1) if tokens[k] in given_names), None)
    if lead_in is None or run.owner or any(t in given_names or is_title(t) for t in tokens[:lead_in]):
        return
    at_work = re.search(r"(?:^|\s)([^\W\d_][\w-]*)\s+(i|ved|hos|at|for)\s+$", text[: run.start])
    party = sentence.lang == "da" and lead_in == 1 and tokens[0].endswith("s") and len(tokens[0]) > 3
    if (at_work and is_job(at_work.group(1))) or party:
        run.owner = " ".join(tokens[:lead_in])
        if at_work and not party:
            run.owner = f"{at_work.group(1)} {at_work.group(2)} {run.owner}"
        run.start = text.find(tokens[lead_in], run.start)
        run.tokens = tokens[lead_in:]


def split_title(sentence: Sentence, run: Run) -> bool:
    """The title words in front of the name (`run.title`) and the name (`run.name_tokens`, `run.name`).
    False when what follows the title is what the title is of, not a name ("Minister for Health")."""
    tokens, start = run.tokens, run.start
    last_title = _last_title_word(sentence.text, tokens, start)
    title = tokens[: last_title + 1]
    name_tokens = tokens[last_title + 1 :]
    of_what = (
        bool(title)
        and bool(name_tokens)
        # "Speaker of the House": "the" after the title's "of" starts what the title is of, never a name
        and (name_tokens[0] in ("of", "for") or (name_tokens[0] == "the" and title[-1] in ("of", "for")))
    )
    before_what = bool(title) and title[-1] in ("of", "for")  # "Minister for | Coastal Development"
    while name_tokens and (
        name_tokens[0] in ("of", "for") or (of_what and name_tokens[0] == "the") or name_tokens[0].lower() in PORTFOLIO
    ):
        title = [*title, name_tokens[0]]  # "Minister for Foreign Affairs Jane Roe": the portfolio is the title's
        name_tokens = name_tokens[1:]
    if any(t.lower() in PORTFOLIO for t in name_tokens):
        return False
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
    cut = next((i for i, t in enumerate(name_tokens) if t in ("of", "for") and i >= 2), None)
    # ("Prime Minister Jane Roe of Ruritania": a given name opens the name, "of" ends it after a title too)
    if cut is not None and (not any(is_title(t) for t in tokens) or name_tokens[0] in person_names()[0]):
        # "Sarah Lyle of Oxfam": a name, then what the person belongs to (read later as the role)
        run.end = start + len(" ".join(tokens[: len(tokens) - len(name_tokens) + cut]))
        name_tokens = name_tokens[:cut]
    run.title, run.name_tokens = title, name_tokens
    run.name = strip_possessive(" ".join(name_tokens))
    return True


def _title_after_a_headline_noun(title: list[str]) -> list[str]:
    """ "Readout of President", "Passing of Former Senator": in a Title Case headline a noun and "of" before the
    title words are what the headline is about, not part of the title."""
    if not title or is_title(title[0]) or is_role_noun(title[0].lower()):
        return title
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


def _last_title_word(text: str, tokens: list[str], start: int) -> int:
    """The position of the last title word in front of the name (-1 for none): "Health Minister Jane Roe",
    "UN Special Envoy John Doe"."""
    last_title = -1
    for i, token in enumerate(tokens[:-1]):
        if is_title(token) and token.lower() not in ("state",) or (token.lower() == "state" and i > 0):
            last_title = i
    # "Secretary of the Air Force James Roche": a title with "of" runs up to the name at the end.
    if last_title >= 0 and any(t in ("of", "for") for t in tokens[last_title + 1 : -2]):
        given, _ = person_names()
        keep = (
            3 if len(tokens) - last_title > 4 and (tokens[-3] in given or re.fullmatch(r"[A-Z]\.", tokens[-2])) else 2
        )
        last_title = len(tokens) - keep - 1
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
    elif last_title < 0 and len(tokens) > 2 and _body_and_job(tokens[0]):
        last_title = 0  # "KTAS-direktør Jane Roe", "AaB-spilleren Max Holm": a body's name joined to a job
    elif last_title < 0 and len(tokens) > 2 and peoples_noun(tokens[0]):
        last_title = 0  # "Dutchman Joop van Brakel", "Frenchwoman Jane Roe": a people's noun
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
    return _capitalised_role_before_given_name(tokens, last_title)


def _body_and_job(token: str) -> bool:
    """A compound of a capitalised body's name and a job in lower case after a hyphen ("KTAS-direktør",
    "Brøndby-spilleren"): a title, not the first word of a name (a name's parts after a hyphen are capitalised)."""
    head, _, tail = token.rpartition("-")
    return bool(head) and tail[:1].islower() and len(tail) > 3 and is_job(tail)


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


def peoples_noun(token: str) -> bool:
    """ "Dutchman", "Frenchwoman", "Scotsman": a man or woman of a people, written as a title before a name."""
    people = re.fullmatch(r"([A-Z][a-z]+?)s?(?:wo)?man", token)
    return people is not None and is_nationality(people.group(1))


def titled_place(sentence: Sentence, run: Run) -> bool:
    """ "President Bush", "King Jordan": a title before a place's name that the place finder left alone makes
    it a person's name."""
    return any(is_title(t) for t in run.title) and not any(a < run.end and run.start < b for a, b in sentence.taken)


def _opening_word_and_a_country(sentence: Sentence, run: Run) -> bool:
    """ "Per Ruritania's constitution, ...": a word opening the sentence, then a country's possessive, is no name
    (the country owns what follows; a given name before a country is no one's name)."""
    tokens = run.name_tokens
    if len(tokens) != 2 or not tokens[1].endswith(("'s", "’s")) or sentence.text[: run.start].strip(" \"'“‘–-"):
        return False
    entry = lookup(strip_possessive(tokens[1]))
    return entry is not None and entry.detail == "country"


def never_a_name(word: str) -> bool:
    """A capitalised word that is no name whatever the article does with it ("Parliament", "Old", "Jr")."""
    return word.lower() in _NEVER_NAMES


def cannot_be_a_name(sentence: Sentence, run: Run) -> bool:
    """A place not given back by a title, a month or weekday, a word that is never a name ("Parliament"),
    more than four capitalised words, or a word in capitals ("NATO")."""
    name, name_tokens = run.name, run.name_tokens
    given, family = person_names()
    return (
        not name
        or (
            name in sentence.places
            and sentence.people.find(name) is None
            and not run.reclaim
            and not titled_place(sentence, run)
        )
        or any(
            (t.lower() in MONTHS_DAYS and not (i > 0 and name_tokens[0] in given))
            or (
                t.lower() in _NEVER_NAMES
                and not (i == 0 and len(name_tokens) > 1 and t in given)
                # "Minister Stockwell Day": a title before two words makes the common word a family name
                and not (i > 0 and len(name_tokens) == 2 and any(is_title(w) for w in run.title))
                # "Lena Park": a common word that is also a family name, after a given name
                and not (i > 0 and name_tokens[0] in given and t in family)
            )
            for i, t in enumerate(name_tokens)
        )
        or len([t for t in name_tokens if t[0].isupper()]) > 4
        # (a regnal number ends a name: "Queen Elizabeth II", "Pope John XXIII")
        or any(
            t.isupper() and len(t) > 1 and not t.endswith(".") and not (i > 0 and re.fullmatch(r"[IVX]{2,5}", t))
            for i, t in enumerate(name_tokens)
        )
        or any(re.fullmatch(r"[A-Z][a-z]{0,2}[A-Z]", t) and t != "II" for t in name_tokens)  # "DoS", "GoI": an acronym
        or _opening_word_and_a_country(sentence, run)
        # "at 8 PM Eastern Time": a clock's PM, no prime minister
        or (run.title[:1] == ["PM"] and re.search(r"\d\s*$", sentence.text[: run.start]) is not None)
        # "Division A", "Plan B": a single capital letter ends the name of a part or an option
        or (
            len(name_tokens) > 1 and re.fullmatch(r"[A-Z]", name_tokens[-1]) is not None and name_tokens[0] not in given
        )
    )

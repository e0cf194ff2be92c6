"""Runs of capitalised words in a Latin-script sentence, cut down to the words that may be a person's name.

A run ("Meanwhile UN Special Envoy John Doe of ...") is a candidate. What it holds besides a name is cut
away here, in the order the cuts depend on each other: words that open the sentence but no name, a
possessive that makes the rest a thing, a place or organisation found before inside it, a workplace before
a given name, then the title words in front (kept as the title). What is left is rejected when it cannot
be a name at all (a month, a portfolio, a word in capitals). This module finds the runs and trims their
opening; the title (`people_run_titles`), the bodies inside a run (`people_run_bodies`) and what is never a name
(`people_not_names`) have modules of their own. Whether the words around the name say it is a person, and what
role, is `people_evidence`'s job.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.entity_tagger_da import common_words as danish_common_words
from briefing_app.core.facts.gazetteer import lookup, person_names
from briefing_app.core.facts.people_index import strip_possessive
from briefing_app.core.facts.people_nationality import is_nationality
from briefing_app.core.facts.people_not_names import cannot_be_a_name, never_a_name, titled_place
from briefing_app.core.facts.people_roles import is_job, is_title
from briefing_app.core.facts.people_run_bodies import drop_workplace_before_given_name, separate_from_bodies
from briefing_app.core.facts.people_run_titles import peoples_noun, split_title
from briefing_app.core.facts.people_run_types import Run, Sentence, read_sentence, verb_ends
from briefing_app.core.facts.people_shapes import LOWER, UPPER, looks_like_a_name, opening_title
from briefing_app.core.facts.places import LEADING_FUNCTION_WORDS
from briefing_app.core.facts.roles import is_person_noun

# What `people` and the people modules import from here, wherever it is written.
__all__ = [
    "Run",
    "Sentence",
    "candidate_runs",
    "cannot_be_a_name",
    "drop_workplace_before_given_name",
    "never_a_name",
    "peoples_noun",
    "read_sentence",
    "separate_from_bodies",
    "split_title",
    "titled_place",
    "verb_ends",
]

# A word, or initials before one (George W. Bush, J.K. Rowling).
# Arabic and other names glue a lower-case article to the family name: al-Assad, el-Sisi, bin-Laden.
_GLUED = r"(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|ben|ould)-"
# ("N.Bayar": an initial glued to the family name, as Mongolian and some African copy writes it)
# (a lower-case participle or adjective after a hyphen is no part of the name: "the Hugh Grant-starring horror",
# "a Tom Okafor-led side", "Jane Roe-backed plans")
_COMPOUND_AFTER_NAME = (
    r"-(?:led|backed|based|born|run|owned|starring|funded|made|style|era|inspired|linked|allied|controlled|"
    r"sponsored|supported|designed|written|directed|produced|themed|affiliated|aligned|dominated|held|ruled|"
    r"occupied|operated|appointed|trained|educated|bound|like|related|registered|listed|brokered|sanctioned|"
    r"fronted|helmed|penned|voiced|signed|coached|managed|chaired|headed|founded|fuelled|fueled|driven)(?![\w-])"
)
_CAP = (
    rf"(?:(?:[A-ZÆØÅ]\.){{1,3}}(?=\s[{UPPER}])|[A-Z]\.[{UPPER}][{LOWER}]{{2,}}|"
    rf"(?:{_GLUED})?[{UPPER}](?:[\w'’]|(?!{_COMPOUND_AFTER_NAME})-)*)"
)
# (not inside a word: "iMac", "eBay", "4K Blu-ray" read from its "K" are no runs)
_RUN = re.compile(
    # ("Special Agent in Charge Jane Roe", "Officer in Charge X": "in" links only that title's last word; "Chief
    # Secretary to the Treasury Jane Roe", "Private Secretary to the Queen X": "to the" only a secretary's)
    # ("Rhun ap Iorwerth": the Welsh "ap", son of, joins the given name to the family name as "bin" does)
    rf"(?<![^\W_]){_CAP}(?:\s+(?:(?:of|for)\s+(?:the\s+)?|in\s+(?=Charge\s)|(?<=Secretary\s)to\s+the\s+|(?:(?:bin|ibn|al|el|de|del|della|di|van|von|der|den|ter|ten|la|le|da|dos|du|af|wa|ap)\s+){{1,2}})?{_CAP})*"
)


# A spelled age or span written as one hyphenated word: "Nineteen-year-old", "Twenty-two-year-old", "Six-month-old".
_SPELLED_AGE = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)*-(?:year|month|week|day)s?-olds?")


_CANDIDATE_RUNS_RE1 = re.compile(r"[A-Z]-[a-z]+")
_CANDIDATE_RUNS_RE2 = re.compile(r"-[a-zæøå]{3,}$")


def candidate_runs(sentence: Sentence) -> Iterator[Run]:
    """Every run of capitalised words, less the sentence-opening words and the owned thing after a "'s"."""
    for m in _RUN.finditer(sentence.text):
        mark = sentence.text[max(0, m.start() - 1) : m.start()]
        if mark == "#" or (
            mark == "@" and not re.match(r"\S+\s+\S+(?:\s+\S+)?:", m.group(0) + sentence.text[m.end() :])
        ):
            continue  # "#FreeTheTwo", "@VoaNews": a hashtag or a handle, no name ("@Jane Roe:" names her)
        if _CANDIDATE_RUNS_RE1.fullmatch(m.group(0)):
            continue  # "a T-shirt", "an X-ray", "a U-turn": one capital letter glued to a common noun, no name
        if (
            sentence.lang == "da"
            and _CANDIDATE_RUNS_RE2.search(m.group(0))
            and m.group(0).split()[0] not in person_names()[0]
        ):
            continue  # "et Champions League-gruppespil": a compound whose head is the common noun after the hyphen
        if _group_before_one_name(sentence, m):
            continue  # "Developers Glenbrook are now set to build ...": a group of people named by one word, a body
        run = _trimmed(sentence, m.group(0).split(), m.start())
        if run is not None:
            yield run
            rest = sentence.text[run.end : m.end()]
            if run.tokens[-1].endswith(("'s", "’s")) and rest.startswith(" ") and len(rest.split()) >= 2:
                # "President Roe's Special Advisor Max Holm": after the possessive, a run of its own
                later = _trimmed(sentence, rest.split(), run.end + 1)
                if later is not None:
                    yield later


_TRIMMED_RE1 = re.compile(r",\s+(?:Jr|Sr|Jnr|Snr)\.?(?=,)")


def _trimmed(sentence: Sentence, tokens: list[str], start: int) -> Run | None:
    text = sentence.text
    # Leading words that begin the sentence but no name.
    while tokens and (
        tokens[0].lower() in LEADING_FUNCTION_WORDS
        or tokens[0] in ("My", "Your")  # "My Name is Jonas": a song's title, no name opens with a possessive
        # ("Twenty-two-year-old Dan Roe scored": a spelled age opening the sentence is capitalised, no name)
        or _SPELLED_AGE.fullmatch(tokens[0]) is not None
        or (
            not text[:start].strip(" \"'“‘–-")
            and tokens[0].lower() in sentence.lowercase_words
            and len(tokens) > 1
            and not (len(tokens) > 2 and is_title(tokens[1]))
            # ("President Roe's adviser said": a title opening the sentence before a name is kept)
            and not (is_title(tokens[0]) and tokens[1].endswith(("'s", "’s")))
            and not (len(tokens) > 3 and is_title(tokens[0]) and tokens[1] in ("of", "for"))
            # ("Actress Jane Roe won the award for best actress": a job opening the sentence before a name is
            # kept, though the article writes the job in lower case too)
            and not (len(tokens) > 2 and opening_title(tokens[0].lower(), tokens[1]) and looks_like_a_name(tokens[1:]))
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
    # (and a name in -s with the apostrophe alone: "Keanu Reeves' Dogstar")
    owned_at = next((i for i, t in enumerate(tokens[:-1]) if t.endswith(("'s", "’s", "s'", "s’"))), None)
    if owned_at is not None and _body_then_name(sentence, tokens, start, owned_at):
        # "NASA's Jane Roe": the body she works for, then her name
        at = start + len(" ".join(tokens[: owned_at + 1])) + 1
        rest = tokens[owned_at + 1 :]
        return Run(at, rest, at + len(" ".join(rest)), start, owner=strip_possessive(" ".join(tokens[: owned_at + 1])))
    owner_words = strip_possessive(" ".join(tokens[: owned_at + 1])).split() if owned_at is not None else []
    if (
        owned_at is not None
        # ("Reggie Bush's Heisman Trophy": a given name before the place's word makes the owner a person)
        # ("Director Jane Roe's ...": a title may come before the given name)
        and (owner_words[-1] not in sentence.places or any(w in person_names()[0] for w in owner_words[:-1]))
        # ("President Roe's Special Advisor Max Holm": a titled person owns the next title; both are names)
        and (
            not any(is_title(t) for t in tokens[owned_at + 1 :])
            or any(is_title(t) for t in tokens[:owned_at])
            # ("Director Jane Roe's King Kong": a person's name, then a title word and one word that is no
            # given name, is a thing the person owns, a film or a book; the run after the "'s" is read alone)
            or (
                any(w in person_names()[0] for w in owner_words[:-1])
                and not _named_after_title(tokens[owned_at + 1 :])
            )
        )
    ):
        tokens = tokens[: owned_at + 1]
    while len(tokens) > 1 and tokens[-1] in _WEEKDAYS_AFTER:
        tokens = tokens[:-1]  # "Gov. Jane Roe Tuesday signed the bill": AP copy's day after the name, no word of it
    if not tokens:
        return None
    if len(tokens) >= 3 and tokens[-1] in _GENERATIONS and text[start + len(" ".join(tokens)) :][:1] in (".", ","):
        # "James Roe Jr., a member of ...": the generation goes with the name but is no word of it (later
        # mentions say "Roe"); the run still ends after it, so what follows is read as before
        end = start + len(" ".join(tokens))
        return Run(start, tokens[:-1], end + (text[end : end + 1] == "."), start)
    end = start + len(" ".join(tokens))
    generation = _TRIMMED_RE1.match(text[end:]) if len(tokens) >= 2 else None
    if generation is not None:
        # "said Richard C. Roe, Jr., Acme's Chairman": the generation set off by commas is no apposition; the
        # run ends after it, so the apposition after it is read as the name's
        end += generation.end()
    return Run(start, tokens, end, start)


def _named_after_title(tokens: list[str]) -> bool:
    """Whether the words after a title name a person by more than one word or by a given name ("Special
    Advisor Max Holm"), not a thing with a title word in its name ("King Kong")."""
    last = max((i for i, t in enumerate(tokens) if is_title(t)), default=-1)
    name = tokens[last + 1 :]
    return len(name) >= 2 or (len(name) == 1 and name[0] in person_names()[0])


# Weekdays American wire copy writes right after a subject's name, without "on" ("Sheriff Jane Roe Monday said").
_WEEKDAYS_AFTER = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


# A generation after a full name: "Martin Luther King Jr.", "Joseph Roe Sr.".
_GENERATIONS = {"Jr", "Sr", "Jnr", "Snr"}


def _body_then_name(sentence: Sentence, tokens: list[str], start: int, owned_at: int) -> bool:
    """ "NASA's Janet Roe", "Acme Corp's John Doe", "Liverpool's Steven Roe": an organisation the article found
    or a place, in the possessive, then a known given name and a surname: the person works for the body or plays
    for the place (the run's possessive is the owner)."""
    rest = tokens[owned_at + 1 :]
    owner = strip_possessive(" ".join(tokens[: owned_at + 1]))
    body_end = start + len(owner)
    entry = lookup(owner)
    # ("Ajax's Matthijs de Ligt": a particle may stand inside the family name)
    particles = ("de", "van", "von", "der", "den", "da", "del", "di", "du", "la", "le", "dos", "ter", "ten")
    return (
        (len(rest) == 2 or (len(rest) in (3, 4) and all(t in particles for t in rest[1:-1])))
        and rest[0] in person_names()[0]
        and (
            any(a <= start and body_end <= b for a, b in sentence.taken)
            or (entry is not None and entry.kind == "organisation")
            # "Liverpool's Steven Roe", "Britain's Jane Roe": a town's or a country's (its club, its team) player
            or (entry is not None and entry.kind == "place")
            or re.fullmatch(r"[A-Z]{2,6}", owner) is not None  # "NASA's", "FIFA's": a body's acronym
        )
    )


def _participle_opener(first: str, second: str) -> bool:
    """A participle used as an adjective ("Embattled", "Troubled", "Grieving") before a known given name or a
    company the lists know: no word of the name."""
    given, family = person_names()
    if not re.fullmatch(r"[A-Z][a-z]{3,}(?:ed|ing)", first) or first in given or first in family or is_title(first):
        return False
    known = lookup(second)
    return second in given or (known is not None and known.kind == "organisation")


def _common_opening_word(sentence: Sentence, tokens: list[str], start: int) -> bool:
    """ "Yesterday Jane Roe met ...", "Instead Max Holm left": an English sentence's first word, before two or
    more capitalised words, that English writes in lower case (the entity tagger's list of words its training
    text writes so) and that is no given name, title or role, is no part of the name after it."""
    if sentence.lang not in ("en", "da") or len(tokens) < 2 or sentence.text[:start].strip(" \"'“‘–-"):
        return False
    first = tokens[0]
    if sentence.lang == "da" and len(tokens) == 2:
        # "Siden Discovery mandag offentliggjorde ...": a subordinator or adverb Danish writes in lower case opens
        # the sentence before one capitalised word; a name has no function word for its given name
        return _danish_function_opener(sentence, first, start)
    if sentence.lang == "en" and _participle_opener(first, tokens[1]):
        return True  # "Embattled Jane Roe resigned", "Troubled Sony, whose ...": an adjective the sentence capitalised
    if len(tokens) < 3:
        return False
    if sentence.lang == "da":
        # "Erfarne Ivan Holm", "Derfor Jens Holm": an adjective in -e or a word Danish writes in lower case,
        # opening the sentence before a known given name
        given = person_names()[0]
        return (
            tokens[1] in given
            and first not in given
            and not is_title(first)
            and not is_job(first.lower())
            and not any(a < start + len(first) and start < b for a, b in sentence.taken)
            and (first.lower() in danish_common_words() or re.fullmatch(r"[A-ZÆØÅ][a-zæøå]{2,}e", first) is not None)
        )
    return (
        not any(a < start + len(first) and start < b for a, b in sentence.taken)  # "World Bank President X"
        and first.lower() in common_words()
        and first not in person_names()[0]
        and not is_title(first)
        # (nor before a title a word or two on: "International Development Secretary Hilary Benn")
        and not any(is_title(t) for t in tokens[1:3])
        and not is_job(first.lower())
        and not is_person_noun(first.lower())
        and not is_nationality(first)
        and tokens[1] not in ("of", "for")
    )


def _danish_function_opener(sentence: Sentence, first: str, start: int) -> bool:
    """Whether a Danish sentence's first word, before a single capitalised word, is a word the Danish tagger's
    training text writes in lower case and no given name, title or job ("Siden", "Selvom", "Hvorfor")."""
    return (
        first.lower() in danish_common_words()
        and first not in person_names()[0]
        and not is_title(first)
        and not is_job(first.lower())
        and not any(a < start + len(first) and start < b for a, b in sentence.taken)
    )


def _group_before_one_name(sentence: Sentence, m: re.Match[str]) -> bool:
    """Whether a run opening the sentence is a plural noun of people and one more word that is no given name
    ("Developers Glenbrook", "Builders Acme"): the group's own name, a firm's or a team's, names no person."""
    words = m.group(0).split()
    return (
        sentence.lang == "en"
        and len(words) == 2
        and not sentence.text[: m.start()].strip(" \"'“‘–-")
        and re.fullmatch(r"[A-Z][a-z]{3,}s", words[0]) is not None
        and is_person_noun(words[0][:-1].lower())
        and words[1] not in person_names()[0]
    )

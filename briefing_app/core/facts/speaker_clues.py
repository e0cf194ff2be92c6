"""Clues to who a speaker mention is, shared by the resolver (`speakers.py`): the sex a person's given name or
title tells, where the text names a person, the shape of a sentence's subject (a passive's agent, a fronted
adverbial, a preposition's object), and the groups and unnamed sources that speak without a name."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.gazetteer import given_genders, lookup, person_names
from briefing_app.core.facts.org_acronyms import acronym_first
from briefing_app.core.facts.org_names import defined_name
from briefing_app.core.facts.orgs import acronym_definitions
from briefing_app.core.facts.people import Person
from briefing_app.core.facts.people_nationality import is_nationality
from briefing_app.core.facts.people_not_names import never_a_name
from briefing_app.core.facts.people_streets import WAY_KINDS
from briefing_app.core.facts.per_document import per_document
from briefing_app.core.facts.quotes_ar_names import says_in_name
from briefing_app.core.facts.roles import is_person_noun, is_role_noun

PRONOUNS = {"he", "she", "han", "hun", "הוא", "היא", "they", "de"}


# A definite description of someone already named: "the 45-year-old", "the Briton", "the Dane".
DESCRIPTION_HEAD = (
    r"(?:[Tt]he|[Dd]en)\s+(?:\d+-year-old|\d+-årige|[A-Z][a-z]+(?:ian|ese|ish|an|i|er|ite)|"
    # nationals whose noun ends otherwise ("the Spaniard said"), and a ranking sport copy names a player by
    r"Spaniard|Scot|Swede|Dane|Briton|Brit|Argentine|Finn|Pole|Turk|Greek|Czech|Swiss|Croat|Serb|Slovak|Slovene|"
    r"Basque|Catalan|Kiwi|Frenchwoman|Englishwoman|Scotswoman|Welshwoman|Irishwoman|Dutchwoman|"
    r"world\s+(?:number|No\.?)\s*(?:one|two|three|\d+))"
)
DESCRIPTION = re.compile(DESCRIPTION_HEAD + r"(?:\s+[a-zæøå][\w-]*){0,3}")
# A player described by the country they were capped for, sport copy's stand-in for the one just named: "the former
# Ruritania Under-21 international", "the ex-Wessex international" ("international" alone is mostly an adjective, so
# no person noun: the country before it makes it the player).
PLAYER_DESCRIPTION = re.compile(
    r"[Tt]he\s+(?:(?:former|ex-|one-time|uncapped|veteran|young|experienced)\s*)?(?:[A-Z][\w'’-]*\s+){1,3}"
    r"international"
)


# Nouns of nationality no ending rule derives ("the Spaniard", "the Frenchwoman"), which a sentence may open with
# as if they were a name ("The Spaniard felt his side ..."): a description of someone named before, no person.
_NATIONAL_NOUNS = frozenset(
    "Spaniard Frenchman Frenchwoman Englishman Englishwoman Dutchman Dutchwoman Irishman Irishwoman Scotsman "
    "Scotswoman Welshman Welshwoman Argentine Slovene Basque Catalan Kiwi".split()
)


@per_document  # (asked for each person at each pronoun of the article)
def named_otherwise(name: str) -> bool:
    """Whether a "person" the people finder listed is no one a pronoun can go back to: a verb of saying taken into an
    Arabic name (`says_in_name`) or a nationality ("The Spaniard felt ...", `national_noun`)."""
    return says_in_name(name) or national_noun(name)


def national_noun(name: str) -> bool:
    """Whether a one-word "name" is a noun or adjective of nationality ("Spaniard", "Italian", "Dane"): a
    description of the person named before, which the people finder may have listed as a name."""
    return " " not in name and (name in _NATIONAL_NOUNS or is_nationality(name))


# A fronted adverbial before the subject: "After meeting X, ", "Speaking with X on Monday, ", "Unlike X, ".
FRONTED = re.compile(
    r"(?:After|Before|While|When|Since|Following|Despite|Although|Though|Unlike|Like|Speaking|Asked|Meeting|"
    r"Visiting|During|With|Alongside|Along\s+with|Together\s+with)\b[^,;.]{0,160},\s"
)
# A fronted phrase naming what the speaker talks about ("On Roe's performance,", "Asked about Roe,"): whoever it names
# is the topic of the quote or of the sentence's subject, not its speaker. A full stop inside it may only close an
# initial or a title ("On council chair A.B. Roe's letter,", "On Mr. Roe's plan,"), never a sentence.
FRONTED_TOPIC = re.compile(
    r"\s*(?:On|About|Of|Regarding|Asked\s+about|Speaking\s+(?:about|of)|Turning\s+to|Reflecting\s+on|"
    r"Commenting\s+on|Praising)\s(?:[^,;:.]|(?<=\b[A-Z])\.|(?<=\b(?:Mr|Ms|Dr|St))\.|(?<=\bMrs)\.){1,80},\s*"
)

# Nouns of a description that tell a person's sex ("the 45-year-old mother of two", "the Dane's husband").
_FEMALE_NOUNS = {"mother", "woman", "wife", "daughter", "sister", "grandmother", "girl", "widow", "actress", "mor",
                 "kvinde", "hustru", "datter", "søster", "pige"}  # fmt: skip
_MALE_NOUNS = {"father", "man", "husband", "son", "brother", "grandfather", "boy", "widower", "actor", "far",
               "mand", "søn", "bror", "dreng"}  # fmt: skip


def noun_sex(description: str) -> str:
    """ "f" or "m" when a noun of the description tells the sex ("the 45-year-old mother"), else ""."""
    words = set(description.lower().split())
    # ("the Frenchwoman", "the Welshman": a national's capitalised noun ends in the sex's own)
    nationals = [w for w in description.split() if w[:1].isupper()]
    female = words & _FEMALE_NOUNS or any(w.endswith("woman") for w in nationals)
    male = words & _MALE_NOUNS or any(w.endswith("man") and not w.endswith("woman") for w in nationals)
    return "f" if female else "m" if male else ""


# "was greeted at the airport by the mayor and his wife, ": a passive verb, then "by" and its agent (English, Danish
# "blev modtaget af"), with no verb after "by" that would start a new clause.
PASSIVE_AGENT = re.compile(
    r"\b(?:was|were|been|being|is|are|blev|bliver)\s+(?:\w+ly\s+)?[a-zæøå]+(?:ed|en|wn|t|et)\b[^.;]*?\b(?:by|af)\s+"
    r"(?:(?!\b(?:was|were|is|are|has|had|said|says)\b)[^.;])*$"
)


# A preposition (English, Danish) right before a name: the name is its object, not a clause's subject.
GOVERNING_WORDS = r"of|for|at|from|with|to|about|against|on|in|under|af|fra|med|til|om|mod|hos"
GOVERNED = re.compile(rf"\b(?:{GOVERNING_WORDS})\s+(?:the\s+)?$")


# "A spokesperson for the Port Authority", "One official at the ministry": an unnamed person opening a sentence.
UNNAMED_SUBJECT = re.compile(
    r"((?:A|An|One|Another)\s+(?:[a-z-]+\s+)?([a-z]+)\s+(?:for|of|at|from|with|in)\s+(?:the\s+)?"
    r"[A-ZÆØÅ][\w.&'’-]*(?:\s+(?:of\s+)?[A-ZÆØÅ][\w.&'’-]*)*)"
)


# An unnamed person as the subject of a reported clause or of the sentence ("Reuters reported that an unnamed U.S.
# official confirmed ..."), whom "he said" in the next sentence goes on quoting.
UNNAMED_REPORTED = re.compile(
    r"(?:^|\bthat\s+)((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?:[a-z-]+|[A-Z][\w.]*)\s+){0,3}?([a-z]+))"
    # (a short appositive may stand before the verb: "Another victim, No. 6, described ...")
    # (the commonest verbs of saying are irregular: "A police spokesman said two men were held")
    r"(?:,\s+[^,\"“”]{1,30},)?\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|s)|said|told)\b"
)


# The sex a pronoun names ("she said", "sagde hun", "אמרה היא"), to pass over a person of the other sex.
PRONOUN_SEX = {"he": "m", "she": "f", "han": "m", "hun": "f", "הוא": "m", "היא": "f"}


def sex_of(person: Person) -> str:
    """ "m", "f" or "" from the person's given name or title (Mrs Roe, Mr Doe)."""
    words = person.name.replace(".", "").split()
    if len(words) < 2:
        # a name the article writes alone ("Gloria") is a given name when the lists hold it
        return given_genders().get(words[0], "") if words else ""
    title = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "lady": "f", "hr": "m", "fru": "f"}
    if words[0].lower() in title:
        return title[words[0].lower()]
    while len(words) > 2 and is_role_noun(words[0].lower()):
        words = words[1:]  # "Representative Jim Roe", "Senator Ann Doe": the given name after the title
    return given_genders().get(words[0]) or given_genders().get(_unaccented(words[0]), "")


@functools.lru_cache(maxsize=32)
def addressed_sexes(texts: tuple[str, ...]) -> dict[str, str]:
    """Surnames the article writes after Mr, Mrs, Ms or Miss, with the sex the title gives ("" when it gives
    both: "Mr. and Mrs. Roe")."""
    out: dict[str, str] = {}
    for text in texts:
        for m in re.finditer(r"\b(Mr|Mrs|Ms|Miss)\.?\s+([A-Z][\w'’-]+)", text):
            sex = "m" if m.group(1) == "Mr" else "f"
            out[m.group(2)] = sex if out.get(m.group(2), sex) == sex else ""
    return out


# A surname, an optional appositive, a verb of saying and a pronoun that can only be the surname's bearer:
# "Jess Ryan, a nurse in Hull, said she could not ...", "Ryan told us he had ...".
_SAID_PRONOUN = re.compile(
    r"\b([A-Z][\w'’-]+)(?:,[^,.;:\"“”]{1,60},)?\s+(?:said|says|told\s+(?:the\s+)?[\w-]+|added|admitted|explained)"
    r"\s+(?:that\s+)?(she|he)(?:['’][a-z]{1,2})?\s+[a-z]"  # (also "said he's met")
)


@functools.lru_cache(maxsize=32)
def self_described_sexes(texts: tuple[str, ...]) -> dict[str, str]:
    """Surnames the article follows with a verb of saying and "she" or "he" about the one speaking ("Jess Ryan
    said she could not"): the sex the writer gives them, which outweighs a given-name list that holds the given
    name mostly for the other sex ("" when the article gives both)."""
    out: dict[str, str] = {}
    for text in texts:
        for m in _SAID_PRONOUN.finditer(text):
            sex = "f" if m.group(2) == "she" else "m"
            out[m.group(1)] = sex if out.get(m.group(1), sex) == sex else ""
    return out


@functools.lru_cache(maxsize=32)
def defined_acronyms(texts: tuple[str, ...]) -> dict[str, str]:
    """The acronyms the article defines for a body, with the name: "the Tolvik Harbour Authority (THA)" or
    "THA (Tolvik Harbour Authority)" gives {"THA": "Tolvik Harbour Authority"}."""
    out: dict[str, str] = {}
    for text in texts:
        if "(" in text:
            pairs = [(m.group(1), m.group(2)) for m in acronym_definitions(text)]
            pairs += [(d.group(1), d.group(2)) for d in acronym_first(text)]
            for name, acronym in pairs:
                out.setdefault(acronym, defined_name(name, acronym))
    return out


def role_noun(word: str) -> bool:
    """A role noun, also in the Danish definite form ("borgmesteren", "talsmanden": the mayor, the spokesman)."""
    return is_role_noun(word) or (
        len(word) > 5 and word[:1].islower() and word.endswith(("en", "et")) and is_role_noun(word[:-2])
    )


def name_start(text: str, person: Person, at: int) -> int:
    """Where the person's full name starts in `text` when it is written there, else `at`."""
    return text.find(person.name) if person.name in text else at


def named_by_given(text: str, sex: str) -> tuple[str, str | None] | None:
    """The first "Given Family" name in `text` (Latin script) whose given name is borne mostly by `sex`, and the
    title written right before it ("Representative Ann Doe": "Representative"), if any."""
    for m in re.finditer(r"\b([A-Z][a-z]+)\s+((?:[A-Z]\.\s+)?[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)\b(?!\s+[A-Z])", text):
        if (
            given_genders().get(m.group(1)) == sex
            and not is_role_noun(m.group(2).lower())
            and m.group(2) not in WAY_KINDS  # "the gutters coming to Byron Street": a street, no one "he" is
            and not PASSIVE_AGENT.search(text[: m.start()])
            # ("the dam project in Barnaby Joyce's electorate": an owner is spoken of, no one "he" is)
            and not re.search(r"['’]s$", m.group(2))
            and not re.match(r"['’]s?\s", text[m.end() :])
        ):
            title = re.search(r"\b([A-Z][a-z]+)\s+$", text[: m.start()])
            role = title.group(1) if title and is_role_noun(title.group(1).lower()) else None
            return f"{m.group(1)} {m.group(2)}", role
    return None


def _unaccented(word: str) -> str:
    """A name without its accents ("Íngrid" -> "Ingrid"), as the census lists write given names."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def first_named_at(text: str, person: Person, people: Sequence[Person] = ()) -> int:
    """Where `person` is first named in `text` (after the end when not at all)."""
    at = next(iter(named_at(text, person, people)), -1)
    return at if at >= 0 else len(text)


_NAMED_AT_RE1 = re.compile(r"[A-Za-zÀ-ÿ]")
_NAMED_AT_RE2 = re.compile(r"(\S+)\s+(?:[a-z]{1,3}[-\s])?$")
_NAMED_AT_RE3 = re.compile(r"\s[A-Z]")


def named_at(text: str, person: Person, people: Sequence[Person]) -> list[int]:
    """Every place `text` names `person` by full name or surname as a word of its own, leaving out a shared
    surname that another of `people` owns there by given name ("Erik Dahl" is not Anne Dahl)."""
    if not person.key:
        return []
    others = {
        q.name.split()[0] for q in people
        if q is not person and (q.key == person.key or q.name.endswith(" " + person.key)) and len(q.name.split()) > 1
    }  # fmt: skip
    namesakes = [
        q.name for q in people
        if q is not person and (q.key == person.key or q.name.endswith(" " + person.key)) and len(q.name.split()) > 2
    ]  # fmt: skip
    # the stretches where another person's full name is written: a word of it names that person, not this one
    # ("Hussein Rashid Mohammed" is not Saddam Hussein, though it holds his surname)
    # (Latin script: Arabic and Hebrew names carry clitics, which their own readers handle)
    latin = _NAMED_AT_RE1.match(person.key) is not None
    covered = [
        (at.start(), at.end()) for q in people
        if latin and q is not person and " " in q.name and person.key in q.name and person.name not in q.name
        for at in re.finditer(re.escape(q.name), text)
    ]  # fmt: skip
    out = []
    for m in re.finditer(re.escape(person.key), text):
        end = m.end()
        if end < len(text) and (text[end].isalnum() or text[end] == "_"):
            continue
        if any(a <= m.start() and end <= b for a, b in covered):
            continue
        if latin and _NAMED_AT_RE3.match(text[end : end + 2]) and any(
            q is not person and " " in q.name and text.startswith(q.name, end + 1) for q in people
        ):
            continue  # "Hussein Rashid Mohammed" where the finder kept "Rashid Mohammed": a given name before it
        if any(text[:end].endswith(n) for n in namesakes) and not text[:end].endswith(person.name):
            continue  # "René Chura Roe" written in full is not Elias Roe (a middle name stands before the surname)
        given = _NAMED_AT_RE2.search(text[: m.start()])  # (a particle: "Mo al-Roe")
        if given is not None and given.group(1) in others and not person.name.startswith(given.group(1) + " "):
            continue
        out.append(m.start())
    return out


# Groups that speak without a name: "police said", "officials told", "witnesses said".
_GROUPS = {"police", "officials", "authorities", "witnesses", "residents", "sources", "organisers", "organizers",
           "doctors", "protesters", "activists", "analysts", "experts", "investigators", "prosecutors", "villagers",
           "locals", "rescuers", "survivors", "critics", "officers", "troops", "soldiers", "students",
           "workers",
           # Danish groups, in the definite plural as news writes them ("beboerne siger", "ifølge vidnerne")
           "beboerne", "vidnerne", "eksperterne", "forældrene", "borgerne", "myndighederne", "demonstranterne",
           "lægerne", "eleverne", "arbejderne", "kilderne", "fiskerne", "landmændene"}  # fmt: skip


# A capitalised name (after "the") and the adjunct that follows it in an inverted attribution ("said the Harbour
# Board in a statement", "said Acme on Monday").
ADJUNCT_AFTER_NAME = re.compile(
    r"^((?:the\s+)?(?:[A-Z][\w&'’.-]*\s+(?:(?:of|for|and|on|the|&)\s+)*){0,6}[A-Z][\w&'’-]*)\s+"
    r"(?:in\s+(?:a|an|its|their|the)\s|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"(?:yesterday|today|earlier|later|last|this)\b).*$"
)


# Wire copy's unnamed informants, no person nouns elsewhere ("a source of income"): "one source said", "A security
# source in Maiduguri ... confirmed" (speaker_unnamed).
INFORMANTS = frozenset({"source", "sources", "insider", "insiders"})


def is_unnamed(mention: str) -> bool:
    """Whether a lower-case mention names nobody in particular: a group ("police", "local officials") or one of
    many ("one witness", "another resident")."""
    words = mention.split()
    if not words or not mention.islower() or len(words) > 3:
        return False
    last = words[-1]
    many = words[0] in ("one", "another", "two", "three", "several", "some", "many", "other")
    # ("one source said", "another insider said": one of those a report does not name, though no person noun)
    anonymous = last in INFORMANTS
    return last in _GROUPS or (many and (is_person_noun(last) or is_person_noun(last.removesuffix("s")) or anonymous))


# A capitalised word opening a sentence as the subject of a verb: "Hensley was delighted", "Okafor said".
_LONE_SUBJECT = re.compile(r"\W*([A-Z][a-z][\w'’-]+)\s+(?:was|is|has|had|said|says|told|added|[a-z]{3,}ed)\b")


def _adverb(word: str) -> bool:
    """An adverb made of a common adjective ("improperly", "recently", "happily", "newly"); family names that end
    in "ly" ("Kelly", "Daly", "Connolly") have no common word as their stem."""
    if not word.endswith("ly") or len(word) < 5:
        return False
    stems = {
        word[:-2],
        word[:-3] + "y" if word.endswith("ily") else "",
        word[:-1] + "e" if word.endswith("bly") else "",
    }
    stems |= {stem[2:] for stem in stems if stem[:2] in ("im", "in", "un")}
    stems |= {stem[3:] for stem in stems if stem[:3] == "dis"}
    return any(len(stem) >= 3 and stem in common_words() for stem in stems)


def surname_subject(text: str, bodies: Sequence[str] = ()) -> str | None:
    """The one word opening `text` as the subject of a verb that can only be a person's family name: no word
    written in lower case, no known place, body or nationality, no word of one of `bodies` ("Hensley was
    delighted with his side": a coach the article names by surname only); None otherwise."""
    m = _LONE_SUBJECT.match(text)
    if m is None:
        return None
    word = m.group(1)
    if word.lower() in common_words() or lookup(word) is not None or is_role_noun(word.lower()) or never_a_name(word):
        return None  # ("Austerity is not a necessity": an abstract noun, `people_not_names`)
    if _adverb(word.lower()):
        return None  # "Improperly discarded needles are a problem": an adverb before a participle, no subject
    # ("We've had two hard draws" inside a quote: a pronoun with its auxiliary glued on is no family name)
    if re.search(r"['’](?:ve|re|ll|d|m|s)$", word) and word.lower().split("'")[0].split("’")[0] in common_words():
        return None
    return None if any(word in body.split() for body in bodies) else word


# A sentence opening with a person's kin or aide named through their name ("Mara Velt's father, who is a senator,
# urged ..."): the kin is the sentence's subject, whom "he said" in the next sentence goes on quoting.
# (not "X's father Norrie said": the kin's own name follows, and the name speaks)
_POSSESSED_OPENING = re.compile(r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+['’]s?\s+([a-z-]+))(?=\s*,|\s+[a-z])")


# An apposition after the kin that names them: ", actress Jane Roe,", " in the category, Jane Roe".
# (not a relative clause: "X's father, who is a senator from the Social Democratic Party, urged")
_NAMED_IN_APPOSITION = re.compile(
    r"(?:\s+(?:in|at|of|on)\s+[^,]{1,50})?\s*,(?!\s*(?:who|whom|whose|which|that)\b)\s*(?:[^,]{0,60}?\s)?"
    r"[A-Z][a-z]+\s+[A-Z][a-z]+"
)


# The rest of a title after its first word, then its holder's name: "(Velt's general) secretary Ann Roe".
_HOLDER_AFTER_TITLE = re.compile(r"((?:\s+[a-z-]+){1,3})\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z]+\s+[A-Z][\w'’-]+")


# The same with the post's field after "of" between the title and the name, the name opening with a given name:
# "(Velt's) director of store planning Ann Roe", "(Velt's) director of Public Affairs Tom Lee".
_HOLDER_AFTER_FIELD = re.compile(
    r"((?:\s+[a-z-]+){0,3}?)\s+of\s+(?:the\s+)?(?:[A-Za-z&-]+\s+){1,4}?([A-Z][a-z]+)\s+[A-Z][\w'’-]+"
    r"(?=\s+[a-z]|\s*,)"
)


def holder_named_after(text: str, at: int) -> bool:
    """Whether role words and then a person's name follow `at` in `text`: what stands before them only qualifies
    the post ("Velt spokesman Ann Roe", "Velt's general secretary Ann Roe", "Velt's director of sales Ann Roe"), and
    the holder is the subject."""
    held = _HOLDER_AFTER_TITLE.match(text, at)
    field = _HOLDER_AFTER_FIELD.match(text, at) if held is None or " of " in held.group(0) else None
    words = held.group(1).split() if held is not None else []
    if field is not None and field.group(2) in person_names()[0]:
        # (a given name after the field: the field's last capitalised words are no name; the title's noun may end
        # just before `at`, "Velt's director| of sales Ann Roe")
        before = re.search(r"([a-z-]+)$", text[:at])
        words = field.group(1).split() or ([before.group(1)] if before else [])
    # (not "Tom Doyle accused Ken Marsh": a verb's past form that is also a person noun, "the accused")
    return bool(words) and all((is_role_noun(w) or is_person_noun(w)) and not w.endswith("ed") for w in words)


def kin_subject_before(previous: str, sex: str) -> str | None:
    """ "X's father" when the sentence before opens with that kin (or an aide: "X's lawyer") as its subject and the
    pronoun's sex fits the noun's; None otherwise."""
    m = _POSSESSED_OPENING.match(previous)
    if m is None:
        return None
    phrase, noun = m.group(1), m.group(2)
    # ("The Prime Minister's official spokesman said": a modifier before the noun; the phrase runs to the noun)
    following = re.match(r"\s+([a-z-]+)(?=\s*,|\s+[a-z])", previous[m.end() :])
    if following and is_person_noun(following.group(1)):
        phrase, noun = f"{phrase} {following.group(1)}", following.group(1)
    if not is_person_noun(noun):
        return None
    if _NAMED_IN_APPOSITION.match(previous, m.end() + (following.end() if following else 0)):
        return None  # "X's fellow contender, actress Jane Roe, is ...": the apposition names the kin, who speaks
    if holder_named_after(previous, m.end()):
        return None  # "Velt's general secretary Ann Roe said ...": a post's holder named after it speaks, not the post
    noun_is = noun_sex(noun)
    return phrase if not noun_is or noun_is == sex else None


def passive_subject_or_agent(
    text: str, mentioned: list[Person], people: Sequence[Person], index: int, sex: str
) -> list[Person]:
    """The people of a sentence before the quote less a passive's agent ("She was met at the airport by Ann Roe":
    not who the sentence is about); the agent all the same when a pronoun's sex rules out the named subject
    ("Mr X was backed by Ann Roe. ... she said": Ann Roe)."""
    def passive_at(p: Person) -> int | None:
        m = PASSIVE_AGENT.search(text[: first_named_at(text, p, people=people)])
        return m.start() if m else None

    found = [(p, passive_at(p)) for p in mentioned]  # (once per person: each search reads the text before the name)
    kept = [p for p, at in found if at is None]
    starts = [at for _p, at in found if at is not None]
    # (the subject named before the passive's verb; none of them fits the pronoun's sex if nobody was kept)
    subjects = [p for p in people if starts and p.key and index in p.sentences and 0 <= text.find(p.key) < min(starts)]
    if not kept and starts and not subjects and _THING_SUBJECT.fullmatch(text[: min(starts)]):
        thing = _THING_SUBJECT.fullmatch(text[: min(starts)])
        if thing is not None and not is_person_noun(thing.group(1).lower()):
            return mentioned  # "The motion was tabled by Cllr Ann Roe.": a thing is the subject, the agent acts
        if thing is not None and _ANNOUNCED.match(text[min(starts) :]):
            # "The recipient was revealed by Ann Roe, who led the jury.": what is announced is the subject,
            # whoever it is; the one who announces it speaks next
            return mentioned
    return kept or (mentioned if sex and subjects else [])


# A passive verb of making something known: its agent is the one who speaks in public, whatever its subject ("The
# winner was announced by", "The nominees were revealed by", "The list was unveiled by").
_ANNOUNCED = re.compile(
    r"(?:was|were|is|are|been)\s+(?:\w+ly\s+)?(?:announced|revealed|unveiled|declared|named|presented|read\s+out)\b"
)
# A short noun phrase for a thing opening the sentence as the subject of its passive ("The motion", "The bill").
_THING_SUBJECT = re.compile(r"\s*(?:The|This|That|A|An|Its|Their)\s+(?:[\w'’-]+\s+){0,3}?([a-z]+)\s+")


# The one spoken to: a name after "said to", "told", "asked", "a letter to" is the listener, never the subject who
# speaks ("Sgt. Ann Roe from Millbrook, N.Y., said to Bush:", "He told Roe:"); "told by" names the one who spoke.
_LISTENER = re.compile(
    r"\b(?:(?:said|says|spoke|speaks|speaking|talking|talked|explained|explains|replied|wrote|writing|added|"
    r"complained|confided|shouted|remarked)\s+to|told|tells|telling|asked|asks|informed|informs|assured|assures|"
    # (the one written to or interviewed: "said the guild's head in an open letter to Rob Farrow, ...", "In an
    # interview with Jo Roe, the minister said:": the addressee of the letter or the interviewer never speaks the words)
    r"(?:letter|e-?mail|message|note|memo)\s+to|interview\s+with|"
    # (and the one spoken about: "Potter continued to wax lyrical about Gallagher, "...": Potter speaks)
    r"(?<=\w\s)about(?=\s+[A-Z]))"
    r"\s+(?!by\b)[^,:;\"“”]*"
)


# A relative clause between a named subject and its verb ("Ann Roe, who is in Lima meeting X and Y, said in a
# statement,"): whoever it names is not the one who speaks.
_RELATIVE_BEFORE_VERB = re.compile(
    r"(?<=[\w.]),\s+(?:who|whose)\s[^\"“”]*,(?=\s+(?:also\s+|later\s+|then\s+)?[a-z]+\b[^,:\"“”]*[,:]?\s*[\"“]?\s*$)"
)


# Reported speech attributed at its end, as press releases open: "Recent comments from Minister X are not supported
# by the facts, the party's health spokesperson, Dr Jane Roe, says." The one it ends with said it; so too with the
# verb first and the name's description after it, as news copy has it: "..., said Ann Roe, a tenants' advocate."
_SAYS_AT_END = re.compile(
    r",\s+([^,]{2,80}(?:,\s+[^,]{2,60})?),?\s+(?:says|said|warns|warned|claims|claimed|adds|added)\.?\s*$"
    # (a name right after the verb: not "..., said he never saw Roe, the ...", a clause the verb governs)
    r"|,\s+(?:says|said|warns|warned|claims|claimed|adds|added)\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+"
    r"(?:,\s+[^,\"“”]{2,80})?)\.?\s*$"
)


def said_at_end(text: str, mentioned: list[Person]) -> list[Person]:
    """Of the people a sentence names, the one an attribution at its end names (see `_SAYS_AT_END`), whom a quote
    after it goes back to rather than the first person named; all of them when the sentence ends otherwise."""
    m = _SAYS_AT_END.search(text)
    said = [p for p in mentioned if m is not None and p.key and p.key in (m.group(1) or m.group(2))]
    return said or mentioned


_NOT_TOLD_RE1 = re.compile(r"\W*(he|she|han|hun)\b", re.IGNORECASE)


def not_told(text: str, mentioned: list[Person], sex: str) -> list[Person]:
    """The people a sentence names less those it names only as the one told ("She ... told Sky News' Kay Burley:"),
    when the sentence opens with a pronoun of the sex sought: its subject is someone named before, so a pronoun
    after it goes back past the listener to that person."""
    opening = _NOT_TOLD_RE1.match(text)
    if not sex or opening is None or PRONOUN_SEX.get(opening.group(1).lower()) != sex:
        return mentioned
    heard = without_listeners(text)
    return [p for p in mentioned if p.key and p.key in heard]


def without_listeners(clause: str) -> str:
    """`clause` with the listener of each verb of telling blanked out, and a relative clause between the subject
    and its verb, at the same length (positions kept)."""
    clause = _RELATIVE_BEFORE_VERB.sub(lambda m: " " * len(m.group(0)), clause)
    clause = _AR_OBJECT.sub(lambda m: " " * len(m.group(0)), clause)
    clause = AR_ADDRESSED.sub(lambda m: " " * len(m.group(0)), clause)
    return _LISTENER.sub(lambda m: " " * len(m.group(0)), clause)


# Arabic: a person after a preposition, glued to a definite role ("علاقته بالرئيس X") or before it ("مع الوزير
# X", "على تصريحات X", "إلى X"), is the clause's object, never the subject who speaks ("وشدد على ان علاقته
# بالرئيس X «...»" is the one named before). Not عن (quoted from), ل (a speech by) or بحسب (according to).
_AR_OBJECT = re.compile(
    r"(?<![\u0621-\u064a])(?:(?:مع|إلى|الى|على|ضد)\s+|بال[\u0621-\u064a]{3,}\s+)(?:ال[\u0621-\u064a]+\s+){0,2}"
    r"[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?"
)


# Arabic: the one a speaker turns to ("وأضاف متوجها لرئيس الحكومة، X، قائلا:", "مخاطبا الوزير X:", "موجها حديثه
# إلى X") is the listener, up to the participle of saying, the reported clause or the colon; never the speaker.
AR_ADDRESSED = re.compile(
    r"(?<![\u0621-\u064a])(?:متوجه|موجه|مخاطب)(?:ا|اً|ة|ةً)?\s+(?:(?:حديث|كلام|كلمت|رسالت|سؤال)(?:ه|ها)\s+)?"
    r"(?:(?:إلى|الى|نحو)\s+|ل(?=[\u0621-\u064a]))?[^:«»\"“”]*?(?=\s*(?:[،,]\s*)?(?:قائل|بالقول|إن\s|أن\s|بأن\s|:|$))"
)


# Someone unnamed whom a body or place only describes: "A Zentrix correspondent in Lima", "one Acme engineer",
# "Ruritania's Defence Ministry spokesman": the person speaks, not the body their words would otherwise go to.
_DESCRIBED_BY_BODY = re.compile(
    r"((?:(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[A-Z][\w.&-]*\s+){1,3}|(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s?\s+"
    r"(?:[A-Z][\w.&-]*\s+){0,3})(?:[a-z-]+\s+)??([a-z-]{3,}))"
    r"(\s+(?:in|at|from|based\s+in|with)\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s*){1,3})?"
)


def described_by_body(mention: str) -> str | None:
    """The unnamed person a speaker mention describes by a body, country or place (see `_DESCRIBED_BY_BODY`), with
    where they are ("A Zentrix correspondent in Lima"), cut before a verb the mention ran on to; None otherwise."""
    m = _DESCRIBED_BY_BODY.match(mention)
    if m is None or not (is_role_noun(m.group(2)) or is_person_noun(m.group(2))):
        return None
    rest = mention[m.end() :]
    if rest and not re.match(r"\s+(?:also\s+|later\s+|then\s+)?[a-z]+(?:ed|s)\b", rest):
        return None  # ("A Zentrix correspondent and ...": more than the one person)
    return (m.group(1) + (m.group(3) or "")).strip()


# A page, account or site of a named body or person: whoever owns it speaks ("The official Twitter account of the X
# Board", "the website of the X Union").
CHANNEL_OF = re.compile(
    r"(?:[Tt]he|[Aa]n?)\s+(?:official\s+)?(?:[A-Z][\w.-]*\s+)?(?:page|account|channel|feed|website|site|blog)\s+of\s+"
    r"(?:the\s+)?([A-ZÆØÅ][^,;:]{1,80})$"
)


# A document standing for its issuer: "the resolution", "the statement" (as `speaker_before` names one).
DOCUMENT_MENTION = re.compile(
    r"the\s+(?:statement|resolution|motion|declaration|letter|release|communiqu[ée]|notice)", re.IGNORECASE
)
# A body passing or adopting a resolution or motion, whatever follows: "the city council passed a resolution to ...".
PASSED = re.compile(
    r"^(.{3,80}?)\s+(?:has\s+|had\s+)?(?:passed|adopted|approved)\s+(?:a|an|the|its)\s+(?:[a-z]+\s+)?(?:resolution|motion)\b"
)
# A person's full name as a speaker is written: a given name, then one or two capitalised words.
# (with the particles of a family name between: "Valerie De Saint Rapt", "Ana da Silva", "Jan van der Berg")
FULL_NAME = re.compile(
    r"[A-Z][a-z]+(?:\s+(?:(?:[Dd]e|[Dd]a|[Dd]i|[Dd]el|[Dd]os|[Dd]as|[Dd]u|[Vv]an|[Vv]on|[Dd]er|[Dd]en|[Ll]e|[Ll]a|Saint|St\.)\s+){0,2}"
    r"[A-Z][a-z][\w'’-]*){1,2}"
)
# Those close to a named person, who speak for them: "the family of Ryan Cole", "the lawyer for Jane Roe".
CLOSE_TO = re.compile(
    r"(?:the|a)\s+(?:family|relatives|parents|friends|lawyers?|solicitors?|spokes(?:man|woman|person)|widow|widower|"
    r"mother|father|brother|sister|son|daughter|wife|husband|partner|agent|representatives?)\s+(?:of|for)\s+"
    r"(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*"
)


def named_in_full_before(surname: str, texts: dict[int, str], before: int) -> tuple[str, str, int] | None:
    """(full name, role, sentence) of the one person an earlier sentence names in full with a role set off after it
    ("Felizeberto Nice, director general of the commission, said ..."), whose family name alone a speaker mention
    now gives ("Nice said."); the people finder may miss such a name when its given name is unlisted and its family
    name spells a town. None when no such sentence, or more than one name, fits."""
    pattern = re.compile(
        rf"(?<![\w-])((?:[A-Z][a-z][\w'’-]*\s+){{1,2}}{re.escape(surname)}),\s+(?:the\s+|a\s+|an\s+)?"
        r"((?:[a-z-]+\s+){0,3}?([a-z-]+))(?:\s+(?:of|for|at)\b[^,]{0,80})?,"
    )
    found = []
    for index in sorted(i for i in texts if i < before):
        for m in pattern.finditer(texts[index]):
            if is_role_noun(m.group(3)) or is_person_noun(m.group(3)):
                found.append((m.group(1), m.group(0)[len(m.group(1)) + 1 :].strip(" ,"), index))
    names = {name for name, _, _ in found}
    return found[0] if len(names) == 1 else None

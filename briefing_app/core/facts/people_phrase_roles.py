"""The role an apposition set off before a name gives it: "The study's lead author, Dr Jane Roe,", "As head of
the Harbour Group, Tan Wei Ming", "Sådan lyder det fra cheftræner hos klubben, Jens Holm". One reader of
`people_evidence` (which runs the readers in order), kept apart because the phrase before the comma needs its
own rules: where the phrase starts, its head, whether it is a role, another name or an adverbial clause.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.people_groups import group_before
from briefing_app.core.facts.people_index import merge_roles, strip_possessive
from briefing_app.core.facts.people_role_words import DA_AUXILIARIES
from briefing_app.core.facts.people_roles import COMMON_VERBS, is_title, role_ending
from briefing_app.core.facts.people_run_titles import POST_NOMINALS
from briefing_app.core.facts.people_runs import Run, Sentence
from briefing_app.core.facts.people_shapes import UPPER, looks_like_a_name
from briefing_app.core.facts.places import LEADING_FUNCTION_WORDS
from briefing_app.core.facts.roles import is_person_noun, is_role_noun

_CLAUSE_VERBS = frozenset("would will could should can may might must does did shall has have had".split())
# A past participle of questioning opening the sentence with what was asked: "Asked if ...", "Pressed on ...".
_ASKED_OPENING = re.compile(
    r"\W*(?:Asked|Pressed|Questioned|Quizzed|Challenged)\s+(?:if|whether|about|on|over|to|what|why|how|when|by)\b"
)


# Quote marks a quote ends with before the comma that sets off the speaker's apposition.
_CLOSING_MARKS = " \"“”'‘’«»"


# A lower-case word, then a capitalised one, right after a run: a role written before the next name ("Kessby |
# councillor Jane Roe"), when that word is a role noun.
_ROLE_THEN_NAME_AFTER = re.compile(r"\s+[a-z][\w-]*\s+[A-Z]")


# Styles of address written before a councillor's or a member's name, abbreviated: no office of their own.
_STYLE = re.compile(r"(?:Cllr|Coun|Cr|Councillor)\.?")


# A wire dateline opening a paragraph: a place in capitals (a second place or an agency in brackets may follow) and a
# dash ("AMMAN —", "KUWAIT CITY, Kuwait (AP) —", "DUBAI -").
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?(?:\s*\([^)]{1,30}\))?\s+[—–-]{1,2}\s+"
)


_ROLE_IN_PHRASE_BEFORE_RE1 = re.compile(r"\w[,!?][\"”’]\s*$")
_ROLE_IN_PHRASE_BEFORE_RE2 = re.compile(r",\s+(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+$")
_ROLE_IN_PHRASE_BEFORE_RE3 = re.compile(r"(?:^|[,:(]\s*)([^,:(–—]+?)(?:\([^)]*\))?(?:,|\s[–—])\s*$")


def role_in_phrase_before(sentence: Sentence, run: Run) -> None:
    """The phrase before ", Name" (or " – Name": a dash sets off an apposition as a comma does) when it is
    a role: "The study's lead author, Dr Jane Roe,"."""
    if _ROLE_IN_PHRASE_BEFORE_RE1.search(run.before):
        return  # '"... we thank the fans, the staff and the players," Roe told X': the quote's words, no apposition
    if sentence.lang == "en" and _ROLE_THEN_NAME_AFTER.match(run.after) and is_role_noun(run.after.split()[0]):
        return  # ("The committee chairwoman, Kessby councillor Jane Roe": the town opens the next name's role)
    group = group_before(run.before, run.after)
    if group and not run.role:
        run.role, run.evidence = group, True  # "One of the organisers – Lina Park –", "Two journalists, Hana Roe,"
        return
    # ('»Det er alvorligt,« siger efterforskningschef i X, Y': the closing mark after the quote's comma is no
    # part of the phrase)
    # ("AMMAN — Minister of Energy, X on Tuesday inaugurated": a dateline in capitals and its dash open the paragraph
    # before the phrase; the phrase starts after them)
    before = _DATELINE.sub("", run.before)
    if run.honorific:
        # ("the Minister of Agriculture, the Honourable Jane Roe,": the article of the style of address stands between)
        before = re.sub(r",\s+the\s+$", ", ", before)
    # ("the Commissioner of Police in charge of the state, Mr. Ben Oduya,": a courtesy title after the comma, as
    # Nigerian, Ghanaian and Indian copy writes it, stands between the role and the name)
    before = _ROLE_IN_PHRASE_BEFORE_RE2.sub(", ", before)
    prior = _ROLE_IN_PHRASE_BEFORE_RE3.search(before)
    if not prior or _ADVERBIAL_OPENING.match(prior.group(1).lstrip(" \"“'‘")):
        return  # ("After meeting the minister, Jane Roe said": an adverbial clause, no apposition)
    # ("Working with Uri Gnessy, a professor of economics at Harbour, Serrano analysed ...": an indefinite phrase right
    # after a person the sentence named is their apposition, no role of the name after it; a definite one may open
    # the next name's own ("Bush, or the Democratic candidate, Al Gore", "Chikopa, Zambian high court judge, X"))
    owner = re.search(r"([A-Z][\w'’-]+)\s*,\s*$", before[: prior.start(1)])
    indefinite = re.match(r"\s*an?\s", prior.group(1)) is not None
    if indefinite and owner is not None and sentence.people.find(owner.group(1)) is not None:
        return
    # ("with Sean Roe the official captain, Nic Poe injured and ...": a person the sentence named, then "the" and the
    # description without a comma between, is described there; the phrase is his, no role of the name after it)
    described = re.search(r"([A-Z][\w'’-]+)\s+(?:the|an?)\s+[a-z]", prior.group(1))
    if described is not None and sentence.people.find(described.group(1)) is not None:
        return
    # (not "According to the X's coach, Y,", "Speaking in the defence, Y,", whose phrase holds the role)
    # (or with a titled name as its object: "Attacking Mr Weller personally, Mr Roe accused ...")
    participle = re.match(
        r"(?!According|Speaking|Writing|Representing)([A-Z][a-z]+ing)\s+([a-z]+|(?:Mr|Mrs|Ms|Dr|Sir|Dame)\b)",
        prior.group(1),
    )
    participle = participle if prior.start() == 0 else None
    # (a participle before a determiner may have the role as its object: "Bringing the owner of X, Y, to testify")
    if (
        participle
        and participle.group(2) not in _ROLE_AFTER_ING | {"the", "a", "an", "its", "his", "her", "their"}
        and not is_role_noun(participle.group(2))
    ):
        return  # ("Facing questions after the General Election, Mr Jones said": a participle's clause opens it)
    # (but "Asked if he lied - a charge dodged by the party chairman, Liam Fox, on Monday - he said": an apposition
    # set off on both sides inside the question keeps its role)
    if prior.start() == 0 and _ASKED_OPENING.match(prior.group(1)) and not run.after.lstrip().startswith(","):
        return  # ("Asked if the party should replace X with a younger leader, Mr Roe said": a question, no apposition)
    opening_words = prior.group(1).split()
    # ("As the storm edges closer, Roe is calling ...": "as" opening a clause of time whose subject is no role;
    # "As head of the Harbour Group, Roe" and "As a mother, Roe" keep theirs)
    as_clause = re.match(r"\W*As\s+(?!an?\s)(?:the\s+)?([\w'’-]+)\s+\S", prior.group(1))
    if as_clause and not (is_title(as_clause.group(1)) or is_role_noun(as_clause.group(1).lower())):
        return
    if (
        prior.start() == 0
        and _PLACE_OR_TIME_OPENING.match(prior.group(1))
        and not is_role_noun(strip_possessive(opening_words[-1]).lower())
        and not re.search(r"\b(?:as|his|her|their|its)\s", prior.group(1))
    ):
        return  # ("At Prime Minister's Questions, Labour's X asked": where or when, no apposition)
    phrase = re.sub(
        # "..., lyder det fra den radikale retsordfører, X": the Danish attribution and its article open no role
        r"^(?:.*\s)?(?:[Ll]yder|[Ll]ød)\s+det\s+(?:fra|hos)\s+(?:(?:den|det|de|en|et)\s+)?(?=[^ ]+)|"
        # ("TV2 talte med borgmesteren, X": the Danish "med" as "with", before a definite noun that has no article)
        r"^(?:.*\s)?(?:[Tt]he|an?|An?|[Aa]nother|with|by|[Aa]s|while|whereas|mens|men|og|da|når|med)\s+(?=[^ ]+)|"
        # a source's preposition: "According to the firm's director, X,", "Ifølge direktør i X, Y,"
        r"^(?:[Aa]ccording\s+to|[Ii]følge)\s+(?=[^ ]+)|"
        # a sentence adverb opening the clause: "However one House member, X,"
        r"^(?:However|Meanwhile|Moreover|But|Yet|Still|Instead|Also|Now|Dog|Men|Også)\s+(?=[^ ]+)|"
        # (and one of sequence: "Afterwards Harbour's manager, X told")
        r"^(?:Afterwards|Afterward|Later|Earlier|Beforehand|Separately|Elsewhere)\s+(?=[^ ]+)|"
        # (the second of two people with their roles: "Australia's Prime Minister, X, and NSW Premier, Y,")
        r"^(?:and|or)\s+(?=[^ ]+)|"
        r"^(?:Den|Det)\s+(?=[^ ]+)",  # "Den nye træner, X": the Danish article opening the clause
        "",
        prior.group(1).strip().lstrip(_CLOSING_MARKS),
    )
    whole = prior.group(1).strip().lstrip(_CLOSING_MARKS).split()
    # ("As head of the Harbour Group, X": "as" opens the phrase, the role follows it)
    whole = whole[1:] if len(whole) > 1 and whole[0].lower() in ("the", "a", "an", "as") else whole
    if whole and (is_title(whole[0]) or is_role_noun(whole[0])) and not phrase.startswith(whole[0]):
        # "Deputy director for the Middle East for Acme, X,": a title opens the phrase; "the" inside it is
        # what the title is of, not where the role begins
        phrase = " ".join(whole)
    opening = _opening_role_phrase(whole) if prior.start() == 0 and whole and not phrase.startswith(whole[0]) else None
    phrase = opening or phrase
    # "Police said their spokesman, X,": the clause before a possessive determiner is no part of the role
    # (Danish too: "Han blev fulgt af sin bror, X,")
    # ("X and his 22-year-old son, Y,": an age may open what the determiner heads)
    owners = r"its|his|her|their|our|sin|sit|sine|hans|hendes|deres|vores"
    phrase = re.sub(rf"^.*\s(?=(?:{owners})\s+[a-zæøå0-9])", "", phrase)
    # ("men trods storsejren er Løvernes cheftræner, X, ikke tilfreds": Danish puts the verb second, before the
    # subject; the clause up to the finite verb is no part of the role)
    # ("Samtidig har den russiske forsvarsminister, X,": an auxiliary or a modal in second place does the same, and
    # the article after it opens the noun phrase, no part of the role)
    if sentence.lang == "da":
        phrase = _DA_VERB_SECOND.sub("", phrase)
    # ("De slutter en ring rundt om kommunens borgmester, X": a Danish genitive determines the role noun as "its"
    # does; the clause before it is no part of the role)
    genitive = re.search(r"(?:^|\s)([a-zæøå]+(?:ens|ets|nes)\s+(?:[a-zæøå-]+\s+)?([a-zæøå-]+))$", phrase)
    if genitive and is_role_noun(genitive.group(2)):
        phrase = genitive.group(1)
    # ("I morgen rejser Kesslands udenrigsminister, X", "før han skulle møde Tarlands præsident, X": a name's genitive
    # determines the role noun too, and the fronted clause or the verb before it is no part of the role)
    owner = _DA_NAME_GENITIVE.search(phrase) if sentence.lang == "da" else None
    if owner and owner.start(1) > 0 and is_role_noun(owner.group(2)):
        phrase = owner.group(1)
    # ("Jane Roe, the outgoing chair of X, Max Holm": the phrase is the apposition of the name before it)
    if not re.search(rf"[{UPPER}][\w'’-]+\s*$", run.before[: prior.start()]):
        phrase = _role_after_first_determiner(prior.group(1), phrase) or phrase
    # ("The police spokesman said the state Commissioner of Police, X,": a clause and its verb of saying before the
    # role; the role starts after the verb and its article)
    saying = re.match(rf"^.*?\s(?:{sentence.verbs})\s+(?:that\s+)?(?:the\s+|a\s+|an\s+)?(?=\S)", phrase)
    phrase = phrase[saying.end() :] if saying else phrase
    pair = re.match(r"(.*)\s(?:and|og)\s+([a-zæøå].*)$", phrase)
    if pair and re.search(rf"[{UPPER}][\w'’-]+\s+[{UPPER}][\w'’-]+", pair.group(1)):
        phrase = pair.group(2)  # "Health Minister Jane Roe and her deputy, Max Holm,": the deputy is his role
    words = phrase.split()
    owned = re.search(r"(?:^|\s)((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s(?:\s+[a-z][\w-]*){1,3})$", phrase)
    if owned and is_role_noun(owned.group(1).split()[-1]):
        phrase = owned.group(1)  # "... met Prime Minister Tony Blair's spokesman, Tom Kelly,"
        words = phrase.split()
    # the head of an English noun phrase is its last word: "The study's lead author, Dr Jane Roe,"
    heads = words[:3] + words[-1:]
    named = _another_name(words) or _ends_with_a_person(sentence, words)
    # ("state" heads a title only after one: "the state of the press, X" is no role)
    titled = any((is_title(w) and w.lower() != "state") or is_role_noun(w) for w in heads)
    # "The director of Kalanta Prisoner Support and Human Rights Association, Jane Roe,": a role head
    # and the long name of the body it is of
    # ("Deputy director for the Middle East for Acme International, Jane Roe,": two title words first)
    head_end = 2 if len(words) > 3 and is_title(words[0]) and (is_title(words[1]) or is_role_noun(words[1])) else 1
    of_body = (
        len(words) > head_end + 1
        and (is_title(words[0]) or is_role_noun(words[0]))
        and words[head_end] in ("of", "for", "at")
        and all(w[:1].isupper() or w in ("of", "and", "for", "the", "&") for w in words[head_end + 1 :])
    )
    # ("the head of the opposition and new chairman of the X party, Jane Roe,": a role noun and what it is of)
    headed = len(words) > 2 and (is_title(words[0]) or is_role_noun(words[0])) and words[1] in ("of", "for", "at")
    # ("The actor will star in the film, X reported": a clause with a modal or an auxiliary is no noun phrase)
    clause = any(w in _CLAUSE_VERBS for w in words)
    # ("General elections were all about accountability, Roe said": a copula with no relative before it is the
    # verb of a clause the name's verb of saying reports, no noun phrase; "the man who was chair, X" keeps its role)
    copula = next((k for k, w in enumerate(words) if w in ("is", "are", "was", "were")), None)
    clause = clause or (copula is not None and not any(w in ("who", "which", "that") for w in words[:copula]))
    if (
        words
        and (len(words) <= 8 or ((of_body or headed or opening) and len(words) <= 14))
        and not named
        and titled
        and not clause
    ):
        before_role = re.sub(rf"^(?:{sentence.verbs})\s+", "", phrase)
    elif not named and (ending := role_ending(prior.group(1).strip())):
        before_role = ending
    elif (
        not named
        # ("Jane Roe, the outgoing chair of X, Max Holm": the phrase is the apposition of the name before it)
        and not re.search(rf"[{UPPER}][\w'’-]+\s*$", run.before[: prior.start()])
        and (of_what := _role_of_what(prior.group(1).strip()))
    ):
        before_role = of_what
    else:
        return
    # "its head, Mario Roe, who was chief of X,": the role before the name and the apposition after it are
    # both descriptions of the name
    after_role = run.role
    # ("one House member, Utah Democrat X,": the phrase and the title are two descriptions of the name; so are "Her
    # barrister, Jane Roe KC,": a possessive determiner opens a noun phrase as an article does)
    # (a noun phrase, not an adverbial clause: "After his meeting with the prime minister, General X" gives none)
    # ('"...," said Trump's National Security Advisor, Lieutenant General X': the verb of saying before it too)
    noun_phrase = re.match(
        r"(?:(?:However|Meanwhile|Moreover|But|Yet|Also|Now|Afterwards|Afterward|Later|Earlier|said|says|added|"
        r"adds|told)\s+)?(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|\S+['’]s|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)\s",
        prior.group(1).strip().lstrip(_CLOSING_MARKS).strip(),
    )
    titled = bool(run.title) and after_role == " ".join(run.title) and noun_phrase is not None
    # ("Leader of the board, Cllr Ann Roe,": a councillor's style of address before the name is no office; the
    # phrase before the comma is her role, whatever article it opens with)
    titled = titled or (
        bool(run.title) and after_role == " ".join(run.title) and _STYLE.fullmatch(after_role or "") is not None
    )
    # ("Shadow Transport spokesperson, Jane Roe AM, said": the letters after the name say her seat, the phrase
    # before the comma her office; both describe her)
    titled = titled or (bool(run.title) and after_role == " ".join(run.title) and set(run.title) <= POST_NOMINALS)
    if after_role is not None and (after_role == run.appos or titled) and after_role != before_role:
        run.role = merge_roles(before_role, after_role)
    else:
        run.role = after_role or before_role
    run.evidence = True


# A Danish clause up to its auxiliary or copula in second place, and the article opening the noun phrase after it.
_DA_VERB_SECOND = re.compile(rf"^.*\s(?:{'|'.join(sorted(DA_AUXILIARIES))})\s+(?:(?:den|det|de)\s+)?(?=\S)")


# A Danish role noun owned by a name in the genitive, with up to two modifiers between: "Kesslands udenrigsminister",
# "USA's tidligere ambassadør", "Danske Banks administrerende direktør" (one capitalised word may open the owner).
_DA_NAME_GENITIVE = re.compile(
    r"(?:^|\s)((?:[A-ZÆØÅ][\wæøå.-]*\s+)?[A-ZÆØÅ][\wæøå.-]*(?:s|['’]s?)\s+(?:[a-zæøå-]+\s+){0,2}([a-zæøå-]+))$"
)


# "... the departure of the head of the agency, Jane Roe,": a definite role noun and what it is of, ending the
# phrase before the comma, after whatever clause the phrase closes.
_DETERMINER = re.compile(r"(?:^|\s)(?:the|its|his|her|their)\s+")
_ROLE_OF_WHAT = re.compile(
    r"((?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\s+(?:of|for|at)\s+(?:the\s+|its\s+|their\s+)?[^,;:()]{2,50})"
)


def _role_of_what(phrase: str) -> str | None:
    """The role a phrase closed by the comma before a name ends with: "the head of the agency" ("the departure
    of the head of the agency, Jane Roe,"), the head noun a role noun, no verb after it."""
    for d in _DETERMINER.finditer(phrase):
        m = _ROLE_OF_WHAT.fullmatch(phrase, d.end())
        if m is None or not is_role_noun(m.group(2)):
            continue
        tail = m.group(1).split()[1:]
        if any(w in COMMON_VERBS or (w.endswith(("ed", "ing")) and w[:1].islower()) for w in tail):
            return None
        return m.group(1)
    return None


# A preposition and a verb's -ing form open an adverbial clause: the noun inside is no role of the name after
# the comma ("After meeting the minister, X", "While visiting the mayor, X").
_ADVERBIAL_OPENING = re.compile(r"(?i:after|before|when|while|since|upon|without|on|by|efter|før|inden)\s+[a-z]+ing\s")


# Nouns an -ing word opening a role may describe ("Managing director", "Acting chairman", "Presiding judge").
_ROLE_AFTER_ING = {"director", "editor", "partner", "officer", "judge", "chairman", "chair", "president", "head"}


# A sentence opening with where or when something happened: "At the Harbour Forum,", "During Question Time,".
_PLACE_OR_TIME_OPENING = re.compile(
    r"(?:At|In|During|On|Throughout|Outside|Inside|Across|Under)\s+(?!his\b|her\b|their\b)"
)


# Sentence adverbs and quantifiers: no modifiers of a role noun ("However one House member, X").
_NO_MODIFIERS = {"however", "meanwhile", "moreover", "but", "yet", "still", "instead", "also", "now", "one", "another",
                 "dog", "men", "også"}  # fmt: skip


def _opening_role_phrase(words: list[str]) -> str | None:
    """ "Tenant campaigner and spokesman for the group Roofline, Jane Roe said": a noun phrase opening the
    sentence whose head, within its first four words, is a role noun after modifiers only (no function word,
    verb or participle: "After meeting the minister, X" is an adverbial clause), is the whole role."""
    for k, word in enumerate(words[:4]):
        if word[:1].islower() and is_role_noun(word):
            modifiers = [w.lower() for w in words[:k]]
            if k and all(
                w not in LEADING_FUNCTION_WORDS
                and w not in COMMON_VERBS
                and w not in _NO_MODIFIERS
                and not w.endswith(("ing", "ed", "ly"))
                for w in modifiers
            ):
                return " ".join(words)
            return None
    return None


def _ends_with_a_person(sentence: Sentence, words: list[str]) -> bool:
    """ "... attributes a quote to President-elect Roe, Emery states": the phrase before the comma ends with a
    person the article names, after a preposition and a noun that is no role ("adviser to President Roe, X,"
    is one); it is about that person, no role of the name after it."""
    at = next((i for i in range(len(words) - 2, 0, -1) if words[i] in _PERSON_PREPOSITIONS), None)
    return (
        at is not None
        and words[-1][:1].isupper()
        and all(w[:1].isupper() for w in words[at + 1 :])
        and sentence.people.find(words[-1]) is not None
        and not (is_role_noun(words[at - 1]) or is_person_noun(words[at - 1]))
    )


_PERSON_PREPOSITIONS = frozenset({"to", "for", "by", "with", "from", "against", "about"})


def _another_name(words: list[str]) -> bool:
    """ "Sir Elton John, Paul McCartney and ...": the phrase before the comma is another name, no role (the
    whole phrase capitalised, or its last two words: "including guitarist Max Holm, Jane Roe and ...")."""
    last = words[-1] if words else ""
    return (
        len(words) >= 2
        and (all(w[:1].isupper() for w in words) or all(w[:1].isupper() for w in words[-2:]))
        and not is_title(last)
        and not is_role_noun(last)
        and looks_like_a_name(words[-2:])
        # ("the owner of Kestrel Canada, Jane Roe", "The head coach of the Black Stars, X", "The leader of Leeds
        # City Council, X": the body a role is of, however many capitalised words its name runs to)
        and not _body_of_a_role(words)
        # ("a senior adviser to President Roe, Jane Doe,": the role's complement, a titled person)
        and not (len(words) >= 4 and words[-3] == "to" and is_title(words[-2]) and is_role_noun(words[-4]))
        and not _role_to_a_person(words)
    )


def _role_to_a_person(words: list[str]) -> bool:
    """ "former personal assistant to Tom Roe, Jane Doe": a role noun, "to" or "for", then the person it serves
    (two or three capitalised words); the phrase is the role of the name after the comma, not another name."""
    run = next((k for k in (2, 3) if len(words) > k + 1 and words[-k - 1] in ("to", "for")), None)
    return (
        run is not None
        and all(w[:1].isupper() for w in words[-run:])
        and (is_role_noun(words[-run - 2]) or is_person_noun(words[-run - 2]))
    )


def _body_of_a_role(words: list[str]) -> bool:
    """Whether the capitalised run ending the phrase follows "of", "for" or "at" (and maybe "the") after a word of
    the phrase's own: the name of the body the role before it is of, not a person's name."""
    start = len(words)
    while start > 0 and words[start - 1][:1].isupper():
        start -= 1
    lead = start - 1
    if lead >= 1 and words[lead].lower() == "the":
        lead -= 1
    return lead >= 1 and words[lead] in ("of", "for", "at")


# A determiner or possessive opening the noun phrase a role heads.
_OPENS_NOUN_PHRASE = re.compile(r"(?:^|\s)(?:the|an?|its|his|her|their|our)\s+(?=[a-z])")


def _role_after_first_determiner(prior: str, phrase: str) -> str | None:
    """ "News broke that its founder and charismatic face of the brand, X,": when the phrase read from the last
    determiner ("brand") holds no role word, the first determiner whose noun phrase a role noun heads within
    three words opens the role ("founder and charismatic face of the brand")."""
    if any(is_title(w) or is_role_noun(strip_possessive(w).lower()) for w in phrase.split()):
        return None
    for d in _OPENS_NOUN_PHRASE.finditer(prior):
        words = prior[d.end() :].split()
        if any(w[:1].islower() and is_role_noun(w) for w in words[:3]) and not any(
            w in _CLAUSE_VERBS or w in COMMON_VERBS for w in words
        ):
            return " ".join(words)
    return None

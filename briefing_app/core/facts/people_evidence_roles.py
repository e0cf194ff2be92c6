"""The role the words around a candidate name give it (`Run.role`), and the evidence a role is that the run is a
person: title words in front, an apposition, bracket or copula after, a lower-case role right before, a role
and what it is of before a body's name, a post given by appointment, an abbreviated title ("Sen.", "Gov.").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.da_verb_second import after_the_verb, verb_second
from briefing_app.core.facts.gazetteer import names_an_organisation, person_names
from briefing_app.core.facts.org_kinds import FIRM_TRADES
from briefing_app.core.facts.orgs import EN_TAIL
from briefing_app.core.facts.people_appointed import appointed_role
from briefing_app.core.facts.people_appositions import ranked_player
from briefing_app.core.facts.people_court_roles_en import advocate_participle
from briefing_app.core.facts.people_fronted import closes_a_fronted_phrase
from briefing_app.core.facts.people_index import merge_roles, strip_possessive
from briefing_app.core.facts.people_nationality import is_nationality
from briefing_app.core.facts.people_roles import (
    apposition_role,
    bare_apposition,
    copula_role,
    is_job,
    is_title,
    is_translation,
    job_clause,
    member_of,
    parenthesis_role,
    role_before,
)
from briefing_app.core.facts.people_runs import Run, Sentence, peoples_noun
from briefing_app.core.facts.people_shapes import HONORIFICS, looks_like_a_name
from briefing_app.core.facts.role_edges import coordinated_person_at, listed_portfolio, title_over_and
from briefing_app.core.facts.roles import is_person_noun, is_role_noun


def _body_named_before(owner: str) -> bool:
    """ "Kessby State University's Jane Roe", "Twitter's Tom Roe": a body's own name in the possessive before a name,
    which a title word inside it ("State") or a job's shape ("-er") does not make a role; a title opening it does
    ("Deputy Director of the X Agency"), and so does an office's noun anywhere in it ("US Deputy Secretary of
    Energy Jane Roe": no body, though "Energy" may end one)."""
    words = owner.split()
    if is_title(words[0]) or any(is_role_noun(w.lower()) for w in words):
        return False
    return words[-1] in EN_TAIL or names_an_organisation(owner)


# Capitalised adjectives of a party, which is_nationality's endings also take ("Republican" as "Dominican"):
# "Republican Tom Hall" is a party member, a role the article gives.
_PARTY_ADJECTIVES = frozenset(
    {"Republican", "Democratic", "Democrat", "Conservative", "Socialist", "Communist", "Liberal"}
)


def _peoples_adjective(word: str) -> bool:
    """ "Brazilian", "Venezuelan", "Chinese", "Danish": a people's adjective, which describes where a person is
    from rather than a title they hold. A people's noun ("Dane", "Finn", "Dutchman": "the Dane's wife" names him
    by it) and a party's adjective stay roles."""
    if word in _PARTY_ADJECTIVES or peoples_noun(word) or not is_nationality(word):
        return False
    return word.endswith(("an", "ese", "ish", "ic", "i"))


def role_from_title(sentence: Sentence, run: Run) -> None:
    """The title words in front (and the body before them) are the first role; a title or an honorific is
    evidence, except in a headline, where Title Case capitalises every word."""
    owner, title = run.owner, run.title
    honorific = any(t.lower() in HONORIFICS for t in title)
    # an honorific opening the title is no role ("Mr", "Dr"); one after a title word is part of it ("First Lady")
    opening = next(
        (k for k, t in enumerate(title) if t.lower() not in HONORIFICS and t.lower() not in _ABBREVIATED_HONORIFICS),
        len(title),
    )
    title = title[opening:]
    while len(title) > 1 and title[-1].lower().rstrip(".") in _ABBREVIATED_HONORIFICS:
        title = title[:-1]  # "Health Minister Dr Jane Roe": the doctor's "Dr" after the office is no part of it
    role = " ".join(([owner] if owner and len(owner.split()) <= 3 else []) + title) if title else None
    if len(title) == 1 and not owner and _peoples_adjective(title[0]):
        role = None  # "Brazilian Tiago Mendes": a people's adjective before the name is no title the person holds
    if (
        not title
        and owner
        and (any(is_title(w) for w in owner.split()) or is_job(owner.split()[0]) or sentence.lang == "da")
        and not _body_named_before(owner)
    ):
        role, title = owner, owner.split()  # "Assistant Secretary of the Air Force for Acquisition"
        body = re.fullmatch(r"[A-ZÆØÅ][\wæøå'’.-]*(?:\s+[A-ZÆØÅ][\wæøå'’.-]*)*", owner) is not None
        held = _DA_ROLE_OF_OWNER.search(run.before) if sentence.lang == "da" and body else None
        if held and is_role_noun(held.group(2)):
            role = f"{held.group(1)}{owner}"  # "talskvinde for Det Hvide Hus X": the job the body is the owner of
    elif not title and owner and owner.split()[-1][1:].islower() and is_role_noun(owner.split()[-1].lower()):
        role = owner  # "UN Special Rapporteur Tom Iver": the role, but no evidence by itself that a name follows
    elif sentence.lang == "da" and not owner and len(title) == 1 and re.fullmatch(r"[A-ZÆØÅ]{2,6}", title[0]):
        # ("cheføkonom i DI Allan Sørensen": a body's acronym read as the title; the role is the noun before it and
        # the body, as with a body's full name)
        held = _DA_ROLE_OF_OWNER.search(run.before)
        if held and is_role_noun(held.group(2)):
            role = f"{held.group(1)}{title[0]}"
    evidence = honorific or (bool(title) and any(is_title(t) or is_role_noun(t) or peoples_noun(t) for t in title))
    if sentence.headline and not honorific and not any(is_role_noun(t) for t in title):
        evidence = False
    if (
        sentence.headline
        and (title or honorific)
        and sentence.people.find(run.name) is None
        and not _named_again(run.name_tokens[-1], sentence.article_texts)
        # ("Statement by Council Spokesperson Jane Roe on ...": a role noun, then a given name and a surname)
        and not (
            len(run.name_tokens) >= 2
            and run.name_tokens[0] in person_names()[0]
            and any(is_role_noun(t) for t in title)
        )
    ):
        # "Judge Ruling Sparks Row": in a Title Case headline a title before words the story never uses
        # again as a name is no person
        evidence = False
    run.title, run.role, run.evidence, run.honorific = title, role, evidence, honorific


# A Danish role noun and its preposition right before a body's capitalised name that stands before a person's name
# ("talskvinde for Det Hvide Hus Anna Brink", "tidligere direktør i Kessbank Ole Vinter"): the role is the noun and
# the body, not the body alone.
_DA_ROLE_OF_OWNER = re.compile(
    r"(?:^|\s)((?:(?:tidligere|nuværende|fungerende|daværende)\s+)?([a-zæøå][\wæøå-]*)\s+(?:for|i|hos|ved|af|fra)\s+"
    r"(?:(?:Det|Den|De)\s+)?)$"
)


# Honorifics that stand before a name and never end a title: the short ones ("Minister Dr X", "Senator Mr X") and
# the Malay ones of Malaysian copy ("Minister Datuk Seri X", "Tan Sri X").
_ABBREVIATED_HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "prof", "drs", "messrs", "datuk", "datin", "dato",
                                     "dato'", "dato’", "tun", "seri", "sri", "tan", "puan", "haji", "hajah",
                                     "paduka"})  # fmt: skip


def _named_again(word: str, texts: tuple[str, ...]) -> bool:
    """Whether `word` stands in two sentences or more of the article (the headline and the story)."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(strip_possessive(word))}(?![\w-])")
    return sum(1 for t in texts if pattern.search(t)) >= 2


# A dash setting off an apposition after a Danish name, as a comma does ("Frits Holm - jurist i X - siger").
_DA_DASH_APPOSITION = re.compile(r"\s+[-–—]\s+(?=[a-zæøå])")
# English sets one off with a dash too, "the birth of Carl Roe — the Swedish botanist who ...": a spaced long dash, an
# article and a description whose first words hold a noun for a person (a dash also opens an afterthought, "scored
# by Roe — the best goal of the season", which names no one).
_EN_DASH_APPOSITION = re.compile(r"\s+[–—]\s+(?=(?:the|a|an)\s)")


# Last words of a body's name, which a given name may open ("John F. Arden Company", "Ann Lee Foundation").
_BODY_ENDS = frozenset(
    "Company Co Group Corporation Corp Inc Ltd LLC Bank Holdings Partners Foundation Trust Association Council Agency "
    "Authority Ministry Department Institute University College School Hospital Centre Center Fund".split()
)


_AT_BROKER = re.compile(r"(?<![\w'’-])at\s+(?:stock)?broker\s+[A-Z][\w'’-]*\s+[A-Z][\w'’-]*$")


def _ends_in_a_name(phrase: str) -> bool:
    """Whether `phrase` ends in a known given name and a capitalised word after a capitalised title ("UAW President
    Jane Roe"): someone else named, not a description."""
    words = phrase.split()
    # (a given name no list holds, in an all-capitalised title and name: "Assistant Commissioner Sami Marciano";
    # not "Deputy Chief Constable", titles all)
    given = words[-2] in person_names()[0] if len(words) >= 3 else False
    unlisted = (
        len(words) >= 3
        and all(w[:1].isupper() for w in words)
        and re.fullmatch(r"[A-Z][a-z'’-]+", words[-2]) is not None
        and not is_title(words[-2])
        and not is_title(words[-1])
        and not is_role_noun(words[-1].lower())
    )
    # ("Minister of Energy X, Egyptian Minister of Petroleum and Mineral Resources Karim Badawi, and ...": the next item
    # of a list, a title with its portfolio and then a known given name and a family name)
    titled_earlier = (
        given
        and any(is_title(w) for w in words[:-2])
        and re.fullmatch(r"[A-Z][a-z'’-]+", words[-3]) is not None  # (not an initial: "John F. Arden Company")
        and words[-1].rstrip(".,") not in _BODY_ENDS
    )
    return (
        len(words) >= 3
        and (given or unlisted)
        and words[-1][:1].isupper()
        # ("head of equities at broker Fenwick Dale": the firm the person works at, named by its trade; people_bodies)
        and _AT_BROKER.search(phrase) is None
        and (is_title(words[-3]) or is_role_noun(words[-3].lower()) or titled_earlier)
    )


# A British peer's title names the place of the peerage after the name ("Lord Roe of Kessby", "Baroness Roe of
# Kessby"): part of how the peer is called, no body the peer is from.
_PEERAGES = frozenset("lord lady baroness baron viscount viscountess earl countess marquess marchioness".split())
_PEERS_SEAT = re.compile(r"\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?=,)")


# An apposition that names a post itself ("..., a position they held prior to the election", "..., a role she took
# in 2019"): it describes the post the words before it name, never a person.
_A_POST = re.compile(
    r"(?:(?:an?|the|this|that)\s+)?(?:position|post|role|seat|job|office|title|rank)\s+(?:which\s+|that\s+)?"
    r"(?:he|she|they|it|we|I|has|had|was|is)\b"
)


def role_set_off_after(sentence: Sentence, run: Run) -> None:
    """A role after the name: an apposition ("Jane Roe, a spokeswoman for ..."), a bracket, a copula's
    complement, or the body the person is from."""
    after = run.after
    seat = _PEERS_SEAT.match(after) if run.tokens[0].lower() in _PEERAGES else None
    after = after[seat.end() :] if seat else after  # "Baroness Roe of Kessby, chair of ...": her seat, then a role
    bracket = parenthesis_role(after)
    if bracket and is_translation(bracket):
        bracket = None  # "Puerta del Sol (Gate of the Sun)": the name again in English, no role
    dashed = _DA_DASH_APPOSITION.match(after) if sentence.lang == "da" else None
    if sentence.lang == "en" and (dashed := _EN_DASH_APPOSITION.match(after)):
        described = re.split(r"\s+(?:who|whose|which|that|[–—])\s|[,;.]", after[dashed.end() :])[0].split()[1:5]
        dashed = dashed if any(w[:1].islower() and is_person_noun(w) for w in described) else None
    apposition = apposition_role(", " + after[dashed.end() :] if dashed else after)  # "X – jurist i Y –"
    if dashed and apposition:
        apposition = apposition.rstrip(" -–—") or None  # (the closing dash is no part of the role)
    if apposition and (cut := coordinated_person_at(apposition.split())) is not None:
        apposition = " ".join(apposition.split()[:cut])  # "Director of X and Max Holm": Holm is no part of it
    if apposition:
        apposition = listed_portfolio(after, apposition) or apposition  # "Secretary for Oceans, Environment and X"
    if apposition and closes_a_fronted_phrase(run.before, after):
        apposition = None  # "During talks with Lavrov, a broad range of subjects were discussed": the main clause
    if apposition and _A_POST.match(apposition):
        apposition = None  # "remain as councillors for Ealing, a position they held before": the post, no one's role
    if apposition and _ends_in_a_name(apposition):
        # "the parent company of Acme Trucks, UAW President Jane Roe said": a title and a new name after the comma
        # open the clause's subject, no description of the words before it
        apposition = None
    advocate = advocate_participle(after) if sentence.lang == "en" else None  # "Ann Roe, prosecuting, said"
    appos = (
        apposition
        or bracket
        or advocate
        or copula_role(after)
        or member_of(after)
        or job_clause(after)
        or bare_apposition(after)
    )
    run.appos = appos
    if not appos:
        return
    # A job noun ("spokesman", "teacher") is evidence enough; a noun that only describes a person
    # ("a rival", "a critic") may describe a product too ("Firefox, its main rival"), so then the
    # run must look like a name as well (a known given or family name).
    strong = (
        # a bracket of capitalised words is a translation or a platform ("(Comunidad Andina)",
        # "(Facebook)"), not a role; a portfolio in capitals counts when the run looks like a name
        # (a gloss of a thing, "(fried dough)", names no role)
        (
            appos == bracket
            and bool(re.search(r"(?:^|\s)[a-zæøå]", appos))
            and any(is_job(w) or is_person_noun(w) for w in appos.split())
        )
        or any(is_role_noun(w) for w in appos.split()[:5])
        # a person noun with a job's shape ("a blogger", "a journalist"), not "its main rival"
        or any(w[:1].islower() and is_job(w) and is_person_noun(w) for w in appos.split()[:5])
        or bool(re.match(r"\S+-years?-old", appos))
        # "X, a Bahraini poet,": a people's adjective before a noun for a person describes no product
        or (
            appos == apposition
            and any(is_nationality(w) for w in appos.split()[:3])
            and any(w[:1].islower() and is_person_noun(w) and w not in _FIRMS_TOO for w in appos.split()[1:5])
        )
        or ranked_player(appos)  # "X, the British number one,"
        or appos == advocate  # a court's advocate: no one but a person prosecutes or defends
    )
    if sentence.headline and appos == member_of(after) and not run.evidence:
        return  # "Controversy Over Banning of Popular Priest": Title Case, not a person "of" a body
    # "Professor X, Director of Y": a title and an apposition are both roles (a copula's complement,
    # "Author X was a guest", is no second role)
    set_off = appos in (bracket, apposition)
    run.role = merge_roles(run.role, appos) if run.role and set_off else run.role or appos
    run.evidence = (
        run.evidence or strong or looks_like_a_name(run.name_tokens) or sentence.people.find(run.name) is not None
    )


# Nouns for a person that describe a firm or a team as often ("a French rival", "a Dutch supplier").
_FIRMS_TOO = frozenset(
    "rival rivals competitor challenger partner favourite favorite leader owner buyer seller supplier producer maker "
    "publisher distributor sponsor provider backer investor member winner giant newcomer underdog contender "
    "manufacturer exporter importer lender insurer carrier operator broker developer".split()
)


# A lower-case word of time right before a capitalised title: the title was held then, or is held for now.
_TIME_OF_TITLE = re.compile(r"(?:^|[\s\"“(])(former|late|then-|acting|interim|outgoing|incoming|retired|ex-)\s*$")


_ROLE_RIGHT_BEFORE_RE1 = re.compile(r"(?<=[a-z] )(?:Dr|Prof|Professor|Mr|Mrs|Ms|(?:the\s+)?Rev)\.?\s+$")


def role_right_before(sentence: Sentence, run: Run) -> None:
    """A role written in lower case right before the run ("health spokesman John Doe"), or a person noun
    before "called" ("a 23-year-old teacher called Jane")."""
    # ("study lead author Dr. James Roe", "chief economist Prof. Ann Lee": an honorific between role and name;
    # "health spokesman Rev. Tom Roe", "party leader the Rev. Ann Lee": a cleric's style too)
    before = _ROLE_RIGHT_BEFORE_RE1.sub("", run.before)
    lead = role_before(before, sentence.lang)
    if lead and sentence.lang == "da" and verb_second(before, lead):
        lead = None  # da_verb_second: "I morgen spiller Anders Holm": the verb before its subject, no role
    elif lead and sentence.lang == "da":
        lead = after_the_verb(before, lead)  # "Efter kampen roste træner X": the role after the verb
    when = _TIME_OF_TITLE.search(before) if run.title and run.role == " ".join(run.title) else None
    if not lead and when:
        lead = when.group(1).rstrip("-")  # "former President Jane Roe", "then-Governor John Doe": when it was held
    # (a list goes on after the name: "publishers Jann Roe of X and Carlo Holm of Y", "athletes X (tennis) and Y")
    if lead and _plural_of_a_person_noun(lead) and not re.match(r"[^;]{0,80}?(?:,|\s(?:and|og))\s+[A-ZÆØÅ]", run.after):
        lead = None  # "Talking to reporters Pradip Mathur, the leader of ...": many people, no role of one name
    if not lead and run.title and run.title[0][:1].islower() and run.role == " ".join(run.title):
        # "Former chief | minister of Rajasthan Ashok Gehlot": the title's lower-case words stand before the run
        lower = " ".join(t for t in run.title if t[:1].islower())
        head = before.rstrip()
        head = head[: -len(lower)] if lower and head.endswith(lower) else head
        lead = _title_modifiers_before(head)
    called = re.search(
        r"\b(?:[Aa]n?|[Tt]he)\s+((?:[\w-]+\s+){0,3}?([a-z][\w-]*))\s+(?:called|named|known\s+as)\s+$", before
    )
    if called and appointed_role(before, run.after):
        called = None  # "The governor named Jane Roe as chief of staff": "named" is the governor's act
    if not lead and called and is_person_noun(called.group(2)):
        lead = called.group(1)  # "a 23-year-old teacher called Jane", "a student named Max Holm"
    one_of = re.search(
        r"(?:^|\s)([Oo]ne\s+of\s+(?:the|these|those|its|their|his|her)\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)s)\s+"
        r"(?:was|is|were|are)\s+$",
        before,
    )
    if not lead and one_of and (is_role_noun(one_of.group(2)) or is_person_noun(one_of.group(2))):
        lead = one_of.group(1)[:1].lower() + one_of.group(1)[1:]  # "One of these journalists was Jane Roe"
    stated = _ROLE_IS_NAME.search(before)
    if not lead and stated and (is_role_noun(stated.group(2)) or is_person_noun(stated.group(2))):
        lead = stated.group(1)  # "Her chosen successor is Jane Roe", "The party's new leader will be Jane Roe"
    if lead and lead[:1].islower() and _modifies_a_group(run.after):
        lead = None  # "prominent Jane Roe loyalists", "senior Kessby supporters": the words before describe them
    if lead and _trade_before_one_word(sentence, run, lead):
        lead = None  # "mortgage lender Quarnby said", "so distributor Velloway should": a firm by its trade
    if lead and not (len(lead.split()) == 1 and lead.lower() in HONORIFICS):
        # ("The committee chairwoman, Kessby councillor Jane Roe, said": an office set off before the second role)
        stacked = _stacked_office(before, lead) if sentence.lang == "en" and not run.role else None
        if run.role and run.role == run.appos:
            run.role = merge_roles(lead, run.role)  # "journalist Jane Roe, who writes for X": two descriptions
        elif stacked is not None:
            run.role = merge_roles(stacked, lead)
        else:
            run.role = f"{lead} {run.role}" if run.role else lead  # "health" before "Minister Jane Roe"
        run.evidence = True
    elif lead:
        run.evidence = True


# A definite noun phrase ending in a role noun that opens the sentence (or a clause after a colon or semicolon), then
# its comma: "The committee chairwoman, ", "The party's leader, ", "Acme's chief executive, ".
_STACKED_OFFICE = re.compile(
    r"(?:^|[:;]\s+)[\"“‘']?((?:The|the|Its|its|Their|their|His|his|Her|her)|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s)\s+"
    r"((?:[\w-]+\s+){0,3}[a-z][\w-]*),\s+$"
)


def _stacked_office(before: str, lead: str) -> str | None:
    """The office a sentence opens with, set off by a comma right before a second role written before the name
    ("The committee chairwoman, | Kessby councillor | Jane Roe"): both describe the one named, so both are kept (a
    list in mid-sentence, "met the mayor, councillor Jane Roe and ...", is not read: only an opening phrase is)."""
    head = before.rstrip()
    if not head.endswith(lead):
        return None
    m = _STACKED_OFFICE.search(head[: len(head) - len(lead)])
    if m is None or not is_role_noun(m.group(2).split()[-1]):
        return None
    owned = m.group(1).endswith(("'s", "’s"))
    return f"{m.group(1)} {m.group(2)}" if owned else m.group(2)  # ("Acme's chief executive": its owner kept)


def _trade_before_one_word(sentence: Sentence, run: Run, lead: str) -> bool:
    """Whether `lead` ends in a firm's trade (org_kinds.FIRM_TRADES: "mortgage lender Quarnby", "distributor
    Velloway") and the run is one word the lists hold as no given name and the article names as no person before (a
    person's trade there is written with a full name: "games publisher Ann Roe")."""
    return (
        sentence.lang == "en"
        and lead.split()[-1] in FIRM_TRADES
        and len(run.name_tokens) == 1
        and not run.title
        and run.name_tokens[0] not in person_names()[0]
        and sentence.people.find(run.name) is None
    )


def _plural_of_a_person_noun(lead: str) -> bool:
    """Whether `lead` is one plural noun for people ("reporters", "analysts"), not a role of one person."""
    word = lead.strip()
    return (
        " " not in word
        and word[:1].islower()
        and word.endswith("s")
        and not word.endswith("ss")
        and is_person_noun(word[:-1])
        and not is_person_noun(word)
    )


# Words that open a title before its head noun: "former chief minister", "deputy chief executive".
_TITLE_OPENERS = frozenset("former ex then acting interim outgoing incoming new current late senior junior".split())


def _title_modifiers_before(before: str) -> str | None:
    """The title words and modifiers right before a lower-case title the run starts with ("Former chief" before
    "minister of Rajasthan X"): the opening of the same title, which the run's capitalised words cut off."""
    taken: list[str] = []
    for word in reversed(before.split()[-3:]):
        if not (is_title(word) or word.lower() in _TITLE_OPENERS):
            break
        taken.insert(0, word)
    return " ".join(taken) or None


def _modifies_a_group(after: str) -> bool:
    """Whether a plural noun for people follows the name, which then only says whose they are ("Jane Roe
    loyalists", "Roe supporters"): a lower-case role before the name is theirs, not the person's."""
    plural = re.match(r"\s+([a-z][a-z-]+)s\b", after)
    return plural is not None and is_person_noun(plural.group(1))


# A role as the subject of a copula whose complement is the name: "Her chosen successor is X", "The
# company's new chief executive will be X", "the firm, whose chief executive is X," (a possessive or "the" opens
# it, a role or person noun heads it).
_ROLE_IS_NAME = re.compile(
    r"(?:^|[\s\"“])(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ww]hose|(?:[Tt]he\s+)?(?:[A-Z][\w.-]*\s+)*[\w.-]+['’]s)\s+"
    r"((?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*))\s+(?:is|was|will\s+be|would\s+be)\s+$"
)


def role_of_the_body_before(run: Run, lang: str = "en") -> None:
    """ "ambassador to Japan Ruth Miller", "deputy director of the Water Board Lina Marsh": a role and its
    preposition right before a run whose first words are a place or a body (`run.owner`) and then the name;
    the role is the whole title with what it is of."""
    if not run.owner or (run.title and run.title != run.owner.split()) or (run.role and run.role != run.owner):
        return  # ("Interior Ministry" may stand as the title of the name: the role before it says more)
    if run.owner[:1].islower():
        return  # the owner holds its role already: "head of Northwind Logistics"
    if run.title and (is_title(run.title[-1]) or is_role_noun(run.title[-1].lower())):
        # "a spokesman for Senate Majority Leader Max Holm", "an aide to House Speaker Jane Roe": the body's
        # title is whole and is the name's; the job before "for"/"to" is someone else's (the spokesman's)
        return
    if not 2 <= len(run.name_tokens) <= 3 or not all(t[:1].isupper() for t in run.name_tokens):
        return  # ("the killers of Sagar-Runi": no name of its own after the place)
    before, owner = run.before, run.owner
    # (Danish writes two bodies' shared word once: "Politidirektør i Midt- og Vestsjællands Politi X")
    shared = re.search(r"(?:^|\s)([A-ZÆØÅ][\wæøå]*-\s+og\s+)$", before) if lang == "da" else None
    if shared is not None:
        before, owner = before[: shared.start(1)], shared.group(1) + owner
    m = re.search(r"(?:^|\s)([a-zA-ZæøåÆØÅ][\w-]*)\s+(of|for|to|at|in|i|hos|ved)\s+((?:the\s+)?)$", before)
    if not m or not (is_job(m.group(1).lower()) or is_role_noun(m.group(1).lower())):
        return
    if (m.group(2) in ("i", "hos", "ved") and lang != "da") or f" {m.group(2)} " in f" {run.owner} ":
        return  # ("Borgmester i Aarhus X": the owner holds the title and its "i" already)
    head = role_before(before[: m.end(1)]) or m.group(1)
    run.role = f"{head} {m.group(2)} {m.group(3)}{owner}"
    run.evidence = True


def role_by_appointment(run: Run) -> None:
    """ "appointed Jane Roe as chief of staff", "replaced as Director by Jane Roe": the post a verb of appointment
    or succession gives the name (`people_appointed`), when nothing next to the name gave a role but where the
    person is from ("identified the suspect as Jane Roe of Kessby": the suspect, not "of Kessby")."""
    if run.role and not run.role.startswith("of "):
        return
    role = appointed_role(run.before, run.after)
    if role:
        run.role, run.evidence = role, True


def role_over_and(run: Run) -> None:
    """ "the Secretary of the Harbour Labor and Workforce Development Agency Max Holm": the run holds only the
    end of the body's name; the title and the first part stand before the "and" (`role_edges`)."""
    head = " ".join(([run.owner] if run.owner else []) + run.title)
    if not head[:1].isupper() or run.role not in (None, head, " ".join(run.title)):
        return
    whole = title_over_and(run.before, head)
    if whole:
        run.role, run.evidence = whole, True


# Capitalised words that stand inside a title without being one alone ("Managing Director", "Vice President").
_TITLE_MODIFIERS = frozenset({"Managing", "Executive", "General", "Deputy", "Vice", "Senior", "Chief", "Acting"})
# The capitalised words right before the "and" that ends what stands before a run.
_WORDS_BEFORE_AND = re.compile(r"((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\s+(?:and|&)\s+$")


def titles_joined_by_and(run: Run) -> None:
    """ "Chairman and CEO Jon Harte", "CEO and Managing Director Jane Roe": one person's two posts, the first left
    out of the run by the lower-case "and", so the run's title alone was read as the role. Only title words before
    the "and" ("Minister Jane Roe and CEO Max Holm" names two people: "Roe" is no title)."""
    head = " ".join(run.title)
    if not run.title or not head[:1].isupper() or run.role not in (None, head):
        return
    m = _WORDS_BEFORE_AND.search(run.before)
    if m is None:
        return
    words = m.group(1).split()
    if not (is_title(words[-1]) or is_role_noun(words[-1].lower())) or words[-1].lower() in HONORIFICS:
        return
    kept: list[str] = []
    for w in reversed(words):  # the title words nearest the "and" ("Yesterday Chairman and CEO X": "Chairman")
        if w.lower() in HONORIFICS or not (is_title(w) or is_role_noun(w.lower()) or w in _TITLE_MODIFIERS):
            break
        kept.insert(0, w)
    run.role, run.evidence = f"{' '.join(kept)} and {head}", True


# The fields of government that portfolios join with "and" ("Trade and Industry", "Work and Pensions", "Environment,
# Food and Rural Affairs", "Culture, Media and Sport", "Education and Skills"): the words that may stand before "and".
_PORTFOLIO_FIELDS = frozenset(
    "trade industry work pensions culture media sport environment food rural education skills health social care "
    "transport local communities energy climate business innovation science technology digital employment "
    "agriculture fisheries housing planning tourism arts heritage youth children families equalities regions "
    "enterprise commerce finance economy labour welfare justice security defence development".split()
)
# The fields before the "and" of a portfolio's name that a run of capitalised words leaves out: "Trade and",
# "Culture, Media and" (one to three title-case words, commas between them).
_FIELDS_BEFORE_AND = re.compile(r"(?:^|[\s\"“(])((?:[A-Z][a-z]+,\s+){0,2}[A-Z][a-z]+)\s+and\s+$")


def portfolio_over_and(run: Run) -> None:
    """ "Trade and Industry Secretary Jane Roe", "Culture, Media and Sport Secretary X": a British portfolio named by
    two or three fields joined by "and" before the title; the run starts after the "and", so its title alone held
    the last field ("Industry Secretary"). Every field before the "and" must be a field of government (no name,
    no place: "Holm and Industry Secretary X" names two people), and the run's title a field before its title."""
    if not run.title or run.role != " ".join(run.title) or len(run.title) < 2 or not is_title(run.title[-1]):
        return
    m = _FIELDS_BEFORE_AND.search(run.before)
    if m is None:
        return
    fields = [w.rstrip(",") for w in m.group(1).split()]
    given, family = person_names()
    if any(w.lower() not in _PORTFOLIO_FIELDS or w in given or w in family or is_title(w) for w in fields):
        return
    run.role, run.evidence = f"{m.group(1)} and {run.role}", True


# Party words that a capitalised title may follow ("Republican Sen. X"): a party, no office.
_PARTY_WORDS = {"republican", "democrat", "democratic", "labour", "conservative", "liberal", "independent", "tory"}


_ABBREVIATED_TITLE_RE1 = re.compile(r"(?:^|\s)([A-Z][a-z]{1,4}\.)\s+$")


def abbreviated_title(sentence: Sentence, run: Run) -> None:
    """ "Sen. Mark Doyle", "Gov. Chris Sununu": the run starts after the abbreviation's dot, so the title
    before it is read here; "Mr. Tembo": an honorific with its full stop, evidence but no role."""
    abbreviated = _ABBREVIATED_TITLE_RE1.search(run.before)
    if abbreviated and is_title(abbreviated.group(1)) and abbreviated.group(1).lower() not in HONORIFICS:
        # ("House Speaker Rep. Ben Toma", "Senate President Sen. X": the office held before the legislator's title)
        office = re.search(r"(?:^|[\s\"“])((?:[A-Z][\w-]*\s+){1,3})$", run.before[: abbreviated.start(1)])
        words = office.group(1).split() if office else []
        # (an office by its role noun; a party before the title is no office, "Republican Sen. X")
        held = [w for w in words if w.lower() not in _PARTY_WORDS and (is_title(w) or is_role_noun(w.lower()))]
        lead = " ".join(words) if held and not any(w.lower() in _PARTY_WORDS for w in words) else ""
        title = f"{lead} {abbreviated.group(1)}" if lead else abbreviated.group(1)
        run.role = merge_roles(title, run.role) if run.role else title
        run.evidence = True
    elif abbreviated and abbreviated.group(1).lower() in HONORIFICS:
        run.evidence = True
        # "Undersecretary for Education Mr. Rossi": a capitalised title before the honorific is the role
        titled = re.search(
            r"(?:^|[\s\"“])((?:[A-Z][\w-]*\s+)(?:(?:of|for|the)\s+|[A-Z][\w-]*\s+){0,5})$",
            run.before[: abbreviated.start(1)],
        )
        words = titled.group(1).split() if titled else []
        if words and words[-1] not in ("of", "for", "the") and any(is_title(w) or is_role_noun(w) for w in words):
            run.role = run.role or " ".join(words)

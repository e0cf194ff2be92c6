"""What the words around a candidate name say: the role the article gives the person, and whether the
run is a person at all.

News copy shows a person in a handful of ways: a title or honorific in front, an apposition or bracket
after, a role phrase before a comma, a speech verb, an age, a family, an action only a person does, or
simply a name in passing that no other word of the article explains. Each reader below looks for one of
them and adds to `Run.role` and `Run.evidence`; a few reject the run outright (a sentence adverb, the name
of a newspaper or a blog). `is_a_person` runs them in a fixed order: a role read earlier is the one a
later reader extends, and a headline's verdict on a title is weighed before any other evidence. The role
phrase before a comma has its own module (`people_phrase_roles`).
"""

from __future__ import annotations

import re

from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.gated import AtEnd
from briefing_app.core.facts.gazetteer import person_names
from briefing_app.core.facts.people_alone import one_name, surname_used_alone, two_given_names
from briefing_app.core.facts.people_appointed import appointed_role
from briefing_app.core.facts.people_bodies import acts_as_a_body
from briefing_app.core.facts.people_index import merge_roles, strip_possessive
from briefing_app.core.facts.people_nationality import is_nationality, is_nationality_phrase
from briefing_app.core.facts.people_phrase_roles import role_in_phrase_before
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
from briefing_app.core.facts.people_runs import Run, Sentence, peoples_noun, titled_place, verb_ends
from briefing_app.core.facts.people_shapes import (
    HONORIFICS,
    PEOPLE_WORD,
    THING_KINDS,
    UPPER,
    acts,
    is_family_name,
    looks_like_a_name,
)
from briefing_app.core.facts.role_edges import coordinated_person_at, listed_portfolio, title_over_and
from briefing_app.core.facts.roles import is_person_noun, is_role_noun
from briefing_app.core.facts.tagger_checks import tagged_a_person

# Nouns of kinship: "X's wife", "X's family".
_KIN = (
    r"family|wife|husband|son|sons|daughter|daughters|mother|father|brother|sister|widow|widower|parents|children|"
    r"relatives|girlfriend|boyfriend|fiancée?|grandmother|grandfather|niece|nephew|uncle|aunt|cousin|mum|mom|dad"
)
_PERSONAL_VERB = re.compile(
    r"\s+(?:also\s+)?(?:writes|wrote|tweets|tweeted|blogs|blogged|explains|explained|reflects|reflected|argues|argued|"
    r"recalls|recalled|wonders|wondered|laments|lamented|jokes|joked|muses|mused|informs|informed|quips|quipped|"
    r"reports|reported|comments|commented|remarks|remarked|points\s+out|pointed\s+out|"
    # a stance only a person takes: "Jane Roe disagrees:", "Jane Roe reminds readers that ..."
    r"disagrees|disagreed|agrees|reminds|reminded|believes|thinks|feels|felt|insists|concedes|conceded|"
    r"suggests|predicts|questions|questioned|criticises|criticizes|criticised|criticized)\b"
)
# Heads of a noun phrase that name a thing, not a person: the kinds a name may follow, and media.
_THING_HEADS = THING_KINDS | {
    "network", "networks", "agency", "outlet", "portal", "platform", "tabloid", "daily", "weekly", "broadcaster",
    "company", "party", "movement", "initiative", "project", "periodical", "publication", "organisation",
    "organization", "collective", "coalition", "association",
    # bodies and events an apposition names: "Hope Rising, a charity,", "Lantern Nights, an annual festival,"
    "charity", "foundation", "ngo", "nonprofit", "non-profit", "festival", "event", "fund", "club", "cooperative",
    "report", "study", "documentary", "exhibition", "conference", "competition", "contest", "tournament",
}  # fmt: skip


# Words that end the names of blogs, feeds and papers ("Kenya Updates", "Coast Digest").
_MEDIA_NAME_WORDS = {"updates", "blog", "blogs", "digest", "gazette", "tribune", "herald", "bulletin", "chronicle"}


def is_a_person(sentence: Sentence, run: Run) -> bool:
    """Whether the run names a person: one the article named before, or one the words around show; fills in
    `run.role` on the way."""
    _read_surroundings(sentence, run)
    _role_from_title(sentence, run)
    if _opens_with_an_adverb(sentence, run):
        return False
    _role_set_off_after(sentence, run)
    role_in_phrase_before(sentence, run)
    _role_right_before(sentence, run)
    _role_of_the_body_before(run)
    _title_over_and(run)
    _role_by_appointment(run)
    if _names_a_thing(sentence, run):
        return False
    _abbreviated_title(sentence, run)
    _has_kin(sentence, run)
    _speaks(sentence, run)
    _writes_or_muses(sentence, run)
    _acts_or_is_described(sentence, run)
    _player_or_agent(sentence, run)
    _given_an_age_or_handle(sentence, run)
    _introduces_a_quotation(sentence, run)
    _named_in_passing(sentence, run)
    if _rejected_at_last(sentence, run):
        return False
    return sentence.people.find(run.name) is not None or run.evidence


def _read_surroundings(sentence: Sentence, run: Run) -> None:
    """The text before the run and after the name; a Danish genitive "s" comes off the name."""
    text = sentence.text
    after, before = text[run.end :], text[: run.run_start]
    own_handle = re.match(r"\s*\(@(\w{1,30})\)", after)
    after = after[own_handle.end() :] if own_handle else after  # "Jane Roe (@janeroe) tweeted": read past it
    if sentence.lang == "da" and len(run.name_tokens) >= 2 and re.match(r"\s+[a-zæøå]{3,}", after):
        last = run.name_tokens[-1]
        if (
            last.endswith("s")
            and len(last) > 4
            and last not in person_names()[0]
            and not last.endswith("ss")
            and not _danish_name_ends_in_s(last, sentence)
        ):
            run.name = run.name[:-1]  # "Lars Bundgaards baghjul": Danish writes the genitive without an apostrophe
    run.after, run.before, run.own_handle = after, before, own_handle


def _danish_name_ends_in_s(word: str, sentence: Sentence) -> bool:
    """Whether the article writes `word` (ending in "s") where no genitive can stand: before a full stop, a
    comma or a speech verb, or after a speech verb ("Anne Friis holdt tale ... Friis sagde"), or a name
    whose "s" follows a double vowel. A genitive is always followed by what it owns."""
    if re.search(r"([aeiouyæøå])\1s$", word):
        return True  # "Friis", "Riis", "Kaas": a double vowel before the "s" is the name's own ending
    verbs = sentence.verbs
    word = re.escape(word)
    pattern = re.compile(rf"(?<![\w-]){word}(?:\s*[,.;:!?)]|\s*$|\s+(?:{verbs})\b)|\b(?:{verbs})\s+{word}(?![\w-])")
    return any(pattern.search(t) for t in sentence.article_texts)


def _role_from_title(sentence: Sentence, run: Run) -> None:
    """The title words in front (and the body before them) are the first role; a title or an honorific is
    evidence, except in a headline, where Title Case capitalises every word."""
    owner, title = run.owner, run.title
    honorific = any(t.lower() in HONORIFICS for t in title)
    # an honorific opening the title is no role ("Mr", "Dr"); one after a title word is part of it ("First Lady")
    opening = next((k for k, t in enumerate(title) if t.lower() not in HONORIFICS), len(title))
    title = title[opening:]
    role = " ".join(([owner] if owner and len(owner.split()) <= 3 else []) + title) if title else None
    if (
        not title
        and owner
        and (any(is_title(w) for w in owner.split()) or is_job(owner.split()[0]) or sentence.lang == "da")
    ):
        role, title = owner, owner.split()  # "Assistant Secretary of the Air Force for Acquisition"
    elif not title and owner and owner.split()[-1][1:].islower() and is_role_noun(owner.split()[-1].lower()):
        role = owner  # "UN Special Rapporteur Tom Iver": the role, but no evidence by itself that a name follows
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
    run.title, run.role, run.evidence = title, role, evidence


def _named_again(word: str, texts: tuple[str, ...]) -> bool:
    """Whether `word` stands in two sentences or more of the article (the headline and the story)."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(strip_possessive(word))}(?![\w-])")
    return sum(1 for t in texts if pattern.search(t)) >= 2


def _opens_with_an_adverb(sentence: Sentence, run: Run) -> bool:
    """ "Meanwhile, ...", "Eventually, ...": a sentence adverb, capitalised as the first word, is no name."""
    return (
        len(run.name_tokens) == 1
        # (the first word inside a quotation opens a sentence too: '... wrote, "Please, ...')
        and (not sentence.text[: run.start].strip(" \"'“‘–-") or bool(re.search(r"[,:]\s*[\"“‘]$", run.before)))
        and run.after.startswith(",")
        and sentence.people.find(run.name) is None
        and not re.match(r",\s+(?:aged\s+)?\d{1,2},", run.after)  # "Boateng, 24, scored" is a name with an age
        # "Ahmed, a student in Cairo, said": a name and an apposition closed by a second comma
        and not (
            re.match(r",\s+(?:a|an|the)\s+[^,.;:]{2,60},", run.after)
            and apposition_role(run.after)
            and (run.name in person_names()[0] or one_name(sentence, run))
        )
    )


def _role_set_off_after(sentence: Sentence, run: Run) -> None:
    """A role after the name: an apposition ("Jane Roe, a spokeswoman for ..."), a bracket, a copula's
    complement, or the body the person is from."""
    after = run.after
    bracket = parenthesis_role(after)
    if bracket and is_translation(bracket):
        bracket = None  # "Puerta del Sol (Gate of the Sun)": the name again in English, no role
    apposition = apposition_role(after)
    if apposition and (cut := coordinated_person_at(apposition.split())) is not None:
        apposition = " ".join(apposition.split()[:cut])  # "Director of X and Max Holm": Holm is no part of it
    if apposition:
        apposition = listed_portfolio(after, apposition) or apposition  # "Secretary for Oceans, Environment and X"
    appos = (
        apposition or bracket or copula_role(after) or member_of(after) or job_clause(after) or bare_apposition(after)
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


def _role_right_before(sentence: Sentence, run: Run) -> None:
    """A role written in lower case right before the run ("health spokesman John Doe"), or a person noun
    before "called" ("a 23-year-old teacher called Jane")."""
    before = run.before
    lead = role_before(before)
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
    if lead and not (len(lead.split()) == 1 and lead.lower() in HONORIFICS):
        if run.role and run.role == run.appos:
            run.role = merge_roles(lead, run.role)  # "journalist Jane Roe, who writes for X": two descriptions
        else:
            run.role = f"{lead} {run.role}" if run.role else lead  # "health" before "Minister Jane Roe"
        run.evidence = True
    elif lead:
        run.evidence = True


# A role as the subject of a copula whose complement is the name: "Her chosen successor is X", "The
# company's new chief executive will be X" (a possessive or "the" opens it, a role or person noun heads it).
_ROLE_IS_NAME = re.compile(
    r"(?:^|[\s\"“])(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|(?:[Tt]he\s+)?(?:[A-Z][\w.-]*\s+)*[\w.-]+['’]s)\s+"
    r"((?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*))\s+(?:is|was|will\s+be|would\s+be)\s+$"
)


def _role_of_the_body_before(run: Run) -> None:
    """ "ambassador to Japan Ruth Miller", "deputy director of the Water Board Lina Marsh": a role and its
    preposition right before a run whose first words are a place or a body (`run.owner`) and then the name;
    the role is the whole title with what it is of."""
    if not run.owner or (run.title and run.title != run.owner.split()) or (run.role and run.role != run.owner):
        return  # ("Interior Ministry" may stand as the title of the name: the role before it says more)
    if run.owner[:1].islower():
        return  # the owner holds its role already: "head of Northwind Logistics"
    if not 2 <= len(run.name_tokens) <= 3 or not all(t[:1].isupper() for t in run.name_tokens):
        return  # ("the killers of Sagar-Runi": no name of its own after the place)
    m = re.search(r"(?:^|\s)([a-zA-Z][\w-]*)\s+(of|for|to|at|in)\s+((?:the\s+)?)$", run.before)
    if not m or not (is_job(m.group(1).lower()) or is_role_noun(m.group(1).lower())):
        return
    head = role_before(run.before[: m.end(1)]) or m.group(1)
    run.role = f"{head} {m.group(2)} {m.group(3)}{run.owner}"
    run.evidence = True


def _role_by_appointment(run: Run) -> None:
    """ "appointed Jane Roe as chief of staff", "replaced as Director by Jane Roe": the post a verb of appointment
    or succession gives the name (`people_appointed`), when nothing next to the name gave a role."""
    if run.role:
        return
    role = appointed_role(run.before, run.after)
    if role:
        run.role, run.evidence = role, True


def _title_over_and(run: Run) -> None:
    """ "the Secretary of the Harbour Labor and Workforce Development Agency Max Holm": the run holds only the
    end of the body's name; the title and the first part stand before the "and" (`role_edges`)."""
    head = " ".join(([run.owner] if run.owner else []) + run.title)
    if not head[:1].isupper() or run.role not in (None, head, " ".join(run.title)):
        return
    whole = title_over_and(run.before, head)
    if whole:
        run.role, run.evidence = whole, True


# A kind set off before a name ("The Ruritanian newspaper, X"; five words at most, the comma before it glued to
# the word it follows) and a kind "called" just before it: both end the text before the name (gated.AtEnd).
_KIND_SET_OFF = AtEnd(r"(?:^[\"“]?|,\s+)(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,2}([a-z]+),\s*$", 5)
_KIND_CALLED = AtEnd(r"\b([a-z]+),?\s+(?:called|named|dubbed)\s+$", 2)


def _names_a_thing(sentence: Sentence, run: Run) -> bool:
    """A run after or before a kind of thing ("the newspaper Al Hayat", "the Roe Report website") names the
    thing, unless the article knows it as a person."""
    before, after = run.before, run.after
    kind_before = before.rstrip().rsplit(" ", 1)[-1].lower() if before.endswith(" ") else ""
    # ("The Ruritanian newspaper, El Diario writes": the kind with an article, then a comma; not "In her blog, X")
    # (the phrase opens the sentence or a clause: "the chairman of the Acme party, X," is X's role)
    set_off = _KIND_SET_OFF.search(before)
    kind_before = set_off.group(1) if set_off and kind_before.endswith(",") else kind_before
    if appointed_role(before, after):
        return False  # "The club named Jane Roe as its new coach": a post, given to a person
    if kind_before in THING_KINDS and sentence.people.find(run.name) is None and not run.title:
        return True  # "the newspaper Al Hayat", "the schools Santo Spirito and ...": the name of a thing
    possessive = "(?:['’]s)?" if run.name_tokens[-1].endswith(("'s", "’s")) else "['’]s"
    owned_by_a_body = re.match(
        rf"(?:\s+(?:said|says|announced|reported|posted|saw)\s+its\b|{possessive}\s+(?:shares|stock|profits?|revenues?|earnings|"
        r"customers|subscribers|headquarters|subsidiary|website|shareholders|board\s+of\s+directors)\b)",
        after,
    )
    if owned_by_a_body and sentence.people.find(run.name) is None and not run.title:
        return True  # "Acme Holt said its profits rose", "Acme Holt's shares fell": a company
    if re.match(r",\s+its\s", after) and sentence.people.find(run.name) is None and not run.title:
        return True  # "Acme Browser, its main rival,": "its" describes a thing, a person is "his" or "her"
    if acts_as_a_body(sentence, run):
        return True
    described = re.match(r",\s+(?:a|an|the)\s+([a-z][^,.;:()]*)", after)
    heads: list[str] = []
    for w in described.group(1).split()[:5] if described else []:
        if is_person_noun(w):
            heads = []  # "a town planner": a person noun heads it, the words before modify it
            break
        if w in ("of", "for", "in", "at", "with", "on", "from", "and", "who", "that"):
            break  # "a leader of the party": the head is the person noun, what follows is what it leads
        if w.endswith(("'s", "’s", "'", "’")):
            break  # "the group's leader": the group owns the head that follows
        heads.append(w)
    if any(w in _THING_HEADS for w in heads) and sentence.people.find(run.name) is None:
        return True  # "Acme News, a mainstream media network,": an apposition that names a kind of thing
    # ("one such group, called X", "a banned periodical called X", "a campaign against litter called X")
    called = [
        m.group(1)
        for m in (
            _KIND_CALLED.search(before),
            re.search(r"\b(?:[Aa]n?|[Tt]he)\s+([a-z]+)\b[^,.;:]{0,60}?\s+(?:called|named|dubbed)\s+$", before),
        )
        if m
    ]
    if any(kind in _THING_HEADS for kind in called) and sentence.people.find(run.name) is None:
        return True  # "a campaign against litter called Clean Streets": the name of the campaign
    # (not a verb: "Jane Roe shows the road", "X blogs that ...": a determiner or "that" after it)
    kind_after = re.match(
        r"\s+([a-z]+)\b(?!\s+(?:the|a|an|that|how|what|why|his|her|their|its|this|these|off|up)\b)", after
    )
    owner = run.name_tokens[-1].endswith(("'s", "’s"))  # "Jane Roe's blog": the blog's owner, maybe a person
    if kind_after and kind_after.group(1) in THING_KINDS and sentence.people.find(run.name) is None and not owner:
        return True  # "its official Acme Chat account", "the Roe Report website": a name that names a thing
    example = re.search(r"\b([a-z]+),?\s+(?:such\s+as|including|like)\s+[^.;:()]*$", before)
    # "brands such as Kenmore and Martha Stewart": examples of things
    return bool(
        example and example.group(1) in THING_KINDS and sentence.people.find(run.name) is None and not run.title
    )


def _abbreviated_title(sentence: Sentence, run: Run) -> None:
    """ "Sen. Mark Doyle", "Gov. Chris Sununu": the run starts after the abbreviation's dot, so the title
    before it is read here; "Mr. Tembo": an honorific with its full stop, evidence but no role."""
    abbreviated = re.search(r"(?:^|\s)([A-Z][a-z]{1,4}\.)\s+$", run.before)
    if abbreviated and is_title(abbreviated.group(1)) and abbreviated.group(1).lower() not in HONORIFICS:
        run.role = merge_roles(abbreviated.group(1), run.role) if run.role else abbreviated.group(1)
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


def _has_kin(sentence: Sentence, run: Run) -> None:
    """ "Kofi Mensah's family said": only a person has a family, a wife or a son."""
    name_tokens = run.name_tokens
    possessive = name_tokens[-1].endswith(("'s", "’s"))
    kin = re.match(rf"\s+(?:{_KIN})\b", run.after) if possessive else re.match(rf"['’]s\s+(?:{_KIN})\b", run.after)
    if kin and not sentence.headline and 2 <= len(name_tokens) <= 3 and run.name not in sentence.places:
        run.evidence = run.evidence or all(t.lower() not in sentence.lowercase_words for t in name_tokens)
    elif (
        kin and not sentence.headline and len(name_tokens) == 1 and sentence.lang == "en" and "[" not in run.before[-2:]
    ):
        # "Okafor's widow said": one word with a family, when it is no place, people or longer name's start
        run.evidence = run.evidence or (
            _unused_in_lower_case(sentence, [strip_possessive(run.name)]) and one_name(sentence, run)
        )


def _speaks(sentence: Sentence, run: Run) -> None:
    """A speech verb right after the name ("Okafor said") or right before it ("said Okafor"); sets
    `run.spoke` and `run.member` (a name right after a body: "Jane Roe from Acme Watch said")."""
    before, after, name = run.before, run.after, run.name
    spoke_after = re.match(rf"\s*,?\s+(?:also\s+|then\s+|later\s+|has\s+|had\s+)?(?:{sentence.verbs})\b", after)
    if spoke_after and after.lstrip().startswith(",") and "," in before:
        spoke_after = None  # "X, who blogs at Misr Digital, posted": the run ends a clause; X speaks
    # "Jane Roe from Acme Watch said": the body a name before speaks for; Jane Roe speaks and acts
    member = (
        sentence.people.find(name) is None
        and re.search(rf"[{UPPER}][\w'’-]*\s+(?:from|of|at|with)\s+$", before)
        and not _FOLLOWERS_OF.search(before[-40:])  # "Supporters of Jane Roe": her people, not a body she is from
    )
    if spoke_after and member:
        spoke_after = None
    said_before = verb_ends(sentence.verbs, before) and not re.search(r"\b(?:told|asked|urged)\s+$", before)
    run.member, run.spoke = bool(member), bool(spoke_after or said_before)
    if spoke_after or said_before:
        one_word_ok = _one_word_may_speak(sentence, run, bool(spoke_after))
        given, family = person_names()
        # "Daily Notes wrote": a word of the run the article writes in lower case, and no name, makes it the
        # name of a blog or a column ("Jane Park said" keeps "Park", a family name)
        common = len(run.name_tokens) > 1 and any(
            t[:1].isupper()
            and t.lower() in sentence.lowercase_words
            and t not in given
            and strip_possessive(t) not in family
            for t in run.name_tokens
        )
        run.evidence = run.evidence or (name.lower() not in sentence.lowercase_words and one_word_ok and not common)


def _one_word_may_speak(sentence: Sentence, run: Run, spoke_after: bool) -> bool:
    """One unknown capitalised word that speaks may be a company ("Ryanair said"): a person when it is a
    known given or family name, a pronoun follows ("Okafor said he ..."), or the article names it three
    times or more (a person the story is about)."""
    before, after, name = run.before, run.after, run.name
    given, family = person_names()
    return (
        len(run.name_tokens) > 1
        or any(part in given or part in family for part in name.split("-"))
        or bool(re.search(r"\b(?:he|she|his|her|han|hun)\b", after))
        # a verb of writing or musing a body rarely has: "Endale writes:", "Bilguun explained why"
        or bool(
            spoke_after
            and _PERSONAL_VERB.match(after)
            and not re.search(r"\b(?:from|of|at|in|with|for|by|on)\s+$", before)  # "X, from Acme writes"
        )
        or len(re.findall(rf"\b{re.escape(name)}\b", " ".join(sentence.article_texts))) >= 3
    )


def _unused_in_lower_case(sentence: Sentence, tokens: list[str]) -> bool:
    """No word of the run is a common word of the article or a people's adjective ("Danish", "Mexican")."""
    return all(
        t.lower() not in sentence.lowercase_words and not PEOPLE_WORD.search(t) and not is_nationality(t)
        for t in tokens
    )


def _writes_or_muses(sentence: Sentence, run: Run) -> None:
    """ "Mohammed wondered how ...", "Sohel Rana informs us": a verb of musing or writing only a person has
    (a pair of unknown capitalised words, or one known given name)."""
    name, name_tokens = run.name, run.name_tokens
    if _PERSONAL_VERB.match(run.after) and not sentence.headline and name not in sentence.places and not run.member:
        given_one = len(name_tokens) == 1 and name in person_names()[0] and name.lower() not in sentence.lowercase_words
        pair = 2 <= len(name_tokens) <= 3 and _unused_in_lower_case(sentence, name_tokens)
        if (
            pair
            and re.search(r"\b[Aa]s\s+$", run.before)
            and re.match(r"\s+(?:also\s+)?report(?:s|ed)\b", run.after)
            and not looks_like_a_name(name_tokens)
        ):
            pair = False  # "as Uncommon Sense reports": the source "as" names is a blog or a paper, not a person
        run.evidence = run.evidence or given_one or pair


def _acts_or_is_described(sentence: Sentence, run: Run) -> None:
    """ "Dries Mertens scored", "Tsegaye Worku, who writes for ...": a capitalised pair that does something,
    or that "who" refers back to, none of its words used in lower case; sets `run.placed`."""
    before, after, name, name_tokens = run.before, run.after, run.name, run.name_tokens
    acting = acts(after)
    # "shoppers at Harvey Nichols", "børn på Vorupør Strand": a place or a shop, not a person
    run.placed = bool(
        re.search(r"\b(?:at|in|inside|outside|near)\s+$", before)
        # "sales at Tim Hortons and Dana Walsh": the second of two places or shops after "at"
        or re.search(
            r"\b(?:at|in|inside|outside|near)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:and|&)\s+$", before
        )
        or (sentence.lang == "da" and re.search(r"(?:^|\s)(?:på|ved|nær)\s+$", before))
        or run.member
    )
    if (
        acting
        and not sentence.headline
        and not run.placed
        and 2 <= len(name_tokens) <= 3
        and name not in sentence.places
    ):
        run.evidence = run.evidence or _unused_in_lower_case(sentence, name_tokens)
    if (
        sentence.lang == "en"
        and re.match(r",?\s+(?:who|whom|whose)\b", after)
        and not sentence.headline
        and not run.placed
    ):
        # "who" stands for a person, a body takes "which"
        if 1 <= len(name_tokens) <= 3 and name not in sentence.places:
            run.evidence = run.evidence or (_unused_in_lower_case(sentence, name_tokens) and one_name(sentence, run))
    if len(name_tokens) <= 3 and sentence.lang == "en" and not sentence.headline and not run.placed:
        # "Quimbaro thought he had scored", "Lindo then had a chance, but his shot went wide", "Ama Owusu
        # shares her doubts": a name as the subject of a clause that goes on with "he", "she", "his" or "her"
        # is a person (a club or a firm is "it"); a pair needs "his" or "her" right after its verb
        clause = re.match(r"\s+(?:then\s+|also\s+|later\s+|again\s+)?([a-z]+)\b([^.;:!?]*)", after)
        pronoun = _PAIR_PRONOUN if len(name_tokens) > 1 else r"\b(?:he|she|his)\b"
        if (
            clause
            and not is_person_noun(clause.group(1))
            and clause.group(1) not in _NOT_A_VERB
            and re.search(pronoun, clause.group(2))
            and _unused_in_lower_case(sentence, name_tokens)
            and one_name(sentence, run)
            and name not in sentence.places
        ):
            run.evidence = True


# "his" or "her" right after a pair's verb, or after one preposition ("shares his doubts", "disagrees with her").
_PAIR_PRONOUN = r"^\s+(?:(?:with|to|for|about|on|of)\s+)?(?:his|her)\b"


# Words after a capitalised word that show it is no subject of a verb ("Acme and his ...", "Rome of his
# youth"): conjunctions, prepositions, articles.
_NOT_A_VERB = frozenset(
    "and or but nor of in on at to for from with by as than the a an that which who whose whom its his her their "
    "is are".split()
)


# People who stand to one person: "supporters of X", "lawyers for X", "relatives of X" (X is a person).
_FOLLOWERS_OF = re.compile(
    r"(?:^|\s)(?:[Ss]upporters|[Ff]ollowers|[Ll]awyers|[Aa]ttorneys|[Rr]elatives|[Ff]amily|[Ff]riends|[Ff]ans|"
    r"[Cc]hildren|[Pp]arents|[Ww]ife|[Hh]usband|[Ss]on|[Dd]aughter|[Ww]idow|[Bb]rother|[Ss]ister|[Mm]other|"
    r"[Ff]ather|[Cc]olleagues|[Aa]ides|[Dd]efenders|[Bb]iographer|[Aa]ssassins?|[Kk]illers?|[Mm]urderers?)\s+"
    r"(?:of|for)\s+(?:the\s+late\s+)?$"
)


# Verbs whose object is a person: "the court freed X", "police arrested X" (not "fired", "released", "met":
# a gun, a product, a team).
_DONE_TO_A_PERSON = re.compile(
    r"\b(?:arrested|detained|jailed|imprisoned|freed|sentenced|convicted|acquitted|kidnapped|abducted|killed|"
    r"murdered|executed|interviewed|interrogated|deported|extradited|pardoned|tortured|stabbed|hanged|married|"
    r"elected|appointed|nominated|sacked|hired|arrest|detain|jail|free|sentence|kidnap|kill|interview|deport|"
    r"extradite|pardon|elect|appoint|nominate)\s+$"
)


# "Among them was X", "Among the dead were X and Y", "Among those arrested was X": one of a group of people.
_AMONG_THEM = re.compile(
    r"\b[Aa]mong\s+(?:them|those\s+[a-z]+(?:\s+[a-z]+)?|the\s+(?:dead|injured|wounded|victims|missing|"
    r"detainees|prisoners|protesters|speakers|guests|winners|candidates))\s+(?:was|were|is|are)\s+$"
)


# What happens only to a person, as the possessive's noun: "X's arrest", "X's funeral".
_HAPPENS_TO_A_PERSON = re.compile(
    r"['’]s\s+(?:arrest|detention|imprisonment|jailing|death|funeral|murder|assassination|killing|abduction|"
    r"kidnapping|disappearance|execution|resignation|sentencing|conviction|acquittal|birthday|childhood|wedding|"
    r"deportation|extradition|hunger\s+strike|biography|memoirs?|grave|widow|widower)\b"
)


def _player_or_agent(sentence: Sentence, run: Run) -> None:
    """ "Korea's Kim Shin-Wook", "was saved by Thibaut Courtois": a country's player, a passive's agent; also
    one whom supporters, lawyers or relatives stand to ("supporters of Jane Roe")."""
    before, name, name_tokens = run.before, run.name, run.name_tokens
    owned = run.after if not name_tokens[-1].endswith(("'s", "’s")) else f"'s{run.after}"  # "Roe's" ends the run
    tail = before[-40:]  # (the verb or the group stands right before the name: no need to scan the sentence)
    done_to = (
        _FOLLOWERS_OF.search(tail)
        or _DONE_TO_A_PERSON.search(tail)
        or _HAPPENS_TO_A_PERSON.match(owned)
        or _AMONG_THEM.search(tail)
    )
    if done_to and not sentence.headline and 2 <= len(name_tokens) <= 3 and name not in sentence.places:
        run.evidence = run.evidence or _unused_in_lower_case(sentence, name_tokens)
    owner_place = re.search(r"([A-ZÆØÅ][\w.-]*(?:\s[A-ZÆØÅ][\w-]*)?)['’]s\s+$", before)
    # (irregular participles too, of what a person does: "a song written by X", "a photo taken by X")
    by_agent = re.search(
        r"\b(?:[a-z]{3,}ed|led|written|drawn|sung|shot|taken|spoken|told|sent|won\s+over)\s+by\s+$", before
    ) and not re.search(
        # what papers, channels and bodies do far more often than people: "an interview conducted by X"
        r"\b(?:conducted|published|organi[sz]ed|hosted|sponsored|funded|financed|produced|operated|owned|issued|"
        r"released|broadcast|aired|reported|commissioned|backed)\s+by\s+$",
        before,
    )
    if (owner_place and owner_place.group(1) in sentence.places) or by_agent:
        if not sentence.headline and 2 <= len(name_tokens) <= 3 and name not in sentence.places:
            run.evidence = run.evidence or _unused_in_lower_case(sentence, name_tokens)


def _given_an_age_or_handle(sentence: Sentence, run: Run) -> None:
    """An age ("Boateng, 24, scored"), or the name's own social-media handle in the article."""
    after, name, name_tokens = run.after, run.name, run.name_tokens
    aged = re.match(r",\s+(?:aged\s+)?\d{1,2}(?:\s+år)?,", after) or (
        len(name_tokens) >= 2 and re.match(r"\s*\(\d{1,2}\)", after)
    )
    if aged and not sentence.headline and name not in sentence.places:
        run.evidence = True  # "Boateng, 24, scored", "Hansen (34) blev ramt": only a person is given an age
    if sentence.handles and 2 <= len(name_tokens) <= 4 and re.sub(r"[^a-z]", "", name.lower()) in sentence.handles:
        run.evidence = True  # "Najla Al Hamadi ... @NajlaAlhamadi": the article gives the name's own handle
    if run.own_handle and len(name_tokens) <= 3 and name not in sentence.places:
        letters = run.own_handle.group(1).lower()
        first, last = name_tokens[0].lower(), strip_possessive(name_tokens[-1]).lower()
        if len(first) >= 4 and (letters.startswith(first[:4]) or (len(last) >= 4 and last in letters)):
            run.evidence = True  # "Juancho (@Juanx1984) wrote": a name with its own handle in brackets


def _introduces_a_quotation(sentence: Sentence, run: Run) -> None:
    """ "Jane Roe: ..." or "@Jane Roe: ...": a name of two or three words opening the sentence and closed by a
    colon is the one whose words follow (a tweet, a comment, a blog quoted in turn)."""
    if (
        not run.evidence
        and not sentence.headline
        and 2 <= len(run.name_tokens) <= 3
        and not sentence.text[: run.start].strip(" \"'“‘–-@")
        and re.match(r"\s*:", run.after)
        and run.name not in sentence.places
        and not any(is_title(t) or is_role_noun(t) or is_nationality(t) for t in run.name_tokens)
        and _unused_in_lower_case(sentence, run.name_tokens)
    ):
        run.evidence = True


def _named_in_passing(sentence: Sentence, run: Run) -> None:
    """ "John Smith and Jane Doe": two or three capitalised words named once in passing, none of which the
    article writes in lower case, are a person (in English, when they also look like a name)."""
    name, name_tokens = run.name, run.name_tokens
    inside = re.search(r"(?:\(|[A-ZÆØÅ][\w'’-]*\s+(?:do|da|de|del|dos|van|von|of|for|la|le)\s+)$", run.before)
    # ("Statement from NASA's Jane Roe on ...": in a headline too, a body's possessive before a given name)
    owned = (
        bool(run.owner)
        and run.name_tokens[0] in person_names()[0]
        and sentence.text[: run.start].endswith(("'s ", "’s "))
    )
    if (
        not run.evidence
        and (not sentence.headline or owned)
        and not inside  # "(Exterior Relations)", "Banco do Vale Verde": part of something else
        and (not run.placed or owned)
        and (2 <= len(name_tokens) <= 3 or (len(name_tokens) == 4 and two_given_names(name_tokens)))
        and all(
            t.lower() not in sentence.lowercase_words and not is_nationality(t) for t in name_tokens if t[:1].isupper()
        )  # (particles such as "van", "bin" are written in lower case anyway)
        and name not in sentence.places
        and (
            sentence.lang != "en"
            or looks_like_a_name(name_tokens)
            or surname_used_alone(sentence, run)
            or tagged_a_person(sentence.text, name)
        )
    ):
        run.evidence = True


# The last words of an award's or a prize's name.
_AWARD_WORDS = {"Medal", "Award", "Awards", "Prize", "Trophy", "Cup", "Medallion", "Decoration", "Citation"}


def _a_post_or_an_award(tokens: list[str]) -> bool:
    """Capitalised words ending in a title or a role noun that is no family name ("Associate Communications
    Director", "Coastal Operations Deputy"), or in an award's word ("Silver Achievement Medal"), with no given name
    first: a post or an award."""
    if len(tokens) < 2 or tokens[0] in person_names()[0]:
        return False
    last = strip_possessive(tokens[-1])
    if last in _AWARD_WORDS:
        return True
    return (is_title(last) or is_role_noun(last.lower())) and not is_family_name(last) and last[1:].islower()


def _rejected_at_last(sentence: Sentence, run: Run) -> bool:
    """What no evidence makes a person: a single letter, a word left over after an organisation, one word
    that is a place, a role noun, a common word or a people, and the pen name of a blog."""
    name, name_tokens, people = run.name, run.name_tokens, sentence.people
    if len(name.strip(".")) < 2:
        return True
    if (
        re.search(r"(?:^|\s)['‘\"“]$", run.before)
        and (re.match(r"['’\"”]", run.after) or re.search(r"[^s]['’]$", run.name_tokens[-1]))
        and people.find(name) is None
        and not run.title
    ):
        return True  # "the 'Salt King' jailed": a nickname or a title in quote marks, not a name
    nickname = re.search(
        r"\b(?:dubbed|nicknamed|alias|(?:known\s+as|called)\s+the|under\s+the\s+(?:pen\s+|screen\s+|user\s*)?"
        r"(?:name|pseudonym|alias|nickname|handle))\s+(?:the\s+)?$",
        run.before,
    )
    if (
        re.search(r"(?:^|\s)[Tt]he\s+$", sentence.text[: run.start])
        and people.find(name) is None
        and not any(is_person_noun(t.lower()) or is_role_noun(t.lower()) for t in name_tokens[:-1])
        and not run.title
        and not run.role
        and not run.spoke
        and len(name_tokens) >= 2
    ):
        # "at the Winter Gala", "the Silver Line": a person's name takes no article, a thing's does ("the
        # Prophet Muhammad": a person noun first is a title)
        return True
    if nickname and people.find(name) is None and not run.title:
        return True  # "Jane Roe, dubbed the Iron Lady,": the person's nickname, no second person
    if _a_post_or_an_award(name_tokens) and people.find(name) is None:
        return True  # "Associate Communications Director", "Harbour Service Medal": a post or an award, no name
    if _inside_a_quoted_title(run) and people.find(name) is None and not run.title:
        return True  # "touring with her 'Lights of the Harbour Tour'": the end of a work's or a tour's name
    if (
        re.search(r",\s+(?:formerly|née|born|also\s+known\s+as|a\.k\.a\.?|aka)\s+$", run.before)
        and people.find(name) is None
    ):
        return True  # "his sister Sayo, formerly Princess Nira,": her earlier name, no second person
    if (
        len(name_tokens) == 1
        and run.run_start != run.start
        and people.find(name) is None
        and not (run.title or run.appos)
    ):
        return True  # a word left over after an organisation ("Project on Government | Oversight")
    if (
        len(name_tokens) == 1
        and name.endswith("ing")
        and not sentence.text[: run.start].strip(" \"'“‘–-")
        and name.lower() in common_words()
        and people.find(name) is None
    ):
        return True  # "Bringing the owner of X to court ...": a gerund opening the sentence, no name
    if len(name_tokens) == 1 and people.find(name) is None:
        if (
            (name in sentence.places and not run.reclaim and not titled_place(sentence, run))
            or is_role_noun(name)
            or name.lower() in sentence.lowercase_words
        ):
            return True
        # "Mbeki said": a nationality word never speaks alone
        if is_nationality(name) and not (run.title and any(is_title(t) for t in run.title)) and not run.spoke:
            return True  # "Danish", but "Pope Francis", "King Charles" have a title
        if name.endswith("s") and PEOPLE_WORD.match(name) and not run.title:
            return True  # "Algerians tweeted", "Koreans said": a people speaks, no one person
        plural = re.match(r",?\s+who\s+(?:are|were|have|do|[a-z]+[^\Ws])\b(?<!ed)", run.after)
        if name.endswith("s") and not name.endswith("ss") and plural and not run.title and not one_of_ours(name):
            return True  # "a bunch of moral Zealots who accuse ...": a plural, its verb agrees with many
        if len(run.title) == 1 and run.title[0].endswith("s") and is_role_noun(run.title[0][:-1]):
            return True  # "Bloggers Respond to ...": a plural role leads a list of names, not one word
    last = name_tokens[-1]
    if (
        len(name_tokens) >= 2
        and last.endswith("s")
        and not last.endswith("ss")
        and is_person_noun(last[:-1].lower())
        and not is_family_name(last)
        and people.find(name) is None
    ):
        return True  # "Northgate Couriers", "Harbour Builders": a firm named by the people who work in it
    if is_nationality_phrase(name_tokens) and people.find(name) is None:
        return True  # "Costa Rican", "Sri Lankan": a two-word place's people
    # "Malawian Economist observed", "Kenya Updates tweeted": a blog's or account's name
    return _described_like_a_name(name_tokens, sentence.places) and people.find(name) is None and not run.title


def one_of_ours(word: str) -> bool:
    """A known given or family name (the name lists), whatever its ending."""
    given, family = person_names()
    return word in given or word in family


def _inside_a_quoted_title(run: Run) -> bool:
    """Whether the run ends a short name in quote marks that opens with other capitalised words ("'Lights of the
    Harbour Tour'", '"Songs of the Long Road"'): a title, not a person (no comma inside: not a quotation)."""
    opening = re.search(r"(?:^|\s)(['‘\"“])([A-Z][^'‘’\"“”,.;:!?]{0,40}\s)$", run.before)
    closing = re.match(r"([^'‘’\"“”,.;:!?]{0,30})['’\"”](?![\w])", run.after)
    glued = run.name_tokens[-1].endswith(("'", "’")) and not re.match(r"\w", run.after)  # "Tour'": taken with it
    if opening is None or not (closing or glued):
        return False
    rest = closing.group(1) if closing else ""
    return len((opening.group(2) + run.name + rest).split()) <= 6


def _described_like_a_name(tokens: list[str], places: frozenset[str]) -> bool:
    """Whether two capitalised words are a place or a nationality and then a noun for a person or a feed,
    none of them a known given or family name: the pen name of a blog or an account ("Malawian Economist",
    "Kenya Updates"), not a person's name."""
    if len(tokens) != 2:
        return False
    given, family = person_names()
    first, last = tokens[0], strip_possessive(tokens[1])
    return (
        (first in places or bool(PEOPLE_WORD.match(first)))
        and first not in given
        and last not in given
        and last not in family
        and (is_person_noun(last.lower()) or last.lower() in _MEDIA_NAME_WORDS)
    )

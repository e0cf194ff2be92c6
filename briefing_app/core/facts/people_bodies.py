"""One capitalised word the article treats as a body (a company, an agency), not a person: what news copy
writes of a firm and never of a person (", which owns", "said in a statement that its", "the operator of the
line", "Acme chief executive Jane Roe"). Read by `people_evidence` before any evidence of a person."""

from __future__ import annotations

import functools
import re

from briefing_app.core.facts.body_cues import BODY_MEMBERS, alternation
from briefing_app.core.facts.gated import search_from
from briefing_app.core.facts.gazetteer import person_names
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.org_kinds import firm_kind_before
from briefing_app.core.facts.orgs import EN_TAIL
from briefing_app.core.facts.people_he_bodies import drop_people_named_as_bodies_he
from briefing_app.core.facts.people_index import strip_possessive
from briefing_app.core.facts.people_runs import Run, Sentence
from briefing_app.core.facts.roles import is_role_noun

_BODY_MEMBERS = alternation(BODY_MEMBERS)


# Agent nouns of trade that an apposition gives a firm, not a person: "Acme, the country's largest carrier".
_BUSINESS_AGENTS = (
    r"operators?|manufacturers?|carriers?|suppliers?|retailers?|distributors?|providers?|lenders?|insurers?|"
    r"makers?|developers?|publishers?|exporters?|importers?|airlines?|chains?|conglomerates?|miners?|refiners?|"
    r"utilit(?:y|ies)|brewers?|automakers?|carmakers?|drugmakers?|giants?|firms?|companies|company|rivals?|"
    r"subsidiar(?:y|ies)|parent"
)


# A body's place in another: "X is a unit of Y", "X, a division of Y", "X became a subsidiary of Y".
_PART_OF_A_FIRM = re.compile(
    r"(?:,|\s+(?:is|was|became|remains|has\s+been)(?:\s+now)?)\s+(?:now\s+)?(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}"
    r"(?:unit|units|subsidiary|division|affiliate|imprint)\s+(?:of|at)\s+[A-Z]"
)


# What may stand between a speech verb and the body's own "its": "said in a statement that its ...".
_STATEMENT_OPENING = (
    r"(?:\s+(?:in\s+a\s+(?:statement|press\s+release|filing|letter|note)|on\s+[A-Z][a-z]+day|yesterday|today|"
    r"earlier|late\s+[a-z]+|last\s+(?:week|month|year)))*,?(?:\s+that)?\s+its\b"
)


def acts_as_a_body(sentence: Sentence, run: Run) -> bool:
    """One capitalised word the article treats as a body, not a person: ", which owns ..." (a person is
    "who"), "said in a statement that its ..." (a person is "his" or "her"), or the article writes it before
    what only a body has ("Acme chief executive Jane Roe", "Acme employees"). A word the article also names
    as a person ("Jane Acme") or gives a title is left to the other evidence."""
    if len(run.name_tokens) != 1 or run.title or sentence.people.find(run.name) is not None or sentence.lang != "en":
        return False
    after, name = run.after, strip_possessive(run.name)
    if re.match(r",\s+(?:which|whose\s+(?:shares|stock|profits?|revenues?|customers))\b", after):
        return True
    if firm_kind_before(run.before):
        return True  # "mortgage lender Kessby said": one word after a kind only a business is names the firm
    if re.match(rf"\s+(?:{sentence.verbs}){_STATEMENT_OPENING}", after):
        return True
    bodies, named = _body_words(sentence.article_texts)
    if name in named:
        return False  # "Jane Acme" elsewhere: the word is her family name
    if re.match(rf",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}(?:{_BUSINESS_AGENTS})\b", after):
        return True  # "Acme, the operator of the line,": what a firm is to its trade
    if _PART_OF_A_FIRM.match(after):
        return True  # "Kessby is a unit of Acme Corp": only a body is another body's unit
    return name in bodies


# A word that opens a firm's or agency's full name ("Roscosmos Space Agency", "Kessby Motor Company"): where the
# article writes the word alone ("Roscosmos said"), it is that body.
_OPENS_A_FIRMS_NAME = re.compile(
    r"(?<![\w'’.-])(?:The\s+)?([A-Z][\w-]*)(?:\s+[A-Z][\w-]*){0,2}\s+"
    r"(?:Agency|Corporation|Corp|Company|Inc|Ltd|Plc|PLC|Group|Holdings|Airlines|Airways|Motors|Industries|"
    r"Technologies|Pharmaceuticals|Telecom|Energy|Petroleum)\b"
)


# A side's staff after its name, with no possessive: "Swifts stand-in coach Jane Roe", "Kessby manager Max Holm"
# (a player's own coach takes the possessive, "Roe's coach", and stays a person's).
_TEAMS_STAFF = re.compile(
    r"(?<![\w'’-])([A-Z][\w-]*)\s+(?:(?:stand-in|interim|caretaker|assistant|head)\s+)?(?:coach|manager)\s+[A-Z]"
)


@functools.lru_cache(maxsize=8)
def _body_words(texts: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The article's capitalised words written before what only a body has ("Acme chief executive", "Acme's
    shareholders"), and those written after a given name ("Jane Acme"): read once per article."""
    joined = "\n".join(texts)
    bodies = frozenset(
        m.group(1) for m in re.finditer(rf"(?<![\w-])([A-Z][\w-]*)(?:['’]s)?\s+(?:{_BODY_MEMBERS})\b", joined)
    ) | frozenset(m.group(1) for m in _OPENS_A_FIRMS_NAME.finditer(joined)) | frozenset(
        m.group(1) for m in _TEAMS_STAFF.finditer(joined)
    )
    given = person_names()[0]
    named = frozenset(
        m.group(2)
        for m in re.finditer(r"\b([A-Z][\w'’-]+)\s+(?:[A-Z]\.\s+)?(?=([A-Z][\w-]*))", joined)
        if m.group(1) in given and m.group(1) not in ("The", "A", "An")  # (the lists hold "The" as a given name)
    )
    return bodies, named


_LEGAL_FORMS = frozenset(
    {"Limited", "Ltd", "Inc", "Incorporated", "LLC", "LLP", "plc", "PLC", "Corp", "AG", "SA", "GmbH"}
)


# Last words of a firm's name that end no person's name: a legal form or a trade in the plural ("Acme Pictures").
_FIRMS_LAST_WORDS = _LEGAL_FORMS | {
    "Co", "Company", "Corporation", "Holdings", "Pictures", "Studios", "Records", "Entertainment", "Airlines",
    "Airways", "Industries", "Technologies", "Pharmaceuticals", "Securities", "Ventures", "Brands", "Foods", "Stores",
}  # fmt: skip


def drop_people_named_as_bodies(people: list[Fact], named: list[Fact], language: str) -> list[Fact]:
    """The people, less those whose whole name an organisation finder found as an organisation in the same article
    ("Acme Holt ... by Acme Holt in Kessby, Nebraska"): the shapes of a body are surer than those of a person's name
    (on the dev articles, every such name was a body's)."""
    if language == "he":
        return drop_people_named_as_bodies_he(people, named)  # people_he_bodies: "סיעת X", 'בג"ץ X'
    if language != "en":
        return people  # (Danish weighs its tagger's bodies against people itself: `tagger_checks_da`)
    bodies = {f.text for f in named if f.kind == "organisation"}
    # The first word of a firm named "X Foods", "X Group" (a body's last word after it), said alone ("Halmont Foods
    # ... joined Halmont from Y"): the firm's short name, when the article gives the "person" no other name and no
    # role but a body it is "from" or "at".
    # (a firm's legal form may follow its trade: "Harwin Partners Limited ... acquired by Harwin")
    firms = {
        f.text.split()[0]
        for f in named
        if f.kind == "organisation"
        and (
            (len(f.text.split()) == 2 and f.text.split()[1] in EN_TAIL)
            or (len(f.text.split()) == 3 and f.text.split()[2].rstrip(".") in _LEGAL_FORMS)
        )
    }
    return [
        p
        for p in people
        if p.text not in bodies
        and not (p.text in firms and (p.role is None or re.match(r"(?:from|at|of)\s", p.role)))
    ]


# A one-word name as the subject of a plural verb: "Weezer are touring", "Kessby have signed" (not the last of a
# list, "Roe and Doe were"; not after a quantity or an article).
_PLURAL_SUBJECT = (
    r"(?<![\w'’-])(?<!\band\s)(?<!&\s)(?<!,\s)(?<!\bthe\s)(?<!\bThe\s){}\s+"
    r"(?:are|were|have\s+(?:been|announced|signed|released|confirmed|said))\b"
)


def groups_named_as_people(people: list[Fact], texts: list[str], language: str) -> tuple[list[Fact], list[Fact]]:
    """The people less the one-word names the article makes the subject of a plural verb, as British copy writes a
    band, a club or a firm ("Weezer are hitting the road"); those come back as organisations. A person is never
    "are"; a known given name is left alone ("Lee are" is no English)."""
    if language != "en":
        return people, []
    whole = "\n".join(texts)
    given = person_names()[0]
    keep: list[Fact] = []
    bodies: list[Fact] = []
    held = {name for m in _HOLDS.finditer(whole) for name in _LIST_SPLIT.split(m.group(1))}
    for p in people:
        if " " in p.text and p.text.split()[-1].rstrip(".") in _FIRMS_LAST_WORDS:
            # "General Electric Co", "distributor Warner Bros Pictures said": a firm, whatever title or role opens it
            # (a capitalised "title" read off its first word is the firm's: "General")
            titled = f"{p.role} {p.text}" if p.role and re.fullmatch(r"[A-Z][a-z]+", p.role) else None
            name = titled if titled and titled in whole else p.text
            bodies.append(Fact("organisation", name, p.sentence, sentences=list(p.sentences)))
            continue
        plural = " " not in p.text and p.text not in given and p.role is None
        if plural and search_from(p.text, _PLURAL_SUBJECT.format(re.escape(p.text)), whole):  # (the name first)
            bodies.append(Fact("organisation", p.text, p.sentence, sentences=list(p.sentences)))
            continue
        if p.role is None and search_from(p.text, rf"(?<![\w'’-]){re.escape(p.text)}\s+residents?\b", whole):
            continue  # "One Kestrel Row resident said": the place its people live in (the place finder reads it)
        if _trade_plural_before(p, whole, given):
            bodies.append(Fact("organisation", p.text, p.sentence, sentences=list(p.sentences)))
            continue  # "management consultants Quarles": a firm hired, named after its staff's trade
        if p.role is None and p.text in held:
            bodies.append(Fact("organisation", p.text, p.sentence, sentences=list(p.sentences)))
            continue  # "the company that operates Rosa Vane, Bella Marsh and X": chains and brands, no people
        keep.append(p)
    return keep, bodies


# A one-word name right after its "role", then no other name joined to it ("brokers Quarles and Vane" may be two
# people, as "Props Jo Roe and Al Doe" are).
_NO_LIST_AFTER = r"(?![\w'’-])(?!,?\s+(?:and|&)\s+[A-Z])(?!,\s+[A-Z][\w'’-]*(?:,|\s+(?:and|&)\s))"


def _trade_plural_before(person: Fact, whole: str, given: frozenset[str]) -> bool:
    """Whether the person's "role" is a plural of a trade written right before a one-word name, as British business
    copy names a firm by what its staff do ("management consultants Quarles", "stockbrokers Vane", "accountants
    Harlow"): one person is never "consultants". A given name, or a name listed with others, stays a person."""
    role, name = person.role or "", person.text
    if _trade_plural_after_preposition(name, whole):
        return True
    last = role.split()[-1] if role.split() else ""
    # (two words whose first is no given name, as "Box office analysts Exhibitor Data said": a firm's two-word name)
    two = len(name.split()) == 2 and name.split()[0] not in given and all(w[:1].isupper() for w in name.split())
    if (" " in name and not two) or name in given or not last.endswith("s") or last[:1].isupper():
        return False
    if not (is_role_noun(last[:-1]) or (last.endswith("ies") and is_role_noun(last[:-3] + "y"))):
        return False  # ("consultants", "brokers", "secretaries"; not "boss", "business")
    return re.search(rf"(?<![\w'’-]){re.escape(role)}\s+{re.escape(name)}{_NO_LIST_AFTER}", whole) is not None


# "an analyst at brokers Pelling Hughes", "Derek Mallam of stockbrokers Fenwick Crabbe": a two-word name right after a
# preposition and a plural of a trade; a person is never "at brokers" or "of accountants", even when the firm's first
# word is a given name ("at brokers Seymour Pierce"). Kin are no trade ("with sons Jack Roe"); the trade follows
# the preposition at once ("one of frontline players James Franklin" is a person).
_TRADE_AFTER_PREPOSITION = r"(?<![\w'’-])(?:at|of|from|with|by|for)\s+([a-z]+s)\s+{}"
# The singular as BBC business copy writes it after a job and "at": "head of equities at broker Fenwick Dale" (a
# person is not "at broker X"; other singular trades after "at" may be a person's: "a swipe at chancellor X").
_BROKER_AT = r"(?<![\w'’-])at\s+(?:stock)?broker\s+{}"
_KIN = frozenset({"son", "daughter", "brother", "sister", "child", "parent", "cousin", "grandson", "granddaughter"})


def _trade_plural_after_preposition(name: str, whole: str) -> bool:
    """Whether a two-word name is written right after "at/of/from... <trade>s" (the firm's staff named by trade)."""
    if len(name.split()) != 2 or not all(w[:1].isupper() for w in name.split()):
        return False
    pattern = _TRADE_AFTER_PREPOSITION.format(re.escape(name)) + _NO_LIST_AFTER
    if re.search(_BROKER_AT.format(re.escape(name)) + _NO_LIST_AFTER, whole):
        return True
    for m in re.finditer(pattern, whole):
        plural = m.group(1)
        single = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]
        single = re.sub(r"^stock(?=broker$)", "", single)
        if single not in _KIN and is_role_noun(single):
            return True
    return False


# What a firm holds or runs, named in a list after a verb of owning ("operates X, Y and Z", "the owner of X and Y"):
# chains, brands and firms, never people (a person is run for office, not "operated"; "ran" is left out).
_NAME = r"[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}"
_HOLDS = re.compile(
    r"\b(?:operates|operated|owns|owned|acquired|(?:owner|operator|parent(?:\s+company)?)\s+of)\s+"
    rf"((?:{_NAME},\s+)*{_NAME}(?:,?\s+and\s+{_NAME})?)(?=[,.;:)]|\s+[a-z]|$)"
)
_LIST_SPLIT = re.compile(r",?\s+and\s+|,\s+")

"""The English entity tagger's say on names the rules found, beyond one-word people (`entity_tagger.py`).

The rules know names by lists and shapes; the tagger (`entity_tagger.py`) knows how names are used. Where the
tagger is clearly sure and the rules are not backed by a list, its word is taken:
* a person of several words that the tagger tags whole as an organisation, and never as a person ("Harbour
  Radio reported ...": a station, though both words could be a name);
* a one-word organisation the tagger calls a person in every sentence naming it ("Okonkwo said ..." when the
  rules took a repeated surname for a brand).
Each is asked only about the runs of capitalised words that hold the name, so it costs little. Tried and left
out (it lowered the dev articles' organisations): adding, as organisations, runs of capitalised words no rule
took that the tagger tags as one with a wide margin.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.body_cues import BODY_AFTER_NAME, BODY_MEMBERS, alternation
from briefing_app.core.facts.entity_tagger import CLEAR_MARGIN, TYPES, tag_sentence
from briefing_app.core.facts.gazetteer import lookup, person_names
from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.named import Named
from briefing_app.core.facts.org_acts_en import named_as_act
from briefing_app.core.facts.org_business import FIRM_OWNS, TICKER
from briefing_app.core.facts.org_intercapped import intercapped_names
from briefing_app.core.facts.org_kinds import (
    AMBIGUOUS_KINDS,
    APPOSED_CLOSED,
    APPOSED_RELATIVE,
    EN_DESCRIPTORS,
    firm_maker,
)
from briefing_app.core.facts.people_appositions import ranked_player
from briefing_app.core.facts.people_roles import is_job, is_title
from briefing_app.core.facts.roles import is_person_noun, is_role_noun

_MENTIONS = 3  # the first mentions say enough, and tagging every one of a much-named word costs time


def _title_word(word: str) -> bool:
    """A title or a job written capitalised before a name ("Secretary", "Singer", "Actress"): the tagger often tags a
    sentence's opening job and the name after it whole as a body ("Singer Joss Roe has sold ...")."""
    return is_title(word) or (word[1:].islower() and is_role_noun(word.lower()))


def _votes(name: str, sentences: Sequence[str], titled: bool = False) -> dict[str, float]:
    """Per type, the tagger's margins summed over the first sentences naming `name`, for the tagged names that
    hold the whole of it (a person vote counts any tagged person sharing a word with it). With `titled`, a
    tagged name that holds a title or job word before `name` says nothing ("U.S. Secretary of State Jane Roe" tagged
    whole as a body: a title before a name)."""
    words = name.split()
    votes = {kind: 0.0 for kind in TYPES}
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    for sentence in [s for s in sentences if pattern.search(s)][:_MENTIONS]:
        for entity in tag_sentence(sentence, words[0]):
            found = pattern.search(entity.text)
            if entity.type == "PER" and (found or set(entity.text.split()) & set(words)):
                votes["PER"] += max(entity.margin, 1e-3)
            elif found and titled and any(_title_word(w) for w in entity.text[: found.start()].split()):
                continue
            elif found and re.match(r"\s+(?:and|&)\s", entity.text[found.end() :]):
                continue  # "Jane Roe and Plaid Cymru's Max Holm" tagged whole as a body: two names of a list joined
            elif found:
                votes[entity.type] += entity.margin
    return votes


_PEERS = {"Lord", "Lady", "Baroness", "Baron", "Viscount", "Viscountess", "Earl", "Countess", "Dame", "Sir"}


def drop_named_things(people: list[Fact], sentences: Sequence[SourceSentence], language: str) -> list[Fact]:
    """The English people facts without the names of several words the tagger clearly tags whole as an
    organisation, and never as a person. Not a place: the tagger takes unfamiliar foreign persons' names for
    places too often (tried on the dev articles: it lost three people for two wrong ones)."""
    if language != "en":
        return people
    texts = {s.index: s.text for s in sentences}
    out = []
    for person in people:
        if " " in person.text:
            votes = _votes(person.text, [texts.get(i, "") for i in person.sentences], titled=True)
            # (a role read from the words around and a given name first keep a person the tagger runs into the
            # body before it: "the head of the Harbour Council Jane Roe said")
            titled = bool(person.role) and person.text.split()[0] in person_names()[0]
            # (and a role only a person holds: "X Y, the fourth seed,", "X Y, a retired nurse,")
            titled = titled or _persons_role(person.role)
            peer = person.text.split()[0] in _PEERS  # "Lord Harkness": a peer goes by the title and a name
            if votes["PER"] == 0 and votes["ORG"] > CLEAR_MARGIN and not titled and not peer:
                continue
        if not person.role and person.text.split()[0] not in person_names()[0]:
            if any(_opens_with_which(person.text, texts.get(i, "")) for i in person.sentences):
                continue  # "Kessby Power, which maintains 300 miles of cable, said": a thing, not a person
        out.append(person)
    return out


def _persons_role(role: str | None) -> bool:
    """Whether a role is one only a person holds: a player's rank, or a job noun that names a person."""
    if not role:
        return False
    words = re.findall(r"[a-z][\w-]*", role)
    return ranked_player(role) or any(is_job(w) and is_person_noun(w) for w in words)


def _opens_with_which(name: str, sentence: str) -> bool:
    """Whether the sentence opens with the name and ", which": people take "who" ("a book by Jane Roe, which
    ..." is about the book, so only a name that is the sentence's subject counts)."""
    return sentence.lstrip("\"“‘'").startswith(f"{name}, which ")


def drop_people_as_organisations(named: Named, sentences: Sequence[SourceSentence], language: str) -> None:
    """Drop the one-word English organisations, not in the gazetteer, that the tagger clearly calls a person
    in the sentences naming them, and never an organisation."""
    if language != "en":
        return
    texts = {s.index: s.text for s in sentences}
    keep = []
    for fact in named.facts:
        if fact.kind == "organisation" and " " not in fact.text and lookup(fact.text) is None:
            votes = _votes(fact.text, [texts.get(i, "") for i in fact.sentences])
            person = votes["ORG"] == 0 and votes["LOC"] == 0 and votes["PER"] > CLEAR_MARGIN
            joined = _joined_to_an_organisation(fact, named.facts, texts)
            act = named_as_act(fact.text, [texts.get(i, "") for i in fact.sentences])  # "X were crowned"
            bodily = act or _has_body_members(fact, texts) or _coined_source(fact, texts)
            if person and not joined and not bodily:
                continue
        keep.append(fact)
    named.facts = keep


def _coined_source(fact: Fact, texts: dict[int, str]) -> bool:
    """Whether a sentence names `fact` as a coined word that reports or is reported by ("reported by NewsHub on
    Monday", "KTSoft's game"): no person's name has that shape, whatever the tagger reads (`org_intercapped`)."""
    return any(fact.text == word for i in fact.sentences for _, _, word in intercapped_names(texts.get(i, "")))


def has_body_members(fact: Fact, texts: dict[int, str]) -> bool:
    """Whether a sentence gives `fact` a member, a kind, a ticker or shares only a body has (see below)."""
    return _has_body_members(fact, texts)


def _has_body_members(fact: Fact, texts: dict[int, str]) -> bool:
    """Whether a sentence gives the name a member or part only a body has ("Orrin's chief technology officer",
    "the chairman of Orrin") or its kind right before it ("carmaker Orvel"): a company's name may look like a
    person's to the tagger."""
    name = re.escape(fact.text)
    members = alternation(BODY_MEMBERS)
    kinds = "|".join(w for w in EN_DESCRIPTORS if w.islower())
    pattern = re.compile(
        rf"(?<![\w-]){name}(?:['’]s)?\s+(?:(?:new|former|acting|interim|outgoing|incoming|joint)\s+)?(?:{members})(?![\w-])|\b(?:{members})\s+(?:of|at)\s+{name}(?![\w-])"
        # "carmaker Orvel", "Steelmaker Corlan cut jobs", "the airline Skyrun": its kind said right before it
        rf"|(?<![\w-])(?i:{kinds}|[a-z]+maker)\s+{name}(?![\w-])"
        # "Brennock's shares rose", "Brennock also raised its dividend": what a firm owns and earns
        rf"|(?<![\w-]){name}(?:['’]s\s+|\s+(?:also\s+|has\s+)?[a-z]+ed\s+its\s+){FIRM_OWNS}(?![\w-])"
        # "Brennock (BRN.L) fell": its stock-market ticker
        rf"|(?<![\w-]){name}{TICKER}"
        # "Brennock analysts wrote", "Brennock said its": a firm's analysts, a body that says "its"
        rf"|(?<![\w-]){name}\s+{BODY_AFTER_NAME}"
    )
    for i in fact.sentences:
        for m in pattern.finditer(texts.get(i, "")):
            kind = m.group(0).split()[0]
            if not kind.lower().endswith("maker") or firm_maker(kind):
                return True
        for m in re.finditer(rf"(?<![\w-]){name}(?![\w'’-])", texts.get(i, "")):
            apposed = APPOSED_CLOSED.match(texts[i], m.end()) or APPOSED_RELATIVE.match(texts[i], m.end())
            if apposed is not None and not apposed.group(0).rstrip(" ,;)").endswith(AMBIGUOUS_KINDS):
                return True  # "Brennby, the club with whom he spent a season": an apposition says what it is
    return False


def _joined_to_an_organisation(fact: Fact, facts: Sequence[Fact], texts: dict[int, str]) -> bool:
    """Whether a sentence joins the name by "and", "or" or a comma to another organisation ("bands such as X
    and Y"): words joined so are of one kind, whatever the tagger makes of how the name alone looks."""
    others = [f.text for f in facts if f.kind == "organisation" and f is not fact and f.text != fact.text]
    name = re.escape(fact.text)
    for i in fact.sentences:
        text = texts.get(i, "")
        if fact.text not in text:
            continue
        for other in others:
            if other not in text:
                continue  # (both names must stand in the sentence: test that before building a pattern for the
                # pair, or a long article with many bodies compiles one per pair, thousands of them)
            o = re.escape(other)
            if re.search(rf"(?<![\w-]){name}(?:,\s+|\s+(?:and|or)\s+)(?:the\s+)?{o}(?![\w-])", text) or re.search(
                rf"(?<![\w-]){o}(?:,\s+|,?\s+(?:and|or)\s+){name}(?![\w-])", text
            ):
                return True
    return False


def tagged_a_person(sentence: str, name: str) -> bool:
    """Whether the tagger tags `name` in `sentence` whole as a person with a clear margin: evidence for a name
    of two or three words that no name list knows ("Kwame Mensah met ...") and nothing around shows."""
    words = name.split()
    return any(e.type == "PER" and e.text == name and e.margin > CLEAR_MARGIN for e in tag_sentence(sentence, words[0]))

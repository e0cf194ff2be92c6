"""Speakers the article describes rather than names, and which named person such a description stands for.

* A role owned by a team, a town or a body ("The Harbour Rovers' fringe forward remarked", "siger Byens
  borgmester", "Acme's chief executive said") is a person the article has named: the one holding that role, else
  the one named most recently. The owner is no speaker (it is not "Acme" that speaks), and when the owner is a
  person of the article ("Roe's lawyer") the speaker is someone who works for them, as before.
* A spokesman, a lawyer or an aide speaks for someone else: "the company spokesman said" after the article named
  the company's chief executive is an unnamed spokesman, never the chief executive.
* A speaker named by a given name alone is a person; a Danish player described by club and a definite noun
  ("Odense-profilen") is the one named before the dash quote; the issuer of a document, and who "he" or "she" is
  when nobody of that sex was named before, are read here for `speakers.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from briefing_app.core.facts.gazetteer import lookup, person_names
from briefing_app.core.facts.people import Person
from briefing_app.core.facts.quote_cues import issuer
from briefing_app.core.facts.roles import is_person_noun, is_role_noun
from briefing_app.core.facts.speaker_clues import PASSED, PRONOUNS, role_noun, self_described_sexes, surname_subject
from briefing_app.core.facts.speaker_quoted_names import named_only_in_quotes

__all__ = ["agent_role", "kin_of_described", "owned_description", "owner_holder", "role_holder", "titled_before"]

# Roles of someone who speaks for another person or a body (English and Danish): never the one they speak for.
_AGENT = re.compile(
    r"(?:spokes(?:man|woman|person|people|men|women)|press\s*(?:officer|secretary)|representative|lawyer|attorney|"
    r"solicitor|aide|talsm[ae]nd|talskvinde|pressechef|pressemedarbejder|advokat|forsvarer)s?",
    re.IGNORECASE,
)

# "The Harbour Rovers' fringe forward", "Acme's chief executive", "Byens' borgmester", Danish "Venstres formand": a
# capitalised owner in the genitive and one to three lower-case words ending in a person noun.
_OWNED = re.compile(
    r"(?:[Tt]he\s+)?((?:[A-ZÆØÅ][\w-]*\s+){0,3}[A-ZÆØÅ][\w-]*?)(?:['’]s|s['’]|['’]|(?<=[a-zæøå]s)(?=\s))"
    r"\s+((?:[a-zæøå-]+\s+){0,2}[a-zæøå-]+)"
)


# Kin and companions: "The Frenchman's wife" is someone close to the one named, not that one described.
_KIN = re.compile(
    r"(?:wife|husband|partner|mother|father|son|daughter|brother|sister|family|friend|widow|widower|fiancée?|"
    r"girlfriend|boyfriend|parents?|children|child|kone|mand|mor|far|søn|datter|bror|søster|familie|ven|veninde)s?"
)


_KIN_OF_DESCRIBED_RE1 = re.compile(r"[Tt]he\s+(?:[a-z-]+\s+)?[A-Za-zÆØÅæøå][\w-]*['’]s\s+(\w+)")


def kin_of_described(mention: str) -> bool:
    """ "the Dane's wife", "the striker's father": kin of someone the article describes, who speaks for
    themself; never the one described, whatever role ("Dane", "striker") the people finder gave that one."""
    m = _KIN_OF_DESCRIBED_RE1.fullmatch(mention)
    return m is not None and _KIN.fullmatch(m.group(1).lower()) is not None


def agent_role(word: str) -> bool:
    """Whether `word` is the role of someone who speaks for another ("spokesman", "lawyer", "talsmand")."""
    return _AGENT.fullmatch(word) is not None


def owned_description(mention: str, people: Sequence[Person]) -> tuple[str, list[str]] | None:
    """(owner, role words) for a role owned by something that is no person of the article ("The Harbour Rovers'
    fringe forward" gives ("Harbour Rovers", ["fringe", "forward"])); None for anything else, for a role owned by a
    person ("Roe's lawyer") and for a role of someone who speaks for another ("Acme's spokesman")."""
    m = _OWNED.fullmatch(mention)
    if m is None:
        return None
    owner, words = m.group(1), m.group(2).split()
    if not is_person_noun(words[-1]) or agent_role(words[-1]) or _KIN.fullmatch(words[-1].lower()):
        return None
    if "'" not in mention and "’" not in mention and (mention[:4].lower() == "the " or len(owner.split()) > 1):
        return None  # ("Jane Roes datter", "The Times reporter": a bare genitive is one Danish word, a town's)
    if any(p.key and (p.key in owner.split() or p.name == owner) for p in people):
        return None  # "Roe's coach": someone close to Roe
    return owner, words


def owner_holder(owner: str, words: list[str], people: Sequence[Person], texts: dict[int, str],
                 sentence: int) -> Person | None:  # fmt: skip
    """The person named up to `sentence` whose role holds the description's role noun, the one named beside the
    owner if several ("borgmester i Sønderborg" and "I Horsens skal borgmester X": "Horsens' borgmester" is X),
    else the one named most recently; None when nobody's role holds it."""
    noun = words[-1].lower()[:5]
    holders = [p for p in people if p.role and noun in p.role.lower() and any(i <= sentence for i in p.sentences)]
    beside = [p for p in holders if any(owner.split()[-1] in texts.get(i, "") for i in p.sentences if i <= sentence)]
    pool = beside or holders
    return max(pool, key=lambda p: max(i for i in p.sentences if i <= sentence), default=None)


def role_holder(words: list[str], people: Sequence[Person], sentence: int) -> Person | None:
    """The person whose role holds every word of a role-only mention ("the harbour master", "the port
    spokesman", "the chief executive"), the one named most recently before `sentence`; None unless the
    mention is "the" and two or three lower-case words that end in a person noun."""
    if not (3 <= len(words) <= 4 and words[0].lower() == "the" and all(w.islower() for w in words[1:])):
        return None
    if not is_person_noun(words[-1]):
        return None
    described = [w.lower() for w in words[1:]]
    holders = [p for p in people if p.role and all(w in p.role.lower().split() for w in described)]
    return max(holders, key=lambda p: max((i for i in p.sentences if i <= sentence), default=-1), default=None)


# A word of a title written before a name: lower case ("reality star"), or an acronym of two to five capitals ("PCSO").
_TITLE_WORD = re.compile(r"[a-z][a-z'’-]*|[A-Z]{2,5}")


def titled_before(words: list[str], texts: dict[int, str], sentence: int,
                  in_text: Callable[[str], Person | None], people: Sequence[Person] = ()) -> Person | None:  # fmt: skip
    """The person the article named right after the words of a "the ..." mention, as a title before the name
    ("Reality star Kayla Moss", "darts champion Phil Garside": "the reality star", "the darts champion"), the
    one named so most recently up to `sentence`; None for any other mention. A sentence on the way back that names
    a holder of the role otherwise ("Prime Minister Ann Roe ... . Lee, the finance minister, said ... . "...," the
    minister said.") gives that holder: the one last spoken of, not the last one titled."""
    # (a title may be an acronym: "PCSO Ann Roe" ... "said the PCSO", "the CEO")
    if not (2 <= len(words) <= 4 and words[0].lower() == "the" and all(_TITLE_WORD.fullmatch(w) for w in words[1:])):
        return None
    spelt = r"\s+".join(re.escape(w) for w in words[1:])
    title = re.compile(rf"(?i:\b{spelt})\s+([A-Z][\w'’-]+)")
    for index in range(sentence, -1, -1):
        for m in reversed(list(title.finditer(texts.get(index, "")))):
            named = in_text(texts.get(index, "")[m.start(1) :])
            if named is not None and m.group(1) in (named.name.split()[0], named.key):
                return named
        text = texts.get(index, "")
        holders = [p for p in people if p.key and p.role and index in p.sentences and is_role_noun(words[-1])
                   and re.search(rf"\b{re.escape(words[-1].lower())}", p.role.lower())]  # fmt: skip
        holders = [p for p in holders if re.search(rf"\b{re.escape(p.key or '')}\b", text)]
        # (a holder named only inside a quote is spoken of: '"... our Chief Minister Ann Roe ...," he said.')
        holders = [p for p in holders if not named_only_in_quotes(text, p.key or "")]
        if holders and index < sentence:
            return max(holders, key=lambda p: text.rfind(p.key or ""))
    return None


def lone_given_name(mention: str) -> bool:
    """A speaker named by a given name alone ('"...," Nancy said.' after "Roe's neighbour, Nancy, saw ..."): a known
    given name that names no place or body but a town ("Nancy"), which speaks for nobody. Never a pronoun that is
    also a given name somewhere (Danish "Han har sendt et svar:" is "he", not a person called Han)."""
    return (
        re.fullmatch(r"[A-Z][a-z]{2,}", mention) is not None
        and mention.lower() not in PRONOUNS
        and mention in person_names()[0]
        and getattr(lookup(mention), "detail", "city") == "city"
    )


def sentences_naming(text: dict[int, str], word: str) -> set[int]:
    """The sentences of `text` where `word` stands as a word of its own."""
    return {i for i, t in text.items() if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", t)}


def club_described(mention: str) -> bool:
    """ "Odense-profilen", "Barcelona-stjernen": a Danish definite noun no role list holds, after a club or town and a
    hyphen; a player described, who is the one named before."""
    compound = re.fullmatch(r"[A-ZÆØÅ][\w.]*-([a-zæøå]{4,}(?:en|et))", mention)
    return compound is not None and not role_noun(compound.group(1))


_DASH_OPENING_RE1 = re.compile(r"\s*[–—-]\s")


def dash_opening(text: dict[int, str], sentence: int) -> int:
    """The first sentence of the Danish dash paragraph `sentence` ends (up to five back), else `sentence`: the
    names inside the quoted words are no antecedent of its speaker."""
    return next((i for i in range(sentence, max(sentence - 6, -1), -1) if _DASH_OPENING_RE1.match(text.get(i, ""))),
                sentence)  # fmt: skip


def issuer_before(sentences: dict[int, str], sentence: int) -> str | None:
    """Who issued, passed or released a document in the quote's sentence or the three before ("The council
    passed a resolution on Monday."), None when no sentence says so."""
    for index in range(sentence, max(sentence - 4, -1), -1):
        text = sentences.get(index, "")
        issued = issuer(text.rstrip(".") + " saying")
        passed = PASSED.match(text)
        if issued:
            return issued
        if passed is not None:
            return passed.group(1).split(", ")[-1].strip()  # ("Earlier, the council passed": after the lead-in)
    return None


def unlisted_or_later(speakers: Any, sentence: int, within: str, sex: str) -> Person | None:
    """Who "he" or "she" is when no one of that sex was named before: a family name alone opening the
    sentence or the one before as its subject, which the people finder did not know ("Hensley was
    delighted. "...," he said."), else the first person of that sex named in the next two sentences ('"...,"
    she said. Writer Holly Brandt was speaking at ...': the article names her after her words)."""
    bodies = [o.text for o in speakers.organisations]
    for text, index in ((within, sentence), (speakers.text.get(sentence - 1, ""), sentence - 1)):
        word = surname_subject(text, bodies)
        if word is not None and speakers.people.find(word) is None:
            added: Person = speakers.people.add(word, None, index)
            return added
    # (not one the article itself calls by the other pronoun: "Soever said he had met ...")
    described = self_described_sexes(tuple(speakers.text.values()))
    for index in (sentence + 1, sentence + 2):
        text = speakers.text.get(index, "")
        named = [p for p in speakers.people.people if index in p.sentences and speakers.sex(p) in ("", sex)]
        named = [p for p in named if described.get(p.key or "", sex) == sex]
        named = [p for p in named if sentence not in p.sentences and p.key and p.key in text]
        # (one the next sentence names only inside a quote is spoken of: 'He added: "For Tom Lee to ..."')
        named = [p for p in named if not named_only_in_quotes(text, p.key or "")]
        # (nor one a preposition governs, an object of the next sentence's verb: '..." he emphasized. The ministry
        # denied any role in the killing of Igor Krylov.')
        named = [p for p in named if not _GOVERNED_BEFORE.search(_before_name(text, p.key or ""))]
        if named:
            first: Person = min(named, key=lambda p: text.find(p.key or ""))
            return first
    return None


# A preposition right before a name (its given names and titles aside): the name is an object, not a subject.
_GOVERNED_BEFORE = re.compile(r"\b(?:of|to|for|with|against|by|from|about|on|at|in|into|over|under|than)\s+$")


def _before_name(text: str, key: str) -> str:
    """The text before the first mention of the family name `key`, less the capitalised words (given names, titles)
    that stand right before it."""
    at = text.find(key)
    return re.sub(r"(?:[A-Z][\w.'’-]*\s+)+$", "", text[:at]) if at >= 0 else text


"""Where an organisation starts inside a run of capitalised words that opens with something else: a person's title
or a document before "of the" ("Deputy Inspector of the X Navy", "the Rules of the X Council"), a law before the body
that made it ("an Act of Parliament"), the rest of "Secretary of State for ..." and its portfolio, or an owner in the
genitive ("the Government's High Court"). Used by `org_runs`."""

from __future__ import annotations

import re

from briefing_app.core.facts import orgs
from briefing_app.core.facts.gazetteer import names_a_place as is_place_name
from briefing_app.core.facts.roles import is_role_noun

# Tail words that are nouns for a body and never a word of a title ("Committee" in "X Committee Chairman").
BODY_NOUNS = {"Committee", "Council", "Board", "Commission", "Party", "Ministry", "Department", "Agency", "Bank",
              "Company", "Corporation", "Union", "Court", "Foundation", "Institute", "University", "Association",
              "Authority", "Bureau", "League", "Federation"}  # fmt: skip

# Laws named by the body that passes them ("an Act of Parliament", "an Act of Congress").
_LAWS = {"Act", "Acts", "Bill", "Bills", "Law", "Laws", "Ordinance", "Decree"}
# A body's documents: "the Rules of the X Council", "the Annual Report of the X Bank".
_DOCUMENTS = {"Regulations", "Rules", "Report", "Charter", "Statute", "Statutes", "Constitution", "Code", "Guidelines",
              "Bylaws", "Resolution", "Resolutions", "Manifesto", "Budget"}  # fmt: skip


# Words of a title that the job lists do not hold as heads ("Interim Chief Executive", "Boss of X Council").
_TITLE_WORDS = {"Interim", "Acting", "Deputy", "Vice", "Boss", "Head", "Former", "Senior", "Executive", "Chief"}


def title_of(words: list[str], before: str) -> int:
    """Where the body starts when a run opens with a person's title or a document and "of the" ("Deputy
    Inspector of the X Navy", "Candidate for Director of the X Agency", "Staff of the X Army" after "Chief of",
    "the Rules of the X Council"): the index after "of the", else 0. A body's word before
    "of" keeps the whole ("Museum of the X Union")."""
    at = next((i for i in range(1, len(words) - 2) if words[i] == "of" and words[i + 1] == "the"), 0)
    if not at and len(words) > 2 and words[0] in _LAWS and words[1] == "of":
        return 2  # "an Act of Parliament", "a Bill of the Senate": a law, then the body that made it
    if not at:
        # "Interim Chief Executive Boss of X Council": a title of several words, "of" and a body named without "the"
        of = next((i for i in range(2, len(words) - 1) if words[i] == "of"), 0)
        titled = of and all(is_role_noun(w.lower()) or w in _TITLE_WORDS for w in words[:of])
        if titled and any(w in orgs.EN_TAIL or w in orgs.EN_HEAD for w in words[of + 1 :]):
            return of + 1
        return 0
    staff = words[at - 1] == "Staff" and re.search(r"\bChief\s+of\s+$", " ".join([before, *words[: at - 1], ""]))
    title = is_role_noun(words[at - 1].lower()) or staff or words[at - 1] in _DOCUMENTS or words[at - 1] in _LAWS
    if not title or any(w in orgs.EN_TAIL or w in orgs.EN_HEAD for w in words[:at]):
        return 0
    return at + 2


# The title "Secretary of State" or "Minister of State" before its portfolio ("Secretary of State for Health").
_OF_STATE_BEFORE = re.compile(r"\b(?:Secretary|Minister|Secretaries|Ministers)\s+of\s+$")


def state_portfolio(words: list[str], before: str) -> int:
    """Where a body starts in a run that opens with the rest of a "Secretary of State for ..." title: after the
    portfolio's last "the" when a body's word ends the run ("State for Leaving the Customs Union": Customs
    Union), else past the run's end (a portfolio, no body: "State for Health", "State for Culture, Media and Sport"),
    0 when the run does not open so."""
    if words[:2] == ["State", "for"] and _OF_STATE_BEFORE.search(before):
        pass
    elif not (words[2:4] == ["State", "for"] and _OF_STATE_BEFORE.search(" ".join(words[:2]) + " ")):
        return 0
    at = max((i for i, w in enumerate(words) if w == "the"), default=0)
    if at and at + 1 < len(words) and words[-1] in BODY_NOUNS | {"Office", "Service", "Nations", "Union"}:
        return at + 1
    return len(words)


def owner_inside(words: list[str]) -> int:
    """Where a body starts after its owner in the genitive inside a run: the owner a body's kind or a place
    ("the Government's High Court", "Ruritania's Electoral Commission"), else 0; a possessive that is a word of
    the name stays ("Queen's University", "UN Children's Fund", "St Mary's Hospital")."""
    for i, w in enumerate(words[:-1]):
        m = re.fullmatch(r"([A-Z][\w-]+)['’]s", w)
        if m is None:
            continue
        base = m.group(1)
        if base in orgs.EN_TAIL or base in orgs.EN_HEAD or is_place_name(base):
            return i + 1 if len(words) - i - 1 >= 2 else 0
    return 0

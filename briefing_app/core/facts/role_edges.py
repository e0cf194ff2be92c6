"""Where a role written next to a name stops. Government releases and wire copy string titles and names
together with little punctuation ("Jane Roe, Director of the Harbour Board and Max Holm attended"), and the
long names of the bodies a title is of hold "and" themselves ("Secretary of the Labor and Workforce
Development Agency"); these readers tell the two apart by the shape of what follows the "and": a second
person's name (a known given name and a capitalised word, perhaps after titles) or more of the body's name.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import person_names
from briefing_app.core.facts.name_words import LEADING_FUNCTION_WORDS
from briefing_app.core.facts.orgs import EN_TAIL
from briefing_app.core.facts.people_roles import is_title
from briefing_app.core.facts.roles import is_role_noun

_AND = {"and", "&", "plus"}
_BODY_WORDS = frozenset(EN_TAIL)


def coordinated_person_at(words: list[str]) -> int | None:
    """The index of the "and" in a role's words that joins a second person to the one the role belongs to:
    "Director of the Harbour Board and Max Holm" (3 words of the role, then "and" and a name), "... and
    Secretary Max Holm". A name followed by a possessive ("and Max Holm's mentor") is part of the role, and
    a capitalised run ending in a body's word ("and Grant Programs Office") is more of the body."""
    given = person_names()[0]
    for i, word in enumerate(words):
        if word not in _AND or i == 0:
            continue
        k = i + 1
        while k < len(words) and words[k][:1].isupper() and is_title(words[k]):
            k += 1  # "and Secretary Max Holm", "and Deputy Director Max Holm"
        if k + 1 >= len(words) or words[k] not in given or words[k].lower() in LEADING_FUNCTION_WORDS:
            continue
        run = [words[k]]
        for w in words[k + 1 :]:
            if not w[:1].isupper():
                break
            run.append(w)
        if len(run) < 2 or len(run) > 4:
            continue
        last = run[-1].rstrip(".,;:")
        if re.search(r"['’]s?$", last) or last in _BODY_WORDS or is_role_noun(last.lower()):
            continue
        return i
    return None


# The capitalised chain a title and the first part of its body's name make before an "and" that the name's
# own run starts after: "the Secretary of the Harbour Labor and [Workforce Development Agency Max Holm]".
_CHAIN_BEFORE_AND = re.compile(
    # (a portfolio may list its parts with commas: "Assistant Secretary for Oceans, Environment and ...")
    r"((?:[A-Z][\w.'’-]*\s+)+(?:(?:(?:of|for|the|and|&)\s+)+(?:[A-Z][\w.'’-]*,?\s+)+)*)and\s+$"
)


def title_over_and(before: str, head: str) -> str | None:
    """The whole title when the capitalised words right before a name (`head`: "Workforce Development
    Agency") finish the name of a body whose first part, with its title, stands before an "and": "the
    Secretary of the Harbour Labor and Workforce Development Agency Max Holm". The chain must hold a title
    before its first "of" or "for" and no second person ("Minister of Finance Max Holm and ...")."""
    if any(is_title(w) for w in head.split()):
        return None  # "..., Director of the Harbour Board and Secretary Max Holm": Holm's own title
    m = _CHAIN_BEFORE_AND.search(before)
    if not m:
        return None
    chain = m.group(1).split()
    chain = chain[1:] if chain[0] in ("The", "A", "An") else chain
    link = next((i for i, w in enumerate(chain) if w in ("of", "for")), None)
    if link is None or link == 0 or link + 1 >= len(chain):
        return None
    if not any(is_title(w) or is_role_noun(w.lower()) for w in chain[:link]):
        return None
    given = person_names()[0]
    if any(
        w in given and w.lower() not in LEADING_FUNCTION_WORDS and not is_title(w) and chain[k + 1][:1].isupper()
        for k, w in enumerate(chain[:-1])
    ):
        return None  # "Minister of Finance Max Holm and Deputy Minister Jane Roe": two people
    return " ".join([*chain, "and", head])


# A portfolio listed with commas: "Assistant Secretary for Oceans, Environment and Science".
_CAP_WORDS = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
_LISTED_PORTFOLIO = re.compile(
    rf",\s+((?:{_CAP_WORDS},\s+)*{_CAP_WORDS},?\s+(?:and|&)\s+{_CAP_WORDS})(?=\s*,|\s*\.|\s*$|\s+(?:said|says|told)\b)"
)


def listed_portfolio(after: str, role: str) -> str | None:
    """The whole title when the role set off after a name ends in "for" or "of" and one capitalised portfolio,
    and the commas after it go on with more of them and "and" ("Jane Roe, Assistant Secretary for Oceans,
    Environment and Science, said"): the commas list the portfolio, they do not close the apposition."""
    if not re.search(r"\b(?:for|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$", role):
        return None
    at = after.find(role)
    if at < 0:
        return None
    m = _LISTED_PORTFOLIO.match(after, at + len(role))
    if m is None or any(w in person_names()[0] for w in m.group(1).split()):
        return None  # (", Jane Roe and Max Holm": names, not portfolios)
    return f"{role}, {m.group(1)}"

"""A sentence before a quote whose subject is an office and no name: "The Taoiseach also confirmed that he had spoken
to finance minister Michael Noonan .... "I'm very happy with Michael Noonan ...," he said." The pronoun is the
office's holder (named before with that role, or further back), never the one the sentence names after its verb."""

from __future__ import annotations

import re

from briefing_app.core.facts.people_role_words import is_title
from briefing_app.core.facts.roles import is_role_noun

# "The Taoiseach also confirmed", "But the minister said", "The prime minister has insisted": "the", up to two words
# of the office and a finite verb.
_OFFICE_OPENING = re.compile(
    r"\W*(?:(?:But|And|Yet|However|Meanwhile|Later|Earlier),?\s+)?[Tt]he\s+((?:[A-Za-z-]{3,}\s+)??"
    r"(?!(?:also|then|later|again|has|had|have|was|is)\b)([A-Za-z-]{3,}))\s+"
    r"(?:(?:also|then|later|again|has|had|have|was|is)\s+)?(said|told|[a-z]{3,}(?:ed|s))\b"
)


def office_opening(text: str) -> str | None:
    """The office (its last word, lower case: "taoiseach", "minister") that opens `text` as the subject of its
    verb; None when the sentence opens otherwise or the noun is no office ("The company said", "The crowd cheered")."""
    m = _OFFICE_OPENING.match(text)
    if m is None:
        return None
    head = m.group(2)
    if head[:1].isupper() and not is_title(head):
        return None  # "The Guardian reported": a name
    return head.lower() if is_role_noun(head.lower()) or is_title(head) else None


# An office as the subject of a verb of saying, a relative clause between them: "The mayor, who visited the scene,
# said ...", "The prime minister told reporters ...".
# (British copy capitalises the office, "The First Minister has hailed the progress": a title in capitals, and a
# verb of judging what it speaks of, with its auxiliary)
_OFFICE_SAYING = re.compile(
    r"\W*(?:(?:But|And|Yet|However|Meanwhile|Later|Earlier),?\s+)?"
    r"([Tt]he\s+(?:[a-z-]{3,}\s+|[A-Z][a-z-]{2,}\s+)??([a-z-]{3,}|[A-Z][a-z-]{2,}))"
    r"(?:,\s+(?:who|whose)\s[^,\"“”]{3,120},)?\s+(?:(?:also|then|later|again)\s+)?(?:(?:has|have|had)\s+)?"
    r"(?:said|says|told|tells|added|warned|insisted|explained|stated|declared|announced|confirmed|hailed|welcomed|"
    r"praised|criticised|criticized|condemned|urged|defended|admitted|denied|revealed|stressed|acknowledged)\b"
)


def unheld_office_before(previous: str, roles: list[str], capitalised: bool = True) -> str | None:
    """The office ("the mayor") the sentence `previous` opens with as the subject of a verb of saying when no one
    the article names holds it (`roles`, the roles of its people): "The mayor said the town was in shock. "...,"
    she said." is the mayor, unnamed, not a councillor named before; None otherwise. An office in capitals ("The
    First Minister has hailed") counts only when `capitalised` (no one named before it)."""
    m = _OFFICE_SAYING.match(previous)
    if m is None or not (is_role_noun(m.group(2).lower()) or (m.group(2)[:1].isupper() and is_title(m.group(2)))):
        return None
    if m.group(2)[:1].isupper() and (not capitalised or not m.group(1).split()[1][:1].isupper()):
        # ("the new Minister": a title in capitals only with the words before it in capitals too, and only where the
        # article has named no one before: "Owen Garvey says ... . The Taoiseach also confirmed ...": Garvey)
        return None
    if any(m.group(2).lower() in role.lower() for role in roles):
        return None  # a holder the article names: the readers of roles resolve it
    return m.group(1)[:1].lower() + m.group(1)[1:]


# An office described at length as the subject, no name in the sentence: "Speaking to reporters on Saturday, the
# council's housing spokesperson said ...", "The party's deputy leader later told ...". A fronted participle clause
# may come first, an owner ("the council's") and up to two words of the office before its noun.
_DESCRIBED_OFFICE = re.compile(
    r"\W*(?:(?:Speaking|Talking|Writing|Asked|Responding|Replying)\b[^,\"“”]{3,80},\s+)?"
    r"[Tt]he\s+(?:[A-Za-z-]{3,}['’]s\s+)?(?:[A-Za-z0-9-]{2,}\s+){0,2}?([a-z-]{3,})\s+"
    r"(?:(?:also|then|later|again)\s+)?(?:(?:has|have|had)\s+)?(?:said|says|told|tells|added|insisted|explained)\b"
)


def described_office(text: str) -> str | None:
    """The office noun ("spokesperson") of a long description that is the subject of a verb of saying at the start
    of `text` ("Speaking on Saturday, the council's housing spokesperson said"); None otherwise."""
    m = _DESCRIBED_OFFICE.match(text)
    return m.group(1) if m and is_role_noun(m.group(1)) else None

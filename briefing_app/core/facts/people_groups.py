"""A group of people named by their role, then its members set off by commas or dashes: "Three opposition
leaders, Amir Tal, Rafi Dor and Eli Ben, were arrested", "Two of the journalists -- Hana Roe and Max Holm --
were charged", "One of the organisers – Lina Park – was held". The role is each member's, without the count.
Read by the list reader of `people` and by `people_evidence` for one member."""

from __future__ import annotations

import re

from briefing_app.core.facts.people_nationality import is_nationality
from briefing_app.core.facts.people_roles import COMMON_VERBS, NOT_A_ROLE_WORD, is_job
from briefing_app.core.facts.roles import is_person_noun, is_role_noun

_COUNT = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|\d+)"
_GROUP = re.compile(
    rf"(?:(?:the|these|those|all)\s+)?(?:{_COUNT}\s+(?:of\s+(?:the|his|her|their|its|our|these|those)\s+)?)?"
    r"((?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*?)s)",
    re.IGNORECASE,
)
# What sets the members off after the group: a comma, a dash (also two hyphens), a colon.
_SET_OFF = re.compile(r"(?:^|[.;:!?\"“]\s*|\s)([A-Za-z][^,.;:()\"“”–—]{2,60}?)\s*(?:,|:|--|[–—]|\s-)\s*$")
_SET_OFF_ENDS = (",", ":", "-", "–", "—")  # what _SET_OFF's text ends with, blanks aside: a cheap test first


def group_role(phrase: str) -> str | None:
    """The role a counted group of people is named by ("Three opposition leaders": "opposition leaders"; "one
    of the organisers": "organisers"), or None when the phrase names no people."""
    m = _GROUP.fullmatch(phrase.strip())
    if not m:
        return None
    words = m.group(1).split()
    head = m.group(2).lower()
    if not (is_role_noun(head) or is_person_noun(head) or (is_job(head) and is_person_noun(head))):
        return None
    if any(
        w.lower() in NOT_A_ROLE_WORD or w.lower() in COMMON_VERBS or not (w[:1].islower() or is_nationality(w))
        for w in words[:-1]
    ):
        return None  # "The police said the officers": a clause, not a group's name
    one = re.match(r"\s*one\s+of\s", phrase, re.IGNORECASE)
    return phrase.strip()[:1].lower() + phrase.strip()[1:] if one else m.group(1)  # "one of the organisers"


_GROUP_BEFORE_RE1 = re.compile(r"['‘’\"“”]")


def group_before(before: str, after: str = "") -> str | None:
    """The group's role when `before` (the text before a name or a list of names) ends with it and a comma,
    a dash or a colon. When the group ends a longer clause ("... between the government and some Hungarian
    'oligarchs' - A and B,"), the names must be set off after too (`after` opens with a comma or a dash)."""
    bare = _GROUP_BEFORE_RE1.sub("", before)  # "some 'oligarchs' -": a word in scare quotes is the word
    m = _SET_OFF.search(bare) if bare.rstrip()[-1:] in _SET_OFF_ENDS else None
    whole = group_role(m.group(1)) if m else None
    if whole or not m or not re.match(r"\s*(?:,|--|[–—]|-\s)", after):
        return whole
    words = m.group(1).split()
    if words and words[-1][:1].isupper():
        return None  # "The head coach of the Black Stars, X,": a capitalised plural ending the clause is a body's name
    return next((role for k in range(min(5, len(words)), 0, -1) if (role := group_role(" ".join(words[-k:])))), None)

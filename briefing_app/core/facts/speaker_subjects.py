"""Sentences whose subject is not named: a pronoun or a role description speaks or acts, and the names in the
sentence come after it, in its object, an appositive or a reported clause ("The government, she said, has set up a
committee with the Vice President, Ann Roe, as chair."; "The prime minister was convinced that Tom Lee ...").
Such a sentence passes on the antecedent of the pronoun; a later "she said" goes back past it.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.quote_words import verbs_of
from briefing_app.core.facts.roles import is_role_noun
from briefing_app.core.facts.speaker_clues import is_unnamed

__all__ = ["described_group", "group_before", "unnamed_subject_end"]

_PRONOUN = {"m": "he", "f": "she"}


def unnamed_subject_end(text: str, sex: str) -> int | None:
    """Where the unnamed subject of `text` and its verb end, when the subject is the pronoun of `sex` ("She
    said ...", "On Monday, she told ...", "The plan, she said, ...") or a definite role description ("The
    minister was ...", "The prime minister said that ..."); None when a name or anything else is the subject."""
    pronoun = _PRONOUN.get(sex)
    if pronoun is not None:
        opening = re.match(rf"(?:[A-Z][^,\"“”]{{0,40}},\s+)?{pronoun}\s+[a-z]{{2,}}\b", text, re.IGNORECASE)
        if opening is not None:
            return opening.end()
        aside = re.match(rf"[^,\"“”]{{2,80}},\s+{pronoun}\s+(?:{verbs_of('en')}),", text)
        if aside is not None:
            return aside.end()
    described = re.match(
        r"(?:The|This|That)\s+((?:[a-z-]+\s+){0,2}[a-z]+)\s+(?:was|is|had|has|said|says|told|added|insisted|"
        r"stressed|argued|believed|believes|thought|thinks)\b",
        text,
    )
    if described is not None and is_role_noun(described.group(1).split()[-1]):
        return described.end()
    return None


_COLLECTIVE = r"group|coalition|alliance|panel|bloc|caucus|delegation|consortium|team"
# "A bipartisan group of senators", "a coalition of local charities": a group the article describes, not names.
_DESCRIBED_GROUP = re.compile(
    rf"\b[Aa]n?\s+((?:[a-z-]+\s+){{0,2}}(?:{_COLLECTIVE})\s+of\s+(?:[a-z-]+\s+){{0,2}}[a-z-]+s)\b"
)


def described_group(mention: str, texts: dict[int, str], sentence: int, bodies: list[str]) -> str | None:
    """The group described a few sentences before that "the group said" or "they wrote" stands for ("A
    bipartisan group of senators issued a statement. "...," the group said."): None when a body the article
    names holds the noun ("the group" for "Acme Group") or no sentence describes such a group."""
    noun = re.fullmatch(rf"[Tt]he\s+(?:[a-z-]+\s+)?({_COLLECTIVE})", mention)
    if noun is None and mention.lower() != "they":
        return None
    if noun is not None and any(noun.group(1) in body.lower() for body in bodies):
        return None
    for index in range(sentence, max(sentence - 5, -1), -1):
        found = _DESCRIBED_GROUP.search(texts.get(index, ""))
        if found is not None and (noun is None or noun.group(1) in found.group(1)):
            return f"the {found.group(1)}"
    return None


def group_before(texts: dict[int, str], sentence: int, within: str) -> str | None:
    """The group that is the subject of the clause so far or of the sentence before ("Residents said ...",
    "Local officials were angry", "Beboerne siger ..."), for a plural pronoun."""
    for text in (within, texts.get(sentence - 1, "")):
        m = re.match(r"\W*(?:(?:the|many|some|local|angry|several|other)\s+)*([a-zæøå]+(?:\s+[a-zæøå]+)?)\b",
                     text.lower())  # fmt: skip
        words = m.group(1).split() if m else []
        for n in (2, 1):
            if len(words) >= n and is_unnamed(" ".join(words[:n])):
                return " ".join(words[:n])
    return None

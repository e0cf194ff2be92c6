"""Sentences whose subject is not named: a pronoun or a role description speaks or acts, and the names in the
sentence come after it, in its object, an appositive or a reported clause ("The government, she said, has set up a
committee with the Vice President, Ann Roe, as chair."; "The prime minister was convinced that Tom Lee ...").
Such a sentence passes on the antecedent of the pronoun; a later "she said" goes back past it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.people import Person
from briefing_app.core.facts.quote_words import LEAD_IN, NAME, verbs_of
from briefing_app.core.facts.roles import is_person_noun, is_role_noun
from briefing_app.core.facts.speaker_clues import DESCRIPTION_HEAD, is_unnamed

__all__ = [
    "appositive_name",
    "described_group",
    "group_before",
    "misspelt_surname",
    "unnamed_subject_end",
]

_PRONOUN = {"m": "he", "f": "she"}
# Irregular pasts a described subject's verb may be, as well as the regular "-ed" ones ("The winger took issue
# with X", "The 30-year-old made it clear that Y ..."): the names after them are spoken of.
_IRREGULAR_PASTS = (
    "fell|rose|went|came|took|gave|won|lost|ran|saw|sought|fought|stood|began|became|broke|chose|drew|knew|met|"
    "spoke|threw|wrote|made|kept|left|brought|sent|paid|held|led|felt|found|got|heard|meant|sold|struck|caught"
)
_PRONOUN_DA = {"m": "han", "f": "hun"}


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
    # ('“...,” siger han og tilføjer, at de talte med borgmester X': a quote that the pronoun of `sex` attributes
    # after the Danish verb, then what the speaker went on to report; the names in the report are spoken of)
    danish = _PRONOUN_DA.get(sex)
    quoted_then_said = rf"\W?[^\"“”»«]{{3,}}[\"”«»]\s*,?\s*(?:{verbs_of('da')})\s+{danish}\b"
    attributed = re.match(quoted_then_said, text) if danish else None
    if attributed is not None:
        return attributed.end()
    # (a team or a country may qualify the role, an adverb stand before the verb, and any verb in the past follow:
    # "The former Harbour City coach also expressed delight with X")
    described = re.match(
        r"(?:The|This|That)\s+((?:[a-z-]+\s+|[A-Z][\w-]+\s+(?=[a-z])){0,3}?[a-z]+)\s+(?:(?:also|then|later|[a-z]{3,}ly)\s+)?"
        r"(?:was|is|had|has|said|says|told|added|insisted|stressed|argued|believed|believes|thought|thinks|"
        rf"{_IRREGULAR_PASTS}|[a-z]{{3,}}ed)\b",
        _titles_and_asides_masked(text),
    )
    if described is not None and _role_head(described.group(1).split()[-1]):
        return described.end()
    # (or a description sport and business copy calls someone already named by, an age or a nationality, with
    # the role noun it may take: "The 50-year-old was quick, however, to deny the suggestion Tom Lee could ...",
    # "The Spaniard later admitted Roe had ...": the names after it are spoken of)
    epithet = _EPITHET_SUBJECT.match(text)
    if epithet is not None:
        return epithet.end()
    return None


# Sport copy's words for a manager and a captain, which the role nouns leave out as too loose elsewhere ("a player
# has a boss"): "The Harbour boss pointed out that Roe's side ...", "The skipper admitted Roe ...": the description
# of the one named before is the subject, and the names after it are spoken of.
_SPORT_HEADS = frozenset({"boss", "skipper"})


def _role_head(word: str) -> bool:
    return word in _SPORT_HEADS or is_role_noun(word)


# A description of someone already named opening the sentence as its subject (after a "But" or "And"), then its
# verb; a noun of the description, an adverb, a "however" or a relative clause set off by commas may come between
# ("But the 32-year-old, who started four times for Ruritania, is keen ...").
_EPITHET_SUBJECT = re.compile(
    rf"(?:(?:But|And|Yet)\s+)?{DESCRIPTION_HEAD}(?:\s+[a-z-]+)?"
    r"(?:,\s+(?:however|though|meanwhile|who\s[^,;\"“”]{1,160}),)?\s+"
    r"(?:(?:also|then|later|still|[a-z]{3,}ly)\s+)?"
    rf"(?:was|is|had|has|said|says|told|added|insisted|stressed|argued|believed|believes|thought|thinks|"
    rf"{_IRREGULAR_PASTS}|[a-z]{{3,}}ed)\b"
)


def _titles_and_asides_masked(text: str) -> str:
    """`text` with a quoted title after its opening article read as one lower-case word and an aside in dashes
    blanked, offsets kept: "The 'Harbour Lights' star – who won for his role as X – thanked ..." is the star's
    sentence, whatever names the aside holds."""
    title = re.match(r"(?:The|This|That)\s+([‘'“\"][^’'”\"]{1,40}[’'”\"])\s", text)
    if title is not None:
        text = text[: title.start(1)] + "x" * len(title.group(1)) + text[title.end(1) :]
    aside = re.match(r"(?:The|This|That)\s+(?:\S+\s+){0,4}?\S+(\s[–—]\s[^–—\"“”]{1,160}?\s[–—])\s", text)
    if aside is not None:
        text = text[: aside.start(1)] + " " * len(aside.group(1)) + text[aside.end(1) :]
    return text


def in_subject_aside(text: str, at: int) -> bool:
    """Whether `at` falls in the dashes of an aside after a described subject ("The star – who won for his role as
    X – thanked ...": X is spoken of, the star is the subject)."""
    masked = _titles_and_asides_masked(text)
    return 0 <= at < len(masked) and masked[at] == " " and text[at] != " "


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


# "Tengeli's Sudanese counterpart, Deng Malor", "the company's chief executive, Ann Roe": a description ending in
# a noun for a person, then the name it describes in apposition.
_DESCRIBED_THEN_NAMED = re.compile(
    r"(?:[\w'’.-]+\s+){1,6}?([a-z-]+),\s+((?:[A-ZÆØÅ][\w'’-]+\s+){0,3}[A-ZÆØÅ][\w'’-]+)"
)


# An owner, the kin or job it owns and then the holder's name with no comma between: "Floyd's brother Philonise",
# "the victim's aunt Thea Brooks", "Acme's chief executive Jane Roe".
_OWNED_THEN_NAMED = re.compile(
    r"(?:(?:[A-ZÆØÅ][\w.-]*\s+){0,3}[A-ZÆØÅ][\w.-]*|the\s+[a-z-]+)['’]s?\s+(?:[a-z-]+\s+){0,2}([a-z-]+)\s+"
    r"((?:[A-ZÆØÅ][\w'’-]+\s+){0,2}[A-ZÆØÅ][\w'’-]+)"
)


# An employer or principal written before a job with no possessive, then the holder's full name: "Roe lawyer Jon
# Hale", "Roe press secretary Ann Lee", "former Roe adviser Ian Moss", "Roe campaign Chairman Tom Fry" (US copy).
# The job's words are nouns, never a verb ("Roe told host Ian Moss": Roe speaks to him).
_SAYING_EN = re.compile(rf"(?:{verbs_of('en')})")
# Who stands with someone without holding a job for them: "Roe ally Jon Hale", "Roe surrogate Ann Lee".
_ON_ONES_SIDE = frozenset("ally supporter backer surrogate donor confidant loyalist".split())
_JOINING = frozenset("and or nor but of for with to at by from in on as".split())
_EMPLOYER_THEN_NAMED = re.compile(
    r"(?:(?:[Ff]ormer|[Ll]ongtime|[Ss]enior|[Tt]hen)\s+)?(?:[A-Z][\w.-]*\s+){1,2}((?:[a-z-]+\s+){0,2})"
    r"([a-z-]+|[A-Z][a-z]+)\s+([A-Z][\w'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+)"
)


def _employer_then_named(mention: str) -> str | None:
    m = _EMPLOYER_THEN_NAMED.fullmatch(mention)
    if m is None or not (is_role_noun(m.group(2).lower()) or m.group(2) in _ON_ONES_SIDE):
        return None
    if any(_SAYING_EN.fullmatch(w) or w.endswith("ed") or w in _JOINING for w in m.group(1).split()):
        # ("Roe told host Ian Moss", "Roe praised aide Ian Moss": the owner speaks, of the holder; "Ann Roe and
        # husband Tom Roe": both speak)
        return None
    return m.group(3)


def appositive_name(mention: str) -> str | None:
    """The name a speaker's description is set beside ("claimed X's counterpart, Deng Malor": Malor, not X; "said
    Floyd's daughter Gianna": Gianna, not Floyd, whom she is the daughter of; "Roe lawyer Jon Hale said": Hale, not
    Roe, whom he works for); None when the mention is not a description of a person followed by a name."""
    m = _DESCRIBED_THEN_NAMED.fullmatch(mention) or _OWNED_THEN_NAMED.fullmatch(mention)
    # ("counterpart", the one who holds the same office elsewhere, is no person noun of WordNet's)
    if m is not None and (is_person_noun(m.group(1)) or m.group(1) == "counterpart"):
        return m.group(2)
    return _employer_then_named(mention)


def _one_edit_apart(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def misspelt_surname(mention: str, people: Sequence[Person]) -> Person | None:
    """The one person whose family name a lone capitalised word misspells by one letter ("Petreus said" after
    "General Tom Petraeus"); only for names of six letters or more with the same first letter, and only when
    exactly one person fits."""
    if not re.fullmatch(r"[A-Z][a-z]{5,}", mention):
        return None
    fitting = [
        p for p in people if p.key and p.key[:1] == mention[:1] and len(p.key) >= 6 and _one_edit_apart(p.key, mention)
    ]
    return fitting[0] if len(fitting) == 1 else None


_CLIPPED_SURNAME_RE1 = re.compile(r"[A-Z][a-z]{2,4}")


def clipped_surname(mention: str, people: Sequence[Person]) -> Person | None:
    """The one person whose family name a lone capitalised word of three to five letters clips, as sport pages call
    a manager ("said Tis." after "manager Paul Tisdale"); None when no one or several fit, or when someone of the
    article has that word as given name."""
    if not _CLIPPED_SURNAME_RE1.fullmatch(mention):
        return None
    if any(p.name.split()[0] == mention for p in people if p.name.split()):
        return None
    fitting = [p for p in people if p.key and len(p.key) >= len(mention) + 3 and p.key.startswith(mention)]
    return fitting[0] if len(fitting) == 1 else None


# Capitalised words that open a sentence but start no name.
_NOT_OPENING = {"the", "a", "an", "another", "on", "in", "at", "by", "this", "that", "these", "those", "one", "some",
                "many", "for", "from", "with", "after", "before", "when", "while", "as", "if", "but", "and", "so",
                "our", "my", "his", "her", "their", "its", "den", "det", "de", "en", "et", "i", "på"}  # fmt: skip


# The subject opening a sentence, before its first verb: a name or pronoun, after a role it is set beside ("His mother,
# Ann Roe, spoke ...", "Roe, dressed in grey, spoke ...", "She spoke ..."); the verb is a lower-case word.
_OPENING_SUBJECT = re.compile(
    rf"(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|{NAME}['’]s?)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?,\s+)?"
    rf"((?!(?:The|His|Her|Their|An?|Its|This|That)\s){NAME}|[Hh]e|[Ss]he|[Tt]hey|[Hh]an|[Hh]un)"
    r"(?:,\s+[^,\"“”]{1,60},|(?<=[a-zæøå]),)?\s+(?:also\s+|then\s+|later\s+|så\s+)?"
    r"(?!(?:and|or|of|for|from|in|at|on|to|the|og|i|på|af|who|which|som|der)\b)[a-zæøå]{2,}\b"
)


def opening_subject(sentence: str) -> str | None:
    """The name or pronoun that opens `sentence` as its subject (see `_OPENING_SUBJECT`); None otherwise."""
    m = _OPENING_SUBJECT.match(LEAD_IN.sub("", sentence).lstrip())
    if m is None or m.group(1).split()[0].lower() in _NOT_OPENING:
        return None
    return m.group(1)

"""Political copy names a person in one sentence and calls them by their office in the next: "Jo Roe has rejected
the report ... | The treasurer has been answering questions ...", "Ann Lee lashed out at her rivals. | The Green
Alliance leader said ...". The office is the named person's role; without this they had none, and the office is the
only place the article gives it.

Read only where the shape leaves no doubt:
- the earlier sentence opens with the name of the one person it names, and that person has no role yet;
- the next sentence's subject, at its opening (after "But"/"And", or after a fronted phrase and its comma: "At a
  rally on Monday, the Reform leader attacked ..."), is "the" and a few words ending in a role noun, followed by a
  verb (or "and", a second subject: "The Prime Minister and her deputy are meeting ...");
- it names no person before that description;
- the earlier sentence does not itself speak of someone by that office ("Jo Roe met the minister. | The minister
  said ...": the minister is the other one);
- no one named before it holds an office of that noun (then "the minister" could be either; a shadow treasurer
  named later is no rival to "the treasurer" here);
- the noun is not one of the offices that report on a named person rather than being them ("Jo Roe, 32, died in
  hospital. | The coroner said ..."; "Jo Roe was arrested. | The officer said ...");
- the described subject is narration, not words inside a quote still open there ('Jo Roe: "We were in it. The
  young full-back hits a screamer. ..."': the full-back is someone the speaker talks about, never the speaker).
"""

from __future__ import annotations

import re

from briefing_app.core.facts.datelines import dateline_end
from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.roles import is_role_noun

# "The treasurer | has", "the Reform Leader | attacked", "The Green Alliance leader | said": "the", up to
# four words, the role noun, an age in brackets the tabloids add ("The Kessby-born folk singer (31) has"), then a
# finite verb (or "and", or "who" after a comma or dash). The words may be capitalised (a party's name) or not.
_DESCRIBED = re.compile(
    r"(?:But\s+|And\s+)?[Tt]he\s+(?P<role>(?:[\w'’.-]+\s+){0,4}?(?P<noun>[A-Za-z][\w-]*))(?:\s+\(\d{1,3}\))?"
    r"(?:\s+(?:has|had|was|is|will|would|could|can|also|today|yesterday|and|insisted|said|says|told|added|"
    r"[a-z]{2,}ed\b|[a-z]{2,}s\b)|\s*(?:,|\s[–—-])\s+who\b)"
)
# A fronted phrase before the subject, up to its comma: a preposition, participle or subordinator opens it.
_FRONTED = re.compile(
    r"(?:In|At|On|After|Before|During|Despite|Following|Speaking|Addressing|Asked|Earlier|Later|Meanwhile|However|"
    r"Yesterday|Today|Last\s+\w+|With|Without|Since|While|As)\b[^,]{0,160},\s+"
)
# Offices that tell of a named person rather than naming them again: the courts, the police, medicine, the press.
REPORTING_OFFICES = frozenset(
    "coroner judge magistrate officer officers police policeman policewoman detective inspector sergeant constable "
    "sheriff prosecutor prosecutors lawyer lawyers solicitor barrister attorney spokesman spokeswoman spokesperson "
    "doctor doctors surgeon pathologist paramedic nurse witness official officials source expert analyst economist "
    "reporter correspondent editor jury court victim".split()
)


# A connective or a fronted phrase before the subject's name ("However Jo Roe ...", "After the vote, Jo Roe ...").
_CONNECTIVE = re.compile(r"(?:But|And|However|Now|Meanwhile|Still|Instead)\b,?\s+")
# A finite verb right after a name makes it the subject of its clause, wherever the clause stands ("Fans fear Jo
# Roe will be out for a month", "... because Jo Roe had signed"); "this"/"his" and the like end in "s" too.
_FINITE_AFTER = re.compile(
    r"\s+(?!(?:this|his|its|thus|us|as|plus|across|towards|versus|whereas|unless|besides)\b)"
    r"(?:has|had|was|is|will|would|could|can|may|might|must|should|did|does|[a-z]{2,}ed|[a-z]{2,}s)\b"
)


def _subject_mention(person: Fact, opening: str) -> re.Match[str] | None:
    """Where `opening` (a sentence after its dateline) names `person` as the subject of a clause: its full name or
    surname opens it (after a connective or a fronted phrase), or stands right before a finite verb. An object
    ("Critics rounded on Jo Roe ...") is no subject: the one described next may be someone else."""
    lead = _CONNECTIVE.match(opening) or _FRONTED.match(opening)
    for name in dict.fromkeys((person.text, person.text.split()[-1])):
        named = re.compile(r"(?<![\w'’])" + re.escape(name) + r"(?![\w'’])")
        for at in (0, lead.end()) if lead else (0,):
            if (m := named.match(opening, at)) is not None:
                return m
        for m in named.finditer(opening):
            if _FINITE_AFTER.match(opening, m.end()):
                return m
    return None


def _inside_open_quote(sentences: list[SourceSentence], following: SourceSentence) -> bool:
    """Whether `following` stands inside a quote its paragraph opened before it and has not closed: an odd count
    of straight marks, or more opening curly marks than closing ones, in the paragraph's text before it."""
    before = " ".join(
        s.text for s in sentences if s.paragraph == following.paragraph and s.index < following.index
    )
    straight = before.count('"')
    return straight % 2 == 1 or before.count("“") > before.count("”")


def _subject_description(text: str) -> re.Match[str] | None:
    """The described subject opening `text` (or opening its main clause after a fronted phrase), if any."""
    m = _DESCRIBED.match(text)
    if m is None:
        fronted = _FRONTED.match(text)
        m = _DESCRIBED.match(text, fronted.end()) if fronted else None
    return m


def _described_next(
    sentences: list[SourceSentence], k: int, persons: list[Fact]
) -> tuple[SourceSentence, re.Match[str], str] | None:
    """The sentence after sentence `k` whose subject is a description, with the match and the text between: the
    next sentence, or the one after it when the next names no person and has no described subject of its own
    ("Jo Roe has said ... | Ireland finished 16th ... | The singer caused controversy ...": a sentence of
    background between the name and the office)."""
    following = sentences[k + 1]
    m = _subject_description(following.text)
    if m is not None:
        return following, m, ""
    if k + 2 >= len(sentences) or any(following.index in p.sentences for p in persons):
        return None
    m = _subject_description(sentences[k + 2].text)
    return (sentences[k + 2], m, following.text) if m is not None else None


def anaphoric_roles(persons: list[Fact], sentences: list[SourceSentence], lang: str) -> None:
    """Give the one person opening a sentence the office the next sentence calls its subject, when they have none."""
    if lang != "en":
        return
    for k, named in enumerate(sentences[:-1]):
        in_named = [p for p in persons if named.index in p.sentences]
        if len(in_named) != 1 or in_named[0].role is not None:
            continue
        person = in_named[0]
        opening = named.text[dateline_end(named.text) :]
        mention = _subject_mention(person, opening)
        if mention is None:
            continue
        found = _described_next(sentences, k, persons)
        if found is None:
            continue
        following, m, between = found
        if _inside_open_quote(sentences, following):
            continue  # (the speaker's own words describe someone else: 'Jo Roe: "... The full-back hits ..."')
        if not is_role_noun(m.group("noun")) or m.group("noun").lower() in REPORTING_OFFICES:
            continue
        if re.search(r"\b(?:of|for|from|with|in|at)\b", m.group("role")):
            continue  # ("The body of journalist ...": a thing of a person, not an office as subject)
        if m.group("noun")[:1].isupper() and m.group("role") == m.group("noun") and m.group("noun").isupper():
            continue  # ("The BBC reported": an acronym, no office)
        before = following.text[: m.end("role")]
        if any(following.index in p.sentences and p.text in before for p in persons):
            continue  # ("The minister met Jo Roe": a person named in it could be the one described)
        noun = m.group("noun").lower()
        rest = opening[:mention.start()] + " " + opening[mention.end() :]
        if re.search(r"\b" + re.escape(noun) + r"s?\b", rest + " " + between, re.IGNORECASE):
            continue  # ("Jo Roe met the minister. | The minister said": the office is someone else in her sentence)
        if any(p is not person and p.role and noun in p.role.lower() and min(p.sentences) < following.index
               for p in persons):
            continue  # (someone named before holds an office of that name: "the minister" could be either)
        person.role = m.group("role")

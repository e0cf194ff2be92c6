"""Who speaks when the words around a quote name a source rather than a person: a body or an acronym as the
subject of the quoting clause, a document read out ('"...," read the statement.'), the one a blog passes on ("a
quote from X", 'quoting a "nurse" who claims that'), a pronoun before an introduction's verb, and a source named
again by what it is ("The blogger wrote:", "The story continues:"). `quotes.py` calls these; they only read.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.blockquotes import Block, intro_subject
from briefing_app.core.facts.it_said_documents_en import document_it_is
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.quote_cues import clause_subject, issuer
from briefing_app.core.facts.quote_groups import opening_body
from briefing_app.core.facts.reporting_verbs import en
from briefing_app.core.facts.roles import is_person_noun
from briefing_app.core.facts.speakers import Speakers

# Capitalised at a sentence's start, yet nobody's name: "Another tweeted:", "Others wrote:", "Someone posted:".
NOT_NAMES = {"another", "others", "one", "some", "many", "most", "few", "several", "someone", "somebody", "everyone",
             "everybody", "nobody", "people", "users", "readers", "netizens", "commenters", "bloggers", "twitter",
             "facebook"}  # fmt: skip


# A capitalised name opening a clause and its verb: "the Roe Trust (RT) advised", "The RT also informed".
_NAMED_SUBJECT = re.compile(
    r"(?:[Tt]he\s+)?((?:[A-ZÆØÅ][\w.&'’-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){0,6}[A-ZÆØÅ][\w.&'’-]*)"
    r"(\s*\([A-Z][A-Za-z]{1,6}\))?\s+(?:(?:also|then|later|again|has|have|had)\s+)?([a-z]+(?:ed|s))\b"
)


def named_body_subject(clause: str, speakers: Speakers) -> str | None:
    """The organisation that is the subject of the clause quoting without a verb of saying ('In the wake of the
    vote, the Roe Trust (RT) advised "..."', 'The RT also warned ..., citing that "..."'): a body the article
    names, or an acronym it defines in brackets; None when the clause's subject is no such body."""
    for part in (p.strip() for p in clause.split(",")):
        m = _NAMED_SUBJECT.match(part)
        if m is None:
            continue
        name = m.group(1)
        if is_person_noun(m.group(3)):
            continue  # "The Harbour Rovers boss said:": a person the body's name describes, whose noun ends in "s"
        if any(o.text == name or (len(o.text.split()) > 1 and o.text in name) for o in speakers.organisations):
            return name + (m.group(2) or "")  # with the acronym it defines, by which the article goes on
        defined = re.fullmatch(r"[A-Z][A-Za-z]{1,6}", name) and any(
            f"({name})" in text for text in speakers.text.values()
        )
        if defined and sum(1 for c in name if c.isupper()) >= 2:
            return name
    return None


# A sentence ending in the document it retells: "..., according to the statement.", "..., the release added."
_CREDITED_TO_DOCUMENT = re.compile(
    r",\s+(?:according\s+to\s+the\s+(?:[a-z]+\s+)?(?:statement|release|letter)|the\s+(?:statement|release)\s+"
    r"(?:said|added|stated))\.?\s*$"
)


# '"...," it said.': "it" and a verb of saying right after the closing mark.
_IT_SAID = re.compile(
    rf"\s*[,.]?\s*it\s+(?:also\s+|later\s+)?(?:{en('say add state write', 'past s')}|{en('warn', 'past')})\b"
)


def body_it_is(after: str, sentence: int, speakers: Speakers) -> str | None:
    """The organisation "it" is in '"...," it said.': the named body that is the subject of the sentence before
    ("The Roe Trust, which owns the pier, said ... . "...," it said."); None when "it" does not follow the quote
    or that sentence's subject is no body the article names."""
    if _IT_SAID.match(after) is None:
        return None
    before = speakers.text.get(sentence - 1, "")
    if _CREDITED_TO_DOCUMENT.search(before) and sentence >= 2:
        # ("The ministry said ... . The government has acted, according to the statement. "...," it said.": the
        # sentence before retells the statement; its subject is what the statement spoke of, not who issued it)
        before = speakers.text.get(sentence - 2, "")
    # ("The report, published by the X Institute, found ... . "...," it said.": the report's publisher)
    return (
        opening_body(before, speakers.organisations)
        or named_body_subject(before, speakers)
        or document_it_is(before)
        or _body_noun_in_statement(before, sentence, speakers)
    )


# A body by its common noun, speaking in the statement the sentence opens with: "In a press release it issued on
# Saturday, the Ministry said ...", "In a statement, the council said ...".
_NOUN_IN_STATEMENT = re.compile(
    r"In\s+(?:a|an|its|their)\s+(?:[a-z]+\s+){0,2}(?:statement|release|letter)\b[^,\"“”]{0,50},\s+"
    r"(the\s+[A-Za-z]+)\s+(?:also\s+)?(?:said|says|stated|added|warned)\b"
)


def _body_noun_in_statement(before: str, sentence: int, speakers: Speakers) -> str | None:
    """The body named before that "the ministry" stands for, when it spoke in the statement the sentence before opens
    with; None otherwise."""
    m = _NOUN_IN_STATEMENT.match(before)
    if m is None:
        return None
    noun = m.group(1).split()[-1].lower()
    # (a body whose name holds the very noun first: "the Ministry" is the Ministry of Foreign Affairs, not the
    # "Foreign Ministers" the statement answered)
    holding = [o.text for o in speakers.organisations if noun in o.text.lower().split() and o.sentence < sentence]
    return holding[-1] if holding else speakers.organisation(m.group(1), sentence)


# A document standing for whoever issued it: "the statement", "the group's letter", "an official release".
DOCUMENT = re.compile(
    r"(?:the|a|an|its|their|this|that)\s+(?:[a-z]+\s+)?(?:statement|release|press\s+release|letter|communiqu[ée]|"
    r"report|email|e-mail|memo|message|note|excerpt|extract|declaration)"
)
# "a release from Amnesty International", "a statement issued by the Roe Trust", "a statement of the Foreign
# Ministry": the body after it (after "of" only a capitalised name: "a statement of intent" names nobody).
_ISSUED_BY = re.compile(
    r"\b(?:statement|release|letter|communiqu[ée]|report|email|e-mail|memo|message)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:from|by|of)\s+(?:the\s+)?((?:[A-ZÆØÅ][\w&'’-]*)(?:\s+(?:(?:of|for|on|and|the)\s+)*[A-ZÆØÅ][\w&'’-]*)*)"
)
# A body that spoke "in a statement", so that "the statement said" after it is that body's: "The Roe Trust in a
# statement on Monday accused ...", "In a statement, the Roe Trust said ...", "the Roe Trust said in a statement".
_BODY = r"((?:[Tt]he\s+)?[A-ZÆØÅ][\w&'’-]*(?:\s+(?:(?:of|for|on|and|the)\s+)*[A-ZÆØÅ][\w&'’-]*)*)"
_IN_A_STATEMENT = r"in\s+(?:a|an|its|his|her|their)\s+(?:[a-z]+\s+){0,2}statement\b"
# (or a person's office in lower case, after a quote's closing mark: '"...," the governor said in a statement')
_OFFICE = r"((?:[Tt]he)\s+(?:[a-z-]+\s+)??[a-z]{3,})"
_SPOKE_IN_STATEMENT = (
    re.compile(
        rf"(?:^|[.,;][\"”’']?\s+)(?:{_BODY}|{_OFFICE})\s*,?\s+(?:(?:{en('say state add', 'past s')})\s+)?"
        rf"{_IN_A_STATEMENT}"
    ),
    re.compile(
        rf"(?:^|[.;]\s+)In\s+(?:a|an|its|their)\s+(?:[a-z]+\s+){{0,2}}statement\b[^,]{{0,40}},\s+{_BODY}\s+"
        rf"(?:{en('say state add warn', 'past s')})\b"
    ),
)


def document_issuer(sentence: int, speakers: Speakers) -> str | None:
    """Who issued the document a quote is read from ('"...," read the statement.'): the body a release or
    statement "from" or "by" is named with, in the quote's sentence or the three before; None when none is."""
    for index in range(sentence, max(sentence - 4, -1), -1):
        m = _ISSUED_BY.search(speakers.text.get(index, ""))
        framing = _SPOKE_IN_STATEMENT[1].search(speakers.text.get(index, ""))
        if m and framing is not None and framing.start() < m.start() and framing.group(1).split()[-1] not in NOT_NAMES:
            # ("In a statement, the Foreign Office said it rejects the statement by Minister X": the statement the
            # sentence opens with is the body's; the one it answers is only spoken of)
            return re.sub(r"^[Tt]he\s+", "", framing.group(1))
        if m:
            owned = re.match(r"\s+([a-z]+)", speakers.text.get(index, "")[m.end() :])
            if m.group(1).endswith(("'s", "’s")) and owned is not None:
                return f"{m.group(1)} {owned.group(1)}"  # "a statement from Harwick's lawyers": the lawyers
            return m.group(1)
        issued = issuer(speakers.text.get(index, "").rstrip(".") + " saying")
        if issued:
            return issued  # "The Roe Trust issued a statement on Friday.": the Roe Trust
        for pattern in _SPOKE_IN_STATEMENT:
            spoke = pattern.search(speakers.text.get(index, ""))
            subject = next((g for g in spoke.groups() if g), "") if spoke else ""
            if subject and subject.split()[-1][:1].islower() and not is_person_noun(subject.split()[-1]):
                continue  # '"...," the report said in a statement': an office only ("the governor"), no thing
            if subject and subject.split()[-1].lower() not in NOT_NAMES | {"it", "this", "that"}:
                return subject  # "The Roe Trust in a statement today accused ...": the Roe Trust
    return None


# "a quote from Jane Roe", "the words of Jane Roe": whose words an introduction passes on.
QUOTE_FROM = re.compile(
    r"\b(?:an?|the|this|these)\s+(?:\w+\s+)?(?:quote|quotation|words|remarks?)\s+(?:from|by|of)\s+"
    r"((?:[A-ZÆØÅ][\w'’-]*\s+){0,3}[A-ZÆØÅ][\w'’-]*)|"
    # 'corroborates it, quoting a "nurse and writer" who claims that': the one quoted, as described
    r"\bquoting\s+((?:an?|the|one)\s+[\"“]?[^\"”,:]{3,60}?[\"”]?)\s+(?:who|that)\s+(?:claims|says|writes|explains|"
    r"states|argues|insists|recalls|notes)(?:\s+that)?$"
)


def pronoun_subject(intro: str, lang: str) -> tuple[str, str] | None:
    """The pronoun right before an introduction's verb of saying after a longer clause ("Roe joined the radio,
    where he explained what happened" is "he") and the words before it; None when the words before the verb
    end otherwise or are the pronoun alone (the plain "He wrote:", read elsewhere)."""
    raw = intro_subject(intro, lang)
    m = re.search(r"[\s,](he|she)$", raw or "")
    if raw is None or m is None or len(raw[: m.start()].split()) < 3:
        return None
    return m.group(1), raw[: m.start()]


# "The blogger wrote:", "Finally, the blog mentions", "The story continues:", "The site later adds:": the source
# quoted just before, named again by what it is.
_SOURCE_AGAIN = re.compile(
    r"(?:(?:later|then|finally|however|meanwhile|also|again|next|further|furthermore|in\s+addition)[\s,]+)*"
    r"(?:the|this|that)\s+(?:same\s+)?(?:blog|blogger|site|website|web\s+page|page|author|writer|post|story|article|"
    r"account|column|columnist)\b(?!\s+(?:of|by|from)\b|\s*(?-i:[\"“(A-ZÆØÅ]))",  # ('the blog "Roe Notes"' names one)
    re.IGNORECASE,
)


def source_again(block: Block, out: list[Fact], speakers: Speakers) -> str | None:
    """The source an introduction names again by what it is ("The blogger wrote:", "The story continues:"): the
    speaker of the latest quote in the eight sentences before, else a name in quote marks or a body opening the
    sentence before ('"Roe Notes" looks back at the year.'); None when the introduction is no such phrase."""
    if block.intro is None or block.intro_sentence is None:
        return None
    raw = intro_subject(block.intro, "en")
    subject = clause_subject(raw.rstrip(", ")) if raw else ""
    if not _SOURCE_AGAIN.match(block.intro) and not _SOURCE_AGAIN.fullmatch(subject):
        return None  # (the subject after a lead-in clause: "While stressing X, the blog notes")
    at = block.intro_sentence
    for index in (at, at - 1):
        text = speakers.text.get(index, "")
        titled = re.match(r"[\"“]([^\"”]{3,60})[\"”]", text)
        if titled:
            return titled.group(1)
        bodies = [o.text for o in speakers.organisations if text.startswith((o.text, "The " + o.text))]
        if bodies:
            return bodies[0]
        named = _SOURCE_SUBJECT.match(text)
        if named and speakers.in_text(named.group(1)) is None and named.group(1).lower() not in NOT_NAMES:
            return named.group(1)  # "Roe Notes also posts an account.": a source, no person of the article
    earlier = [f for f in out if f.kind == "quote" and f.speaker and at - 8 <= max(f.sentences or [f.sentence]) < at]
    if earlier:
        return max(earlier, key=lambda f: max(f.sentences or [f.sentence])).speaker
    return None


# A capitalised name opening a sentence as the subject of a verb in the present ("Roe Notes also posts").
_SOURCE_SUBJECT = re.compile(r"((?:[A-ZÆØÅ][\w'’-]*\s+){0,4}[A-ZÆØÅ][\w'’-]*)\s+(?:also\s+|then\s+)?[a-z]+s\b")


# A release headed by whose statement it is: "Statement from NASA's Jane Roe on the Budget Request", "Statement by
# the President on ...", "Remarks by Jane Roe at ...".
_HEADLINE_AUTHOR = re.compile(
    r"^(?:Statement|Remarks|Message|Letter|Op-ed)\s+(?:from|by|of)\s+(.+?)(?:\s+(?:on|at|about|regarding|to|for)\s+.*)?$"
)


def headline_author(headline: str) -> str | None:
    """Who a release's headline says is speaking ("Statement from NASA's Jane Roe on ...": "NASA's Jane Roe"); the
    release's unattributed quote paragraphs are that person's words. None for any other headline."""
    m = _HEADLINE_AUTHOR.match(headline.strip().rstrip("."))
    if m is None:
        return None
    # "NASA's Jane Roe", "the Harbour Trust's Jane Roe": the person, without the body she speaks for
    return re.sub(r"^(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,4}?[A-Z][\w.&-]*['’]s\s+(?=[A-Z])", "", m.group(1).strip())


# A release's opening line that hands the rest to a speaker: "The following is a statement from NASA Administrator
# Jane Roe on the death of Max Holm, ...", "Below is a statement by the Harbour Trust about ...".
_INTRODUCED_STATEMENT = re.compile(
    r"^(?:The\s+following|Below|What\s+follows)\s+(?:is|are)\s+(?:a|an|the)\s+(?:[a-z]+\s+)?"
    r"(?:statement|remarks|message|letter|tribute)\s+(?:from|by|of)\s+(.+?)"
    r"(?:\s+(?:on|about|regarding|in\s+response\s+to|marking|following)\s+(.*)|[,:.]?\s*$)"
)


def introduced_author(sentences: list[str]) -> tuple[int, str, str] | None:
    """Whose statement a release's opening line says the quotes after it are ("The following is a statement from
    NASA Administrator Jane Roe on the death of Max Holm"): the line's position among `sentences` (the first
    five), the speaker, and what the statement is about (where the person it is about is named, who is no
    speaker of it)."""
    for k, text in enumerate(sentences[:5]):
        m = _INTRODUCED_STATEMENT.match(text.strip())
        if m:
            return k, m.group(1).strip(), m.group(2) or ""
    return None

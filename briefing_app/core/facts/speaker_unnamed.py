"""An unnamed person as the subject of the verb introducing a quote ("A woman who lives nearby, who asked not to be
named, said:", "One shareholder, referring to the new phone, told Mr. Roe:"), or the name the commas set off after
them ("One resident, Ann Roe, said:"). `speaker_before.py` asks; this only reads the introduction. Also the
unnamed person a "he said" after the sentence (or sentences) naming them goes on quoting (`speakers.py` asks)."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing_app.core.facts.gazetteer import lookup
from briefing_app.core.facts.orgs import EN_TAIL
from briefing_app.core.facts.people import SPEECH_VERBS
from briefing_app.core.facts.roles import is_person_noun
from briefing_app.core.facts.speaker_anonymous_en import anonymous_subject
from briefing_app.core.facts.speaker_clues import INFORMANTS, UNNAMED_REPORTED, UNNAMED_SUBJECT, described_by_body
from briefing_app.core.facts.speaker_described import agent_role

# An unnamed person opening the clause before its verb of saying: "a staff member at the hotel", "one witness",
# "A woman" (then a relative clause or an appositive), as the subject of the verb that introduces the quote.
_UNNAMED_BEFORE = re.compile(
    # (a fronted clause may stand before it: "While Roe's colleagues declined to comment, a staff member ..."; a name
    # before the comma would make it an appositive: "Jane Roe, an exiled journalist, wrote:" is Roe's)
    r"^(?:(?:While|Whilst|When|After|Although|Though|As|Since|Before|Because|If|Once|In|On|At|During|Following|"
    r"Asked|Speaking|Later|Meanwhile|However|But|And|Yet)\b[^\"“”]{0,150}?,\s+)?"
    r"((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)"
    r"(?:\s+(?:at|for|of|from|in|with)\s+[^,\"“”]{2,60}?)?)"
    # ("One shareholder, referring to the new phone, the Zentra X2, told Mr. Roe:": two appositives share a comma)
    r"(?:(?:,\s+[^,\"“”]{2,100}){1,2},|\s+(?:who|whose)\s+[^,\"“”]{2,80}?,?){0,2}(?:\s+(?:also|later|then))?"
    r"\s+([a-z]+)[^:,\"“”]{0,40}[,:]?\s*$"
)


# A name set off by commas right after an unnamed person: "A local farmer, Ann Roe, said:" (a given name and more).
_NAME_APPOSED = re.compile(r",\s+((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]*){1,3}),")


def unnamed_subject(before: str, verbs: str) -> str | None:
    """The unnamed person (or the name set off right after them) opening an English introduction whose verb of
    saying is one of `verbs`; None when the introduction opens otherwise."""
    unnamed = _UNNAMED_BEFORE.match(before)
    if unnamed is None or not is_person_noun(unnamed.group(2)) or not re.match(rf"(?:{verbs})$", unnamed.group(3)):
        return None
    # "..., a staff member at the hotel, who saw Roe fall, stated,": someone the article does not name speaks, not a
    # name in the clause about them
    named = _NAME_APPOSED.match(before, unnamed.end(1))
    if named is not None and lookup(named.group(1)) is None and named.group(1).split()[-1] not in EN_TAIL:
        return named.group(1)  # (not a place or a body set off after the person: "a guard at the X Hotel, ...")
    return unnamed.group(1)


# The source a wire story introduced, named again by a definite description as the subject of the sentence: "But the
# security source warned against ...", "The source added that ...".
# (a verb of saying follows: "The source of the leak remains unclear" is a thing's)
_DEFINITE_SOURCE = re.compile(
    r"(?:(?:But|And|However,?|Meanwhile,?|Still,?)\s+)?([Tt]he\s+(?:[a-z-]+\s+){0,2}sources?)\s+(?:also\s+|later\s+)?"
    rf"(?:{'|'.join(sorted(SPEECH_VERBS['en'], key=len, reverse=True))}|spoke|declined)\b"
)

# A party to a court case that court copy leaves unnamed, as the subject of a verb of saying or of owning up: "In
# direct evidence, the defendant - a father of one - admitted ...", "The accused told the court ..." (a fronted
# phrase and a dashed aside may stand around it).
_PARTY_TO_A_CASE = re.compile(
    r"(?:[A-Z][^,.;]{0,40},\s+)?([Tt]he\s+(?:defendant|accused|complainant|plaintiff|claimant|appellant))"
    r"(?:\s+[-–—][^-–—.]{1,40}[-–—])?\s+(?:also\s+|later\s+)?"
    rf"(?:{'|'.join(sorted(SPEECH_VERBS['en'], key=len, reverse=True))}|admitted|denied|spoke|told|accepted)\b"
)

# "The Tata spokeswoman declined ...": "the", a body's capitalised name and a noun for who speaks for it, as the
# subject of the sentence (no apostrophe: the body's name stands as a modifier).
_BODY_AGENT = re.compile(r"((?:The)\s+(?:[A-Z][\w.&'’-]*\s+){1,3}([a-z]+))\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b")


def unnamed_before(texts: dict[int, str], sentence: int, names_someone: Callable[[str], bool],
                   pronoun: str = "") -> str | None:  # fmt: skip
    """The unnamed person the sentence before opens with as the subject of a verb of saying ("A spokesman
    for the Port Authority, its press office, said ..."), whom "he said" after it goes on quoting; None when
    that sentence opens otherwise or names a person of the article (`names_someone`) before its verb. With
    `pronoun` ("she"), sentences between that name nobody and speak of "she" are passed over (`pronoun_goes_on`)."""
    index = sentence - 1
    text = texts.get(index, "")
    # ("A spokesman from Roe's office said ... . He confirmed that ... . "...," he said.": the spokesman still;
    # sentences that go on with the pronoun as their subject pass the unnamed person on)
    while index > sentence - 4 and re.match(r"(?:He|She)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b", text):
        index -= 1
        text = texts.get(index, "")
    found = _unnamed_in(text, names_someone)
    # (and so do sentences that name nobody and speak of them by that pronoun, or quote them: "One patient, who did
    # not wish to be named, said ... . However, she was told ... . Eventually she did get through. She said: "...""
    # is the patient's)
    while found is None and index > sentence - 7 and pronoun and pronoun_goes_on(texts, index, pronoun,
                                                                                  names_someone):  # fmt: skip
        index -= 1
        found = _unnamed_in(texts.get(index, ""), names_someone)
    return found


def _unnamed_in(text: str, names_someone: Callable[[str], bool]) -> str | None:
    """The unnamed person `text` opens with as the subject of a verb of saying, None when it opens otherwise."""
    anonymous = anonymous_subject(text)
    if anonymous is not None:
        return anonymous  # speaker_anonymous_en: "The woman, who did not want to be named, said": unnamed, kept so
    source = _DEFINITE_SOURCE.match(text)
    if source is not None and not names_someone(text[: source.end()]):
        return source.group(1)  # "But the security source warned ... . "...," he said.": the source named before
    party = _PARTY_TO_A_CASE.match(text)
    if party is not None and not names_someone(text[: party.end()]):
        return party.group(1)  # "In evidence, the defendant admitted ... . "...," he said.": the defendant
    m = UNNAMED_SUBJECT.match(text) or UNNAMED_REPORTED.search(text)
    described = described_by_body(text) if m is None else None  # ("The X Ministry's spokesman declared ...")
    agent = _BODY_AGENT.match(text) if m is None and described is None else None
    if agent is not None and agent_role(agent.group(2)):
        described = agent.group(1)  # "The Tata spokeswoman declined to ... . "...," she said.": the spokeswoman
    if described is None and (m is None or not (is_person_noun(m.group(2)) or m.group(2) in INFORMANTS
                                                 or _placed_person(m.group(1)))):  # fmt: skip
        return None
    verb = re.search(rf"\b(?:{'|'.join(SPEECH_VERBS['en'])})\b", text)
    # (a name owning what the unnamed one belongs to, "A spokesman from Roe's office said", is no subject)
    subject_end = m.end() if m is not None and verb is not None and m.end() <= verb.start() else 0
    if verb is None or names_someone(text[subject_end : verb.start()]):
        return None
    if described is None and m is not None and re.search(r"['’]s$", m.group(1)):
        owned = re.match(r"\s+([a-z]+)\b", text[m.end() :])  # ("A spokesman from Roe's office")
        return m.group(1) + (owned.group(0) if owned else "")
    return described or (m.group(1) if m else None)


# "One patient at the surgery", "A teacher from the school": an unnamed person and where they are, whose last word
# (the place) is no person noun.
_PLACED = re.compile(r"(?:An?|One|Another)\s+(?:[a-z-]+\s+)?([a-z]+)\s+(?:at|of|for|from|in|with)\s+(?:the\s+)?[a-z]+")


def _placed_person(unnamed: str) -> bool:
    """Whether an unnamed subject is a person noun and where they are ("One patient at the surgery")."""
    placed = _PLACED.fullmatch(unnamed)
    return placed is not None and is_person_noun(placed.group(1))


def pronoun_goes_on(texts: dict[int, str], index: int, pronoun: str, names_someone: Callable[[str], bool]) -> bool:
    """Whether sentence `index` between an unnamed person and a quote passes them on: it speaks of them by `pronoun`
    ("she", "he") or is quotation, and names nobody, no unnamed person of its own either ("A neighbour said ..."
    starts another)."""
    text = texts.get(index, "")
    # (a paragraph of quotation between, '"We needed the GP to ... . It was hard."', is the same speaker's words)
    return (
        (re.search(rf"\b{re.escape(pronoun)}\b", text, re.IGNORECASE) is not None or _quoted(texts, index))
        and not names_someone(text)
        and UNNAMED_SUBJECT.match(text) is None
        and UNNAMED_REPORTED.search(text) is None
    )


def _quoted(texts: dict[int, str], index: int) -> bool:
    """Whether sentence `index` is quotation: it opens with a quote mark, or the last quote mark before it (in it or
    in the sentences before) opens a quote ('She said: "It was chaotic.' then 'Nobody knew where to go.')."""
    if re.match(r"\s*[\"“]", texts.get(index, "")):
        return True
    for i in range(index, max(index - 8, -1), -1):
        text = texts.get(i, "")
        marks = list(re.finditer(r"[\"“”]", text))
        if marks:
            last = marks[-1]
            # (a straight mark opens after a space, a colon or nothing, before a word: not ',"' nor '." ')
            after = text[last.end() : last.end() + 1]
            opening = (last.start() == 0 or text[last.start() - 1] in " :(") and after.strip() != ""
            return last.group() == "“" or (last.group() == '"' and opening)
    return False


# Up to three words before the noun for an unnamed person: lower-case ("nearby", "senior") or a capitalised
# adjective or abbreviation of a country or body ("U.S.", "Israeli", "Pentagon"); no name follows the noun.
_MODIFIERS = r"(?:(?:[a-z-]+|[A-Z][\w.'’-]*)\s+){0,3}?"
# An unnamed person as the subject of a verb of saying: "one nearby resident said", "a neighbour told reporters".
_UNNAMED_SPEAKING = re.compile(
    # (a capitalised modifier too, as wire copy writes them: "a U.S. intelligence official", "an Israeli official")
    rf"\b(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+{_MODIFIERS}([a-z]+)\s+(?:said|says|told|tells|added|adds|recalled|"
    r"explained|described|wrote|posted)\b"
)


def unnamed_speaker_since(texts: dict[int, str], sentence: int, named_in: list[int]) -> bool:
    """Whether an unnamed person spoke ("one nearby resident said") after the last sentence before `sentence` that
    names the person `named_in` lists, up to `sentence`: "the neighbor said" then describes that unnamed one, not
    the fire chief named before them."""
    last = max((i for i in named_in if i < sentence), default=-1)
    return any(
        m is not None and is_person_noun(m.group(1))
        for i in range(last + 1, sentence + 1)
        for m in [_UNNAMED_SPEAKING.search(texts.get(i, ""))]
    )


def introduced_unnamed(texts: dict[int, str], sentence: int, noun: str) -> bool:
    """Whether a sentence before `sentence` brought in someone unnamed by the same noun, with no name after it ("One
    witness at the meeting told the paper ..." ... 'The witness said: "..."': the witness, not whoever the article
    named last); a noun for a person only."""
    if not is_person_noun(noun.lower()):
        return False
    unnamed = re.compile(
        rf"\b(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+{_MODIFIERS}{re.escape(noun.lower())}\b(?!,?\s+[A-Z])"
    )
    return any(unnamed.search(texts.get(i, "")) for i in range(sentence))

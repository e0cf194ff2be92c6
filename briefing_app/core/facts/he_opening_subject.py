"""Hebrew: the subject a sentence opens with speaks a quote its later verb introduces with "and" and no subject
of its own: "X Y, ROLE, שוחח עם A וB ... והתייחס ...: "..."", "המגיש X Y, דיבר ... על נאום ראש הממשלה Z ...
ואמר: "..."". The verbs share the opening subject; the people named after the first verb (with whom one spoke,
whose speech one discussed) are its objects, so the person named last before the colon is no speaker here."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.he_passive_slot import verb_in_family_slot
from briefing_app.core.facts.people_he_later import verb_in_he
from briefing_app.core.facts.people_he_words import HE_ROLE_WORDS, HE_TITLES
from briefing_app.core.facts.people_index import Person
from briefing_app.core.facts.reporting_verbs import HE_SPEECH

_HE_LETTER = "\u05d0-\u05ea"
_WORD = re.compile(rf"[{_HE_LETTER}A-Za-z0-9\"'\u05f3\u05f4-]+|[,:;()]")
_SPEECH = re.compile(HE_SPEECH)


def _verb(word: str) -> bool:
    return _SPEECH.fullmatch(word) is not None or verb_in_he(word) or verb_in_family_slot(word)


def _title_like(word: str, role: str) -> bool:
    """A word that may stand before a name as its title: definite ("המגיש"), an acronym ('יו"ר'), a listed title
    or role word, or a word of the role the article gives the person."""
    if _SPEECH.fullmatch(word) or word[:1] == "ש":
        return False  # "הודיע X": the verb opens the sentence, its subject after it ("שאמר": a relative clause)
    if word[:1] == "ה":
        return True  # ("המגיש", a definite participle, is spelt as a hif'il past: a title before a name)
    return not _verb(word) and (
        re.search(r"[\"\u05f4]", word) is not None or word in HE_TITLES or word in HE_ROLE_WORDS or word in role.split()
    )


def _first_mention(people: Sequence[Person], text: str) -> tuple[int, int, Person] | None:
    found = []
    for p in people:
        for form in {p.name, p.key}:
            if not form:
                continue
            m = re.search(rf"(?<![{_HE_LETTER}]){re.escape(form)}(?![{_HE_LETTER}])", text)
            if m is not None:
                found.append((m.start(), -len(form), m.end(), p))
    if not found:
        return None
    start, _, end, person = min(found, key=lambda f: (f[0], f[1]))
    return start, end, person


def opening_subject(people: Sequence[Person], within: str, colon: bool = False) -> Person | None:
    """The person `within` (a sentence up to its quote) opens with as subject, when a verb with "and" ("ואמר",
    "והתייחס") later introduces the quote, or (`colon`) the clause the subject opens ends in the colon before it
    ('X Y ימשיך בתפקידו כיו"ר ...: "..."'); None when the sentence opens otherwise, no such verb follows, or a
    relative clause of saying ("שאמר") makes someone else the speaker."""
    text = within.rstrip(" :\"“„״'")
    found = _first_mention(people, text)
    if found is None:
        return None
    start, end, person = found
    prefix = _WORD.findall(text[:start])
    if len(prefix) > 6 or not all(_title_like(w, person.role or "") for w in prefix):
        return None  # a fronted phrase or a clause before the name: it need not be the subject
    rest = _WORD.findall(text[end:])
    if not rest or rest[0] == ":":
        return None
    joined = [w for w in rest if w[:1] == "ו" and len(w) > 3 and _verb(w[1:])]
    colon = colon and within.rstrip(" \"“„״'").endswith(":") and "," not in rest
    if not joined and not colon:
        return None
    relative = [w for w in rest if w[:1] == "ש" and _SPEECH.fullmatch(w[1:]) and not w.endswith("ו")]
    if relative:
        return None  # "X נפגש עם Y, שאמר:": the one the relative clause is about speaks
    return person

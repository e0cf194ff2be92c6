"""A Hebrew source cue, its comma, then a whole clause before the colon of a quote: "לדברי כתב הערוץ, X יצא
מהישיבה כדי להגיב: "..."" (by the reporter's account, X came out to say: the clause's subject speaks, the one of
the cue only tells it), or "לדבריו, המצב קשה: "..."" (in his words, the situation is grave: a clause of a noun and
an adjective has no speaker of its own, the cue's pronoun speaks). Without this the first reads the cue's noun
("כתב", a reporter) as the verb "wrote" and its complement as the speaker, the second the clause as a label."""

from __future__ import annotations

import re

from briefing_app.core.facts.people_he import _he_head_at, _name_like
from briefing_app.core.facts.people_he_later import verb_in_he
from briefing_app.core.facts.people_he_phrases import adjunct_word
from briefing_app.core.facts.people_he_words import HE_SPEECH
from briefing_app.core.facts.quotes_he import sentence_subject
from briefing_app.core.facts.quotes_he_cues import named_in_cue, pronoun_of_cue

_NO_MARKS = r"[^,:\"“”„״]"
# The cue (a suffixed pronoun or a named source), its comma, the clause (no comma, colon or mark), the colon.
_CUE_CLAUSE = re.compile(
    r"^\s*(?P<cue>ו?(?:(?:לדבר|לטענת|לדעת|לגרסת)(?:יו|יה|ו|ה|הם)|(?:לדברי|לטענת|לדעת|לגרסת)\s+"
    rf"(?:{_NO_MARKS}|(?<=[\u05d0-\u05ea])\"(?=[\u05d0-\u05ea])){{2,60}}?))\s*,\s*(?P<clause>{_NO_MARKS}{{3,120}}?)\s*:\s*$"
)
# A past of the simple pattern, three letters (or four with the feminine ה): "יצא", "פנה", "חזרה". Only right
# after a one-word name that opens the clause is it read as the verb.
_SIMPLE_PAST = re.compile(r"[\u05d0-\u05ea]{3}ה?")
_SPEECH = re.compile(HE_SPEECH)


def cue_then_clause_speaker(before: str) -> str | None:
    """Who speaks a quote after "לדברי X, <clause>:": the clause's subject when a person opens it, the cue's
    speaker when the clause is a noun and its predicate (no verb); None when `before` is not so built."""
    m = _CUE_CLAUSE.match(before)
    if m is None:
        return None
    words = m.group("clause").split()
    subject = sentence_subject(words)
    if subject:
        return subject  # "לדברי הכתב, השר X Y יצא מהישיבה:": the titled subject
    if len(words) >= 2 and _opens_with_name(words):
        return words[0]  # "לדברי הכתב, X יצא מהישיבה:": a one-word name (a family name) and its verb
    if _noun_and_predicate(words):
        cue = m.group("cue") + ","
        return pronoun_of_cue(cue) if pronoun_of_cue(cue) is not None else named_in_cue(cue)
    return None


def _opens_with_name(words: list[str]) -> bool:
    """A name-shaped first word (no article, adverb or preposition's phrase) and a verb right after it."""
    first, second = words[0], words[1]
    if not _name_like(first) or adjunct_word(first) or _he_head_at(words, 0):
        return False
    return verb_in_he(second) or (_SIMPLE_PAST.fullmatch(second) is not None and not second.startswith("ה"))


def _noun_and_predicate(words: list[str]) -> bool:
    """A definite noun (no title) and at most three words after it, no verb among them: "המצב קשה"."""
    if len(words) > 4 or not words[0].startswith("ה") or _he_head_at(words, 0):
        return False
    return not any(verb_in_he(w) or _SPEECH.fullmatch(w) for w in words[1:])

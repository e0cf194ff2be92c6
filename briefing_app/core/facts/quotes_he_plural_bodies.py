"""Hebrew: a plural verb with no subject of its own, whose speakers are the people of a body the sentence names
after ב.

'בעמותה דוחים את הטענה, ומבהירים: "..."' (at the association they reject the claim and make clear) and 'עוד ציינו
במשרד כי ..., "..." ציינו.' (they noted at the ministry ... they noted): no person is the verb's subject, and the
one named last before the quote did not say it. The body after ב, opening the sentence before its plural verb or
right after a plural verb of saying, speaks. A singular verb ("אמרה") is someone's; its subject is read elsewhere.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup
from briefing_app.core.facts.people_he import he_given, names_a_body
from briefing_app.core.facts.quotes_he import he_body_named
from briefing_app.core.facts.reporting_verbs import HE_THEY_SAID

_GERSHAYIM = r"(?<=[\u05d0-\u05ea])\"(?=[\u05d0-\u05ea])"  # inside an acronym: צה"ל
_BODY = rf"((?:[^\s,:\"„“״]|{_GERSHAYIM})+(?:\s+ה[^\s,.:]+){{0,2}})"
# The sentence opens with ב and a body, then a plural verb of any kind ("בעמותה דוחים", "בארגונים טענו").
_BODY_THEN_PLURAL = re.compile(rf"^\s*(?:ו?(?:גם|אף|ואילו)\s+)?ב{_BODY}\s+[\u05d0-\u05ea]{{2,}}(?:ים|ו)(?=[\s,:])")
# A plural verb of saying, then ב and a body ("ציינו במשרד כי", "הוסיפו בעמותה").
_PLURAL_SAID_AT_BODY = re.compile(rf"(?:^|[\s,])ו?{HE_THEY_SAID}\s+ב{_BODY}(?=[\s,.:])")
# A plural verb: the past's -ו, the present's -ים ("ציינו", "ומבהירים"), four letters or more.
_PLURAL = re.compile(r"ו?[\u05d0-\u05ea]{2,}(?:ים|ו)")
# The verb the quote's attribution turns on: the first word after it, else the last before the colon or "כי".
_VERB_AFTER = re.compile(r"^\s*[,.]?\s*([\u05d0-\u05ea]+)\s*[.,]?\s*$")
_VERB_BEFORE = re.compile(r"([\u05d0-\u05ea]+)(?:\s+[\u05d0-\u05ea]+)?\s*(?::|\s+כי|\s+ש)?\s*$")


def _body_like(phrase: str) -> bool:
    """Whether the words after ב name a body: a body's word ("משרד", "ארגון"), one with the article ("המשטרה"), a
    plural head ("תנועות" of "תנועת"), or an organisation the gazetteer knows; never a given name ("בנט")."""
    first = phrase.split()[0]
    if he_given(first):
        return False
    known = lookup(phrase)
    if known is not None:
        return known.kind == "organisation"
    plural_head = first[:-2] + "ת" if first.endswith("ות") else ""
    return names_a_body(phrase) or names_a_body(f"ה{phrase}") or names_a_body(first) or names_a_body(plural_head)


def plural_body_speaker(before: str, after: str) -> str | None:
    """The body whose people a quote's plural verb speaks for ('"...", ציינו.' after "ציינו במשרד כי"), from the
    quote's own sentence before it (`before`) and the words after its closing mark (`after`); None otherwise."""
    verb = _VERB_AFTER.match(after.split("\n")[0][:40])
    verb = verb or _VERB_BEFORE.search(before[-60:])
    if verb is None or _PLURAL.fullmatch(verb.group(1)) is None or len(verb.group(1)) < 4:
        return None
    sentence = re.split(r"(?<=[.!?])\s+(?=\S)", before)[-1]
    m = _BODY_THEN_PLURAL.match(sentence) or _PLURAL_SAID_AT_BODY.search(sentence)
    if m is None or not _body_like(m.group(1)):
        return None
    return he_body_named(m.group(1))

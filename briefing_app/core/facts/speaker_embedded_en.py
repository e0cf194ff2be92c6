"""The speaker of a quote whose introduction ends in a clause of its own, inside a longer one (English): court and
interview copy reports an exchange through a second clause ("He said Sgt Roe replied:", "Asked if she had
signed it she said:", "... a letter he wrote last May in which he wrote:"). The subject of the verb of saying
that the colon closes speaks, not the sentence's opening subject, and not the whole introduction. Likewise a
partial quote ending a clause reported after "quoted X as saying" is X's, not the quoting paper's."""

from __future__ import annotations

import re

from briefing_app.core.facts.quote_words import NAME

# The verbs of a turn in an exchange: the one answering or putting the next question speaks.
_TURN_VERBS = r"replied|responded|answered|retorted|added|asked|said|told\s+(?:him|her|them|me|us)"
# A pronoun or a name, then the verb of saying right before the colon ("... he said:", "... Sgt Roe replied:").
_SUBJECT_THEN_VERB = r"(he|she|they|{name})\s+(?:also\s+|then\s+|simply\s+)?(?:{verbs})\s*[:,]?\s*$"


def reported_turn_subject(before: str, verbs: str) -> str | None:
    """'He said Sgt Roe replied:' -> 'Sgt Roe': a verb of saying reports a second speaker's turn, whose own verb
    closes the introduction; that second subject speaks. None when the introduction is a single clause."""
    m = re.search(
        rf"^(?:[A-Z][\w'’.-]*\s+){{0,3}}?(?:[A-Z][\w'’.-]*|[Hh]e|[Ss]he|[Tt]hey)\s+(?:{verbs})\s+(?:that\s+)?"
        rf"({NAME})\s+(?:had\s+|then\s+|also\s+)?(?:{_TURN_VERBS})\s*:\s*$",
        before,
    )
    if m is None:
        # ("Roe told the court that Sgt Lee rang him a week later and in that call told him:": the reported clause's
        # subject, whose second verb, joined by "and" with no subject of its own, tells the one reporting it; not
        # "Roe said that Lee had left and added:", where "added" may go with Roe's "said")
        m = re.search(
            rf"\b(?:{verbs})\b[^\"“”:]*?\bthat\s+({NAME})\s+[a-z]+\b[^\"“”:]*?\s+and\s+"
            r"(?:(?:in|on|at|during|after|later|then)\b[^\"“”:,]{0,40}?\s+)?told\s+(?:him|her|them|me|us)\s*:\s*$",
            before,
        )
    return m.group(1) if m else None


def fronted_question_subject(rest: str, verbs: str) -> str | None:
    """'if he had seen the memo she said' (after a fronted "Asked") -> 'she': the words after a participle of asking
    that opens the sentence hold the question, then the subject and its verb of saying; the subject speaks.
    None when no verb of saying with a subject of its own closes them ("Says one worker")."""
    if not re.match(r"(?:if|whether|why|how|what|when|where|who|about)\b", rest):
        return None
    m = re.search(r"\s" + _SUBJECT_THEN_VERB.format(name=NAME, verbs=verbs), rest)
    return m.group(1) if m else None


def relative_clause_subject(before: str, verbs: str) -> str | None:
    """'... a letter he wrote last May in which he wrote:' -> 'he': a relative clause about a
    document or an occasion closes the introduction, and its subject is the one whose words follow."""
    m = re.search(
        r"\b(?:in|on|at|to|during|after)\s+which\s+" + _SUBJECT_THEN_VERB.format(name=NAME, verbs=verbs), before
    )
    return m.group(1) if m else None


# "The paper quoted an aide as saying the minister was "...": the one quoted; the words of the clause after "as
# saying" (no mark, colon or full stop among them) run on into the quote, which is part of what was said.
_QUOTED_AS_CLAUSE = re.compile(
    r"\bquot(?:es|ed|ing)\s+(?!by\b|in\b)(.{2,60}?)\s+as\s+(?:saying|stating)\s+[^\"“”‘’:;.!?]{1,80}$"
)


def quoted_as_saying_subject(before: str) -> str | None:
    """'quoted an MP as saying Mrs Roe "...' -> 'an MP': the quoted clause's subject stands between "as saying"
    and the marks, so the quote is the MP's words about Roe, not the words of the story that quoted them."""
    m = _QUOTED_AS_CLAUSE.search(before.rstrip(' "“‘'))
    if m is None or m.group(1).lower() in _OBJECT_PRONOUNS:
        return None  # ("quoting them as saying": no one to name; the reporting subject keeps the quote)
    return m.group(1)


_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "it"})

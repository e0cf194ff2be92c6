"""A short quoted clause whose subject the writer gives before the marks, after a verb of saying and "that" (US
copy: 'Roe wrote on Sunday that the mayor "seems, we hear, out of touch."', 'Roe warned that growers "could not
keep their stalls open" after the rise.'): the speaker's own words, however short, not a phrase quoted in
passing. `quotes.find_quotes` reads it."""

from __future__ import annotations

import re

from briefing_app.core.facts.reporting_verbs import SPEECH_VERBS

# The verb of saying, up to five words of when and how ("on Sunday", "last week - wrongly -"), "that", then the
# clause's subject (one to four words, a name or a noun phrase), right before the opening mark.
_SAID_THAT_SUBJECT = re.compile(
    rf"\b(?:{'|'.join(SPEECH_VERBS['en'])}|proclaimed|contended)\b(?:\s+[\w'’,-]+){{0,5}}?\s+that\s+"
    r"(?!(?:he|she|they|it|we|I|you)\s*[\"“]?$)((?:[\w'’-]+\s+){0,3}[\w'’-]+)\s*[\"“]?$"
)

# What opens the quoted words as the finite verb of that subject: an auxiliary or modal (negated too, "cannot");
# a clause inside them with its own subject ("we believe") counts as well.
_AUXILIARY = (
    r"(?:is|are|was|were|has|have|had|can|cannot|could|will|would|shall|should|may|might|must|does|do|"
    r"did|not|[a-z]+n['’]t)"
)
_FINITE_OPENING = re.compile(rf"{_AUXILIARY}\b")
_AUXILIARY_WORD = re.compile(rf"\b{_AUXILIARY}\b")
_OWN_SUBJECT = re.compile(r"\b(?:I|we|you)\s+[a-z]+")  # the speaker's own voice ("we believe")


def subject_given_before(before: str, quoted: str) -> bool:
    """Whether quoted words open in lower case as the finite verb of a subject the writer named after "X said
    that" (or hold a clause of their own): speech, not a term quoted in passing ('was "a plain disgrace"' is not)."""
    said = _SAID_THAT_SUBJECT.search(before.rstrip())
    if not quoted[:1].islower() or said is None:
        return False
    if _AUXILIARY_WORD.search(said.group(1)):
        return False  # ('added that Roe did not "like reading ..."': the writer's verb goes on inside the marks)
    return _FINITE_OPENING.match(quoted) is not None or _OWN_SUBJECT.search(quoted) is not None

"""Quoted words that resume a quote its attribution interrupted: '"...," said Chief Jane Roe, "the fire started ..."'.

Why: the second half of an interrupted quote opens in lower case mid-sentence, which is how a phrase the writer
quotes in passing looks ('described it as "the worst in years"'); when its first words were a noun and a verb
the tagger could read as a participle ("the fire started on the deck"), the phrase reader dropped it. Words
right after a closed quote and its attribution set off by commas ('"...," said X, "..."', '"...," X said, "..."')
go on with the speaker's sentence: they are speech, whatever their shape.
"""

import re

from briefing_app.core.facts.reporting_verbs import SPEECH_VERBS

_VERBS = "|".join(sorted(SPEECH_VERBS["en"], key=len, reverse=True))
# A quote closed by a comma (or ! ?) and its attribution, before the comma that opens the second half.
_INTERRUPTED = re.compile(
    rf"[,!?…-][\"”’']\s+(?:(?:{_VERBS})\s+[^\"“”.;:]{{1,80}}|[^\"“”.;:]{{1,80}}?\s+(?:{_VERBS}))\s*,\s*$"
)


def resumes_a_quote(before: str) -> bool:
    """Whether the text `before` quoted words ends with a closed quote and its attribution set off by commas,
    so that the quoted words are the second half of that quote."""
    return _INTERRUPTED.search(before[-200:]) is not None

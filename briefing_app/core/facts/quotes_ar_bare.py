"""An Arabic quote opened right after a bare verb of saying, no colon and no subject: 'وتابع "مع التأكيد على
..."', 'وأضاف «...»'. The verb says the words are speech (a short quote is no phrase cited in passing), and its
subject is the one who spoke before, as for "وتابع:"."""

from __future__ import annotations

import re

from briefing_app.core.facts.reporting_verbs import AR_QUOTE_VERBS, AR_SPEECH

# (the verb opens its clause: at the sentence's start, after a comma or stop, or joined by و/ف; "الملصقات تقول
# " ... "" has the posters for its subject, a slogan they carry)
_BARE_VERB_END = re.compile(rf"(?:^\s*|[.،]\s*|(?<=\s)(?=[وف]))(?:{AR_SPEECH}|{AR_QUOTE_VERBS})\s*[،,]?\s*$")


def bare_verb_before(lead_in: str) -> bool:
    """Whether the text before an opening quote mark ends with a verb of saying that has no subject after it and
    opens its own clause (the sentence's start, or after a comma or stop)."""
    return _BARE_VERB_END.search(lead_in) is not None

"""A Danish sentence whose subject opens it and is followed by a relative clause set off by commas or spaced dashes
before its verb: "Lønudviklingen - som er uden bonusser - ventes at ende på 3,1 procent", "Arbejdsløsheden,
som steg i foråret, faldt til 4,1 procent". The readers of what a figure counts stop at the comma or the dash and
keep the verb ("ventes lande"); the aside says more of the subject, not what is counted. Wire copy translated from
English ("Core inflation, which excludes energy, is expected to ...") writes it often. The aside is blanked with
spaces for the figure readers (offsets stay), only when it holds no number of its own. Used by `figures` for Danish."""

from __future__ import annotations

import dataclasses
import re

from briefing_app.core.facts.model import SourceSentence

# The subject (a capitalised word and up to three lower-case ones, or a genitive and its noun), then a relative
# clause on it between two commas or two spaced dashes, then a lower-case word (the verb).
_SUBJECT_ASIDE = re.compile(
    r"^\W{0,2}[A-ZÆØÅ][\wæøå-]*(?:\s+[a-zæøå][\wæøå-]*){0,3}"
    r"(?P<aside>,\s+(?:som|der)\s+[^,;:()\d]{2,100}?,|\s[-–]\s+(?:som|der)\s+(?:(?!\s[-–]\s)[^;:()\d]){2,100}?\s[-–])"
    r"(?=\s+[a-zæøå])"
)


def without_subject_asides(sentences: list[SourceSentence]) -> list[SourceSentence]:
    """The sentences with a relative aside on their opening subject blanked (see the docstring), where a number
    follows it."""
    out: list[SourceSentence] = []
    for s in sentences:
        m = _SUBJECT_ASIDE.match(s.text)
        if m is None or not re.search(r"\d", s.text[m.end() :]):
            out.append(s)
            continue
        blank = " " * len(m.group("aside"))
        out.append(dataclasses.replace(s, text=s.text[: m.start("aside")] + blank + s.text[m.end("aside") :]))
    return out

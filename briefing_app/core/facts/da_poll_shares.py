"""Danish poll shares whose clause is the answer: "48 procent er delvist eller helt uenige i, at ...", "kun 17 procent
mener, det er en god idé at øge udgifterne", "31 procent svarer, at de vil stemme".

The share is the subject; what it counts is the people who hold that view: the predicate after the copula ("uenige")
or the verb of opinion with the view it reports. The reader found no noun after "procent" and fell back to nothing or
to the verb alone ("mener").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

_SIGN = r"^\s*(?:procent|pct\.?|%)\s+"
# "er (delvist eller helt) uenige", "var meget tilfredse", "er imod": the predicate after the copula.
_PREDICATE = re.compile(
    _SIGN + r"(?:er|var|blev|bliver)\s+((?:(?:delvist|helt|meget|mest|lidt|overvejende|ikke|enten|eller|og|godt)\s+)*"
    r"(?:imod|enige|uenige|tilfredse|utilfredse|positive|negative|bekymrede|[a-zæøå]{3,}(?:ige|ede|ne|te|ske)))(?![a-zæøå])"
)
# "mener, det er en god idé at ...", "synes, at ...", "svarer ja": the verb of opinion and the view it reports.
_OPINION = re.compile(
    _SIGN + r"(?:af\s+[a-zæøå]+\s+)?(mener|synes|tror|svarer|siger|ønsker|foretrækker|forventer|frygter|støtter)"
    r"\s*,?\s*([^.;:!?]{3,120})"
)


def da_poll_shares(numbered: list[Fact], text: str) -> None:
    """Give a Danish share with no noun of its own the view its clause reports (see the module docstring)."""
    for f in numbered:
        if f.number is None or f.unit != "percent":
            continue
        after = text[f.number.end :]
        predicate = _PREDICATE.match(after)
        opinion = _OPINION.match(after)
        if predicate and not f.counts:
            f.counts = predicate.group(1)
        elif opinion and (not f.counts or f.counts == opinion.group(1)):
            view = re.split(r"\s+og\s+(?:kun\s+)?\d|\s+-\s+", opinion.group(2))[0].split()[:10]
            f.counts = " ".join([opinion.group(1), *view]).rstrip(",")

"""A bare "N more" that opens a sentence counts more of what a figure just before it counts: "O'Brien was one of
nine officers charged in the scheme. Four more have since been implicated." (four more officers). Inside one
sentence `sharing` already reads "12 people on Friday and three more on Saturday"; across a full stop the
reading was the word "more" alone.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

# "more" right after the number, then no noun of its own: a verb, an adverb or the clause's end.
_BARE_MORE = re.compile(r"\s+more\b(?!\s+than\b)")


def share_more(figures: list[Fact], text: str, earlier: list[Fact], sentence: int) -> None:
    """Give each figure of the sentence read as a bare "more" what the last counted figure of the two sentences
    before counts."""
    for f in figures:
        if f.counts != "more" or f.number is None or f.unit is not None or not _BARE_MORE.match(text, f.number.end):
            continue
        lead = [
            e for e in earlier
            if e.number is not None and e.unit is None and e.counts and sentence - 2 <= e.sentence < sentence
            and not e.counts.startswith(("age", "more"))
        ]  # fmt: skip
        if lead:
            f.counts = f"more ({(lead[-1].counts or '').split(' (')[0]})"

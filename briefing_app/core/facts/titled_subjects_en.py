"""A subject named with an abbreviated title keeps the name after the title's full stop (English).

"Rep. Dick Gephardt of Missouri was third at 10 percent", "Texas Rep. Ron Paul took fourth place at 10%, followed
by Texas Gov. Rick Perry at 8%", "At 2 percent were Sen. John Edwards": poll and election copy names candidates by
an abbreviated title, and the reader of the subject stopped at the title's full stop, leaving "Rep", "Texas Gov" or
"were Sen" as what the share counts. The name after the title is who holds the share, so it is read on.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

# Titles American and British copy abbreviates before a name.
_TITLES = (
    r"(?:Rep|Reps|Sen|Sens|Gov|Lt|Gen|Col|Maj|Capt|Cmdr|Adm|Sgt|Cpl|Pte|Det|Insp|Supt|Dr|Prof|Rev|Mr|Mrs|Ms|Atty|Del)"
)
_TITLE_END = re.compile(rf"(?:^|\s){_TITLES}$")


def titled_subjects(figures: list[Fact], texts: dict[int, str]) -> None:
    """Read on past an abbreviated title that ended what a figure counts, to the name it opens."""
    for f in figures:
        if not f.counts:
            continue
        head, bracket, rest = f.counts.partition(" (")
        if not _TITLE_END.search(head):
            continue
        text = texts.get(f.sentence, "")
        name = re.search(rf"{re.escape(head)}\.\s+((?:[A-Z][\w'’-]*\.?\s+){{0,3}}[A-Z][\w'’-]*)", text)
        if name is None:
            continue
        f.counts = f"{head}. {name.group(1)}" + (f" ({rest}" if bracket else "")

"""A subject named with an abbreviated title keeps the name after the title's full stop (English).

"Rep. Dick Gephardt of Missouri was third at 10 percent", "Texas Rep. Ron Paul took fourth place at 10%, followed
by Texas Gov. Rick Perry at 8%", "At 2 percent were Sen. John Edwards": poll and election copy names candidates by
an abbreviated title, and the reader of the subject stopped at the title's full stop, leaving "Rep", "Texas Gov" or
"were Sen" as what the share counts. The name after the title is who holds the share, so it is read on.

A company's abbreviated suffix inside the counted phrase stops the reader the same way: "More than 15,000 Northern
Indiana Public Service Co. customers were without power" counted "Northern Indiana Public Service"; the noun after
the suffix is what is counted.
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


# A company's abbreviated suffix after the name a reading stopped at, then the counted noun: "Co. customers".
_SUFFIX_NOUN = r"\s+((?:Co|Corp|Inc|Ltd|Bros|Cos)\.\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*s)\b"


def suffixed_names(figures: list[Fact], texts: dict[int, str]) -> None:
    """Read on past a company's abbreviated suffix that ended what a figure counts, to the noun after it."""
    for f in figures:
        if not f.counts or f.number is None:
            continue
        head, bracket, rest = f.counts.partition(" (")
        text = texts.get(f.sentence, "")
        # (the reading may have stopped before the suffix, "Tolvik Public Service", or at its full stop, "... Co")
        suffixed = re.search(r"\s(?:Co|Corp|Inc|Ltd|Bros|Cos)$", head)
        base = head[: suffixed.start()] if suffixed else head
        m = re.compile(re.escape(base) + _SUFFIX_NOUN).search(text, f.number.end)
        if m is None or m.start() - f.number.end > 3:
            continue
        f.counts = f"{base} {m.group(1)}" + (f" ({rest}" if bracket else "")

"""What a figure counts when it names a mark that something passed (English chart, box office and sales copy): "the
first song to top the 4 million mark in paid downloads", "crossed the £30m barrier in ticket sales", "passed the
one million milestone of subscribers".

The readers after the figure take the mark's noun ("mark") for what is counted, and stop before a complement that
opens with a word in -ed ("paid downloads"). The mark is a level of what its "in"/"of" complement names, so that
complement is what the figure counts; the mark stays in brackets, as `marks_from_en` keeps a high or a low. Read only
where the reading so far opens with the mark's noun and the figure stands right after "the" (not "a mark of 4 out of
10", "a 5 mark", nor "the mark in his exam").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import EN_STOP, PRONOUNS
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.subject_before import before_phrase

_MARK_NOUNS = ("mark", "barrier", "milestone", "threshold")
# The figure right after "the" (its currency sign is part of the figure).
_THE_BEFORE = re.compile(r"\bthe\s+(?:US\$|[$£€¥])?$", re.IGNORECASE)
# After the figure: the mark's noun, "in" or "of", and up to four words of the complement, ended by a clause mark, a
# time word or the sentence's end ("in sales last week", "in paid downloads, and").
_MARK_OF = re.compile(
    r"\s*-?\s*(?:mark|barrier|milestone|threshold)\s+(?:in|of)\s+(?:(?:the|its|their)\s+)?"
    r"((?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)"
    r"(?=\s*(?:$|[,;:.)!?]|\s(?:last|this|next|on|in|since|for|after|before|by|within|and|but|while|as|at)\b))"
)
# A complement that says when, not what ("in the first week", "in its history", "for the first time").
_WHEN = {"time", "history", "year", "years", "month", "months", "week", "weeks", "weekend", "weekends", "day", "days",
         "quarter", "half", "session", "trading", "period", "run", "round", "season"}  # fmt: skip


# A verb that carries its object past the mark, before the figure: "the two signings lift the side's wage bill past
# the £60m mark", "pushed his tally past the 100 mark": the object is what reached the mark.
_CARRIED_PAST = re.compile(
    r"\b(?:take|takes|took|taken|taking|push|pushes|pushed|pushing|bring|brings|brought|bringing|lift|lifts|lifted|"
    r"lifting|send|sends|sent|sending|drive|drives|drove|driven|driving|put|puts|putting)\s+"
    r"((?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:beyond|past|over|above|through|below|under|across)\s+the\s+"
    r"(?:US\$|[$£€¥])?$",
    re.IGNORECASE,
)
# A verb of passing the mark right before it: "The index passed the 5,000 mark": the subject reached it.
_PASSED = re.compile(
    r"\b(?:pass|passed|passes|top|topped|tops|cross|crossed|crosses|broke|breaks|hit|hits|reached|reaches|exceeded|"
    r"exceeds|surpassed|surpasses|breached|breaches)\s+the\s+(?:US\$|[$£€¥])?$",
    re.IGNORECASE,
)
_NOT_OWNERS = {"it", "them", "him", "her", "this", "that", "these", "those", "us", "me", "you"}


def _carried_owner(before: str) -> str | None:
    """The object a verb carried past the mark, or the subject that passed it (`before`: the sentence up to the
    figure), without its article."""
    m = _CARRIED_PAST.search(before)
    passed = _PASSED.search(before) if m is None else None
    if m is None and passed is None:
        return None
    subject = before_phrase(before[: passed.start()], "en")[0] if passed is not None else None
    if passed is not None and subject is None:
        return None  # (no subject of its own: "and then passed the mark")
    words = subject.split() if subject is not None else m.group(1).split() if m is not None else []
    if words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if not words or words[0].lower() in _NOT_OWNERS | PRONOUNS | EN_STOP or any(w[:1].isdigit() for w in words):
        return None
    return " ".join(words)


def milestone_counts(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a figure that names "the N mark in X" the complement X, when it was read as the mark itself (or the
    object a verb carried past the mark: "lift the side's wage bill past the £60m mark")."""
    for f, n, text in figure_texts(figures, texts):
        reading = (f.counts or "").split(" (")[0].split()
        if not reading or reading[0].lower() not in _MARK_NOUNS or not _THE_BEFORE.search(text, 0, n.start):
            continue
        m = _MARK_OF.match(text, n.end)
        if m is None:
            owner = _carried_owner(text[: n.start])
            if owner is not None and re.match(r"\s*-?\s*(?:mark|barrier|milestone|threshold)\b", text[n.end :]):
                f.counts = f"{owner} ({reading[0].lower()})"
            continue
        if m.group(1).split()[-1].lower() in _WHEN:
            continue  # ("the £30m mark in its first week": a time, not what is counted)
        f.counts = f"{m.group(1)} ({reading[0].lower()})"

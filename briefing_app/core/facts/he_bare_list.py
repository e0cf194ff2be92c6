"""A Hebrew list of categories, each named right before its figure with no preposition: "עליות מחירים נרשמו בסעיפים
הבאים: הלבשה והנעלה 2.4%, פירות טריים 1.5%, תחבורה 1.6% ותרבות ובידור 1.1%" (how price-index and survey notes list
their items). Each figure counts the words between the figure before it and itself; a reading that ran on to the
next item's label ("תחבורה 1.6% | ותרבות") was that item's, not this one's. Only a chain of three or more such items is
read so: two figures and words between them are as often a clause ("עלה ב-2% ואילו המחירים ירדו 1%")."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

_WORD = r"[\u05d0-\u05ea\"״'׳]+"
# Between two percentages: the sign, then a comma, or "ו" glued to the next label; one to three words, nothing else.
_GAP = re.compile(rf"\s*%\s*(?:(,)\s*|\s+(?=ו))({_WORD}(?:\s+ו?{_WORD}){{0,2}})\s+")
# Words that open a clause rather than name an item (a verb of change, a conjunction of contrast, a time).
_NOT_LABELS = re.compile(r"ו?(?:עלה|עלתה|עלו|ירד|ירדה|ירדו|אילו|לעומת|בעוד|מתוכם|כלומר|בהשוואה)")


def _label(gap: str) -> str | None:
    """The label of the next item in a gap between two percentages, or None when the gap is no list's."""
    m = _GAP.fullmatch(gap)
    if m is None:
        return None
    words = m.group(2).split()
    if any(_NOT_LABELS.fullmatch(w) for w in words) or re.search(r"\d", m.group(2)):
        return None
    if m.group(1) is None:  # ("1.6% ותרבות ובידור": the "and" glued to the last item's first word)
        words[0] = words[0][1:]
    # (a label after "ב", in a place or a category, is `he_labeled_list`'s: "בירושלים 1.5%, בתל אביב 1.2%")
    return None if words[0].startswith("ב") else " ".join(words)


def he_bare_list(facts: list[Fact], text: str) -> None:
    """Give each item of a Hebrew list of bare labels and percentages (three or more) its own label."""
    percents = [f for f in facts if f.number is not None and f.unit == "percent"]
    labels: list[str | None] = [None]
    for f, g in zip(percents, percents[1:], strict=False):
        assert f.number is not None and g.number is not None
        labels.append(_label(text[f.number.end : g.number.start]))
    k = 1
    while k < len(percents):
        if labels[k] is None:
            k += 1
            continue
        end = k
        while end + 1 < len(percents) and labels[end + 1] is not None:
            end += 1
        if end - k + 2 >= 3:  # (the chain's first item, then `end - k + 1` labelled ones)
            first = percents[k - 1]
            label = labels[k] or ""
            if first.counts and label.split()[0] in first.counts:
                first.counts = None  # (its reading ran on to the second item's label; its own comes before it)
            for j in range(k, end + 1):
                percents[j].counts = labels[j]
        k = end + 1

"""Bare counts after a fronted "Of those," / "Of them," / "Among them,": parts of a group the sentence before named
(English).

"The injured passengers were taken to two hospitals. Of those, 17 were treated and released, while four remained
overnight": 17 and four are injured passengers. `bare_counts` reads a fronted whole named in the same sentence ("Of
the 300 passengers, 12 were hurt"); a pronoun names none, and the reading was only the verb after the number
("treated"). The group is the plural subject the sentence before opens with ("The injured passengers"), else what
its last counted figure counts ("received over 150 submissions. Of these, about 75 were approved").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

# The fronted pronoun, then the number (with a qualifier perhaps) at the start of the sentence.
_FRONTED = re.compile(r"^\s*(?:Of|Among)\s+(?:those|these|them)\s*,?\s*", re.IGNORECASE)
# A plural subject opening the sentence before: "The injured passengers were ...", "Those arrested have ...".
_PLURAL_SUBJECT = re.compile(
    r"^\s*(?:The|These|Those|All\s+the)\s+((?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*s)\s+"
    r"(?:were|are|have|had|was|is|will|would|could|remain\w*|[a-z]{3,}ed)\b"
)
# No noun of its own after a part: a verb (a copula, a past, a modal), or a clause's end.
_BARE_AFTER = re.compile(
    r"(?:\s*\([^()]{1,30}\))?"  # (past a share in brackets: "Of them, 1,285 (27%) had been waiting")
    r"(?:\s*(?:[,;.)]|$)|\s+(?:were|was|are|is|had|have|has|will|would|could|may|remain\w*|died|survived|"
    r"(?!need|feed|seed|speed|bed|red|shed)[a-z]{3,}ed(?!\s+[a-z][\w-]*s\b))\b)"
)
_SPANS = {"percent", "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "times"}


def share_fronted_pronoun(figures: list[Fact], text: str, before_text: str, earlier: list[Fact]) -> None:
    """Give the bare counts of a sentence opened by "Of those," the group the sentence before named, keeping what
    their own clause says of them ("passengers (treated)"); so too a sentence opened by "Two of them"."""
    if figures and figures[0].number is not None and _PART_OF_THEM.match(text, figures[0].number.end):
        if not text[: figures[0].number.start].strip(" \"“‘'"):  # (or opening a quotation: '"Two or three of them')
            _part_of_them(figures[0], text, before_text, earlier)
        return
    fronted = _FRONTED.match(text)
    if not fronted or not figures or figures[0].number is None:
        return
    if text[fronted.end() : figures[0].number.start].strip(" ,") not in ("", "about", "some", "around", "nearly",
                                                                           "almost", "approximately", "only", "just"):
        return  # the pronoun is not the figure's whole ("Of those, the oldest was 92")
    whole = _group_before(before_text, earlier)
    if whole is None:
        return
    for f in figures:
        n = f.number
        if n is None or f.unit is not None or n.currency or n.kind not in ("number", "percent"):
            continue
        if not _BARE_AFTER.match(text, n.end) or whole.split()[-1][:5].lower() in (f.counts or "").lower():
            continue
        own = (f.counts or "").strip()
        f.counts = f"{whole} ({own})" if own else whole


# "Two of them overturned", "Three of those were children": a part opening its sentence, the pronoun its whole.
_PART_OF_THEM = re.compile(
    r"\s+of\s+(?:them\b|(?:those|these)\b(?!\s+(?:who|that|with|in|aged|[a-z]+ed)\b))", re.IGNORECASE
)


def _part_of_them(f: Fact, text: str, before_text: str, earlier: list[Fact]) -> None:
    """A part opening its sentence with "of them": the group of the sentence before, and what is said of the part."""
    whole = _group_before(before_text, earlier)
    counts = f.counts or ""
    if whole is None or whole.split()[-1][:5].lower() in counts.lower():
        return
    own = re.sub(r"^(?:of\s+)?(?:them|those|these)\b\s*", "", counts).strip()
    f.counts = f"{whole} ({own})" if own else whole


def _group_before(before_text: str, earlier: list[Fact]) -> str | None:
    """The group the sentence before names: its plural subject, else the noun of its last counted figure."""
    subject = _PLURAL_SUBJECT.match(before_text)
    if subject:
        return subject.group(1)
    told = [e for e in earlier if e.number is not None and e.unit not in _SPANS and e.counts
            and not e.counts.startswith(("age", "more"))]  # fmt: skip
    # (not a whole after "of": "4,695 patients were waiting for one of 13 standard tests. Of them, 1,285 ...": the
    # patients are the group, the tests what they wait for)
    free = [e for e in told if e.number is not None
            and not re.search(r"\bof\s+(?:the\s+)?$", before_text[: e.number.start])]  # fmt: skip
    told = free or told
    last = told[-1] if told else None
    if last is None or last.number is None or not before_text:
        return None
    # (its own noun, right after it in its sentence: "over 150 submissions for talks")
    own = re.match(r"\s+((?:[a-z][\w'’-]*\s+){0,2}?(?:[a-z][\w'’-]*s|[a-z]*men|children|people))\b",
                   before_text[last.number.end :])
    return own.group(1) if own and own.group(1) in (last.counts or "") else None

"""A holder's share after "with" in a ranking measures what the last share before it measured (English).

"Gauteng leading with an 87% pass rate ... It's followed by the Free State with 87.5%. The Western Cape ranked third
with 81.5%." Results copy (schools, elections, polls, leagues) names the measure once and then ranks holders "with"
their share, one clause or sentence each. Read alone, the share took its holder ("the Free State") or its rank
("third") as what it counts. It measures what the last figure of its unit before it measured (in its sentence or the
three before), the holder beside it: "pass rate (Free State)". Only a share whose reading names no common noun of
its own is read so ("with 12% of the vote" keeps its own).
Run once every figure has its reading.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

_WITH = re.compile(r"\bwith\s+(?:(?:about|around|just|nearly|almost|only|some)\s+)?(?:an?\s+)?$")
_RANKS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last",
          "place", "the", "top", "bottom"}  # fmt: skip
_NAME = re.compile(r"(?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+")
_NOT_HOLDERS = {"It", "It's", "It’s", "The", "This", "That", "They", "He", "She", "And", "But"}


def _named_only(counts: str | None) -> bool:
    """Whether a reading names no common noun: empty, a name, a rank ("third", "the Free State")."""
    words = re.findall(r"[\w'’-]+", (counts or "").split(" (")[0])
    return all(w[0].isupper() or w.lower() in _RANKS for w in words)


def _holder(clause: str) -> str | None:
    """The last name of the clause before "with" (not a sentence-opening pronoun or article)."""
    names = [" ".join(w for w in m.group(0).split() if w not in _NOT_HOLDERS) for m in _NAME.finditer(clause)]
    names = [n for n in names if n]
    return names[-1] if names else None


def ranked_shares(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give each bare ranked share after "with" the measure of the last share of its unit before it."""
    numbered = sorted((f for f in figures if f.number is not None), key=lambda f: (f.sentence, f.number.start))  # type: ignore[union-attr]
    for i, f in enumerate(numbered):
        n = f.number
        assert n is not None
        text = texts.get(f.sentence, "")
        if f.unit != "percent" or not _WITH.search(text[: n.start]) or not _named_only(f.counts):
            continue
        if re.match(r"\s*(?:%|per\s*cent|percent)\s+(?:of|in)\s", text[n.end :]):
            continue  # "with 12% of the vote": its own noun after it
        measure = None
        for e in reversed(numbered[:i]):
            if e.sentence < f.sentence - 3:
                break
            if e.unit == f.unit and not _named_only(e.counts):
                measure = (e.counts or "").split(" (")[0]
                break
        if not measure:
            continue
        clause = re.split(r"[,;:]", text[: n.start])[-1]
        holder = _holder(clause)
        f.counts = f"{measure} ({holder})" if holder else measure

"""A count whose noun is left out because the figure before it in the sentence named it (English).

"the economy has created 1.7 million jobs, after losing about 2.7 million during the recession", "sold 4,000 cars
in May but only 2,500 in June": the second count has no noun of its own (a preposition or the end of the clause
follows it) and stands in a clause joined to the first ("after", "before", "while", "but", "and", "compared
with"...); it counts what the first counts. Read alone, it took the sentence's subject ("economy") instead.
Run on one sentence's figures after they have shared their readings (`sharing`).
"""

from __future__ import annotations

import re

from briefing_app.core.facts.done_to import done_to
from briefing_app.core.facts.model import Fact

# The gap between the two counts: the first one's noun phrase, then a joining word and a short verb phrase.
_JOINED = re.compile(
    r"[^.;:()]{0,40}?\b(?:after|before|while|whereas|but|and|compared\s+with|compared\s+to|versus|against)\b"
    r"[^.;:()\d]{0,40}$",
    re.IGNORECASE,
)
# No noun of its own after the second count: a preposition, a time word or the end of a clause.
_BARE_AFTER = re.compile(
    r"\s*(?:[,.;:)]|$|\s*(?:in|during|on|at|over|from|since|through|until|by|a\s+year|the\s+year|last|this|"
    r"earlier|before|ago|previously)\b)"
)
_CLAUSE_VERB = re.compile(r"\b[a-z]{3,}(?:ing|ed)\b|\b(?:lost|sold|made|cut|shed|had|won|built|hired|fired)\b")


def share_elided_noun(facts: list[Fact], text: str) -> None:
    """Give a bare count the noun of the count before it when the two stand in joined clauses."""
    for i, f in enumerate(facts):
        n = f.number
        if n is None or i == 0 or f.unit is not None or n.currency or not _BARE_AFTER.match(text[n.end :]):
            continue
        e = facts[i - 1]
        if e.number is None or e.unit is not None or e.number.currency or not e.counts:
            continue
        gap = text[e.number.end : n.start]
        if not _JOINED.match(gap) or not _CLAUSE_VERB.search(gap):
            continue
        stems = {w[:5].lower() for w in re.findall(r"[A-Za-z]{3,}", gap)}
        if any(w[:5].lower() in stems for w in re.findall(r"[A-Za-z]{3,}", f.counts or "")):
            continue  # read from its own clause ("killing four civilians and wounding six": wounded)
        # the words of the first count's reading that stand right after it in the text: its own noun
        noun: list[str] = []
        words_after = re.findall(r"[A-Za-z][\w'’-]*", gap)
        for w, a in zip(e.counts.split(" (")[0].split(), words_after, strict=False):
            if w != a:
                break
            noun.append(w)
        if not noun or not re.match(rf"\s*{re.escape(noun[0])}\b", gap):
            continue
        # (the noun alone, not where the first ones went: "put 12,000 people in shelters and killed six")
        cut = next((k for k, w in enumerate(noun) if k and w.lower() in _PLACE_WORDS), len(noun))
        said = " ".join(noun[:cut])
        # (and what was done to the second ones when the first's verb differs: "hired 300 workers but fired 120")
        done = done_to(text[: n.start])
        said = f"{said} ({done})" if done and done not in said else said
        if said.lower() not in (f.counts or "").lower():
            f.counts = said


# Prepositions that end a count's noun where its place or destination starts ("people in shelters").
_PLACE_WORDS = {"in", "into", "at", "on", "from", "to", "across", "inside", "outside", "near"}


# The level a result was reckoned from, after "from" and its sign: "rose to US$2.81 billion ... from US$1.33 billion".
_FROM_SIGN = re.compile(
    r"\bfrom\s+(?:(?:about|around|roughly|nearly|almost|some|just)\s+)?(?:US|C|A|NZ|HK|S)?[$£€¥]\s*$"
)
_SHARE_ONLY = {"share", "per share", "a share", "share (per share)"}


def share_from_level(facts: list[Fact], text: str) -> None:
    """Give a sum after "from" whose reading is only the per-share label of the restatement beside it ("share") what
    the last sum in its currency before it counts: the result whose earlier level it is."""
    for i, f in enumerate(facts):
        n = f.number
        if n is None or not n.currency or (f.counts or "share").lower() not in _SHARE_ONLY:
            continue
        if not _FROM_SIGN.search(text[: n.start]):
            continue
        earlier = next((e for e in reversed(facts[:i]) if e.number is not None and e.number.currency == n.currency
                        and e.counts and e.counts.lower() not in _SHARE_ONLY
                        and not e.counts.endswith("(per share)")), None)  # fmt: skip
        if earlier is not None:
            f.counts = earlier.counts


# A change restated after a figure with its noun left out: "a surplus of $16.11 billion in the first four months,
# sharply down 78.6 percent from a year earlier".
# (a dash sets the change off as a comma does: "stood at £202,859 in September – down 0.9% from August"; and a
# relative clause on the figure before says the same: "$34.6 billion, which was 49.4 per cent higher")
_CHANGE_AFTER_COMMA = re.compile(
    r"(?:,|\s[-–—]{1,2})\s+(?:[a-z]+ly\s+)?(?:up|down|higher|lower)\s+(?:by\s+)?$"
    r"|,\s+which\s+(?:was|is|were|are|represents|represented)\s+(?:(?:about|some|nearly|almost|roughly)\s+)?$"
)
# The level a figure before it rose or fell from, with a word on the count's revision: "hit 12.66 million barrels,
# up from a revised 12.48 million".
_UP_FROM_REVISED = re.compile(
    r"\b(?:up|down)\s+from\s+(?:an?\s+|the\s+)?(?:revised|preliminary|initial|upwardly\s+revised|"
    r"downwardly\s+revised|originally\s+reported|previously\s+reported)\s+(?:US|C|A)?[$£€]?$"
)
_REVISION_WORDS = {"revised", "preliminary", "initial", "upwardly", "downwardly", "originally", "previously",
                   "reported"}  # fmt: skip
_SPANS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"}


def share_restated_change(facts: list[Fact], text: str) -> None:
    """Give a change told after a comma with no noun of its own ("..., sharply down 78.6 percent") what the last
    figure before it counts, past a span of time named between ("in the first four months")."""
    for i, f in enumerate(facts):
        n = f.number
        if n is None:
            continue
        words = set(re.findall(r"[a-z]+", (f.counts or "").lower()))
        if _UP_FROM_REVISED.search(text[: n.start]) and words <= _REVISION_WORDS:
            percent = f.unit == "percent"
            earlier = next((e for e in reversed(facts[:i]) if e.counts and (e.unit == "percent") == percent), None)
            f.counts = earlier.counts if earlier is not None else f.counts  # "up from a revised 12.48 million"
            continue
        if f.unit != "percent" or not _CHANGE_AFTER_COMMA.search(text[: n.start]):
            continue
        if words and not words <= {"up", "down", "higher", "lower", "by"} | {w for w in words if w.endswith("ly")}:
            continue  # a reading of its own
        earlier = next((e for e in reversed(facts[:i]) if e.counts and e.unit not in _SPANS), None)
        if earlier is not None:
            f.counts = earlier.counts

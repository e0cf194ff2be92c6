"""English figures that measure the quantity another figure of their sentence already named, read once every figure
of the sentence has its own reading (`counted_compared.share_restated` calls this for English):

- a second verb of change with no subject of its own, or only a pronoun, after "but"/"and"/"yet"/"while": "Sales
  rose 3% to $410m, but were down 5% in constant currency", "... but it fell 1 percent when ..." measure the sales;
- the level a share is set against after a comparative: "$556m, 12% higher than the $497m a year earlier";
- a level whose reading is another figure's own phrase: "a 7-percent decline in operating profit to $310m" read
  "7-percent decline"; the level is of the operating profit.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.sharing import own_noun

_CHANGE_VERB = (
    r"(?:rose|fell|grew|climbed|jumped|dropped|declined|increased|decreased|gained|slipped|slid|edged|surged|soared|"
    r"plunged|sank|shrank|eased|advanced|rebounded|tumbled|dipped|rise|fall|rises|falls|grow|grows|climb|climbs|"
    r"risen|fallen|grown)(?:\s+(?:up|down|back))?"
)
# A coordinated clause whose subject is left out or is a pronoun, up to the figure: ", but were down | 5%",
# "but it fell | 1 percent", "and was up | 4 percent", "while they rose by | 2%".
_COORDINATED = re.compile(
    r"(?:^|[,;]|\s)\s*(?:but|and|yet|while|whereas)\s+(?:(?:it|they)\s+)?"
    r"(?:(?:also|then|later|still|only|actually)\s+)?(?:(?:has|have|had)\s+)?"
    # (or a copula alone before a share and its state: "and was | 28 percent contained")
    rf"(?:{_CHANGE_VERB}|(?:was|were|is|are|been)\s+(?:up|down|higher|lower|off|flat)|(?:was|were|is|are)"
    r"(?=\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|just\s+|only\s+)?$))\s+"
    r"(?:(?:by|a\s+further|another|about|some|nearly|almost|around|roughly|just|only)\s+)*(?:US\$|[$£€])?$",
    re.IGNORECASE,
)
# A coordinated verb phrase with no subject of its own that beats or trails something by the figure: "but have
# outperformed the index by | about 25 per cent", "and lagged its rivals by | 3%".
_OUTDONE_BY = re.compile(
    r"(?:^|[,;]|\s)\s*(?:but|and|yet)\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:out[a-z]+ed|lagged|trailed|beaten|beat)"
    r"\s+[^,;:()]{1,60}?\s+by\s+(?:(?:about|some|nearly|almost|around|roughly|just|only)\s+)?$",
    re.IGNORECASE,
)
_SPANS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"}
# What a figure's own reading is when it found no noun in such a clause: the verb itself, "up"/"down", its unit word,
# the pronoun.
_NO_NOUN = {"rose", "fell", "grew", "climbed", "jumped", "dropped", "declined", "increased", "decreased", "gained",
            "up", "down", "was", "were", "is", "are", "rise", "fall", "percent", "per", "cent", "it", "they", "higher",
            "lower", "slipped", "slid", "edged", "surged", "soared", "plunged", "sank", "eased", "dipped", "tumbled",
            "advanced", "rebounded", "shrank"}  # fmt: skip
# Between a share and the level it is set against: "12% higher than the | $497m", "5 percent below | $2.1bn".
_THAN = re.compile(
    r"\s*(?:%|per\s*cent|percent|percentage\s+points?)?\s+(?:higher|lower|more|less|above|below|bigger|smaller|"
    r"greater|up|down)\s+(?:than|from|on|compared\s+(?:with|to))\s+(?:the\s+|last\s+year['’]s\s+|a\s+year\s+"
    r"earlier['’]s\s+)?(?:US\$|[$£€])?$",
    re.IGNORECASE,
)
# (and the stronger ones of results copy: "a 99 per cent plunge in underlying pre-tax profits to just £1.2m")
_CHANGE_NOUN = (r"(?:rise|fall|increase|decrease|decline|drop|jump|gain|growth|cut|reduction|slump|surge|climb|dip|"
                r"plunge|slide|leap|tumble|slip)")
# The period a change is reckoned over, between the share and its noun ("61 per cent year-on-year (YoY) jump").
_YOY = r"(?:(?:year-on-year|year-over-year|y-o-y|annual|quarterly)(?:\s*\((?:YoY|y-o-y|QoQ)\))?\s+)?"
# A share's change noun, what changed and "to" before the level reached: "a 7-percent | decline in operating profit to
# | $310m", "a 9 percent | rise in pretax profit to | £46m".
_CHANGE_TO = re.compile(
    # (a comma may set the level off: "a nine per cent increase in full year net profit, to $97.7 million"; and a
    # currency's sign or letters may stand before it: "to ₦2.14 billion", "to Dh205 million")
    # (Indian copy gives the level with "at": "reported 61 per cent jump in its net profit at Rs 108 crore")
    rf"[- ]?(?:%|per\s*cent|percent)?[- ]?{_YOY}{_CHANGE_NOUN}\s+(?:in|of)\s+[^,;:()\d]{{1,60}}?,?\s+(?:to|at)\s+"
    r"(?:(?:about|some|nearly|almost|around|roughly|just|only)\s+)?(?:US\$|[$£€₦₹]|(?:Rs|N|R|Dhs?|Sh|QR|AED)\.?\s?)?",
    re.IGNORECASE,
)
# A change noun before what changed, dropped when the level takes the measure over: "decline in operating profit".
_CHANGE_HEAD = re.compile(
    rf"^(?:{_YOY}{_CHANGE_NOUN}\s+(?:in|of)\s+)(?=\w)",
    re.IGNORECASE,
)


# A part of the group the sentence before counted, or the group again, its noun left out: "Of these, | 39 are at
# ...", "There were | 21 recorded in the last 24 hours".
_OF_THESE = re.compile(
    r"^\s*(?:(?:Of|Among)\s+(?:these|those|this|them|that|whom|the\s+total)\s*,?|There\s+(?:were|are|have\s+been|"
    r"has\s+been)(?:\s+(?:another|a\s+further|also))?)\s*(?:(?:about|some|nearly|almost|around|just|only)\s+)?$"
)
# The place or state of one part before the next part of the same group: "39 are at Lakeside Hospital, | 1 at ...".
_PARALLEL_PART = re.compile(
    r"\s+(?:(?:are|were|is|was)\s+)?(?:at|in|on|from)\s+[^,;:()\d]{1,60}?(?:,\s*(?:and\s+|while\s+)?|\s+and\s+)"
)


def _left_out(g: Fact, before: str, f: Fact | None, told: list[Fact]) -> str | None:
    """What a figure with no reading at all counts when its noun is left out: the group the sentence before counted
    ("Of these, 39 ...", "There were 21 recorded ..."), or the part before it in a list of places ("39 are at X, 1 at
    Y")."""
    assert g.number is not None
    if f is not None and f.number is not None and f.counts and f.unit == g.unit and _PARALLEL_PART.fullmatch(
        before[f.number.end :]
    ):
        return f.counts
    if f is None and _OF_THESE.match(before):
        earlier = [e for e in told if e.counts and e.unit == g.unit and not e.counts.startswith("age")]
        if earlier and earlier[-1].sentence == max(e.sentence for e in told):
            return _head(earlier[-1].counts)
    return None


def _head(counts: str | None) -> str:
    return (counts or "").split(" (")[0].strip()


def _measure(counts: str) -> str:
    """The measure of another figure's reading, without a comparative in brackets or a change noun before it."""
    head = _head(counts)
    return _CHANGE_HEAD.sub("", head) or counts


def _no_noun(counts: str | None) -> bool:
    words = _head(counts).lower().split()
    return not words or all(w in _NO_NOUN for w in words)


def share_en_restated(numbered: list[Fact], text: str, told: list[Fact] | None = None) -> None:
    """Give figures that restate another figure's quantity that figure's measure (see the module's docstring);
    `told` are the figures of the sentences before."""
    for i, g in enumerate(numbered):
        n = g.number
        if n is None:
            continue
        if not g.counts and not own_noun(g, text, "en"):
            left_out = _left_out(g, text[: n.start], numbered[i - 1] if i else None, told or [])
            if left_out:
                g.counts = left_out
                continue
        if i == 0:
            continue
        earlier = [f for f in numbered[:i] if f.number is not None and f.counts and not _no_noun(f.counts)]
        if not earlier:
            continue
        before = text[: n.start]
        gap_start = earlier[-1].number.end if earlier[-1].number is not None else 0
        coordinated = _COORDINATED.search(before[gap_start:])
        outdone = _OUTDONE_BY.search(before[gap_start:])
        # (or what it read is a word of the first clause: "have halved in value ..., but have outperformed the
        # index by | about 25 per cent" read "value")
        taken = outdone is not None and bool(_head(g.counts)) and re.search(
            rf"\b{re.escape(_head(g.counts))}\b", before[: gap_start + outdone.start()]
        ) is not None
        if (coordinated and _no_noun(g.counts)) or (outdone and (_no_noun(g.counts) or taken)):
            # (the nearest earlier figure in the same unit: "rose 3% to $410m, but were down 5%": the 3%; no span)
            earlier = [f for f in earlier if f.unit not in _SPANS] or earlier
            same = [f for f in earlier if f.unit == g.unit] or earlier
            g.counts = same[-1].counts
            continue
        f = numbered[i - 1]
        if f.number is None or not f.counts or _no_noun(f.counts):
            continue
        gap = text[f.number.end : n.start]
        if f.unit == "percent" and g.unit != "percent" and _THAN.fullmatch(gap) and not own_noun(g, text, "en"):
            g.counts = _measure(f.counts)  # "12% higher than the $497m a year earlier": the same measure
            continue
        if f.unit == "percent" != g.unit and _CHANGE_TO.fullmatch(gap) and not own_noun(g, text, "en"):
            g.counts = _measure(f.counts)  # "a 7-percent decline in operating profit to $310m": operating profit


# A term served in a place of confinement after a duration: "penalties of up to 20 years | in prison".
_CONFINED = re.compile(
    # (with a kind of prison between: "20 years in federal prison", "six months in a county jail")
    r"\s+(?:years?|months?|weeks?|days?)?\s*(in\s+(?:(?:a\s+)?(?:federal|state|county|military|high-security|"
    r"maximum-security|local)\s+)?(?:prison|jail|custody|detention)|behind\s+bars)\b"
)


def confined_term(after: str, counts: str | None, unit: str | None) -> str | None:
    """`counts`, with where a term is served when the figure is a span followed by it and its reading left it out
    ("The law set penalties of up to 20 years in prison" read only the penalties)."""
    confined = _CONFINED.match(after) if unit in ("years", "months", "weeks", "days") else None
    if confined is None or (counts and confined.group(1).split()[-1] in counts):
        return counts
    cut = " ".join(confined.group(1).split()[:-1])  # "in federal": the place's words a reading cut before its noun
    if counts and len(cut.split()) > 1 and re.search(rf"{re.escape(cut)}(?=\)|$)", counts):
        return re.sub(rf"{re.escape(cut)}(?=\)|$)", confined.group(1), counts, count=1)
    return f"{counts} {confined.group(1)}" if counts else confined.group(1)

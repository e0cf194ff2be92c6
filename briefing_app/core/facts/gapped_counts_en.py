"""A bare count in a clause joined to a counted one: it counts the same noun (English).

"at least 14 people were struck, with two of the victims dying at the scene and three sustaining injuries",
"52 of the other passengers' injuries were considered urgent and ten were considered minor", "will take about 52
seats ... and the opposition bloc only about 11;": the second number has no noun of its own (a verb, a comma or the
clause's end follows it) and stands after "and", "while", "but" or a comma past a number that names its noun ("52
seats", "two of the victims"). Read alone it took the verb after it ("sustaining", "considered minor") or a word
before it ("bloc"); it counts the first one's noun, and what its own clause says of it is kept beside it.
`counted_elided` reads the same gap when a preposition follows the second number and a clause verb stands between.
Run on one sentence's figures once every other sharing has been done.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.done_to import done_to
from briefing_app.core.facts.figure_context import before_qualifier
from briefing_app.core.facts.figure_words import EN_MONTHS, PERIODS, TIME_WORDS
from briefing_app.core.facts.model import Fact

# The noun right after the first number, or after its "of the" ("two of the victims", "52 of the other
# passengers' injuries"): up to three words ending in a plural (or a plural's possessive with its noun).
_NOUN_AFTER = re.compile(
    r"\s+(?:of\s+(?:the|those|these|its|their)\s+)?"
    r"((?:(?!(?:and|or|but|while|were|was|are|is|had|have|has|who|that|which)\b)[a-z][\w-]*\s+){0,2}?"
    # (or a plural with no "s": "12,000 people in shelters" counts the people)
    r"(?:[a-z][\w-]*s|people|men|women|children)(?:['’]\s+[a-z][\w-]*s)?)\b"
)
# No noun of its own after the second number: a verb (a copula, a past, a participle), or a clause's end.
BARE_AFTER = re.compile(
    r"\s*(?:[,;.)]|$)|\s+(?:(?:others|more)\s+)?(?:were|was|are|is|had|have|has|remain\w*|died|survived|"
    r"(?!need|feed|seed|speed|bed|red|shed)[a-z]{3,}ed(?!\s+[a-z][\w-]*s\b)|(?!during|bring|king|thing|ring|morning|evening)[a-z]{3,}ing(?!\s+[a-z][\w-]*s\b))\b"
)
# What joins the two clauses, at the end of the gap: a conjunction, or a comma or semicolon, and a few words
# that are no verb of a new clause ("and the nine-party bloc only about").
_JOINED = re.compile(r"(?:\b(?:and|while|whereas|but)\b|[,;])(?:\s+[\w'’-]+){0,5}?\s*$", re.IGNORECASE)
# A gap that leaves the first count's clause: a verb of saying, or a new clause's subject pronoun.
_NEW_CLAUSE = re.compile(r"\b(?:said|says|told|according|he|she|they|it|we|which|who)\b", re.IGNORECASE)
# The second number as the object of "to"/"at" or of a total: "bringing the number rescued to 63", "a total of".
_LEVEL_BEFORE = re.compile(r"\b(?:to|at|of|number|total|tally|toll|count|figure)\s*$|\b(?:number|total|tally|toll)\b",
                           re.IGNORECASE)
_WORD_NUMBER = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand)\b|\d",
    re.IGNORECASE,
)


def share_gapped_counts(facts: list[Fact], text: str) -> None:
    """Give a bare count the noun of the counted number before it when it stands in a clause joined to that one."""
    for i, f in enumerate(facts):
        n = f.number
        if n is None or i == 0 or f.unit is not None or n.currency or n.kind != "number":
            continue
        if not BARE_AFTER.match(text, n.end) or (f.counts or "").startswith(("age", "more")):
            continue
        for e in reversed(facts[:i]):
            m = e.number
            if m is None or "-" in m.text:  # (a compound modifier between: "the nine-party bloc")
                continue
            noun = _NOUN_AFTER.match(text, m.end)
            if e.unit is not None or m.currency or not noun or not e.counts or noun.group(1) not in e.counts:
                break
            gap = text[noun.end() : n.start]
            if n.qualifier:
                at = gap.rfind(n.qualifier)
                gap = gap[:at] if at >= 0 else gap
            plain = re.sub(r"\S+-\S+", " ", gap)  # (a compound modifier counts nothing: "the nine-party bloc")
            if _LEVEL_BEFORE.search(gap):
                break  # a level or a total, no part: "bringing the number rescued to 63"
            if len(gap) > 90 or _WORD_NUMBER.search(plain) or _NEW_CLAUSE.search(gap) or not _JOINED.search(gap):
                break
            if re.search(r"\bincluding\s*$", gap) and f.counts:
                break  # a part with its own reading: "40 people were detained, including three retired generals"
            said = noun.group(1)
            own = (f.counts or "").strip()
            if said.split()[-1].rstrip("'’")[:5].lower() in own.lower():
                break  # it names that noun already
            # (what its clause says of it stays: "passengers (considered minor)"; not a word of the gap alone)
            # (a verb done to it right before it is its own: "put 12,000 people in shelters and killed six")
            its_own = own and (own.split()[0] not in gap.split() or own == done_to(before_qualifier(text, n)))
            kept = own if its_own else None
            f.counts = f"{said} ({kept})" if kept else said
            break


# The whole after "out of", with no noun of its own: an adjective of the whole, a preposition or the clause's end.
_OUT_OF_BEFORE = re.compile(r"\bout\s+of\s+(?:a\s+(?:total|possible)\s+(?:of\s+)?)?$", re.IGNORECASE)
_WHOLE_AFTER = re.compile(
    r"\s+(available|possible|eligible|contested|remaining|in\s+total)\b|\s*(?:[,.;:)]|$)|\s+(?:in|on|at|for|across)\b"
    r"|\s+(?=(?:that|who)\s+(?:were|was|had|have)\b)"  # ("out of 92 that were referred": the relative says which)
)


def share_out_of_whole(facts: list[Fact], text: str) -> None:
    """Give the whole after "out of" the noun of the part before it: "50 seats out of 75 available" (seats)."""
    for e, f in zip(facts, facts[1:], strict=False):
        m, n = e.number, f.number
        if m is None or n is None or f.unit is not None or n.currency or e.unit is not None or m.currency:
            continue
        if not _OUT_OF_BEFORE.search(text[: n.start]) or not (whole := _WHOLE_AFTER.match(text, n.end)):
            continue
        noun = _NOUN_AFTER.match(text, m.end)
        if noun is None or not e.counts or noun.group(1) not in e.counts or noun.group(1) in (f.counts or ""):
            continue
        between = text[noun.end() : n.start]
        # ("59 patients were treated within this period, out of 92 that were referred": the whole set off after the
        # part's clause, where no other noun has come between)
        set_off = re.fullmatch(r"[^,;.\d]{0,80},\s*out\s+of\s+", between) and f.counts in (None, "out")
        if not set_off and not re.fullmatch(r"\s*out\s+of\s+(?:a\s+(?:total|possible)\s+(?:of\s+)?)?", between):
            continue  # the whole right after the part's noun ("50 seats out of 75"), nothing between
        said = whole.group(1)
        f.counts = f"{noun.group(1)} ({said})" if said else noun.group(1)


# A list of counts that share the first one's noun and preposition: "arrested 179 suspects for robbery, 100 for
# kidnapping and 77 for rape", "179 of the suspects were held for robbery, 100 for kidnapping". The later counts
# have a preposition right after them and no noun; read alone they took the preposition's object ("kidnapping").
_PREPOSITION_AFTER = re.compile(r"\s+(for|in|from|at|on|with|over|under)\s+(?:the\s+|a\s+|an\s+)?([\w/'’-]+)")
# Between two items of the list: the first one's phrase up to a comma, then "and"/"or"/"while" maybe (no number, no
# clause of saying).
_LIST_GAP = re.compile(r"[^.;:()\d]{0,60}?(?:,\s*(?:(?:and|or|while|with)\s+)?|\s+(?:and|or)\s+)$")
# What may stand between the first count's noun and its preposition: a passive or past verb ("were arrested").
_VERB_BETWEEN = re.compile(r"(?:\s+(?:were|was|have\s+been|had\s+been|are|been|being))?(?:\s+[a-z]{3,}(?:ed|en))?")


# A time as the preposition's object makes no list of kinds: "hired 300 workers in May and 120 in June" (the months
# say when; `counted_elided` reads that gap).
_TIME_OBJECT = re.compile(rf"{EN_MONTHS}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:19|20)\d\d|\d")


def _timed(obj: str) -> bool:
    return _TIME_OBJECT.match(obj) is not None or obj.lower() in PERIODS or obj.lower() in TIME_WORDS


def share_listed_prepositions(facts: list[Fact], text: str) -> None:
    """Give each bare count of a list the first item's noun when it repeats that item's preposition."""
    noun: str | None = None
    preposition: str | None = None
    for i, f in enumerate(facts):
        n = f.number
        if n is None or f.unit is not None or n.currency or n.kind != "number":
            noun = None
            continue
        own = _PREPOSITION_AFTER.match(text, n.end)
        if noun and preposition and own and own.group(1) == preposition and i and not _timed(own.group(2)):
            e = facts[i - 1]
            if e.number is not None and _LIST_GAP.fullmatch(text[e.number.end : n.start]) is not None:
                if not _NEW_CLAUSE.search(text[e.number.end : n.start]):
                    f.counts = f"{noun} {preposition} {own.group(2)}"
                    continue
        # (a count that opens a list: its noun, a verb maybe, then a preposition)
        named = _NOUN_AFTER.match(text, n.end)
        verb = _VERB_BETWEEN.match(text, named.end()) if named else None
        opened = _PREPOSITION_AFTER.match(text, verb.end()) if verb else None
        if named and opened and f.counts and named.group(1).split()[-1] in f.counts and not _timed(opened.group(2)):
            noun, preposition = named.group(1), opened.group(1)
        else:
            noun, preposition = None, None


# A list of shares whose later members say only where or for whom: "won 61% of renters over 40 in Tolvia, 58% in
# Marsh county and 52% in Upper Dale", "drew 2% to 4% support, compared with 31% to 35% for Pell". Read alone, a
# later share took the words the member before it ended on ("Tolvia last year") or that member's whole reading.
_SHARE_UNIT = re.compile(r"\s*(?:%|percent\b|per\s*cent\b)", re.IGNORECASE)
_WHERE_AFTER = re.compile(
    r"\s+(in|for|among|at|on|from)\s+((?:the\s+)?[A-Za-z][\w'’-]*(?:\s+(?!(?:and|or|but|while)\b)[\w'’-]+){0,4}?)"
    r"(?=\s*(?:[,;.)]|$)|\s+(?:and|or|but|while|compared|versus|according)\b)"
)
# What joins two members: a comma, "and", "or", or a comparison ("compared with", "versus").
_MEMBER_GAP = re.compile(
    r"(?:,\s*(?:(?:and|or|while|compared\s+(?:with|to)|versus|against)\s+)?|\s+(?:and|or|versus|against)\s+"
    r"|,?\s+compared\s+(?:with|to)\s+)$",
    re.IGNORECASE,
)


def share_listed_shares(facts: list[Fact], text: str) -> None:
    """Give a later share of a list, followed only by where or for whom, the first share's noun and its own place."""
    given: set[int] = set()  # (the members given the first's noun: the next member may take it from them)
    for i, f in enumerate(facts):
        n = f.number
        unit = _SHARE_UNIT.match(text, n.end) if n is not None and f.unit is not None else None
        where = _WHERE_AFTER.match(text, unit.end()) if unit else None
        if n is None or where is None or _timed(where.group(2)):
            continue
        before = next((e for e in reversed(facts[:i]) if e.unit == f.unit and e.number is not None), None)
        if before is None or before.number is None or not before.counts:
            continue
        before_unit = _SHARE_UNIT.match(text, before.number.end)
        if before_unit is None or (_WHERE_AFTER.match(text, before_unit.end()) and id(before) not in given):
            continue  # "9.9% for workers retiring in 2022, 46% for ...": no noun of the first's own to give
        gap = text[before.number.end : n.start]
        if n.qualifier:
            at = gap.rfind(n.qualifier)
            gap = gap[:at] if at >= 0 else gap
        if len(gap) > 100 or re.search(r"[;:.()]", gap) or not _MEMBER_GAP.search(gap):
            continue
        own = (f.counts or "").split(" (")[0]
        # (only a reading taken from the member before: its own words, or the same reading)
        if f.counts and f.counts != before.counts and not set(own.split()) <= set(gap.split()):
            continue
        noun = before.counts.split(" (")[0].split(",")[0]  # (its noun alone: not "backing, compared")
        f.counts = f"{noun} ({where.group(1)} {where.group(2)})"
        given.add(id(f))


# A bare count closing a clause joined to a term counted in time: "jailed for five years and his wife for four",
# "banned for six months and his team-mate for three". The same preposition opens both; no noun follows the second.
_TERM_GAP = re.compile(r"\s*,?\s+(?:and|while|but)\s+(?:[\w'’-]+\s+){1,4}?(for|over)\s+$")


def share_gapped_terms(facts: list[Fact], text: str) -> None:
    """Give a bare count the unit of time of the term before it when the two are "for five years and X for four"."""
    for e, f in zip(facts, facts[1:], strict=False):
        m, n = e.number, f.number
        if m is None or n is None or f.unit is not None or n.currency or e.unit not in ("years", "months", "weeks"):
            continue
        unit = re.match(rf"\s+({e.unit}|{e.unit[:-1]})\b", text[m.end :])
        gap = _TERM_GAP.match(text[m.end + unit.end() : n.start]) if unit else None
        if gap is None or not re.search(rf"\b{gap.group(1)}\s+$", text[: m.start]):
            continue
        if not re.match(r"\s*(?:[,;.)]|$)", text[n.end :]):
            continue  # ("for five years and his wife for four months": a noun of its own)
        f.unit, f.counts = e.unit, e.counts

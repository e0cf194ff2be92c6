"""Whether a bare "m" against a number is millions because the clause counts something: "May passenger numbers rose
3.7% year-on-year to 7.5m", "Viewing figures peaked at 8.1m", "the rolling 12-month passenger figure to 83.09m".

`numbers` reads a bare "m" as metres unless a currency stands around it or a plural noun follows ("5m people").
In business and media news the noun is often the clause's subject and nothing follows: a level of passenger
numbers, viewing figures or users is a count, and a count is never in metres. Only when no word of length stands in
the sentence ("jump", "tall", "deep", "metres", a race), and not after "the" ("the 100m").
"""

from __future__ import annotations

import re

# A noun of a count in the clause before the number (its subject, or the level's measure).
_COUNT_NOUN = re.compile(
    r"\b(?:numbers?|figures?|passengers|viewers|viewing|users|visitors|audiences?|subscribers|customers|downloads|"
    r"votes|voters|population|members|followers|views|streams|tickets|shipments|units|people|workers|jobs|"
    # (a game's or a record's sales with no currency are copies sold, "the title's sales have topped 2m"; not a
    # place or a body of sales, "the sales tent stands 4m from the gate")
    r"households|homes|patients|cases|residents|listeners|readers|copies|traffic|"
    r"sales(?:\s+volumes?|(?!\s+(?:counters?|desks?|floors?|offices?|teams?|staff|rooms?|stands?|tents?|stalls?|"
    r"areas?|pitch(?:es)?|points?)\b))|"
    # (a list or a backlog of people or cases is a count too: "NHS waiting list hits 6.4m", "fallen from 7.75m")
    r"(?:waiting\s+)?lists?|backlogs?|claimants|applications|claims|deaths|infections|students|pupils|"
    # (shoppers and journeys are counted as people are: "footfall ... to more than 15m a week", "the confirmed
    # total was 3.5m")
    r"footfall|shoppers|tourists|arrivals|spectators|attendances?|admissions|appointments|referrals|calls|trips|"
    r"journeys|prescriptions|operations|total)\b"
    r"[^;:!?]{0,80}$",
    re.IGNORECASE,
)
# Words of length, height, depth or a race anywhere in the sentence: the "m" may then be metres.
_LENGTH_WORDS = re.compile(
    r"\b(?:met(?:re|er)s?|jump\w*|vault\w*|throw\w*|sprint\w*|race\w*|hurdles?|relays?|tall|deep|long|"
    # (a level compared is no height: "could be as high as 3.7m", "higher than at any time", "a record high")
    r"(?<!as\s)(?<!record\s)(?<!all-time\s)(?<!year\s)high(?!\s+as\b)|higher(?!\s+than\b)|"
    r"wide|height|depth|length|distance|swim\w*|freestyle|altitude|elevation|waves?|towers?|walls?|buildings?|"
    r"bridges?|tunnels?|pools?|span|above|below|sea\s+level|feet|ft|km|kilomet(?:re|er)s?)\b",
    re.IGNORECASE,
)


# After the number, the audience share TV ratings copy brackets against an audience, or the viewers' "tuning in":
# "with a peak of 11.8m (54%)", "grabbed an impressive 2.7m (13.7% share) at 10pm", "with 3.4m (14.6%) tuning in",
# "8.4m tune for latest drama".
# (a length has no share of anything, and nobody tunes in to metres)
_AUDIENCE_AFTER = re.compile(
    r"\s*(?:\(\s*\d+(?:\.\d+)?\s*(?:%|per\s*cent)(?:\s+(?:share|of\s+the\s+(?:audience|viewing)))?\s*\)"
    r"|(?:tuning|tuned|tunes|tune)\s+(?:in|into|for)\b)",
    re.IGNORECASE,
)


# Where a sentence or clause ends (not a decimal point: "rose 3.7% to 7.5m").
_STOP = re.compile(r"[.!?;](?=\s|$)")


def millions_by_subject(text: str, start: int, end: int) -> bool:
    """Whether the bare "m" after the number at `start` is millions of what the clause before counts (or of an
    audience, by the share or the "tuning in" after it)."""
    if _AUDIENCE_AFTER.match(text, end):
        return True
    stops = list(_STOP.finditer(text, 0, start))
    clause_start = stops[-1].end() if stops else 0
    before = text[clause_start:start]
    if re.search(r"\bthe\s+$", before, re.IGNORECASE) or not _COUNT_NOUN.search(before):
        return False
    after = _STOP.search(text, end)
    sentence = text[clause_start : after.start() if after else len(text)]
    return _LENGTH_WORDS.search(sentence) is None

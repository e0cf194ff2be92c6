"""Sums of company results told twice and against a year before (English business pages).

- "net income of $1.59 billion, or $1.02 per share": the second sum is the first one per share of the
  company, so it counts what the first counts, per share ("net income (per share)"), and a per-share sum
  says so even with a word between ("$3.92 per diluted share");
- "That was up 54 percent from $4.31 billion": the sum after "N percent from" is the level the change was
  reckoned from, so it counts what the change counts (a subject the pronoun stood for), not the words
  "percent from" before it; so is a price after a change ("down 5.8 percent at $397.91 in afterhours trading");
- "compared with the average Wall Street estimate of $9.33 billion": a sum right after the noun of what was
  expected is that estimate, whatever the clause before it compared.

Run on one sentence's figures after they have shared their readings (`sharing`), because both readings
borrow another figure's.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

# "per share", "a share", "per diluted share": after the sum (past "cents"/"pence" when the unit is a word).
_PER_SHARE = re.compile(
    # (also a share of a firm named between: "US$53 per Versum share", "$12 a Tolvik share")
    r"\s*(?:cents?\b|pence\b|p\b|c\b)?\s*(?:per|a)\s+(?:(?:diluted|basic|adjusted|common|ordinary|class\s+[A-Z]|"
    r"(?-i:[A-Z][\w&.-]*))\s+)?"
    r"share\b(?!s|holder)",
    re.IGNORECASE,
)
# A price after a change in it: "was down $24.33, or 5.8 percent, at $397.91 in afterhours trading", "9 percent lower
# at $581.25": the level the change left the subject at.
_AT_AFTER_CHANGE = re.compile(
    r"\s*(?:%|percent\b|per\s+cent\b)?\s*(?:higher|lower)?\s*,?\s+at\s+(?:US|C|A)?[$£€]?", re.IGNORECASE
)
# The noun of what was expected right before a sum: "compared with the average Wall Street estimate of $9.33 billion",
# "the consensus forecast of 47 cents".
_EXPECTED_OF = re.compile(
    r"\b(estimate|estimates|forecast|forecasts|consensus|expectation|expectations|projection|guidance)\s+of\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|just)\s+)?(?:US|C|A)?[$£€]?$",
    re.IGNORECASE,
)
# A share restated as a sum after ", or": "an increase of 2.29%, or approximately $292,000".
_OR_RESTATED = re.compile(
    r"\s*(?:%|percent\b|per\s+cent\b|pct\b)?\s*,\s*or\s+(?:(?:about|around|roughly|nearly|almost|some|just|"
    r"approximately)\s+)?(?:US|C|A)?[$£€]?",
    re.IGNORECASE,
)
# A sum restated as a share after ", or", a period of the sum maybe between: "a county tax increase of $10.73 this
# year, or | 2.9 percent", "an increase of $10.60 annually, or | 2.77 percent".
_OR_SHARE = re.compile(
    r"(?:\s+(?:this|last|next|a|per|each|every)\s+(?:year|month|week|day)|\s+(?:annually|yearly|monthly|a\s+year))?"
    r"\s*,\s*or\s+(?:(?:about|around|roughly|nearly|almost|some|just|approximately)\s+)?"
)
# After the share: the end of its clause (not a noun of its own: ", or 12 percent of its budget").
_SHARE_ENDS = re.compile(r"\s*(?:%|percent\b|per\s*cent\b|pct\b)\s*(?:[,.;)]|$)", re.IGNORECASE)
# The level a change was reckoned from: "up 54 percent from $4.31 billion", "down 3% from".
_FROM_AFTER_CHANGE = re.compile(
    r"\s*(?:%|percent\b|per\s+cent\b|pct\b)?\s+from\s+(?:(?:about|around|roughly|nearly|almost|some|just)\s+)?"
    r"(?:US|C|A)?[$£€]?",
    re.IGNORECASE,
)


# The words of a per-share label alone ("diluted share"): what a reading finds when it takes the label for a noun.
_SHARE_WORDS = {"per", "a", "diluted", "basic", "adjusted", "common", "ordinary", "share"}


def _share_label(counts: str | None) -> bool:
    words = (counts or "").lower().split()  # (not "share" alone: "Earnings per share of $9.50" counts the share)
    return "share" in words and len(words) > 1 and set(words) <= _SHARE_WORDS


def per_share_and_baselines(facts: list[Fact], text: str) -> None:
    """Give a per-share sum and the level a change was reckoned from what the figure before them counts."""
    for i, f in enumerate(facts):
        n = f.number
        if n is None:
            continue
        previous = facts[i - 1] if i else None
        gap = text[previous.number.end : n.start] if previous is not None and previous.number is not None else None
        money = n.currency is not None or f.unit in ("cents", "pence")
        if (
            money
            and previous is not None
            and previous.counts
            and previous.unit == "percent"
            and gap is not None
            and _FROM_AFTER_CHANGE.fullmatch(gap)
        ):
            f.counts = previous.counts  # "That was up 54 percent from $4.31 billion": the level of what changed
        elif (
            money
            and previous is not None
            and previous.counts
            and previous.unit == "percent"
            and gap is not None
            and _OR_RESTATED.fullmatch(gap)
            and re.match(r"\s*(?:[,.;)]|$)", text[n.end :])
        ):
            f.counts = previous.counts  # "a tax levy increase of 2.29%, or approximately $292,000": the same increase
        elif (
            f.unit == "percent"
            and previous is not None
            and previous.counts
            and previous.number is not None
            and previous.number.currency is not None
            and gap is not None
            and _OR_SHARE.fullmatch(gap)
            and _SHARE_ENDS.match(text[n.end :])
        ):
            f.counts = previous.counts  # "a tax increase of $10.73 this year, or 2.9 percent,": the same increase
        elif (
            money
            and previous is not None
            and previous.counts
            and previous.unit == "percent"
            and gap is not None
            and _AT_AFTER_CHANGE.fullmatch(gap)
            and "percent" not in previous.counts
        ):
            f.counts = previous.counts  # "down 5.8 percent at $397.91 in afterhours trading": the stock's price
        expected = _EXPECTED_OF.search(text[max(0, n.start - 40) : n.start]) if money else None
        own = (f.counts or "").split()[:1]  # (a noun after the sum stays: "estimates of $10 billion in damage")
        if own and re.search(rf"\b{re.escape(own[0])}\b", text[n.end : n.end + 60], re.IGNORECASE):
            expected = None
        if expected and expected.group(1).lower() not in (f.counts or "").lower():
            f.counts = expected.group(1).lower()  # "the average Wall Street estimate of $9.33 billion": the estimate
        label = _share_label(f.counts)
        per_share = money and _PER_SHARE.match(text[n.end :]) is not None
        if money and label and not per_share:
            # "... $3.92 per diluted share, from the year-earlier quarter's $925 million": the label of another
            # sum's per-share restatement is no noun of this one; it is of the kind of the sum before it
            kind = next((e for e in reversed(facts[:i]) if e.unit == f.unit and e.counts and not _share_label(e.counts)
                         and not e.counts.endswith("(per share)")), None)  # fmt: skip
            f.counts = kind.counts if kind is not None else None
        result = _result_after(text, n.end) if per_share else None
        if result and result not in (f.counts or "").lower():
            f.counts = f"{result} (per share)"  # "made 31 cents per share of net income": not the one who made it
            continue
        if not per_share or ("share" in (f.counts or "") and not label):
            continue
        restated = (
            previous is not None
            and previous.number is not None
            and previous.number.currency is not None
            and previous.counts
            and "share" not in previous.counts
            and gap is not None
            and _OR_RESTATED.fullmatch(gap)
        )
        whole = previous.counts if restated and previous is not None else (None if label else f.counts)
        whole = whole or _priced_deal(text, n.start, n.end)
        f.counts = f"{whole} (per share)" if whole else "per share"


# The result a per-share sum is of, named after it: "made 31 cents per share of net income", "reported 25 cents a
# share in operating profit" (the result said after the share, not before the sum as "profit of 31 cents a share").
_RESULT = r"profits?|earnings|income|loss(?:es)?|revenues?|sales|cash\s+flow"
_RESULT_AFTER = re.compile(
    rf"{_PER_SHARE.pattern}\s+(?:of|in)\s+((?:(?:adjusted|net|operating|core|underlying|comparable|recurring|"
    rf"pre-?tax|after-tax|diluted|basic|quarterly|annual|full-year)\s+){{0,2}}(?:{_RESULT}))\b",
    re.IGNORECASE,
)


def _result_after(text: str, end: int) -> str | None:
    after = _RESULT_AFTER.match(text, end)
    return after.group(1).lower() if after is not None else None


# What a price per share is the price of, in takeover and dividend copy: the noun after "per share" ("a 44p per
# share proposal"), else the deal named before it in the sentence ("it rejected a takeover advance, pitched at
# 5.8p per share").
_DEAL = r"offer|bid|proposal|approach|advance|deal|dividend|payout|price|valuation|premium"
_DEAL_AFTER = re.compile(rf"{_PER_SHARE.pattern}\s+(?:cash\s+|takeover\s+|all-cash\s+)?({_DEAL})s?\b", re.IGNORECASE)
_DEAL_BEFORE = re.compile(rf"\b(?:(takeover|cash|revised|initial|final|rival|hostile)\s+)?({_DEAL})s?\b", re.IGNORECASE)


def _priced_deal(text: str, start: int, end: int) -> str | None:
    after = _DEAL_AFTER.match(text, end)
    if after is not None:
        return after.group(1).lower()
    deals = list(_DEAL_BEFORE.finditer(text[:start]))
    return deals[-1].group(0).lower() if deals else None

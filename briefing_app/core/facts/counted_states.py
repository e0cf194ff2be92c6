"""Three English readings of what a figure counts that the words around it state without a noun after it
(used by `counted`):

- a share in an absolute clause after "with", and its state: "with two percent choosing neither and 3 percent
  undecided" -> "choosing neither", "undecided";
- a run of one deed: "who won three in a row", "has lost five straight" -> "won in a row";
- the noun a participle of costing hangs on: "a tax increase costing residents an additional $2.49" -> the tax
  increase (its cost);
- a record set "with" a figure: "set a record for three-pointers in a season with 245" -> three-pointers (record);
- a sum with no noun and a participle phrase after it: "the $3 billion provided by the Inflation Reduction Act".
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import EN_STOP, EN_VERBS, WORD_TOKENS
from briefing_app.core.facts.phrase_edges import ed_form, prep_complement

# A share that opens an absolute clause after "with" (or the next share of that clause after "and"):
# "with | two percent | choosing neither and | 3 percent | undecided".
_WITH_SHARE = re.compile(
    r"\bwith\s+(?:about|some|nearly|almost|just|only)?\s*$|\bwith\s+[\w.]+\s*(?:%|percent|per\s+cent)"
    r"[^,;.()]{1,40}\band\s+(?:about|some|nearly|almost|just|only)?\s*$"
)
# The state: a participle or an adjective in -ed, with one more word that is no preposition or conjunction.
_SHARE_STATE = re.compile(
    r"\s*((?:un)?[a-z]{2,}(?:ed|ing))\b(?:\s+(?!(?:and|or|but|in|on|of|to|for|the|a|an|with|at)\b)[a-z]+\b)?"
)
_NOT_STATES = {"including", "excluding", "according", "adjusted", "compared", "following", "during", "regarding",
               "ending", "starting", "beginning"}  # fmt: skip
_RUN = re.compile(r"\s+(?:in\s+a\s+row|straight|on\s+the\s+trot)\b")
_DEED_BEFORE = re.compile(r"\b([a-z]{3,})\s+(?:(?:its|their|his|her)\s+(?:last|first|next)\s+)?$")
_COSTING_NOUN = re.compile(r"\b([a-z][\w'’-]*\s+)?([a-z][\w'’-]*),?\s+costing\s")


def share_state(before: str, rest: str) -> str | None:
    """What a share in an absolute clause after "with" does or is ("choosing neither", "undecided"), else None."""
    if not _WITH_SHARE.search(before[-80:]):
        return None
    state = _SHARE_STATE.match(rest)
    if state is None or state.group(1).lower() in EN_STOP | _NOT_STATES:
        return None
    return " ".join(state.group(0).split())


def run_of_deed(before: str, rest: str) -> str | None:
    """The deed a bare count repeats in a run ("won three in a row" -> "won in a row"), else None."""
    if not _RUN.match(rest):
        return None
    deed = _DEED_BEFORE.search(before)
    if deed is None or deed.group(1) in EN_STOP or not (deed.group(1) in EN_VERBS or ed_form(deed.group(1))):
        return None
    return f"{deed.group(1)} in a row"


def costing_noun(before: str) -> str | None:
    """The noun (with one modifier) a participle "costing" hangs on ("a tax increase costing residents"), else
    None."""
    costing = _COSTING_NOUN.search(before[-60:])
    if costing is None:
        return None
    noun = costing.group(2)
    if noun in EN_STOP or noun in EN_VERBS or ed_form(noun):
        return None
    modifier = (costing.group(1) or "").strip()
    modifier = "" if modifier in EN_STOP or modifier in EN_VERBS else modifier
    return f"{modifier} {noun}".strip()


# A record and what it is of, then "with" and the figure that sets it: "set a Knicks record for three-pointers made
# in a single season with | 245".
_RECORD_WITH = re.compile(
    r"\b(record|mark|best|high)\s+(?:for|of)\s+(?:the\s+)?([^,;:.()]{1,80}?)\s+with\s+"
    r"(?:(?:about|some|nearly|almost|just|only|a\s+total\s+of)\s+)?$"
)


def record_with(before: str) -> str | None:
    """What a bare figure after "with" sets a record of ("three-pointers (record)"), else None."""
    record = _RECORD_WITH.search(before[-140:])
    if record is None:
        return None
    words: list[str] = []
    for word in record.group(2).split():
        if word.lower() in EN_STOP or (words and (ed_form(word) or word.lower() in EN_VERBS)):
            break  # "three-pointers | made in a single season": the noun, not what describes it
        words.append(word)
    return f"{' '.join(words)} ({record.group(1)})" if words else None


# A participle of giving or raising money after a sum, then its prepositional phrase: "the $3 billion | provided by
# the Inflation Reduction Act", "$5 million | raised from donors", "£2bn | earmarked for schools".
_SUM_PARTICIPLE = re.compile(
    r"\s+((?:[a-z]+ed|paid|spent|given|set\s+aside|won|lent|owed)(?:\s+(?:up|out|back))?)(?=\s)"
)


def sum_participle(rest: str) -> str | None:
    """What a sum with no noun of its own is by the participle phrase after it ("provided by the Inflation
    Reduction Act"), else None."""
    m = _SUM_PARTICIPLE.match(rest)
    if m is None or m.group(1) in EN_STOP or m.group(1) in ("compared", "needed", "used", "based"):
        return None
    tokens = WORD_TOKENS.findall(rest[m.end() :])
    routed = tokens[:1] and tokens[0].lower() in ("through", "via")  # "$3 million provided through CRS"
    complement = prep_complement(["by", *tokens[1:]] if routed else tokens, 0)
    if routed and complement:
        complement = [tokens[0], *complement[1:]]
    return " ".join([*m.group(1).split(), *complement]) if complement else None

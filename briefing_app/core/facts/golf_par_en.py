"""Golf scores against par (English): "a six-under-par 66", "is 11 under par", "Pennick is nine under", "slipped to two
over": the number counts shots under (or over) par, whoever the sentence is about. Called from `counted_lead`."""

from __future__ import annotations

import re

from briefing_app.core.numbers import NumberMatch

# Glued to the number: "six-under-par", "11-under", "a two-over-par 74", "three-under 68".
_GLUED = re.compile(r"-(under|over)(?:-par)?\b", re.IGNORECASE)
# Apart from it, then "par" ("11 under par", "two over par") ...
_PAR_AFTER = re.compile(r"\s+(under|over)\s+par\b", re.IGNORECASE)
# ... or the bare "under"/"over" where a total is said: at the clause's end or before a preposition of the round or
# the leader ("is nine under, with", "on eight under.", "two over after a 75", "11 under for the tournament"); a noun
# or a name after it is something else ("12 under the new rules", "won two over Chelsea" has no number before).
_BARE_AFTER = re.compile(
    r"\s+(under|over)(?=\s*(?:$|[,.;:)!?]|\s(?:after|for|with|going|overall|through|and|alongside|behind|ahead|"
    r"at\s+the\s+(?:turn|top|halfway)|in\s+(?:the\s+)?(?:clubhouse|lead|tournament|total)|heading|when|before)\b))",
    re.IGNORECASE,
)
# A sentence of a golf round: the bare "under"/"over" counts shots only there.
_GOLF_WORDS = re.compile(
    r"\b(?:par|birdies?|birdied|bogeys?|bogeyed|eagles?|eagled|rounds?|shots?|holes?|putts?|cut|clubhouse|tee|"
    r"fairways?|greens?|leaderboard|strokes?|Open|Masters|golf)\b",
    re.IGNORECASE,
)


def par_reading(text: str, n: NumberMatch) -> str | None:
    """ "shots under par" (or "over") for a golfer's score against par, else None."""
    if n.value_max is not None or n.raw >= 40 or n.raw != int(n.raw) or n.currency or n.kind != "number":
        return None
    rest = text[n.end :]
    glued = _GLUED.search(n.text) or _GLUED.match(rest)  # (the reader keeps "six-under-par" whole, not "11-under")
    said = glued or _PAR_AFTER.match(rest)
    if said is None:
        said = _BARE_AFTER.match(rest) if _GOLF_WORDS.search(text) else None
    if said is None:
        return None
    return f"shots {said.group(1).lower()} par"


# A round's score, the strokes of one round: after a verb of scoring ("shoots 66", "carded a 68", "signed for a
# 71") or an article in a golf sentence ("after a 75", "a six-under-par 66", "a superb 64"), with no noun of its own
# after it ("shot 66 birdies" would count birdies).
_ROUND_VERB = r"(?:shoots?|shot|fire[sd]?|cards?|carded|signed\s+for|returned|posts?|posted)"
_ROUND_BEFORE = re.compile(
    rf"\b(?:{_ROUND_VERB}(?:\s+an?)?|an?|(?:round|score)\s+of)\s+(?:[a-z]+(?:-[a-z]+)*\s+)?$", re.IGNORECASE
)
_VERB_BEFORE = re.compile(rf"\b{_ROUND_VERB}(?:\s+an?)?\s+(?:[a-z]+(?:-[a-z]+)*\s+)?$", re.IGNORECASE)
_NO_NOUN_AFTER = re.compile(
    r"\s*(?:$|[,.;:)!?]|(?:to|and|in|on|at|for|after|before|with|that|which|but|as|despite|while|yesterday|today|"
    r"leaves?|left|puts?|gave|gives|was|is)\b)"
)


def round_reading(text: str, n: NumberMatch) -> str | None:
    """ "shots in the round" for a golfer's score of one round ("fired a 66", "after a 75"), else None."""
    if n.spelled or n.value_max is not None or n.currency or n.kind != "number" or not 55 <= n.raw <= 90:
        return None
    if n.raw != int(n.raw) or not _NO_NOUN_AFTER.match(text, n.end):
        return None
    before = text[max(0, n.start - 60) : n.start]
    if _VERB_BEFORE.search(before) or (_ROUND_BEFORE.search(before) and _GOLF_WORDS.search(text)):
        return "shots in the round"
    return None

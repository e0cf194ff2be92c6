"""English figures whose noun is said elsewhere in the sentence (or the one before): parts of a whole listed after
"including" with a place each ("Four blasts hit the town, including two at the station and three at the market"),
and a measure in a participle fronted before the clause it describes ("Covering 40 hectares, the park is ...").
Split out of `figures`."""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import EN_STOP, EN_VERBS, PRONOUNS
from briefing_app.core.facts.model import Fact

# A bare part after "including"/"and" with its own place: "including one near the gate and | three at | X Market".
_PART_PLACE = re.compile(
    r"\s+((?:at|in|near|on|inside|outside|around|off)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)(?=\s*(?:[,.;:]|\s+and\b|$))"
)
# A bare part with what sets it apart instead of a place: "including 256 total losses, | 338 with major damage | and
# 475 that are still cut off".
_PART_KIND = re.compile(
    r"\s+((?:with|without)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+|(?:that|who|which)\s+(?:[\w'’-]+\s+){1,5}?[\w'’-]+)"
    r"(?=\s*(?:[,.;:]|\s+and\b|$))"
)
# A bare part set apart by what it was for: "including two | for burglary", "including three for drink-driving".
_PART_FOR = re.compile(r"\s+(for\s+(?!the\s+\w+\s+time\b)(?:[\w'’-]+\s+){0,2}?[\w'’-]+)(?=\s*(?:[,.;:]|\s+and\b|$))")
# Where a whole's noun phrase ends and its modifiers begin: "patients | in the southcentral region".
_MODIFIER = {"in", "at", "of", "on", "from", "with", "near", "across", "who", "that", "which", "for", "to", "by"}
# A fronted participle of size and the figure: "Totaling | twelve acres,", "Covering about | 40 hectares,".
_FRONTED = re.compile(r"\s*(?:Totall?ing|Covering|Spanning|Measuring|Stretching|Weighing)\s+"
                      r"(?:(?:about|some|nearly|almost|roughly|over|more\s+than)\s+)?$")  # fmt: skip


def listed_parts(facts: list[Fact], text: str) -> None:
    """Give each bare part of a whole listed after "including" the whole's noun and its own place ("three at Kelmer
    Market": explosions at Kelmer Market)."""
    for i, g in enumerate(facts):
        n = g.number
        if n is None or not i or g.unit is not None:
            continue
        place = _PART_PLACE.match(text, n.end) or _PART_KIND.match(text, n.end)
        # (or what the part was for, when it is no sum: "13 previous convictions, including two for burglary")
        place = place or (None if n.currency else _PART_FOR.match(text, n.end))
        if place is None or not re.search(r"\bincluding\b", text[: n.start]):
            continue
        whole = next((f for f in reversed(facts[:i]) if f.number and f.counts and f.number.end < text.find(
            "including", f.number.end) < n.start), None)  # fmt: skip
        if whole is None or whole.counts is None:
            continue
        head = [w for w in whole.counts.split(" (")[0].split() if w.lower() not in ("other", "more", "further")]
        cut = next((k for k, w in enumerate(head) if k and w.lower() in _MODIFIER), len(head))
        head = head[:cut]  # "patients in the southcentral region": the patients, not the region
        if head and head[-1].lower() not in EN_STOP:
            g.counts = f"{head[-1]} {' '.join(place.group(1).split())}"


def fronted_measure(text: str, n_start: int, n_end: int, unit_end: int, previous: str) -> str | None:
    """What a measure in a fronted participle describes: the subject of the clause after its comma, or, when that is
    "it", the subject the sentence before opened with ("Totaling twelve acres, it is ..."). None when no such
    participle leads the figure."""
    if not _FRONTED.fullmatch(text[:n_start]):
        return None
    clause = re.match(r"\s*,\s*((?:[\w'’-]+\s+){0,4}?)(?=(?:is|was|has|are|were|lies|sits|stands|covers)\b)",
                      text[unit_end:])  # fmt: skip
    if clause is None:
        return None
    words = [w for w in clause.group(1).split() if w.lower() not in ("the", "a", "an", "its", "their")]
    if words and words[0].lower() not in PRONOUNS:
        return " ".join(words)
    if words and words[0].lower() in ("it", "this") and previous:
        opening = []
        for w in re.findall(r"[\w'’-]+", previous):
            if w.lower() in EN_VERBS or w.lower() in ("is", "was", "are", "were", "has", "had"):
                break
            if w.lower() not in ("the", "a", "an"):
                opening.append(w)
        return " ".join(opening[:4]) if 0 < len(opening) <= 4 else None
    return None

"""Pieces of a subject that are no clause of their own (read by `subject_before`): a participle after its noun
("the proportion of deaths | attributed to pneumonia and influenza | was", "the number of cases | reported during the
outbreak | has reached") and a time put first with no comma ("During the last week in January | the proportion ...").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import EN_MONTHS, EN_STOP, EN_VERBS, PERIODS
from briefing_app.core.facts.phrase_edges import ed_form

# A time put first in its clause with no comma, up to the determiner that opens the subject: "During the last week
# in January | the proportion ...", "In the first quarter | its revenue ...".
FRONTED_TIME = re.compile(
    rf"^\s*(?:[Dd]uring|[Ii]n|[Oo]ver|[Ss]ince|[Tt]hroughout|[Ff]or|[Oo]n|[Ww]ithin)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}?"
    rf"(?:{'|'.join(sorted(PERIODS))}|{EN_MONTHS}|(?:19|20)\d\d)"
    rf"(?:\s+(?:in|of)\s+(?:{EN_MONTHS}|(?:19|20)\d\d))?\s+(?=(?:the|its|their|his|her|our)\s)"
    # (or a bare day after a verb of saying: "officials said | Sunday the fire had spread to")
    r"|^\s*(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+"
    r"(?=(?:the|its|their|his|her|our)\s)"
)


# A preposition right after a participle that ends its noun's reduced relative clause: "deaths attributed | to
# pneumonia", "cases reported | during the outbreak".
_AFTER_PARTICIPLE = {"to", "by", "in", "during", "since", "from", "for", "at", "on", "among", "between", "as", "with",
                     "across", "through", "under", "over", "within",
                     "this", "last"}  # fmt: skip  (a time: "deaths reported this season now stands at")
# Verbs of change whose -ed form is a finite verb with no object ("Sales surged in May"), never a reduced relative.
_CHANGE_ED = re.compile(
    r"(?:ris|fell|jump|dropp|climb|surg|soar|plung|slump|declin|increas|decreas|gain|slipp|tumbl|edg|dipp|"
    r"rall|rebound|advanc|retreat|peak|eas|leap|spik|doubl|tripl|halv|shrank|grew|sank|slid|improv|worsen|"
    r"recover|expand|contract|fluctuat|stabiliz|stabilis|plummet|skyrocket|spurt|dwindl)(?:e|i)?d$"
)


def participle_after_noun(words: list[str], i: int) -> bool:
    """Whether `words[i]`, a word in -ed, is the participle of a reduced relative clause on the noun before it ("deaths
    attributed to", "cases reported during"): a noun before, a preposition after, and no verb of change."""
    if i == 0 or i + 1 >= len(words) or not ed_form(words[i]) or _CHANGE_ED.search(words[i].lower()):
        return False
    prev, nxt = words[i - 1].lower(), words[i + 1].lower()
    return nxt in _AFTER_PARTICIPLE and prev not in EN_STOP and prev not in EN_VERBS and not ed_form(prev)


def reduced_saying(before: str, start: re.Match[str]) -> bool:
    """Whether the clause start `start` is a verb of saying in -ed used as a participle after its noun, with the
    clause going on past it to a verb of its own before the figure ("cases reported during the 2018-19 outbreak
    has reached"; not "Police reported in a statement", whose clause holds no verb)."""
    word = start.group(0).strip()
    if not word.islower() or not ed_form(word):
        return False
    prev = re.findall(r"[A-Za-z][\w'’-]*", before[: start.start()])[-1:]
    rest = re.findall(r"[A-Za-z][\w'’-]*", before[start.end() :])
    if not prev or not rest or not prev[0].islower() or prev[0] in PRONOUNS_AND_STOPS:
        return False
    return participle_after_noun([prev[0], word, rest[0]], 1) and any(w.lower() in EN_VERBS for w in rest[1:])


PRONOUNS_AND_STOPS = EN_STOP | {"it", "they", "he", "she", "we", "i", "you", "officials", "police", "authorities"}

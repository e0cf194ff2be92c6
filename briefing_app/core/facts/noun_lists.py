"""A noun phrase after a figure that goes on past a comma: a list whose members share the last one's head
("$15.5 million in shelter, food, and protection assistance": assistance of three kinds), or two adjectives set
apart by a comma ("$1.4 billion in integrated, life-saving health services"). `noun_after` ends a phrase at its
first comma, which is right for clauses and lists of separate things but cuts such a phrase before its head."""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import EN_STOP, EN_VERBS, PAST_VERBS

# A member of a list: up to three lower-case words (no figure, no verb of the lists).
_WORD = r"(?!(?:and|or|nor|but)\b)[a-z][a-z-]*"
_MEMBER = rf"{_WORD}(?:\s+{_WORD}){{0,2}}"
# Where the phrase may end after its last member: punctuation, the text's end, or a word that starts a complement or
# a clause ("... protection assistance | through partners", "| to the tribes", "| that was ...").
_BOUNDARY = (
    r"(?=\s*(?:[,.;:!?)\"”]|$)|\s+(?:to|for|through|in|from|by|at|on|that|which|who|with|under|over|across|"
    r"during|after|before|since|as|will|would|was|were|is|are|has|have|had)\b)"
)
_LIST = re.compile(rf"((?:\s*,\s*{_MEMBER})*\s*,?\s+(?:and|or)\s+{_MEMBER}){_BOUNDARY}")
_ADJECTIVE_PAIR = re.compile(rf"(\s*,\s*{_MEMBER}){_BOUNDARY}")
# A word shaped like an adjective: "integrated", "life-saving", "regional", "extensive".
_ADJECTIVE = re.compile(r"[a-z]+(?:-[a-z]+)+|[a-z]{3,}(?:ed|al|ive|ful|ic|ous|ary|ing)")


# Numbers in words: a member that is another count ("20 points, seven rebounds and five assists") is no member of
# one phrase but a figure of its own.
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million",
                 "millions", "billion", "dozen", "dozens", "half", "several", "many", "few"}  # fmt: skip


_NOT_MEMBERS = {"what", "whose", "whom", "more", "less", "fewer", "between", "now", "then", "than", "other", "others",
                "so", "such", "too", "very", "else"}  # fmt: skip


def _plain(words: str) -> bool:
    """Whether the words of a list hold no verb, no function word but "and"/"or", no number, and no participle after
    a member's first word ("inflation skyrocketing", "entities linked": a clause, not a noun)."""
    for member in re.split(r"\s*,\s*|\s+(?=(?:and|or)\s)", words.strip(" ,")):
        tokens = [w for w in member.split() if w not in ("and", "or")]
        if any(re.fullmatch(r"[a-z]{3,}(?:ing|ed)", w) for w in tokens[1:]):
            return False
        if any(w in EN_VERBS or w in _NUMBER_WORDS or w in _NOT_MEMBERS or w in EN_STOP for w in tokens):
            return False
        if tokens[:1] and tokens[0] in PAST_VERBS:
            return False  # ("premiered in 120 cinemas and brought in $310,000": a second verb, no member)
    return True


def listed_head(rest: str, after: str) -> str:
    """`after` (the noun phrase read after a figure, from `rest`), carried on over a list or a comma between two
    adjectives up to the shared head; else `after` unchanged."""
    last = after.split()[-1] if after.split() else ""
    found = re.search(rf"(?<![\w-]){re.escape(last)}(?![\w-])", rest[:160]) if last else None
    if not found:
        return after
    tail = rest[found.end() :]
    listed = _LIST.match(tail)
    if listed and _plain(listed.group(1)):
        return f"{after}{' '.join(listed.group(1).split(' '))}".replace("  ", " ")
    paired = _ADJECTIVE_PAIR.match(tail)
    if paired and len(after.split()) == 1 and _ADJECTIVE.fullmatch(after) and _plain(paired.group(1)):
        return f"{after}{paired.group(1)}"
    return after

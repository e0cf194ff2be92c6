"""What a figure counts when the clause's subject is a pronoun that points back within the sentence: "If you look
at the number of Americans killed by terrorism, it's less than 100" counts the Americans killed, not "it's"."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.numbers import NumberMatch

_POINTING = {"it", "it's", "it’s", "that", "that's", "that’s", "this", "which"}
# "the number of X", "the total of X", "the death toll": what the pronoun stands for (up to four words, up to a
# clause's edge).
_NUMBER_OF = re.compile(
    r"\b(?:the|a)\s+(?:number|total|count|tally|amount|sum|figure)\s+of\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+?)"
    r"(?=\s+(?:since|by|in|on|at|from|over|during|who|that|which|was|were|is|are|has|have)\b|\s*[,;:]|$)"
)


# "of them" after a figure in brackets or after a comma: the noun phrase (one or two words) just before that opens,
# "Viewers (8.2 million of them) watched", "3 million users, 40,000 of them in Asia".
_THEM = re.compile(r"^\s*of\s+(?:them|those|these)\b")
_BEFORE_OPENING = re.compile(
    r"(?:\b([a-z][\w-]*)\s+)?\b([A-Za-z][\w-]*)\s*[(,]\s*(?:(?:about|around|nearly|almost|some|just|only)\s+)?"
    r"(?:US\$|[$£€])?$"
)
_NOT_NOUNS = {"the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "said",
              "says", "it", "they", "he", "she", "we", "which", "that", "who", "there"}  # fmt: skip


def pronoun_referent(text: str, n: NumberMatch, counts: str | None) -> str | None:
    """`counts`, or what "the number of X" before the figure names when `counts` is only a pronoun."""
    them = (
        _THEM.match(text[n.end :])
        if counts is None or counts.split(" (")[0].strip().lower() in ("them", "those", "these")
        else None
    )
    whose = _BEFORE_OPENING.search(text[: n.start]) if them else None
    if whose and whose.group(2).lower() not in _NOT_NOUNS:
        noun = " ".join(w for w in whose.groups() if w and w.lower() not in _NOT_NOUNS)
        return f"{noun} ({counts})" if counts else noun
    if not counts or counts.split(" (")[0].strip().lower() not in _POINTING:
        return counts
    found = list(_NUMBER_OF.finditer(text[: n.start]))
    return found[-1].group(1) if found else counts


# A clause opened by a pronoun and a verb of change or a copula with "up"/"down", then the figure: "They rose 0.4
# percent in July", "That was up 25 percent", "It fell by 3%".
_PRONOUN_CHANGE = re.compile(
    # (also after a fronted time: "Earlier Monday, it increased $1.23")
    r"^\s*(?:(?:But|And|Yet)\s+)?(?:(?:Earlier|Later)(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|today|in\s+the\s+day|in\s+the\s+session))?,?\s+(?:it|they)"
    # (or after any short fronted adverbial and its comma: "On a year-on-year basis, it jumped 27.3%")
    r"|(?:On|In|Over|For|Compared\s+with|Against)\s+[^,;:\d]{2,40},\s+(?:it|they)|It|They|This|That|These)(?=['’]s\s|\s)"
    r"\s*(?:(?:also|then|later|since|have|has|had|"
    r"were|was)\s+)?"
    r"(?:(?:rose|fell|grew|climbed|jumped|dropped|declined|increased|decreased|gained|slipped|slid|edged|surged|"
    r"soared|plunged|sank|shrank|eased|advanced|rebounded|tumbled|rise|fall|rises|falls|grow|grows|climb|climbs|"
    r"risen|fallen|grown)(?:\s+(?:up|down|back))?|(?:was|were|is|are)\s+(?:up|down)|['’]s\s+(?:up|down)|"
    r"compare[sd]?\s+(?:with|to)"  # ("That compared with $1.46 billion": the same measure, earlier)
    # (a market's close or open: "It closed 0.46% lower at 81.80", "They ended the session at $12.66")
    r"|(?:closed|opened|ended|finished|settled|traded|stood)(?:\s+(?:the\s+(?:(?:regular|trading|morning|afternoon|"
    r"official)\s+)?(?:day|session|week)|trading))?"
    r"(?:\s+[\d.,]+\s*(?:%|per\s*cent|percent|points?)\s+(?:lower|higher|up|down|weaker|stronger))?"
    r"(?:\s+(?:at|on|up|down))?)\s+"
    r"(?:(?:by|from|a\s+further|another|an?\s+(?:additional|further)|about|some|nearly|almost|around|roughly|just|"
    r"only|over|more\s+than|fewer\s+than|less\s+than|under|at\s+least)\s+)*(?:US\$|[$£€])?$"  # ("from over 12,000")
)


def pronoun_subject(
    before: str, counts: str | None, unit: str | None, facts: list[Fact], told: list[SourceSentence]
) -> str | None:
    """`counts`, or, when a pronoun is the subject of the figure's change ("They rose 0.4 percent", "That's down from
    $490 million") and nothing else in the clause says what changed, what the last figure of the sentence before
    counts, one in the figure's `unit` first (`facts`: the figures so far; `told`: the sentences before):
    "Food prices were up 0.2 percent in June. They rose 0.4 percent in July" is a rise in food prices."""
    compared = _PRONOUN_IS.match(before) and (counts or "").split(" (")[0].split()[:1] in _COMPARATIVES
    # ("The tax revenue stood at 34.4% of the estimate. It was 34.2% last year.": a copula and a level with no
    # reading of its own is the same measure told again, at another time)
    bare = not compared and _PRONOUN_IS.match(before) is not None and not counts
    compared = compared or bare
    if not (_PRONOUN_CHANGE.match(before) or compared) or not told:
        return counts
    previous = [(f.unit, f.counts) for f in facts if f.sentence == told[-1].index]
    first = (counts or "").split(" (")[0].split()
    if first and first[0].lower() not in _CHANGE_WORDS and first[0].lower() not in _NOT_NOUNS and not compared:
        return counts  # "They rose 12 places": its own noun
    earlier = [c for u, c in previous if c and u == unit] or [c for _, c in previous if c]  # (its own unit first)
    earlier = [c for u, c in previous if c and u == unit] if bare else earlier  # (a bare level: its unit only)
    # ("Net income was $6.62 billion, or $7.05 per share. That was up 54 percent": the income, not its per-share sum)
    earlier = [c for c in earlier if not c.endswith("(per share)")] or earlier
    return earlier[-1] if earlier else counts


# A pronoun and a copula before a figure a comparative follows: "This is 5.9% higher than a year ago", "That was
# 12 percent less" (the comparative is what the clause read as its noun).
_PRONOUN_IS = re.compile(
    r"^\s*(?:(?:But|And|Yet)\s+)?(?:It|They|This|That|These)(?:['’]s|\s+(?:is|was|are|were|has\s+been|had\s+been))\s+"
    r"(?:(?:about|some|nearly|almost|around|roughly|just|only|still)\s+)*(?:US\$|[$£€])?$"
)
_COMPARATIVES = [[w] for w in ("higher", "lower", "more", "less", "greater", "bigger", "smaller", "larger", "above",
                               "below", "better", "worse", "cheaper", "up", "down")]  # fmt: skip


# What a pronoun clause's reading gives when it found no noun: the verb itself ("rose") or "up"/"down".
_CHANGE_WORDS = {"rose", "fell", "grew", "climbed", "jumped", "dropped", "declined", "increased", "decreased", "gained",
                 "up", "down", "was", "were", "is", "are", "rise", "fall",
                 "compared", "compares", "compare",
                 "closed", "opened", "ended", "finished", "settled", "traded", "stood", "lower", "higher"}  # fmt: skip


# A Danish pronoun subject before a figure: "Det er | 5,3 procent højere", "Den steg med | 2 pct.", and inverted after
# a fronted adverbial ("I de første otte måneder ligger den | 7 procent højere").
_DA_PRONOUN_BEFORE = re.compile(
    r"(?:^\s*(?:(?:Men|Og|Så)\s+)?(?:Det|Den|De|Dette)\s+(?:er|var|ligger|lå|har\s+været|steg|faldt|voksede|"
    r"er\s+steget|er\s+faldet|lander\s+på|landede\s+på|ender\s+på|endte\s+på)"
    r"|(?<!\S)(?:er|var|ligger|lå|steg|faldt)\s+(?:den|det|de)"
    # (and a participle after the inverted pronoun: "I 2018 var det steget til cirka 24 mio. kr.")
    r"(?:\s+(?:steget|faldet|vokset))?)\s+(?:(?:med|til)\s+)?"
    # (a bound before the figure too: "I dag var den steget til over 80 kroner")
    r"(?:(?:cirka|ca\.|omkring|godt|knap|næsten|kun|blot|lidt|over|under|mindst|højst)\s+)*$"
)
# A demonstrative and a noun of quantity as the subject, which stands for the figure before: "Det tal skønnes at
# blive", "Dette beløb er steget til" (its clause has no other noun before the figure).
_DA_THAT_NUMBER = re.compile(
    r"^\s*(?:(?:Men|Og|Så)\s+)?(?:Det|Dette)\s+(?:samme\s+)?(?:tal|beløb|antal|niveau)\s+[a-zæøå\s]{0,60}$"
)
_DA_COMPARATIVES = {"højere", "lavere", "mere", "mindre", "større", "flere", "færre", "over", "under", "steg", "faldt",
                    "steget", "faldet", "vokset", "lander", "landede", "ender", "endte"}  # fmt: skip
# "Til gengæld vokser omkostningen ikke. Den lander på 9 mio. kr.": with no figure in the sentence before, "Den"
# stands for the one definite noun of common gender (-en) that sentence holds; a word that only ends so is no noun.
# (not one a preposition governs: "Vi talte med formanden. Den lander ..." is no formand's figure)
_DA_COMMON_DEFINITE = re.compile(
    r"(?<!\bi\s)(?<!\bpå\s)(?<!\bfor\s)(?<!\btil\s)(?<!\bmed\s)(?<!\bfra\s)(?<!\baf\s)(?<!\bved\s)(?<!\bom\s)"
    r"(?<!\bhos\s)(?<!\bmod\s)(?<!\bunder\s)(?<!\bover\s)(?<!\befter\s)\b([a-zæøå]{3,}en)\b"
)
_NOT_DEFINITE_NOUNS = {"igen", "hen", "men", "frem", "egen", "sammen", "siden", "omkring", "blevet", "heller", "selen",
                       "ingen", "nogen", "hinanden", "forinden", "udefra", "derhen"}  # fmt: skip


def danish_pronoun_subject(
    before: str, counts: str | None, facts: list[Fact], told: list[SourceSentence]
) -> str | None:
    """`counts`, or, when a Danish pronoun is the subject of the figure ("Det er 5,3 procent højere end december") and
    the clause's reading is only a comparative or a verb, what the last figure of the sentence before counts."""
    if not told:
        return counts
    # (a figure of the same sentence before it is the nearer one: "I Holbæk er beløbet 43,5 mio., i Slagelse er det
    # 50,3 mio.")
    same = [f.counts for f in facts if f.sentence > told[-1].index and f.counts]
    earlier = same or [f.counts for f in facts if f.sentence == told[-1].index and f.counts]
    if _DA_THAT_NUMBER.match(before) and earlier:
        return earlier[-1]  # "Det tal skønnes at blive 225 mio.": the quantity the figure before measured
    if not _DA_PRONOUN_BEFORE.search(before):
        return counts
    first = (counts or "").split(" (")[0].split()
    if first and first[0].lower() not in _DA_COMPARATIVES:
        return counts
    if not earlier and re.match(r"\s*(?:(?:Men|Og|Så)\s+)?Den\s", before):
        # (the noun opening the sentence too, in lower case: "Udgiften og ..."; a capital elsewhere is a name's)
        previous = told[-1].text.lstrip()
        nouns = {m.group(1) for m in _DA_COMMON_DEFINITE.finditer(previous[:1].lower() + previous[1:])}
        nouns = {n.capitalize() if previous.startswith(n.capitalize()) else n for n in nouns - _NOT_DEFINITE_NOUNS}
        earlier = sorted(nouns) if len(nouns) == 1 else []
    return f"{earlier[-1]} ({first[0]})" if earlier and first else (earlier[-1] if earlier else counts)

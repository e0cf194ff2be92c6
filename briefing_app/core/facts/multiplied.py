"""English verbs of multiplying as figures: "sales tripled", "profits doubled to £40m", "has quadrupled since
2003", "the share price halved", "more than doubled its market share".

Business and statistics copy states a change as a multiple as often as a percentage; the verb itself is then
the figure (2, 3, 4 times; halved 0.5, as "cut by half" is). What it counts is its object when it has one
("doubled its profits"), else its subject ("Sales of the handset tripled"). Not figures: the sporting idiom
of a second goal ("doubled the lead", "doubling their advantage"), and the phrasal verbs ("doubled as a
cinema", "doubled up in pain", "doubled down on").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import DA_STOP, EN_STOP, EN_VERBS, PERIODS, PRONOUNS
from briefing_app.core.numbers import NumberMatch

_VALUES = {"doubl": 2.0, "tripl": 3.0, "trebl": 3.0, "quadrupl": 4.0, "halv": 0.5}
_VERB = re.compile(
    r"(?<![\w-])(?:(more\s+than|nearly|almost|roughly|about|over|at\s+least|well\s+over)\s+)?"
    r"((doubl|tripl|trebl|quadrupl|halv)(?:ed|ing))(?![\w-])",
    re.IGNORECASE,
)
# What makes the verb no multiple: a phrasal verb, or a side's lead in a match (a second goal, not a figure).
_NOT_AFTER = re.compile(
    r"\s+(?:as|up|down|over|back|in\s+on)\b"
    r"|\s+(?:the|their|its|his|her|our|[A-Z][\w'’-]*)\s+(?:\w+['’]?s?\s+)?(?:lead|advantage|tally|margin|cushion)\b"
    # ("Roe doubled it before Okoye scored a third": "it", the lead, then the time of the next goal)
    r"|\s+it(?:\s+(?:before|after|when|just|shortly|moments|minutes|seconds|in\s+the\s+\d+)\b|\s*[,.;])",
    re.IGNORECASE,
)
# The object of the verb, when it has one: "doubled its profits", "tripled the number of X", and the object's own
# count ("could more than double the 140 wardens on duty": the wardens) or an opening quote mark before it (a
# proposal quoted: 'pressed for tripling "the ranks of ferry inspectors and ...').
_OBJECT = re.compile(
    r"\s+[\"“]?((?:the|its|their|his|her|our|this|that)\s+(?:\d[\d,.]*\s+)?(?:[a-z][\w'’-]*\s+){0,4}?[a-z][\w'’-]*?)"
    r"(?=\s+(?:to|from|in|since|over|by|last|this|after|within|during|compared|while|as|now|currently|and|but)\b"
    r"|\s*[,.;:!?)]|\s*$)"
)
_SUBJECT_NEAR = re.compile(
    r"\b([a-z][\w'’-]*)(?:\s+(?:in|of|at|for)\s+(?:(?:its|the|their|his|her)\s+)?(?:[\w'’-]+\s+){0,2}[\w'’-]+)?$"
)
_AUXILIARIES = re.compile(
    r"(?:\s+(?:has|have|had|is|are|was|were|will|would|could|should|may|might|is\s+set\s+to|are\s+set\s+to|"
    r"be|been|now|already|almost|nearly|roughly|more\s+than|all\s+but|effectively|since|than))+$",
    re.IGNORECASE,
)


# The bare form after "to" or a modal, with an object: "aims to halve its costs", "will treble the number of", "may
# more than double the 140 wardens".
_BARE = re.compile(
    r"\b(?:to|will|would|could|should|may|might|must|can)\s+"
    r"(?:(more\s+than|nearly|almost|roughly|about|at\s+least)\s+)?(halve|double|triple|treble|quadruple)"
    r"(?=\s+(?:the|its|their|his|her|our|this|that)\b)",
    re.IGNORECASE,
)
_BARE_VALUES = {"halve": 0.5, "double": 2.0, "triple": 3.0, "treble": 3.0, "quadruple": 4.0}
# The present tense of a headline, after the measure it multiplies: "Earnings nearly double", "Profits quadruple to
# $40m", "X doubles workforce to 120". The bare form only after a plural measure ("earnings", "profits", "sales"),
# which no noun "double" follows; the form in -s also after a name, not after a determiner or an adjective of a
# sporting event ("the doubles", "mixed doubles"), nor before the event's nouns ("doubles final", "doubles partner").
_PRESENT = re.compile(
    r"(?<=[A-Za-z])(?<!\bthe)(?<!\bmixed)(?<!men's)(?<!men’s)(?<!\bin)\s+"
    r"(?:(more\s+than|nearly|almost|roughly|about|over)\s+)?((doubl|tripl|trebl|quadrupl|halv)e(s?))(?![\w-])"
    r"(?!\s+(?:final|title|partner|match|champion|tournament|event|crown|team|player|pairing|specialist|"
    r"ranking|semi|quarter|round|win|victory|defeat|up|down|as|back|over)\b)",
    re.IGNORECASE,
)
_PLURAL_MEASURES = re.compile(
    r"\b(?:earnings|profits|sales|revenues|losses|exports|imports|prices|shares|costs)$", re.IGNORECASE
)


def multiplying_verbs(text: str) -> list[NumberMatch]:
    """The verbs of multiplying of an English sentence that are figures, as numbers."""
    low = text.lower()
    if not any(stem in low for stem in _VALUES):
        return []
    out: list[NumberMatch] = []
    for m in _VERB.finditer(text):
        if _NOT_AFTER.match(text, m.end()):
            continue
        value = _VALUES[m.group(3).lower()]
        out.append(NumberMatch(m.start(2), m.end(2), m.group(2), value, value, spelled=True, qualifier=m.group(1)))
    for m in _BARE.finditer(text):
        if _NOT_AFTER.match(text, m.end()):
            continue  # "looked to double their lead": a second goal wanted, as "doubled the lead" is one scored
        value = _BARE_VALUES[m.group(2).lower()]
        out.append(NumberMatch(m.start(2), m.end(2), m.group(2), value, value, spelled=True, qualifier=m.group(1)))
    for m in _PRESENT.finditer(text):
        if _present_verb(text, m):
            value = _BARE_VALUES[(m.group(3) + "e").lower()]
            out.append(NumberMatch(m.start(2), m.end(2), m.group(2), value, value, spelled=True, qualifier=m.group(1)))
    return out


def _present_verb(text: str, m: re.Match[str]) -> bool:
    """Whether a present "double(s)" is the headline's verb: the bare form after a plural measure, the form in -s
    after a noun or a name; either at the end or before "to", "in", "as", "from", "since" or an object."""
    before = text[: m.start()].rstrip()
    after = text[m.end() :]
    ends = re.match(r"\s*(?:$|[.,;:!?]|\s(?:to|in|from|since|after|on|at|for|as)\b)", after) is not None
    if not m.group(4):  # "Earnings Quadruple", "earnings nearly double"
        return ends and _PLURAL_MEASURES.search(before) is not None
    if before.split()[-1:] and before.split()[-1].lower() in EN_STOP:
        return False  # "of doubles", "and doubles"
    # ("X doubles workforce to 120": an object with no determiner, up to "to")
    return ends or re.match(r"\s+(?:its\s+|their\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s+to\s", after) is not None


def is_multiplying_verb(text: str, n: NumberMatch) -> bool:
    """Whether a number of `text` is one of this module's verbs."""
    if not n.spelled:
        return False
    bare = n.text.lower() in _BARE_VALUES and any(m.start(2) == n.start for m in _BARE.finditer(text))
    present = any(m.start(2) == n.start and _present_verb(text, m) for m in _PRESENT.finditer(text))
    return _VERB.fullmatch(n.text) is not None or bare or present


def multiplied(text: str, n: NumberMatch, subject: str | None) -> str | None:
    """What a verb of multiplying counts: its object ("doubled its profits": "profits"), else `subject`, the
    reading before it, without the auxiliaries and adverbs it kept ("Sales have more than" -> "Sales")."""
    obj = _OBJECT.match(text, n.end)
    timed = obj is not None and len(obj.group(1).split()) > 1 and obj.group(1).split()[1].lower() in PERIODS
    if obj and not timed:
        words = [w for w in obj.group(1).split()[1:] if not w[0].isdigit()]  # (not the object's own count)
        return " ".join(words) if words else None
    if timed or subject is not None and subject.split()[0].lower() in PERIODS:
        # ("profits in its core division would be halved | this year": the time after the verb is no object; the
        # noun right before the auxiliaries, with a complement of place, is what is multiplied)
        near = _SUBJECT_NEAR.search(_AUXILIARIES.sub("", text[: n.start].rstrip()).rstrip())
        noun = near.group(1) if near else None
        if noun and noun.lower() not in PRONOUNS and noun.lower() not in EN_STOP and noun.lower() not in EN_VERBS:
            return noun
        if subject is not None and subject.split()[0].lower() in PERIODS:
            return None
    if subject is None:
        return None
    subject = _AUXILIARIES.sub("", subject).strip()
    return subject or None


# Danish verbs of multiplying ("Eksporten er fordoblet", "Prisen er mere end tredoblet", "halveret"), as the
# English ones: the verb is the figure, what is multiplied its subject.
_DA_VALUES = {"fordobl": 2.0, "tredobl": 3.0, "firdobl": 4.0, "halver": 0.5}
# (and their nouns after an article: "svarer til en tredobling af det beløb", "en halvering af udledningen")
DA_MULTIPLYING = re.compile(r"(?:fordobl|tredobl|firdobl|halver)(?:et|es|ede|er|e|ing|ingen)", re.IGNORECASE)
_DA_VERB = re.compile(
    r"(?<![\w-])(?:(mere\s+end|næsten|cirka|omkring|over)\s+)?"
    r"((fordobl|tredobl|firdobl|halver)(?:et|es|ede|er|e|ing|ingen))(?![\w-])",
    re.IGNORECASE,
)


def danish_multiplying_verbs(text: str) -> list[NumberMatch]:
    """The Danish verbs of multiplying of a sentence, as numbers."""
    out: list[NumberMatch] = []
    for m in _DA_VERB.finditer(text):
        if re.match(r"\s+(?:sin\s+|deres\s+)?(?:føring|forspring)", text[m.end() :], re.IGNORECASE):
            continue  # "fordoblede føringen": a second goal, not a figure
        value = _DA_VALUES[m.group(3).lower()]
        out.append(NumberMatch(m.start(2), m.end(2), m.group(2), value, value, spelled=True, qualifier=m.group(1)))
    return out


# Adverbs and prepositions in -en/-et/-ne that follow a verb as an object would: "fordoblet siden 2010".
_DA_NOT_OBJECTS = {"siden", "igen", "inden", "uden", "hen", "atter", "alene", "derefter", "bagefter", "tidligere"}


def danish_multiplied(before: str, after: str = "", as_noun: bool = False) -> str | None:
    """What a Danish verb of multiplying multiplies: its definite object ("vil halvere udledningen"), else the subject
    before its auxiliary ("Eksporten til Kina er fordoblet"); for a noun of multiplying, its "af" complement ("en
    tredobling af det beløb")."""
    of = re.match(r"\s+af\s+(?:(?:den|det|de|sin|sit|sine|deres)\s+)?([a-zæøå][\wæøå-]+)", after) if as_noun else None
    if of and of.group(1).lower() not in DA_STOP:
        return of.group(1)
    obj = re.match(r"\s+(?:(?:sin|sit|sine|deres|dens|dets)\s+([a-zæøå][\wæøå-]+)|(?:(?:den|det|de)\s+)?"
                   r"([a-zæøå][\wæøå-]*(?:en|et|ne)))\b", after)  # fmt: skip
    noun = (obj.group(1) or obj.group(2)) if obj else None
    if noun and noun.lower() not in DA_STOP and noun.lower() not in _DA_NOT_OBJECTS:
        return noun
    m = re.search(
        r"(?:^|[,;:]\s*|\b(?:og|men|at)\s+)((?:[\wæøåÆØÅ'’-]+\s+){0,4}?[\wæøåÆØÅ'’-]+)\s+"
        r"(?:(?:er|var|blev|bliver|vil\s+blive|skal|vil|kan|har|havde)\s+)+(?:(?:næsten|mere\s+end|cirka)\s+)?$",
        before,
    )
    return m.group(1) if m else None

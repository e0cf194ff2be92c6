"""English multiplicatives and halves written without digits, which the number reader leaves out.

The corpus conventions count "twice" and "three times" (unit "times"), "almost half" (0.5) and "more than
double"; news also writes "once a week", "named player of the year once", "prices are double what they were",
"cut the deficit by half", "lost half its value". Each word is a figure only where its syntax makes it a
count: not "once again", "once upon", "I once saw" (formerly) or a sentence-opening "Once" (a conjunction);
not "a double agent", "the first half", "half time" or "half an hour".
"""

from __future__ import annotations

import re

from briefing_app.core.facts.multiplied import danish_multiplying_verbs, multiplying_verbs
from briefing_app.core.numbers import NumberMatch

# Multiplicative words and their values: "once" and "thrice" are no number words of their own.
MULTIPLE_WORDS = {"once": 1.0, "twice": 2.0, "thrice": 3.0, "double": 2.0, "triple": 3.0, "treble": 3.0}

_PERIOD = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|season|term|game|match)"
# A qualifier of a count of times: "only once", "at least once", "more than once".
_COUNT_QUALIFIER = re.compile(r"\b(only|just|at\s+least|more\s+than|exactly|not\s+even|less\s+than)\s+$", re.I)
# "once" as a count: before a rate ("once a week", "once per year") or ending its clause ("won it once.").
_ONCE = re.compile(r"(?<![\w-])once(?![\w-])(?!\s+(?:again|more|upon|and\s+for\s+all)\b)", re.I)
_COUNT_AT_END = re.compile(rf"\s+(?:a|an|per)\s+{_PERIOD}\b|\s*(?:[,.;:!?)\"”]|$)", re.I)
# What "once" at a clause end is not: "all at once", "for once", "just this once".
_NOT_ONCE_BEFORE = re.compile(r"\b(?:at|for|this|that)\s+$", re.I)
# "double"/"triple" as a multiple: after an approximation ("more than double") or before what it multiplies
# ("double the national average", "double that of", "double what it was"), not as an adjective ("a double agent").
_DOUBLE = re.compile(
    r"(?<![\w-])(?:(more\s+than|nearly|almost|about|roughly|around|over|at\s+least)\s+)?(double|triple|treble)"
    r"(?=\s+(?:the|that|those|what|its|their|his|her|our|this)\b)",
    re.I,
)


def _multiples(text: str) -> list[NumberMatch]:
    """The "once" and "double" of an English sentence that count, as numbers."""
    low = text.lower()  # a cheap look for the words first: most sentences have none
    if not any(word in low for word in ("once", "double", "triple", "treble", "thrice")):
        return []
    out: list[NumberMatch] = []
    for m in _ONCE.finditer(text) if "once" in low else ():
        before = text[: m.start()]
        qualifier = _COUNT_QUALIFIER.search(before)
        if not qualifier and not _COUNT_AT_END.match(text, m.end()):
            continue  # "once more", "once again", "once jailed": no count of times
        if not before.strip() or re.search(r"[.;:!?\"“]\s*$", before) or _NOT_ONCE_BEFORE.search(before):
            continue  # "Once word spread, ...": a conjunction; "all at once"
        if not re.search(r"[a-z]", before[-30:]):
            continue
        out.append(NumberMatch(m.start(), m.end(), m.group(0), 1.0, 1.0, spelled=True,
                               qualifier=qualifier.group(1) if qualifier else None))  # fmt: skip
    for m in _DOUBLE.finditer(text) if "double" in low or "triple" in low or "treble" in low else ():
        if re.search(r"\b(?:to|will|would|could|should|may|might|must|can)\s+$", text[: m.start()]):
            continue  # "plans to double its workforce", "could more than double its": a verb, read by `multiplied`
        value = MULTIPLE_WORDS[m.group(2).lower()]
        out.append(NumberMatch(m.start(2), m.end(2), m.group(2), value, value, spelled=True, qualifier=m.group(1)))
    return out


# Halves and thirds with no "of": "half the voters", "half its value", "half as much as", "cut by half", "by a
# third", "in half". Not "half an hour", "half a mile" (a measure), nor the halves of a match.
_HALF = re.compile(
    r"(?<![\w-])(?:(almost|nearly|about|roughly|around|some|more\s+than|less\s+than|over|just\s+over|"
    r"just\s+under)\s+)?(half)(?=\s+(?:the|its|their|his|her|our|my|your|these|those)\s)"
    r"|(?<![\w-])(?:(almost|nearly|about|roughly|around|some|more\s+than|less\s+than)\s+)?(half)(?=\s+as\s+(?:much|many)\b"
    r"|\s+(?:are|were|have|had)\s)"
    r"|(?<=\b(?:by|in)\s)(?:(more\s+than|less\s+than|almost|nearly|about|around|roughly|over|just\s+over|"
    r"just\s+under)\s+)?(half|(?:a|one)\s+third|(?:a|one)\s+quarter|(?:a|one)\s+fifth|(?:a|one)\s+tenth|two\s+thirds|three\s+quarters)(?=\s*(?:[,.;:!?)]|$|\s+(?:in|on|at|"
    r"over|since|from|to|and|but|after|before|during|last|this|compared|while)\b))",
    re.I,
)
_PART_VALUES = {"half": 0.5, "a third": 1 / 3, "a quarter": 0.25, "a fifth": 0.2, "a tenth": 0.1, "two thirds": 2 / 3,
                "three quarters": 0.75, "one third": 1 / 3, "one quarter": 0.25, "one fifth": 0.2, "one tenth": 0.1}
# A verb of change or cutting before "by half", "in half": the share a change took.
_CHANGE = re.compile(
    r"\b(?:cut|cuts|cutting|reduc\w+|fell|fall\w*|drop\w*|declin\w+|slash\w*|shr[aiu]nk\w*|rose|ris\w+|grew|grow\w*|"
    # ("Sales are down by a third", "up by half": a change said with an adverb)
    r"increas\w+|decreas\w+|lower\w*|rais\w+|split\w*|plung\w+|lost|los\w+|sank|sink\w*|boost\w*|"
    r"(?:is|are|was|were|be|been)\s+(?:down|up))\b[^,;:]{0,60}$",
    re.I,
)


def _halves(text: str) -> list[NumberMatch]:
    """English halves and thirds with no "of", as numbers."""
    low = text.lower()
    if "half" not in low and "third" not in low and "quarter" not in low and "fifth" not in low and "tenth" not in low:
        return []
    out = []
    for m in _HALF.finditer(text):
        if m.group(6):
            if not _CHANGE.search(text[: m.start()].removesuffix(" ").removesuffix("by").removesuffix("in")):
                continue  # "by half" needs a change before it: "cut the deficit by half", "fell by a third"
            word = " ".join(m.group(6).lower().split())
            value = _PART_VALUES[word]
            # ("fell by more than half": the qualifier, as of any figure)
            out.append(NumberMatch(m.start(6), m.end(6), m.group(6), value, value, spelled=True, qualifier=m.group(5)))
        else:
            group = 2 if m.group(2) else 4
            out.append(NumberMatch(m.start(group), m.end(group), m.group(group), 0.5, 0.5, spelled=True,
                                   qualifier=m.group(group - 1)))  # fmt: skip
    return out


def is_multiple(n: NumberMatch, after: str | None = None) -> bool:
    """Whether a number is one of this module's words, a figure wherever it stands (even ending its clause).
    With `after`, the text after it, whether it is also a count of times with no noun of its own to say of
    what: "once a week", "won it twice." ("twice" before a verb, "twice denied visas", is read on)."""
    word = " ".join(n.text.lower().split())
    if not n.spelled or (word not in MULTIPLE_WORDS and word not in _PART_VALUES):
        return False
    return after is None or word != "twice" or _RATE_OR_END.match(after) is not None


# A rate or the clause's end after a count of times: "twice a day", "once.", "twice, in 2004 and 2008".
_RATE_OR_END = re.compile(rf"\s+(?:a|an|per)\s+{_PERIOD}\b|\s*(?:[,.;:!?)\"”]|$)", re.I)


def with_multiples(text: str, numbers: list[NumberMatch], lang: str) -> list[NumberMatch]:
    """The sentence's numbers with its English multiplicatives and halves added, in text order."""
    if lang not in ("en", "da"):
        return numbers
    taken = [(n.start, n.end) for n in numbers]
    candidates = _multiples(text) + _halves(text) + multiplying_verbs(text) if lang == "en" else []
    candidates += danish_multiplying_verbs(text) if lang == "da" else []
    # ("by one third": the part replaces the "one" read alone inside it, which said 1)
    inside = [n for n in numbers if any(c.start <= n.start and n.end <= c.end and c.text[:3].lower() == "one"
                                        and n.text.lower() == "one" for c in candidates)]  # fmt: skip
    if inside:
        numbers = [n for n in numbers if n not in inside]
        taken = [(n.start, n.end) for n in numbers]
    found = [n for n in candidates if not any(a < n.end and n.start < b for a, b in taken)]
    return sorted(numbers + found, key=lambda n: n.start) if found else numbers


# A verb of change with its object before "by half", "in half": "cutting the lead in half", "reduced deaths by a third".
_CHANGED_OBJECT = re.compile(
    r"\b(?:cut|cuts|cutting|reduc\w+|slash\w*|lower\w*|rais\w+|split\w*|boost\w*|increas\w+|decreas\w+)\s+"
    r"(?:(?:the|its|their|his|her|our|this|that)\s+)?((?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)\s+(?:by|in)\s+$",
    re.I,
)


def changed_part(before: str, n: NumberMatch) -> str | None:
    """What a part with no "of" took away or added to: the object of the verb of change before "by half"."""
    if not is_multiple(n) or n.raw >= 1:
        return None
    m = _CHANGED_OBJECT.search(before)
    return m.group(1) if m else None


# A multiple compared with "as" and the quality compared: "twice as resistant to salt damage", "three times as
# hard as ..."; not "as many"/"as much" (the noun after them is what is counted) nor "as well"; nor "as" the
# conjunction, which a determiner or a pronoun follows ("scored twice as the visitors won": while, no quality).
_AS_QUALITY = re.compile(
    r"\s*(?:times\s+)?as\s+(?!(?:many|much|well|long|soon|far)\b)"
    r"(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|he|she|it|they|we|you|i|there|part|if)\b)"
    r"([a-z][a-z-]+)\b"
    r"(?:\s+((?:to|at|in|for|against|on|with|from)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*))?"
)


def compared_quality(after: str) -> str | None:
    """What a multiple compares, from the words after it: "twice | as resistant to rust" -> "resistant to
    rust"."""
    m = _AS_QUALITY.match(after)
    if m is None:
        return None
    return f"{m.group(1)} {m.group(2)}" if m.group(2) else m.group(1)

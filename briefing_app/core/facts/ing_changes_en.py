"""What a figure counts when a verb of change in "-ing" carries it (English trade, housing and market copy):
"Economists had forecast the trade deficit widening to $44.0 billion", "with active customers increasing to 23.61
million", "Urban starts remained unchanged in Quebec while decreasing by 3.7% in British Columbia", "Sales fell in
March before rebounding by 4%".

The readers took the "-ing" word itself ("decreasing"), the sentence's first noun with it ("Economists widening"), or
the noun of the clause before ("number of customers"). The "-ing" verb's subject is the noun phrase right before it
("the trade deficit | widening"); when a subordinator or a comma stands there instead ("while decreasing"), it is the
subject of the main clause.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_context import NO_NOUN_AFTER
from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import EN_STOP, EN_VERBS, PRONOUN_STARTS
from briefing_app.core.facts.model import Fact

_ING = (
    r"(?:rising|falling|increasing|decreasing|declining|growing|climbing|dropping|widening|narrowing|rebounding|"
    r"recovering|slipping|sliding|easing|jumping|surging|soaring|plunging|slumping|shrinking|expanding|contracting|"
    r"reaching|hitting|totalling|totaling|edging\s+(?:up|down|higher|lower))"
)
_SIGN = r"(?:US\$|A\$|NZ\$|C\$|[$£€¥₹]|(?:Rs|Sh|KSh|R|N)\.?\s?)?"
_ING_THEN_FIGURE = re.compile(
    rf"\b({_ING})\s+(?:by\s+|to\s+|from\s+|at\s+)?(?:(?:about|around|nearly|almost|some|just|over)\s+)?{_SIGN}$",
    re.IGNORECASE,
)
_SUBORDINATE = {"while", "after", "before", "since", "despite", "and", "thus", "so", "also", "further", "steadily",
                "sharply", "slightly", "briefly", "again"}  # fmt: skip
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"}
_NP_STOPS = (EN_STOP | EN_VERBS) - {"of"}


def ing_changes(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a figure carried by "<subject> <rising|falling ...> (by|to) N" that subject, when read otherwise."""
    mended: dict[tuple[int, str], str] = {}  # (the list's later sizes that took the same "-ing" word: "and 18.2%")
    for f, number, text in figure_texts(figures, texts):
        if (f.sentence, (f.counts or "").lower()) in mended:
            f.counts = mended[(f.sentence, (f.counts or "").lower())]
            continue
        m = _ING_THEN_FIGURE.search(text[: number.start])
        if m is None or not NO_NOUN_AFTER.match(text, number.end):
            continue
        before = text[: m.start(1)]
        subject, absolute = _noun_phrase_before(before)
        current = (f.counts or "").lower()
        ing = m.group(1).split()[0].lower()
        if subject is None:
            if not re.search(r"(?:,|\b(?:while|after|before|since|despite|and))\s*(?:\w+ly\s+)?$", before):
                continue
            subject = _main_subject(before)
            if subject is None:
                continue
        # (a name alone is the clause's subject, not what changed: "Nigeria saw its output falling by 30,000")
        named = bool(current) and all(w[:1].isupper() for w in re.sub(r"\([^)]*\)", "", f.counts or "").split())
        if not (absolute or not current or ing in current.split() or named):
            continue  # read otherwise already, and no "with" to say whose change it is
        if subject.lower() in current or (not absolute and subject.split()[-1].lower() in current.split()):
            continue  # already read ("with" names its own noun: "number of customers" is no "active customers")
        if current == ing or current.split()[-1:] != subject.lower().split()[-1:]:
            # (the list's later sizes that took the same reading: "by 43,000 bpd and 24,000 bpd to 712,000 bpd")
            mended[(f.sentence, current)] = subject
        f.counts = subject


def _noun_phrase_before(before: str) -> tuple[str | None, bool]:
    """The noun phrase right before the "-ing" word, and whether "with" opens it (an absolute phrase)."""
    words = re.findall(r"[\w'’&-]+|[^\w\s]", before)
    phrase: list[str] = []
    for w in reversed(words):
        low = w.lower()
        if not re.match(r"[\w'’&-]+$", w) or low in _NP_STOPS or low in _SUBORDINATE or low in _DETERMINERS:
            break
        if low.endswith("ed") and not phrase:
            break  # "remained unchanged, ..."
        phrase.insert(0, w)
        if len(phrase) > 5:
            return None, False
    while phrase and phrase[0].lower() == "of":
        phrase = phrase[1:]
    if not phrase or phrase[-1].lower() in ("of",) or phrase[0].lower() in PRONOUN_STARTS:
        return None, False
    if (
        len(phrase) == 1
        and phrase[0][:1].isupper()
        and before.rstrip().endswith(phrase[0])
        and (re.search(r"(?:^|[.;:]\s*)" + re.escape(phrase[0]) + r"\s*$", before))
    ):
        return None, False  # the sentence's first word alone, no noun phrase of a clause
    rest = before[: before.rstrip().rfind(phrase[0])].rstrip().lower()
    return " ".join(phrase), rest.endswith("with")


def _main_subject(before: str) -> str | None:
    """The subject of the clause the "-ing" phrase hangs on: its first words up to its verb."""
    clause = re.split(r"[;:]\s+", before)[-1]
    clause = re.sub(r"^.*\b(?:said|says)\s+(?:that\s+)?", "", clause)
    subject: list[str] = []
    for w in clause.split()[:8]:
        low = w.lower().strip(",")
        if low in EN_VERBS or (low.endswith("ed") and subject):
            break
        subject.append(w.strip(","))
    else:
        return None
    while subject and subject[0].lower() in _DETERMINERS:
        subject = subject[1:]
    if not subject or len(subject) > 6 or subject[0].lower() in PRONOUN_STARTS | EN_STOP:
        return None
    if subject[-1].lower() in EN_STOP:
        return None
    return " ".join(subject)

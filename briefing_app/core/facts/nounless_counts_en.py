"""What an English figure counts when every reading left no noun: the noun the grammar around it gives.

The readers of what a figure counts sometimes keep the words of the verb and its adverbs, or a piece of what
surrounds the figure, and nothing else: "The tour ended the month, holding steady with £3.1m" -> "holding
steady", "Pembridge slipped 8% to £40,000 and now rests on £2.6m" -> "rests", "Both sisters are probably worth
$9 million" -> "probably", "a kite 12 feet above the car park" -> "above", "a near-6% drop in orders" -> "near-".
None says what the figure is. When the reading holds no noun (by the part-of-speech tagger, `pos_tagger`, in the
sentence's own context), the noun is read in a fixed order:

1. after the figure (past its unit), when the reading is only the preposition right after it ("above" -> "above
   the car park") or a prefix glued to it by a hyphen ("near-" -> "drop in orders", with one "in"/"of" phrase);
2. before it, when the reading is a verb phrase ending at the figure: the clause's subject, that is the noun
   phrase right before the verb phrase, past its auxiliaries and adverbs ("Both sisters are | probably"); for a
   participle after a comma ("..., holding steady") the subject of the clause it hangs on; for a second
   verb joined by "and" ("... slipped 8% to £40,000 and now rests on") the first verb's subject.

A pronoun subject ("It now rests on £2.6m") stays unresolved: the reading is left as it was. The verb phrase stays
in brackets, as the other readings keep theirs, since news keys some figures on the deed ("killed"). The phrase
readers are those of `counted_subjects_en`, which does the same for a one-word verb the tagger reads.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.counted_subjects_en import BARE_PRONOUNS, phrase_before, skip_adverbs
from briefing_app.core.facts.figure_words import unit_after
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.phrase_edges import clause_verb
from briefing_app.core.facts.pos_tagger import tag_sentence

# Tags that make a reading a name of something, not only a deed or a manner.
_NAMING_TAGS = {"NOUN", "PROPN", "NUM", "PRON", "SYM", "X"}
# Tags of the words of a plain noun phrase after a figure ("the flat roof", "drop").
_PHRASE_TAGS = {"DET", "ADJ", "NOUN", "PROPN"}
# The mark after which a participle hangs on the subject of the clause before it ("..., holding"); after a dash
# it sums up the whole clause ("The board agreed a rota – saving £75,000": the rota saves, not the board).
_CLAUSE_MARKS = {","}
# An object brought in by "a" or "an" right before the comma: a participle after it may tell of it, not of the
# subject ("Most towns set a higher fee, ranging between ...").
_NEW_OBJECT = re.compile(r"\b(?:a|an)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+\s*$", re.IGNORECASE)
# A currency sign or code before the digits, which the tagger may read as a number or a noun ("US$", "£").
_SIGN = re.compile(r"(?:US|A|NZ|C|HK|S)?[$£€¥₹]")


def nounless_counts(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give each English figure whose reading holds no noun the noun phrase after it ("above the car park") or
    the subject of its clause, keeping the verb phrase in brackets ("Pembridge (rests)")."""
    for f in figures:
        if f.kind != "figure" or f.number is None or not f.counts or "(" in f.counts or f.sentence not in texts:
            continue
        text = texts[f.sentence]
        after = _after_figure(text, f)
        if after:
            f.counts = after
            continue
        at = text.rfind(f.counts, 0, f.number.start)
        if at < 0:
            continue
        words = list(tag_sentence(text))
        first = next((k for k, w in enumerate(words) if w[0] == at), None)
        # the reading and what stands between it and the figure ("holding steady | with", "are probably | worth
        # about"): no name of anything, and no mark that ends a clause
        span = [w for w in words if w[0] >= at and w[1] <= f.number.start and not _SIGN.fullmatch(text[w[0] : w[1]])]
        whole = any(w[1] == at + len(f.counts) for w in span)  # (whole words: not "age" read from "aged 14")
        if first is None or not whole or any(t in _NAMING_TAGS or t == "PUNCT" for _, _, t in span):
            continue
        if sum(1 for b, e, t in span if t == "VERB" or (t != "AUX" and clause_verb(text[b:e]))) > 1:
            continue  # (one verb phrase, one verb: "Rents rose and wages each slid 3%" reads "wages" as a verb)
        subject = _subject(text, words, first)
        if subject:
            f.counts = f"{subject} ({f.counts})"


def _subject(text: str, words: list[tuple[int, int, str]], first: int) -> str | None:
    """The subject of the verb phrase that opens at word `first`, or None (none found, or a bare pronoun)."""
    back = skip_adverbs(words, first - 1)
    joined = back >= 0 and words[back][2] == "CCONJ" and text[words[back][0] : words[back][1]].lower() == "and"
    hanging = back >= 0 and text[words[back][0] : words[back][1]] in _CLAUSE_MARKS
    if hanging and not text[words[first][0] : words[first][1]].lower().endswith("ing"):
        return None  # (only a participle hangs on the clause before a comma: "..., then 40% more" is no deed)
    if hanging and _NEW_OBJECT.search(text, 0, words[back][0]):
        return None  # ("a higher toll, typically varying between $6 and $9": the participle may tell of the object)
    if joined or hanging:
        # the clause before: its last verb, whose subject is the subject of this one too
        verb_at = next((k for k in range(back - 1, -1, -1) if words[k][2] in ("VERB", "AUX")), -1)
        if verb_at <= 0 or (joined and text[words[verb_at][0] : words[verb_at][1]].lower().endswith("ing")):
            return None  # (a participle before "and" is no clause's verb: "assets topping $2m and projects")
        while verb_at > 0 and words[verb_at - 1][2] in ("AUX", "ADV"):  # "has | slipped", "had not | fallen"
            verb_at -= 1
    else:
        verb_at = first
    head = skip_adverbs(words, verb_at - 1)
    while head >= 0 and words[head][2] in ("AUX", "ADV", "PART"):  # "are | probably", "has not | slipped"
        head -= 1
    if head < 0 or words[head][2] not in ("NOUN", "PROPN"):
        return None  # (a subject ends with its noun: "the biggest ever | drop" is no subject of "drop")
    subject = phrase_before(text, words, verb_at)
    if not subject or subject.lower() in BARE_PRONOUNS or subject.split()[0].lower() in BARE_PRONOUNS:
        return None
    return subject


def _after_figure(text: str, f: Fact) -> str | None:
    """The noun phrase after a figure (past its unit) when the reading is no more than a piece of what surrounds it:
    a preposition right after it ("12 feet off | the roof" -> "off the roof") or a prefix glued to it by a hyphen
    ("a near-7% | rise in bookings" -> "rise in bookings")."""
    if f.number is None or f.counts is None:
        return None
    if not f.counts.endswith("-") and not f.counts.isalpha():
        return None  # (neither a glued prefix nor one word: no sentence is tagged for it)
    words = list(tag_sentence(text))
    start = f.number.end + unit_after(text[f.number.end :], "en")[1]
    k = next((k for k, w in enumerate(words) if w[0] >= start), len(words))
    glued = f.counts.endswith("-") and text.rfind(f.counts, 0, f.number.start) + len(f.counts) == f.number.start
    if glued:
        end = _noun_phrase_end(text, words, k, True)
        return text[words[k][0] : words[end][1]] if end is not None else None
    preposition = k < len(words) and words[k][2] == "ADP" and text[words[k][0] : words[k][1]] == f.counts
    end = _noun_phrase_end(text, words, k + 1, False) if preposition else None
    return text[words[k][0] : words[end][1]] if end is not None else None


def _noun_phrase_end(text: str, words: list[tuple[int, int, str]], k: int, glued: bool) -> int | None:
    """The index of the last word of the noun phrase that opens at word `k` ("the flat roof", "drop"), with `glued`
    (the figure before it is glued to a prefix, "a near-7% | fall in bookings") its first word is its noun whatever
    its tag, and one "in" or "of" phrase after it is kept; None when no noun ends it."""
    end = None
    first = k
    while k < len(words) and (
        words[k][2] in _PHRASE_TAGS
        or text[words[k][0] : words[k][1]] == "-"
        or (glued and k == first and words[k][2] == "VERB")
    ):
        end = k if words[k][2] in ("NOUN", "PROPN") or (glued and k == first and words[k][2] == "VERB") else end
        k += 1
    if end is None or end != k - 1:
        return None
    if glued and k + 1 < len(words) and text[words[k][0] : words[k][1]].lower() in ("in", "of"):
        further = _noun_phrase_end(text, words, k + 1, False)
        end = further if further is not None else end
    return end

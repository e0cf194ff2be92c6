"""A percentage in brackets right after a noun, with nothing read for it (English market and trade copy): "sharp
declines in cereal grains (-11 per cent) and wool (-8 per cent)", "gains in miners (+2.1%) and banks (+0.8%)".

The bracket restates the noun before it by its change or its share, so the noun is what the percentage counts; the
change noun the list hangs on ("declines in") comes with it. The readers of the words before a figure stop at the
bracket and left these with no reading, or took the clause's subject far before ("value of meat").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.figure_words import EN_STOP, EN_VERBS, PRONOUN_STARTS
from briefing_app.core.facts.model import Fact

# (a lowercase noun: a name before the bracket, "Victoria (0.7 per cent)", is where, read by `bracket_figures`)
_NOUN_THEN_BRACKET = re.compile(r"(?<![\w'’-])((?:[\w'’-]+\s+){0,3}[a-z][\w'’-]*)\s*\(\s*[-+−–]?\s*$")
_CLOSES = re.compile(r"\s*(?:%|per\s*cent|percent|pc)\s*\)")
# A figure and its unit right before the bracket: the bracket restates that figure ("less than 10 per cent (9.73%)
# below the peak", `bracket_restated`'s), and "cent" of "per cent" is no noun it lists.
_FIGURE_THEN_BRACKET = re.compile(r"\d\s*(?:%|per\s*cent|percent|pc|points?)\s*\(\s*[-+−–]?\s*$", re.IGNORECASE)
_CHANGES = r"(?:rises?|increases?|gains?|jumps?|falls?|drops?|declines?|decreases?|growth|slumps?|dips?)"
_CHANGE_IN = rf"\b({_CHANGES})\s+(?:(?:was|were)\s+)?in\s+(?:the\s+)?"  # ("the largest rise was in department stores")


def bracketed_changes(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give a bracketed percentage after a noun, read as nothing, that noun (and the change it is listed under)."""
    for f, number, text in figure_texts(figures, texts):
        if f.unit != "percent" or not _CLOSES.match(text, number.end):
            continue
        before = text[: number.start]
        if _FIGURE_THEN_BRACKET.search(before):
            continue
        m = _NOUN_THEN_BRACKET.search(before)
        if m is None:
            # (no reading, or only the name itself: "the Prairies (16.1%)" read "Prairies")
            if f.counts is None or re.search(rf"\b{re.escape(f.counts.strip())}\s*\(\s*[-+−–]?\s*$", before):
                _listed_place(f, before)
            continue
        words = m.group(1).split()
        cut = max((i + 1 for i, w in enumerate(words[:-1]) if w.lower() in EN_STOP | EN_VERBS), default=0)
        words = words[cut:]
        if not words or words[-1].lower() in EN_STOP:
            continue
        if words[-1].lower() in (f.counts or "").lower().split():
            continue  # "won 31 seats (9 per cent)" read "seats won" already
        noun = " ".join(words)
        # (the change right before the noun only: "declines in | cereal grains")
        change = re.search(_CHANGE_IN + re.escape(noun) + "$", before[: m.end(1)], re.IGNORECASE)
        if change is None and re.search(
            r"\b(?:in|at|on|from|to|for|across)\s+(?:the\s+)?" + re.escape(noun) + "$", before[: m.end(1)]
        ):
            continue  # "lowest in the north (41%)": where, not what
        f.counts = f"{change.group(1).lower()} in {noun}" if change else noun


# A name before the bracket, in a list that a change "in" opens: "There were rises in Victoria (0.7 per cent), NSW
# (0.5 per cent) and the ACT (0.7 per cent)". Between the change and the name: only names, brackets, commas, "and".
_NAME_THEN_BRACKET = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w'’.&-]*\s+){0,3}[A-Z][\w'’.&-]*)\s*\(\s*[-+−–]?\s*$")
_LIST_SO_FAR = re.compile(
    r"(?:(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){0,3}[A-Z][\w'’.&-]*\s*\(\s*[-+−–]?[\d.,]+\s*"
    r"(?:%|per\s*cent|percent|pc)\s*\)\s*(?:,\s*(?:and\s+)?|and\s+))*(?:the\s+)?$"
)


def _listed_place(f: Fact, before: str) -> None:
    """Give a bracketed percentage after a name listed under "rises in" the change in that name."""
    name = _NAME_THEN_BRACKET.search(before)
    if name is None:
        return
    for change in re.finditer(_CHANGE_IN, before[: name.start(1)], re.IGNORECASE):
        if _LIST_SO_FAR.fullmatch(before[change.end() : name.start(1)]):
            f.counts = f"{change.group(1).lower()} in {name.group(1)}"
            return
    # or a verb of change: "Urban starts rose in Quebec (15.4%) and the Prairies (16.1%)": the verb's subject, there
    for verb in re.finditer(_SUBJECT_VERB_IN, before[: name.start(1)]):
        if _LIST_SO_FAR.fullmatch(before[verb.end() : name.start(1)]):
            words = verb.group(1).split()
            cut = max((i + 1 for i, w in enumerate(words[:-1]) if w.lower() in EN_STOP), default=0)
            subject = " ".join(words[cut:])
            if subject and subject.split()[0].lower() not in PRONOUN_STARTS:
                f.counts = f"{subject} ({name.group(1)})"
            return


# The subject of a verb of change and its "in" (a clause's start, up to eight words before the verb).
_SUBJECT_VERB_IN = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|but|while|whereas)\s+)((?:[\w'’-]+\s+){0,7}?[a-z][\w'’-]*)\s+"
    r"(?:rose|fell|increased|decreased|dropped|declined|grew|climbed|jumped|slipped|dipped|edged\s+(?:up|down)|"
    r"were\s+(?:up|down)|was\s+(?:up|down))\s+in\s+(?:the\s+)?"
)

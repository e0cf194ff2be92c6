"""A share in brackets right after a count ("Of those, 1,585 (7%) had been waiting", "1,933 (four per cent)"):
the same people or things as the count, told as a part of the whole, so it counts what the count counts
(English; data stories of waiting lists, polls and results write every part so).

A share in brackets after a noun phrase, with no noun of its own, is told the same way: of a count earlier in the
same clause ("Four million flats now have access to district heating (12 per cent)": the flats), else of the
phrase right before the bracket ("just below that from memberships (45 per cent)": the memberships)."""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import EN_STOP
from briefing_app.core.facts.model import Fact

# Nothing but the share's sign inside the bracket: no noun of its own ("(7% of the list)" has one).
_BARE_SHARE_CLOSE = re.compile(r"\s*(?:%|per\s*cent|percent|pc)?\s*\)")
# Up to three lower-case words, then the bracket that opens on the share: the phrase the share may be of.
# "that from memberships (", "those of the rival clubs (": a pronoun for the measure, then whose it is.
_MEASURE_PRONOUN_FROM = re.compile(r"\b(?:those|that)\s+(?:from|of)\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*\s*\(\s*$")
_PHRASE_THEN_BRACKET = re.compile(r"(?<![\w'’-])((?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)\s*\(\s*$")


def share_bracketed_shares(figures: list[Fact], text: str) -> None:
    """Give a bracketed percentage with no noun of its own the counts of the count just before the bracket."""
    for count, share in zip(figures, figures[1:], strict=False):
        if count.number is None or share.number is None or not count.counts:
            continue
        if "percent" not in (share.number.kind, share.unit) or count.unit == "percent":
            continue
        if not re.fullmatch(r"\s*\(\s*", text[count.number.end : share.number.start]):
            continue
        if not _BARE_SHARE_CLOSE.match(text[share.number.end :]):
            continue  # ("1,585 (7% of the list)": a noun of its own inside)
        if share.counts in (None, "", count.counts) or share.counts.split()[0].lower() in ("of", "per"):
            share.counts = count.counts
    for share in figures:
        if share.number is not None and "percent" in (share.number.kind, share.unit):
            start = share.number.start  # (spelled counts are read in a later pass: the list is not in text order)
            _share_after_a_phrase([f for f in figures if f.number is not None and f.number.end < start], share, text)


def _share_after_a_phrase(earlier: list[Fact], share: Fact, text: str) -> None:
    """Give a bracketed share with no noun of its own, set right after a noun phrase, the counts of a count earlier
    in its clause, else that phrase."""
    assert share.number is not None
    phrase = _PHRASE_THEN_BRACKET.search(text, 0, share.number.start)
    if phrase is None or not _BARE_SHARE_CLOSE.match(text[share.number.end :]):
        return
    if re.search(r"[A-Z][\w'’-]*\s+$", text[: phrase.start()]):
        return  # "among Welsh voters (32%)": a name opens the phrase, which the readings before took whole
    words = phrase.group(1).split()
    while words and words[0].lower() in EN_STOP:
        words = words[1:]  # "that from | memberships": the phrase, not its pronoun or preposition
    if not words or words[-1].lower() in EN_STOP:
        return
    clause_start = max(text.rfind(mark, 0, phrase.start()) for mark in ",;:()") + 1
    # (a count in the same clause with no comma between: the bracket restates it as a part of the whole)
    counted = [f for f in earlier if f.number is not None and f.unit != "percent" and f.number.start >= clause_start]
    if not counted:
        # (only after a pronoun standing for the measure, "that from | memberships": other phrases before a
        # bracket, "was lowest in the west (38%)", "the largest rise was in hardware stores (2.9 per cent)", are
        # read by the clause they end)
        if _MEASURE_PRONOUN_FROM.search(text, 0, share.number.start):
            share.counts = " ".join(words)
    elif counted[-1].counts:  # (a count whose noun is read later is left to the later readings)
        share.counts = counted[-1].counts

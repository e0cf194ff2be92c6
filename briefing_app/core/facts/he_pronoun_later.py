"""Who a Hebrew "הוא" or "היא" is when nobody of that sex was named before the quote: the one person whose
family name the sentence or one of the four before already used alone ("קרן X בראשות Y ... "...", הוא אומר"),
named in full only later (interviews and profiles often quote before they name). Nobody named later in other
sentences is taken: the subject before may be a name no list holds ("X Y הגיע. "...", הוא אומר.")."""

from __future__ import annotations

from typing import Any

from briefing_app.core.facts.people import Person


def he_pronoun_later(speakers: Any, sentence: int, within: str, sex: str) -> Person | None:
    """The person "הוא"/"היא" in sentence `sentence` points at when no one was named before it, or None."""
    people = [p for p in speakers.people.people if p.key and speakers.sex(p) in ("", sex)]
    # (the lead's sentences before the quote: "קרן X בראשות Y ... . במהלך השנים ... . "...", הוא אומר")
    before = " ".join([*(speakers.text.get(k, "") for k in range(max(0, sentence - 4), sentence)), within])
    mentioned = [p for p in people if f" {p.key} " in f" {_bare(before)} "]
    if len(mentioned) == 1:
        found: Person = mentioned[0]
        return found  # "בראשות Y ... הוא אומר": the family name alone, the full name only later
    return None


def _bare(text: str) -> str:
    """`text` with its marks and commas spaced out, so that a family name is found as a word."""
    for mark in ',.:;"“”„״()':
        text = text.replace(mark, " ")
    return text

"""A person the article names once in full and elsewhere by the given name alone ("Larry Page ... Larry said"),
when the index met the given name first (a headline, a kinship phrase: "his father Norrie") and kept it as a
person of its own: the two are one person, under the full name.

This runs on the finished facts, after quotes were attributed (their speaker takes the full name), so that the
attribution, which reads the name as the sentence writes it, is not changed by the merge."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.gazetteer import given_genders
from briefing_app.core.facts.model import Fact

# A Latin-script given name written alone: one capitalised word.
_ONE_WORD = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]{2,}")


def merge_given_names(people: list[Fact], quotes: Sequence[Fact]) -> list[Fact]:
    """`people` with each one-word person that is the first word of exactly one fuller name merged into it (its
    sentences and role added); the quotes it spoke are given the full name."""
    full_by_first: dict[str, list[Fact]] = {}
    for p in people:
        words = p.text.split()
        if len(words) >= 2:
            full_by_first.setdefault(words[0], []).append(p)
    merged: dict[str, str] = {}
    out: list[Fact] = []
    for p in people:
        fuller = full_by_first.get(p.text, []) or _short_form_of(p.text, full_by_first)
        if _ONE_WORD.fullmatch(p.text) and len(fuller) == 1:
            whole = fuller[0]
            whole.sentences = sorted(set(whole.sentences) | set(p.sentences))
            whole.sentence = min(whole.sentence, p.sentence)
            if p.role and p.role not in (whole.role or ""):
                whole.role = f"{whole.role}; {p.role}" if whole.role else p.role
            merged[p.text] = whole.text
            continue
        out.append(p)
    for q in quotes:
        if q.speaker in merged:
            q.speaker = merged[q.speaker]
    return out


def _short_form_of(word: str, full_by_first: dict[str, list[Fact]]) -> list[Fact]:
    """The fuller names whose given name `word` is a short form of ("Dave" of David, "Sam" of Samuel, "Chris" of
    Christopher); none when `word` is itself a longer name or several given names fit."""
    if not (3 <= len(word) <= 5 and _ONE_WORD.fullmatch(word)):
        return []
    # (the whole short form opens the name, "Sam" of Samuel, or all but a closing "e", "Dave" of David; "Mary" is
    # no short form of Margrethe)
    stem = word[:-1] if word.endswith("e") else word
    fits = [first for first in full_by_first if len(first) > len(word) and first.startswith(stem) and len(stem) >= 3]
    # ("Julia" is no short form of Julian: a given name of the other sex is a name of its own, a sister beside a
    # nephew)
    sexes = given_genders()
    if len(fits) == 1 and sexes.get(word) and sexes.get(fits[0]) and sexes[word] != sexes[fits[0]]:
        return []
    return full_by_first[fits[0]] if len(fits) == 1 else []

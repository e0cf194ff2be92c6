"""The shared check of the made-up quote passages (`quote_cases_*.py`): each set's test file parametrises its cases
with `case_params` (a case whose words a `known_wrong` key names is a strict xfail, with the key's reason) and runs
`check_passage` on each. One place for what "right" means: every wanted quote found with its speaker, no listed
non-quote taken as speech."""

from __future__ import annotations

import re

import pytest

from tests.unit.facts_helpers import quotes_of
from tests.unit.quote_cases_newspaper_en import Case


def case_params(
    cases: list[Case], language: str, known_wrong: dict[str, str], *, in_not_quotes: bool = False
) -> list[object]:
    """pytest params of (case, language); `in_not_quotes`: a known-wrong key may name a non-quote's words too."""
    out: list[object] = []
    for case in cases:
        wrong = [why for words, _ in case[1] for key, why in known_wrong.items() if key in words]
        if in_not_quotes:
            wrong += [why for words in case[2] for key, why in known_wrong.items() if key in words]
        marks = [pytest.mark.xfail(strict=True, reason=wrong[0])] if wrong else []
        out.append(pytest.param(case, language, marks=marks, id=f"{language}-{case[0][:30]}"))
    return out


def check_passage(case: Case, language: str) -> None:
    """Every wanted quote is found with a speaker matching its pattern; no listed non-quote is taken as speech."""
    text, wanted, not_quotes, _either = case
    quotes = quotes_of([p for p in text.split("\n\n") if p.strip()], language)
    for words, speaker in wanted:
        assert any(
            words in q.text and q.speaker and re.search(rf"(?<!\w)(?:{speaker})(?!\w)", q.speaker) for q in quotes
        ), (words, speaker, [(q.text, q.speaker) for q in quotes])
    for words in not_quotes:
        assert not any(words in q.text for q in quotes), (words, [q.text for q in quotes])


def said(text: str, language: str) -> list[tuple[str, str | None]]:
    """(quote without its end marks, speaker) of every quote of a passage of paragraphs split by blank lines."""
    return [(q.text.strip(" ."), q.speaker) for q in quotes_of([p for p in text.split("\n\n") if p.strip()], language)]

"""Large firms of the 2000s that business copy names bare and that read as a person's name or two ordinary words
without the hand list (`organisations.tsv`), each with a near miss."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def _organisations(sentence: str) -> set[str]:
    return {f.text for f in facts_of([sentence], "en") if f.kind == "organisation"}


def _people(sentence: str) -> set[str]:
    return {f.text for f in facts_of([sentence], "en") if f.kind == "person"}


@pytest.mark.parametrize(
    ("sentence", "firm"),
    [
        ("Merrill Lynch said it would cut 300 jobs.", "Merrill Lynch"),
        ("Fannie Mae will restate its earnings.", "Fannie Mae"),
        ("General Electric is to buy the unit for $2bn.", "General Electric"),
        ("Exxon Mobil reported record profits.", "Exxon Mobil"),
        ("ChevronTexaco raised its dividend.", "ChevronTexaco"),
        ("Royal Bank of Scotland shares fell 2%.", "Royal Bank of Scotland"),
    ],
)
def test_a_firm_named_bare_is_an_organisation_not_a_person(sentence: str, firm: str) -> None:
    assert firm in _organisations(sentence)
    assert not any(firm.split()[0] in p for p in _people(sentence))


def test_a_title_or_a_given_name_before_a_word_of_a_firm_is_still_a_person() -> None:
    # near misses: "General" is a rank before a surname, "Lynch" a family name after a given name
    assert "Petraeus" in _people("General Petraeus said the troops would stay.")
    assert "Jessica Lynch" in _people("Jessica Lynch said she was glad to be home.")

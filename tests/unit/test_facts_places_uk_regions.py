"""England's statistical regions and Britain's national parks, which UK copy names bare ("across the South East",
"on Dartmoor") and which no generated list holds (`regions.tsv`), each with a near miss."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def _places(sentence: str) -> set[str]:
    return {f.text for f in facts_of([sentence], "en") if f.kind == "place"}


def _organisations(sentence: str) -> set[str]:
    return {f.text for f in facts_of([sentence], "en") if f.kind == "organisation"}


@pytest.mark.parametrize(
    ("sentence", "region"),
    [
        ("House prices rose fastest in the South East last year.", "South East"),
        ("Rail services across the South West were cancelled.", "South West"),
        ("Unemployment in the North West fell to 5%.", "North West"),
        ("The fund will pay for 2,000 homes in the East of England.", "East of England"),
        ("Flooding hit Yorkshire and the Humber overnight.", "Yorkshire and the Humber"),
        ("Walkers were rescued on Dartmoor on Sunday.", "Dartmoor"),
        ("Boats were stranded on the Norfolk Broads.", "Norfolk Broads"),
    ],
)
def test_a_region_of_england_or_a_national_park_is_a_place(sentence: str, region: str) -> None:
    assert region in _places(sentence)
    assert region not in _organisations(sentence)


def test_the_region_of_asia_in_three_words_is_not_cut_by_englands_south_east() -> None:
    # near miss: "South East Asia" is Southeast Asia, not the South East and East Asia
    places = _places("Exports to South East Asia rose by a fifth.")
    assert "South East Asia" in places
    assert not places & {"South East", "East Asia"}


def test_a_compass_word_in_lower_case_is_no_region() -> None:
    # near miss: "the south east of the city" is a direction, not the region
    assert not _places("Roads in the south east of the estate were closed.") & {"South East", "south east"}

"""A region's name that is a given name before a family name no list knows (round 53, invented BBC sport copy):
"Kenya's Mary Wanjiru was third" names a runner, not the Turkmen region of Mary. Only a word the article never
writes in lower case and the tagger's common words lack is taken for the family name (places.find_named)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import names_by_kind


@pytest.mark.parametrize(
    ("text", "person", "given"),
    [
        ("Kenya's Mary Wanjiru was third in 1:57.61.", "Mary Wanjiru", "Mary"),
        ("Victoria Okonjo was third.", "Victoria Okonjo", "Victoria"),
        ("Uganda's Mary Nakato set a national record of 31 minutes 2 seconds.", "Mary Nakato", "Mary"),
    ],
)
def test_a_region_named_like_a_given_name_opens_a_person(text: str, person: str, given: str) -> None:
    found = names_by_kind([text])
    assert person in found.get("person", set())
    assert given not in found.get("place", set())


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("They moved to Virginia Water last year.", "Virginia"),  # (a word the article writes in lower case)
        ("Police in Mary Region said the road was shut.", "Mary"),
    ],
)
def test_near_misses_stay_places(text: str, place: str) -> None:
    assert place in names_by_kind([text]).get("place", set())

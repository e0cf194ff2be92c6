"""Round-18 dev errors in kinds no helper covered, written again with made-up sentences. Dates: an approximation inside a year range
("from roughly 1976 to 1983" gave only 1983), a part of a month ("the first week of March" gave "of March"), and
"last week after ..." (read as "week after", the longer of two overlapping matches). Danish: an unknown name
with its office in apposition, which the tagger read as a body."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The unrest lasted from roughly 1961 to 1969 in the north.", "from roughly 1961 to 1969"),
        ("The visit is planned for the first week of March.", "for the first week of March"),
        ("Talks resume in the last days of June.", "in the last days of June"),
        ("The exchange shut its floor last week after two traders fell ill.", "last week"),
        ("He resigned a week after the vote.", "a week after"),
        ("Two days after the storm, the roads reopened.", "Two days after"),
    ],
)
def test_dates_as_written(sentence: str, date: str) -> None:
    assert date in {f.text for f in facts_of([sentence], "en") if f.kind == "date"}


def test_a_weekday_march_is_no_date_without_a_word_of_time() -> None:
    assert not [f for f in facts_of(["Thousands joined the march on the capital."], "en") if f.kind == "date"]


def test_a_danish_name_with_an_office_in_apposition_is_a_person_not_a_body() -> None:
    # (the Danish tagger read an unknown name before "EU-kommissær" as a body; round-18 dev)
    text = 'I anledning af valget udtalte Androulla Kessidou, EU-kommissær for kultur: "Vi er glade for valget."'
    facts = facts_of([text], "da")
    assert {f.text: f.role for f in facts if f.kind == "person"} == {"Androulla Kessidou": "EU-kommissær for kultur"}
    assert "Androulla Kessidou" not in {f.text for f in facts if f.kind == "organisation"}

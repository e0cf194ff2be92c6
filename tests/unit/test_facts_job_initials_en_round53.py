"""BBC entertainment copy of 2004-05 names a radio presenter by a job written in initials before the name: "Radio 1
DJ Jane Roe said". The initials are the role, the given name and surname the person; before one word only ("DJ
Kestrel") they are the stage name's own (made-up names throughout)."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def people(sentence: str) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of([sentence]) if f.kind == "person"}


# people_run_titles.split_title (_JOB_INITIALS)


def test_initials_of_a_job_after_a_station_are_the_role_of_the_full_name_after_them() -> None:
    found = people("Radio 1 DJ Chris Tallow said the show would go on.")
    assert found == {"Chris Tallow": "DJ"}


def test_initials_before_one_word_stay_a_stage_name() -> None:
    assert "DJ Kestrel" in people("Rapper DJ Kestrel said he was thrilled.")


def test_initials_opening_the_sentence_read_as_before() -> None:
    assert people("DJ Chris Tallow said the show would go on.") == {"Chris Tallow": "DJ"}

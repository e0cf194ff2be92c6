"""People and roles, round 44: shapes of British news pages (court reports, trade names of firms, titles of games
and films with a subtitle), each tested on sentences written for these tests, with a near miss."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _people(paragraphs: list[str], language: str = "en") -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(paragraphs, language) if f.kind == "person"}


# A court report names its advocates with a participle set off by commas: that is their role in the report.


def test_an_advocates_participle_after_the_name_is_the_role() -> None:
    people = _people(
        [
            "Plumber fined over stolen ladders",
            "Orrin Tasker, prosecuting, said the ladders were found in a van near the quay.",
            "Delphine Marchbank, defending, said her client had been sleeping rough since March.",
        ]
    )
    assert people["Orrin Tasker"] == "prosecuting"
    assert people["Delphine Marchbank"] == "defending"


def test_a_participle_that_opens_a_clause_after_the_name_is_no_role() -> None:
    # (near miss: the participle goes on with its object; it is what the person did, not a post in the court)
    people = _people(["Orrin Tasker, defending his record, said the ladders were his brother's."])
    assert people.get("Orrin Tasker") is None


# A firm's trade before one word ("distributor X") names a firm; before a full name, a person's job.


def test_a_trade_before_one_word_names_no_person() -> None:
    people = _people(["Takings fell midweek, so distributor Quillmore should not be too worried about the slide."])
    assert "Quillmore" not in people


def test_a_trade_before_a_full_name_is_a_persons_role() -> None:
    people = _people(["Games publisher Ottilie Brackwater said the sequel would arrive in spring."])
    assert people["Ottilie Brackwater"] == "Games publisher"


# A title and its subtitle around a colon, going on into the sentence with its verb, name a work.


def test_a_subtitle_after_a_colon_names_no_person() -> None:
    assert "Glass Harvest" not in _people(["Velvet Orbit: The Glass Harvest added £200,000 over its third week."])
    assert "Amber Tide" not in _people(["Last month's leader Rook Patrol: Amber Tide also lifted sales by a tenth."])


def test_a_title_before_its_subtitle_names_no_person() -> None:
    assert "Gravel Comet" not in _people(["Gravel Comet: Northern Lights has slipped to third, but sales rose."])


def test_a_name_after_a_saying_verb_and_a_colon_is_still_a_person() -> None:
    # (near miss: speech after the colon, not a subtitle)
    people = _people(["The mayor told Harbourside Radio: Ingrid Solvang will lead the inquiry into the flooding."])
    assert "Ingrid Solvang" in people


def test_a_name_after_a_handle_and_a_colon_is_still_a_person() -> None:
    # (near miss: a quoted post opens with its author's handle)
    people = _people(["@quayside_watch: Benedek Farkasvolgyi was released from custody this morning."])
    assert "Benedek Farkasvolgyi" in people


def test_a_headline_quoting_a_person_before_a_colon_keeps_the_person() -> None:
    # (near miss: a headline names the speaker before a colon)
    people = _people(["Tamsin Holloway: The Harbour Board will not close the yard", "Holloway spoke on Monday."])
    assert "Tamsin Holloway" in people

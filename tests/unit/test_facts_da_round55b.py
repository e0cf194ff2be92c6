"""Danish people, round 55b (k-heda55b): shapes read wrong on real Danish copy (written again with made-up names
and sentences), each with near misses that keep their old reading."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _roles(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(paragraphs, "da") if f.kind == "person"}


# --- people_da_genitive: "borgmester Holms nye plan" is the genitive of Mikkel Holm ------------------------------


def test_titled_genitive_surname_joins_the_full_name() -> None:
    paragraphs = [
        "Havnen står centralt i Vestbys og borgmester Holms nye lokale havneplan.",
        "Byens borgmester, Mikkel Holm, tiltrådte sin anden periode i januar.",
    ]
    assert _roles(paragraphs) == {"Mikkel Holm": "Byens borgmester"}


def test_genitive_without_a_named_owner_is_left_as_read() -> None:
    paragraphs = ["Havnen står centralt i borgmester Holms nye havneplan.", "Planen koster mange penge."]
    assert "Holms" in _roles(paragraphs)


def test_name_ending_in_s_with_no_such_family_name_stays_a_person() -> None:
    paragraphs = ["Direktør Mads Kjær mødte formand Lars Bundgaard i går.", "Lars Bundgaard sagde nej."]
    people = _roles(paragraphs)
    assert set(people) == {"Mads Kjær", "Lars Bundgaard"}


# --- people_appositions: ", der var Peter Holms manager": a job owned by a name in the bare-s genitive ----------


def test_relative_copula_then_a_genitive_name_and_a_job_is_a_role() -> None:
    paragraphs = ["Det siger Ole Brink, der var Peter Holms manager og trommeslager i bandet."]
    assert _roles(paragraphs)["Ole Brink"] == "Peter Holms manager og trommeslager i bandet"


def test_a_list_of_names_after_a_comma_is_still_no_role() -> None:
    paragraphs = ["Det siger Ole Brink, Peter Holm og Lars Bundgaard."]
    assert _roles(paragraphs)["Ole Brink"] is None
    assert _roles(["Det siger Ole Brink, der var Peter Holms ven."])["Ole Brink"] is None


# --- people_da_roles_apart: "som den yngste minister": a superlative ranks the holder, no comparison ------------


def test_role_held_as_the_superlative_holder() -> None:
    assert _roles(["Ole Brink tager som den yngste minister fat på arbejdet."]) == {"Ole Brink": "yngste minister"}


def test_comparison_with_an_article_is_still_no_role() -> None:
    assert _roles(["Ole Brink taler som den klogeste i klassen."]) == {"Ole Brink": None}
    assert _roles(["Ole Brink løber som en rigtig direktør."]) == {"Ole Brink": None}

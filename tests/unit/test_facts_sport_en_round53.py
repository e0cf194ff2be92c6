"""Invented BBC sport copy (round 53): race times and margins, and a club named by a people's word.

- "in a British record of one minute 56.82 seconds" gave 56.82 seconds: a spelled "one" before a unit of time and a
  number of a smaller unit is the first part of a two-unit span (spelled_numbers._ONE_UNIT_THEN_PART), 116.82;
- "finished half a second ahead of", "won by a quarter of a second" counted nothing: a fraction of a second is a
  margin (figure_fractions._RELATIVE_BEFORE keeps "after half a second" a moment; "half an hour" stays a time);
- "Celtic manager Martin Doyle" gave no club: a people's word that is no nation's (org_teams._NO_NATION) is no
  player's nationality before a club role ("German striker Jon Pell" stays no club).
"""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of, names_by_kind


def _figures(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(f.text, f.value, f.unit) for f in facts_of([text]) if f.kind == "figure"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kirsty Holmes won in a British record of one minute 56.82 seconds.", 116.82),
        ("She set a world best of one minute 58 seconds in Madrid.", 118.0),
        ("The court handed him a term of one year and six months.", 18.0),
    ],
)
def test_one_unit_then_a_smaller_part_is_one_span(text: str, value: float) -> None:
    assert value in [v for _, v, _ in _figures(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She won in two minutes 56.82 seconds.", 176.82),  # (a number above one was read already)
        ("He ran 1 minute 56.82 seconds.", 116.82),
    ],
)
def test_near_misses_keep_their_span(text: str, value: float) -> None:
    assert value in [v for _, v, _ in _figures(text)]


def test_one_of_a_kind_stays_no_figure() -> None:
    assert _figures("It was one of the best races of the year, he said.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kebede finished half a second ahead of Kenya's Joseph Mutai.", 0.5),
        ("Holmes beat Russia's Olga Vetrova by half a second, with Marta Idoate third.", 0.5),
        ("She won by a quarter of a second from Anne Petrov.", 0.25),
    ],
)
def test_a_fraction_of_a_second_is_a_margin(text: str, value: float) -> None:
    assert (value, "seconds") in [(v, u) for _, v, u in _figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The lights went out after half a second.",
        "They waited half an hour for the bus.",
        "The decision was made within half a second.",
    ],
)
def test_a_moment_stays_no_margin(text: str) -> None:
    assert [f for f in _figures(text) if f[1] in (0.5, 0.25)] == []


_REPORT = [
    "Celtic are close to signing striker Nuno Calado from Portuguese side Vila Serra for £2.5m.",
    "The 25-year-old scored 17 goals in 30 league games last season.",
    "{role} Martin Doyle confirmed the club had made an offer.",
    '"He is a player we have watched for a long time," he said.',
    "The deal could be completed by Friday, when Calado is due to fly to Glasgow for a medical.",
    "Calado would be the third signing of the January transfer window after defender Tom Kerrigan and midfielder "
    "Andy Lusk.",
]


def test_a_peoples_word_of_no_nation_before_a_club_role_is_a_club() -> None:
    report = [p.replace("{role}", "Celtic manager") for p in _REPORT]
    assert "Celtic" in names_by_kind(report)["organisation"]


@pytest.mark.parametrize("role", ["German striker", "Welsh midfielder", "Olympic coach"])
def test_a_nations_word_before_a_role_stays_no_club(role: str) -> None:
    report = [p.replace("{role}", role) for p in _REPORT]
    orgs = names_by_kind(report)["organisation"]
    assert role.split()[0] not in orgs


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("England's Paul Harwood fired a six-under-par 66 in Dubai.", "England"),
        ("Wales's Paul Harwood scored the decisive try in Cardiff.", "Wales"),
        ("Scotland's Paul Harwood carded a 68 at the Open.", "Scotland"),
    ],
)
def test_a_region_before_its_possessive_and_a_player_is_a_place(text: str, place: str) -> None:
    found = names_by_kind([text])
    assert place in found["place"]
    assert "Paul Harwood" in found["person"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Santiago Paul said the club would appeal.", "Santiago"),  # a capital's name as a given name
        ("Victoria Okonjo said the side had improved.", "Victoria"),
    ],
)
def test_a_given_name_before_a_family_name_stays_no_place(text: str, name: str) -> None:
    assert name not in names_by_kind([text])["place"]

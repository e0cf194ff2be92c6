"""Round 48 (k-entech48): English figures and roles of technology and business copy, read on unseen company
results pages.

Made-up sentences of the shapes found there, each with near misses that keep their old reading:

- two percentages joined by "to" after a noun of a rate or a forecast and "of"/"at" ("expects sales growth of 6
  percent to 9 percent"): one range, though "growth" is a word of change (`figure_ranges._percents_to`); a change
  verb ("rose 4% to 5%") or a noun of a move ("a rise of 0.5% to 3.2%") still gives a change and its level;
- a spelled end and a digit end joined by "to" with a unit of time after them ("in six to 18 months"): one span
  with no "between" or "from" before it (`numbers._merge_ranges`); without the unit ("won six to 12") two numbers;
- the renminbi and Swiss franc written glued the British financial papers' way ("Rmb24bn", "SFr2.1bn"): money;
- two capitalised titles joined by "and" before a name ("Chairman and CEO Jon Harte"): both are the role
  (`people_evidence_roles.titles_joined_by_and`); a name before the "and" is a second person.
"""

from __future__ import annotations

import pytest

from briefing_app.core.numbers import find_numbers
from tests.unit.facts_helpers import local_roles
from tests.unit.figure_helpers import figures_of

# --- two percentages after a noun of a rate or a forecast: one range ---


def _ranges(text: str) -> list[tuple[float, float | None]]:
    return [(f.value, f.value_max) for f in figures_of(text) if f.value is not None]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Zorbex sees turnover growth of 7 percent to 11 percent next year.", 7, 11),
        ("Brannock sees quarterly growth of 1.5 per cent to 3.5 per cent, its owner said.", 1.5, 3.5),
        ("Quilp held its margin guidance at 31 per cent to 33 per cent for now.", 31, 33),
    ],
)
def test_percentages_after_a_rate_noun_are_one_range(text: str, low: float, high: float) -> None:
    assert (low, high) in _ranges(text)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Zorbex said sales rose 4% to 5% in the quarter.", 4, 5),
        ("Inflation in Kessby saw a rise of 0.5% to 3.2% in March.", 0.5, 3.2),
    ],
)
def test_a_change_and_its_level_stay_two_figures(text: str, first: float, second: float) -> None:
    ranges = _ranges(text)
    assert (first, None) in ranges and (second, None) in ranges


# --- a spelled end and a digit end with a unit of time after them ---


def test_a_mixed_range_before_a_unit_of_time_is_one_span() -> None:
    text = "Quilp hopes to open the depot in six to 18 months from now."
    assert (6, 18) in _ranges(text)
    assert (3, 15) in _ranges("The smuggler was jailed for three to 15 years in Tolvik.")


def test_a_mixed_pair_without_a_unit_stays_two_numbers() -> None:
    ranges = _ranges("The visiting side won six to 12 in the final at Kessby.")
    assert (6, None) in ranges and (12, None) in ranges


# --- the renminbi and the Swiss franc written glued ---


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [("net profit of Rmb24bn", 24e9, "CNY"), ("revenue of Rmb92", 92, "CNY"), ("sales of SFr2.1bn", 2.1e9, "CHF")],
)
def test_glued_renminbi_and_swiss_franc_are_money(text: str, value: float, currency: str) -> None:
    (n,) = find_numbers(text, "en")
    assert (n.value, n.currency) == (value, currency)


def test_the_currency_name_alone_and_a_model_code_are_no_money() -> None:
    assert find_numbers("The Rmb weakened against the dollar.", "en") == []
    assert all(n.currency is None for n in find_numbers("The RMX24 router shipped.", "en"))


# --- two titles joined by "and" before a name ---


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Chairman and CEO Jon Harte said the results were strong.", "Jon Harte", "Chairman and CEO"),
        ("CEO and Managing Director Tomas Velder said costs fell.", "Tomas Velder", "CEO and Managing Director"),
        ("On Monday President and CEO Ada Kvist said sales rose.", "Ada Kvist", "President and CEO"),
    ],
)
def test_two_titles_joined_by_and_are_one_role(text: str, name: str, role: str) -> None:
    assert local_roles(text)[name] == role


def test_a_name_before_the_and_is_a_second_person() -> None:
    roles = local_roles("Minister Jane Roe and CEO Max Holm met in Tolvik on Monday.")
    assert roles["Max Holm"] == "CEO"
    assert roles["Jane Roe"] == "Minister"


# --- "two in three" people after a verb: a share ---


def test_two_in_three_people_after_a_verb_is_a_share() -> None:
    text = "The carrier, which reaches about two in three rural users in Kessby, grew again."
    shares = [f for f in figures_of(text) if f.text == "about two in three"]
    assert shares and abs(shares[0].value - 2 / 3) < 1e-9 and "users" in (shares[0].counts or "")


def test_two_in_three_games_after_a_verb_stay_two_counts() -> None:
    values = [f.value for f in figures_of("The visiting side scored two in three games at Kessby.")]
    assert 2 in values and 3 in values

"""Round 56 (k-enb56): English figures of business and economy copy (results, markets, central banks), read on
unseen pages of Malaysian, Kenyan, South African, New Zealand and oil-trade copy.

Made-up sentences of the shapes found there, each with near misses that keep their old reading:

- the ringgit pluralised ("4.7 million ringgits") is money, and the sen its hundredth a unit ("9.6 sen"), not what
  the sum counts (`numbers`, `figure_words`);
- a hedged step before the level reached ("gained as much as $2.15 to $83.40 an ounce"): two figures, not one range
  (`figure_ranges`); a hedged range with no verb of change ("could rise as much as 5 to 10 per cent") stays one;
- "earnings before interest and taxation (EBIT) climbed 7.4% year-on-year to ...": the earnings, not "taxation"
  (`before_tax_measures_en`);
- "representing a 4.2% decline from RM76.3 million": the baseline counts what the sum before it counts, not the
  participle (`change_baselines_en`);
- "held its main policy rate (MPR) at 4.25 percent": the rate, not the bank or its governor (`abbreviated_objects_en`);
- "Pellmar and Rocklin gained 0.84% and 2.07%": each move its own mover, no "respectively" needed (`paired_movers_en`).
"""

from __future__ import annotations

import pytest

from tests.unit.figure_helpers import figures_of, nth_counts_of


def _figure(text: str, value: float):  # noqa: ANN202 (a Fact)
    found = [f for f in figures_of(text) if f.value is not None and abs(f.value - value) <= 1e-6 * abs(value)]
    assert found, f"no figure {value} in {text!r}: {[(f.text, f.value) for f in figures_of(text)]}"
    return found[0]


# --- the ringgit and the sen ---


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Kelvar Bhd said its net income came to 3.4 million ringgits in the quarter.", 3_400_000, "income"),
        (
            "Operating costs at Tamsin Bhd fell to 12.6 million ringgits from 14.1 million ringgits.",
            12_600_000,
            "costs",
        ),
    ],
)
def test_plural_ringgits_are_money(text: str, value: float, key: str) -> None:
    f = _figure(text, value)
    assert f.unit == "MYR"
    assert key in (f.counts or "")


def test_singular_ringgit_is_still_money() -> None:
    assert _figure("Kelvar Bhd raised 40 million ringgit from the sale.", 40_000_000).unit == "MYR"


def test_sen_is_a_unit_not_what_is_counted() -> None:
    f = _figure("Its earnings per share slipped to 4.1 sen in the quarter.", 4.1)
    assert f.unit == "sen"
    assert "sen" not in (f.counts or "")


def test_a_senator_is_no_sen() -> None:
    assert all(f.unit != "sen" for f in figures_of("Sen. Ruth Alder said 40 people came to the hearing."))


# --- a hedged step and the level reached ---


@pytest.mark.parametrize(
    ("text", "step", "level"),
    [
        ("Palladium gained as much as $14.40 to $912.20 an ounce in Zurich.", 14.4, 912.2),
        ("Shares in Holloway fell nearly 40p to 312p on the news.", 40, 312),
        ("The index rose about 84 points to 4,812 by the close.", 84, 4812),
    ],
)
def test_a_hedged_step_and_its_level_are_two_figures(text: str, step: float, level: float) -> None:
    values = [(f.value, f.value_max) for f in figures_of(text)]
    assert (step, None) in values
    assert (level, None) in values


def test_a_hedged_range_without_a_change_stays_one() -> None:
    values = [(f.value, f.value_max) for f in figures_of("Fares could climb by as much as 5 to 10 per cent.")]
    assert (5, 10) in values


# --- earnings before interest and taxes ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Morrow Telecom said that group earnings before interest and taxation (EBIT) climbed 8.2% year-on-year to 12.4 "
            "billion shillings.",
            12_400_000_000,
        ),
        (
            "Morrow Telecom said that group earnings before interest and taxation (EBIT) climbed 8.2% year-on-year to 12.4 "
            "billion shillings.",
            8.2,
        ),
        ("Quarterly earnings before interest and taxes rose 6% to $310 million.", 310_000_000),
    ],
)
def test_earnings_before_interest_and_taxes_are_the_earnings(text: str, value: float) -> None:
    counts = nth_counts_of(text, value)
    assert "earnings" in counts
    assert not counts.startswith(("said", "its"))


def test_a_profit_before_tax_label_keeps_its_modifier() -> None:
    assert nth_counts_of("Statutory profit before tax: £12m.", 12_000_000) == "Statutory profit before tax"


# --- "representing a N% decline from" the baseline ---


def test_the_baseline_after_a_participle_counts_the_sum_before() -> None:
    text = "Revenue stood at RM50.2 million, representing a 3.1% decline from RM51.8 million a year earlier."
    assert "Revenue" in nth_counts_of(text, 51_800_000)
    assert "representing" not in nth_counts_of(text, 51_800_000)


def test_a_baseline_after_a_plain_change_is_unchanged() -> None:
    text = "Profit was $5m, a 10% rise on the $4.5m made a year earlier."
    assert "Profit" in nth_counts_of(text, 4_500_000)


# --- an object abbreviated in brackets before its level ---


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        ("The central bank held its main policy rate (MPR) at 4.25 percent on Thursday.", 4.25, "main policy rate"),
        ("Governor Ida Renn held the key lending rate (KLR) unchanged at 6.5 percent.", 6.5, "key lending rate"),
        ("The bank cut the monetary policy rate (MPR) by 50 basis points to 14 percent.", 14, "monetary policy rate"),
    ],
)
def test_an_abbreviated_object_is_what_its_level_counts(text: str, value: float, counts: str) -> None:
    assert nth_counts_of(text, value) == counts


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        ("The bank kept the rate at 3.5 percent.", 3.5, "rate"),
        ("Jon Pell (JP) said inflation was 3.5 percent.", 3.5, "inflation"),
    ],
)
def test_levels_with_no_abbreviated_object_keep_their_reading(text: str, value: float, counts: str) -> None:
    assert counts in nth_counts_of(text, value)


# --- two named movers and their two moves, no "respectively" (`paired_movers_en`) ---


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Index heavyweights Pellmar and Rocklin gained 0.84% and 2.07%, while Vantor jumped 4.1%.", 0.84, 2.07),
        ("Dorrel Africa and Tamsin Bank fell 2.1% and 3.4% on the rand's slide.", 2.1, 3.4),
    ],
)
def test_two_movers_pair_with_their_two_moves(text: str, first: float, second: float) -> None:
    names = text.split(" and ")[0].split()[-1], text.split(" and ")[1].split(" gained")[0].split(" fell")[0]
    assert names[0] in nth_counts_of(text, first)
    assert nth_counts_of(text, second) == names[1]
    assert names[1] not in nth_counts_of(text, first)


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        ("Pellmar and Rocklin gained 0.84% and 2.07% respectively.", 0.84, "Pellmar and Rocklin (Pellmar)"),
        ("Sales and profits rose 8% and 11%.", 8, "profits"),
    ],
)
def test_pairs_with_respectively_or_common_nouns_keep_their_reading(text: str, value: float, counts: str) -> None:
    assert nth_counts_of(text, value) == counts

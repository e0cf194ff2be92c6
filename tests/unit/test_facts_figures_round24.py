"""Figures, twenty-fourth round: what English figures count in classes found on real news pages nobody here had
tuned on (council budgets and fares, courts and settlements, measles and crime statistics, tornadoes, basketball,
polls; read whole, figures written down by hand before the extractor ran), each written again with made-up variants
and look-alikes that must not change. Every sentence and name is made up."""

from __future__ import annotations

import pytest

from briefing_app.core.facts.figures import find_figures
from briefing_app.core.facts.model import Fact, SourceSentence
from tests.unit.figure_helpers import counts_of, figures_of


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The board voted today to raise the basic bus fare by 10 cents to $1.70.", 1.70, "bus fare"),
        ("The club increased the season ticket price by $25 to $480.", 480, "season ticket price"),
        ("The council will cut the parking fee by 50 cents to $2.", 2, "parking fee"),
    ],
)
def test_a_level_reached_after_a_step_in_money(text: str, value: float, key: str) -> None:
    # "raise X by <step> to <level>": the level is X's, however the step is written
    assert key in counts_of(text, "en", value)


def test_the_step_itself_stays_the_object_s() -> None:
    assert "bus fare" in counts_of("The board voted to raise the basic bus fare by 10 cents to $1.70.", "en", 10)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("That means the owner of a home worth $90,000 will now pay $712.40 next year.", 712.40, "owner"),
        ("This means the average renter will pay $35 more a month.", 35, "renter"),
    ],
)
def test_a_consequence_clause_after_means(text: str, value: float, key: str) -> None:
    # "That means | the owner ... will pay": the subject of the clause "means" takes, not "means"
    counts = counts_of(text, "en", value)
    assert key in counts and "means" not in counts


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The plan requires a fee increase costing residents an additional $3.15 per month.", 3.15, "fee increase"),
        ("The new levy, costing drivers an extra $40, starts in May.", 40, "levy"),
        ("The repairs will cost taxpayers an estimated $12 million.", 12_000_000, "repairs"),
    ],
)
def test_what_costs_a_sum_past_whom_it_costs(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_a_sum_costing_nobody_named_is_not_taken_as_cost() -> None:
    assert "cost" not in counts_of("The fund spent $4 million on new buses.", "en", 4_000_000)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Nine people remain missing and more than 300 have been left homeless after the floods.", 300, "homeless"),
        ("Four climbers remain stranded and 12 have been flown to hospital.", 12, "flown to hospital"),
    ],
)
def test_a_second_count_with_its_own_state_keeps_it(text: str, value: float, key: str) -> None:
    counts = counts_of(text, "en", value)
    assert key in counts and "missing" not in counts and "stranded" not in counts


def test_a_second_count_with_no_verb_still_shares_the_first() -> None:
    assert "people" in counts_of("Two people were killed and 12 were injured.", "en", 12)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Aggravated assault and burglary each fell 17 percent.", 17, "aggravated assault and burglary"),
        ("Exports and imports both rose 3 percent.", 3, "exports and imports"),
        ("Arson dropped by 20 percent, and car theft and vandalism each fell 11 percent.", 11, "car theft and vandalism"),
    ],
)
def test_two_nouns_joined_before_each_or_both_are_one_subject(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value).lower()


def test_an_and_between_clauses_still_splits_them() -> None:
    counts = counts_of("Sales rose and profits each fell 5 percent.", "en", 5)
    assert "profits" in counts and "Sales" not in counts


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("About 9 in 10 local police officers work for such a department.", 9, "police officers"),
        ("Nearly 4 in 5 adults read the news online.", 4, "adults"),
    ],
)
def test_a_part_in_a_whole_counts_what_the_whole_counts(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Mara Quist has a 48 percent to 46 percent lead over Ted Olin among likely voters.", 48, "lead"),
        ("Quist held a 52%-44% advantage in the poll.", 52, "advantage"),
    ],
)
def test_a_pair_of_shares_after_an_article_share_the_noun(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Quist leads among likely voters, with two percent choosing neither and 3 percent undecided.", 2,
         "choosing neither"),
        ("Quist leads among likely voters, with two percent choosing neither and 3 percent undecided.", 3, "undecided"),
        ("Olin has 41 percent among registered voters with 5 percent undecided.", 5, "undecided"),
    ],
)
def test_a_share_in_an_absolute_clause_counts_its_state(text: str, value: float, key: str) -> None:
    counts = counts_of(text, "en", value)
    assert key in counts and "voters" not in counts


def test_a_share_after_with_and_of_keeps_its_whole() -> None:
    assert "vote" in counts_of("The proposal passed with 60 percent of the vote.", "en", 60)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Kevin Dunn added another 20 points, along with 19 for Jim Nolan, as the Hawks won.", 19, "points"),
        ("Ada Berg had 14 rebounds, as well as 9 for Lou Pike.", 9, "rebounds"),
    ],
)
def test_a_figure_along_with_another_takes_its_noun(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Dana Ruiz added 23 points for the Hawks, who won three in a row for the first time.", 3, "won in a row"),
        ("Dallas has won 10 of its last 11 games, while Hobart has lost five in a row.", 5, "games"),
    ],
)
def test_a_run_of_wins_is_no_count_of_the_points_before(text: str, value: float, key: str) -> None:
    counts = counts_of(text, "en", value)
    assert key in counts and "points" not in counts


def test_a_parallel_clause_still_leaves_its_noun_to_ellipsis() -> None:
    assert "seats" in counts_of("The Liberals gained 12 seats while the Greens lost 3.", "en", 3)


def test_given_that_opens_no_noun() -> None:
    counts = counts_of("They cut the fuel budget by $200,000 given that prices are low.", "en", 200_000)
    assert "fuel budget" in counts and "given" not in counts.split(" (")[0]


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The mayor called for a two percent across the board cut to most departments.", 2, "cut"),
        ("The board approved a 4% across the board raise for staff.", 4, "raise"),
    ],
)
def test_an_unhyphenated_across_the_board_modifies_the_noun(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_across_the_board_at_the_end_is_no_noun() -> None:
    counts = counts_of("They cut salaries 5 percent across the board on Monday.", "en", 5)
    assert "salaries" in counts and "board" not in counts


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Ruiz set a club record for three-pointers made in a single season with 245.", 245, "three-pointers"),
        ("She broke the school record for assists in a game with 19.", 19, "assists"),
    ],
)
def test_a_record_set_with_a_figure_counts_what_the_record_is_of(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_a_figure_after_with_and_its_own_noun_keeps_it() -> None:
    assert "wins" in counts_of("The team finished the season with 48 wins.", "en", 48)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Ruiz 40 points and 20 rebounds as Hawks beat Otters", 40, "points"),
        ("Okafor 31 points and 12 assists in Otters win", 31, "points"),
    ],
)
def test_a_headline_count_after_a_name_is_no_name_s_number(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_a_model_number_before_a_plural_stays_a_name() -> None:
    assert not [f for f in figures_of("The Boeing 747 jets were grounded.", "en") if f.value == 747]


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Incumbents ran in 195 (67.9 percent) of those races.", 195, "races"),
        ("Incumbents ran in 195 (67.9 percent) of those races.", 67.9, "races"),
        ("Challengers won in 108 (41.2 percent) of the districts.", 108, "districts"),
    ],
)
def test_a_count_after_in_with_its_share_in_brackets_is_no_year(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_an_old_year_after_in_stays_a_year() -> None:
    assert not [f for f in figures_of("The abbey was built in 1190 (and rebuilt later).", "en") if f.value == 1190]


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The judge should raise the bond from the $100,000 he posted to $500,000.", 100_000, "bond"),
        ("The board cut the grant from the $40,000 it paid last year to $25,000.", 40_000, "grant"),
    ],
)
def test_a_level_left_after_from_the(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A murder conviction would have meant 9 ½ years in prison.", 9.5),
        ("The trail runs 2¼ miles along the river.", 2.25),
        ("The pipe is 3¾ inches wide.", 3.75),
    ],
)
def test_a_vulgar_fraction_after_whole_digits_is_part_of_the_value(text: str, value: float) -> None:
    assert [f for f in figures_of(text, "en") if f.value == value]


@pytest.mark.parametrize(
    "text",
    [
        "The share was 6.4%, down from the week 5 high of 7.5%.",
        "Deaths in the week ending March 3 (week 9) were mostly among the old.",
    ],
)
def test_a_numbered_week_is_no_count(text: str) -> None:
    assert not [f for f in figures_of(text, "en") if f.value in (5, 9)]


def test_a_week_with_a_plural_after_it_still_counts() -> None:
    assert "workers" in counts_of("In the week 12 workers were hurt.", "en", 12)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Activity was high in 39 states, moderate in five and low in three.", 5, "states"),
        ("Activity was high in 39 states, moderate in five (Utah, Iowa), low in three (Ohio).", 3, "states"),
        ("Sales rose in 12 stores and fell in three.", 3, "stores"),
    ],
)
def test_a_list_of_states_each_in_a_count_shares_the_noun(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The total number of pediatric deaths reported this season now stands at 97.", 97, "pediatric deaths"),
        ("The number of cases recorded last year rose to 412.", 412, "cases"),
    ],
)
def test_a_participle_and_a_time_after_the_counted_noun(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_a_saying_verb_with_a_named_subject_still_opens_a_clause() -> None:
    assert "people" in counts_of("Officials reported this week that 12 people died.", "en", 12)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Hospitalization remained highest among adults 65 years of age and older (322.7 per 100,000).", 322.7,
         "Hospitalization"),
        ("The death rate was highest in the north (12.1 per 1,000 people).", 12.1, "death rate"),
    ],
)
def test_a_rate_in_brackets_is_the_measure_of_its_clause(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The virus has sickened 22 million this season.", 22_000_000, "sickened"),
        ("The outbreak sickened 40 people in the town.", 40, "people"),
    ],
)
def test_those_a_disease_sickened(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Ordinances require a candidate to receive at least 50 per cent, plus one, of the votes cast.", 50, "votes"),
        ("The bill needs 60 percent, or more, of the members present.", 60, "members"),
    ],
)
def test_an_aside_between_a_share_and_its_whole(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_a_change_over_the_day_is_no_numbered_day() -> None:
    assert "Shares" in counts_of("Shares in the group ended the day 4.3% higher at 255p.", "en", 4.3)


def _sentences(*texts: str) -> list[Fact]:
    return find_figures([SourceSentence(i, i, t) for i, t in enumerate(texts)], "en")


@pytest.mark.parametrize(
    "second",
    [
        "That compared with $1.46 billion, or $1.43 per share, last year.",
        "This compares with $498.6 million a year earlier.",
    ],
)
def test_a_pronoun_compared_with_an_earlier_level_takes_the_measure_before(second: str) -> None:
    found = _sentences("For the quarter, net income rose to $1.52 billion, or $1.52 per share.", second)
    assert "net income" in (found[2].counts or "")


def test_a_pronoun_with_its_own_noun_keeps_it() -> None:
    found = _sentences("Net income rose to $1.52 billion.", "They rose 12 places in the ranking.")
    assert "places" in (found[1].counts or "")


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Fire officials said Sunday the Pine Ridge Fire had spread to 83,275 acres.", 83_275, "Pine Ridge Fire"),
        ("Police said Monday the death toll had risen to 14.", 14, "death toll"),
    ],
)
def test_a_day_after_a_verb_of_saying_is_no_subject(text: str, value: float, key: str) -> None:
    counts = counts_of(text, "en", value)
    assert key in counts and "Sunday" not in counts and "Monday" not in counts


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Net income was €2.1 million, an increase of 35.0% from €1.5 million a year earlier.", 1_500_000,
         "Net income"),
        ("Net income was €2.1 million, an increase of 35.0% from €1.5 million a year earlier.", 35.0, "Net income"),
        ("Visitors numbered 1.2 million, a rise of 15% on the year before.", 15, "Visitors"),
    ],
)
def test_the_level_left_and_the_change_after_an_increase_of(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Net income was 13 cents a share, against the S&P Capital IQ consensus estimate of 17 cents a share.", 17,
         "consensus estimate"),
        ("It beat the FactSet consensus estimate of $1.02 a share.", 1.02, "consensus estimate"),
    ],
)
def test_an_estimate_named_by_its_source(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_a_generic_average_of_still_leaves_the_subject() -> None:
    assert "Prices" in counts_of("Prices rose by an average of 4%.", "en", 4)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Shares of the retailer lost 56 cents, or 2.2%, to $25.17 in aftermarket electronic trading.", 25.17,
         "Shares"),
        ("The stock fell 50 cents, or 1.6 percent, to $31.19 in extended trading.", 31.19, "stock"),
        ("The stock rose $1.23, or 4 percent, to close at $31.69.", 31.69, "stock"),
    ],
)
def test_a_price_reached_in_a_trading_session(text: str, value: float, key: str) -> None:
    counts = counts_of(text, "en", value)
    assert key in counts and "trading" not in counts and "close at" not in counts


def test_a_pronoun_after_a_fronted_time_takes_the_measure_before() -> None:
    found = _sentences("The company's stock fell 50 cents to $31.19.", "Earlier Monday, it increased $1.23.")
    assert "stock" in (found[2].counts or "")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Its targets included quasars such as Halden 512 and Halden 433, remnants such as Orvik and RX 1108.", 433),
        ("Its targets included quasars such as Halden 512 and Halden 433, remnants such as Orvik and RX 1108.", 1108),
        ("The lab began in 1941, going on to launch the nation's first probe, Kestrel 1, in 1962.", 1),
    ],
)
def test_a_number_in_a_name_after_an_earlier_year_or_name_is_no_count(text: str, value: float) -> None:
    assert not [f for f in figures_of(text, "en") if f.value == value]


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Labour won 355 seats, the Conservatives 198 and the Greens 62.", 198, "seats"),
        ("Labour won 355 seats, the Conservatives 198 and the Greens 62.", 62, "seats"),
    ],
)
def test_a_result_given_again_with_its_verb_left_out_still_counts(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "lang", "value", "key"),
    [
        ("Der blev overvåget mere end 21 000 saltvands- og ferskvandsområder i EU.", "da", 21000,
         "saltvands- og ferskvandsområder"),
        ("The fund offers 40 short- and long-term loans to farmers.", "en", 40, "short- and long-term loans"),
    ],
)
def test_a_suspended_compound_joins_its_head(text: str, lang: str, value: float, key: str) -> None:
    assert key in counts_of(text, lang, value)


@pytest.mark.parametrize(
    "text",
    ["بداية شهر رمضان لعام 1445 في عدة دول", "ميزانية للعام 1446 الهجري"],
)
def test_an_arabic_year_after_a_prefixed_year_noun_is_a_date(text: str) -> None:
    assert not [f for f in figures_of(text, "ar") if f.value in (1445, 1446)]


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The budget funds 60% of its new long-range Harbour Patrol Boats.", 60, "Harbour Patrol Boats"),
        ("The agency will buy 12,000 specialized TRX KLM electric buses.", 12_000, "electric buses"),
    ],
)
def test_capitalised_words_inside_a_noun_phrase_run_to_its_plural_head(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_a_name_led_phrase_keeps_its_coordinated_noun() -> None:
    counts = counts_of("The archive holds over 28,000 Lena Moss photographs and other artifacts.", "en", 28_000)
    assert "photographs and other artifacts" in counts


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The plan leverages the $3 billion provided by the Clean Harbour Act.", 3_000_000_000,
         "provided by the Clean Harbour Act"),
        ("The charity spent the $5 million raised from donors on new wards.", 5_000_000, "raised from donors"),
    ],
)
def test_a_sum_named_by_the_participle_phrase_after_it(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_a_sum_with_its_own_noun_keeps_it() -> None:
    assert "grants" in counts_of("The board approved $2 million in grants awarded to schools.", "en", 2_000_000)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The board approved the overall $9.6 billion, 100,000-vehicle modernization plan.", 9_600_000_000,
         "modernization plan"),
        ("They signed a $2 billion, 10-year supply deal.", 2_000_000_000, "supply deal"),
    ],
)
def test_a_sum_stacked_before_a_figure_compound_and_one_noun(text: str, value: float, key: str) -> None:
    assert key in counts_of(text, "en", value)


def test_a_sum_with_no_article_is_no_stack() -> None:
    assert "orders" not in counts_of("Sales were $9.6 billion, 100,000-unit orders included.", "en", 9_600_000_000)

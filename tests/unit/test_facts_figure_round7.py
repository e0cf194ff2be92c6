"""What figures count and which words are figures, by class (issue 10, round 7): approximations that must not
change what is counted, multiplicatives and halves with no digits, bare numbers whose copula or fronted whole
says what they are, a relative time after a figure, and a count said again after a verb of saying.

Every sentence here is written for these tests. The check is the corpus scorer's: the value, and a key
word inside the extracted `counts`.
"""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of
from tests.unit.figure_helpers import counts_of as _counts_of
from tests.unit.figure_helpers import figures_of as _figures


@pytest.mark.parametrize(
    ("text", "value", "key", "qualifier"),
    [
        ("Rents in the old town rose by as much as 18% over the winter.", 18, "Rents", "as much as"),
        ("Pensions fell by as little as 3% in the poorer regions.", 3, "Pensions", "as little as"),
        ("The festival drew upwards of 6,000 visitors to the valley.", 6000, "visitors", "upwards of"),
        ("As many as 70 fishermen are still missing off the cape.", 70, "fishermen", "As many as"),
        ("The flood toll climbed to an estimated 65 by nightfall.", 65, "toll", "an estimated"),
        ("In excess of 400 cottages were cut off by the snow.", 400, "cottages", "In excess of"),
        ("The ferry was carrying close to 900 passengers.", 900, "passengers", "close to"),
    ],
)
def test_an_approximation_is_the_qualifier_and_leaves_what_is_counted(
    text: str, value: float, key: str, qualifier: str
) -> None:
    figure = next(f for f in _figures(text) if f.value == value)
    assert figure.qualifier == qualifier
    assert key in (figure.counts or "")


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The cyclist has won the mountain stage twice.", 2, "won"),
        ("The parish council meets once a month in the library.", 1, "council"),
        ("She was voted rookie of the season once.", 1, "rookie"),
        ("The ferry has been delayed more than once this winter.", 1, "delayed"),
        ("Truancy in the district is more than double the regional average.", 2, "Truancy"),
    ],
)
def test_multiplicatives_with_no_digits_are_figures_in_times(text: str, value: float, key: str) -> None:
    figure = next(f for f in _figures(text) if f.value == value)
    assert figure.unit == "times"
    assert key in (figure.counts or "")


@pytest.mark.parametrize(
    "text",
    [
        "Once the rain stopped, the market reopened.",
        "The mayor once ran a bakery on the square.",
        "The bridge was once again closed to lorries.",
        "He was unmasked as a double agent in the spring.",
        "The visitors levelled in the first half.",
        "After nearly half an hour the train moved on.",
        "For once the forecast was right.",
    ],
)
def test_once_double_and_half_that_count_nothing_are_no_figures(text: str) -> None:
    assert not _figures(text)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The bakery cut half its staff after the fire.", 0.5, "staff"),
        ("Nearly half the orchards were lost to frost.", 0.5, "orchards"),
        ("The new filter reduced emissions by a third.", 1 / 3, "emissions"),
        ("Ticket sales fell by half in the autumn.", 0.5, "sales"),
        ("The home side scored again, cutting the deficit in half.", 0.5, "deficit"),
    ],
)
def test_halves_and_thirds_with_no_of(text: str, value: float, key: str) -> None:
    assert key in _counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Of the injured, 9 were pupils.", 9, "pupils"),
        ("Of the 40 miners trapped, 31 were rescued by dawn.", 31, "miners"),
        ("Eleven were nurses and three were porters.", 11, "nurses"),
        ("Six are still in hospital after the crash.", 6, "hospital"),
    ],
)
def test_a_bare_number_takes_its_predicate_or_fronted_whole(text: str, value: float, key: str) -> None:
    assert key in _counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Turnover was $80 million, compared with $62 million a year earlier.", 62e6, "Turnover"),
        ("Exports rose to $5 billion from $4 billion a year earlier.", 4e9, "Exports"),
        ("Organisers counted 9,000 marchers, while the police are saying 3,000.", 3000, "marchers"),
    ],
)
def test_the_second_figure_of_a_comparison_counts_what_the_first_does(text: str, value: float, key: str) -> None:
    # "a year earlier" says when; a verb of saying before a bare number repeats the count from another source
    counts = _counts_of(text, "en", value)
    assert key in counts
    assert "earlier" not in counts


@pytest.mark.parametrize(
    "text",
    [
        "The cargo jet skidded off runway 09 in the fog.",
        "Engineers cooled reactor 3 with sea water.",
        "The tenants of apartment 12 were moved out.",
        "Her essay appeared on the blog Nine Quiet Streets last spring.",
        "Tourists crowd the Seven Arches Bridge every summer.",
    ],
)
def test_numbers_that_name_a_place_or_a_title_are_no_figures(text: str) -> None:
    # a runway, a reactor or a flat named by its number; a capitalised number word opening a name mid-sentence
    assert not _figures(text)


def test_a_capitalised_number_word_before_a_plain_noun_still_counts() -> None:
    figures = _figures("The rebels freed Two British engineers on Sunday.")
    assert [f.value for f in figures] == [2]
    assert "engineers" in (figures[0].counts or "")


def test_a_preposition_after_a_duration_is_not_what_it_counts() -> None:
    # "held for 48 hours without charge": what lasted is the clause, not "without"
    counts = _counts_of("The blogger was held for 72 hours without charge.", "en", 72)
    assert "held" in counts
    assert "without" not in counts


def test_list_markers_cut_off_by_the_sentence_splitter_are_no_figures() -> None:
    # 'the placard said "1. Bread, 2. Water, 3. Work"', split after each marker's full stop
    facts = facts_of(['The placard said "1. Bread, 2. Water, 3. Work" in red letters.'])
    assert not [f for f in facts if f.kind == "figure"]


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("In a poll of 1,500 adults, 64 percent said the ferry should be run by the council.", 64, "council"),
        ("Nine percent said the harbour should never be sold.", 9, "never"),
        (
            "Asked about fares, 81 percent said to cut them; 47 percent supported cheaper fares and longer routes.",
            47,
            "routes",
        ),
        (
            "53 percent said the vote should wait, while 31 percent said it should not wait for the budget.",
            31,
            "budget",
        ),
        ("In the poll, 35 percent backed the mayor; 60 percent opposed.", 60, "opposed"),
    ],
)
def test_a_survey_percentage_counts_those_who_answered_so(text: str, value: float, key: str) -> None:
    # a percentage that opens its clause before a verb of saying or backing: the answer is what it counts
    assert key in _counts_of(text, "en", value)


def test_a_percentage_after_a_copula_is_no_answer() -> None:
    assert "campaign" not in _counts_of("Even if the share was 10% support the campaign.", "en", 10)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Then Tomas, now 14, moved to the coast.", 14, "age"),
        ("The rebels kept up attacks on border guards, killing 9 in a raid on Sunday.", 9, "guards"),
        ("Over 3,000 farmers and fishermen have been displaced since the dam opened.", 3000, "displaced"),
        ("The treaty included a 15-year, $8-billion loan package for the port.", 15, "package"),
        ("The court gave her two years to become the first judge to retire early.", 2, "retire"),
    ],
)
def test_what_an_age_a_harm_a_pair_and_stacked_adjectives_count(text: str, value: float, key: str) -> None:
    assert key in _counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The deal is part of a $20-billion arms package.", 20e9, "USD"),
        ("The city approved a 500-million-dollar tram line.", 500e6, "USD"),
        ("A 5-million euro loan was signed on Friday.", 5e6, "EUR"),
    ],
)
def test_a_scale_joined_by_a_hyphen_scales_the_figure(text: str, value: float, unit: str) -> None:
    figures = _figures(text)
    assert [f.value for f in figures] == [value]
    assert figures[0].unit == unit


def test_the_noun_after_a_hyphened_sum_is_what_it_pays_for() -> None:
    assert "tram" in _counts_of("The city approved a 500-million-dollar tram line.", "en", 500e6)


@pytest.mark.parametrize(
    "text",
    ["A group called 99 Voices was set up in March.", "On Monday a blog titled 40% Bright went online."],
)
def test_a_number_opening_a_given_name_is_no_figure(text: str) -> None:
    assert not _figures(text)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("לאחר כשלושה שבועות הוגש כתב אישום נגד הנהג.", 3, "כתב אישום"),
        ("אחרי חמש שנים נסגר המפעל בעיר.", 5, "המפעל"),
    ],
)
def test_a_hebrew_duration_fronted_with_after_is_the_time_of_its_clause(text: str, value: float, key: str) -> None:
    # "לאחר N שבועות <verb> <subject>": Hebrew puts the verb first after a fronted time; what lasted is that clause
    assert key in _counts_of(text, "he", value)


@pytest.mark.parametrize(
    "text",
    [
        "قال الوزير لإذاعة مونت - 2 إن الاتفاق بات قريبا.",
        "أبرمت الحكومة الاتفاق مع مجموعة الدول 5 plus 1 في فيينا.",
    ],
)
def test_arabic_names_joined_to_a_number_are_no_figures(text: str) -> None:
    # a name joined to its number by a dash, and a group named by a sum written with "plus"
    assert not _figures(text, "ar")


def test_an_arabic_count_before_a_dashed_name_stays() -> None:
    figures = _figures("اشترت الدولة 20 مقاتلة إف - 16 من الخارج.", "ar")
    assert [f.value for f in figures] == [20]


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Inspectors found 9 new leaks, bringing the total to 41.", 41, "leaks"),
        ("The new arrivals bring the total to 630.", 630, "arrivals"),
        ("Another 6 bodies were recovered, raising the toll to 58.", 58, "bodies"),
        ("The paper ranks 97th out of 120 on the city's reader index.", 120, "index"),
    ],
)
def test_a_bare_total_takes_what_the_sentence_counts(text: str, value: float, key: str) -> None:
    # "the total", "the toll" name a count, not what it counts; "Nth out of N" is out of what follows
    assert key in _counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The shipyard signed a contract worth $4bn with the navy.", 4e9, "contract"),
        ("The study found an increase of 7% in school absences.", 7, "absences"),
        ("There was a fall of 15 percent in burglaries over the winter.", 15, "burglaries"),
        ("The pier is 1.2 km long and 12 metres wide.", 12, "pier"),
    ],
)
def test_worth_a_change_of_and_a_second_dimension(text: str, value: float, key: str) -> None:
    # the noun before "worth"; "an increase of N% in X"; "N long and M wide" of the same subject
    assert key in _counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "lang", "value", "key", "qualifier"),
    [
        ("למעלה מ-300 חקלאים נעצרו בהפגנה.", "he", 300, "חקלאים", "למעלה מ"),
        ("מעל 40 משפחות פונו מבתיהן.", "he", 40, "משפחות", "מעל"),
        ("قتل ما لا يقل عن 20 صيادا في العاصفة.", "ar", 20, "صيادا", "ما لا يقل عن"),
        ("ارتفعت أسعار الخبز بما يقارب 10 %.", "ar", 10, "أسعار", "بما يقارب"),
    ],
)
def test_arabic_and_hebrew_approximations_are_qualifiers(
    text: str, lang: str, value: float, key: str, qualifier: str
) -> None:
    figure = next(f for f in _figures(text, lang) if f.value == value)
    assert figure.qualifier == qualifier
    assert key in (figure.counts or "")


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The nurses check the wards three times a day.", 3, "day"),
        ("The ferry sails twice a week in winter.", 2, "week"),
        ("The council meets once a month.", 1, "month"),
    ],
)
def test_a_count_of_times_keeps_its_period(text: str, value: float, key: str) -> None:
    # "three times a day": how often, in what period, beside what happens
    assert key in _counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The app now has one million users.", 1e6, "users"),
        ("The storm killed one fisherman off the cape.", 1, "fisherman"),
    ],
)
def test_one_with_a_scale_or_after_a_harm_is_a_count(text: str, value: float, key: str) -> None:
    assert key in _counts_of(text, "en", value)


def test_one_as_an_indefinite_is_still_no_figure() -> None:
    assert not _figures("One resident said the water tasted of iron.")


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Af de 200 gæster blev 14 syge efter festen.", 14, "gæster"),
        ("Blandt de sårede var 3 børn.", 3, "sårede"),
        ("Af de indlagte unge patienter blev 5 udskrevet i går.", 5, "patienter"),
    ],
)
def test_a_danish_fronted_whole_stays_with_its_part(text: str, value: float, key: str) -> None:
    # Danish puts the verb before the part after a fronted "Af de X" (V2): the part is of X
    assert key in _counts_of(text, "da", value)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("أطلقت الشركة هاتف غالاكسي 5 في الربيع.", "ar"),
        ("احتل المنتخب المركز 14 في الترتيب العالمي.", "ar"),
        ("הטלפון נוקיה 8 יצא לשוק בקיץ.", "he"),
    ],
)
def test_a_model_number_after_a_device_and_its_name_and_a_rank_are_no_figures(text: str, lang: str) -> None:
    assert not _figures(text, lang)


def test_a_count_after_a_device_noun_and_a_preposition_stays() -> None:
    figures = _figures("أدى سقوط الطائرة إلى مقتل 90 شخصا.", "ar")
    assert [f.value for f in figures] == [90]


def test_one_before_a_measure_of_a_number_is_an_indefinite() -> None:
    # "one reading of 10 sieverts" is "a reading of": the measure is the figure, the "one" is none
    assert [f.value for f in _figures("Inspectors logged one reading of 40 microsieverts at the gate.")] == [40]
    assert [f.value for f in _figures("He faces one count of fraud.")] == [1]


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The Liberals gained 14 seats while the Greens lost 3.", 3, "seats"),
        ("The home side won 45 duels, and the visitors took 30.", 30, "duels"),
        ("Okafor came second with 31 percent.", 31, "Okafor"),
        ("Lindqvist finished third, with 12% of the vote.", 12, "vote"),
        ("The charter passed with 67 percent in favour.", 67, "favour"),
    ],
)
def test_ellipsis_after_a_verb_and_shares_of_a_vote(text: str, value: float, key: str) -> None:
    # a bare number after a verb ending its clause takes the noun an earlier figure counts (the corpus
    # conventions' ellipsis); a share "with N percent" after a placing is the one placed
    assert key in _counts_of(text, "en", value)


def test_a_decimal_inside_the_subject_does_not_cut_it() -> None:
    # "The magnitude 6.8 quake was felt 300 miles away": the subject runs past its own decimal number
    assert "quake" in _counts_of("The magnitude 5.9 quake was felt 200 miles away.", "en", 200)


def test_a_size_in_an_appositive_is_of_the_noun_before_it() -> None:
    assert "comet" in _counts_of("The comet, about 900 metres across, will pass on Friday.", "en", 900)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("The judge handed down sentences ranging from three to 12 years.", 3, 12),
        ("Between five and 20 villagers were missing.", 5, 20),
    ],
)
def test_a_range_with_a_spelled_end_and_a_digit_end(text: str, low: float, high: float) -> None:
    # "from three to 12", "between five and 20": one range; "handed down" is no verb of change splitting it
    figures = _figures(text)
    assert [(f.value, f.value_max) for f in figures] == [(low, high)]


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The utility lost $2 billion in the drought.", 2e9, "lost"),
        ("The musical earned $40 million on tour.", 40e6, "earned"),
        ("The council paid €3 million for the old mill.", 3e6, "mill"),
    ],
)
def test_a_verb_that_moves_money_stays_with_the_sum(text: str, value: float, key: str) -> None:
    assert key in _counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The rules apply to children under 14.", 14, "age"),
        ("Only voters over 70 may vote by post.", 70, "age"),
        ("The ban covers sales to under-21s.", 21, "age"),
    ],
)
def test_an_age_limit_or_group_is_an_age(text: str, value: float, key: str) -> None:
    figure = next(f for f in _figures(text) if f.value == value)
    assert key in (figure.counts or "")
    assert figure.unit != "seconds"  # "under-21s" is no 21 seconds


def test_a_week_or_day_named_by_its_number_is_no_figure() -> None:
    assert not _figures("The outbreak was first detected in week 9.")
    assert [f.value for f in _figures("In one week 40 people were evacuated.")][-1] == 40


def test_a_part_of_whom_takes_its_predicate_past_an_adverb() -> None:
    counts = _counts_of("Police detained 30 students, 11 of whom were later freed.", "en", 11)
    assert "freed" in counts
    assert "students" in counts


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The motion, backed by 280 delegates and opposed by 95, was carried.", 95, "delegates"),
        ("The firm announced a plan to save $40 million by closing depots.", 40e6, "plan"),
        ("The agency plans to spend $9 million repairing the harbour wall.", 9e6, "harbour"),
    ],
)
def test_a_passive_by_ellipsis_and_a_sum_with_its_purpose(text: str, value: float, key: str) -> None:
    assert key in _counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("At least 900 people have been detained, and more than 40 have been killed.", 40, "people"),
        ("The Greens took 21 seats, down from 34 at the last election.", 34, "seats"),
        ("Of the 60,000 migrants who reached the island, about half were minors.", 0.5, "minors"),
    ],
)
def test_a_bare_part_of_its_sentence_shares_the_noun(text: str, value: float, key: str) -> None:
    # a bare subject before a passive, "down from N" and "about half were X" take what the sentence counts
    assert key in _counts_of(text, "en", value)


def test_a_survey_share_of_those_asked_keeps_both() -> None:
    counts = _counts_of("Nearly 70 percent of those polled oppose the new runway.", "en", 70)
    assert "oppose" in counts
    assert "polled" in counts


def test_an_arabic_sum_in_exchange_is_the_price_of_the_deal() -> None:
    # "X تستحوذ على Y مقابل N دولار": the sum is what the acquisition costs, verb and object before مقابل
    counts = _counts_of("شركة النقل تستحوذ على ميناء صغير مقابل 40 مليون دولار", "ar", 40e6)
    assert "تستحوذ" in counts

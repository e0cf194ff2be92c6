"""What figures count, by class (issue 10, round 8): general mechanisms rather than words of one article.

Every sentence here is written for these tests. The check is the corpus scorer's: the value, and a key
word inside the extracted `counts`.
"""

from __future__ import annotations

import pytest

from briefing_app.core.facts.figures import find_figures
from briefing_app.core.facts.model import SourceSentence
from tests.unit.figure_helpers import counts_of, figures_of


@pytest.mark.parametrize(
    ("text", "value", "noun", "verb"),
    [
        ("The authorities executed 12 prisoners last month.", 12, "prisoners", "executed"),
        ("The regime has jailed 30 bloggers since the coup.", 30, "bloggers", "jailed"),
        ("The ministry deported 3,000 migrants in March.", 3000, "migrants", "deported"),
        ("The mill laid off 1,200 weavers after the merger.", 1200, "weavers", "laid off"),
        ("Guards shot dead 7 strikers near the gate.", 7, "strikers", "shot dead"),
        ("The rebels released 55 captives in an exchange.", 55, "captives", "released"),
        ("The council evicted about 400 families from the camp.", 400, "families", "evicted"),
    ],
)
def test_the_verb_whose_object_a_figure_is_says_which_ones_are_counted(
    text: str, value: float, noun: str, verb: str
) -> None:
    counts = counts_of(text, "en", value)
    assert noun in counts and verb in counts


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        ("The fair reached 40,000 visitors on its last day.", 40000, "visitors"),
        ("The list included 14 names of former officers.", 14, "names"),
        ("The famed 3 tenors sang at the opening.", 3, "tenors"),
    ],
)
def test_a_verb_of_amount_or_an_adjective_in_ed_is_no_verb_done_to_them(text: str, value: float, noun: str) -> None:
    counts = counts_of(text, "en", value)
    assert noun in counts
    assert not any(w in counts for w in ("reached", "included", "famed)"))


@pytest.mark.parametrize(
    ("text", "value", "complement", "event"),
    [
        ("The winger scored after only 40 seconds of play.", 40, "play", "scored"),
        ("She had been jailed for 9 years for her poems.", 9, "poems", "jailed"),
        ("The talks collapsed after 12 hours of bargaining.", 12, "bargaining", "collapsed"),
    ],
)
def test_a_duration_with_a_complement_keeps_the_event_its_clause_names(
    text: str, value: float, complement: str, event: str
) -> None:
    counts = counts_of(text, "en", value)
    assert complement in counts and event in counts


def test_a_present_verb_after_a_plural_keeps_its_object_with_a_determiner_inside() -> None:
    counts = counts_of("Nearly 30% of the valley's farmers live below the poverty line.", "en", 30)
    assert "farmers" in counts and "poverty line" in counts


@pytest.mark.parametrize(
    ("text", "value", "key", "not_in"),
    [
        ("ويعيش نحو 40 في المئة من السكان تحت خط الفقر.", 40, "السكان", "تحت"),
        ("وأفرجت الشرطة عن 50 معتقلا يوم السبت.", 50, "معتقلا", "يوم"),
        ("وحكم على المدون بالسجن أربع سنوات بتهمة نشر أخبار كاذبة.", 4, "السجن", "بتهمة"),
    ],
)
def test_an_arabic_counted_noun_ends_before_a_closed_class_word_and_a_sentence_before_its_time(
    text: str, value: float, key: str, not_in: str
) -> None:
    counts = counts_of(text, "ar", value)
    assert key in counts and not_in not in counts


def test_the_arabic_percent_word_after_a_percentage_is_no_hundred() -> None:
    found = figures_of("وتراجعت المبيعات بنسبة 15 بالمئة خلال العام الماضي.", "ar")
    assert [f.value for f in found] == [15]


@pytest.mark.parametrize(
    ("text", "value", "noun", "head"),
    [
        ("The weekly has a circulation of 80,000 copies.", 80000, "copies", "circulation"),
        ("The petition carried a list of 3,000 signatures.", 3000, "signatures", "list"),
    ],
)
def test_the_noun_a_figure_is_a_measure_of_joins_what_it_counts(text: str, value: float, noun: str, head: str) -> None:
    counts = counts_of(text, "en", value)
    assert noun in counts and head in counts


def test_a_part_word_before_of_is_no_measure_of_the_figure() -> None:
    assert counts_of("She was one of 14 candidates who applied.", "en", 14).startswith("candidates")


@pytest.mark.parametrize(
    ("text", "value", "key", "not_in"),
    [
        ("בית הדין גזר על הנאשם 6 שנות מאסר וקנס של 20 אלף ש\"ח.", 6, "מאסר", "קנס"),
        # (the shares, since round 53: what lost 30% of its value, not "of its value")
        ("בשנה ההיא איבדו המניות כ-30% מערכן בתוך שבועיים.", 30, "המניות", "בתוך"),
        ("בשנה ההיא איבדו המניות כ-30% מערכן בתוך שבועיים.", 2, "המניות", "30"),
    ],
)
def test_a_hebrew_counted_noun_ends_at_a_conjunct_or_a_closed_class_word_and_skips_other_figures(
    text: str, value: float, key: str, not_in: str
) -> None:
    counts = counts_of(text, "he", value)
    assert key in counts and not_in not in counts


def test_a_hebrew_amount_with_a_scale_word_is_a_figure_after_a_word_spelled_like_a_unit() -> None:
    found = figures_of("המיזם גייס 4 מיליארד דולר מהמשקיעים.", "he")
    assert [f.value for f in found] == [4_000_000_000]


@pytest.mark.parametrize(
    ("text", "value", "verb"),
    [
        ("About 200 people, most of them pensioners, gathered at the gate.", 200, "gathered"),
        ("Three people died when the footbridge gave way.", 3, "died"),
        ("More than 3,000 people have fled to the hills.", 3000, "fled"),
    ],
)
def test_a_light_head_keeps_the_verb_it_is_the_subject_of(text: str, value: float, verb: str) -> None:
    counts = counts_of(text, "en", value)
    assert counts.startswith("people") and verb in counts


def test_a_noun_that_names_its_kind_keeps_no_verb_of_its_own() -> None:
    assert "gathered" not in counts_of("About 200 nurses gathered at the gate.", "en", 200).split(" (")[0]


def test_a_hebrew_figure_after_a_verb_and_a_comparison_is_the_subject_itself() -> None:
    # verb-subject order: "stood against the forces | two battalions": the figure's noun phrase is the subject
    counts = counts_of("בבוקר עמדו מול הכוחות רק שלוש פלוגות חי\"ר של הצבא.", "he", 3)
    assert "פלוגות" in counts and "בבוקר" not in counts
    assert "המדד" in counts_of("המדד עלה בחודש מרץ ב-0.3%.", "he", 0.3)


def test_one_in_brackets_opens_its_own_phrase_and_takes_no_bracket_as_its_noun() -> None:
    found = [f.counts or "" for f in figures_of("הצבא הציב שלוש סוללות (אחת מהן בלי תחמושת).", "he") if f.value == 1]
    assert found and not found[0].startswith("(")


def test_an_uncertainty_after_a_figure_is_no_figure_and_does_not_hide_what_it_counts() -> None:
    found = figures_of("Near the rim (37±12% of its crust) the ice is thin.")
    assert [f.value for f in found] == [37]
    assert "crust" in (found[0].counts or "")
    assert [f.value for f in figures_of("The core density is 5.2±0.4 g/cm³.")] == [5.2]


def test_a_percentage_after_top_is_a_share_not_a_rank() -> None:
    assert [f.value for f in figures_of("The region came in the top 10% of surveyed provinces.")] == [10]
    assert not figures_of("The band was in the top 10 for a month.")


@pytest.mark.parametrize(
    "text",
    [
        "Marsh, the 2011 Formula 2 Winter Cup champion, retired.",  # a number between capitals of one name
        "Ortiz, the 1971 12 Hours of Sebring winner, died.",  # a number opening an event's title
        "Readers can call the desk on 01632 960321.",  # a phone number after its area code
        "The comet (41877) 2001 KX is a slow rotator.",  # a catalogue number in brackets
    ],
)
def test_numbers_of_names_titles_phone_numbers_and_catalogues_are_no_figures(text: str) -> None:
    assert [f.text for f in figures_of(text) if f.value not in (2011, 1971, 2001)] == []


def test_a_bare_figure_with_a_passive_counts_those_it_is_said_of() -> None:
    assert counts_of("Of these roughly 40 were accepted for the final round.", "en", 40) == "accepted (for the final round)"


def test_turns_n_with_a_time_after_it_is_an_age() -> None:
    assert counts_of("She turns fifty next spring.", "en", 50) == "age"


def test_a_label_after_another_colon_or_a_semicolon_names_its_figure() -> None:
    text = "Ana Lee @alee: Cuts to libraries: 40 million; rescuing the airline: 900 million euros."
    assert counts_of(text, "en", 40e6) == "Cuts to libraries"
    assert counts_of(text, "en", 900e6) == "rescuing the airline"


@pytest.mark.parametrize(
    ("text", "value", "keys"),
    [
        ("Probes will visit small comets about 20 metres (66 feet) or less in size.", 20, ("size", "comets")),
        ("The ore has a grain density of 4.1 g/cm³.", 4.1, ("grain density",)),
        ("The agency awarded $50,000 to a student team in the first round.", 50000, ("awarded", "team")),
        ("If the carrier is worth about 2 billion, the bid is low.", 2e9, ("worth", "carrier")),
        ("The probe flew 400 miles off the Moon.", 400, ("off", "Moon")),
    ],
)
def test_a_dimension_a_measure_with_its_modifier_a_sum_given_a_worth_and_a_distance_off_a_place(
    text: str, value: float, keys: tuple[str, ...]
) -> None:
    counts = counts_of(text, "en", value)
    assert all(k in counts for k in keys), counts


@pytest.mark.parametrize(
    ("text", "value", "keys"),
    [
        ("Shared among the tenants, it would come to more than 3,000€ per household.", 3000, ("per household",)),
        ("For her design, she received 40,000 euros in prize money.", 40000, ("for her design",)),
        ("Three of the injured are local volunteers, officials said.", 3, ("injured", "volunteers")),
        ("He said nine people are likely to have drowned in the flood.", 9, ("people", "drowned")),
        ("Only about 5 billion in bonds was sold.", 5e9, ("bonds",)),
        ("The club is only asking for 2 million.", 2e6, ("asking",)),
    ],
)
def test_a_rates_unit_a_fronted_purpose_a_copulas_predicate_and_a_bare_sums_complement(
    text: str, value: float, keys: tuple[str, ...]
) -> None:
    counts = counts_of(text, "en", value)
    assert all(k in counts for k in keys), counts


def test_a_rate_in_time_is_no_unit_the_figure_is_per() -> None:
    assert "per" not in counts_of("Rents rose 5% per year in the capital.", "en", 5)


def test_a_span_before_or_after_a_named_event_is_a_date_not_a_figure() -> None:
    assert not figures_of("She was born just two years before Karl Brandt founded the league.")
    assert figures_of("He spent two years in Paris.")


def test_a_relative_subject_takes_its_antecedent_without_the_figures_scale_word() -> None:
    counts = counts_of("The mill sold 2 million rugs, which is 9 percent more than a year earlier.", "en", 9)
    assert "rugs" in counts and "million" not in counts
    assert "hvilket" not in counts_of("Firmaet solgte 2 millioner tæpper, hvilket er 9 procent mere end sidst.", "da", 9)


@pytest.mark.parametrize(
    ("text", "value", "noun", "verb"),
    [
        ("The carrier will cut 1,800 jobs next year.", 1800, "jobs", "cut"),
        ("The region plans to hire 450 midwives.", 450, "midwives", "hired"),
        ("The bill would ban 30 solvents.", 30, "solvents", "banned"),
        ("The charity hopes to donate €2 million to the clinics.", 2e6, "clinics", "donated"),
    ],
)
def test_a_plain_verb_after_to_or_a_modal_says_what_will_be_done_to_those_counted(
    text: str, value: float, noun: str, verb: str
) -> None:
    counts = counts_of(text, "en", value)
    assert noun in counts and verb in counts, counts


def test_a_plain_verb_of_amount_adds_nothing() -> None:
    assert counts_of("The town hopes to reach 20,000 residents.", "en", 20000) == "residents"


def test_a_unit_of_two_words_is_read_whole() -> None:
    assert counts_of("The convoy carried over 9,000 metric tons of flour.", "en", 9000).startswith("flour")
    found = [f for f in figures_of("The convoy carried over 9,000 metric tons of flour.") if f.value == 9000]
    assert found[0].unit == "tons"


@pytest.mark.parametrize(
    ("text", "value", "keys"),
    [
        ("The ministry will provide $40 million over the next three years to the Harbour Trust.", 40e6, ("Harbour",)),
        ("The agency gives $1.5 billion over five years for these repairs.", 1.5e9, ("repairs",)),
        ("Okafor also spent 12 years at Northern Rail in several roles.", 12, ("Northern Rail", "spent")),
        ("During her nearly 20 years with the Coast Guard, Lund led rescues.", 20, ("Coast Guard",)),
        ("With a total of 150 days in orbit, this is his second flight.", 150, ("orbit",)),
    ],
)
def test_a_span_between_a_sum_and_its_purpose_and_where_a_duration_was_spent(
    text: str, value: float, keys: tuple[str, ...]
) -> None:
    counts = counts_of(text, "en", value)
    assert all(k in counts for k in keys), counts


def test_a_month_after_a_duration_is_no_place_it_was_spent() -> None:
    assert "March" not in counts_of("The strike lasted 12 days in March.", "en", 12)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Of these firms, nearly 70% have fewer than 20 staff.", 70, "fewer than 20 staff"),
        ("Of the grantees, 15% are receiving their first award.", 15, "first award"),
    ],
)
def test_a_percentage_that_opens_its_clause_counts_those_its_verb_phrase_describes(
    text: str, value: float, key: str
) -> None:
    assert key in counts_of(text, "en", value)


@pytest.mark.parametrize(
    ("text", "value", "keys"),
    [
        ("The fund ships $2 million worth of medical supplies each month.", 2e6, ("medical supplies",)),
        ("The grant pays for 12 high-power roadside solar charging posts.", 12, ("charging posts",)),
        ("Over the past six years, Dr. Amadi has led reforms of the wards.", 6, ("Amadi",)),
        ("Up to $80 million is currently available for this scheme.", 80e6, ("available for this scheme",)),
        ("We are glad to see that 31% of the grantees are from rural districts.", 31, ("rural districts",)),
    ],
)
def test_worth_of_long_modifiers_an_abbreviated_title_a_sum_available_for_and_a_shares_predicate(
    text: str, value: float, keys: tuple[str, ...]
) -> None:
    counts = counts_of(text, "en", value)
    assert all(k in counts for k in keys), counts
    assert "glad" not in counts


def test_the_second_number_of_a_named_pair_is_part_of_the_name() -> None:
    assert not figures_of("She served during Missions 41 and 42 on the station.")
    assert [f.value_max for f in figures_of("Between 20 and 30 people were hurt.")] == [30]


@pytest.mark.parametrize(
    ("text", "value", "keys"),
    [
        ("The city sent $3 million worth of medical and rescue diving gear to the coast.", 3e6, ("diving gear",)),
        ("They praised the mayor's bold pledge of $5 million in flood relief.", 5e6, ("flood relief", "pledge")),
        ("The state will provide $9 million over the next two years to the River Trust.", 2, ("state",)),
    ],
)
def test_a_coordinated_modifier_a_sum_of_n_in_x_and_a_span_without_the_other_sums_scale(
    text: str, value: float, keys: tuple[str, ...]
) -> None:
    counts = counts_of(text, "en", value)
    assert all(k in counts for k in keys) and "million" not in counts, counts


def test_a_change_from_an_average_to_a_new_level_names_what_changed_for_both_sums() -> None:
    text = "The rule will cut overdraft charges from an average of $30 to $10 a month."
    assert "overdraft charges" in counts_of(text, "en", 30)
    assert "overdraft charges" in counts_of(text, "en", 10)


def test_a_spelled_age_limit_on_a_plural_noun_is_a_figure() -> None:
    assert counts_of("The clinic treats the sick, including children under five, for free.", "en", 5).startswith("age")
    assert counts_of("Entry is free for people over seventy.", "en", 70).startswith("age")


def test_a_qualified_number_repeated_with_other_words_after_it_is_no_name_s_number() -> None:
    sentences = [SourceSentence(0, 0, "Tolvik Board Fines Over 40 Firms"),
                 SourceSentence(1, 1, "The board fined over 40 Danish firms on Monday.")]  # fmt: skip
    assert [f.value for f in find_figures(sentences, "en")] == [40, 40]


def test_initials_stay_inside_the_noun_phrase_after_a_figure() -> None:
    assert "U.S. counties" in counts_of("The grants will go to 30 northern U.S. counties next spring.", "en", 30)


@pytest.mark.parametrize(
    ("text", "value", "quality"),
    [
        ("The Tolvik steel is four times lighter and twice as resistant to rust in sea water.", 2,
         "resistant to rust"),
        ("Tolvik water is twice as hard as the river's.", 2, "hard"),
    ],
)  # fmt: skip
def test_a_multiple_compared_with_as_counts_the_quality_compared(text: str, value: float, quality: str) -> None:
    assert quality in counts_of(text, "en", value)


@pytest.mark.parametrize(
    "text",
    [
        "Winger Jo Maddox scored twice as the Tolvik side won 3-1.",
        "Maddox struck three times as the hosts came back.",
        "The mayor spoke twice as they waited for the vote.",
    ],
)  # fmt: skip
def test_as_the_conjunction_after_a_multiple_is_no_quality_compared(text: str) -> None:
    # "twice as the visitors won": "as" is "while" there; a determiner or pronoun after it compares no quality
    counts = counts_of(text, "en", 2 if "twice" in text else 3)
    assert counts is not None
    assert not counts.startswith(("the ", "his ", "they ")) and counts not in ("the", "his", "they")


@pytest.mark.parametrize(
    "text",
    [
        "The levy was set under Royal Decree (R.D.) 8812.",
        "It was set under X.O. 4410, as amended.",
        "The Tolvik harbour bill, S.B. 212, passed on Monday.",
    ],
)
def test_a_number_after_initials_or_a_bracketed_abbreviation_is_a_designation(text: str) -> None:
    assert figures_of(text) == []


def test_a_count_after_initials_stays_a_figure() -> None:
    assert [f.value for f in figures_of("Some U.S. 5,000 troops left the Tolvik base.")] == [5000]
    assert [f.value for f in figures_of("The E.U. 27 member states met in Tolvik.")] == [27]


def test_one_example_of_a_kind_is_no_count() -> None:
    assert figures_of("The Tolvik ferry is one example of many old boats still sailing.") == []
    assert [f.value for f in figures_of("The Tolvik lab made only one alloy last year.")] == [1]


def test_a_sum_after_a_name_s_of_is_the_amount_of_the_noun_before_the_name() -> None:
    text = "The town paid a bonus under the Tolvik Harbour Scheme of up to $3 million to the pilots."
    assert counts_of(text, "en", 3_000_000).startswith("bonus")
    text = "The council approved a grant from the Tolvik Water Fund of $2 million."
    assert counts_of(text, "en", 2_000_000) == "grant"


def test_a_danish_sum_an_empty_det_stands_for_is_the_cost_of_the_infinitive_after_it() -> None:
    assert counts_of("Det koster 900 kr. at leje en robåd.", "da", 900) == "at leje en robåd"


@pytest.mark.parametrize(
    ("text", "language", "noun"),
    [
        ("Nu er de to af Vestby Teaters mest kendte skuespillere.", "da", "skuespillere"),
        ("They are two of Tolvik's most gifted young actors.", "en", "actors"),
    ],
)
def test_a_part_of_a_named_owner_s_group_is_a_figure(text: str, language: str, noun: str) -> None:
    assert noun in counts_of(text, language, 2)


def test_a_figure_read_as_a_unit_counts_what_the_unit_s_of_measures() -> None:
    text = "The Tolvik plan keeps a third of a square kilometre (0.13 square miles) of old forest."
    assert "forest" in counts_of(text, "en", 1 / 3)
    assert "forest" in counts_of(text, "en", 0.13)


def test_a_number_that_opens_a_one_word_proper_name_is_no_figure() -> None:
    assert figures_of("Its orbit is like that of 41 Tolvika, which is a small moon.") == []
    assert [f.value for f in figures_of("The army killed 300 Tutsi.")] == [300]
    assert [f.value for f in figures_of("Police detained 12 Americans, the embassy said.")] == [12]

"""Round 47 (k-enbiz47): English company-results and market copy, as wire, trade and Australasian pages print it.

Made-up sentences of the shapes read on business and technology pages: the short "mil" scale of wire and trade
copy, a measure "before interest and tax" with its acronym in brackets and a change after it, a full American date
inside the subject's time phrase, and a participle of saying after a quote in a sentence that opens with a fronted
phrase. Each has near misses that keep their old reading.
"""

from __future__ import annotations

from briefing_app.core.numbers import find_numbers
from tests.unit.facts_helpers import quotes_of
from tests.unit.figure_helpers import counts_in, story_figures

# --- "mil": the short million of wire and trade copy, spaced from the digits ---


def test_mil_after_digits_is_a_million() -> None:
    found = [(n.value, n.text) for n in find_numbers("Handset sales passed 410 mil units last year.", "en")]
    assert found[0] == (410_000_000, "410 mil")


def test_mil_after_a_sum_is_a_million() -> None:
    assert [n.value for n in find_numbers("Analysts had expected 300 mil, up from around 270 mil.", "en")] == [
        300_000_000,
        270_000_000,
    ]


def test_mil_inside_a_longer_word_is_no_scale() -> None:
    assert [n.value for n in find_numbers("The 12 military bases and 40 miles of road stay open.", "en")] == [12, 40]


def test_mil_counts_the_units_after_it() -> None:
    figures = story_figures("Mobile phone sales topped 410 mil units in the year.")
    assert "units" in counts_in(figures, 410_000_000)


# --- a measure "before interest and tax (EBIT)" that changed, up to the figure ---


def test_bracketed_acronym_after_the_measure_keeps_the_measure() -> None:
    figures = story_figures("Profit before interest and tax (PBIT) climbed 11.2 per cent to $318 million.")
    assert counts_in(figures, 11.2) == "Profit before interest and tax"
    assert counts_in(figures, 318_000_000) == "Profit before interest and tax"


def test_bracketed_acronym_with_a_copula() -> None:
    figures = story_figures("Profit before tax (PBT) was $42 million for the half.")
    assert counts_in(figures, 42_000_000).lower().startswith("profit")


def test_measure_already_read_keeps_its_reading() -> None:
    # (near miss: read as the profit already, not "tax", so the repair leaves it)
    figures = story_figures("Group profit after tax fell by $9 million.")
    assert counts_in(figures, 9_000_000).startswith("Group profit")


def test_measure_without_tax_keeps_its_reading() -> None:
    # (near miss: no "before/after tax" label, nothing for the repair to read)
    figures = story_figures("Operating profit (EBIT) rose 5 per cent to $3 million.")
    assert counts_in(figures, 3_000_000) == "Operating profit"


# --- a full date in the subject's time phrase: its comma and year are no edge of the subject ---


def test_full_date_in_the_subject_is_no_clause_edge() -> None:
    figures = story_figures(
        "Net profit for the 52 weeks ended June 28, 2009 was $41.5 million, down from $60.2 million."
    )
    assert counts_in(figures, 41_500_000).startswith("Net profit")
    assert counts_in(figures, 60_200_000).startswith("Net profit")


def test_full_date_after_a_year_to() -> None:
    assert counts_in(story_figures("Sales in the year to March 31, 2006 were $7 million."), 7_000_000) == "Sales"


def test_fronted_full_date_keeps_the_subject_after_it() -> None:
    # (near miss: the date is fronted, the subject follows it)
    figures = story_figures("On July 31, 2010 the bank had 300 branches.")
    assert counts_in(figures, 300) == "branches"


# --- "..., adding: '...'" after a fronted phrase: the subject of the clause that said the first quote ---


def test_adding_after_a_fronted_phrase_is_the_first_speaker() -> None:
    quotes = quotes_of(
        ['On a call with analysts, Dana Welk said, "This quarter was our best," adding: "We expect more next year."']
    )
    assert [q.speaker for q in quotes] == ["Dana Welk", "Dana Welk"]


def test_adding_without_a_fronted_phrase_is_unchanged() -> None:
    quotes = quotes_of(['Dana Welk said, "This quarter was our best," adding: "We expect more next year."'])
    assert [q.speaker for q in quotes] == ["Dana Welk", "Dana Welk"]


def test_participle_never_speaks() -> None:
    quotes = quotes_of(['In a briefing for staff, Omar Tessel said, "The plan is sound," adding: "We start in May."'])
    assert all(q.speaker and "adding" not in q.speaker for q in quotes)


# --- a headline's present "double(s)": the verb is the figure ---


def test_bare_double_after_a_plural_measure() -> None:
    figures = story_figures("Varnel earnings nearly double")
    assert [(f.value, f.counts) for f in figures] == [(2.0, "Varnel earnings")]


def test_doubles_with_an_object_up_to_its_level() -> None:
    figures = story_figures("Varnel doubles workforce to 140 as orders soar")
    assert counts_in(figures, 2) == "workforce"
    assert counts_in(figures, 140) == "workforce"


def test_doubles_of_tennis_is_no_figure() -> None:
    for text in (
        "She won the mixed doubles title.",
        "Ostrow and Dyle reach doubles final",
        "Her doubles partner left.",
    ):
        assert story_figures(text) == [], text


def test_a_double_in_baseball_is_no_figure() -> None:
    assert story_figures("He hit a double in the ninth.") == []

"""Danish figures, round 56 (k-da56): shapes read wrong on real Danish business and foreign-desk copy (written again
with made-up names and sentences), each with near misses that keep their old reading."""

from __future__ import annotations

from briefing_app.core.facts.da_adjuncts import without_da_period_adjunct
from briefing_app.core.facts.da_change_nouns import danish_change_measured
from briefing_app.core.facts.da_change_to_level import da_without_level_after
from briefing_app.core.facts.da_set_to_change import da_set_to_change
from briefing_app.core.facts.model import Fact
from tests.unit.facts_helpers import facts_of


def _figures(paragraphs: list[str]) -> list[Fact]:
    return [f for f in facts_of(paragraphs, "da") if f.kind == "figure"]


def _counts(paragraph: str) -> dict[float, str | None]:
    return {f.value: f.counts for f in _figures([paragraph]) if f.value is not None}


# --- da_change_to_level: a percentage change, then the price it went to ---------------------------------------------


def test_percentage_before_price_level_counts_the_mover() -> None:
    assert _counts("Torsdag faldt Kalmarbank 2,4 pct. til 415 kr.")[2.4] == "Kalmarbank"
    assert _counts("Aktien i Nordlys steg 3,6 pct. til 92,50 kroner.")[3.6] == "Aktien"


def test_level_after_a_percentage_is_blanked() -> None:
    assert da_without_level_after(" til 415 kr. efter regnskabet").strip() == "efter regnskabet"
    assert da_without_level_after(" lavere i 1204,55").strip() == "lavere"


def test_percentage_with_a_noun_after_keeps_it() -> None:
    # (no level after: "til" and a word is the noun's phrase, left as it was)
    assert da_without_level_after(" til pensionisterne") == " til pensionisterne"
    assert _counts("Skatten steg 2 pct. for pensionisterne.")[2] != "kr"


# --- da_change_nouns: "et plus på", and a change noun with a name after "til" -----------------------------------------


def test_net_move_noun_is_what_the_figure_measures() -> None:
    assert _counts("Vindhuset sluttede dagen med et plus på 4,2 pct.")[4.2] == "plus"
    assert danish_change_measured("endte med et minus på ") == "minus"


def test_change_noun_with_a_name_after_til() -> None:
    assert danish_change_measured("Især det store fald til Kalmarbank på knap ") == "fald (Kalmarbank)"


def test_change_noun_near_misses() -> None:
    assert danish_change_measured("Han vandt med plus ") is None  # (no "på"/"med" after the noun)
    assert danish_change_measured("et fald til fordel for bankerne på ") is None  # (no name after "til")


# --- da_adjuncts: an accounting period between the measure and its "på" ----------------------------------------------


def test_period_between_measure_and_amount_is_left_out() -> None:
    assert _counts("Salget nåede for kvartalet på 710 mio. kr.")[710e6] == "Salget"
    assert _counts("Ledelsen venter en samlet indtjening for 2031 på mellem 5 og 6 mia. kr.")[5e9] == (
        "samlet indtjening"
    )


def test_period_adjunct_near_misses() -> None:
    assert without_da_period_adjunct("et tab for kunderne på ") == "et tab for kunderne på "
    assert without_da_period_adjunct("et tab i kvartalet på ") == "et tab på "


# --- da_set_to_change: "står til at stige", "fik ... til at falde" ----------------------------------------------------


def test_set_to_change_counts_what_changes() -> None:
    assert _counts("Gebyret står til at stige med 18 procent.")[18] == "Gebyret"
    assert _counts("Efter den nye aftale står huslejen til at stige med 7 procent.")[7] == "huslejen"
    assert _counts("Meldingen fik aktien til at falde 5,5 pct.")[5.5] == "aktien"
    assert da_set_to_change("Kommunens samlede udgifter til veje står til at stige med ") == (
        "Kommunens samlede udgifter"
    )


def test_set_to_change_near_misses() -> None:
    assert da_set_to_change("Det står til at stige med ") is None  # (a pronoun names nothing)
    assert da_set_to_change("Han fik dem til at falde ") is None
    assert da_set_to_change("Huslejen står til at blive på ") is None  # (no verb of change)


# --- counted_da: a verb of change with its object and "fra ... til" --------------------------------------------------


def test_object_changed_from_one_level_to_another() -> None:
    counts = _counts("Fonden har hævet tilskuddet fra 12 til 15 millioner kroner.")
    assert counts[12e6] == "tilskuddet" and counts[15e6] == "tilskuddet"
    counts = _counts("Regionen sænker taksten fra 9 procent til 7 procent.")
    assert counts[9] == "taksten" and counts[7] == "taksten"


def test_change_from_to_without_object_keeps_the_subject() -> None:
    counts = _counts("Prisen steg fra 20 til 25 kroner.")
    assert "Prisen" in (counts[25] or "")


# --- roles: a strategist of a market is a role ------------------------------------------------------------------------


def _people(paragraph: str) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of([paragraph], "da") if f.kind == "person"}


def _organisations(paragraph: str) -> list[str]:
    return [f.text for f in facts_of([paragraph], "da") if f.kind == "organisation"]


def test_market_strategist_is_a_role() -> None:
    assert _people("- Markedet er nervøst, siger aktiestrateg Mikkel Dahlgaard.")["Mikkel Dahlgaard"] == "aktiestrateg"
    assert _people("- Vi venter mere, siger chefstrateg Mikkel Dahlgaard.")["Mikkel Dahlgaard"] == "chefstrateg"


def test_strategy_is_no_role() -> None:
    assert _people("Strategien er klar, siger Mikkel Dahlgaard.")["Mikkel Dahlgaard"] is None


# --- people_employers_da: the body after "fra" in an expert's role ---------------------------------------------------


def test_employer_after_fra_in_an_experts_role() -> None:
    assert "Halvmåne Invest" in _organisations("Det vurderer seniorøkonom Eske Brandt fra Halvmåne Invest.")
    assert "Sundquist" in _organisations("- Kursen er presset, siger aktiestrateg Eske Brandt fra Sundquist.")


def test_no_employer_after_fra_without_a_job_or_in_a_town() -> None:
    assert "Sundquist" not in _organisations("Eske Brandt fra Sundquist var glad for vejret.")
    assert "Vestrup" not in _organisations("Det siger seniorøkonom Eske Brandt fra Vestrup.")


# --- org_share_movers_da: a firm moved by a percentage to a price in kroner ---------------------------------------------


def test_market_movers_are_organisations() -> None:
    assert "Halvmånen" not in _organisations("Halvmånen steg 2,3 pct. til 180 kr.")  # (a definite noun opening)
    assert "Trevik" in _organisations("Torsdag faldt Trevik 1,9 pct. til 312 kr.")
    assert "Brask Holding" in _organisations("Tæt på toppen lukkede Brask Holding med et plus på 2,1 pct. til 77 kr.")
    assert "Ulvgaard" in _organisations("Ulvgaard B ligger 1,1 pct. højere i 8.410 kr.")


def test_movers_near_misses() -> None:
    assert _organisations("Aktien steg 2,3 pct. til 180 kr.") == []
    assert _organisations("Mandag steg prisen 2 pct. til 30 kr.") == []
    assert "Trevik" not in _organisations("Trevik steg 2 pct. i løbet af ugen.")  # (no price it went to)


# --- orgs_da_nationals: a firm after a nation's bare adjective --------------------------------------------------------


def test_firm_after_a_nations_bare_adjective() -> None:
    assert "Brekkvik" in _organisations("Kursen steg, efter at norske Brekkvik har hævet sit kursmål.")
    assert "Trevik" in _organisations("Salget blev kun overgået af svenske Treviks stigning på 12 pct.")


def test_person_after_a_nations_adjective_is_no_firm() -> None:
    assert "Mikkel Dahlgaard" not in _organisations("Finalen blev vundet af danske Mikkel Dahlgaard.")
    assert "Lindqvistsson" not in _organisations("Han slog svenske Lindqvistsson i finalen.")
    assert "Brekkvik" not in _organisations("Han mødte den norske Brekkvik i går.")

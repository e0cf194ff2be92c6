"""Danish figures and quotes, round 54 (k-da54): shapes read wrong on real Danish wire, business and police copy
(written again with made-up names and sentences), each with near misses that keep their old reading."""

from __future__ import annotations

from briefing_app.core.facts.model import Fact
from tests.unit.facts_helpers import facts_of, quotes_of


def _figures(paragraphs: list[str]) -> list[Fact]:
    return [f for f in facts_of(paragraphs, "da") if f.kind == "figure"]


def _values(paragraph: str) -> list[float]:
    return [f.value for f in _figures([paragraph]) if f.value is not None]


def _counts(paragraph: str) -> dict[float, str | None]:
    return {f.value: f.counts for f in _figures([paragraph]) if f.value is not None}


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs, "da")]


# --- phone_lines_da: a line to call and a car's registration are no quantity ----------------------------------------


def test_line_to_call_after_a_verb_of_calling_is_no_figure() -> None:
    assert _values("- Vidner bør hurtigst muligt kontakte politiet på 112, lyder det fra Sydfyns Politi.") == []
    assert _values("- Man kan også ringe til 114 med oplysninger om sagen, skriver politiet.") == []


def test_short_line_said_alone_after_calls_is_no_figure() -> None:
    assert _values("Politiet skriver på Facebook, at de mange opkald belaster 112.") == []


def test_registration_is_no_figure() -> None:
    assert _values("Bilen bærer registreringsnummer QX 481, og i den sad tre mænd.") == [3]


def test_count_of_calls_or_of_people_is_still_a_figure() -> None:
    assert _counts("Vagtcentralen fik 112 henvendelser i løbet af natten.") == {112: "henvendelser"}
    assert _values("Antallet af smittede i Hjortø steg til 112 i går.") == [112]
    assert _counts("Sælgeren ringede til 30 kunder i går.") == {30: "kunder"}


# --- figure_words (DA_STOP): "havde et X på" counts X, as "har et X på" does -------------------------------------------


def test_past_have_before_a_measure_counts_the_measure() -> None:
    assert _counts("Tolvik Holding havde et overskud på 2,5 milliarder kroner sidste år.") == {2.5e9: "overskud"}
    assert _counts("Koncernen havde en omsætning på 800 millioner kroner.") == {8e8: "omsætning"}


def test_past_have_before_a_counted_noun_is_unchanged() -> None:
    assert _counts("Butikken havde 300 kunder i går.") == {300: "kunder"}


# --- counted_da: a sum put in another currency as an apposition ------------------------------------------------------


def test_sum_in_another_currency_after_a_comma_counts_the_same() -> None:
    counts = _counts(
        "Koncernen fik et underskud på 300 millioner euro, omkring 2,2 milliarder kroner, i tredje kvartal."
    )
    assert counts == {3e8: "underskud", 2.2e9: "underskud"}


def test_sums_of_one_currency_in_a_list_keep_their_readings() -> None:
    assert _counts("Huset kostede 2 millioner kroner, og bilen kostede 40.000 euro.") == {2e6: "Huset", 40000: "bilen"}
    counts = _counts("Billetterne koster 200 kroner, 300 kroner og 400 kroner.")
    assert counts == {200: "Billetterne", 300: "Billetterne", 400: "Billetterne"}


# --- counted_measures: an abbreviation glossed in brackets before "på" -----------------------------------------------


def test_bracketed_abbreviation_between_the_measure_and_its_figure() -> None:
    counts = _counts("Hjortø Energi endte året med et bruttoresultat (EBIT) på 75 millioner kroner.")
    assert counts == {75e6: "bruttoresultat"}


def test_measure_without_a_gloss_is_unchanged() -> None:
    assert _counts("Hjortø Energi endte året med et bruttoresultat på 75 millioner kroner.") == {75e6: "bruttoresultat"}


# --- da_subject_asides: a relative aside between the subject and its verb ---------------------------------------------


def test_aside_in_dashes_between_subject_and_verb() -> None:
    assert _counts("Kerneinflationen – som er uden energi – steg til 4,2 procent i maj.") == {4.2: "Kerneinflationen"}
    text = "Kerneinflationen - som er uden priser på brændstof og friske varer - ventes at ende på 2,9 procent."
    assert _counts(text) == {2.9: "Kerneinflationen"}


def test_aside_in_commas_before_a_raised_verb() -> None:
    text = "Kerneinflationen, som er uden energi, ventes at lande på 3,5 procent næste år."
    assert _counts(text) == {3.5: "Kerneinflationen"}


def test_aside_with_a_figure_of_its_own_keeps_it() -> None:
    counts = _counts("Ledigheden i Hjortø, som i fjor var 5 procent, faldt til 4,1 procent i juni.")
    assert set(counts) == {5, 4.1} and "Ledigheden" in (counts[4.1] or "")


# --- counted_da_v2: a genitive's noun raised before "forventes at" ----------------------------------------------------


def test_genitive_subject_raised_before_an_expectation() -> None:
    assert _counts("Hjortøs bnp ventes at stige 2,4 procent næste år.") == {2.4: "Hjortøs bnp"}
    assert _counts("Selskabets omsætning ventes at lande på 4 milliarder kroner.") == {4e9: "Selskabets omsætning"}


def test_plain_subject_raised_before_an_expectation_is_unchanged() -> None:
    assert _counts("Ledigheden ventes at stige 0,8 procent næste år.") == {0.8: "Ledigheden"}


# --- counted_da: the object of a verb of change with its complement ---------------------------------------------------


def test_changed_object_with_a_complement() -> None:
    assert _counts("Mejeriet hæver prisen på mælk med 5 procent.") == {5: "prisen (på mælk)"}
    counts = _counts("Ejeren har nedskrevet værdien af den svenske forretning med 2 milliarder kroner.")
    assert counts == {2e9: "værdien (af den svenske forretning)"}


def test_changed_object_without_a_complement_is_unchanged() -> None:
    assert _counts("Regeringen har hævet skatten med 90 millioner kroner.") == {9e7: "skatten"}


# --- speakers (quote_cues.BODY): "skriver banken", "oplyser klubben" -------------------------------------------------


def test_bank_named_by_its_kind_after_its_name() -> None:
    paragraphs = ["Det vurderer Tolvik Bank i en analyse.", "- Renten stiger ikke mere i år, skriver banken."]
    assert _speakers(paragraphs) == ["Tolvik Bank"]


def test_club_named_by_its_kind_after_its_name() -> None:
    paragraphs = ["Det oplyser Hjortø Boldklub.", "- Vi har fundet en ny træner, oplyser klubben."]
    assert _speakers(paragraphs) == ["Hjortø Boldklub"]


def test_kind_noun_prefers_the_body_the_story_names_most() -> None:
    paragraphs = [
        "Hjortøbanken venter lavere renter. Det skriver Hjortøbanken i en analyse.",
        "I går talte Den Europæiske Centralbank om renten.",
        "- Renten falder i år, skriver banken.",
    ]
    assert _speakers(paragraphs) == ["Hjortøbanken"]


def test_kind_noun_with_no_body_of_that_kind_named_is_unchanged() -> None:
    paragraphs = ["Det vurderer Tolvik Sparekassen i en analyse.", "- Renten stiger ikke mere i år, skriver banken."]
    assert _speakers(paragraphs) == ["banken"]


def test_english_bank_said_is_unchanged() -> None:
    paragraphs = ["Tolvik Bank cut its forecast on Monday.", '"Rates will not rise this year," the bank said.']
    assert [q.speaker for q in quotes_of(paragraphs, "en")] == ["Tolvik Bank"]


# --- people_evidence_roles, da_verb_second, roles: Danish roles before a name ----------------------------------------


def _roles(paragraph: str) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of([paragraph], "da") if f.kind == "person"}


def test_role_in_a_body_named_by_its_acronym() -> None:
    assert _roles("Det siger cheføkonom i DI Jonas Krogh i en kommentar.") == {"Jonas Krogh": "cheføkonom i DI"}


def test_role_in_a_body_named_in_full_is_unchanged() -> None:
    assert _roles("Det siger cheføkonom i Tolvik Bank Jonas Krogh.") == {"Jonas Krogh": "cheføkonom i Tolvik Bank"}


def test_verb_after_a_compound_preposition_is_no_role() -> None:
    assert _roles("Forud for mødet opfordrer Hjalte Dam til ro.") == {"Hjalte Dam": None}
    assert _roles("Trods nederlaget roser Hjalte Dam sine spillere.") == {"Hjalte Dam": None}


def test_role_after_a_compound_preposition_and_a_speech_verb_is_unchanged() -> None:
    assert _roles("Forud for mødet siger borgmester Hjalte Dam, at alt er klar.") == {"Hjalte Dam": "borgmester"}


def test_star_and_candidate_compounds_are_roles() -> None:
    assert _roles("Tennisstjernen Lise Holm vandt søndag i Singapore.") == {"Lise Holm": "Tennisstjernen"}
    assert _roles("Det siger spidskandidat Hjalte Dam.") == {"Hjalte Dam": "spidskandidat"}


def test_player_compound_is_unchanged() -> None:
    assert _roles("Fodboldspilleren Hjalte Dam vandt søndag.") == {"Hjalte Dam": "Fodboldspilleren"}


# --- numbers, figure_words: the pound, the yen and a dollar with its issuer in Danish --------------------------------


def _unit_counts(paragraph: str) -> list[tuple[str | None, str | None]]:
    return [(f.unit, f.counts) for f in _figures([paragraph])]


def test_pounds_word_is_no_part_of_what_the_sum_counts() -> None:
    assert (
        _unit_counts("Regeringen i Tolvik har afsat 500 millioner pund til projektet.")[0][1] == "til projektet (afsat)"
    )


def test_dollar_with_its_issuer_is_a_currency() -> None:
    assert _unit_counts("Firmaet investerer 20 millioner amerikanske dollars i fabrikken.")[0][0] == "USD"
    assert _unit_counts("Klubben betalte 30 millioner britiske pund for angriberen.")[0][0] == "GBP"


def test_people_with_a_country_adjective_are_no_currency() -> None:
    assert _unit_counts("Der kom 20 amerikanske soldater til byen.") == [(None, "amerikanske soldater til byen")]


def test_miles_kept_from_english_are_a_unit() -> None:
    assert _unit_counts("Flyet styrtede ned cirka 50 miles syd for Hjortø.")[0][0] == "miles"


def test_military_words_are_no_miles() -> None:
    assert _unit_counts("Landet har oplevet otte militærkup siden 1990.")[0][0] is None

"""Danish roles and figures, round 55 (k-da55): shapes read wrong on real Danish wire, regional and broadcast copy
(written again with made-up names and sentences), each with near misses that keep their old reading."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _roles(paragraph: str) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of([paragraph], "da") if f.kind == "person"}


# --- roles: compounds of a correspondent and a prosecutor ------------------------------------------------------------


def test_correspondent_compound_in_apposition_is_a_role() -> None:
    paragraph = "Vibeke Tarp, Dagbladets udlandskorrespondent, kalder mødet historisk."
    assert _roles(paragraph) == {"Vibeke Tarp": "Dagbladets udlandskorrespondent"}


def test_prosecutor_compound_in_apposition_is_a_role() -> None:
    paragraph = "Sammen med den svenske statsanklager, Jonas Kvarnö, gennemgik hun sagen."
    assert _roles(paragraph) == {"Jonas Kvarnö": "den svenske statsanklager"}


def test_plain_correspondent_and_verb_of_accusing_are_unchanged() -> None:
    assert _roles("Vibeke Tarp, avisens korrespondent, kalder mødet historisk.") == {
        "Vibeke Tarp": "avisens korrespondent"
    }
    assert _roles("Jonas Kvarnö anklager ministeren for løftebrud.") == {"Jonas Kvarnö": None}


# --- da_verb_second: a role after a preposition or a genitive and adjectives is no verb in second place --------------


def test_role_after_a_preposition_in_a_fronted_clause() -> None:
    paragraph = "Efter mødet lød det fra skatteminister Ulla Brink, at reformen holder."
    assert _roles(paragraph) == {"Ulla Brink": "skatteminister"}
    assert _roles("Da planen kom lød kritikken fra borgmester Aksel Rind.") == {"Aksel Rind": "borgmester"}


def test_role_after_a_genitive_and_an_adjective_in_a_fronted_clause() -> None:
    paragraph = "Efter mødet lød vurderingen fra Hvidby Kommunes konservative borgmester Aksel Rind, at der er råd."
    assert _roles(paragraph) == {"Aksel Rind": "Hvidby Kommunes konservative borgmester"}


def test_verb_in_second_place_is_still_no_role() -> None:
    assert _roles("Efter en lang pause spiller Aksel Rind igen.") == {"Aksel Rind": None}
    assert _roles("I Hvidbys gamle bydel spiller Aksel Rind i aften.") == {"Aksel Rind": None}
    assert _roles("Forud for mødet opfordrer Aksel Rind til ro.") == {"Aksel Rind": None}


# --- orgs_da: a figure after a body's kind noun is no name of the body ----------------------------------------------


def _orgs(paragraph: str) -> list[str]:
    return [f.text for f in facts_of([paragraph], "da") if f.kind == "organisation"]


def test_figure_after_a_kind_noun_is_no_organisation() -> None:
    assert _orgs("Målingen placerer partiet 1,4 procentpoint under spærregrænsen.") == []
    assert _orgs("Prognosen giver partiet 7 mandater i alt.") == []


def test_name_with_digits_after_a_kind_noun_is_unchanged() -> None:
    assert _orgs("Hun er medlem af fagforbundet 4H.") == ["4H"]


# --- number_dates: an anniversary written apart ("1-års dagen") is a date, no figure --------------------------------


def _values(paragraph: str) -> list[float]:
    return [f.value for f in facts_of([paragraph], "da") if f.kind == "figure" and f.value is not None]


def test_anniversary_written_apart_is_no_figure() -> None:
    assert _values("Mindehøjtiden holdes på 2-års dagen for branden i Vestby, hvor tre omkom.") == [3]
    assert _values("Byen markerer 5-års-dagen for stormen.") == []


def test_anniversary_in_one_word_and_spans_of_years_are_unchanged() -> None:
    assert _values("Byen markerer 5-årsdagen for stormen.") == []
    assert _values("Hun fik en 3-års kontrakt med klubben.") == [3]

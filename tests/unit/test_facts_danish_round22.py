"""Classes real Danish news pages showed (police, municipal budgets, the Finance Act, Statistics Denmark
releases), written again with made-up names and numbers; and the percentage point, which every language
read as a percent.

People: a demonstrative opening the sentence ("Dette svarer til ...", where "svarer" is also "answers") was a
person; a title written "indenrigs- og sundhedsminister" lost its first part; a role read backwards from the name
took the fronted adverbial and the verb of a Danish main clause ("Onsdag morgen indtager statsminister X", "Tirsdag
besøgte borgmester X"); a closing guillemet opened the apposition's role ('«, siger efterforskningschef i X, Y').
Quotes: a dash quote whose attribution goes on with a phrase in marks ('..., siger X, som kalder det "..."') gave
the phrase with the quote as its speaker; "siger vagtchefen til TV 2 Lorry" was a speaker of its own; "Kristian"
was a woman's name (the US census), so "siger han" passed over Kristian Jensen.
Figures: "vil 12.30 blive fremstillet" was the number 12.3; "Fik 147 millioner i overskud" counted "Fik"; an
of-phrase of a Danish measure was written "andelen of ledige".
Organisations: "Den Uafhængige Politiklagemyndighed" was a person."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of, people_roles, quotes_of


def _people(paragraphs: list[str], language: str = "da") -> dict[str, str | None]:
    return people_roles(paragraphs, language)


def _figures(paragraphs: list[str], language: str) -> list[tuple[float, str | None, str | None]]:
    return [(f.value, f.unit, f.counts) for f in facts_of(paragraphs, language) if f.kind == "figure"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dette svarer til en stigning på 0,7 procentpoint, oplyser Danmarks Statistik.",
        "Denne udvikling er ny, siger Peter Holt.",
        "Disse tal viser, at ledigheden falder.",
    ],
)
def test_a_danish_demonstrative_opening_the_sentence_is_no_person(sentence: str) -> None:
    assert not {"Dette", "Denne", "Disse"} & set(_people([sentence]))


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("På mødet deltog også indenrigs- og sundhedsminister Karen Lyng (V).", "Karen Lyng",
         "indenrigs- og sundhedsminister"),
        ("Partiets chefforhandler, økonomi- og indenrigsminister Ole Fabricius, fremhæver to lettelser.",
         "Ole Fabricius", "økonomi- og indenrigsminister"),
        ("Her talte børne- og undervisningsminister Mette Vang om skolerne.", "Mette Vang",
         "børne- og undervisningsminister"),
    ],
)  # fmt: skip
def test_a_danish_title_written_with_a_suspended_compound_is_whole(sentence: str, name: str, role: str) -> None:
    assert _people([sentence]).get(name) == role


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Onsdag morgen indtager statsminister Lars Brink (V) talerstolen.", "Lars Brink", "statsminister"),
        ("Tirsdag åbnede direktør Ole Berg den nye fabrik.", "Ole Berg", "direktør"),
        ("Derefter besøgte borgmester Karen Lund en skole i byen.", "Karen Lund", "borgmester"),
        # the near miss: a modifier before the title stays ("tidligere" ends in -ere, no verb)
        ("I går talte tidligere borgmester Hans Vinther med pressen.", "Hans Vinther", "tidligere borgmester"),
    ],
)
def test_a_danish_main_clause_verb_and_time_before_a_title_are_no_part_of_it(
    sentence: str, name: str, role: str
) -> None:
    assert _people([sentence]).get(name) == role


def test_an_english_compound_modifier_in_er_stays_in_the_role() -> None:
    # the Danish verb rule is Danish only: "soccer player" keeps its modifier
    assert _people(["Yesterday soccer player Tom Reddy signed for the club."], "en").get("Tom Reddy") == "soccer player"


def test_a_closing_guillemet_before_an_apposition_is_no_part_of_its_role() -> None:
    people = _people(["»Det er en alvorlig sag,« siger efterforskningschef i Klagenævnet, Niels Aagaard."])
    assert people.get("Niels Aagaard") == "efterforskningschef i Klagenævnet"


def test_a_phrase_in_marks_in_a_dash_quotes_attribution_belongs_to_the_dash_quote() -> None:
    quotes = quotes_of(
        [
            "- Der er mange aftaler, der er gået hjem, siger Anders Holm, som kalder det \"et godt og aktivt år\".",
            "- Der er kommet flere penge til sundhed, siger han.",
        ],
        "da",
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Der er mange aftaler, der er gået hjem", "Anders Holm"),
        ("Der er kommet flere penge til sundhed", "Anders Holm"),
    ]


def test_a_definite_role_speaker_talking_to_an_outlet_is_the_one_with_that_role() -> None:
    quotes = quotes_of(
        [
            "- Tallet er stabilt, siger vagtchef Jens Mølgaard fra Nordby Politi til Radio Nord.",
            "Han oplyser, at der blev anholdt to personer.",
            "- Vi gør, hvad vi kan, siger vagtchefen til Radio Nord.",
        ],
        "da",
    )
    assert [q.speaker for q in quotes] == ["Jens Mølgaard", "Jens Mølgaard"]


@pytest.mark.parametrize("given", ["Kristian", "Jovan", "Misha"])
def test_a_man_whose_given_name_the_us_census_has_for_women_is_he(given: str) -> None:
    quotes = quotes_of(
        [
            f"Formand {given} Bøgh var tilfreds, og næstformand Lise Dam var enig.",
            "- Vi har fået en god aftale, siger han.",
        ],
        "da",
    )
    assert [q.speaker for q in quotes] == [f"{given} Bøgh"]


def test_a_danish_clock_time_with_a_dot_is_no_figure() -> None:
    figures = _figures(["Den sigtede vil 12.30 blive fremstillet i grundlovsforhør ved Retten i Nordby."], "da")
    assert not [f for f in figures if f[0] == 12.3]


def test_a_danish_decimal_amount_with_a_dot_and_a_unit_stays_a_figure() -> None:
    # the near miss: two digits after a dot with an amount after them are not a clock
    figures = _figures(["Prisen steg med 12.50 kroner pr. liter."], "da")
    assert [f for f in figures if f[0] == 12.5]


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("Kommunen fik 147 millioner i overskud sidste år.", "overskud"),
        ("Regionen betalte 12 millioner i erstatning til patienterne.", "erstatning"),
    ],
)
def test_danish_millions_without_kroner_count_what_follows_i(sentence: str, counts: str) -> None:
    assert any(c and counts in c for _, _, c in _figures([sentence], "da"))


def test_a_danish_measures_of_phrase_keeps_the_danish_preposition() -> None:
    figures = _figures(["Brancherne havde begge et fald i andelen af ledige stillinger til hhv. 2,7 og 2,4 pct."], "da")
    counted = [c for v, _, c in figures if v in (2.7, 2.4)]
    assert counted and all(c and " of " not in c for c in counted)


@pytest.mark.parametrize(
    ("paragraph", "language", "value"),
    [
        ("Unemployment fell 0.4 percentage points to 3.9 percent in March.", "en", 0.4),
        ("Renten steg 0,3 procentpoint til 4 procent.", "da", 0.3),
        ("تتقدم المرشحة على منافسها بـ 15 نقطة مئوية في الولاية.", "ar", 15.0),
        ("האבטלה ירדה ב-0.4 נקודות אחוז ל-3.5 אחוזים.", "he", 0.4),
    ],
)
def test_a_percentage_point_is_no_percent(paragraph: str, language: str, value: float) -> None:
    figures = _figures([paragraph], language)
    assert [u for v, u, _ in figures if v == value] == ["percentage points"]
    assert [u for v, u, _ in figures if v != value] in ([], ["percent"])  # the level after it is a percent


def test_a_hebrew_change_in_points_counts_its_subject_not_the_next_figure() -> None:
    figures = _figures(["האבטלה ירדה ב-0.4 נקודות אחוז ל-3.5 אחוזים."], "he")
    assert [c for v, _, c in figures if v == 0.4] == ["האבטלה"]


def test_a_danish_authority_named_with_its_adjective_is_an_organisation() -> None:
    facts = facts_of(["Den Uafhængige Tilsynsmyndighed (Tilsynsmyndigheden) har i dag sigtet tre ansatte."], "da")
    assert not [f for f in facts if f.kind == "person"]
    assert "Den Uafhængige Tilsynsmyndighed" in [f.text for f in facts if f.kind == "organisation"]


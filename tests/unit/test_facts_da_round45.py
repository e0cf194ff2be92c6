"""Round 45 (k-da45): Danish figures and quotes from wire and business copy. Made-up sentences, each with a near
miss."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, quotes_of


def _counts(paragraphs: list[str], value: float) -> str | None:
    found = [f.counts for f in facts_of(paragraphs, "da") if f.kind == "figure" and f.value == value]
    return found[0] if found else None


def _quotes(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return [(f.text, f.speaker) for f in quotes_of(paragraphs, "da")]


def test_an_unmarked_clause_of_a_bodys_report_is_retold_not_quoted() -> None:
    assert _quotes(["Storm over Vestlund", "Over 3000 familier er uden strøm, siger Røde Kors."]) == []
    # near miss: the same body speaking as "vi" is its words with the dash lost
    spoken = _quotes(["Storm over Vestlund", "Vi har sendt 40 hold ud i nat, siger Røde Kors."])
    assert spoken == [("Vi har sendt 40 hold ud i nat", "Røde Kors")]


def test_an_unmarked_count_told_by_a_person_is_retold_not_quoted() -> None:
    told = "Mindst 14 blev kørt på skadestuen, siger Jonas Vedsted, vagtchef ved politiet."
    assert _quotes(["Storm over Vestlund", told]) == []
    # near miss: a person's short unmarked line with no count, as old copy wrote speech, stays a quote
    line = _quotes(["Storm over Vestlund", "Det kan blive en lang vinter, erkender Jonas Vedsted."])
    assert line == [("Det kan blive en lang vinter", "Jonas Vedsted")]


def test_a_weekday_opening_a_price_clause_is_not_what_the_price_is_of() -> None:
    assert _counts(["Torvet i Sørby", "Onsdag aften kostede en kasse pærer 65 kroner."], 65) == "kasse pærer"
    joined = "Markedet var lukket i går, og torsdag kostede en kasse pærer 70 kroner."
    assert _counts(["Torvet i Sørby", joined], 70) == "kasse pærer"
    # near miss: a noun after the weekday is what the number counts, and it stays
    assert _counts(["Torvet i Sørby", "Fredag eftermiddag handlede 212 kunder i butikken."], 212) == "kunder i butikken"


def test_a_price_told_after_a_time_is_the_price_of_what_follows_pa() -> None:
    kurs = "Kursen på en aktie i Bølgeværket ligger fredag eftermiddag på 212 kroner."
    assert _counts(["Børsen i dag", kurs], 212) == "Kursen på aktie i Bølgeværket"
    named = "Prisen på en kasse æbler, Ingrid Marie, ligger onsdag aften på 40 kroner."
    assert _counts(["Torvet i Sørby", named], 40) == "Prisen på kasse æbler"
    # near miss: a place after the subject is no part of it ("Boligerne i Sørby")
    place = "Boligerne i Sørby ligger i snit på 9000 kroner pr. kvadratmeter."
    assert "Sørby" not in (_counts(["Torvet i Sørby", place], 9000) or "")


def test_the_number_of_a_type_in_a_compound_is_no_figure() -> None:
    text = "Flere børn i Vestlund får type 1-diabetes, og klinikken behandlede 38 af dem sidste år."
    values = {f.value for f in facts_of(["Ny opgørelse", text], "da") if f.kind == "figure"}
    assert 1 not in values and 38 in values
    # near miss: a number counting a noun after it is a figure, also when it is 1
    values = {
        f.value
        for f in facts_of(["Ny opgørelse", "Klinikken har 1 læge og 12 sygeplejersker."], "da")
        if f.kind == "figure"
    }
    assert {1, 12} <= values

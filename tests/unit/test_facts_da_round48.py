"""Round 48 (k-da48): Danish world news, its roles, anniversaries and attributions. Made-up sentences with invented
names, each with a near miss that must keep its reading."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, people_roles, quotes_of


def _figures(paragraphs: list[str]) -> list[tuple[str, float | None]]:
    return [(f.text, f.value) for f in facts_of(paragraphs, "da") if f.kind == "figure"]


def _speakers(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return [(f.text, f.speaker) for f in quotes_of(paragraphs, "da")]


def test_an_article_and_adjectives_before_the_role_after_a_fronted_verb_keep_the_role() -> None:
    fronted = "I går fik den tidligere kessiske præsident Arvo Lindqvist en pris i Genève."
    assert people_roles(["Pris", fronted], "da")["Arvo Lindqvist"] == "tidligere kessiske præsident"
    nationality = "Samtidig har den russiske forsvarsminister Pavel Orlovskij talt med pressen."
    assert people_roles(["Samtale", nationality], "da")["Pavel Orlovskij"] == "russiske forsvarsminister"
    plain = "I går mødte den nye amerikanske udenrigsminister Tom Brakeley sin kollega."
    assert people_roles(["Møde", plain], "da")["Tom Brakeley"] == "nye amerikanske udenrigsminister"
    # near miss: a verb in second place right before the subject is still no role ("spiller" is no player here)
    verb = "I morgen spiller Anders Kvist i Vesterby."
    assert not people_roles(["Koncert", verb], "da").get("Anders Kvist")
    # near miss: the title with no article after the verb reads as before
    bare = "I går mødte statsminister Lene Ravnholt pressen."
    assert people_roles(["Møde", bare], "da")["Lene Ravnholt"] == "statsminister"


def test_a_danish_anniversary_in_aret_or_arsdagen_is_no_figure() -> None:
    visit = "Præsidenten rejser til Kessland ved 80-året for angrebet på landet."
    assert not [v for _, v in _figures(["Besøg", visit]) if v == 80]
    day = "Landene mødes for at fejre 70-årsdagen for alliancen."
    assert not [v for _, v in _figures(["Topmøde", day]) if v == 70]
    # near misses: an age and a span of years stay figures
    age = "En 80-årig mand blev såret i angrebet."
    assert 80 in [v for _, v in _figures(["Angreb", age])]
    span = "Firmaet har 25 års erfaring og 80 ansatte."
    assert {25, 80} <= {v for _, v in _figures(["Firma", span])}


def test_the_document_between_lyder_det_and_fra_leaves_whose_words_they_are() -> None:
    answer = "- Der er intet planlagt møde, lyder det i en skriftlig kommentar fra Udenrigsministeriet."
    assert _speakers(["Svar", answer]) == [("Der er intet planlagt møde", "Udenrigsministeriet")]
    release = "- Vi er glade for aftalen, lød det i en pressemeddelelse fra Kessfarm."
    assert _speakers(["Aftale", release]) == [("Vi er glade for aftalen", "Kessfarm")]
    # near miss: no "fra" after the document leaves the one just asked ("det") as before
    bare = "- Vi er glade for aftalen, lød det i en pressemeddelelse."
    assert _speakers(["Aftale", bare]) == [("Vi er glade for aftalen", "det")]


def test_a_one_word_speaker_sheds_where_it_wrote() -> None:
    ministry = "- Der er intet planlagt møde, skriver Udenrigsministeriet i et svar."
    assert _speakers(["Svar", ministry]) == [("Der er intet planlagt møde", "Udenrigsministeriet")]
    # near miss: a capitalised body after "fra" stays apart from a two-word name, as before
    party = "- Vi er klar, siger Mads Brink fra Venstre."
    assert _speakers(["Klar", party]) == [("Vi er klar", "Mads Brink")]


def test_a_founder_after_the_name_is_a_role() -> None:
    founder = "»Det er et stort problem,« siger Ian Corrow, grundlægger af organisationen Kessnet."
    assert people_roles(["Problem", founder], "da")["Ian Corrow"] == "grundlægger af organisationen Kessnet"
    # near miss: "grundlægger" as a verb names no one
    verb = "Hun grundlægger et nyt firma i Vesterby."
    assert people_roles(["Firma", verb], "da") == {}

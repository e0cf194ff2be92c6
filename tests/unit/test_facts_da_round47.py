"""Round 47 (k-da47): Danish figures and quotes from wire, sport and science copy. Made-up sentences, each with a
near miss that must keep its reading."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, quotes_of


def _figures(paragraphs: list[str]) -> list[tuple[str, float | None, str | None]]:
    return [(f.text, f.value, f.counts) for f in facts_of(paragraphs, "da") if f.kind == "figure"]


def _counts(paragraphs: list[str], value: float) -> str | None:
    found = [c for _, v, c in _figures(paragraphs) if v == value]
    return found[0] if found else None


def _quotes(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return [(f.text, f.speaker) for f in quotes_of(paragraphs, "da")]


def test_a_word_weighing_the_figure_after_pa_leaves_the_noun_before_it() -> None:
    fall = "Forretningen i Vesterby har haft et fald på hele 4,2 procent."
    assert "fald" in (_counts(["Butikker", fall], 4.2) or "")
    debt = "Foreningen har en gæld på tæt på to millioner."
    assert _counts(["Foreningen", debt], 2_000_000) == "gæld"
    # near miss: the plain "på" before the figure reads as before
    plain = "Målestationen i Vesterby har haft en stigning på 1,72 grader."
    assert "stigning" in (_counts(["Varmere byer", plain], 1.72) or "")
    # near miss: a noun after the figure is still its own ("på blot 3 procent af stemmerne")
    share = "Partiet fik en andel på blot 3 procent af stemmerne."
    assert "stemmerne" in (_counts(["Valget", share], 3) or "")


def test_a_clock_time_or_a_weekday_opening_a_level_clause_is_no_subject() -> None:
    clock = "Klokken 9 var den samlede belægning 84 procent på hotellerne."
    assert _counts(["Hoteller", clock], 84) == "samlede belægning"
    weekday = "Tirsdag lå renten på 3,2 procent."
    assert _counts(["Renten i dag", weekday], 3.2) == "renten"
    # near miss: a noun right after the figure is still what it counts
    after = "Klokken 9 var der 340 bilister i køen."
    assert _counts(["Færgen", after], 340) == "bilister i køen"


def test_two_adjectives_joined_by_og_before_one_noun_are_one_noun_phrase() -> None:
    pact = "Aftalen samler 45 svenske og norske kommuner om en fælles plan."
    assert _counts(["Fælles plan", pact], 45) == "svenske og norske kommuner"
    firms = "Ordningen gælder for 120 små og mellemstore virksomheder."
    assert _counts(["Ny ordning", firms], 120) == "små og mellemstore virksomheder"
    # near miss: a plural noun in -e before "og" ends the phrase; what follows is the next conjunct
    days = "Hun var væk i 30 dage og flere gange om året."
    assert (_counts(["Rejser", days], 30) or "").startswith("dage")


def test_a_length_before_a_noun_measures_that_noun() -> None:
    race = "Hun vandt 800 meter forhindringsløb ved stævnet."
    assert _counts(["Atletik", race], 800) == "forhindringsløb"
    road = "Staten har bygget 12 kilometer motorvej i år."
    assert _counts(["Veje", road], 12) == "motorvej"
    # near misses: a direction or a time after the length is no noun of it
    assert _counts(["Ture", "Han kørte 180 kilometer hjem."], 180) != "hjem"
    assert _counts(["Ture", "De har cyklet 260 kilometer siden mandag."], 260) != "siden"


def test_a_multiple_before_sa_and_an_adjective_counts_the_noun_after_it() -> None:
    share = "I år er der dobbelt så stor søgning blandt de unge."
    assert (_counts(["Uddannelser", share], 2) or "").startswith("søgning")
    fine = "Virksomheden fik tre gange så høj bøde for udslippet."
    assert (_counts(["Udslip", fine], 3) or "").startswith("bøde")
    # near miss: "så høj som" compares with something else and names no noun of the multiple
    price = "Prisen er dobbelt så høj som sidste år."
    assert _counts(["Priser", price], 2) == "Prisen"


def test_a_fraction_in_words_opened_by_to_or_tre_is_one_figure() -> None:
    found = _figures(["Tavlen", "Næsten to tredjedele af lærerne bruger tavlen hver dag."])
    assert [(t, round(v or 0, 4)) for t, v, _ in found] == [("to tredjedele", 0.6667)]
    three = _figures(["Prøver", "Tre fjerdedele af eleverne bestod."])
    assert [(t, v) for t, v, _ in three] == [("Tre fjerdedele", 0.75)]
    # near miss: "to og en halv time" stays one number with its unit
    hours = _figures(["Venten", "De ventede to og en halv time på lægen."])
    assert [(t, v) for t, v, _ in hours] == [("to og en halv", 2.5)]


def test_a_pair_after_a_danish_word_of_the_standing_is_a_score() -> None:
    assert _figures(["Tennis", "Bagud 1-4 kæmpede Mia Vestergaard sig tilbage i sættet."]) == []
    assert _figures(["Tennis", "Hun vandt sin serv og kom dermed på 3-2 i første sæt."]) == []
    # near miss: a share after "foran" stays a figure
    poll = _figures(["Måling", "Partiet lå foran med 12-15 procent i målingerne."])
    assert [v for _, v, _ in poll] == [12]


def test_an_introduction_with_a_fronted_object_is_spoken_by_the_pronoun_after_the_verb() -> None:
    story = [
        "Nyt projekt om sundhed",
        "- Vi ved endnu ikke nok om det, forklarer professor Lene Marker Holst fra Vesterby Universitet.",
        "Lene Marker Holst vil ikke love noget om resultatet. Så meget vil hun love:",
        "- Der er store forskelle mellem grupperne, og det er her, vi kan bidrage.",
    ]
    assert _quotes(story)[-1][1] == "Lene Marker Holst"
    # near miss: an introduction that names its speaker before the colon keeps that name
    named = [*story[:2], "Formand Ole Brink er uenig:", "- Projektet er alt for dyrt for regionen."]
    assert _quotes(named)[-1][1] == "Ole Brink"

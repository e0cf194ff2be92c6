"""Key facts: one test per error class seen on real news, on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import Fact, extract_facts
from briefing_app.core.model import ArticleText, Document, TextBlock
from briefing_app.core.pipeline import build_document


def _doc(paragraphs: list[str], language: str = "en") -> Document:
    article = ArticleText(Path(f"t-{language}.txt"), "txt", "Title", [TextBlock(p) for p in paragraphs])
    return build_document(article, language=language)


def _facts(paragraphs: list[str], language: str = "en") -> list[Fact]:
    return extract_facts(_doc(paragraphs, language))


def _kind(facts: list[Fact], kind: str) -> list[Fact]:
    return [f for f in facts if f.kind == kind]


def _names(facts: list[Fact], kind: str) -> set[str]:
    return {f.text for f in facts if f.kind == kind}


# -- figures: money with scale suffixes, currency as unit, what it counts from the sentence --------------


def test_money_with_scale_suffixes_has_value_currency_and_what_it_counts() -> None:
    facts = _facts([
        "The storm left insurers facing $10bn in insurance claims.",
        "The council will spend £264m on health services next year.",
        "Revenue rose to 5.17bn, the company said.",
        "The government set aside 100m euros for flood defences.",
    ])  # fmt: skip
    figures = {f.sentence: f for f in _kind(facts, "figure")}
    assert (figures[0].value, figures[0].unit) == (10e9, "USD") and "claims" in (figures[0].counts or "")
    assert (figures[1].value, figures[1].unit) == (264e6, "GBP") and "health services" in (figures[1].counts or "")
    assert figures[2].value == 5.17e9 and "Revenue" in (figures[2].counts or "")
    assert (figures[3].value, figures[3].unit) == (100e6, "EUR") and "flood defences" in (figures[3].counts or "")


def test_what_a_figure_counts_comes_from_before_it_when_nothing_follows() -> None:
    facts = _facts(["Shares in Northwind rose 22 percent, while Acme gained 15 percent."])
    counts = [f.counts for f in _kind(facts, "figure")]
    assert counts == ["Shares", "Acme"] or (counts[1] == "Acme" and "Shares" in (counts[0] or ""))


# -- people: no organisations, nationalities, adverbs, places or fragments; roles as titles ---------------


def test_organisations_adjectives_adverbs_and_places_are_not_people() -> None:
    facts = _facts([
        "Acme Re and Northwind Financial Services said losses would rise.",
        "Eventually, Welsh ministers agreed, officials in Scotland said.",
        "The Department of Health and Social Care said nothing.",
    ])  # fmt: skip
    assert _names(facts, "person") == set()
    assert {"Acme Re", "Northwind Financial Services"} <= _names(facts, "organisation")
    assert "Scotland" in _names(facts, "place")


def test_people_named_once_in_passing_are_found() -> None:
    facts = _facts(["The meeting was attended by Maria Jensen and Tom Baker of the farmers' union."])
    assert {"Maria Jensen", "Tom Baker"} <= _names(facts, "person")


def test_a_role_is_the_title_not_the_clause_after_it() -> None:
    facts = _facts([
        "John Doe, the former president was less interested in explaining why the plan failed.",
        "Health Minister Jane Roe visited the hospital.",
        "Anna Berg, deputy head of the agency, said the roads were closed.",
        "The Green Party's health spokesman Peter Olsen disagreed.",
    ])  # fmt: skip
    roles = {f.text: f.role for f in _kind(facts, "person")}
    assert roles["John Doe"] == "former president"
    assert roles["Jane Roe"] == "Health Minister"
    assert roles["Anna Berg"] is not None and "deputy head" in roles["Anna Berg"]
    assert roles["Peter Olsen"] == "health spokesman"
    assert "Green Party" in _names(facts, "organisation")


# -- quotes: the speaker after the quote, several paragraphs, other attributions -------------------------


def test_the_speaker_named_after_the_quote_wins_over_the_previous_speaker() -> None:
    facts = _facts([
        '"We will open two new wards," Health Minister Jane Roe said.',
        '"That is not enough for a growing town," said the Green Party\'s health spokesman Peter Olsen.',
    ])  # fmt: skip
    speakers = [f.speaker for f in _kind(facts, "quote")]
    assert speakers == ["Jane Roe", "Peter Olsen"]


def test_a_quote_over_several_paragraphs_has_the_speaker_named_at_its_end() -> None:
    facts = _facts([
        "Maria Jensen runs the shelter on the coast road.",
        "Tom Baker, a volunteer, helps her every weekend.",
        '"The water came in at three in the morning and we had nowhere to go.',
        '"We waited on the roof for the boats until it was light," Jensen said.',
    ])  # fmt: skip
    quotes = _kind(facts, "quote")
    assert len(quotes) == 2 and all(q.speaker == "Maria Jensen" for q in quotes)


def test_attribution_by_according_to_told_added_insisted_and_colon() -> None:
    facts = _facts([
        "Jane Roe and Peter Olsen met on Monday.",
        '"The plan will not survive the winter," according to Olsen.',
        '"We are ready for the storm," Roe told reporters.',
        'Olsen insisted: "Nobody has asked the farmers what they need."',
        '"The budget is fixed and it will stay fixed," Roe added.',
    ])  # fmt: skip
    speakers = [f.speaker for f in sorted(_kind(facts, "quote"), key=lambda f: f.sentence)]
    assert speakers == ["Peter Olsen", "Jane Roe", "Peter Olsen", "Jane Roe"]


def test_danish_dash_quote_with_the_speaker_after_the_verb() -> None:
    facts = _facts([
        "Borgmester Maria Jensen besøgte havnen i går.",
        "– Vi er klar til stormen, og vi har sandsække nok, siger Maria Jensen.",
    ], "da")  # fmt: skip
    quote = _kind(facts, "quote")[0]
    assert quote.speaker == "Maria Jensen" and quote.text.startswith("Vi er klar")


def test_a_speaker_resolves_to_the_person_not_the_organisation() -> None:
    facts = _facts(['"The figures are wrong and we will say so," the Acme Group spokesman John Doe said.'])
    assert _kind(facts, "quote")[0].speaker == "John Doe"


def test_scare_quotes_are_not_quotes() -> None:
    facts = _facts(['Critics call the scheme "price indexing" and the minister calls it "reform".'])
    assert _kind(facts, "quote") == []


# -- places and organisations ----------------------------------------------------------------------------


def test_places_a_hand_list_misses() -> None:
    facts = _facts(["Flights from Chicago and Aberdeen to Sri Lanka, the Maldives and Florida were cancelled."])
    assert {"Chicago", "Aberdeen", "Sri Lanka", "Maldives", "Florida"} <= _names(facts, "place")


def test_places_in_arabic_hebrew_and_danish() -> None:
    assert "سريلانكا" in _names(_facts(["وصلت المساعدات إلى سريلانكا أمس."], "ar"), "place")
    assert "פלורידה" in _names(_facts(["הסופה פגעה בפלורידה אתמול."], "he"), "place")
    assert "Storbritannien" in _names(_facts(["Regeringen i Storbritannien vil hjælpe."], "da"), "place")


def test_organisations_by_shape_and_by_acronym_defined_in_the_text() -> None:
    facts = _facts([
        "The National Health Service (NHS) and the Ministry of Health disagree.",
        "Leeds City Council and Northwind Bank backed the plan, the NHS said.",
    ])  # fmt: skip
    orgs = _names(facts, "organisation")
    assert {"National Health Service", "Ministry of Health", "Leeds City Council", "Northwind Bank"} <= orgs
    nhs = [f for f in _kind(facts, "organisation") if f.text == "National Health Service"]
    assert nhs[0].sentences == [0, 1]  # "NHS" later is the same organisation


def test_arabic_and_hebrew_organisations_by_head_noun() -> None:
    assert "وزارة الصحة" in _names(_facts(["وقالت وزارة الصحة إن المستشفيات ممتلئة."], "ar"), "organisation")
    assert "משרד הבריאות" in _names(_facts(["משרד הבריאות פרסם הנחיות חדשות."], "he"), "organisation")


# -- second round: counts by syntax, lists of people, one-word companies, Arabic shapes -------------------


def test_figures_share_what_they_count_when_the_sentence_says_so() -> None:
    facts = _facts([
        "Trailing are Norland with 13% and Ostia with 8% of the world's spam.",
        "The lorry can carry 13,100 kg (28,950 lb) of grain.",
        "The audit found 277 flaws; 39 percent of these are rated critical.",
    ])  # fmt: skip
    by_sentence: dict[int, list[Fact]] = {}
    for f in _kind(facts, "figure"):
        by_sentence.setdefault(f.sentence, []).append(f)
    assert all("spam" in (f.counts or "") for f in by_sentence[0])
    assert len(by_sentence[1]) == 2 and all("grain" in (f.counts or "") for f in by_sentence[1])
    # "39 percent of these are rated critical": a share of the flaws, named by what the clause says of it
    assert "flaws" in (by_sentence[2][0].counts or "")
    assert (by_sentence[2][1].counts or "").startswith(by_sentence[2][0].counts or "-")
    assert "critical" in (by_sentence[2][1].counts or "")


def test_a_measure_used_as_an_adjective_counts_the_noun_after_it_and_scores_are_no_figures() -> None:
    facts = _facts([
        "The centrepiece is a 15 meter high rotating statue of a horse.",
        "Aid may not reach the valley for up to two weeks.",
        "Tomas Berg, 42, and his wife were charged.",
        "The home side won 3–0 after a goalless first half ended 0–0.",
        "Six minutes later, the keeper was replaced.",
    ])  # fmt: skip
    figures = {f.sentence: f for f in _kind(facts, "figure")}
    assert "statue" in (figures[0].counts or "")
    assert "Aid" in (figures[1].counts or "") or "valley" in (figures[1].counts or "")
    assert figures[2].counts == "age"
    assert 3 not in figures and 4 not in figures


def test_a_list_of_names_shares_the_role_before_it() -> None:
    facts = _facts([
        "The side lost frontline players Ivo Marek, Tane Roskov and Olek Varga to injury.",
        "The show included other famous architects, such as Ansel Varo and Petra Lind.",
    ])  # fmt: skip
    people = {f.text: f.role for f in _kind(facts, "person")}
    assert people.get("Ivo Marek") == people.get("Olek Varga") == "frontline players"
    assert "architects" in (people.get("Petra Lind") or "")


def test_a_one_word_company_named_once_is_found_by_what_the_sentence_says() -> None:
    facts = _facts(["The messaging service was acquired by Zentrix in 2014 for a large sum.",
                    "Analysts expect Quorvo's shares to rise after the report."])  # fmt: skip
    assert {"Zentrix", "Quorvo"} <= _names(facts, "organisation")


def test_arabic_numbers_glued_to_and_and_spelled_years() -> None:
    facts = _facts(["رفع المرسوم المعاشات 25 % على أول ألف ليرة و20 % على ما يفوق ذلك.",
                    "فازت قطر باستضافة كأس العالم لألفين واثنين وعشرين."], "ar")  # fmt: skip
    values = sorted(f.value for f in _kind(facts, "figure") if f.value is not None)
    assert 20 in values and 25 in values
    assert not [f for f in _kind(facts, "figure") if f.sentence == 1]


def test_a_list_of_names_with_portfolios_is_a_list_of_people() -> None:
    facts = _facts(
        ["The new cabinet includes Dilma Rocha (Energy), Celso Amaral (Foreign Affairs) and Marina Sol (Justice)."]
    )
    people = {f.text: f.role for f in _kind(facts, "person")}
    assert people == {"Dilma Rocha": "Energy", "Celso Amaral": "Foreign Affairs", "Marina Sol": "Justice"}

"""Organisations named by what the sentence does with them (core/facts/org_cues.py), on made-up sentences."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _orgs(*paragraphs: str) -> set[str]:
    return {f.text for f in facts_of(list(paragraphs)) if f.kind == "organisation"}


def test_an_outlet_an_interview_was_given_to_or_published_by() -> None:
    found = _orgs(
        '"We will rebuild the pier," Jane Roe told Quaywire in a telephone interview.',
        "In an interview conducted by Harbour Notes, the mayor said the plan would cost more.",
    )
    assert {"Quaywire", "Harbour Notes"} <= found


def test_a_person_interviewed_is_no_outlet() -> None:
    assert "Jane Roe" not in _orgs("Sam Hill told Jane Roe in an interview that he would stay.")


def test_an_outlet_named_before_its_bare_kind_and_a_job_or_a_verb_of_reporting() -> None:
    found = _orgs("Orvanto newspaper editor Sam Hill was arrested.", "Ortanis blog reported that the police had left.")
    assert {"Orvanto", "Ortanis"} <= found


def test_an_owners_blog_is_not_named_by_the_owner() -> None:
    assert not _orgs("Jane Roe's blog said so.", "Jonas' website says the event was timed.")


def test_a_party_named_before_the_common_noun_after_an_owner_or_in_politics() -> None:
    found = _orgs("Ann Lee's Brivola party lost.", "Last year, the Quendar party won seats in the election.")
    assert {"Brivola", "Quendar"} <= found


def test_a_party_of_another_kind_and_a_family_of_parties_are_not_named() -> None:
    found = _orgs("We went to the Harvest party at the club.", "The Republican party won votes in the election.")
    assert "Harvest" not in found and "Republican" not in found


def test_a_states_service_named_by_its_capitalised_noun() -> None:
    found = _orgs("He met members of the Gendarmerie, the Turkish Air Force and Army on Monday.")
    assert {"Gendarmerie", "Army", "Turkish Air Force"} <= found
    assert "Air Force" not in found


def test_to_and_a_place_after_a_body_is_where_it_goes_not_its_purpose() -> None:
    found = _orgs("He flew with Karsten Airways to Dubai on Monday.", "The Committee to Protect Writers objected.")
    assert {"Karsten Airways", "Committee to Protect Writers"} <= found
    assert not any("Dubai" in name for name in found)


def test_a_dotted_acronym_after_a_preposition_or_with_a_genitive_is_a_body() -> None:
    assert "D.I.Y." in _orgs("There were attacks on D.I.Y., a bar in the capital.")
    danish = {
        f.text for f in facts_of(["Han henviser til B.T.s afsløring af sagen."], "da") if f.kind == "organisation"
    }
    assert "B.T." in danish


def test_initials_and_dotted_places_are_no_body() -> None:
    facts = facts_of(["He flew to the U.S. and met J.R. Smith in Washington, D.C. on Monday."])
    assert not {f.text for f in facts if f.kind == "organisation"} & {"U.S.", "J.R.", "D.C."}


def test_an_outlet_named_in_romance_words_that_publishes() -> None:
    found = _orgs(
        "Voces de la Marea published a long post about the strike.",
        "Notas del Puerto, meanwhile, posted photos, and Gente y barrios wrote about it.",
    )
    assert {"Voces de la Marea", "Notas del Puerto", "Gente y barrios"} <= found


def test_a_person_named_with_romance_particles_is_no_outlet() -> None:
    found = _orgs("Juan de la Cruz wrote a letter.", "Luis Ortega de la Fuente wrote to the mayor.")
    assert not any("de la" in name for name in found)


def test_a_name_after_the_that_reports_is_a_body_not_a_person() -> None:
    facts = facts_of(["The Harbour Echo reported on Monday that the plant would close.", "The Quill reported it."])
    kinds = {f.text: f.kind for f in facts}
    assert kinds.get("Harbour Echo") == kinds.get("Quill") == "organisation"


def test_a_title_a_people_or_a_bodys_kind_after_the_is_no_new_body() -> None:
    found = _orgs("The Prime Minister said so, and the Ministry said nothing.", "The Americans said no.")
    assert not found & {"Prime Minister", "Ministry", "Americans"}


def test_a_german_or_dutch_paper_keeps_its_article_but_a_persons_particle_is_no_paper() -> None:
    assert "Der Spiegel" in _orgs("The minister told Der Spiegel that the talks had failed.")
    assert not any(name.startswith("De ") for name in _orgs("Robert De Niro said so."))


def test_parliaments_by_their_own_word_and_outlets_named_bare_are_known() -> None:
    found = _orgs("The bill passed the Bundestag and the Sejm.", "She told Al Jazeera that Wikipedia had the text.")
    assert {"Bundestag", "Sejm", "Al Jazeera", "Wikipedia"} <= found


def test_an_area_that_speaks_after_the_is_no_new_body() -> None:
    assert not _orgs("Officials said the Kharkiv Oblast said the bridge had been repaired.") & {"Kharkiv Oblast"}


def test_a_bodys_kind_that_the_gazetteer_also_holds_ends_a_longer_name() -> None:
    assert "Ruritanian National Congress" in _orgs(
        "The youth wing of the Ruritanian National Congress backed the plan."
    )


def test_a_name_right_before_the_common_noun_of_its_kind() -> None:
    found = _orgs("The eviction went ahead after Corvanta bank and the court refused to stop it.")
    assert "Corvanta" in found
    assert not _orgs("A Swiss bank lent money, and the Harbour-based newspaper said so.") & {"Swiss", "Harbour-based"}


def test_a_broadcaster_named_with_tv_or_fm_but_not_a_peoples_or_the_states() -> None:
    found = _orgs(
        "Meridia TV reported that the ban was lifted, and Harbour FM said so too.",
        "Greek TV and State TV said nothing.",
    )
    assert {"Meridia TV", "Harbour FM"} <= found and not found & {"Greek TV", "State TV"}


def test_currencies_and_a_bodys_kind_alone_are_no_organisations() -> None:
    found = _orgs(
        "The bailout of 10 billion Euros has provoked anger. The 10 billion Euros will not suffice.",
        "He was challenged by University president Lee Bollinger.",
    )
    assert not found & {"Euros", "University"}


def test_an_apposition_closed_by_a_participle_names_a_body() -> None:
    assert "Kestrova" in _orgs("Police arrested three activists of Kestrova, an organization working on housing.")


def test_an_outlet_a_named_writer_writes_on_or_comments_on() -> None:
    found = _orgs(
        "Ingrid Luden on TechBrook wrote that the app was fine.", "Farah Aziz comments on BoloVoice: it is wrong."
    )
    assert {"TechBrook", "BoloVoice"} <= found


def test_bands_listed_after_their_kind() -> None:
    assert {"Mogwen", "Quellar"} <= _orgs("It was recorded with bands such as Mogwen and Quellar.")


def test_a_committee_before_its_chairmans_name_stays_a_body() -> None:
    assert "House Trade Committee" in _orgs("A spokesman for House Trade Committee Chairman Tom Lantos said so.")


def test_a_kind_word_alone_before_and_is_no_body_of_its_own() -> None:
    found = _orgs("The bonds convert at the Harbour Credit and Savings Bank on Monday.")
    assert "Harbour Credit and Savings Bank" in found and "Savings Bank" not in found


def test_a_blog_named_in_sentence_case_or_with_romance_prepositions() -> None:
    found = _orgs(
        "The blog Platform for the rights of tenants has taken on the news.",
        "A note was republished on Jane Roe's blog Pensando sobre Riverton (Thinking about Riverton) on Monday.",
    )
    assert {"Platform for the rights of tenants", "Pensando sobre Riverton"} <= found


def test_a_legislature_named_diet() -> None:
    assert "National Diet" in _orgs("The bill passed the National Diet on Friday.")


def test_a_page_or_group_named_before_its_platform() -> None:
    found = _orgs("Royd Moonga shares his view on Harbour People’s Pact Facebook group: it is shameful.")
    assert "Harbour People’s Pact" in found
    assert not any("Roe" in name for name in _orgs("Jane Roe's Facebook page was closed."))

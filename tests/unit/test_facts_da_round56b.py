"""Danish people, round 56b (k-da56b): names read wrong on real Danish copy (written again with made-up names and
sentences), each with near misses that keep their old reading."""

from __future__ import annotations

from briefing_app.core.facts.da_verb_second import verb_second
from briefing_app.core.facts.orgs_da import place_then_name
from briefing_app.core.facts.people_da_kinds import named_as_a_kind
from briefing_app.core.facts.speaker_definite_roles_da import holder_named_next
from tests.unit.facts_helpers import names_by_kind, people_roles, quotes_of


def _people(paragraphs: list[str]) -> set[str]:
    return names_by_kind(paragraphs, "da").get("person", set())


def _bodies(paragraphs: list[str]) -> set[str]:
    return names_by_kind(paragraphs, "da").get("organisation", set())


# --- people_da_kinds: a body named right after its kind, then read as a writer ---------------------------------------


def test_agency_after_its_kind_is_no_person() -> None:
    article = ["Ministeriet afviser en historie fra det russiske nyhedsbureau Mercer om en pilot.",
               "Mercer skrev, at oplysningen kom fra en anonym kilde."]  # fmt: skip
    assert "Mercer" not in _people(article)
    assert "Mercer" in _bodies(article)


def test_firm_and_outlet_after_their_kind_are_no_people() -> None:
    firm = ["Bilen er lejet hos selskabet Holloway i Malmø.", "Holloway skrev, at bilen var meldt stjålet."]
    outlet = ["Det oplyser det chilenske medie Barlow ifølge avisen.", "Barlow skrev, at tre er anholdt."]
    assert "Holloway" not in _people(firm)
    assert "Barlow" not in _people(outlet)


def test_name_without_a_kind_before_it_stays_a_person() -> None:
    assert "Holloway" in _people(["Bilen er lejet af Holloway i Malmø.", "Holloway skrev, at bilen var stjålet."])


def test_named_as_a_kind_near_misses() -> None:
    texts = ["Det oplyser selskabet Holloway."]
    assert named_as_a_kind("Holloway", None, {"Holloway"}, texts)
    assert not named_as_a_kind("Holloway", "direktør", {"Holloway"}, texts)  # (a role read: a person)
    assert not named_as_a_kind("Holloway", None, set(), texts)  # (no body found by that name)
    assert not named_as_a_kind("Holloway", None, {"Holloway"}, ["Det oplyser Holloway."])
    assert not named_as_a_kind("Holloway", None, {"Holloway"}, ["Det oplyser selskabet Holloways chef."])


# --- orgs_da: a given name that is also a town, after a verb of saying ------------------------------------------------


def test_speaker_whose_given_name_is_a_town_is_a_person() -> None:
    assert "Lone Skovbo" in _people(["- Vi er glade for aftalen, siger Lone Skovbo."])
    assert "Lone Skovbo" in _people(["Det fortæller Lone Skovbo."])


def test_body_after_a_verb_of_saying_stays_a_body() -> None:
    text = "Det siger Vejle Kommune i en pressemeddelelse."
    assert [name for _, _, name in place_then_name(text)] == ["Vejle Kommune"]
    assert [name for _, _, name in place_then_name("Det oplyser Lone Skovbo.")] == ["Lone Skovbo"]  # (no saying)
    assert place_then_name("- Vi er glade, siger Lone Skovbo.") == []


# --- speaker_definite_roles_da: "lyder det fra ministeren", the holder named in the next sentence -------------------


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs, "da")]


def test_definite_role_speaker_named_in_the_next_sentence() -> None:
    article = ["- Vi lukker ingen skoler i år. Det er et rent rygte fra nettet, lyder det fra ministeren.",
               "Undervisningsminister Ida Vangsgaard (S) udtaler, at planen står fast.",
               "Kommunerne har spurgt til sagen."]  # fmt: skip
    assert _speakers(article) == ["Ida Vangsgaard"]


def test_definite_role_speaker_near_misses() -> None:
    # (the holder named two sentences on, or two holders of the role in the next sentence: no one taken)
    later = ["- Vi lukker ingen skoler i år, lyder det fra ministeren.", "Kommunerne har spurgt til sagen.",
             "Undervisningsminister Ida Vangsgaard (S) udtaler, at planen står fast."]  # fmt: skip
    assert _speakers(later) == ["ministeren"]
    assert holder_named_next("minister", "the minister", [], 0) == []  # (English: two words)


# --- da_verb_second: a period fronted with "For", then the verb before its subject ---------------------------------


def test_verb_after_a_fronted_for_is_no_role() -> None:
    assert "Halvik" not in _people(["For helåret fastholder Halvik sine forventninger."])
    assert verb_second("For helåret fastholder ", "helåret fastholder")


def test_role_after_a_fronted_for_stays_a_role() -> None:
    assert people_roles(["For borgmester Jens Ravn er sagen vigtig."], "da")["Jens Ravn"] == "borgmester"
    assert not verb_second("For den nye borgmester ", "nye borgmester")
    assert people_roles(["For året fastholder direktør Jens Ravn målet."], "da")["Jens Ravn"] == "direktør"


def test_verb_after_a_fronted_year_is_no_role() -> None:
    assert verb_second("For hele 2030 fastholder ", "fastholder")
    assert not verb_second("I 2030 blev direktør ", "direktør")  # (the verb "blev" before the role)
    assert people_roles(["I 2030 blev direktør Jens Ravn fyret."], "da")["Jens Ravn"] == "direktør"

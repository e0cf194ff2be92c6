"""Round 44b (k-dar44): Danish roles written apart from the name. Made-up sentences, each with a near miss."""

from __future__ import annotations

from tests.unit.facts_helpers import people_roles


def test_a_role_held_som_later_in_the_clause_is_the_subjects_role() -> None:
    text = "Selvom Birthe Tornvig har ført klubben til tre pokaler som cheftræner, savner hun et mesterskab."
    assert people_roles(["Nyt fra klubben", text], "da")["Birthe Tornvig"] == "cheftræner"
    # near miss: "som" with an article is a comparison, no office
    like = "Birthe Tornvig har ført klubben til tre pokaler som en ægte cheftræner i weekenden."
    assert people_roles(["Nyt fra klubben", like], "da")["Birthe Tornvig"] is None


def test_the_job_som_a_role_and_an_adjective_before_it() -> None:
    text = "Sørby Kommune har hyret Aksel Vindahl som ny skolechef efter en lang proces."
    assert people_roles(["Ny chef", text], "da")["Aksel Vindahl"] == "ny skolechef"
    # near miss: kin after "som" is who someone is to others, no office
    kin = "Aksel Vindahl voksede op som søn af en gartner i Sørby."
    assert people_roles(["Ny chef", kin], "da")["Aksel Vindahl"] is None


def test_a_relative_clause_of_the_name_may_hold_the_role() -> None:
    text = "Gunnar Eskildsen, der som sekretær har styret regnskabet i ni år, stopper til sommer."
    assert people_roles(["Skifte", text], "da")["Gunnar Eskildsen"] == "sekretær"
    # near miss: a relative "som" right after a comma opens a clause of what someone does, no role
    verb = "Ulla Brask takkede Gunnar Eskildsen, som træner ungdomsholdet om tirsdagen."
    assert people_roles(["Skifte", verb], "da")["Gunnar Eskildsen"] is None


def test_a_definite_role_in_a_later_sentence_is_the_one_person_named_before() -> None:
    named = "Efter sejren over Tjørnehøj samlede Vibeke Kragh holdet i hallen."
    later = "Bagefter afslørede cheftræneren, at hun havde lovet spillerne fri."
    assert people_roles(["Fri i weekenden", named, later], "da")["Vibeke Kragh"] == "cheftræneren"
    # near miss: two people named before, so the definite role may be either's
    pair = "Efter sejren over Tjørnehøj samlede Vibeke Kragh og Arne Bøgild holdet i hallen."
    roles = people_roles(["Fri i weekenden", pair, later], "da")
    assert roles["Vibeke Kragh"] is None and roles["Arne Bøgild"] is None


def test_a_definite_role_out_of_speech_is_the_person_named_before() -> None:
    named = "Efter sejren over Tjørnehøj samlede Vibeke Kragh holdet i hallen."
    later = "Bagefter pegede målmanden på, at forsvaret stod godt."
    assert people_roles(["Fri i weekenden", named, later], "da")["Vibeke Kragh"] == "målmanden"
    # near miss: the same noun inside quote marks is the speaker's word on anyone
    quoted = "»Bagefter pegede målmanden på, at forsvaret stod godt,« lyder det."
    assert people_roles(["Fri i weekenden", named, quoted], "da")["Vibeke Kragh"] is None

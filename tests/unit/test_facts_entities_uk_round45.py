"""English people, places and organisations, round 45: shapes an unseen check of British and Irish news pages
(business, politics, sport, tech and film copy; its half A) showed in two articles or more, each written again as
made-up sentences with made-up names, each with a near miss:

* an honour written after a name ("Jane Roe OBE", "Obi Nwankwa MBE") is no role and no body, and an officer's
  initials ("its new CTO") name no body either; a seat's letters ("Jane Roe MP") stay the office;
* the seats of the devolved parliaments (Holyrood, Stormont) are places, as Westminster is;
* "Tory" before the members and posts of the Conservatives ("Tory MPs") names the party;
* a body's capitalised name opening a person's role before a lower-case post ("Bright Harbour chief executive Tom
  Roe") is the person's employer, an organisation.
"""

from __future__ import annotations

from tests.unit.facts_helpers import local_roles, names_by_kind

# --- honours and officers' initials --------------------------------------------------------------------------------


def test_an_honour_after_the_name_is_no_role() -> None:
    roles = local_roles("The trust will work alongside its new chair, Marion Featherby OBE, from next spring.")
    role = roles.get("Marion Featherby") or ""
    assert "chair" in role and "OBE" not in role


def test_an_honour_after_an_unlisted_given_name_is_no_body_and_keeps_the_person() -> None:
    found = names_by_kind(
        [
            "Charity names leader",
            "Obiora Nwankwa MBE has been picked to run the hospice charity from March.",
            "Nwankwa previously ran two youth clubs in the north.",
        ]
    )
    assert "MBE" not in found["organisation"]
    assert any(p.endswith("Nwankwa") for p in found["person"])


def test_near_miss_the_letters_of_a_seat_stay_the_office() -> None:
    roles = local_roles("The bill was tabled by Gareth Lowrie MP after months of talks.")
    assert "MP" in (roles.get("Gareth Lowrie") or "")


def test_an_officers_initials_name_no_body() -> None:
    found = names_by_kind(
        [
            "Payments start-up hires bank veteran as new CTO",
            "The start-up, Quillon Pay, said the new CTO would join from a rival lender in June.",
        ]
    )
    assert "CTO" not in found["organisation"]


def test_near_miss_a_body_named_by_its_initials_stays_a_body() -> None:
    found = names_by_kind(
        ["Payments firm grows", "Shares in the payments group QPL rose 4 per cent after its results."]
    )
    assert "QPL" in found["organisation"]


# --- the devolved seats ----------------------------------------------------------------------------------------------


def test_the_seat_of_the_scottish_parliament_is_a_place() -> None:
    found = names_by_kind(
        [
            "Ministers face a vote",
            "Opposition members at Holyrood will try to force a vote on ferry contracts next week.",
        ]
    )
    assert "Holyrood" in found["place"]
    assert "Holyrood" not in found["person"] and "Holyrood" not in found["organisation"]


def test_the_seat_of_the_northern_ireland_assembly_is_a_place() -> None:
    found = names_by_kind(["Talks resume", "The parties met again at Stormont on Tuesday to discuss the budget."])
    assert "Stormont" in found["place"]


def test_near_miss_a_name_that_only_begins_like_a_seat_is_no_such_place() -> None:
    found = names_by_kind(["Talks resume", "The parties met again at Holyroodhouse Mews on Tuesday."])
    assert "Holyrood" not in found["place"]


# --- "Tory" -------------------------------------------------------------------------------------------------------


def test_tory_before_members_names_the_conservatives() -> None:
    found = names_by_kind(
        [
            "Rebels plan revolt",
            "Dozens of Tory backbenchers are ready to oppose the housing plan, whips fear.",
        ]
    )
    assert "Tory" in found["organisation"]


def test_near_miss_a_lower_case_tory_word_is_no_party() -> None:
    found = names_by_kind(["Rebels plan revolt", "The old toryish instincts of the shires came back, whips fear."])
    assert not any("tory" in o.lower() for o in found["organisation"])


# --- a body before a lower-case post ----------------------------------------------------------------------------------


def test_a_body_opening_a_role_is_the_employer() -> None:
    found = names_by_kind(
        [
            "Fibre demand grows",
            "Bright Harbour chief executive Oswin Pardoe said rural demand had doubled in a year.",
        ]
    )
    assert "Bright Harbour" in found["organisation"]
    assert "Bright Harbour" not in found["person"]


def test_near_miss_a_place_opening_a_role_is_no_employer() -> None:
    found = names_by_kind(
        ["Fibre demand grows", "Carlisle councillor Oswin Pardoe said rural demand had doubled in a year."]
    )
    assert "Carlisle" not in found["organisation"]


def test_near_miss_a_rank_word_opening_a_role_is_no_employer() -> None:
    found = names_by_kind(
        ["Club parts company with coach", "Sporting director Oswin Pardoe said the search would start at once."]
    )
    assert "Sporting" not in found["organisation"]


def test_near_miss_an_honour_won_is_no_employer() -> None:
    found = names_by_kind(["Festival line-up", "Brimley Prize winner Oswin Pardoe will open the festival."])
    assert "Brimley Prize" not in found["organisation"]


def test_near_miss_an_unlisted_ward_before_an_elected_office_is_no_employer() -> None:
    # The town no list holds still elects its councillor and mayor: no body's name, as "Bright Harbour chief
    # executive" is.
    found = names_by_kind(
        [
            "Ferry fares frozen",
            "Wendlow councillor Oswin Pardoe said the fares would not rise this year.",
            "Tresk mayor Ida Vane said the same of the town's buses.",
        ]
    )
    assert "Wendlow" not in found["organisation"]
    assert "Tresk" not in found["organisation"]


def test_near_miss_a_field_written_as_a_compound_opening_a_role_is_no_employer() -> None:
    found = names_by_kind(
        [
            "Broadband take-up grows",
            "E-government minister Oswin Pardoe said every form would be online by next year.",
            "Anti-fraud chief Ida Vane said the same of the tax office.",
            "Rolls-Royce chief executive Tom Quarvell said orders had doubled.",
        ]
    )
    assert not {"E-government", "Anti-fraud"} & set(found["organisation"])
    assert "Rolls-Royce" in found["organisation"]

"""Organisations, places and people, twenty-second round: classes found by reading real English news pages whole
(UK planning and council copy, central banks, UN and NGO releases, football transfers, UK and US courts, business
round-ups), each checked on made-up variants and look-alikes. Every name here is made up (well-known bodies and
places aside); no sentence of the pages is copied.
"""

from __future__ import annotations

from briefing_app.core.facts import Fact
from tests.unit.facts_helpers import facts_of


def _kind(paragraphs: list[str], kind: str) -> list[str]:
    return [f.text for f in facts_of(paragraphs, "en") if f.kind == kind]


def _orgs(sentence: str) -> list[str]:
    return _kind([sentence], "organisation")


def _headed(headline: str, paragraphs: list[str]) -> list[Fact]:
    """The facts of an article whose first sentence is its headline, as a page's text file gives it."""
    return facts_of([headline, *paragraphs], "en")


def test_a_secretary_of_state_and_the_portfolio_are_no_body() -> None:
    found = _orgs("Speaking to MPs, Jane Roe MP, Secretary of State for Leaving the European Union, said the talks "
                  "would go on.")
    assert found == ["European Union"]
    assert "Cabinet Office" in _orgs("John Doe, Minister of State for the Cabinet Office, said so.")
    for portfolio in ("Health", "Culture, Media and Sport", "Work and Pensions"):
        assert _orgs(f"The Secretary of State for {portfolio} met the Tolvik Arts Council.") == ["Tolvik Arts Council"]
    # the State Department is a body
    assert "Department of State" in _orgs("He wrote to the Department of State for an answer.")


def test_the_holder_of_an_office_over_a_place_is_no_region() -> None:
    text = ['The Counsel General for Wales, Anwen Prydderch, said: "We respect that decision."']
    assert "Anwen Prydderch" in _kind(text, "person")
    assert "Anwen Prydderch" not in _kind(text, "place")
    assert "Tegwen Morgan" not in _kind(["The Mayor of London, Tegwen Morgan, opened the bridge."], "place")
    # a region after a city is still read
    assert "Tuscany" in _kind(["He was born in Livorno, Tuscany, in 1950."], "place")


def test_a_word_that_only_ever_qualifies_a_thing_is_no_body() -> None:
    text = ["The Government appealed against the High Court Quexit ruling on Monday.",
            "If the appeal fails, their Quexit plans could be delayed by a year."]
    assert "Quexit" not in _kind(text, "organisation")
    headed = _headed("Government appeals Quexit ruling", ["The appeal adds to the Quexit mess, critics said.",
                                                         "Lawyers said the Quexit ruling was clear."])
    assert "Quexit" not in [f.text for f in headed if f.kind == "organisation"]
    # a firm's shares, staff or chief, or a name that acts, keeps it a body
    for text in (["Analysts said Zentrix shares were cheap.", "The fund bought Zentrix stock in May."],
                 ["Analysts said Zentrix plans to grow.", "The firm said Zentrix made a profit."],
                 ["The union said Zentrix staff would strike.", "A spokesman said Zentrix workers were paid."]):
        assert "Zentrix" in _kind(text, "organisation")


def test_common_words_joined_by_ampersand_in_a_headline_are_no_firm() -> None:
    headed = _headed("A New Contract & A New Principal", ["The board named an interim principal on Tuesday."])
    assert not [f.text for f in headed if f.kind == "organisation"]
    headed = _headed("Profits Up at Quillon & Marsh", ["The retailer said sales rose."])
    assert "Quillon & Marsh" in [f.text for f in headed if f.kind == "organisation"]


def test_a_title_between_a_body_and_its_persons_name_is_cut_off() -> None:
    found = _kind(["The library Board of Trustees President Tom Vasko is running unopposed."], "organisation")
    assert found == ["Board of Trustees"]
    assert _orgs("The Office of the Special Envoy said so.") == ["Office of the Special Envoy"]


def test_a_body_numbered_inside_its_name_keeps_the_number() -> None:
    found = _orgs("They are held in Tolvik Detention Center or in Brenna No. 2 Detention Center.")
    assert set(found) == {"Tolvik Detention Center", "Brenna No. 2 Detention Center"}


def test_an_owner_in_the_genitive_is_no_word_of_the_body_it_owns() -> None:
    assert _orgs("A panel will rule on the Government's Supreme Court challenge.") == ["Supreme Court"]
    assert _orgs("The Council's Planning Committee met on Monday.") == ["Planning Committee"]
    assert "Electoral Commission" in _orgs("Norway's Electoral Commission said so.")
    # a possessive that is a word of the name stays
    assert _orgs("The UN Children's Fund said so.") == ["UN Children's Fund"]
    assert "Queen's University" in _orgs("She studied at Queen's University in 1990.")


def test_a_law_named_by_the_body_that_makes_it_is_no_body() -> None:
    assert _orgs("The vote was provided for by an Act of Parliament.") == []
    assert _orgs("It needs an Act of the Tolvik Assembly.") == ["Tolvik Assembly"]
    assert "Law Society of Scotland" in _orgs("The Law Society of Scotland said so.")


def test_chains_and_brands_a_firm_operates_are_bodies_not_people() -> None:
    text = ["Harlow Dining, the company that operates Rosa Vane, Bella Marsh and Tom Finch, posted a profit."]
    assert {"Rosa Vane", "Bella Marsh", "Tom Finch"} <= set(_kind(text, "organisation"))
    assert not {"Rosa Vane", "Bella Marsh", "Tom Finch"} & set(_kind(text, "person"))
    text = ["Kessby Holdings, the owner of Dina Vale and Quill Street, said so."]
    assert "Dina Vale" in _kind(text, "organisation")
    # a person who owns things stays a person
    assert "Jane Roe" in _kind(["He said Jane Roe owns the shop.", "Jane Roe agreed."], "person")


def test_a_one_word_name_an_apposition_calls_a_club_or_firm() -> None:
    text = ["He moved permanently to Roma, the club with whom he spent last season on loan."]
    assert "Roma" in _kind(text, "organisation") and "Roma" not in _kind(text, "person")
    text = ["She joined Lucia, the firm which makes tiles, in 2001."]
    assert "Lucia" in _kind(text, "organisation")
    # a person's role in the apposition leaves the person
    assert "Maria" in _kind(["I spoke to Maria, the club secretary, on Monday."], "person")
    assert "Maria" in _kind(["He thanked Maria, a developer, on Monday."], "person")


def test_a_firms_short_name_before_its_legal_form_is_no_person() -> None:
    text = ["Shares of the retailer rose after it agreed to be bought by Elliot Partners Limited.",
            "Elliot bought a rival bookseller last year, and the deal with Elliot is due in June."]
    assert "Elliot" not in _kind(text, "person")


def test_housebuilders_named_by_a_name_and_their_trade() -> None:
    assert _orgs("The plans submitted by Cardew Homes are for 11 houses.") == ["Cardew Homes"]
    assert "Quarrell Developments" in _orgs("The site was bought by Quarrell Developments in May.")
    # common words and verbs' nouns before the trade name no firm
    assert _orgs("Nursing Homes in the area are full.") == []
    assert _orgs("The council wants more Affordable Homes built.") == []


def test_a_place_named_before_its_residents() -> None:
    text = ['One Raven Way resident said: "The meeting was just for show."']
    assert "Raven Way" in _kind(text, "place") and "Raven Way" not in _kind(text, "person")
    assert "Tolvik" in _kind(["More than 50 angry Tolvik residents left the meeting."], "place")
    # a faith or a people before "residents" is no place
    assert _kind(["Many Muslim residents left the town."], "place") == []
    assert "Somali" not in _kind(["Several Somali residents spoke."], "place")


def test_a_peoples_government_is_no_leaders_term() -> None:
    # "Welsh" is also a census family name: before "Government" it is the people's word
    assert "Welsh Government" in _orgs("The project is awaiting Welsh Government approval for the funds.")
    assert "Scottish Government" in _orgs("It needs Scottish Government money.")
    # a leader's family name before "Government" is still the leader's term
    assert "Harlow Government" not in _orgs("The Harlow Government fell in May, and President Harlow resigned.")


def test_hospitals_by_their_older_names_and_no_body_from_a_meeting() -> None:
    found = _orgs("Tolvik General Infirmary and St Brenna's Hospice have been struggling for months.")
    assert set(found) == {"Tolvik General Infirmary", "St Brenna's Hospice"}
    assert _orgs("She spoke at the Tolvik Health Board's AGM last week.") == ["Tolvik Health Board"]


def test_a_place_with_a_bare_possessive_after_a_job_is_no_employer() -> None:
    text = ["The finance director of South Wales’ ambulance service spoke on Monday."]
    assert "South Wales’" not in _kind(text, "organisation")
    assert "South Wales" not in _kind(text, "organisation")


def test_an_english_word_in_capitals_is_no_acronym() -> None:
    text = ["We have to face the other side now.", "Thank you, and COURAGE to ALL of us."]
    assert "ALL" not in _kind(text, "organisation")
    # said once, an acronym that spells a word is still a body when it acts, owns or takes "the"
    assert "PACE" in _orgs("It backed the PACE's Resolution 1728 on rights.")
    assert "NICE" in _orgs("The drug was cheap, NICE said on Monday.")

"""English organisations and places, round 30: shapes that recurred on real news pages (Irish and British council
and parliament copy, London market reports, Canadian provincial politics, Australian police releases), written again
with made-up names and sentences, each with near misses that must keep their old reading."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def _kinds(text: str, kind: str) -> list[str]:
    return [f.text for f in facts_of(["Headline", text], "en") if f.kind == kind]


def _orgs(text: str) -> list[str]:
    return _kinds(text, "organisation")


def _places(text: str) -> list[str]:
    return _kinds(text, "place")


def _people(text: str) -> list[str]:
    return _kinds(text, "person")


# --- a party named by its member's title before the member's full name -------------------------------------------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Clann Tolva councillor Jane Roe said the plan was wrong.", "Clann Tolva"),
        ("Northside Clann Tolva councillor Jane Roe said the plan was wrong.", "Clann Tolva"),
        ("Clann Tolva councillor for Kessby North, Jane Roe, said the plan was wrong.", "Clann Tolva"),
        ("Democratic Harbour Party MLA Jane Roe said the plan was wrong.", "Democratic Harbour Party"),
        ("Alliance MLA Jane Roe said the plan was wrong.", "Alliance"),
    ],
)
def test_party_before_a_members_title(text: str, party: str) -> None:
    assert party in _orgs(text)
    assert "Jane Roe" in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kessby councillor Jane Roe said the plan was wrong.",  # a town no list holds
        "Independent councillor Jane Roe said the plan was wrong.",  # a stance
        "Local MSP Jane Roe said the plan was wrong.",  # a common word
        "Irish MEP Jane Roe said the plan was wrong.",  # a nationality
        "Former MP Jane Roe said the plan was wrong.",
        "Kessby Mayor Jane Roe said the plan was wrong.",  # an office, no member's title
        "John Doe MP, Paymaster General, said the plan was wrong.",  # a post-nominal
    ],
)
def test_no_party_before_a_members_title(text: str) -> None:
    assert _orgs(text) == []


def test_a_foreign_partys_name_ends_before_the_members_title() -> None:
    text = "Sinn Féin TD Jane Roe raised the issue."
    assert _orgs(text) == ["Sinn Féin"]
    assert "Jane Roe" in _people(text)


# --- a listed firm named by the move of its shares -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Tolvane rose 6.7p to 251.8p after the group said trading was in line.", "Tolvane"),
        ("There was speculation around iron ore specialist Marrowick, up 14.4p to 195.4p.", "Marrowick"),
        ("Buying lifted hedge fund Brennock Group 70p to 1845p.", "Brennock Group"),
        ("The talk helped lift Dorvale 44p to £19.06.", "Dorvale"),
        ("Shares in Halmont Foods fell 3% on Monday.", "Halmont Foods"),
        ("Kessling shares jumped 8% after the results.", "Kessling"),
    ],
)
def test_firm_named_by_its_share_price(text: str, firm: str) -> None:
    assert firm in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Profits rose 5p a share.",  # a common word
        "Jane Roe lost 5p on the deal.",  # a person
        "Brent crude rose 2% to $80 a barrel.",  # a price in dollars: a commodity as often as a firm
        "The pound rose 0.5 cents to $1.25.",
    ],
)
def test_no_firm_without_a_share_move(text: str) -> None:
    assert _orgs(text) == []


# --- a listed firm's name that is the family name of a person named in full --------------------------------------


def test_family_name_of_a_person_is_no_firm() -> None:
    facts = facts_of(
        ["Headline", "Premier Jane Ford said the cut was needed.", "Ford's legislation has passed, councillors said."]
    )
    assert "Ford" not in [f.text for f in facts if f.kind == "organisation"]


def test_firm_named_like_a_person_with_a_firms_members_stays() -> None:
    facts = facts_of(["Headline", "Jane Ford met the union.", "Ford's chief executive said the plant would close."])
    assert "Ford" in [f.text for f in facts if f.kind == "organisation"]


# --- towns listed after a preposition of place -------------------------------------------------------------------


def test_towns_listed_after_in_are_places_not_firms_with_towns() -> None:
    text = "Warrants were executed in Capalaba, Marrowvale, Ipswich, Dorrington and Helensvale, police said."
    assert not {"Marrowvale", "Dorrington"} & set(_orgs(text))
    assert {"Marrowvale", "Dorrington"} <= set(_places(text))


def test_towns_listed_after_a_plural_kind_of_place() -> None:
    text = "It cancels elections in the regional municipalities of Marrowvale, Dorrington, Ipswich and Norwich outside Kessby."
    assert {"Marrowvale", "Dorrington"} <= set(_places(text))


def test_firms_with_their_towns_stay_firms() -> None:
    text = "Contracts went to Brennock Dynamics of Tulsa, Marlow Robotics of Fresno and others."
    assert {"Brennock Dynamics", "Marlow Robotics"} <= set(_orgs(text))


# --- Danish: a body in the genitive, a district court by its town, a paper named after its region ----------------


def _da(text: str, kind: str) -> list[str]:
    return [f.text for f in facts_of(["Overskrift", text], "da") if f.kind == kind]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Det oplyser Nordjyllands Politis vagtchef Jens Hansen.", "Nordjyllands Politi"),
        ("Han sidder i Midt- og Vestjyllands Politis kredsråd.", "Midt- og Vestjyllands Politi"),
        ("Aalborg Kommunes borgmester Jens Hansen siger, at det er godt.", "Aalborg Kommune"),
        ("Manden blev idømt et års fængsel ved Retten i Viborg.", "Retten i Viborg"),
        ("Det skriver avisen Danmark.", "Danmark"),
        ("Det skriver Dagbladet Holstebro.", "Dagbladet Holstebro"),
    ],
)
def test_danish_bodies(text: str, body: str) -> None:
    assert body in _da(text, "organisation")


def test_danish_near_misses() -> None:
    assert "Aalborg Pirates" in _da("Aalborg Pirates vandt i aftes.", "organisation")  # a name ending in s
    assert _da("Retten i går var fuld.", "organisation") == []  # no town after the court
    assert _da("Hun spiller for klubben Aalborg.", "organisation") == []  # a club's kind before a town
    assert "Vestjylland" not in _da("Han sidder i Midt- og Vestjyllands Politis kredsråd.", "place")


# --- a town no list holds, beside a known place ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Protests were held in London and Tolvik on Monday.", "Tolvik"),
        ("The fire started in Kessbyton near Leeds on Monday.", "Kessbyton"),
    ],
)
def test_town_beside_a_known_place(text: str, town: str) -> None:
    assert town in _places(text)


@pytest.mark.parametrize(
    "text",
    [
        "He worked in London and Reuters hired him.",  # a known body
        "She lived in Paris and Smith said so.",  # a family name
        "Growth in Greece and Homer's Odyssey were the themes.",  # a work, in the genitive
    ],
)
def test_no_town_beside_a_known_place(text: str) -> None:
    assert not set(_places(text)) - {"London", "Paris", "Greece"}


def test_danish_town_beside_a_known_place() -> None:
    assert "Tolvby" in _da("Arbejdet i Nuuk og Tolvby fortsætter.", "place")
    assert "Tolvby" in _da("Ulykken skete i Tolvby ved Silkeborg.", "place")
    assert _da("Han bor i Aalborg og Jens Hansen i Aarhus.", "place") == ["Aalborg", "Aarhus"]


# --- South Asian wire datelines: the agency in brackets before a colon, the town in title case -------------------


@pytest.mark.parametrize(
    ("text", "agency", "place"),
    [
        ("Kessbury [UK], May 31 (ANI): The club chairman said the deal was done.", "ANI", "UK"),
        ("NEW DELHI, May 31 (PTI): The government said it would act.", "PTI", "NEW DELHI"),
        ("Kolkata, Jan 5 (IANS) The government said it would act.", "IANS", "Kolkata"),
    ],
)
def test_wire_datelines(text: str, agency: str, place: str) -> None:
    assert agency in _orgs(text)
    assert place in _places(text)


def test_no_agency_without_a_dateline() -> None:
    assert _orgs("On Friday, May 31 (MSFT) shares rose.") == []


# --- plain bugs of the second batch: a genitive after "People for", a list opened by "including", an employer ----


def test_people_for_a_genitive_is_no_group() -> None:
    text = "Officials for Ruritania's highest court said the judges will decide."
    assert _orgs(text) == []
    assert "Parents Against Noise" in _orgs("Parents Against Noise said the plan was wrong.")


def test_city_named_like_a_given_name_in_a_list_opened_by_including() -> None:
    text = "Police arrested 100 people in eight provinces, including Cairo and Alexandria, the groups said."
    assert "Alexandria" in _places(text)
    assert "Alexandria Smith" in _people("Guests including Jane Doe and Alexandria Smith came.")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Jane Roe is an Advocacy Intern at KRDF.", "KRDF"),
        ("Jane Roe, who works at KRDF, said so.", "KRDF"),
    ],
)
def test_acronym_of_an_employer(text: str, body: str) -> None:
    assert body in _orgs(text)


def test_acronym_after_at_without_a_job_is_no_body() -> None:
    assert _orgs("Jane Roe, who was at BBQ with friends, said so.") == []


# --- round-28 dev shapes: a club named by a town that is also a given name, a channel, a race named by a sponsor ---


def test_team_named_by_a_town_that_is_a_given_name() -> None:
    text = "On Sunday, the Denver Mustangs defeated the Carolina Otters in the final by a score of 24–10."
    assert {"Denver Mustangs", "Carolina Otters"} <= set(_orgs(text))
    assert "Florence Williams" in _people("Florence Williams said the plan was wrong.")


def test_channel_a_programme_airs_on() -> None:
    assert "KRT" in _orgs("The final will air on KRT at 1:00 PM.")


def test_sponsors_address_before_a_number_names_a_race() -> None:
    assert _orgs("The next race, the Tolvbowl.com 400, is held on August 3.") == []
    assert "Tolvbowl.com" in _orgs("Visit Tolvbowl.com for tickets.")


def test_protected_land_named_with_its_kind() -> None:
    assert "Kessby National Park" in _places("Rangers at Kessby National Park said the fire was out.")
    assert "Kessby National Park Service" in _orgs("The Kessby National Park Service said the trail was closed.")


# --- third batch: journals, a double name glued to a place, a clause after a site's name, a titled person -------


@pytest.mark.parametrize(
    ("text", "journals"),
    [
        ("The findings, published in Tolvmetrics, show a decline.", {"Tolvmetrics"}),
        ("It found 62% in studies published in Nature and Science, two prestigious journals.", {"Nature", "Science"}),
        ("It was published in the journal Proceedings of the Kessby Academy on Monday.", {"Proceedings of the Kessby Academy"}),
    ],
)
def test_journal_a_study_was_published_in(text: str, journals: set[str]) -> None:
    assert journals <= set(_orgs(text))


@pytest.mark.parametrize(
    "text",
    ["The book was published in London in 1990.", "The report was published in English and French.",
     "The study was published in March."],
)  # fmt: skip
def test_no_journal_after_published_in(text: str) -> None:
    assert _orgs(text) == []


def test_place_glued_to_a_double_name_is_no_place() -> None:
    assert "Bristol" not in _places("The likes of Bristol-Myers and Halmont have been touted as buyers.")
    assert _places("Serra-Garcia analysed how often studies were cited.") == []
    assert "U.S." in _places("U.S.-Turkish relations have been strained recently.")


def test_site_name_ends_before_a_clause() -> None:
    text = "It accused the agency of blocking the social networking website Facebook before it was re-opened."
    assert _orgs(text) == ["Facebook"]


def test_titled_person_of_a_body_in_the_genitive_is_no_body() -> None:
    text = "Dr Jane Roe of the University's Institute for Kessby Studies, who led the study, said it."
    assert not any(o.startswith("Dr") for o in _orgs(text))


# --- fourth batch (health boards, courts): an area body named by two places, a judge of a court, a law ----------


def test_body_of_an_area_named_by_two_places() -> None:
    text = "Since then, Kessby and Vale Health Board has seen the number rise."
    assert _orgs(text) == ["Kessby and Vale Health Board"]
    assert "VietJet Air" in _orgs("The airline opened a service to Osaka and VietJet Air adding flights.")


def test_judge_of_a_court_is_no_body() -> None:
    text = "Justice Jane Roe of the Federal High Court issued an interim injunction."
    assert _orgs(text) == ["Federal High Court"]
    assert "Justice Department" in _orgs("Jane Roe, head of the Justice Department's Civil Division, said it.")


def test_law_named_after_a_body_is_no_body() -> None:
    assert _orgs("It was unlawful under the Advertising Council of Ruritania Act 2022.") == []


def test_acronym_before_a_partys_people_is_a_body() -> None:
    assert "KDP" in _orgs("The protests by opposition KDP politicians forced the speaker to act.")
    assert _orgs("The UK government said so.") == []


def test_acronym_in_the_plural_is_a_class_no_body() -> None:
    assert _orgs("Directives were sent to ISPs in several parts of the country.") == []


def test_listed_party_before_a_members_title_is_one_body() -> None:
    text = "The committee has one Lib Dem member. Lib Dem Cllr Jane Roe declared an interest."
    assert _orgs(text).count("Lib Dem") == 1


def test_no_firm_from_a_name_opened_by_a_word_with_a_digit() -> None:
    assert "Milk" not in _orgs("Global marketer a2 Milk plunged 67c to $4.68, while Tolvane declined 24c to $8.15.")
    assert "Tolvane" in _orgs("Global marketer a2 Milk plunged 67c to $4.68, while Tolvane declined 24c to $8.15.")

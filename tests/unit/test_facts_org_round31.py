"""English and Danish organisations and places, round 31: shapes that recurred on real news pages (British and
Nigerian football transfer copy, Danish business news), written again with made-up names and sentences, each with
near misses that must keep their old reading."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def _kinds(paragraphs: list[str], kind: str, language: str = "en") -> list[str]:
    return [f.text for f in facts_of(["Headline", *paragraphs], language) if f.kind == kind]


# --- the club a signed player leaves, after a long description of the player -------------------------------------


@pytest.mark.parametrize(
    ("text", "club"),
    [
        (
            "Harwick Rovers have signed Ruritania international attacking midfielder Jon Pellow from Quarvello, "
            "the club said on Friday.",
            "Quarvello",
        ),
        (
            "Harwick Rovers announced the signing of Ruritanian midfielder, Jon Pellow, from Quarvello, following "
            "the club's relegation.",
            "Quarvello",
        ),
        (
            "Harwick Rovers have signed under-18 attacking midfielder Jon Pellow from League Two (fourth division) "
            "Quarvello Athletic, the club said.",
            "Quarvello Athletic",
        ),
        ("Harwick Rovers signed defender Jon Pellow from Championship side Quarvello on Friday.", "Quarvello"),
    ],
)
def test_the_club_a_signed_player_leaves_is_an_organisation(text: str, club: str) -> None:
    assert club in _kinds([text], "organisation")


def test_a_town_a_signed_player_leaves_is_the_club_not_the_place() -> None:
    paragraphs = [
        "Harwick Rovers announced the signing of Ruritanian midfielder, Jon Pellow, from Southampton on Friday.",
        "Pellow made 40 appearances, scoring four goals, and the striker joins after a 3-0 defeat in the league.",
    ]
    assert "Southampton" in _kinds(paragraphs, "organisation")
    assert "Southampton" not in _kinds(paragraphs, "place")


@pytest.mark.parametrize(
    "text",
    [
        # a signing that is no transfer: a deal, a treaty, autographs; no position names a player
        "The minister signed the agreement with officials from Quarvello on Friday.",
        "The company signed a supply deal with a firm from Quarvello.",
        "He signed autographs for fans from Quarvello after the concert.",
    ],
)
def test_other_signings_name_no_club(text: str) -> None:
    assert "Quarvello" not in _kinds([text], "organisation")


def test_a_side_after_a_result_told_as_a_noun_is_no_place() -> None:
    paragraphs = [
        "The striker scored twice but Harwick Rovers lost their opening three games of the season.",
        "They include a 3-0 defeat to newly promoted Sunderland and a semi-final exit in the cup.",
        "The midfielder said the club would recover.",
    ]
    assert "Sunderland" not in _kinds(paragraphs, "place")


def test_a_town_after_travel_to_stays_a_place() -> None:
    paragraphs = [
        "The striker scored twice in the semi-final and the midfielder was injured.",
        "The squad will travel to Sunderland on Friday for a training camp before kick-off.",
    ]
    assert "Sunderland" in _kinds(paragraphs, "place")


# --- Danish: a body after an article, adjectives and its kind in the indefinite form ------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Den danske stenuldproducent Tolvaro går i rette med styrelsen.", "Tolvaro"),
        ("Det norske rederi Halvby Shipping har købt tre skibe.", "Halvby Shipping"),
        ("Den store svenske møbelkæde Vestra åbner et varehus.", "Vestra"),
    ],
)
def test_danish_body_after_its_indefinite_kind(text: str, body: str) -> None:
    assert body in _kinds([text], "organisation", "da")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Som producent har Jens Ravn lavet mange film.", "Jens Ravn"),  # no article: a bare noun
        ("Den danske klub Aalborg vandt i går.", "Aalborg"),  # a town the place finder reads
        ("En forening Jens Ravn stiftede, er lukket.", "Jens Ravn"),  # a person after the noun
    ],
)
def test_danish_indefinite_kind_near_misses(text: str, absent: str) -> None:
    assert absent not in _kinds([text], "organisation", "da")


# --- a body's name after its owner's name in the possessive -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        ("Media mogul Peter Hallam's Tolvik News Group bought the paper.", "Tolvik News Group", "Peter Hallam"),
        (
            "Lifeframe is teaming with Peter Hallam's Quarry Entertainment to make three films.",
            "Quarry Entertainment",
            "Peter Hallam",
        ),
    ],
)
def test_a_body_after_its_owners_possessive(text: str, body: str, person: str) -> None:
    assert body in _kinds([text], "organisation")
    assert person in _kinds([text], "person")


def test_a_name_whose_possessive_is_its_own_stays_whole() -> None:
    assert "McDonald's Corporation" in _kinds(["She worked at McDonald's Corporation offices."], "organisation")


# --- miners, explorers, a bid's target and a group's part, by their kind before the name --------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The worst performer was gold explorer Quarvo Metals, which fell 29 per cent.", "Quarvo Metals"),
        ("The index was paced by a rebound in takeover target Brevanta.", "Brevanta"),
        ("The government entity QLTC holds 3.33% of the shares.", "QLTC"),
        ("Shares in lithium miner Quarvo rose 4 per cent.", "Quarvo"),
    ],
)
def test_a_body_after_a_kind_in_market_copy(text: str, body: str) -> None:
    assert body in _kinds([text], "organisation")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Polar explorer Jane Hallam set off on Monday.", "Jane Hallam"),
        ("The coal miner John Hale died in 1984.", "John Hale"),
        ("The gunmen's target Ann Lee survived the attack.", "Ann Lee"),
    ],
)
def test_a_person_after_a_kind_a_person_has_too(text: str, person: str) -> None:
    assert person not in _kinds([text], "organisation")


# --- a group's parts listed after "include"; a body given after its kind and a comma --------------------------------


def test_subsidiaries_listed_after_include() -> None:
    text = "The group's subsidiaries include Quarvo Industries, Tolvik Harbour, Brevanta Marine and Quellco."
    orgs = _kinds([text], "organisation")
    assert {"Quarvo Industries", "Tolvik Harbour", "Brevanta Marine", "Quellco"} <= set(orgs)


def test_a_club_named_by_a_district_after_its_kind_and_a_comma() -> None:
    assert "West Ham" in _kinds(["Premier League club, West Ham, has announced the signing."], "organisation")


def test_a_party_after_its_kind_and_a_comma() -> None:
    assert "PDQ" in _kinds(["The opposition party, PDQ, has rejected the claim."], "organisation")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("At the party, Jane Roe said hello to the guests.", "Jane Roe"),
        ("Outside the club, Tom Hale and Ann Lee waited.", "Tom Hale"),
    ],
)
def test_a_person_after_a_kind_and_a_comma_is_no_body(text: str, person: str) -> None:
    assert person not in _kinds([text], "organisation")


# --- a party named by its spokesperson's title, or by its initials before a member's title ------------------------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Clann Tolva spokesman Dr Jane Roe told the House.", "Clann Tolva"),
        ("Clann Tolva spokeswoman on health Ann Lee said the plan had failed.", "Clann Tolva"),
        ("The group belonging to PDQ MP Tom Hale's family has built a hospital.", "PDQ"),
    ],
)
def test_a_party_before_its_spokesperson_or_member(text: str, party: str) -> None:
    assert party in _kinds([text], "organisation")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Hallam spokesman Tom Hale said no.", "Hallam"),  # a politician's spokesman
        ("Jane Hallam spokesman Tom Hale said no.", "Jane Hallam"),
        ("UK MP Jane Roe said no.", "UK"),  # a country, no party
    ],
)
def test_a_persons_spokesman_names_no_party(text: str, absent: str) -> None:
    assert absent not in _kinds([text], "organisation")


def test_a_body_before_its_spokesman_is_read_whole() -> None:
    text = "White House Tolvik Security Council spokesman Tom Hale called for restraint."
    assert "Security Council" not in _kinds([text], "organisation")


# --- a panel that rules; a town spelt like a given name before "-based" ---------------------------------------------


def test_a_panel_ends_a_bodys_name() -> None:
    text = "The group has until Wednesday to make an offer under Tolvik Takeover Panel rules."
    assert "Tolvik Takeover Panel" in _kinds([text], "organisation")


def test_a_town_spelt_like_a_given_name_before_based_is_a_place() -> None:
    assert "Sydney" in _kinds(["Nuplex said the Sydney-based chemicals maker had gained clearance."], "place")


def test_a_given_name_before_a_family_name_is_no_place() -> None:
    assert "Sydney" not in _kinds(["Sydney Hallam said the plan had failed."], "place")


# --- a list of places before their plural kind ("... and Wajir counties") -----------------------------------------


def test_places_listed_before_their_plural_kind() -> None:
    text = (
        "The notice said the affected companies are in Nairobi, Mombasa, Kessvale, Tolvanga, Brenmoor and "
        "Harwicka counties."
    )
    places = _kinds([text], "place")
    assert {"Kessvale", "Tolvanga", "Brenmoor", "Harwicka"} <= set(places)
    assert not {"Kessvale", "Tolvanga", "Brenmoor", "Harwicka"} & set(_kinds([text], "organisation"))


def test_people_listed_with_towns_stay_people() -> None:
    text = "The notice was signed in Nairobi, Mombasa and Kisumu by Jane Roe, Tom Hale, Ann Lee and Sam Ward."
    assert "Jane Roe" not in _kinds([text], "place")


# --- a body named once in a list beside bodies already found -------------------------------------------------------


def test_a_coined_name_listed_beside_found_bodies_is_a_body() -> None:
    text = "The ride-hailing service is backed by SoftBank, Alibaba, Tencent, Quelvo, Apple and Sina Weibo."
    assert "Quelvo" in _kinds([text], "organisation")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a product by its model's designator, a person by a given name
        ("Ubisoft, Microsoft and Quelvo VR all had large stands at the fair.", "Quelvo VR"),
        ("Shares were sold by SoftBank, Alibaba, Jane Roe and Apple.", "Jane Roe"),
    ],
)
def test_list_mates_near_misses(text: str, absent: str) -> None:
    assert absent not in _kinds([text], "organisation")


# --- small shapes: a family name ending a firm's name after its kind, a sum's scale word, a marketplace, a shop ---


def test_a_firm_after_its_kind_and_a_comma_may_end_in_a_family_name() -> None:
    text = "The disclosure that a private firm, Tolvik Green, was being set up has taken a new turn."
    assert "Tolvik Green" in _kinds([text], "organisation")


def test_a_person_after_a_firm_and_a_comma_stays_a_person() -> None:
    assert "Jane Green" not in _kinds(["At the firm, Jane Green, said no."], "organisation")


def test_a_sums_scale_word_is_no_word_of_a_body() -> None:
    orgs = _kinds(["The Ksh 800 Million Tolvik Bank-funded market will be ready in six months."], "organisation")
    assert "Million Tolvik Bank" not in orgs


def test_a_marketplace_before_its_name() -> None:
    assert "Quelvo" in _kinds(["Manufacturing services marketplace Quelvo floated this week."], "organisation")


def test_danish_shop_after_its_kind() -> None:
    assert "Tolvmark" in _kinds(
        ["Politiet kom ikke til indbruddet hos byggemarkedet Tolvmark i går."], "organisation", "da"
    )


# --- a possessive that opens a body's name and is its own word ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The season starts with the Women's Tolvik Basketball League in October.", "Women's Tolvik Basketball League"),
        (
            "The department learned Ben’s Quarry Operations WV LLC had informed the workers.",
            "Ben’s Quarry Operations WV LLC",
        ),
    ],
)
def test_a_possessive_that_is_the_bodys_own_word(text: str, body: str) -> None:
    assert body in _kinds([text], "organisation")


def test_a_leaders_possessive_is_no_word_of_the_party() -> None:
    orgs = _kinds(["Hallamby's United Harbour Freedom Alliance won the vote."], "organisation")
    assert "United Harbour Freedom Alliance" in orgs


# --- a utility by its trade; parties inside a coalition's hyphenated name; places listed before "and" a verb --------


def test_a_utility_before_its_name() -> None:
    text = "The mayor took power utility Quelvo to task over prolonged power cuts."
    assert "Quelvo" in _kinds([text], "organisation")


def test_parties_inside_a_coalitions_hyphenated_name() -> None:
    text = "Residents suffer because of the ineptitude of the PDQ-EFX-ActionQ coalition in the city, she said."
    assert {"PDQ", "EFX", "ActionQ"} <= set(_kinds([text], "organisation"))


@pytest.mark.parametrize(
    "text",
    [
        "The Russia-Ukraine deal was signed on Monday.",  # countries, no parties
        "The Franco-German pact was signed on Monday.",  # peoples
        "The Tolvik-Harbour route reopened on Monday.",  # no pact after the name
    ],
)
def test_hyphenated_names_that_are_no_coalition(text: str) -> None:
    orgs = _kinds([text], "organisation")
    assert not {"Russia", "Ukraine", "Franco", "German", "Tolvik", "Harbour"} & set(orgs)


def test_places_listed_before_and_a_verb() -> None:
    text = "Locals threatened councillors from Soweto, Diepsloot, Ivory Park and Quelmoor Farm and vandalised homes."
    assert "Quelmoor Farm" in _kinds([text], "place")


def test_a_danish_body_in_the_genitive_is_the_bare_name() -> None:
    paragraphs = ["Kevin Holm siger til Tolvbys hjemmeside, at det gik godt.", "Tolvby vandt kampen 2-1."]
    orgs = _kinds(paragraphs, "organisation", "da")
    assert "Tolvbys" not in orgs


# --- sides of a match: a result told as a noun, a switch of clubs, Gaelic games, Danish "mod X" ---------------------


def test_clubs_in_gaelic_games_copy() -> None:
    paragraphs = [
        "The All-Ireland hurling final sees Quelvane take on Brackmore at 3pm, with throw-in at Croke Park.",
        "Former Brackmore player Tom Hale switched to Quelvane after the semi-final last season.",
        "This is their second final appearance after their heartbreaking 2015 defeat to Tullavore.",
    ]
    orgs = _kinds(paragraphs, "organisation")
    assert {"Quelvane", "Tullavore"} <= set(orgs)


def test_a_result_noun_keeps_new_of_a_place() -> None:
    paragraphs = [
        "The striker scored twice in the semi-final and the goalkeeper was injured in the playoffs.",
        "News spread after the Washington Capitals' 2-1 loss to the New York Rangers on Sunday.",
    ]
    assert "York Rangers" not in _kinds(paragraphs, "organisation")


def test_danish_sides_after_mod() -> None:
    paragraphs = [
        "Tolvby tabte for fire dage siden 0-2 mod Kessvig efter en ujævn indsats i Superligaen.",
        "Cheftræner Jens Holm glæder sig til kampen mod Brenvik på udebane.",
    ]
    orgs = _kinds(paragraphs, "organisation", "da")
    assert {"Kessvig", "Brenvik"} <= set(orgs)


def test_danish_player_beaten_is_no_club() -> None:
    paragraphs = [
        "Badmintonspilleren Anna Lund slog Viktor Holm i kvartfinalen og møder nu Jens Ravn i semifinalen.",
        "Cheftræneren var glad for sejren på udebane i Superligaen.",
    ]
    assert "Viktor Holm" not in _kinds(paragraphs, "organisation", "da")


# --- Danish town lists with "og", a Danish body in the genitive of two words, a list before its plural kind ---------


def test_danish_small_towns_listed_after_i() -> None:
    text = "Få dage efter blev ledelsen for hospitalerne i Viborg, Silkeborg, Hammel og Skive afskediget."
    assert {"Hammel", "Skive"} <= set(_kinds([text], "place", "da"))


def test_danish_two_word_body_in_the_genitive() -> None:
    paragraphs = ["Region Tolvland har fyret tre direktører.", "Han blev fyret af Region Tolvlands regionsråd."]
    orgs = _kinds(paragraphs, "organisation", "da")
    assert "Region Tolvlands" not in orgs
    assert "Region Tolvland" in orgs


def test_bodies_listed_before_their_plural_kind() -> None:
    text = "The Harbourton-based owner of Quelvo Direct, Brannocks and Tillets retail chains reported a profit rise."
    assert {"Quelvo Direct", "Brannocks", "Tillets"} <= set(_kinds([text], "organisation"))


def test_places_listed_before_a_plural_kind_stay_places() -> None:
    orgs = _kinds(["She visited London, Paris and Rome companies last week."], "organisation")
    assert not {"London", "Paris", "Rome"} & set(orgs)


def test_a_reporting_period_is_no_word_of_a_body() -> None:
    paragraphs = ["Harbourton sofa firm Quelco H1 revenue tops 160m", "Quelco Group said its revenue rose 1.8%."]
    assert "Quelco H1" not in _kinds(paragraphs, "organisation")

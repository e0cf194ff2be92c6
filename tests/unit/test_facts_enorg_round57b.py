"""Business copy (round 57, wave 2, invented copy): a firm named after its country in the genitive or after a
"<Town>-based" compound; the place is no word of the firm's name."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def found(*sentences: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {"organisation": set(), "person": set(), "place": set()}
    for fact in facts_of(list(sentences)):
        if fact.kind in out:
            out[fact.kind].add(fact.text)
    return out


def test_a_country_in_the_genitive_is_no_word_of_a_firm() -> None:
    # org_names._place_owner_words
    facts = found("The firm, partly owned by Norway's Telvora, posted a 4% rise in sales on Monday.")
    assert "Telvora" in facts["organisation"]
    assert "Norway's Telvora" not in facts["organisation"]
    assert "Norway" in facts["place"]
    facts = found("Analysts expect South Africa's Kessbyn Group to cut 300 jobs this year.")
    assert "Kessbyn Group" in facts["organisation"]


def test_a_genitive_that_is_no_place_or_tells_a_kind_of_body_apart_stays() -> None:
    facts = found("Students at King's College in Tolvik voted to strike for 3 days.")
    assert "King's College" in facts["organisation"]
    facts = found("Officials at Ruritania's Trade Ministry said exports rose by 2%.")
    assert "Telvora" not in facts["organisation"]
    assert not {o for o in facts["organisation"] if o.startswith("Trade Ministry")} - {"Trade Ministry"}


def test_a_town_based_compound_before_a_paper_is_no_word_of_its_name() -> None:
    # org_names.clean_org: two words, the compound and the paper's one word
    facts = found("Talks went on with Fernhill, owner of the Leeds-based Courier, about a joint venture.")
    assert "Leeds-based Courier" not in facts["organisation"]
    facts = found("Talks went on with Fernhill, owner of the Leeds-based Dunmore, about a joint venture.")
    assert "Dunmore" in facts["organisation"]


def test_a_kind_of_body_after_a_compound_is_not_left_alone() -> None:
    facts = found("Jets of the Saudi-led Coalition struck 2 bridges, witnesses said.")
    assert "Coalition" not in facts["organisation"]


def test_shares_in_two_firms_joined_by_and_are_two_firms() -> None:
    # org_share_movers._pair: the part before "and" ends with a firm's word after a name of its own
    orgs = found("Shares in Dunmore Stores and Kelvin Bank fell 2% on Friday.")["organisation"]
    assert {"Dunmore Stores", "Kelvin Bank"} <= orgs
    assert "Dunmore Stores and Kelvin Bank" not in orgs


def test_shares_in_one_firm_with_and_in_its_name_stay_one() -> None:
    assert "Marks and Roe" in found("Shares in Marks and Roe fell 2% on Friday.")["organisation"]
    orgs = found("Shares in Bank of Tolvik and Kessby fell 2% on Friday.")["organisation"]
    assert "Bank of Tolvik and Kessby" in orgs

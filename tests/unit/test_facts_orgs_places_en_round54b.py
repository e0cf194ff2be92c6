"""UK and Irish home-news and entertainment copy (round 54, wave 2, invented copy): bodies whose names are long or
carry a place, and places that are parts of bodies' names."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def kinds(*sentences: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {"organisation": set(), "place": set()}
    for fact in facts_of(list(sentences)):
        if fact.kind in out:
            out[fact.kind].add(fact.text)
    return out


def test_an_nhs_trust_named_by_two_areas_is_one_body() -> None:
    # six words before the last word "Trust" (orgs.EN_TAIL_RUN held five: the name was cut at "Foundation" and its
    # areas were read as places)
    found = kinds("Mary Tolbin, who runs the West Kent and North Sussex NHS Foundation Trust, spoke on Monday.")
    assert "West Kent and North Sussex NHS Foundation Trust" in found["organisation"]
    assert "West Kent" not in found["place"]


def test_a_shorter_trust_and_two_bodies_unchanged() -> None:
    assert "Barnsley Hospital NHS Foundation Trust" in kinds(
        "Mary Tolbin, chief executive of the Barnsley Hospital NHS Foundation Trust, spoke on Monday."
    )["organisation"]
    found = kinds("The Kessby Trust and the Harbour Foundation gave money on Monday.")["organisation"]
    assert {"Kessby Trust", "Harbour Foundation"} <= found


def test_an_outlets_british_edition_keeps_its_uk() -> None:
    # org_national_arms_en: "UK" after the outlet's name and before a mark is the edition's name, not the country
    found = kinds('Asked on Friday whether she agreed, Tolbin told HuffPost UK: "I do not."')
    assert "HuffPost UK" in found["organisation"]
    assert "UK" not in found["place"]


def test_uk_opening_a_noun_phrase_stays_the_country() -> None:
    found = kinds("Mary Tolbin told Reuters UK officials were wrong about the plan.")
    assert "UK" in found["place"]
    assert "Reuters" in found["organisation"]


def test_an_honour_in_capitals_is_no_body() -> None:
    # org_acronyms: a repeated acronym before "-winning"/"winner" names the prize; people_employers: nor is it the
    # employer of "a BAFTA-winning producer"
    found = kinds('Some, like GRAMMY-winning producer Tom Tolbin, wrote tributes. "Sad," tweeted GRAMMY winner Jo Roe.')
    assert "GRAMMY" not in found["organisation"]
    found = kinds("Tom Tolbin, a BAFTA-winning producer, spoke on Friday.")
    assert not {name for name in found["organisation"] if name.startswith("BAFTA")}


def test_the_body_that_gives_the_honour_acting_is_kept() -> None:
    found = kinds("Tom Tolbin, a BAFTA-winning producer, spoke. BAFTA said it would review its rules.")
    assert "BAFTA" in found["organisation"]
    assert "NICE" in kinds("NICE said the drug was too costly. NICE will review it next year.")["organisation"]


def test_garda_as_a_rank_before_a_name_is_no_body() -> None:
    # org_ranks_en: "Garda Tomas Brannock" is the officer's rank; "Gardai X and Y" two officers
    found = kinds(
        "Garda Tomas Brannock said Garda Ciaran Tolbin asked about the complaint.",
        "Gardai Tolbin and Aoife Kessane have pleaded not guilty.",
    )
    assert "Garda" not in found["organisation"]


def test_the_garda_as_a_body_is_kept() -> None:
    assert "Garda" in kinds("Garda Tomas Brannock said the Garda had failed him.")["organisation"]
    found = kinds("Garda Commissioner Tom Tolbin said the Garda National Economic Crime Bureau was investigating.")
    assert "Garda National Economic Crime Bureau" in found["organisation"]


def test_a_chart_is_named_by_its_compiler() -> None:
    # org_acts_en.chart_compilers; org_shaped: "weekly" before a chart says how often it comes out, no paper's kind
    found = kinds("Their first record sat at the top of the U.S. Kessbeat chart in spring.")
    assert "Kessbeat" in found["organisation"]
    found = kinds("Her third record reached first place on the weekly U.S. Kessbeat 200 chart in June.")
    assert "Kessbeat" in found["organisation"]
    assert "U.S." in found["place"]
    assert not {name for name in found["organisation"] if "200" in name}


def test_charts_named_by_a_country_a_people_or_a_season_add_no_body() -> None:
    found = kinds("It was the Christmas chart. The Irish chart and the UK singles chart agreed.")
    assert found["organisation"] == set()
    assert "Kessby Argus" in kinds("The story ran in the weekly Kessby Argus on Friday.")["organisation"]

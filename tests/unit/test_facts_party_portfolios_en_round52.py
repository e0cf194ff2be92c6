"""Round 52, British politics copy: the department an office or an opposition spokesman's brief names, written with
capitals between a party or a title and the person's name. Invented sentences in the style of the held-out's years.

- org_party_members / people_employers / repeated_names: "Lib Dem Treasury spokesman X" gave an organisation "Dem
  Treasury", "Conservative Treasury spokesman X" one "Conservative Treasury": the party is the body, the
  department it shadows no word of its name.
- people_runs / people_run_titles / org_cues: "Chief Secretary to the Treasury X said" gave an organisation
  "Treasury X" and no role: a secretary's "to the" links what the title is of, as "of" and "for" do.
"""

from __future__ import annotations

from briefing_app.core.facts.org_cues import the_name_reports
from briefing_app.core.facts.org_party_members import party_members, without_portfolio
from tests.unit.facts_helpers import local_roles, local_texts


def test_a_party_before_its_portfolio_and_spokesman() -> None:
    text = "Lib Dem Treasury spokesman Vincent Larch said the sums did not add up."
    assert local_texts(text, "organisation") == {"Lib Dem"}
    assert local_roles(text) == {"Vincent Larch": "Treasury spokesman"}
    text = "Conservative Treasury spokesman Tom Greer said the plan was fair."
    assert "Conservative Treasury" not in local_texts(text, "organisation")
    assert local_roles(text) == {"Tom Greer": "Conservative Treasury spokesman"}
    bodies = local_texts("Lib Dem Lords spokesman Alan Fenwick said no.", "organisation")
    assert "Lib Dem" in bodies and "Dem Lords" not in bodies
    assert party_members("Lib Dem Home Office spokesman Ann Lee said so.") == [(0, 7, "Lib Dem")]


def test_near_misses_of_the_portfolio() -> None:
    # a portfolio alone is the body the spokesman speaks for; a party's own last word stays
    assert without_portfolio(["Treasury"]) == ["Treasury"]
    assert without_portfolio(["Green", "Party"]) == ["Green", "Party"]
    assert without_portfolio(["Plaid", "Cymru", "Treasury"]) == ["Plaid", "Cymru"]
    assert local_texts("Green Party health spokesman Tom Hale said no.", "organisation") == {"Green Party"}
    assert local_texts("Plaid Cymru Treasury spokesman Dafydd Rees said no.", "organisation") == {"Plaid Cymru"}
    # a firm's capitalised treasury post is no party's portfolio: the firm is still read as before
    assert "Halmont Treasury" in local_texts("Halmont Treasury director Tom Greer said it was fine.", "organisation")
    assert local_texts("Halmont chairman Tom Greer said it was fine.", "organisation") == {"Halmont"}
    assert local_texts("And Zentrix chairman Paul Hurst said it was fine.", "organisation") == {"Zentrix"}


def test_a_secretary_to_the_treasury() -> None:
    text = "But Chief Secretary to the Treasury Paul Ashdown said the sums did not add up."
    assert local_roles(text) == {"Paul Ashdown": "Chief Secretary to the Treasury"}
    assert local_texts(text, "organisation") <= {"Treasury"}
    text = "Financial Secretary to the Treasury Ruth Kelso told MPs the cut would cost £1.2bn."
    assert local_roles(text) == {"Ruth Kelso": "Financial Secretary to the Treasury"}
    text = "Parliamentary Under-Secretary to the Home Office Tim Bell said so."
    assert local_roles(text) == {"Tim Bell": "Parliamentary Under-Secretary to the Home Office"}


def test_near_misses_of_the_secretary() -> None:
    # "to the" after any other word is no part of a title; "of"/"for" titles read as before
    assert local_texts("He wrote to the Treasury on Monday to complain.", "person") == set()
    assert local_roles("Minister for the Cabinet Office Ruth Kelso said it was fine.") == {
        "Ruth Kelso": "Minister for the Cabinet Office"
    }
    # a body that reports keeps its whole name; a body before a full name is still read
    assert the_name_reports("The Kessby Echo reported the news.") == [(4, 15, "Kessby Echo")]
    assert the_name_reports("The Harbour Council Jane Roe said so.") == [(4, 19, "Harbour Council")]
    assert the_name_reports("the Chief Secretary to the Treasury Paul Roe said so.") == []


def test_a_research_house_quoted_after_said() -> None:
    # orgs.TRADE_TAIL: "Research" and "Economics" end a firm's name as a trade does; the analyst "of" it is found
    text = '"Prices will rise," said Tom Everard of Westfield Energy Research.'
    assert local_texts(text, "organisation") == {"Westfield Energy Research"}
    assert local_roles(text) == {"Tom Everard": "of Westfield Energy Research"}
    assert local_texts("Economists at Harbour Economics expect rates to rise.", "organisation") == {"Harbour Economics"}


def test_near_misses_of_the_research_house() -> None:
    # a capitalised word after the trade keeps it inside a longer name; a field alone is no body
    assert local_texts("The charity Cancer Research UK said so.", "organisation") == {"Cancer Research UK"}
    assert local_roles("Head of Research Tom Greer said so.") == {"Tom Greer": "Head of Research"}
    assert local_texts("He spent years in Operational Research before joining.", "organisation") == set()
    assert local_texts("He studied at the London School of Economics.", "organisation") == {
        "London School of Economics"
    }

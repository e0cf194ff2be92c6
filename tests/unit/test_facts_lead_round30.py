"""The lead's round-30 fixes, each on made-up sentences of the shape real entertainment, business and sports copy
writes, with near misses that keep their old reading."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of
from tests.unit.facts_helpers import local_facts as _facts
from tests.unit.facts_helpers import local_roles as _roles
from tests.unit.facts_helpers import local_texts as _kind


def test_a_size_told_by_its_digits_is_no_figure() -> None:
    text = "Kessby played in front of their first five-figure home crowd. She now earns a six-figure salary."
    assert _kind(text, "figure") == set()
    assert _kind("The bank sent a 10-digit code.", "figure") == set()
    # (near misses: figures as a plural noun, and skaters, are counted)
    assert {f.value for f in _facts("Five figures were released on Monday.", "figure")} == {5}
    assert {f.value for f in _facts("Five figure skaters fell on the ice.", "figure")} == {5}


def test_a_preposition_inside_the_phrase_before_a_name_ends_its_role() -> None:
    text = "Jane Roe made no mistake, thumping the spot-kick past keeper Tom Weller."
    assert _roles(text)["Tom Weller"] == "keeper"
    assert _roles("Roe ran towards defender Max Holm.")["Max Holm"] == "defender"
    # (near miss: a role with its own "of" keeps it)
    assert _roles("The new head of research Max Holm spoke.")["Max Holm"] == "new head of research"


def test_a_film_that_stars_its_cast_gives_them_no_role() -> None:
    roles = _roles("The film stars Tom Weller and Jane Roe in a remake of an old thriller.")
    assert roles == {"Tom Weller": None, "Jane Roe": None}
    assert _roles("Last year the musical also stars Max Holm.")["Max Holm"] is None
    # (near misses: film stars as people, with no article, and one film star)
    assert _roles("Rock stars Tom Weller and Jane Roe attended.")["Tom Weller"] == "Rock stars"
    assert _roles("Film star Max Holm attended the gala.")["Max Holm"] == "Film star"


def test_a_sentence_adverb_in_er_before_a_comma_is_no_role() -> None:
    assert _roles("He left early. Earlier, Max Holm arrived at the hall.")["Max Holm"] is None
    assert _roles("He left early. Later, Max Holm arrived at the hall.")["Max Holm"] is None
    # (near miss: a role noun set off the same way)
    assert _roles("He left early. The manager, Max Holm, arrived at the hall.")["Max Holm"] == "manager"


def test_a_name_ending_in_a_firms_legal_form_or_trade_is_a_body() -> None:
    text = "Tollan is a unit of General Tolvik Co's Kessby Media. The film was sold to distributor Harwin Pictures."
    assert not _kind(text, "person") & {"Tolvik Co", "General Tolvik Co", "Harwin Pictures", "Tollan"}
    bodies = _kind(text, "organisation")
    assert "General Tolvik Co" in bodies and "Harwin Pictures" in bodies
    # (near miss: a general with a family name stays a person with his title)
    assert _roles("The army is led by General Max Holm, officials said.") == {"Max Holm": "General"}


def test_a_unit_of_a_firm_is_a_body_not_a_person() -> None:
    text = "Tollan is a unit of Harwin Corp. Tollan said sales rose."
    assert "Tollan" not in _kind(text, "person")
    assert "Tollan" not in _kind("Kessby, a division of Harwin Corp, said sales rose.", "person")
    # (near miss: a unit commander is a person's role)
    assert "Roe" in _kind("He left. Roe is a unit commander at the base, officials said.", "person")


def test_a_town_opening_the_sentence_as_an_everyday_word_is_no_place() -> None:
    assert "Mobile" not in _kind("Mobile phone company Kessby beat expectations.", "place")
    assert "Reading" not in _kind("Reading glasses sold well in Tolvik.", "place")
    # (near misses: the town in a place's position, and named as a proper noun)
    assert "Mobile" in _kind("The storm hit the port of Mobile on Friday.", "place")
    assert "Reading" in _kind("Police in Reading arrested two men.", "place")


def test_a_name_written_only_as_a_quoted_title_is_no_person() -> None:
    text = (
        'The comedy "Max Holm: Mall Guard," slipped to second place. "Max Holm" took $14 million. '
        'The remake "The Tolvik Stone" came third.'
    )
    assert "Max Holm" not in _kind(text, "person")
    assert not {"Tolvik Stone", "The Tolvik Stone"} & _kind(text, "organisation")
    # (near misses: a group or a website in quote marks, never called a work, stays a body; a person named in
    # prose too stays a person)
    assert "Red Scarves" in _kind('He belongs to the "Red Scarves", a protest group in Tolvik.', "organisation")
    assert "Max Holm" in _kind('"Max Holm" was the nickname. Max Holm said he liked it.', "person")


def test_a_nickname_inside_a_name_is_left_out_of_it() -> None:
    assert "Dwayne Roe" in _kind('The sequel stars Dwayne ("The Stone") Roe, who also headlined it.', "person")
    assert "Joseph Weller" in _kind('Police said Joseph "Joey" Weller, 45, was arrested.', "person")
    # (near miss: brackets after a name and before a verb are an aside)
    assert "Jane Roe" in _kind("Jane Roe (pictured) spoke on Monday.", "person")


def test_a_club_named_by_its_town_in_a_match_report() -> None:
    report = (
        "Max Holm scored the winning goal for Burnley on Saturday, a header in the 80th minute. "
        "Burnley had failed to score in eight games. The striker signed in a £16-million move from Lille last year."
    )
    assert {"Burnley", "Lille"} <= _kind(report, "organisation")
    assert not {"Burnley", "Lille"} & _kind(report, "place")
    # (near misses: a national side stays a place, as the corpus's gold has it; a town where a place goes too)
    report = "Max Holm has played for Italy 90 times. The striker scored a header in the 80th minute in Leeds."
    assert "Italy" in _kind(report, "place")
    assert "Leeds" in _kind(report, "place")


def test_a_knights_or_peers_style_ends_no_role() -> None:
    assert _roles("He left. Mr Roe asked Commons Speaker Sir Max Holm to act.")["Max Holm"] == "Commons Speaker"
    assert _roles("He left. Professor Sir Max Holm said no.")["Max Holm"] == "Professor"
    # (near miss: "First Lady" is an office of its own)
    assert _roles("He left. First Lady Jane Roe said no.")["Jane Roe"] == "First Lady"


def test_a_country_that_is_a_given_name_before_a_family_name_and_a_role_is_a_person() -> None:
    text = 'He left. Chad Kessler, director of internet services at the firm, said: "We are pleased."'
    assert "Chad Kessler" in _kind(text, "person") and "Chad" not in _kind(text, "place")
    assert "Chad Kessler" in _kind("He left. Chad Kessler said the firm was pleased.", "person")
    # (near miss: the country in a list of countries)
    assert "Chad" in _kind("He left. Troops from Chad, Niger and Mali arrived.", "place")


def test_the_from_and_to_of_a_change_in_percent_count_what_changed() -> None:
    text = "Kessby has increased its subscriber base by 122 per cent, from 36,000 to 80,000."
    assert {f.counts for f in _facts(text, "figure")} == {"subscriber base"}
    counts = {f.text: f.counts for f in _facts("Sales rose by 12 percent, from 3,000 to 3,360.", "figure")}
    assert counts == {"12": "Sales", "3,000": "Sales", "3,360": "Sales"}


def test_a_number_of_things_reaching_a_figure_counts_them() -> None:
    text = (
        "The rollout is running to plan with the number of enabled exchanges currently exceeding 800, of which 378"
        " are outside capital cities."
    )
    counts = {f.text: f.counts for f in _facts(text, "figure")}
    assert counts["800"] == "number of enabled exchanges"
    assert counts["378"].startswith("number of enabled exchanges")
    # (near miss: the plain subject reading stays as it was)
    assert {f.counts for f in _facts("The number of exchanges reached 800.", "figure")} == {"number of exchanges"}


def test_a_list_of_acts_joined_by_an_ampersand_is_no_firm() -> None:
    text = "On Sunday, Kessby, Jane Roe, Max Holm & Anna Weller and Tollan will vie for the prize."
    assert not any("," in o for o in _kind(text, "organisation"))
    # (near miss: a firm of partners' surnames keeps its commas)
    assert "Harwin, Tollan, Weller & Roe" in _kind(
        "The law firm Harwin, Tollan, Weller & Roe advised it.", "organisation"
    )


def test_a_quoted_title_that_goes_on_or_is_called_a_tribute_is_no_person_or_body() -> None:
    text = (
        'Its biggest-selling track, "Max Holm," sold 2.7 million downloads. The band\'s nod for "Max Holm or Death'
        ' and All His Friends" could help. The tribute "Tollan: The Letters" rose 80%. A week later, "Tollan"'
        " exploded 967%."
    )
    assert "Max Holm" not in _kind(text, "person")
    assert "Tollan" not in _kind(text, "organisation")


def test_an_adverbial_clause_before_a_name_gives_it_no_role() -> None:
    text = "After its initial offer was rejected by independent directors of the Kessby board, Tollan made a new one."
    assert not any(r for r in _roles(text).values())
    assert _roles("When it was approved by the members of the council, Jane Roe resigned.") == {"Jane Roe": None}
    # (near miss: an apposition after "by" still gives one)
    assert _roles("Photo by the staff photographer, Jane Roe.") == {"Jane Roe": "staff photographer"}


def test_a_single_quote_after_an_s_closes_before_a_determiner() -> None:
    text = (
        "On Tuesday, Kessby said the price 'significantly undervalues' the company and that it was 'well placed"
        " to create shareholder value' as a standalone business."
    )
    assert _kind(text, "quote") == set()
    # (near miss: a plural's apostrophe inside a quote stays one)
    assert _kind("'The workers' pay is too low,' said Roe.", "quote") == {"The workers' pay is too low"}


def test_a_price_per_share_counts_the_deal_it_prices() -> None:
    text = "Kessby said it received a 44p per share proposal on March 29."
    assert {f.counts for f in _facts(text, "figure")} == {"proposal (per share)"}
    text = (
        "Tollan confirmed it had rejected a takeover advance from Kessby, which it said was pitched at 5.8p per share."
    )
    assert {f.counts for f in _facts(text, "figure")} == {"takeover advance (per share)"}
    # (near miss: a per-share restatement of a sum keeps the sum's noun)
    text = "Net income was $1.59 billion, or $1.02 per share."
    assert {f.counts for f in _facts(text, "figure")} == {"Net income", "Net income (per share)"}


def test_a_model_number_said_alone_after_its_product_is_no_figure() -> None:
    text = "Kessby sold 2 million Tollan 360s. Bear in mind the 360 was the only console on sale then."
    assert {f.text for f in _facts(text, "figure")} == {"2 million"}
    # (a tally after a name is no model number: "Arsenal have 64 points and Chelsea 61.")
    assert {f.text for f in _facts("Kessby have 64 points and Tollan 61.", "figure")} == {"64", "61"}
    # (near misses: a number no product name had, and a count after the product)
    assert {f.text for f in _facts("Kessby had 360 staff. The 360 were all at work.", "figure")} == {"360"}


def _speakers(paragraph: str) -> dict[str, str | None]:
    return {f.text: f.speaker for f in _facts(paragraph, "quote")}


def test_rugby_copy_halves_ranks_and_named_numbers() -> None:
    text = "Winger Max Holm grabbed two second-half tries as the hosts won."
    assert [(f.unit, f.counts) for f in _facts(text, "figure")] == [(None, "second-half tries (grabbed)")]
    text = "They beat the world's No 1-ranked outfit on Saturday."
    assert _kind(text, "figure") == set()
    # ("Six Nations" written inside a sentence makes it a name wherever it stands, the headline too)
    facts = facts_of(["Kessby 30-3 Tollan, Six Nations", "It was their Six Nations title showdown."], "en")
    assert not [f for f in facts if f.kind == "figure"]
    # (near misses: a span of seconds, and a spelled number the article never capitalises inside a sentence)
    assert [f.unit for f in _facts("She ran for two seconds.", "figure")] == ["seconds"]
    assert _kind("Six Nations have signed it, officials said.", "figure") == {"Six"}


def test_a_short_quote_with_an_owner_a_role_and_a_name_after_it_is_speech() -> None:
    text = '"We outclassed Kessby," Tollan coach Max Holm said. "We kept sending the message."'
    assert _speakers(text) == {"We outclassed Kessby": "Max Holm", "We kept sending the message.": "Max Holm"}
    # (near miss: "as the coach X said" after a scare-quoted term)
    assert _kind('The "dream team," as the coach Max Holm said, was weak.', "quote") == set()


def test_the_name_before_an_apposition_that_names_another_speaks() -> None:
    text = (
        'Jane Roe, Kessby interim head coach in the absence of Tollan boss Max Holm, said: "I am just really proud'
        ' to be here this evening."'
    )
    assert set(_speakers(text).values()) == {"Jane Roe"}
    # (near miss: a role then the name set off by commas: the name speaks)
    text = 'The chairman of Kessby, Max Holm, said: "We are ready to act."'
    assert set(_speakers(text).values()) == {"Max Holm"}


def test_a_name_with_a_variant_letter_glued_by_a_dot_is_a_product() -> None:
    text = "It surpasses the record of the last major worm, Kessbig.F, which appeared in August."
    assert _kind(text, "person") == set()
    # (near miss: initials before a family name)
    assert "Jane Roe" in _kind("Dr. Jane Roe said the J.R. Tollan Trust agreed.", "person")


def test_a_state_before_a_compound_counts_the_compound() -> None:
    text = "Since Monday, Kessby intercepted almost 1 million infected e-mail messages, Roe said."
    assert "e-mail messages" in (_facts(text, "figure")[0].counts or "")
    assert "police officers" in (
        _facts("Five injured police officers were taken to hospital.", "figure")[0].counts or ""
    )
    # (near miss: a state alone before a comma counts the state)
    assert _facts("Twelve were injured, police said.", "figure")[0].counts is not None


def test_a_description_that_adds_a_quote_goes_on_with_the_last_speaker() -> None:
    text = (
        'Jane Roe praised Max Holm. Roe told Tollan TV: "It was a hard-fought win."\n'
        'On Holm\'s display, the Kessby boss added: "He is a big player for us."'
    )
    assert set(_speakers(text).values()) == {"Jane Roe"}
    # (near miss: a role holder the article named before speaks when the description names the role)
    text = (
        'Health minister Anna Weller visited the ward. Max Holm, a nurse, said: "We need more staff."\n'
        'Asked about the plan, the minister added: "We will hire more nurses."'
    )
    assert _speakers(text)["We will hire more nurses."] == "Anna Weller"


def test_a_general_manager_abbreviated_is_a_role() -> None:
    assert _roles("Rounder GM Sheri Tollan does not expect the sales to stop.") == {"Sheri Tollan": "Rounder GM"}
    # (near miss: the carmaker's initials before a plain noun name no one)
    assert _kind("GM shares fell 3% on Monday.", "person") == set()

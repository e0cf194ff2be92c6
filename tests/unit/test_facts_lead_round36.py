"""The lead's round-36 fixes, each on made-up sentences of the shape real news copy writes, with near misses that
keep their old reading."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, quotes_of
from tests.unit.facts_helpers import local_facts as _facts


def _figures(paragraph: str) -> dict[str, tuple[float | None, str | None, str | None]]:
    return {f.text: (f.value, f.unit, f.counts) for f in _facts(paragraph, "figure")}


def _people(paragraphs: list[str]) -> set[str]:
    return {f.text for f in facts_of(paragraphs) if f.kind == "person"}


def test_a_bare_m_after_a_level_compared_or_a_count_of_shoppers_is_millions() -> None:
    figures = _figures("The number of patients on the list could be as high as 3.2m, the agency estimates.")
    assert figures["as high as 3.2m"][:2] == (3_200_000, None)
    figures = _figures("The confirmed total was 2.5m but the real total was higher than at any time since 2009.")
    assert figures["2.5m"][0] == 2_500_000
    figures = _figures("The chain has increased footfall through its stores to more than 12m a week, it said.")
    assert figures["more than 12m"][0] == 12_000_000
    # (near misses: a height and a race keep their metres)
    assert _figures("The waves were as high as 5m along the coast.")["as high as 5"][1] == "meters"
    # (a race named by its distance, no figure at all since the forty-ninth round's number_names, is no sum either)
    assert 400_000_000 not in [v[0] for v in _figures("The number of entries for the 400m race rose.").values()]


def test_a_scaled_value_carries_no_binary_fraction() -> None:
    assert _figures("The waiting list reached 4.1m people.")["4.1m"][0] == 4_100_000
    assert _figures("The fund paid out £16.1 billion last year.")["£16.1 billion"][0] == 16_100_000_000


def test_an_adverb_of_the_clause_is_no_noun_of_a_share() -> None:
    figures = _facts(
        "There were 21,400 patients waiting at the trust at the end of June. This was also 23% more than a year "
        "previously.",
        "figure",
    )
    assert ({f.text: f.counts for f in figures}["23"] or "").startswith("patients")
    # (near miss: a noun before the copula stays the share's)
    assert _figures("Turnout was also 48 percent.")["48"][2] == "Turnout"


def test_a_headlines_first_word_is_no_surname_standing_alone() -> None:
    people = _people(["Council budget 2019/20", "In 2019/20 Council Tax will rise by 1.99 per cent for residents."])
    assert "Council Tax" not in people
    # (near miss: a surname standing alone at the start of a body sentence still shows a name)
    people = _people(["Court round-up", "Yarel Quendt was fined on Monday.", "Quendt said he would appeal."])
    assert "Yarel Quendt" in people


def test_a_painted_make_and_model_is_no_person() -> None:
    people = _people(["Crash", "The crash involved a white Vauxhall Adam and a silver Ford Transit, police said."])
    assert not people & {"Vauxhall Adam", "Ford Transit"}
    # (near miss: a title before the name keeps the person)
    assert "Jane Roe" in _people(["Crash", "The driver, a white van man, was named as Jane Roe, police said."])


def test_a_report_that_quotes_someone_as_saying_gives_them_the_words() -> None:
    quotes = quotes_of(
        [
            "Prime Minister Jon Varro's office denied a report on Monday.",
            "“I have no control over her,” the unsourced report quoted Varro as saying in a closed meeting.",
        ]
    )
    assert [q.speaker for q in quotes] == ["Jon Varro"]
    quotes = quotes_of(["Mayor Ann Lee spoke on Monday.", "“We will rebuild,” the paper quoted her as saying."])
    assert [q.speaker for q in quotes] == ["Ann Lee"]
    # (near miss: the paper itself saying something is still the paper's)
    quotes = quotes_of(["“The town is flooded,” the paper said on Monday."])
    assert [q.speaker for q in quotes] == ["the paper"]


def test_a_line_named_before_its_number_is_no_figure() -> None:
    figures = _figures(
        "People are urged to report violators by contacting the non-emergency number, 901, or the hotline 8004888."
    )
    assert not figures
    # (near miss: a count after "number of" stays)
    assert "1,200" in _figures("The number of calls rose to 1,200 in May.")


def test_parts_told_by_adverbs_after_a_dash_count_the_whole_noun() -> None:
    parts = [f.counts for f in _facts(
        "Five soldiers were wounded in the incident. The device was detonated, wounding the five soldiers – one "
        "seriously, one moderately and three lightly.", "figure") if f.sentence == 2]  # fmt: skip
    assert sorted(parts) == ["soldiers (lightly)", "soldiers (moderately)", "soldiers (seriously)"]
    counts = {
        f.text: f.counts for f in _facts("The blast wounded five soldiers, one seriously and four lightly.", "figure")
    }
    assert counts["one"] == "soldiers wounded (seriously)"
    # (near miss: "one" with a noun of its own is no part told by an adverb)
    parts = [f.counts or "" for f in _facts("The blast wounded five soldiers, one reportedly a medic.", "figure")]
    assert not any(p.endswith("(reportedly)") for p in parts)


def test_gulf_currencies_named_after_a_sum() -> None:
    figures = _figures("The president announced an extra 20bn dirhams of spending on housing projects.")
    assert figures["20bn"][1:] == ("AED", "spending on housing projects (president)")
    assert _figures("The bank lent 5 billion riyals to the firm.")["5 billion"][1] == "SAR"
    assert _figures("The fine was 300 Kuwaiti dinars.")["300"][1] == "KWD"
    figures = _figures("He paid 2,000 dinars in fees and 700 Moroccan dirhams in taxes.")
    assert figures["2,000"][1:] == ("dinars", "fees")
    assert figures["700"][1] == "MAD"


def test_a_fronted_document_phrase_leaves_the_subject_as_speaker() -> None:
    quotes = quotes_of(
        [
            "Kessby MP Ann Lee has written to the minister.",
            "And in a letter to action group Save Our Park (SOP) the Labour MP has stated: “I have raised this matter "
            "with the minister.”",
        ]
    )
    assert [q.speaker for q in quotes] == ["Ann Lee"]
    # (near miss: a name after the document phrase is the speaker as before)
    quotes = quotes_of(["In a statement, Jon Varro said: “We will appeal.”"])
    assert [q.speaker for q in quotes] == ["Jon Varro"]


def test_an_apposition_naming_a_post_gives_the_place_before_it_no_role() -> None:
    people = _people(
        ["Councillors", "Both MPs remain councillors for Kessbury, a position they held prior to the election."]
    )
    assert "Kessbury" not in people
    # (near miss: a person with a job in apposition keeps it)
    assert "Jane Roe" in _people(["Councillors", "Jane Roe, a councillor for Kessbury, said she would stay."])


def test_a_name_before_ward_or_constituency_is_the_place() -> None:
    people = _people(["Councillors", "Ms Lee, who represents the Wollby and Kessby Town ward, was elected in July."])
    assert "Kessby Town" not in people


def test_a_bracketed_number_after_a_noun_for_a_person_is_an_age() -> None:
    figures = _figures("One man (47) was arrested, and a woman (32) was released without charge.")
    assert figures["47"][2] == "age" and figures["32"][2] == "age"
    # (near misses: a plural before a bracket is counted, and a bracketed share is no age)
    assert _figures("Both of its deputies (71) voted against.").get("71", (None, None, None))[2] != "age"
    assert _figures("The man (47%) ran.").get("47", (None, None, None))[2] != "age"


def test_garda_alone_is_irelands_police() -> None:
    facts = facts_of(["Seizure", "“The drugs will be sent for analysis,” Garda said in a statement on Friday."])
    assert "Garda" not in {f.text for f in facts if f.kind == "person"}
    assert "Garda" in {f.text for f in facts if f.kind == "organisation"}


def test_more_before_a_noun_counts_the_noun_not_an_adverb() -> None:
    figures = _figures("The count showed the mayor with only 327 more votes than his rival.")
    assert figures["327"][2] == "more votes"
    # (near miss: a comparative of a state after a noun keeps the noun that changed)
    assert _figures("The budget left the town with taxes £41 a year higher.")["£41"][2] == "taxes"


def test_she_goes_back_to_an_office_over_sentences_of_figures() -> None:
    quotes = quotes_of(
        [
            "The First Minister has hailed the progress on tackling the virus, after new figures were published.",
            "New weekly figures reveal that 4,155 deaths were recorded, with 35 in the last week.",
            "She added: “This is the first time since March that deaths have been below the average.”",
        ]
    )
    assert [q.speaker for q in quotes] == ["the First Minister"]
    # (near miss: a person named in between is the one "she" goes back to)
    quotes = quotes_of(
        [
            "The First Minister has hailed the progress on tackling the virus.",
            "Health expert Ann Lee said the figures were encouraging.",
            "She added: “We must stay careful.”",
        ]
    )
    assert [q.speaker for q in quotes] == ["Ann Lee"]


def test_le_before_a_sum_is_the_egyptian_pound() -> None:
    figures = _figures(
        "The total budget amounts to about LE 5.5 trillion, compared to about LE 3.4 trillion last year."
    )
    assert figures["5.5 trillion"][:2] == (5_500_000_000_000, "EGP")


def test_the_level_a_change_starts_from_takes_the_scale_written_once() -> None:
    figures = _figures("Salaries went up from 230 to 270 billion pounds, the minister said.")
    assert figures["230"][0] == 230_000_000_000 and figures["270 billion"][0] == 270_000_000_000
    # (near miss: a step "by" keeps its range)
    assert _figures("Sales could rise by 15 to 30 million units.")["15 to 30 million"][0] == 15_000_000


def test_a_surname_with_a_capital_al_is_taken_up_without_it() -> None:
    people = _people(
        ["Budget", "MP Mubarak Al-Harees criticised the spending.", "Harees added that the government erred."]
    )
    assert people == {"Mubarak Al-Harees"}


def test_a_common_first_word_before_a_title_is_part_of_the_role() -> None:
    roles = {f.text: f.role for f in facts_of(["Aid", "International Development Secretary Jane Roe pledged £5m."])
             if f.kind == "person"}  # fmt: skip
    assert roles == {"Jane Roe": "International Development Secretary"}
    # (near miss: a common first word before a name alone is no part of it)
    assert _people(["Talks", "Yesterday Jane Roe met the minister."]) == {"Jane Roe"}


def test_a_title_and_an_unlisted_name_after_a_body_are_the_speaker() -> None:
    facts = facts_of(
        [
            "Police arrest suspects",
            "“This was a significant operation,” said the commander of the district’s Holt Precinct, Assistant "
            "Commissioner Tavi Marcano.",
        ]
    )
    assert not any("Marcano" in (f.role or "") for f in facts if f.kind == "person")
    assert [f.speaker for f in facts if f.kind == "quote"] == ["Tavi Marcano"]
    # (near miss: titles alone after a name are the person's role)
    roles = {f.text: f.role for f in facts_of(["Police", "Jane Roe, Deputy Chief Constable, said the force was ready."])
             if f.kind == "person"}  # fmt: skip
    assert roles == {"Jane Roe": "Deputy Chief Constable"}


def test_one_another_and_a_saints_name_are_no_people() -> None:
    people = _people(
        [
            "Residents confront council leader",
            "Council Leader Jane Roe was confronted by residents.",
            "One told her she was giving them different information.",
            'Another said: "We don\'t know what to do."',
            "St Kessan' Residents have slammed the councillor.",
        ]
    )
    assert people == {"Jane Roe"}


def test_an_adverb_after_a_verb_of_change_is_no_object_and_up_after_a_verb_is_no_bound() -> None:
    figures = _figures("The economy added 9,000 jobs, but the unemployment rate increased slightly to 7.1 per cent.")
    assert figures["7.1"][2] == "unemployment rate"
    # (near miss: a noun object stays what is changed)
    assert "supply" in (_figures("The firm increased supply to 40 per cent of the market.")["40"][2] or "")
    facts = _facts("The participation rate edged up to 65.9 per cent from 65.7 per cent.", "figure")
    assert (facts[0].text, facts[0].qualifier) == ("65.9", None)
    # (near miss: "of up to" is a bound)
    assert [f.qualifier for f in _facts("The bill allows fines of up to 500 dollars.", "figure")] == ["up to"]


def test_a_role_set_off_before_a_name_starts_after_the_verb_of_saying() -> None:
    roles = {
        f.text: f.role
        for f in facts_of(
            ["Police", "The police spokesman said the state Commissioner of Police, Jon Varro, assured residents."]
        )
        if f.kind == "person"
    }
    assert roles == {"Jon Varro": "state Commissioner of Police"}
    # (near miss: a role with no verb before it stays whole)
    roles = {f.text: f.role for f in facts_of(["Police", "The state Commissioner of Police, Jon Varro, spoke."])
             if f.kind == "person"}  # fmt: skip
    assert roles == {"Jon Varro": "state Commissioner of Police"}


def test_a_dateline_before_a_title_set_off_by_a_comma_leaves_the_role() -> None:
    roles = {f.text: f.role for f in facts_of(
        ["Conference opens", "AMMAN — Minister of Energy and Mineral Resources, Jon Varro on Tuesday opened the event."]
    ) if f.kind == "person"}  # fmt: skip
    assert roles == {"Jon Varro": "Minister of Energy and Mineral Resources"}


def test_the_next_titled_name_of_a_list_is_no_role_of_the_name_before() -> None:
    roles = {f.text: f.role for f in facts_of(
        ["Ceremony", "It was attended by Minister of Energy Jon Varro, Egyptian Minister of Petroleum and Mineral "
         "Resources Karim Badran, and other officials."]
    ) if f.kind == "person"}  # fmt: skip
    assert roles["Jon Varro"] == "Minister of Energy"
    # (near miss: a portfolio in capitals after a name is still its role)
    roles = {f.text: f.role for f in facts_of(["Talks", "Jane Roe, Minister of Culture and Sport, spoke on Monday."])
             if f.kind == "person"}  # fmt: skip
    assert roles == {"Jane Roe": "Minister of Culture and Sport"}


def test_a_list_the_page_presents_after_heres_is_no_quote() -> None:
    quotes = quotes_of(
        [
            "As many as 2,500 fines were issued, police said.",
            "Here's the break-up of fines and warnings issued:",
            "2,000 warnings and eight fines for stepping out for non-essential purposes",
        ]
    )
    assert quotes == []
    # (near miss: a speaker's colon before a block still introduces words)
    quotes = quotes_of(["The minister wrote on her blog:", "We will not give up on the families."])
    assert [(q.speaker or "").lower() for q in quotes] == ["the minister"]


def test_the_last_word_of_a_titles_portfolio_is_no_person() -> None:
    people = _people(
        ["Projects", "Khalid bin Saeed Al Roudi, Minister of Energy and Infrastructure said the work had begun."]
    )
    assert people == {"Khalid bin Saeed Al Roudi"}
    # (near miss: a list of three with two people keeps its one-word member)
    assert "Zolani" in _people(["Gig", "Singers including Zolani, Jane Roe, Max Holm and Poe performed."])


def test_a_noun_in_a_place_before_a_figure_counts_the_noun_not_the_place() -> None:
    figures = _figures("The rise takes the average property value in England and Wales to £163,177.")
    assert figures["£163,177"][2] == "average property value"
    figures = _figures("The most expensive house sold in July was in Kessby, London, at £24.5m.")
    assert figures["£24.5m"][2] == "most expensive house sold"
    # (near miss: a noun after the figure keeps its reading, whatever place stands before)
    assert _figures("The council in Leeds spent £2m on roads.")["£2m"][2] == "roads (council spent)"


def test_a_titled_name_after_a_portfolio_and_its_holder_is_still_a_person() -> None:
    people = _people(
        ["Asylum", "Officials, including the Minister of Interior Eli Yishar and Prime Minister Varro, have spoken."]
    )
    assert "Varro" in people


def test_a_fiscal_year_and_a_spelled_day_of_the_month_are_dates() -> None:
    dates = {f.text for f in _facts("The office collected $5 million in Fiscal Year 2018, up from FY 2017.", "date")}
    assert dates == {"in Fiscal Year 2018", "from FY 2017"}
    dates = {f.text for f in _facts("The count must be finished by November seventeenth, officials said.", "date")}
    assert dates == {"by November seventeenth"}
    assert {f.text for f in _facts("The vote is on the twenty-first of June.", "date")} == {
        "on the twenty-first of June"
    }
    # (near misses: an ordinal with no month is no date, nor "the Fiscal Year Committee" without a year)
    assert not _facts("He was the second of five children.", "date")
    assert not _facts("The Fiscal Year Committee met.", "date")


def test_bounds_of_an_age_after_between_ages_are_one_age_range() -> None:
    figures = _figures("The spokesman said that the suspects were between ages 22 and 32.")
    assert figures == {"22 and 32": (22, None, "age")}
    assert _figures("The suspects, between the ages of 19 and 24, were held.")["19 and 24"][2] == "age"
    # (near miss: "between" two counts is no age)
    assert _figures("Between 20 and 30 houses were damaged.")["20 and 30"][2] == "houses damaged"


def test_two_nouns_joined_by_and_before_a_bracketed_share_are_one_item() -> None:
    figures = _figures(
        "The index went up 6.9 percent, with pressure from vegetables (26.10 percent), pulses and products (11.72 "
        "percent) and meat and fish (9.75 percent)."
    )
    assert figures["11.72"][2] == "pulses and products" and figures["9.75"][2] == "meat and fish"
    # (near miss: a single noun before its bracket keeps itself alone)
    assert figures["26.10"][2] == "vegetables"


def test_a_verb_of_belief_gives_way_to_what_befell_those_counted() -> None:
    assert _figures("At least 27 people are feared to have died in the landslide.")["At least 27"][2] == "people died (in the landslide)"
    assert _figures("Some 40 people are believed to have been killed.")["Some 40"][2] == "people killed"
    # (near miss: "people feared" with no infinitive keeps its reading)
    assert _figures("About 300 people feared for their homes.")["About 300"][2] != "people died"


def test_a_capitalised_word_spelling_a_verb_before_a_named_role_is_part_of_it() -> None:
    roles = {f.text: f.role for f in facts_of(["Rain", "Met Office meteorologist Jane Roe said it would rain."])
             if f.kind == "person"}  # fmt: skip
    assert roles == {"Jane Roe": "Met Office meteorologist"}
    # (near miss: a verb in lower case still ends the role)
    roles = {f.text: f.role for f in facts_of(["Talks", "The minister met chief executive Jane Roe on Monday."])
             if f.kind == "person"}  # fmt: skip
    assert roles == {"Jane Roe": "chief executive"}


def test_they_said_after_a_local_branch_of_a_body_is_that_branch() -> None:
    quotes = quotes_of(
        [
            "Kessby Labour expressed their concern that the two councillors should step down.",
            'They said: "Local people are understandably upset."',
        ]
    )
    assert [q.speaker for q in quotes] == ["Kessby Labour"]
    # (near miss: a body named at the sentence's start speaks as before)
    quotes = quotes_of(["Labour backed the plan.", 'They said: "We will not give up."'])
    assert [q.speaker for q in quotes] == ["Labour"]


def test_a_vehicles_drive_class_is_no_figure() -> None:
    assert not _figures("Officers stopped a 4 x 4 vehicle on the road.")
    assert not _figures("He drove his 4x4 into a ditch.")
    # (near miss: a room's size keeps its figures)
    assert "6" in _figures("The room measures 4 x 6 metres.")


def test_a_verb_of_seeming_opens_the_clause_of_a_figure() -> None:
    figures = _figures(
        "When data from the missing trusts is taken into account it appears national performance is 91.9 per cent."
    )
    assert figures["91.9"][2] == "national performance"
    # (near miss: "appear to" keeps the subject before it)
    assert "Sales" in (_figures("Sales appear to have risen 5% this year.")["5"][2] or "")

"""English quotes, people and roles, round 36 (k-qsp34): shapes read wrong on real sport, business, health and
entertainment pages (written again with made-up names and sentences), each with near misses that keep their old
reading."""

from __future__ import annotations

from tests.unit.facts_helpers import people_roles, quotes_of


def _speakers(paragraphs: list[str], language: str = "en") -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs, language)]


# --- speaker_unnamed: "she said" goes back to an unnamed person over sentences that name nobody ----------------------


def test_she_goes_back_to_an_unnamed_person_over_sentences_about_her() -> None:
    paragraphs = [
        "One shopper at Harbour Market, who did not wish to be named, said she had queued for an hour on Monday.",
        "However, she was told the stall had closed. Eventually she got in.",
        'She said: "It was chaotic. Nobody knew where to go.',
        '"We need a better system for everyone."',
        'But she added: "The staff were kind to us."',
    ]
    speakers = _speakers(paragraphs)
    assert len(speakers) == 3 or len(speakers) == 4
    assert all(s is not None and "shopper" in s for s in speakers)


def test_she_goes_back_to_an_unnamed_person_at_a_lower_case_place() -> None:
    paragraphs = [
        "Queues formed outside the clinic before it opened on Tuesday.",
        "One patient at the clinic has previously described a man fainting in the cold.",
        'She said: "The set up here is truly bad for the community."',
    ]
    speakers = _speakers(paragraphs)
    assert speakers and all(s is not None and "patient" in s for s in speakers)


def test_he_after_a_named_person_between_is_that_person() -> None:
    # near miss: someone named after the unnamed shopper is the one "he" goes back to
    paragraphs = [
        "One shopper at Harbour Market said she had queued for an hour.",
        "Market manager Tom Lundgaard said the queue moved quickly.",
        'He said: "We did our best for everyone."',
    ]
    assert _speakers(paragraphs) == ["Tom Lundgaard"]


# --- speaker_fronted_chain_en: a name inside a fronted clause chain is no subject -----------------------------------


def test_description_after_a_fronted_chain_is_the_subject_not_a_name_inside_it() -> None:
    paragraphs = [
        "Harbour captain Tom Lundgaard made a defiant 150 in the second innings but could not avert defeat.",
        "Though happy to score his third century, having got two earlier when he was standing in for the retired "
        "Mark Evanson, Lundgaard admitted it was not for a winning cause.",
        '"I am very happy the way I batted. But the result is what matters," said the Harbour opener.',
    ]
    assert _speakers(paragraphs) == ["Tom Lundgaard"]


def test_pronoun_after_a_connective_and_an_occasion_goes_back_past_the_name_inside_it() -> None:
    # "Now, in his first attack on X since Y ..., he accuses": the sentence adverb opens no clause; Y is spoken of
    paragraphs = [
        "Councillor Adam Pell will accuse the ruling group of waste tomorrow. Last month Mr Pell tried to build a "
        "cross-party alliance against the cuts.",
        "Now, in his first formal attack on the group since its leader Tom Harker took office, he calls the budget a "
        "failure.",
        'He will say, "We were promised better services and we got higher charges."',
    ]
    assert _speakers(paragraphs) == ["Adam Pell"]


def test_pronoun_after_a_connective_and_a_fronted_clause_goes_back_past_the_name_inside_it() -> None:
    paragraphs = [
        "Union official Brian Okafor met the rail operator on Tuesday.",
        "But after Simon Reddle walked out of the talks, he warned of a long dispute.",
        'He said: "Our members will not accept these rosters."',
    ]
    assert _speakers(paragraphs) == ["Brian Okafor"]


def test_name_opening_the_clause_after_a_connective_stays_the_subject() -> None:
    # near misses: a connective with no fronted part after it, and a name right after "But after ...," keep their reading
    paragraphs = [
        "Union official Brian Okafor met the rail operator on Tuesday.",
        "But Simon Reddle walked out of the talks and warned of a long dispute.",
        'He said: "Our members will not accept these rosters."',
    ]
    assert _speakers(paragraphs) == ["Simon Reddle"]
    paragraphs[1] = "But after the talks collapsed, Simon Reddle warned of a long dispute."
    assert _speakers(paragraphs) == ["Simon Reddle"]


def test_age_description_after_a_participle_opener_is_the_subject() -> None:
    paragraphs = [
        "Winger Tom Lundgaard scored twice as Rovers beat City 3-1 on Saturday.",
        "Having replaced the injured Mark Evanson at half-time, Lundgaard said it was his best game.",
        '"It was a great day for the club and the fans," said the 26-year-old.',
    ]
    assert _speakers(paragraphs) == ["Tom Lundgaard"]


def test_participle_after_the_subject_keeps_the_subject() -> None:
    # near miss: the name opening the sentence is its subject; the one in the participle after it is not
    paragraphs = [
        "Mark Evanson, having replaced the injured Tom Lundgaard at half-time, scored twice on Saturday.",
        '"It was a great day for the club and the fans," said the 26-year-old.',
    ]
    assert _speakers(paragraphs) == ["Mark Evanson"]


# --- speaker_definite_roles_da: "siger han" after a sentence naming no one but "Lyngby-træneren" --------------------


def test_han_after_a_club_described_role_is_its_holder() -> None:
    paragraphs = [
        "Havnestads træner Bo Kjeldgaard glæder sig til søndagens kamp mod Vestby.",
        "Kort efter, at avisen talte med Bo Kjeldgaard, meldte Ib Sandvad ud, at han trækker sig fra løbet.",
        "Et opgør, Havnestad-træneren ser meget frem til.",
        "– Jeg forventer en svær kamp. Jeg tror, der bliver kog på, siger han.",
    ]
    assert _speakers(paragraphs, "da") == ["Bo Kjeldgaard"]


def test_han_without_the_role_sentence_keeps_the_subject_before() -> None:
    # near miss: no sentence speaks of the trainer between; "han" is the subject named before, as before
    paragraphs = [
        "Havnestads træner Bo Kjeldgaard glæder sig til søndagens kamp mod Vestby.",
        "Kort efter, at avisen talte med Bo Kjeldgaard, meldte Ib Sandvad ud, at han trækker sig fra løbet.",
        "– Jeg forventer en svær kamp. Jeg tror, der bliver kog på, siger han.",
    ]
    assert _speakers(paragraphs, "da") == ["Ib Sandvad"]


def test_role_noun_inside_the_quote_is_spoken_of() -> None:
    # near miss: "træneren" inside the quoted words is no subject before the quote
    paragraphs = [
        "Havnestads træner Bo Kjeldgaard glæder sig til søndagens kamp mod Vestby.",
        "Kort efter, at avisen talte med Bo Kjeldgaard, meldte Ib Sandvad ud, at han trækker sig fra løbet.",
        "– Jeg takker træneren. Det var en god dag, siger han.",
    ]
    assert _speakers(paragraphs, "da") == ["Ib Sandvad"]


# --- people_family_tails: "Klavs Bruun Jørgensen" after "Klavs Bruun" is one person -----------------------------


def test_two_word_name_then_the_full_name_is_one_person() -> None:
    paragraphs = [
        "Et interview mellem Peter Holm og Mette Lund sluttede brat.",
        "Som vanligt lod landstræner Mette Lund Kjærgaard sig interviewe efter kampen.",
        "»Det var ikke godt nok,« sagde Mette Lund Kjærgaard.",
    ]
    people = people_roles(paragraphs, "da")
    assert "Mette Lund" not in people and "Mette Lund Kjærgaard" in people
    assert _speakers(paragraphs, "da") == ["Mette Lund Kjærgaard"]


def test_english_name_then_the_name_with_a_family_name_added() -> None:
    paragraphs = [
        "Elaine Kessler was at the launch on Monday.",
        "Elaine Kessler Barlow, his former wife, said the book was his best.",
    ]
    people = people_roles(paragraphs)
    assert "Elaine Kessler" not in people and "Elaine Kessler Barlow" in people


def test_a_name_read_on_into_a_day_or_a_given_name_stays_apart() -> None:
    # near misses: "Jeff Dorrance Day" is a day named after him; "Sabir" is a given name of an Arabic chain
    people = people_roles(
        [
            "Jeff Dorrance won the race on Sunday, a week after Jeff Dorrance Day was held in his home town.",
            "Saddam Hussein was named, and so was Saddam Hussein Sabir, a former commander.",
        ]
    )
    assert "Jeff Dorrance" in people  # (not renamed "Jeff Dorrance Day")
    assert "Saddam Hussein" in people


# --- quote_spans: a straight single mark after "said:" opens a quote that goes on into the next paragraph -------


def test_straight_single_quote_after_a_colon_going_on_into_the_next_paragraph() -> None:
    paragraphs = [
        "Rovers beat City 3-1 on Saturday.",
        "Striker Tom Lundgaard, who scored twice, said: 'It was a special day for me and my family.",
        "'I have waited a long time for this.'",
    ]
    quotes = quotes_of(paragraphs)
    assert [q.text for q in quotes] == [
        "It was a special day for me and my family.",
        "I have waited a long time for this.",
    ]
    assert {q.speaker for q in quotes} == {"Tom Lundgaard"}


def test_straight_single_mark_before_a_lower_case_word_opens_no_quote() -> None:
    # near miss: a mark before a lower-case word after the colon is no quotation going on
    paragraphs = ["The plan listed two aims: 'cheaper fares and more trains for the towns of the coast."]
    assert quotes_of(paragraphs) == []


# --- people_not_names: "the first Test", "Test cricket" name a match, not a person ----------------------------------


def test_a_cricket_test_is_no_person() -> None:
    people = people_roles(
        [
            "Harbour lost the first Test by nine wickets, and the 2nd Test by an innings.",
            "It is a good reminder of how tough Test cricket is, said Ben Stokeley.",
        ]
    )
    assert "Test" not in people and "Ben Stokeley" in people


def test_a_family_name_test_after_a_given_name_is_still_a_person() -> None:
    # near miss: two words, a given name and the family name, are a person
    people = people_roles(["Dr Anna Test, a chemist at the university, said the results were clear."])
    assert "Anna Test" in people


# --- speaker_after: verbs of manner after a quote ("Roe beamed", "Roe snapped at reporters") ----------------------


def test_manner_verbs_after_a_quote_name_its_speaker() -> None:
    paragraphs = [
        "Rovers beat City 3-0, a statement from the club said on Monday.",
        '"We are delighted for the fans," Tom Lundgaard celebrated on Instagram.',
        '"This is the best day of my life," Paul Smithers beamed.',
        '"I have nothing to say," Sam Leeson snapped at reporters.',
        '"We did all we could for the club," Dean Browning assessed.',
    ]
    assert _speakers(paragraphs) == ["Tom Lundgaard", "Paul Smithers", "Sam Leeson", "Dean Browning"]


def test_a_title_in_quote_marks_before_a_name_and_a_verb_is_no_quote() -> None:
    # near miss: a short title in quote marks is no quotation, whatever verb follows the name after it
    paragraphs = ['The band played "Harbour Lights" Paul Smithers wrote in 1990 and the crowd cheered.']
    assert quotes_of(paragraphs) == []


# --- quotes: a paragraph of nothing but a quote, looked back at by the next ("Those were the sentiments of X") ------


def test_opening_quote_then_those_were_the_sentiments_expressed_by() -> None:
    paragraphs = [
        '"We are very sorry".',
        "Those were the sentiments expressed by Harbour skipper Tom Lundgaard to the fans after his side slumped to "
        "a heavy defeat on Sunday.",
        "The visitors were beaten by an innings inside three days.",
    ]
    assert _speakers(paragraphs) == ["Tom Lundgaard"]


def test_those_were_the_words_of_a_named_manager() -> None:
    paragraphs = [
        '"We were the better side on the day."',
        "Those were the words of Rovers manager Paul Smithers after his team beat City 3-0 on Saturday.",
    ]
    assert _speakers(paragraphs) == ["Paul Smithers"]


def test_quote_followed_by_an_unrelated_paragraph_gets_no_speaker_from_it() -> None:
    # near miss: the next paragraph names someone but does not look back at the words
    paragraphs = [
        '"We are very sorry".',
        "Harbour skipper Tom Lundgaard led his side out in front of 20,000 fans on Sunday.",
    ]
    assert _speakers(paragraphs) != ["Tom Lundgaard"]


# --- speaker_ages_en: "the 45-year-old" is the one the article gave that age -------------------------------------


def test_age_description_goes_to_the_one_given_that_age() -> None:
    paragraphs = [
        "Harbour Rovers manager Tom Lundgaard has signed a new deal.",
        '"I am delighted to stay," Lundgaard, 45, said on Tuesday.',
        'The club\'s chairman, Mark Evanson, was equally pleased. "Tom is the right man," he said.',
        '"We want to win the league," the 45-year-old added.',
    ]
    assert _speakers(paragraphs) == ["Tom Lundgaard", "Mark Evanson", "Tom Lundgaard"]


def test_age_description_with_no_age_given_goes_to_the_one_named_last() -> None:
    # near miss: nobody was given the age; the description is the one named last, as before
    paragraphs = [
        "Harbour Rovers manager Tom Lundgaard has signed a new deal.",
        "Chairman Mark Evanson praised the decision on Tuesday.",
        '"We want to win the league," the 61-year-old added.',
    ]
    assert _speakers(paragraphs) == ["Mark Evanson"]


# --- speaker_mentions: "siger vagtchef ved X Politi, Henrik Brix." is Brix's ---------------------------------------


def test_role_at_a_body_then_the_name_set_off_after_the_verb() -> None:
    paragraphs = [
        "Kort før midnat var der en voldsom soloulykke på Havnegade.",
        "»Føreren løb fra stedet. Vi har ikke fundet ham endnu,« siger vagtchef ved Havnby Politi, Ole Brixen.",
    ]
    assert _speakers(paragraphs, "da") == ["Ole Brixen"]


def test_role_at_a_body_without_a_name_stays_the_role() -> None:
    # near miss: no name after the comma; the role is read as before (its holder, else the role)
    paragraphs = [
        "Kort før midnat var der en voldsom soloulykke på Havnegade.",
        "»Føreren løb fra stedet,« siger vagtchef ved Havnby Politi, mens han viser vej.",
    ]
    assert _speakers(paragraphs, "da") != ["Havnby Politi"]


# --- people_index / people_barrelled: "Jakob Ellemann" and "siger Ellemann" after "Jakob Ellemann-Jensen" ------------


def test_double_barrelled_family_name_cut_to_its_first_part_is_one_person() -> None:
    paragraphs = [
        "På pressemødet deltog forsvarsminister Jakob Holmann-Jensen (V) og statsminister Mette Fredborg (S).",
        "Forsvarsminister Jakob Holmann støtter op om statsministeren.",
        "– Prisen for frihed stiger, siger Holmann (V) om forhandlingerne.",
    ]
    people = people_roles(paragraphs, "da")
    assert "Jakob Holmann" not in people and "Jakob Holmann-Jensen" in people
    assert _speakers(paragraphs, "da") == ["Jakob Holmann-Jensen"]


def test_first_part_that_is_someone_elses_family_name_stays_theirs() -> None:
    # near miss: "Holmann" is also the family name of another person named; "siger Holmann" is that one
    paragraphs = [
        "På mødet deltog Jakob Holmann-Jensen og Lise Holmann.",
        "– Det var et godt møde, siger Holmann.",
    ]
    assert _speakers(paragraphs, "da") == ["Lise Holmann"]


# --- speaker_fronted_en.without_participle_aside / speaker_after: wire copy's long asides and capitalised titles -------------------


def test_participle_aside_between_subject_and_verb_names_no_speaker() -> None:
    paragraphs = [
        "Senator Tom Lundgaard of Harbour, noting he was not present and did not know if President Mark Evanson had "
        'shared the source, said, "To compromise a source is something you just don\'t do."',
    ]
    assert _speakers(paragraphs) == ["Tom Lundgaard"]


def test_name_at_the_end_of_the_clause_without_an_aside_still_speaks() -> None:
    # near miss: no participle's aside; the name heading the clause before the verb speaks, as before
    paragraphs = ['After the vote in Harbour, President Mark Evanson said, "We will not give up."']
    assert _speakers(paragraphs) == ["Mark Evanson"]


def test_capitalised_title_after_a_genitive_then_a_ranked_name() -> None:
    paragraphs = [
        "President Mark Evanson met the visitors on Tuesday.",
        '"At no time were sources discussed," said Evanson\'s National Security Advisor, Lieutenant General Dean '
        'Browning, who also told reporters the talks went well.',
    ]
    assert _speakers(paragraphs) == ["Dean Browning"]


# --- people_phrase_roles / people_appositions: an apposition of the name before; a trade in the present ------------


def test_apposition_of_the_name_before_is_no_role_of_the_subject_after() -> None:
    roles = people_roles(
        [
            '"It could be wasting time," said Dr Marta Serrano, who studies behavioural economics at Harbour '
            "University.",
            "Working with Uri Gnessy, a professor of economics at Harbour, Serrano analysed the studies.",
        ]
    )
    assert "professor" not in (roles.get("Marta Serrano") or "")
    assert "studies behavioural economics" in (roles.get("Marta Serrano") or "")
    assert "professor of economics" in (roles.get("Uri Gnessy") or "")


def test_role_phrase_after_a_place_and_comma_still_gives_the_role() -> None:
    # near miss: the phrase follows a place, not a person; it is the name's role as before
    roles = people_roles(["In Leeds, the mayor, Jane Harlow, opened the bridge on Monday."])
    assert "mayor" in (roles.get("Jane Harlow") or "")


def test_relative_clause_of_a_trade_is_a_role() -> None:
    roles = people_roles(['"Most people here are poor," said Hassan Salwan, who sells bird seed at the market.'])
    assert "bird seed" in (roles.get("Hassan Salwan") or "")


def test_role_before_a_ranked_name_after_a_verb_of_saying() -> None:
    roles = people_roles(
        [
            '"It went well," said Evanson\'s National Security Advisor, Lieutenant General Sam Leeson, who also told '
            "reporters the talks went well."
        ]
    )
    assert "National Security Advisor" in (roles.get("Sam Leeson") or "")


def test_rank_alone_before_a_name_stays_the_role() -> None:
    # near miss: no phrase before the comma; the rank is the role as before
    roles = people_roles(['"It went well," said Lieutenant General Sam Leeson on Tuesday.'])
    assert roles.get("Sam Leeson") == "Lieutenant General"


# --- dash_goes_on: a narration paragraph telling a new person's stance ("har det stramt med") hands them the dash ---


def test_dash_paragraph_after_a_stance_told_by_har_det_is_that_persons() -> None:
    paragraphs = [
        "- Holdet har stadigvæk sin vindermentalitet, og det er vigtigt, siger Martin Brandvig.",
        "Landstræner Kasper Holmgaard har det også stramt med at tabe fodboldkampe.",
        "- Jeg føler, at jeg er blevet tæsket af et baseballbat, når jeg taber.",
    ]
    assert _speakers(paragraphs, "da") == ["Martin Brandvig", "Kasper Holmgaard"]


def test_dash_paragraph_after_an_act_of_a_new_person_stays_the_speakers() -> None:
    # near miss: the narration tells an act, not a stance; the one quoted before goes on, as before
    paragraphs = [
        "- Holdet har stadigvæk sin vindermentalitet, og det er vigtigt, siger Martin Brandvig.",
        "Landstræner Kasper Holmgaard stoppede ikke af sig selv i 2019.",
        "- Og så blev man utryg ved hele situationen i truppen.",
    ]
    assert _speakers(paragraphs, "da")[0] == "Martin Brandvig"
    assert _speakers(paragraphs, "da")[-1] != "Kasper Holmgaard"

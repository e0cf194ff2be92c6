"""People, roles and speakers, round 6: classes of error seen on articles the extractor was never tuned on,
each tested on sentences written for these tests (no article's words)."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, quotes_of


def _people(paragraphs: list[str], language: str = "en") -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(paragraphs, language) if f.kind == "person"}


def _speakers(paragraphs: list[str], language: str = "en") -> list[tuple[str, str | None]]:
    return [(f.text, f.speaker) for f in quotes_of(paragraphs, language)]


def _kind(paragraphs: list[str], kind: str) -> set[str]:
    return {f.text for f in facts_of(paragraphs) if f.kind == kind}


# A one-word company whose name is also a family name: the article treats it as a body.


def test_a_one_word_name_followed_by_which_is_a_body_and_the_speaker_is_its_name() -> None:
    paragraphs = ['"We have no comment," said Dalton, which owns the quarry.', "The quarry opened in 1990."]
    assert _people(paragraphs) == {}
    assert _speakers(paragraphs) == [("We have no comment", "Dalton")]


def test_a_one_word_name_whose_statement_speaks_of_its_own_things_is_a_body() -> None:
    people = _people(["Harrington said in a statement on Monday that its stores would stay open."])
    assert "Harrington" not in people


def test_a_one_word_name_before_what_only_a_body_has_is_a_body_not_a_person() -> None:
    people = _people([
        "Fenwick said it would cut 200 jobs.",
        "Fenwick chief executive Paul Marr said the cuts were painful.",
    ])  # fmt: skip
    assert people == {"Paul Marr": "Fenwick chief executive"}


def test_a_one_word_name_described_as_a_trade_is_a_body() -> None:
    people = _people([
        "Morrison, the supermarket chain, said sales rose.",
        '"It is late," said Acmerail, the operator of the line.',
    ])  # fmt: skip
    assert people == {}


def test_a_family_name_the_article_also_gives_with_a_given_name_stays_a_person() -> None:
    people = _people([
        "John Dalton runs the quarry.",
        "Dalton said in a statement that its future was safe.",
        "Dalton, who is 60, said he would stay.",
    ])  # fmt: skip
    assert list(people) == ["John Dalton"]


def test_a_person_who_speaks_of_himself_stays_a_person() -> None:
    assert "Tom Fenwick" in _people(["Tom Fenwick said he would cut his own pay."])


# A given name that is also a place: the place finder takes it, the person loses it.


def test_a_given_name_that_is_also_a_place_before_an_unknown_surname_is_a_person() -> None:
    people = _people([
        "Georgia Pellew said she would run again.",
        "Victoria Ashgrove, 34, won the race.",
        "Mara Quill, who heads the water board, said the dam was safe.",
    ])  # fmt: skip
    assert people == {"Georgia Pellew": None, "Victoria Ashgrove": None, "Mara Quill": "heads the water board"}


def test_the_place_a_given_name_was_taken_for_is_given_back_only_when_the_article_never_means_the_place() -> None:
    paragraphs = ["Georgia Pellew said she would run again.", "Jordan Maxey told reporters he left Jordan in May."]
    places = _kind(paragraphs, "place")
    assert "Georgia" not in places
    assert "Jordan" in places
    assert {"Georgia Pellew", "Jordan Maxey"} <= set(_people(paragraphs))


def test_a_place_and_a_plural_feed_word_is_no_person() -> None:
    assert _people(["Kenya Updates tweeted a photo of the flood."]) == {}


# Roles: shapes news copy uses that the readers missed or cut wrongly.


def test_a_role_after_a_possessive_determiner_drops_the_clause_before_it() -> None:
    people = _people([
        "Police said their spokesman, Ian Colley, would speak later.",
        "The council announced that its new chair, Rita Mossel, would start in May.",
    ])  # fmt: skip
    assert people == {"Ian Colley": "their spokesman", "Rita Mossel": "its new chair"}


def test_an_office_given_in_a_relative_clause_is_the_role_without_its_date() -> None:
    people = _people([
        "Ben Ostry, who was elected mayor in 2019, said no.",
        "Tom Bale, who was named coach last week, was upbeat.",
        "Joe Pym, who was arrested in May, was freed.",
    ])  # fmt: skip
    assert people == {"Ben Ostry": "mayor", "Tom Bale": "coach", "Joe Pym": None}


def test_a_danish_office_given_in_a_relative_clause() -> None:
    assert _people(["Lis Rydahl, der blev valgt som formand i 2018, siger nej."], "da") == {"Lis Rydahl": "formand"}


def test_an_aged_description_whose_head_is_followed_by_what_it_is_of() -> None:
    people = _people(["Ana Vidal spoke first.", "The 40-year-old mother of three said she was angry."])
    assert people == {"Ana Vidal": "40-year-old mother of three"}


def test_a_role_opening_a_sentence_before_an_honorific_and_a_surname_is_that_persons() -> None:
    assert _people([
        "Ruritania's prime minister has resigned after a week of protests.",
        "Mr Halvorsen said in a televised address that he was leaving.",
    ]) == {"Halvorsen": "Ruritania's prime minister"}  # fmt: skip
    assert _people([
        "The minister defended the plan in parliament.",
        "Critics were not convinced.",
        "Mr Halvorsen said the plan would stand.",
    ]) == {"Halvorsen": "minister"}  # fmt: skip


def test_a_role_before_someone_else_named_in_between_is_not_the_honorifics() -> None:
    people = _people([
        "The minister defended the plan.",
        "Jane Roeby, a critic, was not convinced.",
        "Mr Halvorsen said the plan would stand.",
    ])  # fmt: skip
    assert people == {"Jane Roeby": "critic", "Halvorsen": None}


def test_a_persons_possessive_before_a_person_noun_and_a_name_in_commas_is_the_role() -> None:
    people = _people([
        "Omar Reyes lives nearby.",
        "Reyes' neighbour, Ada Chu, said the road was loud.",
        "Reyes's cousin, Ben Chu, agreed.",
        "In a letter to his neighbour, Tomas Brill complained about the noise.",
    ])  # fmt: skip
    assert people == {
        "Omar Reyes": None, "Ada Chu": "Reyes' neighbour", "Ben Chu": "Reyes's cousin", "Tomas Brill": None,
    }  # fmt: skip


# Quotes and their speakers.


def test_a_short_sentence_a_speech_verb_and_a_colon_introduce_is_a_quote() -> None:
    speakers = _speakers(["Tom Haskell disagreed.", 'Haskell later wrote on Twitter: "Shame on them."'])
    assert speakers == [("Shame on them.", "Tom Haskell")]


def test_a_role_then_the_name_in_commas_after_a_quote_is_the_speaker() -> None:
    speakers = _speakers([
        "Mayor Lena Fosk opened the bridge on Sunday.",
        '"We are proud," the mayor\'s spokesman, Ian Voss, told the paper.',
        '"I\'m not worried," Fosk\'s neighbour, Ada Chu, said.',
    ])  # fmt: skip
    assert speakers == [("We are proud", "Ian Voss"), ("I'm not worried", "Ada Chu")]


def test_an_adverbial_phrase_before_a_name_and_a_speech_verb_is_no_unquoted_speech() -> None:
    speakers = _speakers([
        "In a letter to his neighbour, Tomas Brill complained about the noise.",
        "In my view the plan is badly flawed, Brill said.",
    ])  # fmt: skip
    assert speakers == [("In my view the plan is badly flawed", "Tomas Brill")]


def test_a_short_quote_attributed_to_the_role_given_before_is_that_persons() -> None:
    speakers = _speakers([
        "Police spokeswoman Kara Dunn said two men had been arrested.",
        '"Both are local," the spokeswoman said.',
    ])  # fmt: skip
    assert speakers == [("Both are local", "Kara Dunn")]


def test_a_given_name_that_is_also_a_place_before_a_family_name_is_no_place_of_the_article() -> None:
    paragraphs = ["Police spokeswoman Kara Dunn said two men had been arrested."]
    assert "Kara" not in _kind(paragraphs, "place")
    assert _people(paragraphs) == {"Kara Dunn": "Police spokeswoman"}


def test_a_danish_definite_role_opening_the_sentence_before_a_name_in_commas() -> None:
    people = _people(["Borgmesteren, Jens Vangsø (V), er skuffet.", "Formanden, Lis Bro, siger nej."], "da")
    assert people == {"Jens Vangsø": "Borgmesteren", "Lis Bro": "Formanden"}


# Names no list knows (African, Asian), named in passing: what the sentence does to them shows a person.


def test_a_name_whose_supporters_lawyers_or_relatives_are_named_is_a_person() -> None:
    assert _people(["Supporters of Otieno Wafula gathered outside the court."]) == {"Otieno Wafula": None}


def test_a_name_after_a_verb_only_done_to_people_or_before_what_only_happens_to_them() -> None:
    people = _people([
        "The court freed Tsegaye Worku on Friday.",
        "Dawit Kebede's arrest drew criticism.",
        "Nyein Aung, Bilguun Ochir and Reyot Alemu were all detained.",
    ])  # fmt: skip
    assert set(people) == {"Tsegaye Worku", "Dawit Kebede", "Nyein Aung", "Bilguun Ochir", "Reyot Alemu"}


def test_a_verb_in_the_third_person_after_a_name_is_no_kind_of_thing() -> None:
    assert _people(["A photo posted by Thabo Nkosi shows the flooded road."]) == {"Thabo Nkosi": None}
    assert _people(["The Roe Report shows run for years."]) == {}


def test_a_short_quote_reopened_right_after_its_attribution_is_the_same_speakers() -> None:
    speakers = _speakers(["Amaka Eze wrote about the flood.", '"I only wrote what I saw," Eze said. "Nothing more."'])
    assert speakers == [("I only wrote what I saw", "Amaka Eze"), ("Nothing more.", "Amaka Eze")]


def test_a_capitalised_role_noun_inside_a_title_before_a_given_name() -> None:
    people = _people([
        "UN Special Rapporteur Tom Iver criticised the law.",
        "Chief Economist Ada Lind warned of a slowdown.",
        "Deputy Director General Ana Ruiz left.",
    ])  # fmt: skip
    assert people == {
        "Tom Iver": "UN Special Rapporteur", "Ada Lind": "Chief Economist", "Ana Ruiz": "Deputy Director General",
    }  # fmt: skip


def test_a_danish_dash_paragraph_after_an_introduction_ending_in_a_colon_is_its_subjects() -> None:
    speakers = _speakers([
        "Borgmester Lene Vang (S) er glad for aftalen.",
        "Formand for Fremtek Ole Brink er uenig:",
        "– Aftalen er alt for dyr.",
        "Lene Vang svarer:",
        "– Det er den ikke. Den er billig.",
    ], "da")  # fmt: skip
    assert speakers == [("Aftalen er alt for dyr.", "Ole Brink"), ("Det er den ikke. Den er billig.", "Lene Vang")]


def test_quoted_by_a_paper_as_saying_attributes_the_quote_to_its_subject() -> None:
    speakers = _speakers([
        "Tom Veld was not there.",
        '"Nobody warned us," Veld was quoted by the Courier as saying.',
        '"We knew nothing about the plan," Veld was quoted as saying.',
    ])  # fmt: skip
    assert speakers == [("Nobody warned us", "Tom Veld"), ("We knew nothing about the plan", "Tom Veld")]


# Round 6 (fresh dev articles): classes of quote error.


def test_quoted_words_that_hold_no_clause_inside_a_sentence_are_no_quote() -> None:
    speakers = _speakers([
        "Agency spokesman Tom Lidell described the dead as \"patriots who served their nation.\"",
        'Such doses can kill a person "within a few weeks", according to the Nuclear Safety Council.',
        'He stressed there was "no need to evacuate immediately" but said the risk was real.',
        'Officials blamed rumours that "severely disturb public order and deserve punishment", the agency said.',
        'She tweeted: "so sad to see the city like this"',
    ])  # fmt: skip
    # (a phrase credited by ", according to X" is X's words: the dev gold quotes such a phrase, round 17)
    assert [text for text, _ in speakers] == [
        "within a few weeks", "severely disturb public order and deserve punishment", "so sad to see the city like this",
    ]  # fmt: skip


def test_a_name_and_an_apposition_left_open_before_the_verb_is_the_speaker() -> None:
    speakers = _speakers([
        'Jarret Blom, consultant to the government on terrorism said in an interview, "He is one of their heroes."',
        'Evan Kolm, who tracks web sites for a network said, "He ran the forum for two years."',
        'In Paris, the minister said: "We will wait for the report."',
    ])  # fmt: skip
    assert speakers[0][1] == "Jarret Blom" and speakers[1][1] == "Evan Kolm"
    assert speakers[2][1] != "In Paris"


def test_a_quote_that_opens_with_a_finite_verb_after_a_speech_verb_and_its_subject_is_speech() -> None:
    # A bare infinitive after "to" ('urged them to "think of ..."') is read as the writer's phrase, as
    # quote_cues.phrase_not_clause decides: the two rounds' helpers disagreed, and keeping it as speech cost
    # the round-6 dev articles one spurious quote.
    speakers = _speakers([
        'Prime Minister Tony Abbey said the government "condemns the shooting at the event".',
        'He urged them to "think of other than military options".',
    ])  # fmt: skip
    assert speakers == [("condemns the shooting at the event", "Tony Abbey")]


def test_the_source_an_as_clause_names_in_an_introduction_speaks_the_block_after_it() -> None:
    speakers = _speakers([
        "Jose Ferrer was arrested in Havana.",
        "The re-arrest of Jose Ferrer, as Uncommon Sense reports, also appears to support this claim:",
        "Ferrer had been released in 2011 and has been harassed ever since by the police of the regime.",
    ])  # fmt: skip
    assert [speaker for _, speaker in speakers] == ["Uncommon Sense"]


def test_a_naming_verb_after_a_comma_is_no_attribution_of_unquoted_speech() -> None:
    assert _speakers(["Yesterday, a paper reported on one such group, called Safecast, whose staff found more."]) == []


# Round 6: people and roles.


def test_a_blog_or_paper_that_as_names_as_the_source_of_a_report_is_no_person() -> None:
    people = _people(["As Uncommon Sense reports, the arrests go on.", "As Jane Smith reported, the arrests go on."])
    assert people == {"Jane Smith": None}


def test_a_pen_name_a_group_called_so_and_a_two_word_places_people_are_no_people() -> None:
    people = _people([
        "Al-Balawi posted online under the name Abu Dujanah al-Khurasani.",
        "A paper reported on one such group, called Safecast, whose investigators found high readings.",
        "He edited a banned periodical called Nameh.",
        'The firm ran an advert titled "Juan Valdez drinks Costa Rican coffee."',
    ])  # fmt: skip
    assert "Abu Dujanah al-Khurasani" not in people and "Safecast" not in people and "Nameh" not in people
    assert "Costa Rican" not in people


def test_title_words_and_particles_in_names() -> None:
    people = _people([
        "Mofaz was promised the title of a Minister Without Portfolio.",
        "Listen to me closely: I will not enter Bibi's government.",
        "General Ilker Basbug, Chief of the General Staff of the Armed Forces, held talks.",
        "The fuel was given after the death of Malawi's president Bingu wa Mutharika.",
        "Canadian Public Safety Minister Stockwell Day met the family.",
    ])  # fmt: skip
    # "Bibi's government": a one-word name in the genitive that the entity tagger reads as a person is one
    # (a nickname is still a person; entity_tagger.py)
    assert people == {
        "Bibi": None,
        "Ilker Basbug": "Chief of the General Staff of the Armed Forces",
        "Bingu wa Mutharika": "president",
        "Stockwell Day": "Canadian Public Safety Minister",
    }  # fmt: skip


def test_headline_cut_by_a_colon_is_still_a_headline() -> None:
    assert _people(["Ruritania: Controversy Over Banning of Popular Priest", "The priest was banned."]) == {}


def test_long_roles_before_and_after_a_name() -> None:
    people = _people([
        "Jenny Lee, co-ordinator of Amnesty International in Australia, expressed concern.",
        "Deputy director for the Middle East and North Africa for Amnesty International, Hassiba Sahraoui, said more.",
        "Keyvan Samimi, a member of the Center for Human Rights Defenders' Arrests Committee and editor of a banned"
        " periodical, was taken into custody.",
        "The bank and its head, Mario Drago, who was chief executive of the World Bank, asked for reforms.",
    ])  # fmt: skip
    assert people["Jenny Lee"] == "co-ordinator of Amnesty International in Australia"
    assert people["Hassiba Sahraoui"] == "Deputy director for the Middle East and North Africa for Amnesty International"
    assert (people["Keyvan Samimi"] or "").startswith("member of the Center")
    assert people["Mario Drago"] == "its head; chief executive of the World Bank"


def test_the_subject_of_a_clause_before_a_comma_and_a_participle_of_saying_is_the_speaker() -> None:
    speakers = _speakers([
        "Sombat Boonnam urged a silent protest.",
        "Weerachon Sukhon expressed awareness of the gesture's origins, stating \"We know it comes from the movie.\"",
        "Army spokesman Weerachon Sukhon repeated the point, stating \"We know it is a sign of resistance.\"",
    ])  # fmt: skip
    assert [speaker for _, speaker in speakers] == ["Weerachon Sukhon", "Weerachon Sukhon"]


def test_a_body_that_informs_or_advises_and_a_sentence_adverb_before_it_are_no_names() -> None:
    speakers = _speakers([
        "The ministry also informed citizens to stay away from protests, citing that \"even peaceful marches can turn"
        ' violent\".',
        'Finally, the blog "Marcha Verde" shares some grim numbers: "Half of all workers have no contract at all."',
    ])  # fmt: skip
    assert speakers[0][1] == "The ministry"
    assert all(speaker != "Finally" for _, speaker in speakers)
    assert _people(["The DoS also informed citizens of the risk."]) == {}


def test_a_long_role_opened_by_the_and_a_role_noun_of_a_body_before_the_name() -> None:
    people = _people([
        "The news broke on May 8: the head of the opposition and new chairman of the centrist Lumo party, Saul"
        " Mofet, agreed to join the government.",
    ])  # fmt: skip
    assert people == {"Saul Mofet": "head of the opposition and new chairman of the centrist Lumo party"}


def test_one_of_a_group_named_by_its_role_before_a_copula_and_the_name() -> None:
    assert _people(["One of these journalists was Attila Mongo, also known for his fight for free media."]) == {
        "Attila Mongo": "one of these journalists"
    }

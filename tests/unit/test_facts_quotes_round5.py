"""Quotes with the right speaker, fifth round: one test per error class a linguist would name, on sentences
written for these tests (English and Danish)."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import Fact, extract_facts
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _quotes(paragraphs: list[str], language: str = "en") -> list[Fact]:
    article = ArticleText(Path(f"t-{language}.txt"), "txt", "Title", [TextBlock(p) for p in paragraphs])
    facts = extract_facts(build_document(article, language=language))
    return sorted((f for f in facts if f.kind == "quote"), key=lambda f: f.sentence)


def _speakers(paragraphs: list[str], language: str = "en") -> list[str | None]:
    return [q.speaker for q in _quotes(paragraphs, language)]


def test_an_appositive_between_the_name_and_a_far_verb_before_a_colon_leaves_the_name_speaking() -> None:
    speakers = _speakers([
        "Voters were gloomy after the debate.",
        "Tomas Brandt, a writer at Harbour Notes, affirmed that the state of Northern Politics hurt the country again:",
        "The debate hurts us again. Everyone shouted and very few strong ideas were heard in two long hours of talk.",
        "Later, he added that real change will come from the citizens:",
        "As citizens we have opened our eyes and we now know that change depends on all of us together.",
    ])  # fmt: skip
    assert speakers == ["Tomas Brandt", "Tomas Brandt"]


def test_verbs_of_joking_and_predicting_and_an_infinitive_of_saying_introduce_a_block() -> None:
    speakers = _speakers([
        "Harbour Sports, in a detailed post titled \"Ten Years of Ferries\" said:",
        "The ferry has carried four million people since it began to sail between the two towns in the spring.",
        "They went on to add:",
        "It is also the oldest ferry line in the region, with three boats and more than forty crew members.",
        "On Twitter, many joked about the ferry.",
        "Noa quipped:",
        "@n_sunny: This is exactly what our town needs right now, another slow boat to nowhere at all.",
    ])  # fmt: skip
    assert speakers == ["Harbour Sports", "Harbour Sports", "Noa"]


def test_a_source_named_by_its_web_address_or_by_initials_speaks() -> None:
    speakers = _speakers([
        "A harbourwatch.dk editorial predicts that the ferry will close within the year:",
        "The owners thus face a hard task of trying to win back half of the passengers they lost in the last year.",
        "On Twitter, K.L. agrees:",
        "@kl_harbour: I don't see the point of a ferry that runs only in the summer months.",
    ])  # fmt: skip
    assert speakers == ["harbourwatch.dk", "K.L."]


def test_the_agent_of_a_passive_in_an_introduction_is_not_who_posted_the_quoted_post() -> None:
    speakers = _speakers([
        "Reporter Jane Roe went to the harbour on Monday.",
        "A photo posted by Jane Roe, a local reporter, has gone viral, shared by readers who found it funny:",
        "@bigjohn: The ferry company's new slogan is \"Always On Time\". This photo says otherwise.",
    ])  # fmt: skip
    assert speakers == ["@bigjohn"]


def test_a_body_that_issues_a_statement_saying_something_speaks_not_the_statement() -> None:
    speakers = _speakers([
        'Harbour Ferries issued a statement saying "The usual route was declared safe by the port authority."',
        "Meanwhile, the Lakeland transport ministry has denied any role, posting a statement on its website which "
        'read, "We affirm that no ships of ours were in that area on the night of the crash."',
        'The union sent a letter stating: "Our members will not work on the boats until the owners fix them."',
    ])  # fmt: skip
    assert speakers == ["Harbour Ferries", "the Lakeland transport ministry", "The union"]


def test_a_pronoun_passes_over_a_passives_agent_and_a_namesake() -> None:
    quotes = _quotes([
        "Freed captive Maria Lund arrived in Oslo today.",
        'Standing beside President Erik Dahl at the airport, Lund said, "I am so happy to be home."',
        "The Norwegian author was welcomed at the airport by the President and his wife, Anne Dahl, along with "
        "friends.",
        '"I have waited years for this day. I owe you everything," she said, thanking the country.',
    ])  # fmt: skip
    assert [q.speaker for q in quotes] == ["Maria Lund", "Maria Lund"]


def test_a_full_name_tells_two_people_sharing_a_surname_apart() -> None:
    speakers = _speakers([
        "The writer Maria Lund died on Sunday in Bergen.",
        'Her brother Olav Lund said "she never gave up hope and we never gave up on her".',
    ])  # fmt: skip
    assert speakers == ["Olav Lund"]


def test_a_quote_ended_by_a_full_stop_is_not_attributed_by_the_next_sentence() -> None:
    speakers = _speakers([
        "Freed captive Maria Lund arrived in Oslo today with President Erik Dahl.",
        'She added, "Norway is my home and you are my family." Dahl said her return shows "there is always hope '
        'for those still held".',
    ])  # fmt: skip
    assert speakers == ["Maria Lund", "Erik Dahl"]


def test_a_quote_signed_right_after_its_closing_mark_by_a_name_and_a_role() -> None:
    speakers = _speakers([
        "The league mourned its top scorer Peter Vik, who died last week.",
        "\u201cVik's skills and talent were plain for the whole world to see\u201dKarl Moen - League President",
    ])  # fmt: skip
    assert speakers == ["Karl Moen"]


def test_she_is_the_woman_named_in_the_sentence_before_even_one_the_people_finder_missed() -> None:
    quotes = _quotes([
        '"The changes have made me think again," said Representative Jim Roe (R Iowa), who voted no on Monday.',
        "But Representative Marcy Kolber (D Ohio) was not changing her no vote.",
        '"I will not support this bill because it is the wrong medicine," she said.',
    ])  # fmt: skip
    # (the people finder reads "Representative" as Jim Roe's title, not part of his name)
    assert [q.speaker for q in quotes] == ["Jim Roe", "Marcy Kolber"]


def test_quoted_words_after_a_determiner_or_about_are_a_phrase_of_the_writer_not_speech() -> None:
    speakers = _speakers([
        "Mayor Jane Roe opened the new shelter on Monday.",
        'She called on the region to help end the "long habit of leaving the homeless out in the cold".',
        'Reporter Tom Weller wrote about the "hidden story of the shelter and the people who built it":',
        "The shelter took two years to build and more than four hundred people gave money to the work.",
        'The council passed a bill concerning "shelter for all who need it in the months of winter and spring".',
        'The tag #ShelterNow ("a roof for everyone tonight and every night") trended.',
    ])  # fmt: skip
    assert speakers == ["Tom Weller"]


def test_after_a_verb_of_saying_a_determiner_opens_the_speech() -> None:
    speakers = _speakers([
        'Jane Roe, an expert on bridges, warns the "levels of traffic the old bridge carries are far beyond what '
        'it was built for".',
    ])  # fmt: skip
    assert speakers == ["Jane Roe"]


def test_a_participle_of_saying_after_quoted_phrases_has_the_sentences_subject() -> None:
    speakers = _speakers([
        "The pilot Karl Moen died in the crash of his plane last week.",
        'US citizen Ann Moss, the mother of one of those killed in the crash, called Moen "a careless man" who '
        '"should not have flown", adding to the BBC: "I feel no pity for him. He got to die at home."',
    ])  # fmt: skip
    assert speakers == ["Ann Moss"]


def test_a_name_governed_by_a_preposition_is_not_the_subject_an_unattributed_quote_goes_back_to() -> None:
    speakers = _speakers([
        "Director of Friends for Clean Water, Tom Weller, offered his reading of the new rules.",
        "\"People who back some of these rules will forget about the cost and say, 'Give me a grant and I will go "
        "along'.\"",
    ])  # fmt: skip
    assert speakers == ["Tom Weller"]


def test_a_name_given_to_something_after_a_verb_of_naming_is_no_speech() -> None:
    speakers = _speakers([
        'The watchdog Friends of the Coast has called the new harbour plan "a plain case of favours to one '
        'builder."',
        'Mayor Jane Roe replied, "the plan was open to every builder in the region from the first day."',
    ])  # fmt: skip
    assert speakers == ["Jane Roe"]


def test_a_persons_name_and_a_colon_label_their_words_even_inside_a_longer_quote() -> None:
    quotes = _quotes([
        "On his blog, Tom Weller reported on the angry comments posted by some readers after the police asked "
        "for help:",
        "The post got 300 shares and kind replies, but also comments full of spite. [For example] Mark Vogel: Look "
        "in the car parks first, maybe a stranger took her away.",
    ])  # fmt: skip
    by_speaker = {q.speaker: q for q in quotes}
    assert set(by_speaker) == {"Tom Weller", "Mark Vogel"}
    assert by_speaker["Mark Vogel"].text.startswith("Look in the car parks")


def test_an_introduction_presenting_a_source_by_name_before_a_colon_gives_the_source() -> None:
    speakers = _speakers([
        "Online groups have taken up the cause of the farmers.",
        "Another Facebook group speaking for them is Fair Harvest Now:",
        "The growth of a country can never come about with the work of only one part of its people.",
        "Finally, there is Grain-Net:",
        "The aim of this group is to give farmers a fair voice in the towns and in the national parliament.",
    ])  # fmt: skip
    assert speakers == ["Fair Harvest Now", "Grain-Net"]


def test_a_speech_verb_joined_by_and_to_a_long_main_clause_has_the_clauses_subject() -> None:
    speakers = _speakers([
        "Minister Karl Moen opened the beach season on Monday.",
        "In its first year, the Centre for Coastal Safety recorded 63 accidents on the beaches, of which 18 were "
        'drownings, and noted that "the number of swimmers in danger is rising fast every summer".',
    ])  # fmt: skip
    assert speakers == ["Centre for Coastal Safety"]  # a body the article names goes by its name, no article


def test_when_asked_has_no_subject_the_verb_after_it_names_the_speaker() -> None:
    speakers = _speakers([
        "Local radio interviewed Jane Roe and Mark Vogel about the harbour.",
        "When asked about the mood among sailors in the town, Mark noted:",
        "Well there are a lot of sailors here but most of them work on ships far from home for most of the year.",
    ])  # fmt: skip
    assert speakers == ["Mark Vogel"]


def test_capitalised_words_without_the_are_a_name_not_a_role_to_look_up() -> None:
    speakers = _speakers([
        "Reporter Jane Roe wrote about the harbour in May.",
        "Writing about the state of the local blogs in 2010, Harbour Economist observed:",
        "A strange thing has happened to our blogs. Rather than grow, they seem to have shrunk in recent times.",
    ])  # fmt: skip
    assert speakers == ["Harbour Economist"]


def test_a_short_quote_that_is_whole_sentences_is_speech_not_a_phrase_in_passing() -> None:
    speakers = _speakers([
        "Mia Holt, a second year art student, skipped class to see the show. Why did she want to go so badly? "
        '"It is Monet. He is a giant."',
    ])  # fmt: skip
    assert speakers == ["Mia Holt"]


def test_a_body_that_is_the_subject_of_a_sentence_quoting_without_a_verb_of_saying_speaks() -> None:
    speakers = _speakers([
        "Judge Anna Berg read the ruling on Monday.",
        'The court justified the "double term" on the grounds "the sums involved are unusually large, and the '
        'details are very serious".',
    ])  # fmt: skip
    assert speakers == ["The court"]


def test_it_is_noted_on_a_named_source_that_gives_the_source() -> None:
    speakers = _speakers([
        "Mayor Jane Roe signed the harbour bill in May.",
        'It is noted on the Harbour Board Website that "On 1 May the board passed the bill as the vehicle for the '
        'new ferry line."',
    ])  # fmt: skip
    assert speakers == ["the Harbour Board Website"]


def test_a_role_opening_the_sentence_before_stands_for_its_holder_when_a_pronoun_speaks() -> None:
    speakers = _speakers([
        "Harbour master Ole Dam and Mayor Jane Roe met on Monday.",
        '"We will open the new quay in June," the harbour master told reporters.',
        "The mayor was more careful.",
        '"We must first see whether the ships actually come here," she said.',
    ])  # fmt: skip
    assert speakers == ["Ole Dam", "Jane Roe"]


def test_danish_pronoun_after_the_verb_keeps_its_reference_whatever_adjuncts_follow() -> None:
    speakers = _speakers([
        "Formand for havnerådet Peter Vang er mere forsigtig end borgmester Hanne Lund.",
        "»Vi skal først se, om skibene faktisk kommer hertil,« siger han til Nordavisen.",
        "Ifølge Hanne Lund vil det »tage mindst fem år at få havnen til at betale sig«.",
    ], "da")  # fmt: skip
    assert speakers == ["Peter Vang", "Hanne Lund"]


def test_the_owner_of_a_statement_or_reply_speaks() -> None:
    speakers = _speakers([
        "Council spokeswoman Jane Roe and Mark Vogel spoke after the vote.",
        'The council\'s statement read: "The new plan will take effect from the first of June."',
        "Harbour Ferries' letter said: \"We will run two more boats a day from the first of June.\"",
    ])  # fmt: skip
    assert speakers == ["The council", "Harbour Ferries"]


def test_danish_second_verb_joined_by_og_and_a_dash_quote_after_a_colon() -> None:
    speakers = _speakers([
        "Direktør Peter Dam og borgmester Karen Lund var til stede ved åbningen af havnen.",
        "– Vi er meget glade, siger hun og tilføjer:",
        "– Men der er stadig meget arbejde foran os i de kommende år.",
        "Peter Dam understreger: – Byen skal ikke betale en eneste krone for den nye havn.",
    ], "da")  # fmt: skip
    assert speakers == ["Karen Lund", "Karen Lund", "Peter Dam"]


def test_quoted_words_after_call_for_or_against_are_what_is_asked_not_speech() -> None:
    speakers = _speakers([
        "Doctor Ann Moss led the study of children's diets.",
        'The authors call for "urgent action on the salt in all bread sold in the country".',
        '"We found the problem in every school we visited," Moss said.',
    ])  # fmt: skip
    assert speakers == ["Ann Moss"]


def test_hun_and_han_know_the_sex_of_danish_given_names() -> None:
    speakers = _speakers([
        "Direktør Ole Dam og borgmester Hanne Lund var til stede ved åbningen af havnen.",
        "– Vi er meget glade for den nye havn, siger hun.",
        "– Men der er stadig meget arbejde foran os, siger han.",
    ], "da")  # fmt: skip
    assert speakers == ["Hanne Lund", "Ole Dam"]


def test_the_sender_of_an_email_or_letter_speaks_not_its_addressee() -> None:
    speakers = _speakers([
        "Minister Jane Roe took office in May.",
        'An email from Harbour Partners to Jane Roe advises: "Tell them the cost will not be greater than the last '
        'lease we signed."',
    ])  # fmt: skip
    assert speakers == ["Harbour Partners"]


def test_danish_next_sentence_attribution_and_ifolge_a_definite_role() -> None:
    speakers = _speakers([
        "Borgmester Karen Lund og direktør Peter Dam mødtes fredag.",
        "»Det bliver dyrt, men det er pengene værd.« Det siger Peter Dam til TV2.",
        "»Der er ingen vej udenom.« Sådan siger Karen Lund.",
        "Ifølge borgmesteren er broen »en gave til hele egnen og til alle, der bor her«.",
    ], "da")  # fmt: skip
    assert speakers == ["Peter Dam", "Karen Lund", "Karen Lund"]


def test_someone_named_through_another_speaks_as_themself_and_a_title_stop_ends_no_sentence() -> None:
    speakers = _speakers([
        "Minister Jane Roe was not at the meeting on Monday.",
        '"The minister has other duties this week," Roe\'s spokesman said.',
        '"We have no comment on the talks," according to a statement from the ministry.',
        '"It is safe," said Dr. Tom Lee, a surgeon at the city hospital.',
        '"We disagree with the minister entirely," a spokesman for Roe\'s rival Mark Vogel said.',
    ])  # fmt: skip
    assert speakers == [
        "Roe's spokesman", "the ministry", "Tom Lee", "a spokesman for Roe's rival Mark Vogel"
    ]  # fmt: skip


def test_the_woman_she_points_to_keeps_the_title_written_before_her_name() -> None:
    article = ArticleText(Path("t-en.txt"), "txt", "Title", [TextBlock(p) for p in [
        '"The changes have made me think again," said Representative Jim Roe (R Iowa), who voted no on Monday.',
        "But Representative Marcy Kolber (D Ohio) was not changing her no vote.",
        '"I will not support this bill because it is the wrong medicine," she said.',
    ]])  # fmt: skip
    people = {f.text: f.role for f in extract_facts(build_document(article, language="en")) if f.kind == "person"}
    assert people.get("Marcy Kolber") == "Representative"


def test_they_is_the_group_named_before_never_one_person() -> None:
    speakers = _speakers([
        "Reporter Jane Roe spoke to residents of the flooded street on Monday.",
        "Residents said the council had been warned for years.",
        '"We told them again and again, and nobody listened to us," they said.',
    ])  # fmt: skip
    assert speakers == ["residents"]


def test_a_bracket_between_the_name_and_the_verb_after_a_quote() -> None:
    speakers = _speakers([
        "Mayor Jane Roe and Tom Lee met on Monday.",
        '"We have a deal on the harbour," Roe (pictured) said.',
    ])  # fmt: skip
    assert speakers == ["Jane Roe"]


def test_a_name_and_a_colon_before_title_case_words_is_a_headline_not_a_label() -> None:
    quotes = _quotes([
        "Mayor Jane Roe spoke on Monday.",
        "Jane Roe: The Woman Who Saved the Harbour From the Storm",
        "The crowd cheered. Jane Roe: We did it together, all of us, and nobody can take that away.",
    ])  # fmt: skip
    assert [(q.speaker, q.text[:9]) for q in quotes] == [("Jane Roe", "We did it")]


def test_danish_groups_speak_and_de_is_the_group_before() -> None:
    speakers = _speakers([
        "Borgmester Karen Lund besøgte den oversvømmede gade mandag.",
        "Beboerne siger, at kommunen var advaret i årevis.",
        "»Vi sagde det igen og igen, men ingen lyttede til os,« siger de.",
        "»Vandet kom ind ad døren på få minutter,« siger vidnerne.",
    ], "da")  # fmt: skip
    assert speakers == ["beboerne", "vidnerne"]


def test_the_writer_of_an_email_by_someone_speaks_not_the_previous_quotes_speaker() -> None:
    speakers = _speakers([
        "Minister Jane Roe took office in May.",
        'An email from Harbour Partners to Jane Roe advises: "Tell them the cost will not be greater than the last '
        'lease we signed." A later email by Roe shows how close they were, as she writes to her deputy Tom Lee '
        'about the deal, saying, "I owe you one, my friend."',
    ])  # fmt: skip
    assert speakers == ["Harbour Partners", "Jane Roe"]


def test_an_article_or_preposition_opening_an_introduction_is_never_the_speakers_name() -> None:
    speakers = _speakers([
        "Students marched through the city on Friday.",
        "A comment under the video on the Harbour Channel reads:",
        "I was there, and I can tell you that nobody threw anything at the police that day.",
    ])  # fmt: skip
    assert speakers and speakers[0] not in ("A", "On") and "comment" in (speakers[0] or "")

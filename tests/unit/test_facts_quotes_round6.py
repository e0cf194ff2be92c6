"""Quotes with the right speaker, sixth round: one test per error class a linguist would name, on sentences
written for these tests (English)."""

from __future__ import annotations

from briefing_app.core.facts.quote_phrases import phrase_not_clause
from tests.unit.facts_helpers import quotes_of


def _speakers(paragraphs: list[str], language: str = "en") -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs, language)]


def test_a_quoted_phrase_inside_the_writers_sentence_is_no_speech() -> None:
    speakers = _speakers([
        "Harbour guard Tom Weller died in the storm on Friday.",
        'In a statement, the harbour master Jane Roe described the lost guards as "brave men who served the town '
        'for years."',
        'She stressed there was "no need to close the harbour before the spring tides."',
        'A local fisherman said the inquiry was "a real waste of everyone\'s time and money."',
        'The guards were lost while "checking the moorings of the ferry in the night."',
        'The board\'s task was to; "monitor the harbour walls and report on them every month."',
        'Roe asked for "3 boats, 3 crews and a radio" for the winter months.',
    ])  # fmt: skip
    assert speakers == []


def test_a_quoted_clause_inside_the_writers_sentence_stays_speech() -> None:
    speakers = _speakers([
        'Harbour master Jane Roe said the town "will never forget the men who served it for years."',
        'Mayor Tom Weller said the council "condemns the neglect that led to the storm damage at the pier."',
        'Ann Moss insisted she was "about to leave and I ask now to be left alone with my family."',
    ])  # fmt: skip
    assert speakers == ["Jane Roe", "Tom Weller", "Ann Moss"]


def test_phrase_or_clause_from_the_words_alone() -> None:
    assert phrase_not_clause("He described them as", "heroes who served")
    assert phrase_not_clause("It is", "a real waste of time")
    assert phrase_not_clause("he said he would rather be", "eaten by fish than by worms")
    assert phrase_not_clause("The report says the sites have been", "criticized and punished accordingly")
    assert not phrase_not_clause("He said the plan", "was never agreed by anyone")
    assert not phrase_not_clause("He said:", "a waste of time, all of it")
    assert not phrase_not_clause("", "a waste of time, all of it")


def test_a_paragraph_ending_in_a_colon_introduces_the_next_one_and_is_not_itself_quoted() -> None:
    quotes = quotes_of([
        "Readers of the harbour blog were moved by the storm.",
        "Many of them posted pictures of the damage:",
        "Tom Weller shared a photo of the broken pier at the north end of town:",
        "Ann Moss wrote on her blog:",
        "The pier was the heart of our town and we will build it again, stone by stone, whatever it costs us.",
    ])  # fmt: skip
    assert [(q.speaker, q.text[:8]) for q in quotes] == [("Ann Moss", "The pier")]


def test_an_introduction_naming_an_account_holder_by_handle_introduces_their_post_whatever_the_verb() -> None:
    speakers = _speakers([
        "The new harbour toll started on Monday and the town's users reacted at once.",
        "Ann B. Moss (@annbmoss) expresses surprise:",
        "Nobody asked the fishermen about the toll before it was voted in, and now we pay it every morning.",
        "Harbour writer Tom Weller (@ tweller) is ironic:",
        "Best toll ever: we pay to look at the sea that our fathers fished for free for a hundred years.",
        "@seaclerk is angry:",
        "The toll goes to the council and not one coin of it goes to repairing the old pier on the north side.",
        "Some, such as Al Doe (@aldoe), want lower tolls, while Jane Roe (@janeroe) wrote:",
        "A toll is fair when the money mends the harbour that everyone uses, and that is all we ask for.",
    ])  # fmt: skip
    assert speakers == ["Ann B. Moss", "Tom Weller", "@seaclerk", "Jane Roe"]


def test_verbs_of_mentioning_describing_and_publishing_introduce_a_block() -> None:
    speakers = _speakers([
        "The harbour festival closed on Sunday after three days of music.",
        "Ann Moss, from the Harbour Notes blog, describes the last night of the festival:",
        "The whole quay sang along with the band and nobody wanted to go home when the lights went out at midnight.",
        "Tom Weller from Sea Radio mentioned the crowds that came from the villages along the coast:",
        "Buses came from every village on the coast and the roads were full of cars until the early morning.",
        "On Town Voices, writer Jane Roe published a text on the festival, where she assures that it will return:",
        "We will see the quay full of music again next summer, and the summer after that, for many years to come.",
    ])  # fmt: skip
    assert speakers == ["Ann Moss", "Tom Weller", "Jane Roe"]


def test_the_blog_or_the_blogger_named_again_by_what_it_is_goes_on_speaking() -> None:
    speakers = _speakers([
        "The harbour toll divided the town's writers.",
        "The blog Harbour Notes wrote:",
        "The toll is a tax on the poorest people of the town, who have no other way to reach the islands.",
        "The mayor Tom Weller defended the toll at a meeting of the council on Monday.",
        "The blogger wrote:",
        "Although the mayor defends it, the toll will not survive the next election if the people are asked.",
        "The story continues:",
        "Fishermen say that they will take their boats to the next town if the toll is not dropped by spring.",
    ])  # fmt: skip
    assert len(speakers) == 3 and all(s is not None and s.endswith("Harbour Notes") for s in speakers)


def test_a_name_in_quote_marks_after_a_lead_in_adverb_is_the_blog_not_the_adverb() -> None:
    speakers = _speakers([
        "The harbour toll divided the town's writers.",
        'Finally, the blog "Sea Voices" (a fishermen\'s page) shares some grim figures:',
        "Half of the boats in the harbour have not left it since the toll began, and many crews have no work.",
    ])  # fmt: skip
    assert speakers == ["Sea Voices"]


def test_an_appositive_missing_its_closing_comma_still_describes_the_name_before_it() -> None:
    speakers = _speakers([
        'Jane Roe, who runs the shelter on the quay said, "We have never seen so many people at our door."',
        'Tom Weller, consultant to the council on housing said in an interview, "The town needs two more shelters. '
        'It needs them before the winter."',
    ])  # fmt: skip
    assert speakers == ["Jane Roe", "Tom Weller"]


def test_a_body_that_is_the_subject_of_the_quoting_clause_speaks_whatever_its_verb() -> None:
    speakers = _speakers([
        "Mayor Tom Weller reopened the old pier on Monday.",
        'Nonetheless, after the storm, the Coastal Safety Authority (CSA) advised "visitors should not walk on '
        'the old pier after dark."',
        'The CSA also warned fishermen to stay in port, citing that "storms of this size can wreck even the '
        'largest boats."',
    ])  # fmt: skip
    assert speakers[0] == "Coastal Safety Authority (CSA)"
    assert len(speakers) == 2 and speakers[1] is not None and "CSA" in speakers[1]


def test_he_said_after_a_sentence_opened_by_an_unnamed_spokesman_is_that_spokesman() -> None:
    speakers = _speakers([
        "Mayor Tom Weller closed the old pier on Monday.",
        "A spokesman for the Coastal Safety Authority, the region's harbour watchdog, said the pier had cracked.",
        '"We have closed the pier until the engineers have checked every one of its piles," he said.',
    ])  # fmt: skip
    assert speakers == ["A spokesman for the Coastal Safety Authority"]


def test_a_motto_or_title_a_few_words_before_the_quote_marks_is_nobodys_speech() -> None:
    speakers = _speakers([
        "Harbour writer Ann Moss wrote about the old ferry company:",
        "The Sea Line, a firm whose motto may well have been, \u201cWe sail when we feel like it, and never on "
        "time,\u201d is finally closing its office on the quay.",
        'The headline of her post was "Who Will Miss the Sea Line Now That It Is Gone?" and it drew many comments.',
    ])  # fmt: skip
    assert speakers == ["Ann Moss"]


def test_a_pronoun_right_before_the_verb_of_an_introduction_is_the_man_named_before_not_a_later_name() -> None:
    speakers = _speakers([
        "Reporter Tom Weller wrote a long story on the ferry company of Jane Roe.",
        "Mr. Weller later quit his job at the Harbour Times and joined Sea Radio, where he explained what happened "
        "after the Jane Roe story and the letters it brought:",
        "I thought the story was fair, but the paper did not, and so I left after twelve years at the same desk.",
    ])  # fmt: skip
    assert speakers == ["Tom Weller"]


def test_an_excerpt_opened_by_a_cut_mark_is_quoted_from_the_source_the_sentence_before_presents() -> None:
    speakers = _speakers([
        "Local blogs followed the harbour march closely.",
        "Sea Voices also posts a long account of the day. While also stressing the march was calm, the blog notes "
        "the presence of the police.",
        "[...] the march went along the quay without any trouble until the police closed the road to the old pier.",
        "Another local blog, Life in 3 Parts, comments on the policing of the march.",
        "[...] we were no longer in control, because from then on the police told us where to walk and to stand.",
        "The march ended at noon.",
        "[...] and the rest of the day was quiet, with the harbour open again by the evening.",
    ])  # fmt: skip
    assert speakers == ["Sea Voices", "Life in 3 Parts"]


def test_a_statement_read_out_after_the_quote_is_the_words_of_the_body_that_issued_it() -> None:
    speakers = _speakers([
        "Harbour master Jane Roe said the pier would stay closed.",
        "In an official release from the Coastal Safety Authority put out on Friday, the watchdog said more was needed.",
        '"It is shocking that the pier was left to rot for so long. '
        'The town must now act before the winter storms," read the statement.',
    ])  # fmt: skip
    assert speakers == ["Coastal Safety Authority"]


def test_a_name_opening_an_introduction_without_a_verb_of_saying_speaks_not_a_name_later_in_it() -> None:
    speakers = _speakers([
        "The old ferry made its last crossing on Sunday.",
        "Blogger Ann Moss, from Harbour Notes, explained why she was so fond of the ferry of Tom Weller:",
        "It was slow and it was cold, but it was the one place where the whole town met every single morning.",
        "Moss finished her post with a goodbye to the boat and to Tom Weller:",
        "The ferry is gone. What is left is the memory of a hundred crossings on the grey water of the bay.",
        "Kalle Dorn reminds readers that this is not the first ferry the town has lost:",
        "It is not the first time this happens. The island line closed twenty years ago and nobody remembers it.",
    ])  # fmt: skip
    assert speakers == ["Ann Moss", "Ann Moss", "Kalle Dorn"]


def test_a_quote_from_someone_passed_on_by_a_blog_is_that_persons() -> None:
    speakers = _speakers([
        "Tom Weller scored twice in the final on Sunday.",
        "Harbour News reposted a quote from Tom Weller, taken from a radio interview:",
        "It is hard to win everything. But we played well, and our defence held out when it mattered most.",
    ])  # fmt: skip
    assert speakers == ["Tom Weller"]


def test_a_participle_of_saying_after_a_main_clause_has_that_clauses_subject() -> None:
    speakers = _speakers([
        "Colonel Tom Weller spoke for the army and Jane Roe spoke for the protesters on Monday.",
        'Weller expressed concern about the march, stating "We know where it comes from, and we will watch it '
        'closely."',
    ])  # fmt: skip
    assert speakers == ["Tom Weller"]


def test_a_capitalised_title_after_a_name_and_a_comma_describes_the_name_which_posts() -> None:
    speakers = _speakers([
        "The harbour toll was debated on Twitter.",
        "Kalle Dorn Amundsen, Executive Director of the Harbour Workers Centre affirmed:",
        "@kdorn: We will not let the toll fall on the workers of the port. We will change the law.",
    ])  # fmt: skip
    assert speakers == ["Kalle Dorn Amundsen"]


def test_words_written_on_a_picture_or_a_sign_are_nobodys_speech() -> None:
    speakers = _speakers([
        "Tom Weller posted an altered poster of the mayor, which was shared many times:",
        "The text reads:",
        "Jane Roe. Because anyone can promise a new pier, and only she can promise it twice in one year.",
        "Ann Moss shared a photo of the quay, with the caption:",
        "The quay at dawn, before the tourists and the toll collectors arrive for another long day.",
    ])  # fmt: skip
    assert speakers == []


def test_a_full_name_with_a_middle_name_tells_two_people_sharing_a_surname_apart() -> None:
    speakers = _speakers([
        "On Friday, Elias Mamani spoke about blogging and Edwin Mamani showed the participants a video call.",
        "Professor René Chura Mamani from the teachers' college in the hills, said:",
        "We should know and use this technology, because these tools are very important for our students.",
    ])  # fmt: skip
    assert speakers == ["René Chura Mamani"]


def test_states_before_a_quote_and_a_lead_in_adverb_leave_the_subject_speaking() -> None:
    speakers = _speakers([
        "In the strip, a cat named Felix learns that the inventor Tom Weller was buried in a tin can.",
        'Eventually, the cat states that "when they say there is a bit of Tom in every can, maybe it is true."',
    ])  # fmt: skip
    assert speakers == ["the cat"]


def test_a_petition_named_last_in_an_introduction_speaks_the_words_that_follow() -> None:
    speakers = _speakers([
        "Mayor Tom Weller raised the harbour toll in May.",
        "Fishermen have been gathering support for a petition that aims to collect 5,000 signatures against the toll:",
        "We declare our firm rejection of a toll that punishes the people who keep this harbour alive every day.",
    ])  # fmt: skip
    assert len(speakers) == 1 and speakers[0] is not None and speakers[0].startswith("the petition")


def test_a_mark_before_a_comma_closes_a_name_and_opens_no_quote_after_an_unclosed_title() -> None:
    speakers = _speakers([
        'In 2006 the harbour board sued the ferry firm over its campaign titled "Tom Weller sails for free. '
        'In a counter-suit, the firm showed a letter from a sailor named "Tom Weller", saying that he sails for '
        "free, and that the name is too common to be owned. The suits were dropped a year later.",
    ])  # fmt: skip
    assert speakers == []


def test_a_saying_signed_by_its_authors_name_after_the_closing_mark_is_the_authors() -> None:
    speakers = _speakers([
        "Ann Moss (@annmoss) quotes a phrase:",
        '"Work sweetens life, but not everyone likes sweets." Kalle Dorn',
    ])  # fmt: skip
    assert set(speakers) == {"Kalle Dorn"}


def test_a_blog_described_by_a_relative_clause_speaks_its_passage_beside_a_short_quote_inside_it() -> None:
    quotes = quotes_of([
        "Local blogs remembered the harbour strike of last year.",
        "Finally, Notes from the Quay, which gives a detailed history of the strike, says that it must not be "
        "forgotten:",
        "Tom Weller, 46, led the dockers through the whole strike, and according to the union Weller 'had been "
        "jailed twice for his work in the port before.'",
    ])  # fmt: skip
    assert "Notes from the Quay" in {q.speaker for q in quotes}


def test_the_one_an_introduction_is_quoting_speaks_not_the_blog_that_quotes() -> None:
    speakers = _speakers([
        "The harbour strike went into its third week.",
        'Harbour Notes corroborates the account in a post, quoting a "docker and union writer" who claims that:',
        "The port authority would rather lose a month of trade than sit at the table with the men who work there.",
    ])  # fmt: skip
    assert speakers == ["a docker and union writer"]


def test_he_declared_after_an_unnamed_sources_quote_paragraph_is_that_source_not_the_man_talked_about() -> None:
    speakers = _speakers([
        "The harbour paper cites an unnamed source on the sacking of captain Tom Weller.",
        '[The source] also remarked that Weller had made "countless mistakes on the bridge, although today '
        'nobody wants to say so".',
        '"It is not only about the last crossing. The only thing he is doing now is hiding years of mistakes," '
        "he declared.",
    ])  # fmt: skip
    assert speakers == ["[The source]", "[The source]"]

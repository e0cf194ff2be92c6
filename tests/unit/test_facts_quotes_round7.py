"""Quotes with the right speaker, seventh round: one test per error class a linguist would name, on sentences
written for these tests (English and Danish)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import quotes_of


def _speakers(paragraphs: list[str], language: str = "en") -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs, language)]


def test_a_sentence_of_narration_between_two_quotes_hands_the_word_to_its_subject() -> None:
    assert _speakers([
        '"We checked every stone of the pier last week," Weller said. Jane Roe rejected the claim. "We have seen '
        'the reports and the pier is not safe at all."',
    ]) == ["Weller", "Jane Roe"]  # fmt: skip
    assert _speakers([
        "Jane Roe is the mayor of the harbour town.",
        '"We checked every stone of the pier last week," Weller said. The mayor rejected the claim. "We have seen '
        'the reports and the pier is not safe at all."',
    ]) == ["Weller", "Jane Roe"]  # fmt: skip
    assert _speakers([
        '"Vi er klar til sommeren og bådene," siger Tom Weller. Jane Roe er uenig. "Broen bliver ikke åbnet i maj, '
        'uanset hvad vejret gør."',
    ], "da") == ["Tom Weller", "Jane Roe"]  # fmt: skip


def test_a_quote_reopened_after_its_attribution_keeps_its_speaker() -> None:
    assert _speakers([
        '"We checked every stone of the pier last week," Weller said. "And we will check it again in the spring '
        'before the season starts."',
    ]) == ["Weller", "Weller"]  # fmt: skip
    assert _speakers([
        '"We checked every stone of the pier last week." Weller said. "And we will check it again in the spring '
        'before the season starts."',
    ]) == ["Weller", "Weller"]  # fmt: skip
    assert _speakers([
        '"We checked every stone of the pier last week," Weller said. He added that the cost was high. "And we will '
        'check it again in the spring before the season starts."',
    ]) == ["Weller", "Weller"]  # fmt: skip


@pytest.mark.parametrize(
    "attribution",
    [
        "Harbour Trust chair Jane Roe said.",
        "former mayor Jane Roe said.",
        "US Secretary of State Jane Roe said.",
        "Dr. Jane Roe said.",
        "Jane Roe of the Harbour Trust said.",
        "Harbour Trust spokeswoman Jane Roe told reporters.",
    ],
)
def test_a_title_or_affiliation_around_a_new_name_after_the_quote_names_the_speaker(attribution: str) -> None:
    assert _speakers([
        "Tom Weller, a fisherman, spoke first at the meeting on Monday.",
        f'"The pier will open in May if the weather holds and the money comes in time," {attribution}',
    ]) == ["Jane Roe"]  # fmt: skip


@pytest.mark.parametrize("verb", ["pointed out", "wondered", "answered", "went on", "mused", "recounted"])
def test_verbs_that_only_follow_a_quote_attribute_it(verb: str) -> None:
    assert _speakers([
        "Tom Weller, a fisherman, spoke first at the meeting on Monday.",
        f'"The pier will open in May if the weather holds and the money comes in time," Roe {verb}.',
    ]) == ["Roe"]  # fmt: skip


_QUOTE = '"The cracks are deep and the pier must close until it is repaired,"'


@pytest.mark.parametrize("plural", ["they said.", "the two said in a statement.", "both men said."])
def test_a_plural_after_two_people_named_together_is_both_of_them(plural: str) -> None:
    speakers = _speakers(["Tom Weller and Mark Dunn inspected the pier on Tuesday.", f"{_QUOTE} {plural}"])
    assert speakers == ["Tom Weller and Mark Dunn"]
    assert _speakers([
        "Tom Weller og Mark Dunn inspicerede broen tirsdag.",
        '"Revnerne er dybe, og broen skal lukkes, indtil den er repareret," siger de.',
    ], "da") == ["Tom Weller and Mark Dunn"]  # fmt: skip


def test_a_plural_with_no_two_people_before_it_is_no_person() -> None:
    speakers = _speakers(["Residents met at the pier on Tuesday.", f"{_QUOTE} they said."])
    assert speakers == ["residents"]


@pytest.mark.parametrize("intro", ["She disagreed:", "She was blunt:", "Her answer:"])
def test_a_pronoun_introducing_a_quote_after_a_colon_is_its_antecedent(intro: str) -> None:
    opening = '"We are ready for the summer and the boats," said Tom Weller.'
    quote = '"The pier will open in May if the weather holds and the money comes in time."'
    assert _speakers([opening, f"Jane Roe is the mayor. {intro} {quote}"]) == ["Tom Weller", "Jane Roe"]
    assert _speakers([opening, f"Jane Roe is the mayor. {intro}", quote]) == ["Tom Weller", "Jane Roe"]


def test_a_pronoun_introduction_closing_the_paragraph_before_picks_the_person_of_its_sex() -> None:
    assert _speakers([
        '"We are ready for the summer and the boats," said Tom Weller.',
        "Jane Roe is the mayor. He disagreed:",
        '"The pier will open in May if the weather holds and the money comes in time."',
    ]) == ["Tom Weller", "Tom Weller"]  # fmt: skip
    assert _speakers([
        "– Vi er klar til sommeren og bådene, siger Tom Weller.",
        "Jane Roe er borgmester. Hun er uenig:",
        "– Broen bliver ikke åbnet i maj, uanset hvad vejret gør.",
    ], "da") == ["Tom Weller", "Jane Roe"]  # fmt: skip


def test_a_name_inside_a_fronted_adverbial_is_not_the_subject_a_pronoun_points_to() -> None:
    assert _speakers([
        "After meeting Kim Park, Alex Lee spoke to reporters at the harbour.", f"{_QUOTE} he said.",
    ]) == ["Alex Lee"]  # fmt: skip
    assert _speakers([
        "Alex Lee met Kim Park at the harbour on Monday.", f"{_QUOTE} he said.",
    ]) == ["Alex Lee"]  # fmt: skip


def test_a_description_that_tells_the_sex_picks_a_person_of_that_sex() -> None:
    assert _speakers([
        "Jane Roe runs a cafe on the pier.",
        "Tom Weller was there too.",
        f"{_QUOTE} the 45-year-old mother of two said.",
    ]) == ["Jane Roe"]  # fmt: skip


def test_a_single_closing_mark_after_an_s_closes_a_title_rather_than_running_to_the_paragraphs_end() -> None:
    quotes = quotes_of([
        "Jane Roe sang at the pier on Friday.",
        "The ‘Harbour Lights’ or ‘Sea Songs’ tour of free concerts went to five towns on the coast, finishing in "
        "the old port on a Sunday. The tour was talked about all over the country.",
    ])  # fmt: skip
    assert quotes == []
    # the workers’ pay: after an "s" inside a quote that closes later, still an apostrophe
    quotes = quotes_of(["‘We will not cut the workers’ pay this year or the next,’ said Jane Roe."])
    assert [(q.speaker, q.text) for q in quotes] == [("Jane Roe", "We will not cut the workers’ pay this year or the next")]


def test_a_quote_left_open_at_a_paragraphs_end_goes_on_in_single_marks_and_in_danish_guillemets() -> None:
    quotes = quotes_of([
        "Tom Weller spoke first.",
        "'We have waited for this day for a long time,' Jane Roe said. 'The town will live again.",
        "'The young will stay here instead of leaving for the city.'",
    ])  # fmt: skip
    assert [(q.speaker, q.sentences) for q in quotes] == [("Jane Roe", [1]), ("Jane Roe", [2]), ("Jane Roe", [3])]
    quotes = quotes_of([
        "Tom Weller talte først.",
        "Jane Roe siger: »Vi har ventet længe på denne dag.",
        "»Byen vil leve igen, og bådene kommer tilbage.«",
    ], "da")  # fmt: skip
    assert [(q.speaker, q.sentences) for q in quotes] == [("Jane Roe", [1]), ("Jane Roe", [2])]


def test_a_single_mark_opening_a_headline_with_a_plural_mark_later_is_no_open_quote() -> None:
    assert quotes_of(["'Harbour Games' salute used by the crowd at the pier protest", "Tom Weller spoke first."]) == []


@pytest.mark.parametrize("intro", ["Jane Roe hit back at Weller:", "Later, Jane Roe hit back at Tom Weller on Monday:"])
def test_the_name_opening_a_colon_introduction_speaks_not_the_name_after_its_verb(intro: str) -> None:
    assert _speakers([
        '"We are ready for the summer and the boats," said Tom Weller.',
        f'{intro} "The pier will open in May if the weather holds and the money comes in time."',
    ]) == ["Tom Weller", "Jane Roe"]  # fmt: skip


@pytest.mark.parametrize("intro", ["Til Havnebladet siger Jane Roe:", "Det mener Jane Roe:", "Det skriver hun:"])
def test_danish_verb_second_puts_the_speaker_after_the_verb(intro: str) -> None:
    assert _speakers([
        "Jane Roe er borgmester i byen.",
        f'{intro} "Broen bliver åbnet i maj, hvis vejret holder, og pengene kommer."',
    ], "da") == ["Jane Roe"]  # fmt: skip


def test_it_after_a_quote_is_the_named_body_the_sentence_before_opens_with() -> None:
    assert _speakers([
        "Jane Roe chairs the council.",
        'The Seaford Harbour Trust, which owns the pier, backed the closure on Monday. "Safety must come first '
        'for everyone," it said.',
    ]) == ["Seaford Harbour Trust"]  # fmt: skip


def test_two_people_named_by_surname_then_quoted_as_the_couple_are_both() -> None:
    assert _speakers([
        "Tom Weller and Ann Moss run a cafe on the pier.",
        "Last year Weller and Moss opened a second cafe in the harbour.",
        f"{_QUOTE} the couple said.",
    ]) == ["Tom Weller and Ann Moss"]  # fmt: skip


@pytest.mark.parametrize(
    "opening",
    [
        "Health Minister Jane Roe and Finance Minister Ann Moss visited the pier on Monday.",
        "Finance Minister Ann Moss and Health Minister Jane Roe visited the pier on Monday.",
    ],
)
def test_a_role_with_its_qualifier_picks_the_person_whose_role_holds_it(opening: str) -> None:
    assert _speakers([opening, "Tom Weller showed them the cracks.", f"{_QUOTE} the health minister said."]) == [
        "Jane Roe"
    ]


def test_they_after_a_sentence_opened_by_a_named_body_is_that_body() -> None:
    assert _speakers([
        "Jane Roe chairs the council.",
        "The Seaford Harbour Trust, which owns the pier, backed the closure on Monday.",
        '"Safety must come first for everyone who uses it," they said.',
    ]) == ["Seaford Harbour Trust"]  # fmt: skip


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        ("The blog Harbour Notes states that the pier was the heart of the town:", "Harbour Notes"),
        ("Jane Roe indicates that the closure is seen as an insult by many fishermen:", "Jane Roe"),
        ("The Seaford Gazette quotes harbour master Jane Roe saying that the pier could not be saved:", "Jane Roe"),
    ],
)
def test_present_tense_and_reporting_verbs_introduce_a_block(intro: str, speaker: str) -> None:
    quotes = quotes_of([
        "Tom Weller spoke first at the meeting.",
        intro,
        "We see the closing of the pier as a joke and an insult to every family that has fished from it for a "
        "hundred years.",
    ])  # fmt: skip
    assert len(quotes) == 1 and quotes[0].sentences == [2] and speaker in (quotes[0].speaker or "")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('Ann Moss, member of the council for North Bay, said she would support Weller if he returns to the town: '
         '"I hope Mr Weller will come back to the harbour where a job is waiting."', "Ann Moss"),
        ("Ida Holt, Weller's lawyer, stated Weller was pleased with the news but worried: \"He is afraid of being "
         'allowed to stay without a home or a boat."', "Ida Holt"),
        ('Ann Moss of the town council started the petition, and stated: "There is no doubt that he will lose '
         'everything if he is forced to leave."', "Ann Moss"),
        ("Harbour President Sam al-Rashid defended the decision and criticized the U.K. position, saying \"It is "
         'important to note that the council is responsible for the damage."', "Sam al-Rashid"),
        ('"The council calls on the harbour trust to find a solution and not a quarrel," trust spokesperson Omar '
         "al-Harbi said earlier this week.", "Omar al-Harbi"),
    ],
)  # fmt: skip
def test_the_subject_of_the_introducing_clause_speaks_not_a_name_in_what_it_reports(sentence: str, speaker: str) -> None:
    assert _speakers(["Tom Weller left the town in March after the storm.", sentence]) == [speaker]


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        ("To which an anonymous commenter responded:", "an anonymous commenter"),
        ('That is how the blog Harbour Notes explains the closure in the post titled "Goodbye to the pier":',
         "Harbour Notes"),
    ],
)  # fmt: skip
def test_an_introduction_presenting_an_unnamed_or_looked_back_source_gives_it(intro: str, speaker: str) -> None:
    quotes = quotes_of([
        "Tom Weller left the town in March after the storm.",
        intro,
        "We see the closing of the pier as a joke and an insult to every family that has fished from it.",
    ])  # fmt: skip
    assert len(quotes) == 1 and speaker in (quotes[0].speaker or "")


def test_a_pronoun_after_a_quote_is_its_speaker_not_a_name_only_the_quote_holds() -> None:
    speakers = _speakers([
        "Tom Weller, the mayor's spokesman, spoke after the vote.",
        'Weller stated: "The mayor is here for a long programme of serious work. Mr Dunn met her this morning '
        'at the harbour." He also added that Dunn did not "see the point of closing the pier before the summer '
        'season is over."',
    ])  # fmt: skip
    assert speakers == ["Tom Weller", "Tom Weller"]
    # the antecedent named in the narration before the quote stays the antecedent
    speakers = _speakers([
        'Writing on his blog, Mark Dunn called the dispute: "The pier versus the town, part two". He said the '
        'closure was "another small chapter in a fight that the town has been having for almost twenty years."',
    ])  # fmt: skip
    assert speakers[-1] == "Mark Dunn"


def test_a_handle_spelling_a_name_the_article_writes_is_that_name_with_a_title_or_cut_at_fifteen_letters() -> None:
    speakers = _speakers([
        "Soon after, tweets by Harbourmaster Ravindra Okonkwo claimed the credit for reopening the pier:",
        "@CaptRavindraOkonkwo: Dear all, I spoke to the mayor and she ordered the pier to reopen tonight.",
        "While Marguerite Delacroix-Hill, the mayor's daughter, also said her mother had acted.",
        "@MargueriteDelac: The mayor has ordered the harbour office to reopen the pier for the boats tonight.",
    ])  # fmt: skip
    assert speakers == ["Ravindra Okonkwo", "Marguerite Delacroix-Hill"]


def test_a_quote_in_the_headline_is_left_to_the_body_that_repeats_it() -> None:
    quotes = quotes_of([
        'Seaford: "Save Our Pier, Save Our Town!"',
        'Fishermen marched on Sunday. "Save our pier, save our town," they shouted outside the town hall.',
    ])  # fmt: skip
    assert [q.sentences for q in quotes] == [[2]]
    # a first paragraph that is a sentence of the body (it ends in a full stop) keeps its quote
    quotes = quotes_of(['"We will save the pier whatever it costs," said Jane Roe.', "Tom Weller agreed."])
    assert [q.speaker for q in quotes] == ["Jane Roe"]


def test_a_verb_phrase_after_an_auxiliary_or_an_infinitive_in_quote_marks_is_no_speech() -> None:
    assert _speakers([
        "Tom Weller runs the harbour office.",
        'The mayor claimed that she doesn\'t "understand those kinds of complaints about the pier".',
        'According to her, she had never "looked down upon any family that fishes from the pier".',
        'The council asked the harbour trust "to find a common solution to ensure that the pier is repaired soon."',
        'Forty fishermen wrote to the mayor, appealing to the council to "show mercy and allow the boats to have a '
        'safe berth in the harbour."',
    ]) == []  # fmt: skip


def test_an_infinitive_holding_the_speakers_own_words_stays_speech() -> None:
    assert _speakers([
        'Harbour trust spokesman Tom Weller called on the council "to continue the talks with us and the '
        'fishermen and to show patience with the repairs."',
    ]) == ["Tom Weller"]  # fmt: skip


def test_an_introduction_naming_a_post_title_the_splitter_cut_and_a_name_ending_in_a_number() -> None:
    assert _speakers([
        "Tom Weller runs the harbour office.",
        "Ann Moss on Harbour Weekly wrote 'Sure, Fish Something. Just Not The Pier':",
        "Pictures of the old pier have always been a contentious issue in the town, and many fishermen refuse to "
        "look at them.",
        "Studio 54 (@studio54) wants to call attention to the fact that the pier is for everyone:",
        "#SavePier The pier is for everyone! It's not only for one group, it is also for those who walk there.",
    ]) == ["Ann Moss", "Studio 54"]  # fmt: skip


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        ("Reporting the reopening of the pier Harbour Weekly narrates:", "Harbour Weekly"),
        ("Seaford's partner paper in the north, @HarbourNews, published on Monday an editorial that criticized the "
         "closure, saying the real reason for the closure of the pier was money and not the safety of anyone:",
         "@HarbourNews"),
    ],
)  # fmt: skip
def test_a_participial_opener_or_an_owner_before_a_set_off_name_is_not_the_speaker(intro: str, speaker: str) -> None:
    quotes = quotes_of([
        "Tom Weller left the town in March after the storm.",
        intro,
        "We see the closing of the pier as a joke and an insult to every family that has fished from it.",
    ])  # fmt: skip
    assert [q.speaker for q in quotes] == [speaker]


def test_a_verb_of_saying_used_as_a_noun_introduces_no_block() -> None:
    assert quotes_of([
        "Tom Weller runs the harbour office.",
        "By noon the users of the pier flooded the harbour site with reports of the closure across all the piers:",
        "pier check north pier closed: unknown gate at the harbour office, no entry for boats today",
    ]) == []  # fmt: skip


def test_a_first_person_introduction_is_the_authors_own_words() -> None:
    quotes = quotes_of([
        "Tom Weller runs the harbour office.",
        "While I argued on my own blog that the harbour office was only testing the new gates:",
        "My feeling is that the office is just testing its new gates, and the pier will open again by the evening.",
    ])  # fmt: skip
    assert [q.speaker for q in quotes] == ["the author"]


def test_a_second_infinitive_joined_by_and_in_quote_marks_is_no_speech() -> None:
    assert quotes_of([
        "Tom Weller runs the harbour office.",
        'A church group launched a campaign against the pier concerts, inviting residents to sign in and "pray for '
        'the young people of the town against the noise of the concerts".',
    ]) == []  # fmt: skip


def test_an_attribution_inverted_at_the_end_of_an_introduction_names_the_source() -> None:
    quotes = quotes_of([
        "Tom Weller runs the harbour office.",
        "Nevertheless, the fishermen decided they would still march on Sunday, explained La voz del Puerto:",
        "The leaders of the fishermen regret the closing of the pier, but they will still march on Sunday morning.",
    ])  # fmt: skip
    assert [q.speaker for q in quotes] == ["La voz del Puerto"]

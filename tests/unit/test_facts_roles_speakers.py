"""Roles and quote speakers in English and Danish: one test per class of description or attribution news
copy uses, on sentences written for these tests (no article's words)."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import Fact, extract_facts
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _facts(paragraphs: list[str], language: str = "en") -> list[Fact]:
    article = ArticleText(Path(f"t-{language}.txt"), "txt", "Title", [TextBlock(p) for p in paragraphs])
    return extract_facts(build_document(article, language=language))


def _people(paragraphs: list[str], language: str = "en") -> dict[str, str | None]:
    return {f.text: f.role for f in _facts(paragraphs, language) if f.kind == "person"}


def _speakers(paragraphs: list[str], language: str = "en") -> list[tuple[str, str | None]]:
    quotes = sorted((f for f in _facts(paragraphs, language) if f.kind == "quote"), key=lambda f: f.sentence)
    return [(f.text, f.speaker) for f in quotes]


def test_an_appositive_role_with_what_it_heads_before_the_name() -> None:
    people = _people([
        "Also the chairwoman of the harbour board, Vera Lindgren, has asked for a delay.",
        "A local shopkeeper, Tomas Brill, heard the first blast.",
    ])  # fmt: skip
    assert people == {"Vera Lindgren": "chairwoman of the harbour board", "Tomas Brill": "local shopkeeper"}


def test_danish_appositive_role_after_a_speech_phrase() -> None:
    people = _people(["Sådan lyder det fra træner hos klubben, Niels Aagaard.", "Det blev sagt i går."], "da")
    assert people == {"Niels Aagaard": "træner hos klubben"}


def test_an_adverbial_clause_before_a_name_gives_no_role() -> None:
    people = _people(["After meeting the harbour master, Vera Lindgren left for Oslo."])
    assert people.get("Vera Lindgren") is None


def test_a_bare_person_noun_after_a_possessive_is_no_appositive() -> None:
    people = _people(["In a letter to his neighbour, Tomas Brill complained about the noise."])
    assert people.get("Tomas Brill") is None


def test_two_roles_joined_by_and_before_a_name() -> None:
    people = _people([
        "The fund was set up by activist and blogger Rana Okoye last spring.",
        "\"It is finished now,\" said former coach and former player Ivan Petrov.",
    ])  # fmt: skip
    assert people == {"Rana Okoye": "activist and blogger", "Ivan Petrov": "former coach and former player"}


def test_a_role_held_in_a_relative_clause_with_as() -> None:
    people = _people([
        "Peter Ostrom, who served as ambassador to Peru, criticised the plan.",
        "The appeal was signed by Lena Moor, who has worked as a midwife in the valley.",
    ])  # fmt: skip
    assert people["Peter Ostrom"] == "ambassador to Peru"  # (the role keeps its complement: round 7)
    assert people["Lena Moor"] == "midwife in the valley"
    assert _people(["Lise Krog, der arbejder som sygeplejerske, er bekymret."], "da") == {"Lise Krog": "sygeplejerske"}


def test_a_later_description_with_an_age_gives_the_role() -> None:
    quoted = ["Maria Lowe spent ten years in the classroom.", '"We have nothing left," the 45-year-old teacher said.']
    assert _people(quoted) == {"Maria Lowe": "45-year-old teacher"}
    assert _speakers(quoted) == [("We have nothing left", "Maria Lowe")]
    reported = ["Maria Lowe spent ten years in the classroom.", "The 45-year-old teacher said the school had shut."]
    assert _people(reported) == {"Maria Lowe": "45-year-old teacher"}
    danish = ["Ole Dam mistede sit hus i stormen.", "Den 52-årige landmand fortæller, at alt er væk."]
    assert _people(danish, "da") == {"Ole Dam": "52-årige landmand"}


def test_a_description_without_a_role_noun_adds_no_role() -> None:
    people = _people(["Maria Lowe spent ten years abroad.", '"We have nothing left," the 45-year-old said.'])
    assert people == {"Maria Lowe": None}


def test_a_danish_dash_paragraph_is_one_quote_up_to_the_sentence_naming_its_speaker() -> None:
    paragraph = (
        "– Vi har ikke flere senge. Vi må sende folk væk hver uge, fortæller leder af herberget Karen Vang. "
        "Herberget åbnede i 1990."
    )
    quotes = [f for f in _facts(["Der var travlt i nat.", paragraph], "da") if f.kind == "quote"]
    assert len(quotes) == 1
    assert quotes[0].speaker == "Karen Vang"
    assert quotes[0].sentences == [1, 2]  # not the narration after the attribution
    assert quotes[0].text == "Vi har ikke flere senge. Vi må sende folk væk hver uge"
    assert _people(["Der var travlt i nat.", paragraph], "da") == {"Karen Vang": "leder af herberget"}


def test_a_danish_dash_paragraph_attributed_by_the_next_paragraph() -> None:
    for attribution in ("Sådan lyder det fra træner hos klubben, Niels Aagaard.", "Det siger Niels Aagaard."):
        quotes = _speakers(["– Vi spillede godt i dag, og vi fortjente at vinde kampen.", attribution], "da")
        assert quotes == [("Vi spillede godt i dag, og vi fortjente at vinde kampen.", "Niels Aagaard")]


def test_a_danish_dash_paragraph_without_a_speaker_is_no_quote() -> None:
    assert _speakers(["Der var travlt.", "– Vi har ikke flere senge i aften.", "Kommunen ser på sagen."], "da") == []


def test_a_quote_signed_on_the_line_after_it() -> None:
    quotes = _speakers([
        "Tomas Brill, a shelter manager, wrote to the council last week.",
        "Edith Nkemelu met the mayor on Monday.",
        "\"We are full every night and we turn people away.\"",
        "— Tomas Brill, shelter manager",
    ])  # fmt: skip
    assert quotes == [("We are full every night and we turn people away.", "Tomas Brill")]


def test_a_block_introduced_by_a_verb_of_stance_is_its_subjects() -> None:
    block = "The shelter is full every night and we turn people away every week."
    for intro in ("Again, Karen Holt reflects on the year:", "However, Karen Holt disagreed with the mayor's plan:"):
        assert _speakers(["Karen Holt runs the shelter.", intro, block]) == [(block, "Karen Holt")]


def test_a_block_intro_names_its_subject_before_a_name_in_the_clause() -> None:
    block = "The shelter is full every night and we turn people away every week."
    intro = "Tomas Brill explained why Karen Holt deserved the award:"
    assert _speakers(["Karen Holt runs the shelter.", intro, block]) == [(block, "Tomas Brill")]


def test_a_block_intro_with_what_the_writer_belongs_to() -> None:
    block = "The shelter is full every night and we turn people away every week."
    intro = "Blogger Karen Holt, from Shelter Watch writes:"
    assert _speakers(["Karen Holt has run a blog for years.", intro, block]) == [(block, "Karen Holt")]


def test_an_abbreviated_office_is_a_role() -> None:
    people = _people(["Hana Obi, CEO of Northwind Foods, said sales rose.", "Dr Ray Kell, a GP in the town, agreed."])
    assert people == {"Hana Obi": "CEO of Northwind Foods", "Ray Kell": "GP in the town"}


def test_one_of_a_group_named_by_its_role() -> None:
    assert _people(["Hana Obi, one of the organisers, said the march was calm."]) == {
        "Hana Obi": "one of the organisers"
    }


def test_a_role_taken_up_held_or_coached() -> None:
    people = _people([
        "Hana Obi took over as chief executive of the firm in May.",
        "Ray Kell has been the club's coach since the spring.",
        "Lena Moor, who has coached the team for years, left.",
    ])  # fmt: skip
    assert people["Hana Obi"] == "chief executive of the firm"  # (when the post was taken is no part of it)
    assert people["Ray Kell"] == "club's coach"
    assert people["Lena Moor"] == "has coached the team for years"


def test_speech_verbs_of_promising_and_shouting_and_an_adverb_before_the_verb() -> None:
    for verb in ("vowed", "pledged", "shouted", "continued", "reported", "reportedly said", "was quoted as saying"):
        quotes = _speakers(
            ["Ray Kell, the mayor, thanked Hana Obi, a firefighter.", f'"We will not give up on the boy," Obi {verb}.']
        )
        assert quotes == [("We will not give up on the boy", "Hana Obi")], verb


def test_a_partial_quote_after_a_promise_is_the_subjects() -> None:
    quotes = _speakers(['The mayor, Hana Obi, 52, vowed that the town "will not give up on the boy".'])
    assert quotes == [("will not give up on the boy", "Hana Obi")]


def test_a_second_quote_introduced_after_the_first_ones_attribution() -> None:
    quotes = _speakers([
        "Hana Obi met Ray Kell on Monday.",
        '"We are still searching the river," she said, adding: "We will not give up."',
    ])  # fmt: skip
    assert quotes == [("We are still searching the river", "Hana Obi"), ("We will not give up.", "Hana Obi")]


def test_a_term_in_scare_quotes_before_an_introduction_does_not_end_it() -> None:
    block = '"We face a hard winter. The stores are empty and the roads are closed."'
    quotes = _speakers([f'The head of the council, Hana Obi, called the plan "reckless" and "cruel": {block}'])
    assert [speaker for _, speaker in quotes] == ["Hana Obi"]


def test_straight_single_quote_marks() -> None:
    assert _speakers(["'We will not give up on the boy,' said Hana Obi."]) == [
        ("We will not give up on the boy", "Hana Obi")
    ]
    assert _speakers(["Hana Obi said: 'We will not give up on the boy.'"]) == [
        ("We will not give up on the boy.", "Hana Obi")
    ]
    # apostrophes and a plural's apostrophe make no quote
    assert _speakers(["Hana Obi's fans, the 'little helpers', don't like the workers' new rules at all."]) == []


def test_what_happens_only_to_people_makes_a_pair_of_names_people() -> None:
    people = _people([
        "Tsegaye Worku was arrested on Friday.",
        "Alem Bekele, Dawit Haile and Sara Tefera were released a week later.",
    ])  # fmt: skip
    assert set(people) == {"Tsegaye Worku", "Alem Bekele", "Dawit Haile", "Sara Tefera"}


def test_who_after_a_pair_of_names_makes_a_person() -> None:
    assert _people(["Tsegaye Worku, who lives near the market, was questioned."]) == {"Tsegaye Worku": None}


def test_a_job_shaped_person_noun_after_a_name_makes_a_person() -> None:
    assert _people(["Tsegaye Worku is a blogger."]) == {"Tsegaye Worku": "blogger"}


def test_a_role_opening_the_sentence_is_no_part_of_the_names() -> None:
    assert _people(["Blogger Tsegaye Worku was arrested."]) == {"Tsegaye Worku": "Blogger"}
    assert _people(["Journalists Tsegaye Worku and Alem Bekele were arrested."]) == {
        "Tsegaye Worku": "journalists",
        "Alem Bekele": "journalists",
    }


def test_a_handle_is_no_role_and_no_lower_case_word() -> None:
    assert _people(["Tsegaye Worku (@tsegaye) tweeted about the arrest."]) == {"Tsegaye Worku": None}


def test_a_role_set_off_by_a_dash_before_the_name() -> None:
    assert _people(["The show was panned by a blogger – Tsegaye Worku, who had once taken part."]) == {
        "Tsegaye Worku": "blogger"
    }
    assert _people(["The man — Ray Kell, aged 21 — told officers he was sorry."]) == {"Ray Kell": None}


def test_a_list_going_on_or_a_participle_after_a_name_is_no_role() -> None:
    people = _people([
        "Ray Kell, and Australian batsman Max Holm, will miss the test.",
        "Lena Moor, stationed in the capital, filed the report.",
        "Jawid Amiri, a respected political commentator, wrote about it.",
    ])  # fmt: skip
    assert people["Ray Kell"] is None
    assert people["Max Holm"] == "Australian batsman"
    assert people["Lena Moor"] is None
    assert people["Jawid Amiri"] == "respected political commentator"


def test_what_a_title_is_of_is_no_person() -> None:
    people = _people([
        "Ray Kell, Vice-Mayor of Springfield, left office on Monday.",
        "The plan was drawn up with the High Commissioner for Refugees.",
    ])  # fmt: skip
    assert people == {"Ray Kell": "Vice-Mayor of Springfield"}


def test_a_title_in_a_headline_before_words_never_named_again_is_no_person() -> None:
    facts = _facts(["Judge Ruling Sparks Anger", "Judge Ray Kell ruled against the council on Monday."])
    assert {f.text: f.role for f in facts if f.kind == "person"} == {"Ray Kell": "Judge"}


def test_a_quote_signed_with_a_dash_in_its_sentence() -> None:
    assert _speakers(['"Nobody told us anything about the closure" – Ana Silva.']) == [
        ("Nobody told us anything about the closure", "Ana Silva")
    ]


def test_a_sentence_looking_back_at_the_quote_names_its_speaker() -> None:
    same = _speakers(
        ["John Reed met Ana Silva.", '"Nobody told us anything." That is how Ana Silva, a nurse, sums it up.']
    )
    assert same == [("Nobody told us anything.", "Ana Silva")]
    paragraph = ["John Reed met Ana Silva, a nurse.", '"Nobody told us anything at all."', "So says Ana Silva."]
    assert _speakers(paragraph) == [("Nobody told us anything at all.", "Ana Silva")]


def test_a_described_speaker_is_the_person_just_named() -> None:
    quotes = _speakers([
        "Ana Silva has lived on the street for forty years.",
        '"Nobody told us anything about the closure," the grandmother said.',
    ])  # fmt: skip
    assert quotes == [("Nobody told us anything about the closure", "Ana Silva")]


def test_a_colon_introduction_naming_a_person_before_prose_is_theirs() -> None:
    words = "The new law gives the police a free hand, and nobody in parliament seems to care about it."
    for intro in ("Abebe Kebede, a blogger, was not impressed:", "For Abebe Kebede, a blogger, the answer is simple:"):
        assert _speakers([intro, words]) == [(words, "Abebe Kebede")], intro
    # a list after a colon is nobody's words
    assert _speakers(["Abebe Kebede, a blogger, visited three cities:", "Harar, Gondar and Mekelle."]) == []


def test_people_online_and_a_relative_clause_whose_verb_is_the_job() -> None:
    assert _people(["Netizen Wael Hamdi posted a video."]) == {"Wael Hamdi": "Netizen"}
    assert _people(["Wael Hamdi, who blogs at Nile Notes, posted a video."]) == {"Wael Hamdi": "blogs at Nile Notes"}


def test_a_name_after_the_blog_or_the_paper_is_no_person() -> None:
    people = _people(["Wael Hamdi, author of the blog Nile Notes, posted a video."])
    assert people == {"Wael Hamdi": "author of the blog Nile Notes"}


def test_a_single_name_that_writes_is_a_person_but_not_after_from() -> None:
    words = "The arrests show that nobody is safe from the police in this country any more."
    assert _people(["Endale writes:", words]) == {"Endale": None}
    assert _people(["Ryanair said profits fell."]) == {}
    assert "Nilewatch" not in _people(["Blogger Ray Kell, from Nilewatch writes:", words])


def test_a_role_after_known_as_or_active_as() -> None:
    assert _people(["Simon Holm is best known as a singer."]) == {"Simon Holm": "singer"}
    danish = ["Simon Holm fylder 90 år.", "Han er også stadig aktiv som forfatter: en ny bog udkommer nu."]
    assert _people(danish, "da") == {"Simon Holm": "forfatter"}


def test_an_honorific_with_its_full_stop_makes_a_person() -> None:
    assert _people(["Mr. Christon Mwale resigned on Friday."]) == {"Christon Mwale": None}
    assert _people(["Mrs. Mwale resigned on Friday."]) == {"Mwale": None}


def test_what_only_a_person_does_before_a_preposition_or_has() -> None:
    assert _people(["Kofi Mensah died in hospital on Monday."]) == {"Kofi Mensah": None}
    assert _people(["Kofi Mensah's family said he was innocent."]) == {"Kofi Mensah": None}
    assert _people(["Banco do Vale Verde based in Rio reported profits."]) == {}


def test_a_name_after_the_kind_of_thing_it_names_is_no_person() -> None:
    people = _people(["The story ran in the magazine Laura Ashley Home.", "Ray Kell, a nurse, read it."])
    assert people == {"Ray Kell": "nurse"}


def test_a_bracket_of_capitalised_words_is_no_role_but_a_list_members_note_is() -> None:
    assert _people(["The talks with the Andean Pact (Pacto Andino) went well."]) == {}
    ministers = _people(["Ministers were present: Oskar Lund (Finance), Vera Moe (Health) and Kai Brix (Energy)."])
    assert ministers == {"Oskar Lund": "Finance", "Vera Moe": "Health", "Kai Brix": "Energy"}


def test_a_title_before_and_an_apposition_after_a_name_are_both_kept() -> None:
    people = _people(["Professor Ray Kell, Director of the National Study, says the problem is growing."])
    assert people == {"Ray Kell": "Professor; Director of the National Study"}


def test_danish_a_run_after_paa_is_a_place_and_a_common_noun_before_af_is_no_name() -> None:
    assert _people(["Børn på Lønstrup Strand havde gravet et hul.", "Det skete i går."], "da") == {}
    assert _people(["Lukningen af Norge kostede klubben dyrt.", "Det skete i går."], "da") == {}


def test_two_people_who_share_a_surname_stay_two() -> None:
    people = _people([
        "Asha Thapa, a singer, won the contest.",
        "Mina Thapa and Rita Gurung were crowned runners-up.",
        "A. Thapa thanked her family.",
    ])  # fmt: skip
    assert set(people) == {"Asha Thapa", "Mina Thapa", "Rita Gurung"}


def test_disagreeing_or_replying_is_what_a_person_does() -> None:
    assert _people(["However, Berhanu Tesfaye disagreed with the report."]) == {"Berhanu Tesfaye": None}


def test_a_passive_after_is_is_no_role() -> None:
    assert _people(["Ray Kell was accused of hiding the money."]) == {"Ray Kell": None}
    assert _people(["Ray Kell is married to a teacher."]) == {"Ray Kell": None}


def test_a_name_after_a_titled_name_in_a_list_takes_no_role() -> None:
    people = _people(["The song was sung by stars including guitarist Max Holm, Ray Kell and Vera Moe."])
    assert people["Max Holm"] == "guitarist"
    assert people.get("Ray Kell") is None


def test_a_post_passed_on_inside_a_post_is_its_authors() -> None:
    quotes = _speakers([
        "Fans were angry:",
        "@annfan: The ban is a disgrace for the country! RT @bobfan: The police are hypocrites, all of them.",
    ])  # fmt: skip
    assert quotes == [
        ("The ban is a disgrace for the country!", "@annfan"),
        ("The police are hypocrites, all of them.", "@bobfan"),
    ]
    passed_on = ["Updates came in:", "@annfan: RT @bobfan: There is a hunger strike at the square against the rules."]
    assert _speakers(passed_on) == [("There is a hunger strike at the square against the rules.", "@bobfan")]


def test_a_handle_that_spells_a_name_makes_the_person_and_the_posts_speaker() -> None:
    paragraphs = [
        "Najwa Al Harbi linked to an article about it.",
        "Alia Brook, a nurse, started the campaign.",
        "She made some suggestions of her own:",
        "@NajwaAlharbi: Change the law, protect the women who report harassment and train the police.",
    ]
    assert "Najwa Al Harbi" in _people(paragraphs)
    assert [speaker for _, speaker in _speakers(paragraphs)] == ["Najwa Al Harbi"]


def test_a_group_named_after_a_person_in_an_introduction_does_not_post() -> None:
    paragraphs = [
        "Lady Gaga arrived in Jakarta on Monday.",
        "Lady Gaga fans were angry about the decision:",
        "@ginafan: What right do they have to ban the concert I saved up for all year?",
    ]
    assert [speaker for _, speaker in _speakers(paragraphs)] == ["@ginafan"]


def test_the_body_a_person_is_from_after_a_comma_and_for_a_pair() -> None:
    assert _people(["Jing Wu, from Tofu Watch writes about it.", "Jing Wu, a blogger, agreed."])["Jing Wu"] == (
        "from Tofu Watch; blogger"
    )
    pair = _people(["The strike of Aseem Rao and Alok Verma from Nile Watch went on."])
    assert pair == {"Aseem Rao": "from Nile Watch", "Alok Verma": "from Nile Watch"}


def test_danish_dash_paragraphs_in_a_row_are_one_speakers() -> None:
    before = _speakers(
        ["– Vi er meget skuffede over hele beslutningen.", "– Men vi giver ikke op, siger Lise Berg."], "da"
    )
    assert before == [
        ("Vi er meget skuffede over hele beslutningen.", "Lise Berg"),
        ("Men vi giver ikke op", "Lise Berg"),
    ]
    after = _speakers(
        ["– Vi er meget skuffede over det hele, siger Lise Berg.", "– Men vi giver ikke op nu, slet ikke."], "da"
    )
    assert after == [
        ("Vi er meget skuffede over det hele", "Lise Berg"),
        ("Men vi giver ikke op nu, slet ikke.", "Lise Berg"),
    ]


def test_names_given_as_examples_of_things_are_no_people() -> None:
    people = _people(
        ["The shop sells brands such as Acme Tools, Laura Ashley and Tommy Hilfiger.", "Ray Kell, a buyer, chose them."]
    )
    assert people == {"Ray Kell": "buyer"}


def test_an_age_after_a_name_makes_a_person() -> None:
    assert _people(["Boateng, 24, scored twice in the final."]) == {"Boateng": None}
    assert _people(["Ulrik Bak (34) blev ramt af en bil.", "Det skete i går."], "da") == {"Ulrik Bak": None}
    assert _people(["The Apollo (11) crew returned safely."]) == {}


def test_a_perfect_tense_action_after_a_pair_of_names() -> None:
    assert _people(["Kwame Boateng has denied the charges."]) == {"Kwame Boateng": None}
    assert _people(["Kwame Boateng has been busy."]) == {}


def test_a_definite_role_speaking_in_the_next_sentence_is_the_person_just_named() -> None:
    assert _people(["Jane Roe visited the site on Monday.", "The minister said the plan would go ahead."]) == {
        "Jane Roe": "minister"
    }
    # the role was someone else's in the sentence before, or the person already has one
    assert _people(["Jane Roe met the minister on Monday.", "The minister said the plan would go ahead."]) == {
        "Jane Roe": None
    }
    assert _people(["Jane Roe, a nurse, visited the site.", "The minister said the plan would go ahead."]) == {
        "Jane Roe": "nurse"
    }


def test_danish_a_definite_role_speaking_in_the_next_sentence() -> None:
    people = _people(["Jens Holm besøgte skolen i går.", "Borgmesteren siger, at skolen skal bygges om."], "da")
    assert people == {"Jens Holm": "borgmesteren"}
    assert _people(["Jens Holm besøgte skolen i går.", "Skolen siger, at den skal bygges om."], "da") == {
        "Jens Holm": None
    }


def test_a_plural_title_before_surnames_alone() -> None:
    assert _people(["The affidavits of Judges Mwale and Chileshe were read."]) == {
        "Mwale": "Judges",
        "Chileshe": "Judges",
    }
    assert _people(["Games Workshop and Hasbro reported profits."]) == {}


def test_a_short_quote_with_a_speaker_and_verb_after_it_is_speech() -> None:
    assert _speakers(["Jane Roe met the press.", '"It is over," she said.']) == [("It is over", "Jane Roe")]
    assert _speakers(["Lise Berg mødte pressen.", "»Det er slut,« siger hun."], "da") == [("Det er slut", "Lise Berg")]
    assert _speakers(['Jane Roe called it a "total disaster" and left.']) == []


def test_a_group_or_one_of_many_speaks_not_the_person_named_before() -> None:
    for subject in ("police", "officials", "one witness"):
        quotes = _speakers(["Jane Roe was arrested.", f'"We are looking into the case," {subject} said.'])
        assert quotes == [("We are looking into the case", subject)], subject

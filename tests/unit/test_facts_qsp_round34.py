"""English quotes, people and roles, round 34 (k-qsp32): shapes read wrong on real sport, business, health and
science pages (written again with made-up names and sentences), each with near misses that keep their old reading."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, people_roles, quotes_of


def _speakers(paragraphs: list[str], language: str = "en") -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs, language)]


# --- speaker_after: where a described speaker spoke is no part of the description -----------------------------------


def test_described_speaker_after_the_verb_drops_where_they_spoke() -> None:
    paragraphs = [
        "Harbour Rovers lost the semi-final on Thursday.",
        'The one man who does not mind is Tom Ashby. "Frankly, I will be on a beach that day," said the Rovers '
        "coach at the press conference.",
    ]
    assert _speakers(paragraphs) == ["Tom Ashby"]


def test_described_speaker_in_a_post_match_interview() -> None:
    paragraphs = [
        "Rovers head coach Tom Ashby was pleased with the win.",
        '"We were the better side," said the head coach in a post-match interview.',
    ]
    assert _speakers(paragraphs) == ["Tom Ashby"]


def test_named_speaker_with_the_place_he_spoke_is_unchanged() -> None:
    paragraphs = [
        "Rovers won the semi-final on Thursday.",
        '"We were the better side," said Tom Ashby at the press conference.',
    ]
    assert _speakers(paragraphs) == ["Tom Ashby"]


def test_described_speaker_of_a_place_keeps_the_place() -> None:
    # "at Harbour Rovers" names where the coach works: a capitalised body, no speech event, is left alone
    paragraphs = ['"It was a long season," said the coach at Harbour Rovers.']
    speakers = _speakers(paragraphs)
    assert speakers and speakers[0] is not None and "Harbour Rovers" in speakers[0]


# --- blockquotes: a paragraph that names the speaker of its own quotation is no block of the introduction ---------


def test_paragraph_with_its_own_attribution_after_a_colon_introduction() -> None:
    paragraphs = [
        "The shares fell by a tenth on Wednesday. As the Harbour Times notes in its story:",
        'After the vote, "we expected the board to change its chair," Ann Veld, an analyst at Brook & Co., '
        'said in a note to clients. A day later, "nobody expects that now."',
    ]
    speakers = _speakers(paragraphs)
    assert "Harbour Times" not in " ".join(s or "" for s in speakers)
    assert speakers and all(s == "Ann Veld" for s in speakers)


def test_block_after_a_colon_introduction_is_still_the_introducers() -> None:
    paragraphs = [
        "The chief executive Ann Veld wrote to staff on Monday. She wrote:",
        "We have had a hard year and the months ahead will be harder still, but we will come through it together.",
    ]
    assert _speakers(paragraphs) == ["Ann Veld"]


def test_block_opening_with_a_mark_is_still_the_introducers() -> None:
    paragraphs = [
        "The chief executive Ann Veld wrote to staff on Monday. She wrote:",
        '"We have had a hard year," the letter begins, "and the months ahead will be harder still."',
    ]
    speakers = _speakers(paragraphs)
    assert speakers and all(s == "Ann Veld" for s in speakers)


# --- people: a fronted adverb of sequence, a generation set off by commas, a competition in the genitive ------------


def test_fronted_adverb_is_no_part_of_the_role() -> None:
    roles = people_roles(['Afterwards Harbour Rovers\' manager, Tom Ashby told the radio: "It was hard."'])
    assert roles.get("Tom Ashby") == "Harbour Rovers' manager"


def test_role_without_a_fronted_adverb_is_unchanged() -> None:
    roles = people_roles(['Harbour Rovers\' manager, Tom Ashby told the radio: "It was hard."'])
    assert roles.get("Tom Ashby") == "Harbour Rovers' manager"


def test_generation_set_off_by_commas_keeps_the_apposition() -> None:
    roles = people_roles(['"We are pleased," said Tom B. Ashby, Jr., Brookvale\'s Chairman and Chief Executive.'])
    assert "Chairman" in (roles.get("Tom B. Ashby") or "")


def test_generation_without_commas_is_unchanged() -> None:
    roles = people_roles(["Tom Ashby Jr., chief executive of Brookvale, spoke on Monday."])
    assert roles.get("Tom Ashby") == "chief executive of Brookvale"


def test_competition_in_the_genitive_is_no_person() -> None:
    names = {f.text for f in facts_of(["The Premier League's record scorer Tom Ashby praised the young striker."])
             if f.kind == "person"}  # fmt: skip
    assert "League" not in names and "Tom Ashby" in names


# --- name_words: a verb of saying inverted before the speaker opens no name --------------------------------------------


def test_inverted_verb_before_the_speaker_is_no_part_of_the_name() -> None:
    paragraphs = [
        "Ann Veld won her third title of the week on Sunday.",
        'Continued Veld, "It has been a long week. I will sleep for days."',
        'Added Veld, "We will be back next year and we will be stronger."',
    ]
    names = {f.text for f in facts_of(paragraphs) if f.kind == "person"}
    assert names == {"Ann Veld"}
    assert all(s == "Ann Veld" for s in _speakers(paragraphs))


# --- quote_sources / quotes: "The <club> boss said:" is the club's manager, not the club --------------------------------


def test_club_boss_introducing_a_quote_is_the_manager() -> None:
    paragraphs = [
        "Harbour Rovers manager Tom Ashby praised his side after the 3-1 win over Brookvale on Saturday.",
        'The Harbour Rovers boss said: "Nobody will give us anything in this league."',
    ]
    assert _speakers(paragraphs) == ["Tom Ashby"]


def test_other_clubs_boss_adding_a_quote_is_that_clubs_manager() -> None:
    paragraphs = [
        "Harbour Rovers manager Tom Ashby praised his side after the 3-1 win over Brookvale on Saturday.",
        'The Rovers boss said: "We deserved the points today."',
        "Brookvale manager Dan Welk was less happy.",
        'The Brookvale boss added: "We were not good enough in the second half."',
    ]
    assert _speakers(paragraphs)[-1] == "Dan Welk"


def test_body_as_the_subject_of_a_quoting_clause_is_unchanged() -> None:
    paragraphs = [
        "The Harbour Trust met on Monday.",
        'In the wake of the vote, the Harbour Trust advised "residents should stay away from the pier until it is '
        'repaired."',
    ]
    assert _speakers(paragraphs) == ["Harbour Trust"]


def test_description_adding_after_another_speaker_still_goes_on() -> None:
    # (the round-33 reading: a description that adds, its holder named by no role of that body, goes on)
    paragraphs = [
        "Harbour Rovers beat Brookvale 2-1 on Saturday.",
        'Tom Ashby, who scored the winner, said: "It was a great night for all of us."',
        'On Ashby\'s display, the Rovers boss added: "He was outstanding from start to finish."',
    ]
    assert _speakers(paragraphs)[-1] == "Tom Ashby"


# --- it_said_documents_en: '"...," it said.' after a report opening the sentence before ------------------------------


def test_it_after_a_report_is_the_reports_publisher() -> None:
    paragraphs = [
        "Brookvale Foods will close its plant in May, Tom Hale told workers on Monday.",
        'The report, published by the Harbour Institute, found that 400 jobs were at risk. "The closure will hit the '
        'whole region hard," it said.',
    ]
    assert _speakers(paragraphs) == ["Harbour Institute"]


def test_it_after_an_unattributed_study_is_the_study() -> None:
    paragraphs = [
        "Tom Hale runs the clinic in the town.",
        'A new study found that most patients waited too long. "The delays are getting worse," it said.',
    ]
    assert _speakers(paragraphs) == ["the study"]


def test_it_after_a_named_body_is_unchanged() -> None:
    paragraphs = [
        "The Harbour Trust, which owns the pier, said it would close it for a month.",
        '"The pier is no longer safe," it said.',
    ]
    assert _speakers(paragraphs) == ["Harbour Trust"]


# --- body_heads: "the airline" is no pilots' association ---------------------------------------------------------------


def test_kind_noun_is_no_body_of_members_named_by_it() -> None:
    paragraphs = [
        "Brookvale Air chief executive Tom Hale blamed the Brookvale Airline Pilots' Association for the strike.",
        "Brookvale Air has been forced to cancel almost all of its flights.",
        '"We are sorry for the delays our customers faced," the airline said in a statement.',
    ]
    speakers = _speakers(paragraphs)
    assert speakers and "Association" not in (speakers[-1] or "")


def test_kind_noun_heading_a_body_is_unchanged() -> None:
    paragraphs = [
        "The Harbour Teachers' Union called the strike on Monday.",
        '"Our members have had enough," the union said in a statement.',
    ]
    assert _speakers(paragraphs) == ["Harbour Teachers' Union"]


def test_kind_noun_heading_one_body_beside_a_union_it_modifies() -> None:
    paragraphs = [
        "The Harbour Airline Pilots Union called the strike.",
        "Brookvale Airlines cancelled most of its flights on Monday.",
        '"We are sorry for the disruption to our customers," the airline said.',
    ]
    assert _speakers(paragraphs) == ["Brookvale Airlines"]


# --- people_phrase_roles: the words a quote ends with are no apposition of the speaker after it -----------------------


def test_quote_ending_in_a_noun_phrase_gives_the_speaker_no_role() -> None:
    roles = people_roles(['"We had to call off the match, which upset, frankly, hundreds of supporters," Tom Hale told '
                          "the radio."])  # fmt: skip
    assert roles == {"Tom Hale": None}


def test_apposition_before_a_name_is_unchanged() -> None:
    roles = people_roles(["The study's lead author, Tom Hale, said the results were clear."])
    assert roles.get("Tom Hale") == "study's lead author"


# --- da_unmarked_says: a Danish dash quote whose dash was lost ---------------------------------------------------------


def test_danish_unmarked_first_person_line_with_siger_is_a_quote() -> None:
    paragraphs = [
        "Harbour IF's Jens Holm var glad efter kampen.",
        "Det var en hård kamp. Vi tager tre point med hjem til byen, siger han og fortsætter.",
    ]
    quotes = quotes_of(paragraphs, "da")
    assert [q.speaker for q in quotes] == ["Jens Holm"]
    assert "Vi tager tre point" in quotes[0].text


def test_danish_unmarked_line_with_fortaeller_til_is_a_quote() -> None:
    paragraphs = [
        "Træner Jens Holm roste holdet.",
        "Vi er meget tilfredse med holdets indsats i dag, fortæller Jens Holm til avisen.",
    ]
    assert _speakers(paragraphs, "da") == ["Jens Holm"]


def test_danish_paraphrase_with_a_verb_of_thinking_is_no_quote() -> None:
    paragraphs = [
        "Forsvarsspilleren Jens Holm troede, at holdkammeraten ville udligne.",
        "Et point havde været retfærdigt for os, mener han.",
    ]
    assert _speakers(paragraphs, "da") == []


def test_danish_report_with_at_is_no_quote() -> None:
    paragraphs = [
        "Forsvarsspilleren Jens Holm var skuffet.",
        "Han troede længe, at vi ville score til sidst, fortæller han i et interview med Radio Harbour.",
    ]
    assert _speakers(paragraphs, "da") == []


def test_danish_third_person_line_with_siger_role_and_name_is_the_named_ones() -> None:
    # (round 57, da_inverted_role_says: Danish inverts the verb in direct speech, reported speech takes "at"; an
    # unmarked line closed by ", siger <role> <name>." is the named person's, as with the name alone; before, the
    # role words kept it out, so this line read as no quote)
    paragraphs = [
        "Politiet efterforsker sagen.",
        "Bilen blev fundet i en grøft tidligt søndag morgen, siger vagtchef Jens Holm.",
    ]
    assert _speakers(paragraphs, "da") == ["Jens Holm"]


def test_danish_line_opening_with_ifoelge_is_the_writers_report() -> None:
    paragraphs = [
        "Alle ansatte i Harbour Radio får en julebonus på 10.000 kroner.",
        "Ifølge stationens direktør, Anne Holm, skyldes det, at året har været 'helt usædvanligt', skriver Fagbladet.",
        "- Alle har knoklet hele året, og det skal de have tak for, siger Anne Holm til Fagbladet.",
    ]
    assert _speakers(paragraphs, "da") == ["Anne Holm"]


# --- speaker_before / speaker_of_phrase / people_phrase_roles: "The leader of the council went on to say:" ------------


def test_office_of_a_body_going_on_to_say_is_its_holder() -> None:
    paragraphs = [
        "Parents asked the board to keep the Harbour library open.",
        "Leader of the board, Cllr Ann Veld, heard their case on Monday.",
        'Cllr Veld answered: "The library will stay open until the new one is built."',
        'The leader of the board went on to say: "I borrowed my first book there as a child."',
    ]
    assert _speakers(paragraphs) == ["Ann Veld", "Ann Veld"]
    assert "Leader of the board" in (people_roles(paragraphs).get("Ann Veld") or "")


def test_description_quick_to_add_is_its_holder() -> None:
    paragraphs = [
        "Tom Ashby, the club manager, spoke after the game.",
        'The manager was quick to add: "Nobody wants this more than I do, believe me."',
    ]
    assert _speakers(paragraphs) == ["Tom Ashby"]


def test_office_of_another_body_is_not_the_holder() -> None:
    paragraphs = [
        "Ann Veld, leader of the board, opened the library on Monday.",
        'The leader of the opposition went on to say: "This library should have opened two years ago."',
    ]
    assert _speakers(paragraphs) != ["Ann Veld"]


def test_councillors_style_without_a_phrase_is_unchanged() -> None:
    roles = people_roles(["Cllr Ann Veld said the centre would reopen in the summer."])
    assert roles.get("Ann Veld") == "Cllr"


# --- quoted_surname_before: an unattributed quote after "Surname <verb>s ..." the article names again --------------


def test_unattributed_quote_after_a_surname_subject_named_again() -> None:
    paragraphs = [
        "Vercetti reactions after the defeat",
        "Vercetti ends the press conference after the match against Brookvale.",
        '"We were the better side for an hour and then we simply stopped playing."',
    ]
    assert _speakers(paragraphs) == ["Vercetti"]


def test_unattributed_quote_after_a_word_named_once_keeps_no_speaker() -> None:
    paragraphs = [
        "Reactions after the defeat",
        "Vercetti ends the press conference after the match against Brookvale.",
        '"We were the better side for an hour and then we simply stopped playing."',
    ]
    assert _speakers(paragraphs) == [None]


def test_unattributed_quote_after_a_named_person_is_unchanged() -> None:
    paragraphs = [
        "Vercetti reactions after the defeat",
        "Coach Tom Ashby praised Vercetti after the match against Brookvale.",
        '"He played very well and he deserved more from the game."',
    ]
    assert _speakers(paragraphs) == ["Tom Ashby"]


# --- unmarked_release_quotes_en: a release's quote going on after ", said X, title." with its marks lost ---------------
# (merged in round 34 with quote_marks_intact: an unmarked clause is a quote where it speaks as I, we or you, or where
# the article's marks are damaged; the release's first sentence here speaks as "we")


def test_release_quote_without_marks_goes_on_in_the_paragraph() -> None:
    paragraphs = [
        "The Harbour Agency fined Brookvale Ltd for breaking the lending rules on Monday.",
        "All lenders must follow the new rules, which we made to protect savers, said Ann Veld, director of the Harbour "
        "Agency. Firms that ignore them will be fined and named.",
    ]
    quotes = quotes_of(paragraphs)
    assert [q.speaker for q in quotes] == ["Ann Veld", "Ann Veld"]
    assert quotes[1].text.startswith("Firms that ignore")


def test_narration_after_an_unmarked_release_quote_is_no_quote() -> None:
    paragraphs = [
        "The Harbour Agency fined Brookvale Ltd for breaking the lending rules on Monday.",
        "All lenders must follow the new rules, which we made to protect savers, said Ann Veld, director of the Harbour "
        "Agency. The agency's inquiry was led by Tom Ashby of its Brookvale office.",
    ]
    assert _speakers(paragraphs) == ["Ann Veld"]


def test_marked_release_quote_is_read_by_its_marks() -> None:
    paragraphs = [
        "The Harbour Agency fined Brookvale Ltd for breaking the lending rules on Monday.",
        '"All lenders must follow the new rules," said Ann Veld, director of the Harbour Agency. Brookvale Ltd '
        "did not comment on the fine.",
    ]
    assert _speakers(paragraphs) == ["Ann Veld"]


# --- people_first_word_owners: "Brookvale Mills" beside "Brookvale CEO Jim Knott" is a company ----------------------


def test_two_word_name_whose_first_word_owns_a_person_is_no_person() -> None:
    paragraphs = [
        "Brookvale Mills plans to open a second factory next year.",
        "Brookvale makes wire fences for farms.",
        "Brookvale CEO Jim Knott says the company is growing, and Brookvale's Dennis Meola is training new staff.",
    ]
    names = {f.text for f in facts_of(paragraphs) if f.kind == "person"}
    assert "Brookvale Mills" not in names and {"Jim Knott", "Dennis Meola"} <= names


def test_person_whose_given_name_is_listed_is_kept() -> None:
    paragraphs = [
        "Jane Holm plans to open a second shop next year.",
        "Holm makes wire fences for farms.",
    ]
    names = {f.text for f in facts_of(paragraphs) if f.kind == "person"}
    assert "Jane Holm" in names

"""English and Danish quotes, people and roles, round 32: shapes that recurred on real council, police, court,
sports, business and celebrity pages (UK and US local papers, Danish police and tabloid copy), written again with
made-up names and sentences, each with near misses that must keep their old reading."""

from __future__ import annotations

from tests.unit.facts_helpers import people_roles, quotes_of


def _speakers(paragraphs: list[str], language: str = "en") -> list[tuple[str, str | None]]:
    return [(q.text[:20], q.speaker) for q in quotes_of(paragraphs, language)]


# --- Danish: the speaker after "siger" runs on into the writer's next clause ---------------------------------------


def test_danish_pronoun_speaker_before_a_comma_and_men() -> None:
    paragraphs = [
        "Vagtchef Ole Brink fra Sydsjællands Politi var på stedet.",
        "- Der er en mand, vi gerne vil tale med, siger Ole Brink.",
        "- Han er ikke sigtet for noget endnu, fortsætter han, men vil ikke sige, hvorfor politiet leder efter ham.",
    ]
    assert [s for _, s in _speakers(paragraphs, "da")] == ["Ole Brink", "Ole Brink"]


def test_danish_definite_role_speaker_before_a_relative_clause() -> None:
    paragraphs = [
        "Vestegnens Politi bekræfter anholdelsen.",
        "- Vi har anholdt en mand i en udenlandsk bil, siger vicepolitiinspektør Hans Dal.",
        "- Baggrunden er hans adfærd ved retten, siger vicepolitiinspektøren, der ikke vil uddybe sagen.",
    ]
    assert [s for _, s in _speakers(paragraphs, "da")] == ["Hans Dal", "Hans Dal"]


def test_danish_given_name_speaker_before_og_and_a_second_verb() -> None:
    paragraphs = [
        "Fredag aften var Signe Vammen fra tv-serien i byen med sine kollegaer.",
        "- Jeg havde en hyggelig aften, da der pludselig var en, der råbte efter mig, siger Signe og tilføjer, at "
        "hun bare gik.",
        "- Jeg var helt i chok. Det var først dagen efter, jeg blev ked af det.",
    ]
    assert [s for _, s in _speakers(paragraphs, "da")] == ["Signe Vammen", "Signe Vammen"]


def test_danish_speaker_before_og_and_a_possessive_keeps_its_reading() -> None:
    # near miss: "og hans kone" is a second speaker, not a second verb; the full name is read as before
    paragraphs = ["Jens Holm bor i byen.", "- Vi er klar til at flytte, siger Jens Holm og hans kone."]
    assert [s for _, s in _speakers(paragraphs, "da")] == ["Jens Holm"]


# --- Danish feminine role nouns in -inde ----------------------------------------------------------------------------


def test_danish_feminine_role_noun_is_a_role_and_resolves_its_holder() -> None:
    paragraphs = [
        "Skuespillerinden Hanne Borg forstår ikke kritikken.",
        "- Det var mærkeligt at blive kaldt dement, siger skuespillerinden.",
    ]
    assert people_roles(paragraphs, "da").get("Hanne Borg") == "Skuespillerinden"
    assert [s for _, s in _speakers(paragraphs, "da")] == ["Hanne Borg"]


def test_a_word_in_inde_that_is_no_role_gives_none() -> None:
    # near miss: "veninde" (a friend) ends in -inde, but "ven" is no listed role
    paragraphs = ["Hendes veninde Lise Berg kom også forbi."]
    assert people_roles(paragraphs, "da").get("Lise Berg") != "veninde"


# --- Danish: a short verb-second narration sentence whose named subject ends it ------------------------------------


def test_dash_paragraph_after_an_inverted_named_subject_is_theirs() -> None:
    paragraphs = [
        "Skuespiller Mads Kjær blev kritiseret efter interviewet.",
        "Også det kritiserer Mads Kjær.",
        "- Det har været en meget underlig oplevelse for mig. Det er mærkeligt at blive kaldt gammel.",
    ]
    assert [s for _, s in _speakers(paragraphs, "da")] == ["Mads Kjær"]


def test_an_inverted_sentence_with_its_own_pronoun_subject_names_an_object() -> None:
    # near miss: "mødte han Mads Kjær": the pronoun before the name is the subject, the name an object
    paragraphs = [
        "Borgmester Ulla Vang var også til stede.",
        "I går mødte han Mads Kjær.",
        "- Det har været en meget underlig oplevelse for mig. Det er mærkeligt at blive kaldt gammel.",
    ]
    assert "Mads Kjær" not in [s for _, s in _speakers(paragraphs, "da")]


# --- English: "can be heard telling the council" on a recording -----------------------------------------------------


def test_a_recorded_unnamed_speaker_telling_a_listener() -> None:
    paragraphs = [
        "Council leader Tom Rudd made the remark after a heated meeting.",
        "On a recording, a resident can be heard telling the council \u201cyou have no say in this, the minister "
        "has her eye on it\u201d.",
    ]
    assert [s for _, s in _speakers(paragraphs)] == ["a resident"]


def test_a_named_speaker_can_be_heard_saying() -> None:
    # near miss: the named subject of "can then be heard saying:" keeps the quote
    paragraphs = [
        "Council leader Tom Rudd made the remark after a heated meeting.",
        "Mr Rudd can then be heard saying: \u201cPeople here are so against everything\u201d.",
    ]
    assert [s for _, s in _speakers(paragraphs)] == ["Tom Rudd"]


# --- English: a speaker mention that is a whole clause --------------------------------------------------------------


def test_a_title_list_without_its_closing_comma() -> None:
    paragraphs = [
        "Harbour Tools today announced its results for the third quarter.",
        "Ian P. Marsh, Chairman, President and CEO stated, \u201cSales improved over the comparable periods. Overall "
        "though, we are pleased with the results.\u201d",
    ]
    assert [s for _, s in _speakers(paragraphs)] == ["Ian P. Marsh"]


def test_a_name_and_an_address_before_the_verb_names_no_title_list() -> None:
    # near miss: the pieces after the name hold no title word; the reading is left to the older rules
    from briefing_app.core.facts.speaker_clause_mentions import titled_list_name

    assert titled_list_name("Ian Marsh, Harbour Street, Dover said: ", "said|stated") is None


def test_a_fronted_phrase_between_dashes_before_a_pronoun_subject() -> None:
    paragraphs = [
        "Tom Vale has refused to rule out a second bid for the leadership.",
        "Instead - in his first interview since taking the post - he would only tell The Courier: \u201cThis is a "
        "great privilege.",
        "\u201cThere is a huge amount to do.\u201d",
    ]
    assert [s for _, s in _speakers(paragraphs)] == ["Tom Vale", "Tom Vale"]


def test_a_conjunction_and_a_time_adverb_before_a_named_subject() -> None:
    paragraphs = [
        "Tom Vale was asked about his old promise to lead the party.",
        "But yesterday Tom rejigged it to say instead: \u201cThe party is in very good hands and my job is to back "
        "the leader.\u201d",
    ]
    assert [s for _, s in _speakers(paragraphs)] == ["Tom Vale"]


def test_a_reply_owned_by_a_pronoun_after_the_quote() -> None:
    paragraphs = [
        "Minister Ravi Desai spoke to reporters in the capital on Friday.",
        "\u201cThe question does not arise,\u201d was his reply to a query about the party's plans.",
    ]
    assert [s for _, s in _speakers(paragraphs)] == ["Ravi Desai"]


def test_a_named_subject_of_a_perfect_before_saying_after_a_long_title() -> None:
    paragraphs = [
        "A woman waited 18 hours at Harbour Hospital.",
        "Ambulance head of operations at Harbour Health Board Ian Toll has apologised for the incident saying: "
        '"There was a high volume of calls and for that we sincerely apologise."',
    ]
    assert [s for _, s in _speakers(paragraphs)] == ["Ian Toll"]


def test_the_object_before_saying_is_no_speaker() -> None:
    paragraphs = [
        "The Harbour Council closed the road on Monday after a crash.",
        'The council apologised for the incident saying: "We are sorry for the delays and will reopen it soon."',
    ]
    assert [s for _, s in _speakers(paragraphs)] == ["Harbour Council"]


def test_a_letter_received_saying_still_speaks() -> None:
    # near miss: "received a letter from residents saying" - the letter (no preposition before it) holds the words
    paragraphs = [
        "Protesters gathered outside the hall.",
        'The council received a letter from residents saying: "Save our harbour from the developers and their '
        'friends on the council."',
    ]
    assert [s for _, s in _speakers(paragraphs)] == ["a letter from residents"]


# --- people: initials without stops, a shared family name, Danish list adverbs and strong pasts ---------------------


def test_middle_initials_without_stops_are_no_acronym() -> None:
    people = people_roles(["Regional member Andrew RT Dale called the situation unacceptable."])
    assert "Andrew RT Dale" in people


def test_three_capitals_inside_a_name_stay_an_acronym() -> None:
    # near miss: three capitals between two names are more often a body's acronym than initials
    assert "Jane NHS Roe" not in people_roles(["Jane NHS Roe said the ward was full."])


def test_a_given_name_coordinated_with_a_full_name_shares_its_family_name() -> None:
    people = people_roles(["The land would be sold to developers Todd and Scott Marlow for $33,000."])
    assert "Todd Marlow" in people and "Scott Marlow" in people


def test_a_one_word_name_used_alone_elsewhere_keeps_its_one_word() -> None:
    # near miss: a historical person named by one word throughout ("Cleopatra") is not given the next one's surname
    people = people_roles(["Cleopatra ruled Egypt for years.", "A coin shows Cleopatra and Marc Antony together."])
    assert "Cleopatra" in people and "Cleopatra Antony" not in people


def test_danish_herunder_before_a_name_is_no_role() -> None:
    people = people_roles(["Flere var tavse, herunder Ivar Kjær (V), der ikke kunne se problemet."], "da")
    assert people.get("Ivar Kjær") is None


def test_danish_strong_past_in_second_place_leaves_the_role_after_it() -> None:
    people = people_roles(["Under mødet i onsdags redegjorde kommunaldirektør Jørn Carl for sagen."], "da")
    assert people.get("Jørn Carl") == "kommunaldirektør"
    people = people_roles(["Under mødet i onsdags, redegjorde kommunaldirektør Jørn Carl for sagen."], "da")
    assert people.get("Jørn Carl") == "kommunaldirektør"


def test_danish_present_verb_in_second_place_is_still_no_role() -> None:
    # near miss: "spiller" after a fronted adverbial is the verb, no role
    assert people_roles(["I morgen spiller Anders Holm i Aarhus."], "da").get("Anders Holm") is None


# --- English: an unmarked "..., X said." in copy that marks its quotations ------------------------------------------


def test_unmarked_third_person_sentence_said_is_retold_where_the_marks_are_intact() -> None:
    # Round 34: copy that marks its quotations and leaves this sentence unmarked retells it in the writer's words (wire
    # and broadcast copy report so constantly; "direct speech only" is the corpus convention). The project's own
    # sample (seeds/, scored by test_facts.py) counts "..., he added." as a quote, and there the marks are damaged
    # (a closing mark with no opening one), which quote_marks_intact reads as marks lost; that case stays below.
    paragraphs = [
        '"We have been in a major flood fight for about ten days now," said Bret Vorn, a spokesman.',
        '"Nine of our rivers are at record levels," he told reporters.',
        "A total of 15 lives have been lost and thousands were left homeless, Vorn said.",
    ]
    texts = [q.text for q in quotes_of(paragraphs)]
    assert not any(t.startswith("A total of 15") for t in texts)
    assert len(texts) == 2
    damaged = [*paragraphs[:1], 'Nine of our rivers are at record levels," he told reporters.', paragraphs[2]]
    assert any(q.text.startswith("A total of 15") for q in quotes_of(damaged))


def test_unmarked_first_person_sentence_said_stays_a_quote() -> None:
    # near miss: the speaker's own "we" makes the unmarked words direct speech
    paragraphs = [
        '"We have been in a major flood fight for about ten days now," said Bret Vorn, a spokesman.',
        '"Nine of our rivers are at record levels," he told reporters.',
        "We have lost fifteen lives and thousands of homes across the region, Vorn said.",
    ]
    assert any(q.text.startswith("We have lost fifteen") for q in quotes_of(paragraphs))


# --- an unattributed quotation paragraph after narration -------------------------------------------------------------


def test_danish_inward_guillemets_leave_the_named_speaker_outside_the_quote() -> None:
    paragraphs = [
        "En mand kom til skade på vejen.",
        "»En person er kommet alvorligt til skade, og vi ved ikke mere endnu,« forklarer vagtchef Ole Dam ved "
        "Østjyllands Politi.",
        "Vejen er spærret til klokken 19.",
        "»Vi har patruljer og en bilinspektør på stedet og har lukket vejen i begge retninger.«",
    ]
    assert [s for _, s in _speakers(paragraphs, "da")] == ["Ole Dam", "Ole Dam"]


def test_an_unnamed_speaker_goes_on_after_a_narration_paragraph() -> None:
    paragraphs = [
        "A man was hurt in a crash on the main road.",
        '"One person has been seriously hurt and we do not know more yet," a police spokesman said.',
        "Police expect the road to be closed until 7pm.",
        '"We have patrols and an inspector at the scene and have closed the road both ways."',
    ]
    assert [s for _, s in _speakers(paragraphs)] == ["a police spokesman", "a police spokesman"]


def test_a_named_body_between_keeps_the_unattributed_quote_unassigned() -> None:
    # near miss: a narration paragraph naming another body may introduce the next words; nothing is carried over it
    paragraphs = [
        "A man was hurt in a crash on the main road.",
        '"One person has been seriously hurt and we do not know more yet," a police spokesman said.',
        "The Harbour Fire Service sent three crews to the scene.",
        '"We have patrols and an inspector at the scene and have closed the road both ways."',
    ]
    assert _speakers(paragraphs)[1][1] != "a police spokesman"


def test_danish_role_speaker_with_where_they_work_and_adjuncts() -> None:
    paragraphs = [
        "Trafikken stod stille på Hobrovej.",
        "- Så vidt jeg er orienteret, er en helikopter ved at lande. Det tyder på, at det er alvorligt, oplyste "
        "vagtchefen fra Østjyllands Politi kort efter ulykken til avisen.",
    ]
    assert [s for _, s in _speakers(paragraphs, "da")] == ["vagtchefen"]


def test_a_regions_fire_service_is_a_body_not_a_person() -> None:
    paragraphs = [
        "Vestegnens Brandvæsen kan tilføje lidt flere oplysninger.",
        "- Vi har fået en melding ind, forklarer Steen Bø, der er afdelingsleder ved Vestegnens Brandvæsen.",
    ]
    people = people_roles(paragraphs, "da")
    assert set(people) == {"Steen Bø"}


# --- round-30 dev shapes: a party's letters after a politician, an adverb before "stating" ---------------------------


def test_a_party_in_brackets_after_a_titled_politician_keeps_the_role() -> None:
    people = people_roles(["Udenrigsminister Anders Holt (LA) har rejst rundt i Europa."], "da")
    assert people.get("Anders Holt") == "Udenrigsminister"


def test_a_body_defined_with_its_initials_stays_a_body() -> None:
    # near miss: the letters are the name's initials, "Harbour Fund (HF)": a body defined with its acronym
    from tests.unit.facts_helpers import facts_of

    orgs = {f.text for f in facts_of(["The Harbour Fund (HF) paid for the new pier."]) if f.kind == "organisation"}
    assert "Harbour Fund" in orgs


def test_an_adverb_before_the_participle_of_saying() -> None:
    paragraphs = [
        "Daniel Marsh and his brother were jailed on Friday.",
        "Daniel showed no remorse when arrested by officers, simply stating \u2018I knew this was going to happen "
        "eventually\u2019.",
    ]
    assert [s for _, s in _speakers(paragraphs)] == ["Daniel Marsh"]


def test_unmarked_said_sentence_holding_a_quoted_fragment_is_retold() -> None:
    # a quoted fragment inside the reported clause; since round 34 the writer's clause around it, in copy whose marks
    # are intact, is no quote (it was read as one before)
    paragraphs = [
        '"We have been in a major flood fight for about ten days now," said Bret Vorn, a spokesman.',
        '"Nine of our rivers are at record levels," he told reporters.',
        "The divers will be looking for evidence and \u201cchecking for potential bodies\u201d, Mr Vorn said.",
    ]
    assert not any(q.text.startswith("The divers will be looking") for q in quotes_of(paragraphs))

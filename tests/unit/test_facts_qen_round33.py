"""English and Danish quotes and people, round 33: shapes read wrong on real sports, council, politics and TV pages
(written again with made-up names and sentences), each with near misses that must keep their old reading."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, people_roles, quotes_of


def _speakers(paragraphs: list[str], language: str = "en") -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs, language)]


# --- speaker_last_spoke: "he said" after a sentence whose first subject is not the one who spoke ------------------


def test_pronoun_after_a_comment_clause_is_the_one_commenting() -> None:
    paragraphs = [
        "Rovers lost 2-0 at home on Wednesday.",
        "Tom Ashby scored early before Dan Welk made it two after the break, with the home side, Brandt admits, "
        "simply not good enough.",
        '"It was the worst possible start," he told reporters.',
    ]
    assert _speakers(paragraphs) == ["Brandt"]
    # the one commenting is a person of the article now
    assert "Brandt" in {f.text for f in facts_of(paragraphs) if f.kind == "person"}


def test_pronoun_after_a_sentence_without_a_comment_clause_keeps_its_subject() -> None:
    paragraphs = [
        "Rovers lost 2-0 at home on Wednesday.",
        "Tom Ashby scored early before Dan Welk made it two after the break, with the home side simply not good "
        "enough.",
        '"It was the worst possible start," he told reporters.',
    ]
    assert _speakers(paragraphs) == ["Tom Ashby"]


def test_a_speech_act_reported_inside_another_ones_words_stays_theirs() -> None:
    paragraphs = [
        "The council met on Monday.",
        "Tom Ashby said Dan Welk called the plan \"a farce\" at the meeting.",
        '"We will fight it," he said.',
    ]
    assert _speakers(paragraphs)[-1] == "Tom Ashby"


# --- speaker_quoted_names.role_recency: "the minister said" never goes back to a name inside a quote -----------------


def test_role_speaker_passes_over_a_holder_named_only_inside_a_quote() -> None:
    paragraphs = [
        "Transport Minister Ravi Mehta faced questions on Saturday.",
        "During an interview, Ravi Mehta was asked about the strike.",
        'He said, "Our Chief Minister Anil Deshpande and the cabinet are behind the workers."',
        'The newly appointed minister said, "It is the duty of the state to settle this."',
    ]
    assert _speakers(paragraphs)[-1] == "Ravi Mehta"


def test_role_speaker_still_goes_to_a_holder_named_outside_quotes() -> None:
    paragraphs = [
        "Transport Minister Ravi Mehta faced questions on Saturday.",
        "Chief Minister Anil Deshpande later met the unions.",
        'The minister said, "It is the duty of the state to settle this."',
    ]
    assert _speakers(paragraphs)[-1] == "Anil Deshpande"


# --- speaker_clues.FULL_NAME: a speaker's full name with the particles of a family name ------------------------------


def test_a_speaker_named_in_full_with_particles_is_a_person_whom_she_finds() -> None:
    paragraphs = [
        "Residents say the works on the main road have dragged on for years.",
        '"They open it and close it again, five or six times," Valerie De Saint Rapt, who lives across the street, '
        "said.",
        "The builder, Corvell, refused to comment.",
        "De Saint Rapt worries about her building.",
        '"I saw some cracks and they were not there before," she said.',
    ]
    speakers = _speakers(paragraphs)
    assert len(speakers) == 2 and all("Saint Rapt" in (s or "") for s in speakers)


# --- quote_transcripts_en: a broadcast transcript with labels in capitals -------------------------------------------


def test_transcript_turns_in_capitals_are_the_labelled_speakers_quotes() -> None:
    paragraphs = [
        "Prime Minister Ann Roe on the budget",
        "TOM WELLER, PRESENTER: A short time ago the Prime Minister joined me from our studio.",
        "Prime Minister, welcome to the program and congratulations.",
        "ANN ROE, PRIME MINISTER: Thank you so much, Tom, it is good to be here.",
        "TOM WELLER: Let's start with the budget. What is your next step?",
        "ANN ROE: Well, I don't assume it won't get through. The other side is divided on this.",
        "PRIME MINISTER: We will keep working with the crossbench on it.",
    ]
    assert _speakers(paragraphs) == ["Tom Weller", "Tom Weller", "Ann Roe", "Tom Weller", "Ann Roe", "Ann Roe"]


def test_transcript_labels_alone_on_their_line_give_the_paragraphs_after_them() -> None:
    paragraphs = [
        "Interview with Tom Weller, Radio 4TL",
        "TOM WELLER:",
        "Minister, thank you very much for your time today.",
        "MINISTER:",
        "Thanks, Tom, it is a pleasure to be here.",
        "TOM WELLER:",
        "Does the flooding mean the road will stay closed all winter?",
    ]
    assert _speakers(paragraphs) == ["Tom Weller", "the minister", "Tom Weller"]


def test_a_clip_in_quote_marks_after_its_label_ends_where_its_marks_close() -> None:
    # a radio script prints each clip in quote marks inside the narration: the paragraphs after it are no clip
    paragraphs = [
        "Farmers turn to mobile banking",
        "Ann Roe heads the farmers' union. She says more members now pay by phone.",
        'ANN ROE: "Two years ago most of our members went to the bank in town. Now they pay from the field."',
        "The change has also helped small traders in the villages.",
        "Tom Weller runs a seed shop near the market. He started taking phone payments last spring.",
        'TOM WELLER: "We had to learn it quickly, but our customers were already using it every day."',
    ]
    assert _speakers(paragraphs) == ["Ann Roe", "Tom Weller"]
    # (near miss: a transcript turn without quote marks goes on over the unlabelled paragraph after it, above)


def test_one_heading_in_capitals_is_no_transcript() -> None:
    paragraphs = [
        "Harbour works delayed",
        "UPDATE: The harbour works will now finish in June, the council said on Monday.",
        "The delay was caused by the storms in March.",
    ]
    assert not any((q.speaker or "").lower() == "update" for q in quotes_of(paragraphs))


# --- dash_goes_on: a Danish interviewee's dash paragraph after three narration paragraphs about them ---------------


def _danish_candidate(last_narration: str) -> list[str]:
    return [
        "Debutant på stemmesedlen",
        "Den 60-årige pensionist Lise Vang fra listen Nye Borgere har en mærkesag ved valget.",
        "- Jeg synes, at de store beslutninger om vores penge skal lægges ud til borgerne.",
        "Sådan siger Lise Vang. Hun er kandidat ved valget i november.",
        "Lise Vang stiller op for listen, og det er første gang, hun er på en stemmeseddel.",
        last_narration,
        "- Der bliver truffet nogle beslutninger i kommunen, hvor sagerne kunne lægges ud til borgerne.",
        "Ole Brink sidder sikkert i sadlen som borgmester.",
    ]


def test_danish_dash_paragraph_after_narration_about_the_speaker_is_theirs() -> None:
    paragraphs = _danish_candidate("I præsentationerne af kandidaterne slår Lise Vang på det direkte demokrati.")
    assert _speakers(paragraphs, "da") == ["Lise Vang", "Lise Vang"]


def test_danish_dash_paragraph_after_narration_about_someone_else_keeps_its_reading() -> None:
    paragraphs = _danish_candidate("I præsentationerne af kandidaterne slår listen på det direkte demokrati.")
    assert _speakers(paragraphs, "da")[-1] != "Lise Vang"


# --- speaker_speech_nouns: "lyder opfordringen sidst på eftermiddagen" with no one named: the body that said it ----


def test_danish_speech_noun_with_an_adverbial_and_no_one_named_is_the_body() -> None:
    paragraphs = [
        "Politiet jagter bil",
        "Sydsjællands Politi efterlyser en grå varebil.",
        "Der sidder formentlig to personer i bilen, oplyser politiet i en pressemeddelelse.",
        "- Vidner skal straks kontakte politiet på 112 og ikke selv kontakte personerne, lyder opfordringen.",
        "På Facebook tilføjer politiet, at mange opkald belaster linjerne.",
        "- Derfor må man gerne ringe til 114 med oplysninger om bilen, lyder opfordringen sidst på eftermiddagen.",
    ]
    assert _speakers(paragraphs, "da") == ["Sydsjællands Politi", "Sydsjællands Politi"]


def test_danish_speech_noun_after_a_named_person_is_still_theirs() -> None:
    paragraphs = [
        "Politiet jagter bil",
        "Vagtchef Ole Brink fra Sydsjællands Politi er ved at få overblik.",
        "- Vidner skal straks kontakte politiet på 112 og ikke selv kontakte personerne, lyder opfordringen.",
    ]
    assert _speakers(paragraphs, "da") == ["Ole Brink"]


# --- people_rejected / people_da_tagged: a Danish adjective in -e opens a body's or a party's name -------------------


def test_danish_adjective_opening_a_capitalised_run_is_no_person() -> None:
    people = {f.text for f in facts_of([
        "Lokale nyheder",
        "Det siger Ole Brink, politiassistent ved Rigspolitiets Nationale Trafikcenter, og fortsætter.",
        "Den 50-årige Lise Vang fra den fynske liste Vi Frie Borgere har en mærkesag.",
    ], "da") if f.kind == "person"}  # fmt: skip
    assert people == {"Ole Brink", "Lise Vang"}


def test_danish_names_with_an_e_word_after_a_given_name_stay_people() -> None:
    people = {f.text for f in facts_of([
        "Lokale nyheder",
        "Formand for Danske Lægers Organisation, Lise Nye Hansen, er enig.",
        "Det siger direktør i fonden, Ole Store, og landmand Anne Grønne.",
    ], "da") if f.kind == "person"}  # fmt: skip
    assert {"Lise Nye Hansen", "Ole Store", "Anne Grønne"} <= people


# --- dash_quotes: "Sådan lyder vurderingen fra X. Han er ..." looks back at the quoted paragraph before it ----------


def test_danish_look_back_with_a_speech_noun_opening_a_longer_paragraph() -> None:
    paragraphs = [
        "AI i redaktionen",
        "Kunstig intelligens er den nye kollega på mange redaktioner.",
        "“Hastigheden er svimlende. Opgaver, der ville tage mig lang tid, kan den klare.”",
        "Sådan lyder vurderingen fra Karen Lund. Hun er journalist og bruger værktøjerne hver dag.",
        "“Det kom pludselig væltende ind fra højre”",
        "Sådan lyder det fra Ole Brink, der er lektor på journalistuddannelsen.",
    ]
    assert _speakers(paragraphs, "da") == ["Karen Lund", "Ole Brink"]


def test_danish_short_quoted_line_with_no_look_back_stays_no_quote() -> None:
    paragraphs = [
        "AI i redaktionen",
        "Kunstig intelligens er den nye kollega på mange redaktioner.",
        "“Det kom pludselig væltende ind fra højre”",
        "Mange redaktioner har siden købt licenser til værktøjerne.",
    ]
    assert _speakers(paragraphs, "da") == []


# --- dash_goes_on.other_subject_between: a stance verb's subject between two dash paragraphs speaks next ----------


def _farm_tour(narration: str) -> list[str]:
    return [
        "Tørken koster dyrt",
        "Formand Karl Holm var mandag på tørketur.",
        "- Jeg mangler i omegnen af 900.000 kroner i indtægter, siger landmand Peter Juhl til avisen.",
        narration,
        "- Vi har mange landmænd, som har en fantastisk tro på fremtiden, selvom de har store tab.",
    ]


def test_danish_stance_verb_subject_between_dash_paragraphs_speaks_next() -> None:
    speakers = _speakers(_farm_tour("Formand Karl Holm frygter for landmændenes økonomi, men glæder sig over besøget."),
                         "da")  # fmt: skip
    assert speakers == ["Peter Juhl", "Karl Holm"]


def test_danish_person_spoken_of_between_dash_paragraphs_does_not_take_the_words() -> None:
    speakers = _speakers(_farm_tour("Karl Holm stoppede dog ikke turen af den grund."), "da")
    assert speakers == ["Peter Juhl", "Peter Juhl"]


# --- speaker_documents_en: "the statement" after the sentence that made it; "Name, Body said:" -----------------------


def test_the_statement_is_the_body_that_confirmed_it_in_the_sentence_before() -> None:
    paragraphs = [
        "Ministry confirms festival rules",
        'Ruritania\'s Culture Ministry confirmed yesterday that the police will enforce the "quiet hours" law. The '
        'statement said "visitors can have no fear of the police" so long as they respect the rules.',
    ]
    speakers = _speakers(paragraphs)
    assert len(speakers) == 1 and "Culture Ministry" in (speakers[0] or "")


def test_the_statement_provided_by_a_team_is_theirs() -> None:
    paragraphs = [
        "Road extension stalls",
        "Mayor Ann Roe's team said no one was available to comment but provided a statement.",
        '"The idea behind the project is to connect several neighbourhoods," the statement read.',
    ]
    assert _speakers(paragraphs) == ["Mayor Ann Roe's team"]


def test_the_statement_after_a_correspondent_quoted_keeps_its_reading() -> None:
    paragraphs = [
        "Army will not use force",
        'In a statement broadcast on state media, the army said: "We will not use force against the people."',
        'A Zentrix correspondent said the announcement meant it "now seems likely that the rule is ending."',
        '"The presence of the army in the streets is for your sake and safety," the statement added.',
    ]
    assert _speakers(paragraphs)[-1] == "the statement"


def test_a_person_then_their_body_before_said_is_the_person() -> None:
    paragraphs = [
        "Airman laid to rest",
        "The ceremony was organised by the Joint Harbour Records Centre (JHRC), also known as the war detectives.",
        "Tracy Bowen, JHRC said:",
        "It has been an absolute privilege to arrange this ceremony and I am grateful for the help of the town.",
    ]
    assert _speakers(paragraphs) == ["Tracy Bowen"]
    assert people_roles(paragraphs)["Tracy Bowen"] == "JHRC"


# --- speaker_unnamed.introduced_unnamed: "One witness ... told ..." then "The witness said:" ------------------------


def test_the_witness_introduced_unnamed_stays_unnamed() -> None:
    paragraphs = [
        "Row at council meeting",
        "One witness at the meeting told the paper that a huge row erupted when the two started debating.",
        "It is understood that Cllr Tom Ashby became annoyed when Cllr Dan Welk called him by his surname.",
        'The witness said: "Out of the blue Cllr Dan Welk started calling Tom Ashby names."',
    ]
    assert _speakers(paragraphs) == ["The witness"]


def test_the_witness_named_when_introduced_is_that_person() -> None:
    paragraphs = [
        "Row at council meeting",
        "A witness, Karen Lund, told the paper that a huge row erupted when the two started debating.",
        "It is understood that Cllr Tom Ashby became annoyed.",
        'The witness said: "Out of the blue the two started shouting at each other."',
    ]
    assert _speakers(paragraphs) != ["The witness"]


def test_danish_v2_agreement_sentence_hands_the_next_dash_paragraph_to_its_subject() -> None:
    paragraphs = _farm_tour("Formand Karl Holm frygter for landmændenes økonomi, men glæder sig over besøget.") + [
        "Det er Peter Juhl helt enig i.",
        "- Jeg vil ikke pibe over, at det har været hårdt. Vi skal have nogle vilkår, så vi kan konkurrere.",
    ]
    assert _speakers(paragraphs, "da") == ["Peter Juhl", "Karl Holm", "Peter Juhl"]

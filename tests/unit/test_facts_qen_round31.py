"""English and Danish quotes, people and roles, round 31: shapes that recurred on real local council, police,
sports and business pages (Canadian and US councils, Danish police interviews on print pages put online, Indian
football coaches), written again with made-up names and sentences, each with near misses that must keep their
old reading."""

from __future__ import annotations

from briefing_app.core.segmentation import sentences
from tests.unit.facts_helpers import facts_of, people_roles, quotes_of


def _speakers(paragraphs: list[str], language: str = "en") -> list[tuple[str, str | None]]:
    return [(q.text[:20], q.speaker) for q in quotes_of(paragraphs, language)]


# --- abbreviated titles of councils and police forces end no sentence ---------------------------------------------


def test_abbreviated_council_and_police_titles_end_no_sentence() -> None:
    assert len(sentences("Coun. Mara Lind defended the council, saying the process is public.")) == 1
    assert len(sentences("Det. Sgt. Tom Vale said the van was found.")) == 1
    assert len(sentences("Cst. Ana Rudd told reporters the road was closed. Ald. Jo Penn disagreed.")) == 2
    people = people_roles(["Coun. Mara Lind defended the council, saying the process is public."])
    assert people.get("Mara Lind") == "Coun."


def test_a_full_stop_after_an_ordinary_word_still_ends_the_sentence() -> None:
    # near miss: "council." is no title; the capital after it opens a new sentence
    assert len(sentences("The plan went to council. Mara Lind voted against it.")) == 2


# --- "Dean" after a title is a given name ---------------------------------------------------------------------------


def test_dean_after_a_title_is_the_given_name() -> None:
    people = people_roles(["Councilor Dean Harwick responded that he had been on vacation."])
    assert people.get("Dean Harwick") == "Councilor"


def test_dean_after_a_grading_word_is_the_office() -> None:
    # near miss: "Associate Dean" is an office, the name is the word after it
    people = people_roles(["Associate Dean Harwick said the faculty would reopen on Monday."])
    assert "Dean Harwick" not in people


# --- a quote attributed by "shared" after it -----------------------------------------------------------------------


def test_shared_after_a_quote_attributes_it() -> None:
    paragraphs = [
        "Riverton coach Ana Velez was pleased with her side. Tomas Greer scored twice in the first half.",
        '"They pushed us hard. We were better and deserved the win," Velez shared at the press conference.',
        '"We need to stay humble."',
    ]
    speakers = [s for _, s in _speakers(paragraphs)]
    assert speakers == ["Ana Velez", "Ana Velez"]


def test_shared_with_an_object_before_a_colon_names_no_speaker() -> None:
    # near miss: "shared an article ... :" takes an object; the subject is no speaker of what follows
    paragraphs = [
        "Another reader shared an article written by Lena Moor on his wall:",
        "The harbour is the town's heart. It must stay open to all.",
    ]
    assert all(s != "Another" for _, s in _speakers(paragraphs))


# --- false people: a body's possessive, a street, an adverb --------------------------------------------------------


def test_a_body_named_by_its_kind_is_no_person() -> None:
    paragraphs = ['"I am disappointed by Council\'s action. We tried to reach a compromise," said Mayor Ian Holt.']
    people = people_roles(paragraphs)
    assert "Council" not in people
    assert people.get("Ian Holt") == "Mayor"


def test_a_street_after_a_preposition_is_no_speaker() -> None:
    paragraphs = [
        "Harlan said residents are angry about the curbs coming to Byron Street, despite opposition.",
        '"People are frustrated," he said.',
    ]
    facts = facts_of(paragraphs)
    assert not any(f.kind == "person" and f.text == "Byron Street" for f in facts)
    assert [q.speaker for q in facts if q.kind == "quote"] != ["Byron Street"]


def test_a_person_named_like_a_street_with_a_title_stays() -> None:
    # near miss: a title before the name keeps the person
    people = people_roles(['"We will rebuild," Mayor Donald Street said on Monday.'])
    assert "Donald Street" in people


def test_an_adverb_opening_the_sentence_before_he_said_is_no_speaker() -> None:
    paragraphs = [
        '"I was disappointed," Nolan Brack said on Wednesday.',
        "Improperly discarded needles are a problem in the city, he said.",
        '"Then there is no solution," he said.',
    ]
    facts = facts_of(paragraphs)
    assert not any(f.kind == "person" and f.text == "Improperly" for f in facts)
    assert all(q.speaker == "Nolan Brack" for q in facts if q.kind == "quote")


def test_a_surname_ending_in_ly_still_opens_as_subject() -> None:
    # near miss: "Connolly" has no common word as its stem; he is the one "he said" goes back to
    paragraphs = ["Connolly warned the board about the cost of the bridge.", '"It will not be cheap," he said.']
    assert [s for _, s in _speakers(paragraphs)] == ["Connolly"]


# --- Danish guillemets set off by spaces ---------------------------------------------------------------------------


def test_danish_spaced_guillemets_are_read_as_a_quote() -> None:
    paragraphs = [
        "» Vi har undersøgt sagen nærmere, og der er sket en fejl fra vores side, « siger politiinspektør "
        "Karl Ravn til avisen.",
        "» Nu kigger vi på, hvad vi kan lære af det, « siger politiinspektøren.",
    ]
    quotes = quotes_of(paragraphs, "da")
    assert [q.speaker for q in quotes] == ["Karl Ravn", "Karl Ravn"]
    assert not any(q.text.startswith("siger") for q in quotes)


def test_danish_tight_guillemets_keep_their_reading() -> None:
    # near miss: the usual »...« with the marks against the words
    paragraphs = ["»Vi har undersøgt sagen nærmere,« siger politiinspektør Karl Ravn."]
    assert [q.speaker for q in quotes_of(paragraphs, "da")] == ["Karl Ravn"]


# --- a possessive pronoun opening an apposition before a name ------------------------------------------------------


def test_possessive_pronoun_before_a_person_noun_gives_the_role() -> None:
    people = people_roles(
        [
            "Fire crews were called to the house on Main Road.",
            "Her neighbour, Keith Varley, told her he had been burning leaves in the yard.",
            "But his friend, Ola Brandt, said the fire started in the garage.",
        ]
    )
    assert people.get("Keith Varley") == "neighbour"
    assert people.get("Ola Brandt") == "friend"


def test_a_verbs_object_with_a_possessive_stays_without_the_role() -> None:
    # near miss: "thanked his friend, X," is the object of a verb; the clause began before the possessive
    people = people_roles(["The mayor thanked his friend, Ola Brandt, for the donation."])
    assert people.get("Ola Brandt") is None


# --- Danish dash paragraphs: a glued dash, a run whose speaker was named two paragraphs back ----------------------


_COACHES = [
    "Det var en ren tilståelsessag fra cheftræner Ole Brink.",
    "- Det var på mange måder en typisk premierekamp, sagde han.",
    "- Nerven var høj, og så blev det lidt rodet med lidt rigelige fejl.",
    "Omvendt var han godt tilfreds med resultatet.",
    "-Ja, det er jeg. Det er et svært sted at spille, og Vejle er et godt hold.",
    "- I dag var truppen god nok til at spille uafgjort. Vi har mistet gode spillere, men vi har også talenter.",
    "Hans kollega Per Vang var mere tilfreds.",
    "-Vi kommer til at stå lidt lavt til sidst, men ellers er jeg glad for niveauet, sagde Per Vang.",
]


def test_danish_dash_run_goes_on_with_its_speaker_past_narration() -> None:
    speakers = [s for _, s in _speakers(_COACHES, "da")]
    assert speakers == ["Ole Brink"] * 4 + ["Per Vang"]


def test_danish_dash_paragraph_before_a_new_named_subject_is_that_ones() -> None:
    # near miss: with no speaker named before it, the narration after it still names whose words they were
    paragraphs = [
        "- Jeg når lige at se bilen komme, og så smækker det bare.",
        "Journalist Jens Holm blev vidne til ulykken på motorvejen.",
    ]
    assert [s for _, s in _speakers(paragraphs, "da")] == ["Jens Holm"]


def test_danish_closing_verb_afslutter_attributes_the_quote() -> None:
    paragraphs = [
        "Anne Holm var også på banen.",
        "“Som oprykkere skal vi være gode på taktikken”, afslutter Ove Pedersen.",
    ]
    assert [s for _, s in _speakers(paragraphs, "da")] == ["Ove Pedersen"]
    assert people_roles(paragraphs, "da").get("Ove Pedersen") is None


# --- Danish roles: what someone is not, a verb put second -----------------------------------------------------------


def test_danish_negated_copula_gives_no_role() -> None:
    people = people_roles(["Træner Jesper Holm var ikke tilfreds mod OB.", "Anne Lund er træner i Vejle."], "da")
    assert people.get("Jesper Holm") == "Træner"
    assert people.get("Anne Lund") == "træner i Vejle"


def test_danish_verb_second_clause_is_no_part_of_the_role() -> None:
    people = people_roles(
        ["Klubben vandt stort lørdag, men trods sejren er klubbens cheftræner, Jess Holm, ikke tilfreds."], "da"
    )
    assert people.get("Jess Holm") == "klubbens cheftræner"


# --- Danish culture pages: titles, bands, compounds, a job opening the sentence, the verb put second -------------


def test_danish_titles_opened_with_a_right_mark_are_no_quotes() -> None:
    paragraphs = [
        "Albummet rummer ni sange. Desuden de velkendte sange som ”Stormkast”, ”Voodoo” og ”O Dessverre”.",
        "Bandet spiller i Aarhus.",
    ]
    facts = facts_of(paragraphs, "da")
    assert not [f for f in facts if f.kind == "quote"]
    assert not any(f.kind == "person" and f.text == "O Dessverre" for f in facts)


def test_danish_right_mark_quote_closing_keeps_its_speaker() -> None:
    # near miss: ”...” around speech still reads as a quote
    paragraphs = ["”Vi er meget glade for sejren i dag,” siger træner Bo Vang."]
    assert [s for _, s in _speakers(paragraphs, "da")] == ["Bo Vang"]


def test_a_name_opening_with_the_english_article_is_no_person() -> None:
    people = people_roles(["Han var forsanger i The Harbour Lights, før han gik solo."], "da")
    assert not any(name.startswith("The ") for name in people)


def test_a_name_glued_to_a_danish_noun_is_the_persons() -> None:
    people = people_roles(["Afslutningsnummeret var en fordanskning af Ole Brink-klassikeren om havet."], "da")
    assert "Ole Brink" in people
    # near miss: a hyphenated given name of two syllables stays whole
    assert "Kim Young-shik" in people_roles(["Kim Young-shik, an expert, said the talks would resume."])


def test_a_work_set_off_after_its_kind_is_no_person() -> None:
    people = people_roles(["Gruppens sjette album, Havet Brænder, der udkom i år, er solgt godt."], "da")
    assert "Havet Brænder" not in people


def test_a_person_set_off_after_a_body_keeps_the_role() -> None:
    # near miss: "chairman of the X party, Name," is the person's role, whatever the word before the comma
    people = people_roles(["The new chairman of the centrist Harbour party, Ira Lenz, agreed to join the cabinet."])
    assert people.get("Ira Lenz") == "new chairman of the centrist Harbour party"


def test_danish_job_opening_the_sentence_before_a_given_name_is_the_role() -> None:
    people = people_roles(["Forsanger Mads Lind var især en spektakulær showman."], "da")
    assert people.get("Mads Lind") == "Forsanger"


def test_danish_verb_second_after_a_fronted_adverbial_is_no_role() -> None:
    people = people_roles(["I morgen spiller Anders Holm i Aarhus.", "Efter kampen roste træner Bo Vang holdet."], "da")
    assert people.get("Anders Holm") is None
    assert people.get("Bo Vang") == "træner"


def test_danish_role_after_the_clause_verb_stays() -> None:
    # near miss: a verb before the role word ("siger borgmester X") leaves the role
    people = people_roles(["I Aarhus siger borgmester Jacob Lund, at budgettet holder."], "da")
    assert people.get("Jacob Lund") == "borgmester"


# --- a long quote whose middle paragraph carries no marks -------------------------------------------------------------


def test_a_quotes_unmarked_middle_paragraph_is_part_of_it() -> None:
    paragraphs = [
        "Harbour Hospital chief executive Nora Vance released a statement on Tuesday.",
        "“We had an unusual incident last evening. A man entered the east entrance.",
        "Our staff were suspicious of his behaviour and called security at once.",
        "Patient safety is our first priority. We thank our staff.”",
        "The hospital said it would review its policies.",
    ]
    quotes = quotes_of(paragraphs)
    assert [q.text[:10] for q in quotes] == ["We had an ", "Our staff ", "Patient sa"]
    assert {q.speaker for q in quotes} == {"Nora Vance"}


def test_narration_after_a_closed_quote_stays_narration() -> None:
    # near miss: the quote closed in its own paragraph; the paragraph after it with no marks is narration, even
    # when a later paragraph opens and closes another quote
    paragraphs = [
        "“We had an unusual incident last evening,” said chief executive Nora Vance.",
        "Our staff were suspicious of his behaviour and called security at once.",
        "“Patient safety is our first priority,” she said.",
    ]
    assert [q.text[:10] for q in quotes_of(paragraphs)] == ["We had an ", "Patient sa"]


# --- an interview told as "X asks Y:", names with digits, an article before one word, Danish hosts ----------------


def test_asks_introduction_gives_the_question_to_the_asker_and_the_answer_to_the_asked() -> None:
    paragraphs = [
        "Reporter Tom Quist, who works for a local station, asks Mette Holm:",
        "What is the most romantic thing you have done for your husband?",
        '"Oh, what hard questions you ask. Romance is not so much about what you do."',
    ]
    assert [s for _, s in _speakers(paragraphs)] == ["Tom Quist", "Mette Holm"]
    danish = [
        "Journalist Tobias Kvist, der arbejder på TV Glad, spørger Mette Lund:",
        "Hvad er det mest romantiske, du har gjort for din mand?",
        "»Orh, hvor I stiller nogle svære spørgsmål. Det handler ikke om, hvad man gør.«",
    ]
    assert [s for _, s in _speakers(danish, "da")] == ["Tobias Kvist", "Mette Lund"]


def test_an_answer_with_its_own_attribution_keeps_it() -> None:
    # near miss: the answer names its speaker itself
    paragraphs = [
        "Reporter Tom Quist asks Mette Holm:",
        "What is the most romantic thing you have done for your husband?",
        '"That is a hard question," said Ann Berg, who was standing beside her.',
    ]
    assert [s for _, s in _speakers(paragraphs)][-1] == "Ann Berg"


def test_a_name_with_a_digit_is_no_person() -> None:
    people = people_roles(["Radiovært Sandie Holm, DR P7Mix, var grebet af debatten."], "da")
    assert "P7Mix" not in people
    assert people.get("Sandie Holm") == "Radiovært"


def test_an_article_and_adjective_before_one_word_is_no_person() -> None:
    people = people_roles(["Steve Dale, konservativt medlem af det britiske Underhus, om aftalen:"], "da")
    assert "Underhus" not in people
    # near miss: a person noun between the article and the name keeps the person
    assert people_roles(["Since the designer Halvorsen's death in 1990, the label has changed hands."]).get(
        "Halvorsen"
    ) == "designer"


# --- a participle's phrase before the speaker; a Danish pronoun's report names someone else -----------------------


def test_participle_opener_is_no_speaker() -> None:
    paragraphs = [
        'Speaking at his own press conference on Thursday, President Ed Varga expressed his condolences and said, '
        '"At some point we as a country will have to reckon with this violence."'
    ]
    assert [s for _, s in _speakers(paragraphs)] == ["Ed Varga"]


def test_participle_opener_naming_the_speaker_keeps_it() -> None:
    # near miss: a participle phrase with the speaker right after its comma already read right
    assert [s for _, s in _speakers(['Speaking to reporters, Mayor Jane Lind said, "We will rebuild the bridge."'])] == [
        "Jane Lind"
    ]


def test_danish_pronoun_attribution_then_a_report_naming_another_keeps_the_speaker() -> None:
    paragraphs = [
        "Flemming Dahl er formand for grundejerforeningen.",
        "“Vi repræsenterer 3.000 medlemmer. Det er en mærkelig måde,” siger han og tilføjer, at de for fire år "
        "siden talte med tidligere borgmester Hans Tovborg om netop en pligt.",
        "“En gammel udtalelse kan ikke være bindende. Det er ikke okay,” siger han.",
    ]
    assert [s for _, s in _speakers(paragraphs, "da")] == ["Flemming Dahl", "Flemming Dahl"]


def test_danish_named_subject_before_the_next_quote_still_speaks() -> None:
    # near miss: a sentence whose subject is the other man hands him the word
    paragraphs = [
        "Flemming Dahl er formand for grundejerforeningen.",
        "“Vi repræsenterer 3.000 medlemmer,” siger han.",
        "Borgmester Hans Tovborg er uenig i kritikken.",
        "“Vi har informeret alle grundejere i god tid,” siger han.",
    ]
    assert [s for _, s in _speakers(paragraphs, "da")] == ["Flemming Dahl", "Hans Tovborg"]


def test_danish_body_name_pieces_are_no_people() -> None:
    people = people_roles(
        [
            "Fællesrådet af Grundejerforeninger har bedt Karen Riis Holm, der er formand for Klima-, Miljø og "
            "Teknikudvalget, om et møde."
        ],
        "da",
    )
    assert "Miljø" not in people and not any(name.startswith("af ") for name in people)
    assert "Karen Riis Holm" in people


def test_a_noble_af_after_a_given_name_stays() -> None:
    # near miss: "af" inside a name after the given name
    assert "Christian af Rosenholm" in people_roles(["Prins Christian af Rosenholm besøgte byen mandag."], "da")


def test_danish_quantifier_opening_a_dash_quote_is_no_person() -> None:
    paragraphs = [
        "- Det nære betyder rigtig meget, siger Inger Holt og fortsætter:",
        "- Folk siger, at det er ligemeget med politik, for det tager nogle andre sig af.",
    ]
    facts = facts_of(paragraphs, "da")
    assert not any(f.kind == "person" and f.text == "Folk" for f in facts)
    assert any(f.kind == "person" and f.text == "Inger Holt" for f in facts)

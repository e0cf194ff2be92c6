"""English and Danish quotes, people and roles, round 30: shapes that recurred on real local, national and sports
pages (Danish police interviews, council and fire reports, coaches after a match), written again with made-up
names and sentences, each with near misses that must keep their old reading."""

from __future__ import annotations

from tests.unit.facts_helpers import people_roles, quotes_of


def _speakers(paragraphs: list[str], language: str) -> list[tuple[str, str | None]]:
    return [(q.text[:25], q.speaker) for q in quotes_of(paragraphs, language)]


# --- a Danish sentence opened by a function word before one capitalised word -------------------------------------


def test_danish_opening_subordinator_before_a_body_is_no_person() -> None:
    people = people_roles(
        ["Siden Nordavis i sidste uge bragte en artikel om sagen, har Jens Holmgaard ikke udtalt sig."], "da"
    )
    assert "Siden Nordavis" not in people
    assert "Jens Holmgaard" in people


def test_danish_opening_given_name_before_surname_stays_a_person() -> None:
    # near miss: a given name (also a common word elsewhere) opening the sentence is the person's
    people = people_roles(["Per Vindelev mødte op i byrådet torsdag og stemte imod forslaget."], "da")
    assert "Per Vindelev" in people


# --- a Danish interview: the reporter's question between the answers is no quote of the answerer ----------------


def test_reporters_question_in_a_dash_interview_is_no_quote() -> None:
    speakers = _speakers(
        [
            "- Vi har gjort, hvad vi kunne, siger politiinspektør Mette Rasmussen til avisen.",
            "- Hvornår vidste I, at bilen var stjålet?",
            "- Det fik vi at vide sent om aftenen, og så gik efterforskningen i gang med det samme, siger Mette Rasmussen.",
        ],
        "da",
    )
    assert all(not text.startswith("Hvornår") for text, _ in speakers)
    assert [s for _, s in speakers] == ["Mette Rasmussen", "Mette Rasmussen"]


def test_speakers_own_question_in_a_dash_run_stays_a_quote() -> None:
    # near miss: a question with "vi" and no one addressed is the speaker's own, between his signed paragraphs
    speakers = _speakers(
        [
            "- Det var en hård kamp i dag, siger træner Bo Lindkvist.",
            "- Hvad skulle vi ellers have gjort mod så stærk en modstander?",
            "- Vi må bare se fremad mod næste kamp, siger Bo Lindkvist.",
        ],
        "da",
    )
    assert any(text.startswith("Hvad skulle") for text, _ in speakers)


# --- a place read as a person: the speech's last word before ", siger X", a place named with other places --------


def test_last_word_of_danish_speech_before_inverted_verb_is_no_speaker() -> None:
    people = people_roles(
        [
            "Politiet var til stede ved en gård i landsbyen Hvidløse på Lolland. Politiet fortæller nu, hvorfor"
            " opmærksomheden blev rettet mod Hvidløse.",
            "- Grunden til det er oplysninger om bilen. Derfor har vi været så massivt til stede i Hvidløse, siger"
            " kommunikationschef Rikke Damsgaard og fortsætter:",
        ],
        "da",
    )
    assert "Hvidløse" not in people
    assert "Rikke Damsgaard" in people


def test_apposed_name_before_said_stays_a_person() -> None:
    # near miss: "The chief, Jane Roe, said the firm ...": the clause goes on after the verb; she speaks
    people = people_roles(["The firm's new chief, Orla Brennick, said the plant would reopen in spring."])
    assert "Orla Brennick" in people


def test_place_listed_with_a_place_is_no_person() -> None:
    people = people_roles(
        [
            "The council leader said the homes hardly affected the gap between Leeds and Cotter Heath.",
        ]
    )
    assert "Cotter Heath" not in people


def test_place_named_after_in_elsewhere_is_no_person() -> None:
    people = people_roles(
        [
            "The council used delegated powers to approve the plans for Ketton Grove in Wem.",
            "Campaigners staged a protest in Ketton Grove against the decision on Saturday.",
        ]
    )
    assert "Ketton Grove" not in people


def test_place_located_near_a_place_is_no_person() -> None:
    people = people_roles(["De kørte til Vester Såby midt mellem Roskilde og Ringsted, hvor de stillede bilen."], "da")
    assert "Vester Såby" not in people


def test_people_listed_after_a_person_stay_people() -> None:
    # near miss: a person whose surname is also a town, then a second person, both named in passing
    people = people_roles(
        ["The complaint against Acme Media, LLC, Brian M. Buckley and Winston J. Tarrow is the first of its kind."]
    )
    assert "Winston J. Tarrow" in people


# --- a document after its owner reads the words: no person named before speaks them ------------------------------


def test_owned_document_that_reads_is_the_speaker() -> None:
    speakers = _speakers(
        [
            '"It never overwhelmed the crews at the scene," Battalion Chief Tom Aldane said.',
            "The fire department later posted photos of the incident online.",
            '"Crews were called to a house on Mill Road at about 6 a.m.," the department\'s Facebook post read.',
        ],
        "en",
    )
    assert speakers[0][1] == "Tom Aldane"
    assert speakers[1][1] is not None and "post" in speakers[1][1]


def test_person_after_quote_still_speaks() -> None:
    # near miss: a person named after the quote, with "said", keeps the quote
    speakers = _speakers(['"We were lucky," the resident, Tom Aldane, said on Monday.'], "en")
    assert speakers and speakers[0][1] is not None and "Aldane" in speakers[0][1]


# --- one-word names the English tagger reads: an address's district, a dateline's town ---------------------------


def test_district_after_a_street_is_no_tagged_candidate() -> None:
    from briefing_app.core.facts.people_en_tagged import _after_a_place

    text = "plans to build 99 houses at Church Lane, Kelworth, with issues raised"
    assert _after_a_place(text, text.index("Kelworth"), {"Church Lane"})
    # near miss: after a comma but no place found before it
    text = "the striker, Kelworth, scored twice"
    assert not _after_a_place(text, text.index("Kelworth"), {"Church Lane"})


def test_datelines_town_is_no_tagged_person() -> None:
    # the tagger's reading of the dateline's word is no reading of the same word after "in"
    people = people_roles(
        [
            "Kelso (Goa) [India]: After the club's 1-0 loss against FC Goa at the Nehru Stadium in Kelso on Monday,"
            " the away side's head coach Scott Cooper said that the home side deserved to win the game.",
            "Goals from Matti Hartmann and Anthony Pilkins secured the victory. The striker scored twice.",
        ]
    )
    assert "Kelso" not in people
    assert "Scott Cooper" in people


# --- roles and speakers read on a second batch of pages -----------------------------------------------------------


def test_home_placed_near_a_river_is_no_role() -> None:
    people = people_roles(
        ["Caroline Marsh from Kessbridge near the River Wend told the radio station that the town had coped well."]
    )
    assert people.get("Caroline Marsh") in (None, "")


def test_body_after_from_stays_a_role() -> None:
    # near miss: "from Greenpeace" is the body she speaks for
    people = people_roles(["Caroline Marsh from Greenpeace told the radio station that the plan was too weak."])
    assert "Greenpeace" in (people.get("Caroline Marsh") or "")


def test_participle_after_a_fragment_quoted_in_passing_gives_the_sentence_subject() -> None:
    speakers = _speakers(
        [
            "John Barwick, who owns a shop in the town, said he did not trust the council.",
            'He also called on Mr Dunmore to resign, describing his assurances as "insulting," adding: "I don\'t'
            ' think you care."',
        ],
        "en",
    )
    assert speakers[-1][1] == "John Barwick"


def test_danish_som_name_verb_after_the_quote_names_the_speaker() -> None:
    speakers = _speakers(
        [
            "Revisor Kim Holt roste beslutningen.",
            "»Det glæder mig virkelig, at vi kan vælge bank ud fra etiske overvejelser,« sagde han.",
            "»Og så kan vi nøjes med én konto og få mere i rente, det er også godt,« som kasserer Ulrik Vang forklarede.",
        ],
        "da",
    )
    assert [s for _, s in speakers] == ["Kim Holt", "Ulrik Vang"]


def test_danish_noterede_introduces_a_quote() -> None:
    speakers = _speakers(
        ["Fotograf Kurt Ravn blev valgt til bestyrelsen. »Det kan man da kalde lynkarriere,« noterede han tørt."],
        "da",
    )
    assert speakers and speakers[0][1] == "Kurt Ravn"


# --- a third batch: a Danish vox pop's label before a dash, a given name ending a longer name -----------------------


def test_danish_vox_pop_label_then_dash_is_the_speakers_quote() -> None:
    speakers = _speakers(
        [
            "Marie Holmgaard, pensionist, 90 år og fra Vejle: - Jeg fik det fine brev. Jeg synes, det så spændende ud.",
            "Jens Vang, 45 år, lærer: - Jeg kommer for at høre om skolerne.",
        ],
        "da",
    )
    assert [s for _, s in speakers] == ["Marie Holmgaard", "Jens Vang"]


def test_danish_colon_inside_a_sentence_is_no_vox_pop_label() -> None:
    # near miss: a sentence with its own verb before the colon is an introduction, read as before
    speakers = _speakers(["Borgmester Jens Vang er uenig: - Aftalen er alt for dyr for kommunen, siger han."], "da")
    assert all(s is None or "Vang" in s for _, s in speakers)


def test_given_name_ending_a_named_operation_is_no_person() -> None:
    people = people_roles(
        [
            "Operation Mabel - new sightings in the murder inquiry",
            "Detective Sergeant Grant Toller, the man heading Operation Mabel, says police have firm sightings.",
        ]
    )
    assert "Mabel" not in people
    assert "Grant Toller" in people


# --- quoted fragments inside the writer's clause: phrases, not anyone's clause ------------------------------------


def _quote_texts(paragraphs: list[str]) -> list[str]:
    return [q.text for q in quotes_of(paragraphs, "en")]


def test_verb_phrase_after_the_writers_modal_is_no_quote() -> None:
    texts = _quote_texts(
        [
            'The chief executive, Martin Hobbs, said he and other managers would "end up in court if there was a'
            ' serious charge" because of the decision.'
        ]
    )
    assert not any(t.startswith("end up in court") for t in texts)


def test_verbless_object_in_quote_marks_is_no_quote() -> None:
    texts = _quote_texts(
        [
            'President Ana Ruiz described the attacks as "deplorable" and promised the Danes "full support of the'
            ' government in this trial".'
        ]
    )
    assert not any("full support" in t for t in texts)


def test_quoted_predicate_after_its_subject_stays_a_quote() -> None:
    # near miss: the quoted words open with a verb whose subject stands outside them: the speaker's clause
    texts = _quote_texts(
        [
            'The resolution also stated that the authorities "routinely detain, question and jail critics of the'
            ' government, notably journalists".'
        ]
    )
    assert any(t.startswith("routinely detain") for t in texts)


def test_first_person_fragment_stays_a_quote() -> None:
    # near miss: the speaker's own "we" inside the marks
    texts = _quote_texts(['Hobbs said the board would "do what we promised the town years ago, and more".'])
    assert any("what we promised" in t for t in texts)


# --- a fourth batch (Danish football copy) -------------------------------------------------------------------------


def test_sadan_lyder_den_reaktion_fra_names_the_dash_paragraphs_speaker() -> None:
    speakers = _speakers(
        [
            "- Det er helt uvirkeligt lige nu.",
            "Sådan lyder den umiddelbare reaktion fra klubbens træner, Ole Vindum, efter at holdet vandt guld søndag.",
        ],
        "da",
    )
    assert speakers and speakers[0][1] == "Ole Vindum"


def test_adjective_before_a_story_persons_family_name_in_headline_is_that_person() -> None:
    people = people_roles(
        [
            "Lykkelig Vindum: Vi er oppe at bide dem i hælene",
            "Ifølge direktør Claus Vindum har det været kendetegnende for klubbens sæson.",
        ],
        "da",
    )
    assert "Lykkelig Vindum" not in people
    assert "Claus Vindum" in people


def test_danish_compound_after_a_hyphen_is_no_person() -> None:
    people = people_roles(
        ["Hvis man kan stå i et Conference League-gruppespil, så vil det være spændende, siger han."], "da"
    )
    assert not any("gruppespil" in name for name in people)


def test_name_inside_a_dash_quote_is_no_antecedent_of_a_later_pronoun() -> None:
    speakers = _speakers(
        [
            "Ifølge direktør Claus Vindum har det været kendetegnende for klubbens sæson.",
            "- Tre mesterskaber viser, at vi er med, og jeg er stolt over det, med Steen Hald og Jens Rune som"
            " æresmedlemmer og alle de andre.",
            "Han påpeger dog også, at klubben skal fortsætte med at præstere på samme niveau.",
            "- Lige nu er vi jo de bedste, men det var igen en tæt kamp. Man skal gøre det over flere år.",
        ],
        "da",
    )
    assert speakers[-1][1] == "Claus Vindum"


def test_a_venue_named_in_quote_marks_is_no_danish_person() -> None:
    people = people_roles(
        [
            "Diskussionen blandt de godt 30 fremmødte i restauranten »Hos Aksel« i Vejle stod om tal og penge.",
            "Revisor Kim Holt roste regnskabet.",
        ],
        "da",
    )
    assert "Aksel" not in people


# --- round-28 dev shapes: a team member's word before a name, a plural person noun before a list ----------------


def test_team_members_singular_before_a_name_is_the_role() -> None:
    people = people_roles(
        ["The turnover came when Harrier Tom Vellacott forced Jim Osgood to fumble, and the Harriers held on."]
    )
    assert people.get("Tom Vellacott") == "Harrier"


def test_capitalised_word_without_a_plural_in_the_article_stays_in_the_name() -> None:
    # near miss: no "Harriers" team in the article: the word is not made a role
    people = people_roles(["The turnover came when Harrier Tom Vellacott forced Jim Osgood to fumble."])
    assert all(role != "Harrier" for role in people.values())


def test_plural_person_noun_before_a_list_of_names_is_each_ones_role() -> None:
    people = people_roles(
        ["Meanwhile, fellow title contenders Kyle Barron, Carl Edlund and Joey Lomax qualified 9th, 10th and 13th."]
    )
    assert all("contender" in (people.get(n) or "") for n in ("Kyle Barron", "Carl Edlund", "Joey Lomax"))


def test_plural_people_noun_before_one_name_opening_the_sentence_is_no_person() -> None:
    people = people_roles(
        [
            "Developers Harbrook are now set to begin building two blocks on the car park.",
            "Harbrook had agreed to designate some of the flats as affordable housing.",
        ]
    )
    assert "Developers Harbrook" not in people


def test_plural_people_noun_before_a_list_of_names_keeps_the_people() -> None:
    # near miss: a group's plural before two full names is each one's role, as before
    people = people_roles(["Labour councillors Jane Orwin and Tom Dace voted against the plan."])
    assert "Jane Orwin" in people and "Tom Dace" in people

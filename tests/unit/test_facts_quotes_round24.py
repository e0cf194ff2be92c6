"""Quotes with the right speaker: classes found by reading whole real English and Danish news pages nobody here had
tuned on (sentencing hearings and court reports with judge, prosecutor, defence and families alternating, post-match
quotes, residents quoted in local news, senators' statements and colon labels, business statements and round-ups;
Danish club sites, tabloids, regional papers and a mayor's meeting; the search tool's stored pages, annotated by hand
first). Every test is written again with made-up names and sentences; the real text stays out of the repository.

First run on 34 real pages (26 English, 8 Danish; 128 quotes a careful annotator takes with their speaker, partial
quotes aside): 107 with the right speaker, 20 with a wrong one, 1 missed."""

from __future__ import annotations

from tests.unit.facts_helpers import people_roles
from tests.unit.quote_case_checks import said


def test_an_owner_and_a_kin_or_job_before_a_name_gives_the_name() -> None:
    text = (
        "The killer of Dan Hanley was sentenced to life on Friday.\n\n"
        '"I miss him and I love him," said Hanley\'s daughter Mira.\n\n'
        '"This is only the start of the healing," Hanley\'s aunt Tessa Brook said after the hearing.\n\n'
        '"My heart is broken and always will be," the victim\'s father Marcus said.'
    )
    assert [s for _, s in said(text, "en")] == ["Mira", "Tessa Brook", "Marcus"]
    text = (
        "Acme cut 300 jobs at its Millbrook plant.\n\n"
        '"We regret that this was necessary," said Acme\'s chief executive Jane Roe.'
    )
    assert said(text, "en")[-1][1] == "Jane Roe"
    # (near miss: a job with no name after it is someone unnamed who works for the owner)
    text = "Acme cut 300 jobs at its Millbrook plant.\n\n" '"We will appeal this ruling," Acme\'s lawyer said.'
    assert said(text, "en")[-1][1] == "Acme's lawyer"


def test_a_predicate_before_and_said_is_no_subject_the_sentence_opening_speaks() -> None:
    text = (
        "Tom Kessel was sentenced on Friday after a long trial.\n\n"
        'His mother, Dora Kessel, spoke on his behalf saying she will always support him, believes in his '
        '"goodness," and said, "the public will never know the caring man he is."\n\n'
        'The judge, Amos Ridley, read the ruling and then said: "This is based on your abuse of trust and nothing '
        'else."'
    )
    assert [s for _, s in said(text, "en")] == ["Dora Kessel", "Amos Ridley"]
    text = (
        "Tom Kessel was sentenced on Friday after a long trial.\n\n"
        'Kessel, dressed in a grey suit, spoke briefly at the hearing and offered his regret to the family, but '
        'added: "There is more to come out later. Thank you."'
    )
    assert said(text, "en")[-1][1] == "Tom Kessel"


def test_a_conjunction_opening_the_sentence_is_no_part_of_the_speaker() -> None:
    text = (
        "Senators reacted to the governor's remarks on Monday.\n\n"
        'Senator Tom Veldt made the following statement to Ann Harker of the Courier: "I was not elected to make '
        'excuses for anyone." And he said, "I think it was wrong, and I do not understand it."'
    )
    assert [s for _, s in said(text, "en")] == ["Tom Veldt", "Tom Veldt"]
    text = (
        "Senators reacted to the governor's remarks on Monday.\n\n"
        'Sen. Bo Lindqvist said, "It is a serious accusation and I have seen no evidence yet."\n\n'
        'But he added that "most of us would rather not comment on every remark."'
    )
    assert [s for _, s in said(text, "en")] == ["Bo Lindqvist", "Bo Lindqvist"]


def test_a_label_before_a_colon_names_no_speaker_the_clause_after_it_does() -> None:
    text = (
        "Senators avoided the question on Tuesday.\n\n"
        "What they are saying, via the Courier's Tim Oakes: Sen. Bo Lindqvist (R-Utah) said, \"It is a serious "
        'accusation which should only be made with facts."\n\n'
        'But he added that "most of us would rather not comment on every remark."'
    )
    assert [s for _, s in said(text, "en")] == ["Bo Lindqvist", "Bo Lindqvist"]


def test_according_to_a_paper_after_an_introduced_quote_is_the_reporter_not_the_speaker() -> None:
    text = (
        "Sam Lorde was sentenced to life in Harbourside on Tuesday.\n\n"
        'Earlier in the day, Lorde made a statement in court, saying, "My condolences go out to the family," '
        "according to The Harbour Courier."
    )
    assert said(text, "en")[-1][1] == "Sam Lorde"
    # (near miss: with no introduction the source after "according to" is who is quoted)
    text = (
        "The harbour plan was approved on Tuesday.\n\n"
        '"The plan will cost more than anyone expects," according to Jane Roe, who chairs the trust.'
    )
    assert said(text, "en")[-1][1] == "Jane Roe"


def test_a_pronoun_after_a_fronted_like_phrase_goes_past_the_name_in_it() -> None:
    text = (
        "Residents were cleaning up after the water main break on Sunday.\n\n"
        '"All the pipes here are a hundred years old," Brian Holt said.\n\n'
        "Holt's neighbour, Nancy, saw the crawl space under her home flood.\n\n"
        '"I do not even know anymore," Nancy said. "I am used to it."\n\n'
        "The flooding was so bad that Nancy said she would wait until Monday. Like Holt, she too wished for change.\n\n"
        '"I think something has to be done to the streets. There has to be a big drain at the top."'
    )
    assert said(text, "en")[-1][1] == "Nancy"
    assert "Like Holt" not in people_roles(text.split("\n\n"))


def test_he_continued_after_quote_paragraphs_is_the_one_just_quoted() -> None:
    text = (
        "Harbour Rovers manager Paul Tennant saw his side draw 2-2 with Millbrook.\n\n"
        "Goals from Tom Nichols and Dave Wheel earned the point.\n\n"
        '"I have got mixed feelings," said Ten. "We were a different team in the second half.\n\n'
        '"We have had two hard draws over the last few days and there is still a lot to play for."\n\n'
        'He continued: "I am really proud of the way the team came back in the second half."'
    )
    assert said(text, "en")[-1][1] == "Paul Tennant"  # ("Ten": the clipped family name, read below)
    assert "We have" not in people_roles(text.split("\n\n"))


def test_a_statement_sent_to_someone_is_the_senders() -> None:
    text = (
        "Residents of Elm Street say their homes flood every time it rains.\n\n"
        '"I cannot deal with this," Vera Lind said.\n\n'
        "The city's department of public works commissioner issued the Courier a statement that says in part, "
        '"The issues in this neighborhood were identified as priorities in our drainage study."'
    )
    speaker = said(text, "en")[-1][1]
    assert speaker is not None and "commissioner" in speaker


def test_danish_a_verb_followed_by_no_speaker_shape_is_no_attribution() -> None:
    text = (
        "Laudrup: Chancer til det dobbelte\n\n"
        "– Det var dejligt med en sejr. Vi kommer hurtigt foran med 4-1, og fortsætter alligevel med det flotte "
        "spil, hvor vi skaber chancer til både fem og seks mål.\n\n"
        "Mikkel Lund er ét stort smil efter kampen, der endte med en 4-2 sejr.\n\n"
        "– Anden halvleg var mere lige. Vi går lidt ned i tempo, konstaterer han."
    )
    assert {s for _, s in said(text, "da")} == {"Mikkel Lund"}
    text = (
        "AGF-træner efter kampen\n\n"
        "– Jeg lavede ingen justeringer. Det handlede om tro og ro, siger Dan Nielsby.\n\n"
        "– Jeg var meget rolig i pausen. Spillerne følte, de havde spillet dårligt, men jeg fortalte dem, at der "
        "var meget plads at spille på."
    )
    assert [s for _, s in said(text, "da")] == ["Dan Nielsby", "Dan Nielsby"]
    # (near miss: a title before the name is a speaker's shape)
    text = "Landsholdet vandt\n\n– Det var en stor aften for os alle sammen, siger landstræner Jens Holm."
    assert said(text, "da")[-1][1] == "Jens Holm"


def test_danish_a_colon_introduction_with_the_subject_after_any_verb() -> None:
    # (a full name was read so before too; the verb-second reading of the introduction is what gives a one-word
    # name the sentence's subject: "Efter kampen satte Ståle ...:" gave "Efter" before)
    text = (
        "Solbakk: En rigtig god præstation\n\n"
        "Efter kampen satte Stig Solbakk hurtigt et par ord på dagens kamp:\n\n"
        '"Det her var en rigtig god præstation, og det var det i samtlige 90 minutter. Vi mødte et godt hold fra '
        'Vestby."\n\n'
        '"Så jeg vil godt have lov til at rose spillerne for torsdagens kamp."'
    )
    assert [s for _, s in said(text, "da")] == ["Stig Solbakk", "Stig Solbakk"]


# Second batch (read after the fixes above: posts and tweets quoted in news, Danish social-media stories; 9 pages,
# 28 quotes): 17 right, 6 wrong, 5 missed at first.


def test_a_participle_fronted_before_the_subject_and_writing_after_it() -> None:
    text = (
        "The mayor is on a trip abroad.\n\n"
        "Responding to Lind's post, the mayor fired back with a sharp rebuke, writing, \"One has to feel a bit bad "
        'watching this attempt finally crash and burn," according to the Courier.'
    )
    assert said(text, "en")[-1][1] == "the mayor"
    text = (
        "Public Advocate Tom Lind joked about the mayor's absence.\n\n"
        'He captioned the post, "We are ready at City Hall just in case his flight gets delayed a few hours," the '
        "Courier reported."
    )
    assert said(text, "en")[-1][1] == "Tom Lind"
    # (near miss: a post's title after "the post" is still no speech)
    text = 'Jo Lind shared the post "Ten Reasons To Visit Millbrook" on Sunday.'
    assert said(text, "en") == []


def test_a_long_fronted_asked_phrase_holds_no_subject_for_a_later_he() -> None:
    text = (
        "The mayor answered his critics on Friday.\n\n"
        "Asked about barbs from staffers and former allies like Public Advocate Tom Lind and Councilman Dan "
        "Richter of the harbour district, Mayor Ray Osei said that his critics do not understand the city.\n\n"
        '"Folks who misunderstand the power of the mayoralty need to get a little more informed," he said.'
    )
    assert said(text, "en")[-1][1] == "Ray Osei"


def test_a_document_and_a_participle_before_said_is_the_issuers() -> None:
    text = (
        "A birthday message for the mayor drew scorn online.\n\n"
        '"A year older and so much has changed, but our mayor continues to age with wisdom and grace," the '
        "glowing tweet, posted from the verified city of Millbrook account, said."
    )
    assert said(text, "en")[-1][1] == "the verified city of Millbrook account"


def test_danish_a_verb_with_an_object_after_the_name_is_no_attribution() -> None:
    text = (
        "Statsministeren på sociale medier\n\n"
        "– Godmorgen fra Paris. I går skrev Jonas Holm dansk sportshistorie. Og hele Danmark fejrede sejren, blev "
        "der skrevet på Facebook."
    )
    assert all(s != "Jonas Holm" for _, s in said(text, "da"))
    # (near miss: the name, then only where it was said)
    text = "Ministeren på sociale medier\n\n– Vi hepper også her fra tribunen. Kæmpe stolthed, skrev Ane Lund på Instagram."
    assert said(text, "da")[-1][1] == "Ane Lund"


def test_danish_guillemets_around_a_post_opening_with_a_handle() -> None:
    text = (
        "Kommentarerne til statsministeren\n\n"
        "»Sådan ser man ud, når man er med til at svigte børnene,« skriver en bruger blandt andet.\n\n"
        "»@mette mens du poster hjemmebag sulter børnene. Hvad gør du for at stoppe det?« lyder det fra en anden."
    )
    found = said(text, "da")
    assert found[0][1] == "en bruger"
    assert found[-1][0].startswith("@mette mens du poster") and found[-1][1] == "en anden"


def test_a_capitalised_job_noun_before_a_given_name_is_the_speakers_office() -> None:
    roles = people_roles(["Advocates", "Public Advocate Tom Lind joked about the mayor's absence on Sunday."])
    assert "Tom Lind" in roles and "Advocate" in (roles["Tom Lind"] or "")
    # (near miss: a job noun that is also a given name stays the name's first word)
    roles = people_roles(["Bakers", "Baker Tom Lind opened a shop in Millbrook on Sunday."])
    assert not any(name.startswith("Baker Tom") for name in roles)


def test_a_short_sentence_after_a_verb_of_saying_and_a_comma_is_speech() -> None:
    text = (
        "The mayor drew criticism online this week.\n\n"
        "It started with a post from columnist Ned Moran about the school budget.\n\n"
        'A woman tweeted, "Exactly, Ned."'
    )
    assert said(text, "en")[-1] == ("Exactly, Ned", "A woman")
    # (near miss: a short phrase in marks after a comma and no verb of saying is no speech)
    text = 'The mayor drew criticism online this week.\n\nThe plan, "Big Deal," was dropped on Friday.'
    assert said(text, "en") == []


def test_danish_a_player_described_by_club_and_a_definite_noun_is_the_one_named_before() -> None:
    text = (
        "Landstræneren undskyldte\n\n"
        "Landstræner Jens Holm var ærgerlig efter kampen.\n\n"
        "Det fortalte Mia Lund til avisen senere.\n\n"
        "– Jens sagde, at han gerne ville undskylde. Men da der var gået 30 sekunder, var vi alle glade for "
        "sejren, sagde Vestby-profilen."
    )
    assert said(text, "da")[-1][1] == "Mia Lund"


def test_a_clipped_family_name_as_speaker_is_the_manager() -> None:
    text = (
        "Harbour Rovers manager Paul Tennant saw his side draw 2-2 with Millbrook.\n\n"
        '"I have got mixed feelings," said Ten. "We were a different team in the second half."'
    )
    assert {s for _, s in said(text, "en")} == {"Paul Tennant"}
    # (near miss: a clipped word that is someone's given name is that person)
    text = (
        "Harbour Rovers manager Paul Tennant and forward Ted Brown were both at the ground.\n\n"
        '"I have got mixed feelings about this game," said Ted.'
    )
    assert said(text, "en")[-1][1] == "Ted Brown"


# Round-22 dev (unseen; a federal appointment release): the speakers' people and roles.


def test_an_office_capitalised_alone_is_no_person_nor_body_and_heads_an_apposition() -> None:
    paragraphs = [
        "Museum Announces Appointment of New Curator",
        "The museum announced the appointment of Ann Kellerby Lund as the new Curator. Ms. Kellerby Lund, the ninth "
        "Harbour Museum Curator, joined the Office of the Curator in 1995. She was the associate Curator of the "
        "collections.",
        "She received her Bachelor of Arts degree in Art History from the University of Millbrook.",
    ]
    roles = people_roles(paragraphs)
    assert "Curator" not in roles and "Art History" not in roles
    assert "Curator" in (roles.get("Ann Kellerby Lund") or "")
    # (near miss: a family name that is also a job stays a person: "Judge said")
    assert "Tom Judge" in people_roles(["Court", "Tom Judge, a lawyer from Millbrook, spoke on Monday."])


def test_a_possessive_role_in_apposition_after_of() -> None:
    roles = people_roles(
        ["Retirement", "She took over after the retirement of her predecessor, Lydia Marsh, after decades of service."]
    )
    assert roles.get("Lydia Marsh") == "her predecessor"
    # (near miss: an adverbial clause before the name is no apposition)
    assert people_roles(["Meeting", "After meeting the minister, Jane Roe spoke to reporters."]).get("Jane Roe") is None

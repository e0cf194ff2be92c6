"""People, roles and quote speakers, twenty-ninth round: classes found by reading whole English and Danish news
pages nobody here had tuned on (council and police reports, ministers' written answers, party spokespeople,
association chairs), the facts written down by hand first. The classes are grammar, not words: a pronoun that is also
a given name somewhere, a Danish attribution "lyder det fra" before an apposition, a Danish "med" before a definite
role noun set off by a comma. Every sentence and name is made up; each class has a look-alike that must keep its
reading.
"""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import Fact, extract_facts
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document
from tests.unit.facts_helpers import facts_of, people_roles, quotes_of


def _role(paragraphs: list[str], name: str, language: str = "en") -> str | None:
    roles = people_roles(paragraphs, language)
    assert name in roles, roles
    return roles[name]


# A capitalised pronoun introducing a paragraph with a colon is the pronoun, never a person of that given name.
def test_a_danish_pronoun_before_a_colon_is_its_antecedent_not_a_person() -> None:
    paragraphs = [
        "Avisen ville gerne have talt med ministeren, Kaj Brandt (Soc.dem.), men det var ikke muligt. "
        "Han har i stedet sendt et skriftligt svar:",
        "- Det er en svær situation for alle i byen. Vi skylder dem en afklaring.",
    ]
    facts = facts_of(paragraphs, "da")
    assert "Han" not in [f.text for f in facts if f.kind == "person"]
    quotes = [f for f in facts if f.kind == "quote"]
    assert quotes and quotes[-1].speaker == "Kaj Brandt", quotes


def test_a_given_name_alone_after_a_quote_stays_a_person() -> None:
    # (near miss: a known given name alone after the quote is still the speaker, as before)
    paragraphs = ["Her neighbour, Nancy, saw the fire first.", '"It was terrifying," Nancy said.']
    quotes = quotes_of(paragraphs)
    assert quotes and quotes[-1].speaker == "Nancy", quotes


# "..., lyder det fra den radikale retsordfører, X": the attribution and the article are no part of the role.
def test_lyder_det_fra_before_an_apposition_is_no_part_of_the_role() -> None:
    text = "Der skal være en god forklaring, lyder det fra den radikale retsordfører, Lise Holt."
    assert _role([text], "Lise Holt", "da") == "radikale retsordfører"
    text = "Det er en stor dag, lød det fra en glad formand, Per Kragh."
    assert _role([text], "Per Kragh", "da") == "glad formand"


def test_det_siger_before_an_apposition_keeps_its_role() -> None:
    # (near miss: "Det siger formand for X, Y" was read before and stays)
    text = "Det siger formand for grundejerforeningen, Lise Holt."
    assert "formand for grundejerforeningen" in (_role([text], "Lise Holt", "da") or "")


# A Danish definite role noun after "med" ("with"), set off by a comma before the name, is the apposition.
def test_a_definite_role_after_med_is_the_apposition() -> None:
    assert _role(["Avisen talte med borgmesteren, Ole Brink, i går."], "Ole Brink", "da") == "borgmesteren"
    text = "Han mødtes med formanden for klubben, Jens Dahl, i går."
    assert _role([text], "Jens Dahl", "da") == "formanden for klubben"
    # (near misses: a possessive after "med" keeps its reading; a name after "med" with no role noun has no role)
    assert _role(["Hun har talt med sin søster, Ida Brink, om sagen."], "Ida Brink", "da") == "sin søster"
    assert _role(["Holdet vandt i går med en scoring af Ole Brink."], "Ole Brink", "da") is None


# "The chief says ...": a description whose role noun another person of the article holds is theirs, not a role of
# the one named in the sentence before.
def test_a_description_held_by_another_gives_the_last_named_no_role() -> None:
    paragraphs = [
        "Fire Chief Rudy Garza says the man lives alone.",
        '"We heard an alarm and ran outside," says Tessa Marlow.',
        "The chief says they still do not know how the fire began.",
    ]
    assert _role(paragraphs, "Tessa Marlow") is None
    # (near miss: with no one else holding it, the description is still the role of the one named before)
    paragraphs = ['"We heard an alarm and ran outside," says Tessa Marlow.', "The chief says the fire is out."]
    assert _role(paragraphs, "Tessa Marlow") == "chief"


# "The company initially declined ..., but later issued a statement saying:": the adverb is no part of the subject.
def test_an_adverb_after_the_subject_is_no_part_of_the_speaker() -> None:
    paragraphs = [
        "Shares of Norvane Pharma fell 4% on Monday.",
        "The company initially declined to comment, but later issued a statement saying: "
        "\u201cWe do not comment on market rumours.\u201d",
    ]
    quotes = quotes_of(paragraphs)
    assert quotes and quotes[-1].speaker is not None and "initially" not in quotes[-1].speaker, quotes


# '"...," one nearby resident said. ... "...," the neighbor said.': the unnamed speaker again, not the chief named before.
def test_a_described_speaker_after_an_unnamed_one_is_not_the_last_named() -> None:
    paragraphs = [
        "Fire Chief Brian Morrow said the fire started in the rear of the house.",
        '"We have five buildings with fire damage," Morrow said.',
        '"It went up really quick," one nearby resident said.',
        "Crews from nearby towns joined the firefighters.",
        '"Thank God that the firefighters came along," the neighbor said.',
    ]
    quotes = quotes_of(paragraphs)
    assert quotes[-1].speaker == "the neighbor", quotes
    # (near miss: with no unnamed speaker between, a described speaker is still the one named before)
    paragraphs = [
        "Tom Harker, 80, lost his home in the fire.",
        '"I have nothing left," Harker said.',
        "Crews from nearby towns joined the firefighters.",
        '"Thank God that the firefighters came along," the neighbor said.',
    ]
    assert quotes_of(paragraphs)[-1].speaker == "Tom Harker"


# '"...," said Mary Raimer, resident.': a given name that is also a place, after a verb of saying, with a bare role.
def test_a_place_given_name_after_said_with_a_bare_role_is_the_whole_name() -> None:
    assert _role(['"It was bad," said Mary Raimer, resident.'], "Mary Raimer") == "resident"
    assert "Mary Raimer" in people_roles(['"It was bad," said Mary Raimer.'])
    # (near miss: a place after "in" stays a place, no person)
    facts = facts_of(["The fire began in Paris on Monday, police said."])
    assert not [f for f in facts if f.kind == "person"]


def _facts_with_headline(headline: str, paragraphs: list[str], language: str) -> list[Fact]:
    article = ArticleText(Path("t.txt"), "txt", headline, [TextBlock(headline), *(TextBlock(p) for p in paragraphs)])
    return extract_facts(build_document(article, language=language))


# A sentence-case headline's short form of a name the story writes in full is that person, not a second one.
def test_a_headline_short_form_is_the_story_person() -> None:
    facts = _facts_with_headline(
        "Hanne K præciserer udtalelse om skolesag",
        ["Statsminister Hanne Kjeldsen (S) præciserer nu sin udtalelse om skolesagen fra onsdag."],
        "da",
    )
    people = [f.text for f in facts if f.kind == "person"]
    assert "Hanne K" not in people and "Hanne Kjeldsen" in people, people
    facts = _facts_with_headline(
        "Gnaven Palle efter straffedrama",
        ["I den anden lejr var Palle Brejnholt langt fra tilfreds med dommerens kendelser."],
        "da",
    )
    people = [f.text for f in facts if f.kind == "person"]
    assert people == ["Palle Brejnholt"], people


def test_a_headline_name_the_story_repeats_or_never_expands_stays() -> None:
    # (near misses: the headline's full name, and a given name and family name the story does not extend)
    facts = _facts_with_headline(
        "Palle Brejnholt vinder igen", ["Palle Brejnholt vandt i går sit tredje mesterskab."], "da"
    )
    assert [f.text for f in facts if f.kind == "person"] == ["Palle Brejnholt"]
    facts = _facts_with_headline(
        "Mogens Lykke tager over", ["Den nye direktør, Mogens Lykke Hansen, starter i maj."], "da"
    )
    assert "Mogens Lykke Hansen" in [f.text for f in facts if f.kind == "person"]


# "afløste for ti dage siden mestertræner X": a span of time and "siden" end the role walked back from the name.
def test_a_danish_time_span_is_no_part_of_the_role_before_a_name() -> None:
    text = "Den tidligere U19-træner afløste for ti dage siden mestertræner Jens Thorsø på posten."
    assert _role([text], "Jens Thorsø", "da") == "mestertræner"
    # (near miss: a role with a day before it keeps its old reading)
    assert _role(["Onsdag morgen indtager statsminister Jens Thorsø talerstolen."], "Jens Thorsø", "da") == "statsminister"


# "– ..., lød analysen.": the speech named, whose speaker is the one named last before it.
def test_a_speech_noun_after_the_verb_is_the_last_speaker() -> None:
    paragraphs = [
        "Han havde det helt fint med sig selv, Viggo Falk, efter sejren i Parken.",
        "- Vi spiller ikke nogen særlig god kamp, men vi får de tre point. Det gør vi i dag, lød analysen.",
    ]
    quotes = quotes_of(paragraphs, "da")
    assert quotes and quotes[-1].speaker == "Viggo Falk", quotes


# A narration paragraph ending in a sentence with a pronoun subject introduces the dash paragraph after it.
def test_a_pronoun_narration_before_a_dash_paragraph_gives_its_speaker() -> None:
    paragraphs = [
        "- Jeg håber, at alle havde en god aften, siger Mads Dahl til TV2.",
        "Det var Leif Gunnar Sørum, der stod i spidsen for holdet onsdag aften. Og han var også stolt efter kampen.",
        "- Spillerne greb chancen. De viste, at de er gode fodboldspillere.",
    ]
    quotes = quotes_of(paragraphs, "da")
    assert quotes[-1].speaker == "Leif Gunnar Sørum", quotes
    # (near miss: a narration paragraph with no pronoun subject keeps the interview's speaker)
    paragraphs = [
        "- Mit ønske er, at vi kommer længere op på dagsordenen, siger Mads Dahl.",
        "Borgmesterens ønske knytter sig tæt til valget.",
        "- Danmark oplever en skævvridning, hvor de store byer vokser, og det skal vi gøre noget ved.",
    ]
    assert quotes_of(paragraphs, "da")[-1].speaker == "Mads Dahl"


# '"...," he told reporters.' after "The Prime Minister's official spokesman said ...": the whole owned description.
def test_he_after_an_owned_description_with_a_modifier_is_the_whole_description() -> None:
    paragraphs = [
        "The Prime Minister\u2019s official spokesman said that it is policy not to comment on security matters.",
        "\u201cMinisters do receive regular security briefings,\u201d he told reporters.",
    ]
    quotes = quotes_of(paragraphs)
    assert quotes[-1].speaker is not None and quotes[-1].speaker.endswith("spokesman"), quotes
    # (near miss: the owned noun with no modifier keeps its reading)
    paragraphs = [
        "Roe\u2019s lawyer said that his client would appeal.",
        "\u201cWe will fight this ruling,\u201d he told reporters.",
    ]
    assert quotes_of(paragraphs)[-1].speaker == "Roe\u2019s lawyer"


# 'said the courtly senator, whom X himself has flagged as ...': the description speaks, not the name in its clause.
def test_a_relative_clause_after_a_described_speaker_names_no_speaker() -> None:
    paragraphs = [
        "In an interview, Sen. Tom Brask told the paper about the remarks.",
        "\u201cThose remarks were excessive,\u201d said the courtly senator, whom Dan Merrow himself has flagged as a "
        "potential running mate.",
    ]
    quotes = quotes_of(paragraphs)
    assert quotes[-1].speaker == "Tom Brask", quotes


# Commonwealth releases: "the Honourable Jane Roe", "His Worship Ray Stone": a style of address, no part of the name
# or the role; "the Minister of X, the Honourable Y," is Y's role.
def test_a_style_of_address_is_no_part_of_the_name_or_role() -> None:
    text = "Today, the Minister of Agriculture, the Honourable Marie Bellweather, announced an investment."
    assert _role([text], "Marie Bellweather") == "Minister of Agriculture"
    roles = people_roles(["The funding was announced by His Worship Ray Stoneham, Mayor of Kessby, on Monday."])
    assert roles.get("Ray Stoneham") == "Mayor of Kessby", roles
    roles = people_roles(["The Honourable Dan Vardal will take part in a press conference on Monday."])
    assert "Dan Vardal" in roles, roles
    # (near miss: "the" before a capitalised pair with no style of address is still a thing, no person)
    assert not people_roles(["The Winter Gala opened at the Silver Line depot on Monday."])


# ", along with Member of Parliament for X, Y,": another person joins the subject, no apposition of it.
def test_along_with_after_a_name_opens_no_role() -> None:
    text = "Jane Mellor, along with a lawyer from the tenants' union, met the judge on Monday."
    assert _role([text], "Jane Mellor") is None
    # (near miss: an apposition set off the same way stays the role)
    text = "Jane Mellor, a lawyer from the tenants' union, met the judge on Monday."
    assert "lawyer" in (_role([text], "Jane Mellor") or "")


# "X, a website supporting Roe's demand for ..., posted on Facebook "...": the name before the apposition speaks.
def test_a_name_before_a_long_apposition_speaks_not_a_name_inside_it() -> None:
    paragraphs = [
        "Tom Hallow began a fast on Tuesday.",
        "Harbour Against Graft, a website supporting Hallow's demand for tougher laws on the island's council, "
        'posted on Facebook "Tom Hallow fasts in jail. The fast is on."',
    ]
    quotes = quotes_of(paragraphs)
    assert quotes[-1].speaker == "Harbour Against Graft", quotes


# "On Tuesday, the filmmaker X took to Twitter ... and tweeted:": the fronted day is no part of the subject.
def test_a_fronted_day_is_no_part_of_the_speaker() -> None:
    paragraphs = [
        "On Tuesday, the filmmaker Vik Arnott took to Twitter responding to the arrests and tweeted: "
        "\u201cI want some bright young people to make a list.\u201d"
    ]
    quotes = quotes_of(paragraphs)
    assert quotes and quotes[0].speaker == "Vik Arnott", quotes


# "against being called Urban Naxals": a label given to people names no one.
def test_a_label_after_being_called_is_no_person() -> None:
    text = "He said people should raise their voices against being called Harbour Radicals for their views."
    assert "Harbour Radicals" not in people_roles([text])
    # (near miss: "a man called X" still names a person)
    assert "Tom Brask" in people_roles(["A man called Tom Brask said he had seen the fire."])


# "Ekstra Bladets journalist", "fortæller Ekstra Bladets mand på stedet": a paper the tagger reads with its genitive
# "s" is no person, and its man speaks unnamed.
def test_a_danish_paper_in_the_genitive_is_no_person() -> None:
    paragraphs = [
        "Ekstra Bladets journalist var til stede i retten, som politiet besluttede, at ingen måtte forlade.",
        "- Jeg kunne i hvert fald se ti patruljevogne, og der var minestrimmel rundt om retten, fortæller Ekstra "
        "Bladets mand på stedet, ligesom han også så en skarpskytte.",
    ]
    facts = facts_of(paragraphs, "da")
    assert "Ekstra Bladet" not in [f.text for f in facts if f.kind == "person"]
    quotes = [f for f in facts if f.kind == "quote"]
    assert quotes and quotes[0].speaker == "Ekstra Bladets mand", quotes
    # (near miss: a person's genitive before a noun stays a person)
    assert "Jens Holm" in people_roles(["Jens Holms datter var til stede i retten i går."], "da")


# "Amanda Seafoods, der også er ejet af Insula": owned, a business, no person.
def test_a_name_that_is_owned_is_no_person() -> None:
    text = "Det kan være for Karla Seafoods, der også er ejet af koncernen Insula, og som ligger tæt på byen."
    assert "Karla Seafoods" not in people_roles([text], "da")
    # (near miss: a person who owns something stays one)
    assert "Karla Holm" in people_roles(["Karla Holm, der ejer butikken, er glad."], "da")


# "– Jeg kan ikke sige, hvem politiet taler med, lød det.": the one just asked.
def test_lod_det_alone_is_the_one_just_named() -> None:
    paragraphs = [
        "Ritzau talte torsdag med vicepolitiinspektør Jens Lamp om efterforskningen.",
        "- Jeg kan ikke sige, hvem politiet taler med, lød det.",
    ]
    quotes = quotes_of(paragraphs, "da")
    assert quotes and quotes[-1].speaker == "Jens Lamp", quotes


# "Sådan lød det med en dirrende stemme fra X", "Sådan lyder det nedslået fra X": how, between "det" and "fra".
def test_sadan_lod_det_with_an_adverbial_before_fra_names_the_speaker() -> None:
    paragraphs = [
        "- Nu skal jeg hjem og fortælle de trælse nyheder til børnene, så de ikke hører det fra andre.",
        "Sådan lød det med en dirrende stemme fra Malene Obsen kort efter, at politikerne stemte for lukningen.",
    ]
    quotes = quotes_of(paragraphs, "da")
    assert quotes and quotes[0].speaker == "Malene Obsen", quotes
    paragraphs = [
        "Lise Askvad, 39 år, er mor til to.",
        "- Jeg har egentlig ikke lyst til at vælge privatskole. Men det kan jo blive en konsekvens.",
        "Sådan lyder det nedslået fra Lise Askvad.",
    ]
    assert quotes_of(paragraphs, "da")[0].speaker == "Lise Askvad"


# "siger borgmester til Ekstra Bladet, mens han ...": a role noun without its article, the one holding it.
def test_a_bare_role_noun_with_an_adjunct_is_its_holder() -> None:
    paragraphs = [
        "De slutter en ring rundt om kommunens borgmester, Jens Ivers (V), da han møder demonstranterne.",
        "- Det er dejligt, at folk engagerer sig, siger borgmester til Ekstra Bladet, mens han står i cirklen.",
    ]
    facts = facts_of(paragraphs, "da")
    quotes = [f for f in facts if f.kind == "quote"]
    assert quotes and quotes[0].speaker == "Jens Ivers", quotes
    # (and the genitive before the role noun opens the role, not the clause before it)
    assert {f.text: f.role for f in facts if f.kind == "person"}["Jens Ivers"] == "kommunens borgmester"


# "X became the youngest player to play in the final", "the first woman to win the race": a record, no role; an
# office stays one ("the last president to visit India").
def test_a_record_after_a_copula_is_no_role() -> None:
    assert _role(["Matt Ligner became the youngest player to play in the final."], "Matt Ligner") is None
    assert _role(["Jane Rowe became the first woman to win the race."], "Jane Rowe") is None
    assert _role(["Tom Rashby became the youngest winner of the tournament at the age of 19."], "Tom Rashby") is None
    # (near misses: an office with a record, a kin noun, a plain job)
    assert "president" in (_role(["Bill Carlton was the last president to visit India."], "Bill Carlton") or "")
    assert "son" in (_role(["Tom Harl is the eldest son of the king."], "Tom Harl") or "")
    assert "chairman" in (_role(["Jane Dole became the club's chairman in May."], "Jane Dole") or "")


# "Ajax's Matthijs de Ligt": a club's player whose family name holds a particle; the club is no part of the name.
def test_a_body_possessive_before_a_name_with_a_particle_is_no_part_of_it() -> None:
    roles = people_roles(["Ajax's Matthijs de Ligt became a star."])
    assert "Matthijs de Ligt" in roles, roles


# "The complaint against Wise Media, LLC, Brian M. Buckley and ...": a firm's legal form in the list is no person.
def test_a_company_suffix_in_a_list_of_people_is_no_person() -> None:
    text = "The complaint against Kessby Media, LLC, Brian M. Buckton and Winston J. Dellow is the first such case."
    roles = people_roles([text])
    assert "LLC" not in roles and "Brian M. Buckton" in roles, roles


# "Welsh Conservative Shadow Minister for North Wales Darren Millar MS said:": the letters after the name ("MS",
# "AM", "TD") are no part of it, and the name beside the place in the title is the person; "Local MSP X".
def test_post_nominal_letters_and_a_title_with_a_place_before_the_name() -> None:
    text = "Welsh Conservative Shadow Minister for North Wales Darin Millard MS said: \u201cThese figures are worrying.\u201d"
    facts = facts_of([text])
    people = {f.text: f.role for f in facts if f.kind == "person"}
    assert "Darin Millard" in people and "Shadow Minister" in (people["Darin Millard"] or ""), people
    assert [f.speaker for f in facts if f.kind == "quote"] == ["Darin Millard"]
    assert "Jackie Bailton" in people_roles(["Local MSP Jackie Bailton said the figures were worrying."])
    # (near miss: a fronted place before an apposed description is no speaker)
    quotes = quotes_of(['In Perth, the minister, from the coast, said: "We will build the road this year."'])
    assert quotes and quotes[0].speaker != "In Perth", quotes


# "– ..., lyder det i Facebook-opslaget.": where it was written, the words of the one named last.
def test_lyder_det_i_a_document_is_the_one_named_last() -> None:
    paragraphs = [
        "Statsminister Hanne Kjeldsen (S) præciserer nu sin udtalelse om skolesagen.",
        "- Skolerne blev lukket, fordi regeringen modtog en vurdering, lyder det i Facebook-opslaget.",
    ]
    quotes = quotes_of(paragraphs, "da")
    assert quotes and quotes[-1].speaker == "Hanne Kjeldsen", quotes
    # (near miss: "lyder det fra X" names X, as before)
    paragraphs = [
        "Statsminister Hanne Kjeldsen (S) præciserer nu sin udtalelse om skolesagen.",
        "- Det er en svær sag for alle, lyder det fra formand Per Brask.",
    ]
    assert quotes_of(paragraphs, "da")[-1].speaker == "Per Brask"

"""Organisations, places and quotes, round 14: classes of general newspaper copy (sport, business, broadcasting,
regulators), on sentences written for these tests with made-up names."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import extract_facts
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _named(paragraphs: list[str], kind: str, language: str = "en") -> list[str]:
    article = ArticleText(Path(f"t-{language}.txt"), "txt", "Title", [TextBlock(p) for p in paragraphs])
    facts = extract_facts(build_document(article, language=language))
    return [f.text for f in facts if f.kind == kind]


_MATCH = "The striker scored twice in the second half and the goalkeeper was injured before the semi-final."


def test_a_club_named_bare_by_what_only_a_club_has_is_an_organisation() -> None:
    bodies = _named(
        ["Brackwell manager Tom Reid praised his side.", "The Oldby midfielder Jon Pell was sent off.", _MATCH],
        "organisation",
    )
    assert "Brackwell" in bodies and "Oldby" in bodies
    bodies = _named(
        ["Kessing's goalkeeper made three saves.", "Jon Pell signed for Aldwick last summer.", _MATCH], "organisation"
    )
    assert "Kessing" in bodies and "Aldwick" in bodies
    bodies = _named(
        ["Pell joined Aldwick from Kessing for £12m.", "He spent a year on loan at Wexby.", _MATCH], "organisation"
    )
    assert {"Aldwick", "Kessing", "Wexby"} <= set(bodies)


def test_a_club_named_by_its_town_is_no_place_in_a_match_report() -> None:
    facts = ["Leeds beat Burnley 2-0 on Saturday.", "Leeds striker Jon Pell scored.", _MATCH]
    assert {"Leeds", "Burnley"} <= set(_named(facts, "organisation"))
    assert not {"Leeds", "Burnley"} & set(_named(facts, "place"))


def test_a_national_side_a_people_and_a_person_are_no_club() -> None:
    facts = [
        "Ruritania beat Norway 2-1. The Norway manager Jon Pell was angry.",
        "The German striker and the Argentine goalkeeper were booked. England captain Tom Reid scored.",
        "Tom Hart joined the squad. Hart's manager spoke. Premier League striker Jon Pell signed a deal.",
        _MATCH,
    ]
    bodies = _named(facts, "organisation")
    assert not {"Norway", "German", "Argentine", "England", "Hart", "Premier League striker"} & set(bodies)


def test_no_club_outside_a_match_report() -> None:
    facts = ["Anna Lund joined Harwick in 2019 as its manager.", "Rowan manager Jon Pell spoke."]
    assert "Rowan" not in _named(facts, "organisation")


def test_a_paper_named_by_the_and_one_word() -> None:
    bodies = _named(
        [
            "The Guardian reported that Harwick had been warned. Jon Pell told the Times he would resign.",
            "The Sun's political editor said the vote was close, and the Mail reported the deal on Sunday.",
        ],
        "organisation",
    )
    assert {"Guardian", "Times", "Sun", "Mail"} <= set(bodies)


def test_a_paper_word_in_its_everyday_sense_or_in_a_longer_name_is_no_paper() -> None:
    bodies = _named(
        [
            "The probe will orbit the Sun for three years. He took the Express to Tolvik and the post arrived.",
            "The Guardian Council rejected the law, the Times of Ruritania said.",
        ],
        "organisation",
    )
    assert not {"Sun", "Express", "Guardian", "Times"} & set(bodies)
    assert "Guardian Council" in bodies and "Times of Ruritania" in bodies


def test_a_channel_with_its_news_programme_or_radio_network_is_one_name() -> None:
    bodies = _named(
        ["Channel 4 News and Sky News ran the story.", "Speaking to BBC Radio 4, Anna Lund said no."], "organisation"
    )
    assert "Channel 4 News" in bodies and "Sky News" in bodies and "BBC Radio 4" in bodies
    assert "News and Sky News" not in bodies and "BBC Radio" not in bodies


def test_a_union_or_band_named_before_or_after_its_kind() -> None:
    bodies = _named(
        ["The Uniforce union said members would strike.", "The band, Glass Harbour, split in 2019."], "organisation"
    )
    assert "Uniforce" in bodies and "Glass Harbour" in bodies


def test_british_regulators_and_broadcasters_named_bare() -> None:
    bodies = _named(
        ["Ofcom said it would look into the complaint after ITV's breakfast show, and Ofwat fined Harwick."],
        "organisation",
    )
    assert {"Ofcom", "ITV", "Ofwat"} <= set(bodies)


def test_british_counties_and_regions_are_places() -> None:
    places = _named(
        [
            "Stores in the Midlands, East Anglia and the West Country will close.",
            "Floods hit Essex and Cornwall, and roads in the Lake District were shut.",
        ],
        "place",
    )
    assert {"Midlands", "East Anglia", "West Country", "Essex", "Cornwall", "Lake District"} <= set(places)
    assert "Lake District" not in _named(["Roads in the Lake District were shut."], "organisation")


def test_a_county_named_as_a_person_stays_a_person() -> None:
    facts = ["Jane Kent, a teacher, said no. Kent added that parents were angry.", "Devon Walsh scored twice."]
    assert "Kent" not in _named(facts, "place") and "Devon" not in _named(facts, "place")


def test_a_list_of_a_county_and_towns_keeps_each_town() -> None:
    places = _named(["The scheme is run by four councils: East Sussex, Eastbourne, Tolbury and Wexcombe."], "place")
    assert "East Sussex" in places and "Eastbourne" in places


def test_a_place_before_a_hyphen_and_a_participle_is_where_a_body_is_not_its_name() -> None:
    text = ["The Harwick-listed miner and the Tolvik-headquartered bank agreed terms."]
    assert not [b for b in _named(text, "organisation") if b.endswith(("-listed", "-headquartered"))]


def _quotes(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    article = ArticleText(Path("t-en.txt"), "txt", "Title", [TextBlock(p) for p in paragraphs])
    return [(f.text, f.speaker) for f in extract_facts(build_document(article, language="en")) if f.kind == "quote"]


def test_a_short_quote_said_by_an_unnamed_speaker_described_by_job_and_employer() -> None:
    assert _quotes(['"We will appeal," a spokesman for the company said.']) == [
        ("We will appeal", "a spokesman for the company")
    ]
    assert _quotes(['"Nobody saw it," one analyst said.'])[0][1] == "one analyst"
    assert _quotes(['The deal was "a good one," a word the minister used.']) == []


def test_danish_club_or_firm_named_before_a_hyphen_and_its_people_or_shops() -> None:
    bodies = _named(
        ["Kystby-træneren Niels Holm var tilfreds.", "Zentrix-aktien steg, og Brevanta-butikker lukker."],
        "organisation",
        language="da",
    )
    assert {"Kystby", "Zentrix", "Brevanta"} <= set(bodies)
    facts = ["Danmark-træneren Niels Holm var glad.", "Aalborg-butikken lukker."]
    assert not {"Danmark", "Aalborg"} & set(_named(facts, "organisation", language="da"))


def test_danish_authorities_by_their_last_part() -> None:
    bodies = _named(
        [
            "Sagen er sendt til Anklagemyndigheden, viser en rapport fra Rigsrevisionen.",
            "Politiets Efterretningstjeneste advarer.",
        ],
        "organisation",
        language="da",
    )
    assert {"Anklagemyndigheden", "Rigsrevisionen", "Politiets Efterretningstjeneste"} <= set(bodies)


_MATCH_WORDS = "The home side conceded a free kick before the final whistle, and the centre back was booked."


def test_a_town_named_as_its_club_is_no_place_where_the_article_names_the_club() -> None:
    # (two towns the gazetteer knows, so that their clubs are named by town and nickname)
    facts = [
        "Portland Otters lost their second game after losing 2-0 to Leeds Rovers last night. Leeds took control early.",
        "Fans of the Portland Otters were in shock. Give credit to Leeds, said the coach.",
        "Portland play their next game in Portland on Friday.",
        _MATCH_WORDS,
    ]
    places = _named(facts, "place")
    assert "Leeds" not in places  # only ever the club: "Leeds took control", "credit to Leeds"
    assert "Portland" in places  # "in Portland": the town, too


def test_a_club_the_people_finder_also_took_speaks_no_quote() -> None:
    quotes = _quotes(
        [
            "Boston Harriers lost their third match of the year after going down 3-1 to Denver Falcons on Sunday.",
            "Harriers supporters were stunned after ten minutes. A diving Harriers goalkeeper could not stop the shot.",
            "Harriers centre back Luis Okoro spelled out the frustration of his side's opening. \"The opening ten "
            'minutes were a total collapse from us at the back," he told the club website.',
            _MATCH_WORDS,
        ]
    )
    assert quotes and quotes[0][1] == "Luis Okoro"


def test_a_sentence_opening_with_its_verb_of_saying_names_the_speaker_after_it() -> None:
    lives = '"We will defend the factory with our lives."'
    assert _quotes([f"Jon Reid spoke first. Says one Harwick worker, {lives}"])[0][1] == "one Harwick worker"
    assert _quotes([f"Jon Reid spoke first. Said Tom Hale, {lives}"])[0][1] == "Tom Hale"
    assert _quotes([f"Jon Reid spoke first. Says one worker: {lives}"])[0][1] == "one worker"


def test_a_statement_from_a_bodys_lawyers_and_their_relative_clause() -> None:
    quotes = _quotes(
        [
            'Harwick says the film is false. "We have been told to fight these libel proceedings," said a statement '
            'from Harwick\'s lawyers, who promised "other litigation is pending".'
        ]
    )
    assert [speaker for _, speaker in quotes] == ["Harwick's lawyers", "Harwick's lawyers"]


def test_an_unnamed_speaker_after_and_speaks_not_the_first_clauses_subject() -> None:
    quotes = _quotes(
        [
            "The agency was accused of ignoring concerns from Harwick pilots and one interviewee said his "
            '"personal belief is that most pilots do not trust the agencies".'
        ]
    )
    assert quotes[0][1] == "one interviewee"


def test_a_body_referred_to_by_its_kind_speaks_with_the_acronym_the_article_gave_it() -> None:
    quotes = _quotes(
        [
            "Pilots wrote to the Tolvik Aviation Authority (TAA).",
            'The authority responded "The TAA has answered every letter from pilots and met their representatives."',
        ]
    )
    assert quotes[0][1] == "Tolvik Aviation Authority (TAA)"


def test_a_singular_name_with_a_plural_verb_is_a_side_in_a_match_report() -> None:
    bodies = _named(["Harbury were not able to hold on.", _MATCH], "organisation")
    assert "Harbury" in bodies
    facts = ["They were not able to hold on. Police were called. Jon Pell and Tom Hart were booked.", _MATCH]
    assert not {"They", "Police", "Hart", "Tom Hart"} & set(_named(facts, "organisation"))
    assert "Brazil" not in _named(["Brazil were poor in the first half.", _MATCH], "organisation")


def test_a_town_named_as_a_club_is_no_place_after_to() -> None:
    facts = ["Chelsea keeper Jon Pell made a save.", "Two yellow cards were handed out to Chelsea.", _MATCH]
    assert "Chelsea" not in _named(facts, "place") and "Chelsea" in _named(facts, "organisation")


def test_a_country_before_a_players_position_is_his_side_not_a_place() -> None:
    facts = ["The Ghana striker did not wait for the whistle.", _MATCH]
    assert "Ghana" not in _named(facts, "place") and "Ghana" not in _named(facts, "organisation")
    facts = ["The Ghana striker scored. He grew up in Ghana.", _MATCH]
    assert "Ghana" in _named(facts, "place")


def test_a_town_with_an_arabic_article_after_its_kind() -> None:
    assert "Kafr el-Harbi" in _named(["They arrived in the town of Kafr el-Harbi on Monday."], "place")


def _roles(paragraphs: list[str]) -> dict[str, str | None]:
    article = ArticleText(Path("t-en.txt"), "txt", "Title", [TextBlock(p) for p in paragraphs])
    return {f.text: f.role for f in extract_facts(build_document(article, language="en")) if f.kind == "person"}


def test_an_office_held_for_a_term_is_the_persons_role() -> None:
    assert _roles(["Jon Reid, now in his sixth term as President, arrived on Monday."])["Jon Reid"] == "President"
    assert _roles(["Ana Lund, who is in her second year as mayor, said no."])["Ana Lund"] == "mayor"
    assert _roles(["Jon Reid, in his second year of school, said no."])["Jon Reid"] is None


def test_a_players_position_in_two_words_before_his_name() -> None:
    assert _roles(["Otters centre back Omar Jarun was unhappy."])["Omar Jarun"] == "Otters centre back"
    assert _roles(["He came back Omar Jarun said."]).get("Omar Jarun") is None


def test_an_acronym_after_a_job_and_at_is_the_employer() -> None:
    bodies = _named(['"Prices will rise," said Tom Condon, Asian researcher at QRB.'], "organisation")
    assert "QRB" in bodies
    assert "QRB" not in _named(["The test scored 40 at QRB level."], "organisation")


def test_a_name_introducing_a_quote_is_who_the_pronoun_after_it_is() -> None:
    quotes = _quotes(
        [
            'Jon Reid said Tom Hale should go. Reid continued, "The union will set a dangerous precedent if Hale '
            'takes part," he said.'
        ]
    )
    assert quotes[0][1] == "Jon Reid"


def test_british_parties_named_bare_and_the_word_labour_that_is_none() -> None:
    bodies = _named(
        ["The plan was backed by Labour and Plaid Cymru, but Reform UK and the DUP voted against."], "organisation"
    )
    assert {"Labour", "Plaid Cymru", "Reform UK", "DUP"} <= set(bodies)
    for text in ["Thousands marched on Labour Day.", "He met the Minister of Labour.", "Labour costs rose 3%."]:
        assert "Labour" not in _named([text], "organisation")


def test_danish_employer_after_a_job_and_i_or_hos() -> None:
    bodies = _named(["Hun er direktør i Nordby Maskinfabrik og var ansat hos Kystby Bryghus."], "organisation", "da")
    assert {"Nordby Maskinfabrik", "Kystby Bryghus"} <= set(bodies)
    facts = ["Han er formand i Aalborg.", "Hun er ansat hos Jens Hansen i Skive."]
    assert not {"Aalborg", "Jens Hansen"} & set(_named(facts, "organisation", "da"))


def test_danish_club_with_a_capital_inside_and_a_body_named_by_its_genitive_owner() -> None:
    bodies = _named(
        ["KfB vandt, og KfB-træneren var glad.", "Fagbevægelsens Hovedorganisation kritiserer det."],
        "organisation",
        "da",
    )
    assert "KfB" in bodies and "Fagbevægelsens Hovedorganisation" in bodies


def test_a_band_in_apposition_is_an_organisation_whatever_its_words() -> None:
    assert "Velvet Tide" in _named(["The singer left Velvet Tide, the indie trio, in 2019."], "organisation")
    assert "Glass Harbour" in _named(["Glass Harbour, the Tolvik band, will headline."], "organisation")
    facts = ["Among the stars was Tom Hale, the Ruritanian national team will face Norway on Friday."]
    assert "Tom Hale" not in _named(facts, "organisation")


def test_a_listed_company_without_its_encyclopedia_note() -> None:
    assert "Rio Tinto" in _named(["Rio Tinto and Glencore shares rose."], "organisation")


def test_a_listed_party_word_ending_a_headed_name_stays_in_it() -> None:
    bodies = _named(
        ["The case went to the Committee Against Forced Labour and the Ministry of Labour."], "organisation"
    )
    assert {"Committee Against Forced Labour", "Ministry of Labour"} <= set(bodies) and "Labour" not in bodies

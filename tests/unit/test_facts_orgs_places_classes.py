"""Organisations and places, fifth round: one test per error class (named as a linguist would name it), on
sentences written for these tests in English and Hebrew (no name here comes from the corpus or seeds/)."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import Fact, extract_facts
from briefing_app.core.facts.orgs_he_names import hebrew_acronyms
from briefing_app.core.facts.places_he import hebrew_areas
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _facts(paragraphs: list[str], language: str = "en") -> list[Fact]:
    article = ArticleText(Path(f"t-{language}.txt"), "txt", "Title", [TextBlock(p) for p in paragraphs])
    return extract_facts(build_document(article, language=language))


def _orgs(paragraphs: list[str], language: str = "en") -> set[str]:
    return {f.text for f in _facts(paragraphs, language) if f.kind == "organisation"}


def _places(paragraphs: list[str], language: str = "en") -> set[str]:
    return {f.text for f in _facts(paragraphs, language) if f.kind == "place"}


# -- English: organisations by their shape -------------------------------------------------------------------


def test_a_party_named_by_its_head_word_rally_or_bloc() -> None:
    orgs = _orgs(["The Liberal Unity Rally and the Green Farmers Bloc won most seats in the vote."])
    assert {"Liberal Unity Rally", "Green Farmers Bloc"} <= orgs


def test_a_ministry_for_a_province_keeps_the_province_in_its_name() -> None:
    orgs = _orgs(["Nurses wrote to the Ministry of Health for the Province of Santa Fe on Monday."])
    assert "Ministry of Health for the Province of Santa Fe" in orgs
    assert "Ministry of Health for the Province" not in orgs


def test_a_church_see_is_a_body() -> None:
    assert "Diocese of Salta" in _orgs(["The bishop of the Diocese of Salta spoke against the law."])


def test_an_acronym_defined_after_a_name_with_on_the_or_for_the() -> None:
    orgs = _orgs(["The National Front for the Clean Water Law (NFCWL) was set up by farmers in the valley."])
    assert "National Front for the Clean Water Law" in orgs
    assert "Clean Water Law" not in orgs


def test_the_office_of_a_title_is_a_body() -> None:
    orgs = _orgs(["The governor sent instructions to the Attorney General's Office and left."])
    assert "Attorney General's Office" in orgs


def test_an_acronym_named_once_before_a_body_noun_or_beside_other_acronyms() -> None:
    orgs = _orgs([
        "The talks were held by the United Nations and the WTU, while WPIS hosted the first WPIS summit.",
        "The rules were discussed at a recent GLOBNET meeting in Lisbon.",
    ])
    assert {"WTU", "GLOBNET"} <= orgs


def test_a_site_named_by_its_address_at_the_end_of_a_sentence() -> None:
    assert "CivicWire.net" in _orgs(["We met the amazing folks at CivicWire.net."])


def test_a_blog_named_with_spanish_particles() -> None:
    orgs = _orgs(["The letter was posted on the blog Voces por la Libertad, which many read."])
    assert "Voces por la Libertad" in orgs


def test_the_employer_after_a_job_and_a_paper_named_with_its_romance_article() -> None:
    orgs = _orgs([
        "Paolo Verdi, who was the European vice-president of Hargreaves Sachs, asked for reforms.",
        "For years she was a correspondent for El Diario in the port city.",
    ])
    assert {"Hargreaves Sachs", "El Diario"} <= orgs


def test_a_person_or_a_place_after_a_job_is_no_employer() -> None:
    orgs = _orgs([
        "She met the president of Brazil on Monday.",
        "Marine Le Pen spoke first, and then Le Pen left the room.",
        "He was the lawyer for John Smith in the trial.",
    ])
    assert not orgs & {"Brazil", "Le Pen", "John Smith"}


def test_a_camel_case_platform_written_in_lower_case() -> None:
    orgs = _orgs(["A comment on the video's youtube account reads as follows."])
    assert "youtube" in orgs


def test_a_page_name_before_its_platform_keeps_them_apart() -> None:
    orgs = _orgs(["News of the Ruritania Revolution Facebook page posted the warning before the blast."])
    assert {"News of the Ruritania Revolution", "Facebook"} <= orgs


def test_hashtags_are_no_organisations() -> None:
    orgs = _orgs([
        "Updates were shared under the hashtag #FreeTheFarmers on the first day.",
        "Thousands followed #FreeTheFarmers and #SaveTheValley on the second day.",
        "Listen: #FreeTheFarmers, #SaveTheValley, #JusticeNow and #MarchOn trended.",
    ])
    assert not orgs & {"FreeTheFarmers", "SaveTheValley", "JusticeNow", "MarchOn"}


def test_a_persons_colleague_is_no_employer() -> None:
    orgs = _orgs(["Maria Lopez's fellow journalist asked the authorities for answers."])
    assert "Maria Lopez" not in orgs


def test_common_words_capitalised_in_a_title_case_headline_are_no_body_nor_a_person() -> None:
    facts = _facts([
        "Ruritania: Opposition March Attacked by Security Forces",
        "The security forces fired tear gas at the march on the main road.",
    ])
    assert not any("Security Forces" in f.text for f in facts if f.kind in ("organisation", "person"))


# -- Hebrew ------------------------------------------------------------------------------------------------


def test_hebrew_acronyms_with_gershayim_that_are_bodies_not_titles_dates_or_prefixes() -> None:
    text = 'עו"ד דנה כהן פנתה למד"א, ומד"א השיב לה בשנת תשמ"ד, אמר יו"ר הוועדה.'
    assert [name for _, _, name in hebrew_acronyms(text)] == ['מד"א', 'מד"א']


def test_a_hebrew_body_with_the_article_in_its_head_takes_only_an_adjective() -> None:
    orgs = _orgs(["השופט אמר כי בית המשפט לדבריו צדק, ובית המשפט העליון הסכים עם הקביעה."], "he")
    assert "בית המשפט העליון" in orgs
    assert not any("לדבריו" in o for o in orgs)


def test_hebrew_bodies_by_more_construct_heads() -> None:
    orgs = _orgs(["ממשלת ישראל החליטה על הצעד, והשלטונות הטורקיים ביקשו הסבר."], "he")
    assert {"ממשלת ישראל", "השלטונות הטורקיים"} <= orgs


def test_hebrew_places_named_with_their_kind() -> None:
    text = "הם גרו בהר הזיתים, ליד שער יפו, בתחילת רחוב המלכים, וכתבו על ארץ מצרים."
    assert {name for _, _, name in hebrew_areas(text)} == {"הר הזיתים", "שער יפו", "רחוב המלכים", "ארץ מצרים"}


def test_a_gate_named_by_no_known_place_is_no_place() -> None:
    assert hebrew_areas("שער הריבית עלה השבוע.") == []


def test_a_hebrew_town_read_off_a_word_with_the_article_is_a_common_noun() -> None:
    assert "בורסה" not in _places(["חברי הבורסה קיזזו את ההפסדים השנה."], "he")


def test_a_place_inside_a_hebrew_persons_name_is_no_place() -> None:
    assert "ישראל" not in _places(["שר הבריאות ישראל לוי אמר כי המרפאה תיפתח בקרוב."], "he")
    assert "ישראל" in _places(["שר הבריאות ישראל לוי אמר כי המרפאה בישראל תיפתח בקרוב."], "he")


# -- English places ----------------------------------------------------------------------------------------


def test_a_capitalised_job_before_a_town_name_makes_it_a_person() -> None:
    assert "Austin" not in _places(["Blogger Austin tweeted a photo of the crowd on the square."])
    assert "Austin" in _places(["The crowd on the square in Austin grew all day."])


def test_a_hebrew_body_named_in_quote_marks_after_its_kind() -> None:
    orgs = _orgs(["לסיעת \"עתידנו\" ניתן חופש הצבעה, ומחברת 'גלידון' נמנע ייבוא."], "he")
    assert {"עתידנו", "גלידון"} <= orgs


def test_a_hebrew_acronym_after_a_construct_noun_or_in_brackets_is_a_term() -> None:
    text = 'הריבית על הלוואות עו"ש עלתה, ומלווה קצר מועד (מק"מ) נמכר, והוא פנה למד"א.'
    assert [name for _, _, name in hebrew_acronyms(text)] == ['מד"א']


def test_a_hashtag_or_handle_names_no_place() -> None:
    places = _places(["Border checks were back to normal and reinforced, @guardpost wrote under #Bavaria and #Tyrol."])
    assert not places & {"Bavaria", "Tyrol"}
    assert "Bavaria" in _places(["Border checks were reinforced in Bavaria on Monday."])


def test_a_hebrew_bodys_field_after_for_the_affairs_of_is_part_of_its_name() -> None:
    orgs = _orgs(["אתמול אישרה ועדת השרים לענייני תיירות את ההצעה."], "he")
    assert "ועדת השרים לענייני תיירות" in orgs


def test_a_town_before_a_city_and_a_country_in_a_comma_chain() -> None:
    places = _places(["The reporter was found at her home in Ximbaro, Veracruz, Mexico on Saturday."])
    assert {"Ximbaro", "Veracruz", "Mexico"} <= places


def test_a_hebrew_body_of_a_district_and_an_office_for_something() -> None:
    orgs = _orgs(["פרקליטות מחוז חיפה הגישה כתב אישום, והנאשם היה בעל משרד לחשבונאות בעיר, ועיריית לוד הגיבה."], "he")
    assert "פרקליטות מחוז חיפה" in orgs
    assert "עיריית לוד" in orgs
    assert not any(o.startswith("משרד") for o in orgs)


def test_hebrew_acronyms_of_a_commanders_office_and_a_region_are_no_bodies() -> None:
    # (round 52: 'ממ"ז X' is the district's commander, 'יו"ש' the region the gazetteer holds)
    assert hebrew_acronyms('אתמול סייר ממ"ז הנגב בשכונה החדשה.') == []
    assert hebrew_acronyms('המשפחה עברה לגור ביו"ש לפני עשור.') == []
    assert [name for _, _, name in hebrew_acronyms('לוחמי מג"ב עצרו חשוד.')] == ['מג"ב']

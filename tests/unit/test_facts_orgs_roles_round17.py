"""Organisations and roles, round 17: classes found by made-up BBC-style business, politics, sport, tech and
entertainment sentences (and Arabic, Hebrew and Danish agency, newspaper and history copy), each set written with its
gold before it was first run. Every name here is made up (well-known bodies aside).

First run -> at the end of the round (organisations found / gold, extra organisations; roles right / gold):
en1 (38 sentences) 32/42 +2, roles 17/18 -> 37/42 +0; en2 (36 short stories) 30/42 +2, 16/17 -> 34/42 +2;
en3 (38) 23/34 +3, 24/25 -> 28/34 +1, 25/25; en4 (35) 27/37 +1, 13/14 -> 30/37 +0; en5 (15 stories) 24/27 +4,
16/16 -> 26/27 +3; en6 (15) 12/17 +1, 6/8 -> 15/17 +1; en7 (20, UK politics) 16/18 +1, 8/8 (unchanged);
en8 (6 whole stories) 6/17 -> 12/17; en9 (15) 10/16 +3 -> 12/16 +1; ar1 (32) 24/29 +5, 13/14 -> 27/29 +2, 14/14;
ar2 (26) 22/28 +3, 6/7 -> 26/28 +2; ar3 (20, roles) 9/9, 18/19 (unchanged); he1 (32) 31/31, 15/16 -> 16/16;
he2 (30) 22/27 +2, 13/16 -> 25/27 +2, 15/16; he3 (25, history) 21/32 +9 -> 27/32 +5; he4 (15) 13/18 -> 14/18;
da1 (26) 29/32 +3, 10/11 -> 31/32 +1, 11/11.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.core.facts import extract_facts
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _facts(paragraphs: list[str], language: str = "en") -> list:
    article = ArticleText(Path(f"t-{language}.txt"), "txt", "Title", [TextBlock(p) for p in paragraphs])
    return extract_facts(build_document(article, language=language))


def _bodies(paragraphs: list[str], language: str = "en") -> list[str]:
    return [f.text for f in _facts(paragraphs, language) if f.kind == "organisation"]


def _roles(paragraphs: list[str], language: str = "en") -> dict[str, str | None]:
    return {f.text: f.role for f in _facts(paragraphs, language) if f.kind == "person"}


def test_a_firm_opening_sentences_with_what_it_earns_or_its_is_a_body() -> None:
    assert _bodies(["Brennock's shares rose 5% on Monday."]) == ["Brennock"]
    assert _bodies(["Zorvex's shares rose 5%.", "Zorvex also raised its dividend."]) == ["Zorvex"]
    assert _bodies(["Marlow said its profits rose.", "Marlow also raised its dividend."]) == ["Marlow"]
    # a person opening sentences, with no "its" and nothing a firm earns, is none
    assert _bodies(["Bilguun reports that the president was arrested.", "Bilguun also lists some reactions."]) == []
    assert "Kerrigan" not in _bodies(["Kerrigan said the side were tired.", "Kerrigan added that he was pleased."])


def test_a_trade_written_apart_from_maker_names_a_firm() -> None:
    assert _bodies(["The chip was developed by chip maker Altrix."]) == ["Altrix"]
    assert "Kestrona" in _bodies(["Mobile phone maker Kestrona unveiled its first 3G handset on Monday."])
    assert "Pellacor" in _bodies(["US drug maker Pellacor has withdrawn its arthritis pill."])
    # a maker of films, programmes or policy is a person
    assert _bodies(["The documentary maker Sam Kettle won an award."]) == []
    assert _bodies(["Film maker Ken Lorrimer said he was angry."]) == []
    assert _bodies(["Policy maker Jane Hartop said rates were high."]) == []


def test_which_and_what_only_a_business_does_names_a_body() -> None:
    assert _bodies(["Henley, which makes car parts, employs 4,000 people."]) == ["Henley"]
    assert "Corvane" in _bodies(["The deal with Corvane, which owns 40 pubs in the county, was signed."])
    assert _bodies(["In March, which sells well, prices rose."]) == []


def test_an_apposition_after_a_name_of_x_for_y_keeps_the_whole_name() -> None:
    assert _bodies(["The Institute for Fiscal Studies, a think tank, said the sums did not add up."]) == [
        "Institute for Fiscal Studies"
    ]
    assert _bodies(["The Centre for Economic Research, an independent think tank, said so."]) == [
        "Centre for Economic Research"
    ]
    assert "Heavenly Films" in _bodies(["Heavenly Films, the studio behind the hit comedy, is to be sold."])


def test_a_known_owner_in_the_possessive_is_no_word_of_the_bodys_name() -> None:
    bodies = _bodies(["The UN's World Food Programme said it had enough supplies."])
    assert "World Food Programme" in bodies and "UN's World Food Programme" not in bodies
    assert "World Service" in _bodies(["The BBC's World Service said so."])
    # a possessive that is a word of the name stays
    assert _bodies(["The Fishermen's Weekly Gazette said so."]) == ["Fishermen's Weekly Gazette"]


def test_an_acronym_said_as_a_word_is_known_in_british_title_case() -> None:
    assert _bodies(["Fifa has fined the club."]) == ["Fifa"]
    assert "Uefa" in _bodies(["Uefa president Anders Lindqvist warned clubs."])
    assert "Opec" in _bodies(["The Opec cartel met on Monday."])
    assert _bodies(["Talks at Acas broke down on Friday."]) == ["Acas"]


def test_arabic_a_definite_noun_after_a_bodys_closed_name_is_the_verbs_object() -> None:
    assert "هيئة الانتخابات المستقلة" in _bodies(["وأعلنت هيئة الانتخابات المستقلة النتائج الأولية مساء الأحد."], "ar")
    assert "جماعة أنصار الدين" in _bodies(["وتبنت جماعة أنصار الدين المسؤولية عن الهجوم."], "ar")
    assert "وزارة الخارجية" in _bodies(["ونفت وزارة الخارجية الاتهامات الموجهة إليها."], "ar")
    # adjectives of every shape stay in the name
    assert "المحكمة الدستورية العليا" in _bodies(["وقالت المحكمة الدستورية العليا إن القانون باطل."], "ar")
    assert "الجيش السوري الحر" in _bodies(["وأصدر الجيش السوري الحر بيانا."], "ar")
    assert "مديرية الأمن العام" in _bodies(["وقالت مديرية الأمن العام إن الوضع هادئ."], "ar")
    assert "جماعة الإخوان المسلمين" in _bodies(["وقالت جماعة الإخوان المسلمين إنها ستشارك."], "ar")


def test_arabic_a_continental_federation_keeps_its_field_after_li() -> None:
    assert "الاتحاد الآسيوي لكرة القدم" in _bodies(["وأعلن الاتحاد الآسيوي لكرة القدم إيقاف اللاعب."], "ar")


def test_arabic_a_movements_own_name_after_its_glued_head_is_no_word_of_the_persons_name() -> None:
    roles = _roles(["وقال عضو المكتب السياسي لحركة حماس سليم الزهار إن الحركة لن تتخلى عن سلاحها."], "ar")
    assert roles.get("سليم الزهار") == "عضو المكتب السياسي لحركة حماس"
    roles = _roles(["وقال رئيس المكتب السياسي لحركة فتح سمير الخطيب إن الحركة مستمرة."], "ar")
    assert "سمير الخطيب" in roles and "فتح سمير الخطيب" not in roles
    assert "محمد الصادق" in _roles(["وقال الناطق باسم حزب الأمة محمد الصادق إن الحزب سيشارك."], "ar")


def test_an_apposition_with_a_places_possessive_calls_the_name_a_body() -> None:
    assert "Nordbank" in _bodies(["Nordbank, Sweden's largest lender, said it would cut 1,000 jobs."])
    assert "Ryland" in _bodies(["Ryland, Europe's biggest low-cost airline, carried 2.1 million passengers."])
    assert _bodies(["Tom Hale, the company's founder, said so."]) == []


def test_a_firms_new_chief_executive_keeps_the_firm_the_tagger_reads_as_a_person() -> None:
    facts = _facts(["The deal was announced by Velta's new chief executive, Amir Khalid."])
    assert "Velta" in [f.text for f in facts if f.kind == "organisation"]


def test_a_peer_is_a_person_whatever_the_tagger_says() -> None:
    assert "Lord Harkness" in _roles(["Lord Harkness said the plan would fail."])
    roles = _roles(["Lord Harkness, the former chairman of Pellow Holdings, died on Sunday aged 82."])
    assert "chairman" in (roles.get("Lord Harkness") or "")


def test_and_between_two_firms_and_a_countrys_regulator() -> None:
    bodies = _bodies(["Royal Bank of Scotland and Lloyds TSB both reported higher profits."])
    assert "Royal Bank of Scotland" in bodies and "Lloyds TSB" in bodies
    assert _bodies(["The US Securities and Exchange Commission is looking into the accounts."]) == [
        "US Securities and Exchange Commission"
    ]
    assert _bodies(["The Department of Health and Social Care said so."]) == ["Department of Health and Social Care"]


def test_hebrew_a_role_then_a_name_with_a_particle_in_commas() -> None:
    roles = _roles(["דובר משטרת ישראל, שמואל בן רובי, מסר כי החקירה נמשכת."], "he")
    assert roles.get("שמואל בן רובי") == "דובר משטרת ישראל"


def test_hebrew_a_long_role_with_a_field_in_lamed_before_a_titled_name_in_commas() -> None:
    roles = _roles(['מנהל המחלקה לבריאות הנפש במשרד הבריאות, ד"ר אבי שמש, אמר כי אין מספיק מיטות.'], "he")
    assert "מנהל המחלקה" in (roles.get("אבי שמש") or "")
    assert _roles(["השר לביטחון פנים, עוזי לנדוי, אמר כי המשטרה תגביר את הכוחות."], "he") == {
        "עוזי לנדוי": "השר לביטחון פנים"
    }


def test_hebrew_a_company_named_with_its_trade_after_its_shares() -> None:
    assert "כלל ביטוח" in _bodies(["מניות כלל ביטוח עלו ב-4% בבורסה."], "he")
    assert "דלק השקעות" in _bodies(["מניית דלק השקעות זינקה ב-8%."], "he")
    assert _bodies(["מניות ביטוח עלו ב-4% בבורסה."], "he") == []  # insurance shares, no firm


def test_hebrew_a_workers_committee_is_a_body() -> None:
    assert _bodies(["ועד עובדי נמל אשדוד הודיע על עיצומים."], "he") == ["ועד עובדי נמל אשדוד"]


def test_a_bodys_name_stops_before_the_given_name_of_the_person_after_it() -> None:
    facts = _facts(["Formand for Dansk Metal Claus Vinther kalder aftalen for historisk."], "da")
    assert "Dansk Metal" in [f.text for f in facts if f.kind == "organisation"]
    assert {f.text: f.role for f in facts if f.kind == "person"}.get("Claus Vinther") == "Formand for Dansk Metal"
    bodies = _bodies(["Administrerende direktør i Nordhavn Shipping Jens Krogh siger, at selskabet vil spare."], "da")
    assert bodies == ["Nordhavn Shipping"]


def test_an_archive_is_a_body() -> None:
    assert _bodies(["According to data from the Harbour Violence Archive, the attack followed four others."]) == [
        "Harbour Violence Archive"
    ]
    assert "National Archives" in _bodies(["The papers are kept at the National Archives in Kessby."])


def test_a_weekday_before_a_name_defined_by_an_acronym_that_spells_a_word_in_capitals() -> None:
    assert _bodies(["On Friday, USA Rowing (USAR) issued a statement."]) == ["USA Rowing"]


def test_two_letters_joined_by_and_are_no_body() -> None:
    bodies = _bodies(["She told an audience at her Q&A session.", "The firm spends more on R&D than its R&D rivals."])
    assert "Q&A" not in bodies and "R&D" not in bodies


def test_a_navys_prefix_before_a_ships_name_is_no_body() -> None:
    bodies = _bodies(
        [
            "A refugee named the ships as HMAS Tolvik and HMAS Kessby, and said they had towed the boat.",
            "He said HMAS Tolvik and HMAS Brenna were nearby.",
        ]
    )
    assert "HMAS" not in bodies and "Tolvik" not in bodies


def test_a_courts_district_and_a_venue_for_an_event_are_no_bodies() -> None:
    assert _bodies(["He is the U.S. Attorney for the Western District of Texas."]) == []
    assert _bodies(["Fans descended on the Kessby Congress Centre for Anime Tolvik, a fan-run convention."]) == []


def test_danish_a_definite_role_after_a_name_in_commas() -> None:
    roles = _roles(["Jens Holm, kommissæren for beskæftigelse, erklærede, at krisen var dyb."], "da")
    assert roles.get("Jens Holm") == "kommissæren for beskæftigelse"
    roles = _roles(["Ida Lund, EU-kommissæren for beskæftigelse og inklusion, erklærede, at krisen var dyb."], "da")
    assert "kommissæren" in (roles.get("Ida Lund") or "")
    assert _roles(["Borgmesteren Jens Holm sagde nej."], "da") == {"Jens Holm": "Borgmesteren"}


def test_arabic_an_indefinite_head_before_a_derived_present_verb_is_described_not_named() -> None:
    assert _bodies(["تم تزويد الفريق ببيانات من قبل منظمة تستخدم شبكة متطورة من المراصد."], "ar") == []
    assert _bodies(["وقالت منظمة تتابع الأوضاع إن القصف مستمر."], "ar") == []
    assert _bodies(["وقالت منظمة العفو الدولية إن القصف مستمر."], "ar") == ["منظمة العفو الدولية"]


def test_the_bbcs_radio_stations_named_bare() -> None:
    assert "Radio 1" in _bodies(["Julia Fenn, head of music at Radio 1, said the station would play new bands."])
    assert "Radio 4" in _bodies(["Speaking on Radio 4's Today programme, she said so."])
    assert _bodies(["He listened to the radio 5 times."]) == []


def test_all_before_a_country_is_a_word_of_the_name() -> None:
    assert _bodies(["The All England Club said the roof would be ready by 2009."]) == ["All England Club"]
    assert _bodies(["He spoke to All India Radio on Monday."]) == ["All India Radio"]
    assert _bodies(["All Tolvik Bank staff were told."]) == ["Tolvik Bank"]


def test_hebrew_a_listed_body_wins_over_a_shape_read_inside_it() -> None:
    assert _bodies(['לאחר קום המדינה כיהן כחבר הכנסת מטעם מפא"י.'], "he") == ["הכנסת", 'מפא"י']
    assert _bodies(["הוא היה פעיל בקיבוץ המאוחד."], "he") == ["הקיבוץ המאוחד"]
    assert "הקרן הקיימת לישראל" in _bodies(["הקרן הקיימת לישראל רכשה את האדמות."], "he")
    # a kibbutz by its own name stays a place
    assert _bodies(["הוא גר בקיבוץ דגניה."], "he") == []


def test_hebrew_a_verb_before_the_object_marker_is_no_word_of_a_bodys_name() -> None:
    assert "חיל האוויר הישראלי" in _bodies(["חיל האוויר הישראלי השמיד את סוללות הטילים."], "he")
    assert _bodies(["משרד החוץ הזמין את השגריר לשיחת בירור."], "he") == ["משרד החוץ"]


def test_arabic_coalitions_groups_named_tanzim_and_a_civil_defence() -> None:
    assert "الائتلاف الوطني السوري" in _bodies(["وطالب الائتلاف الوطني السوري مجلس الأمن بالتحرك العاجل."], "ar")
    assert "تنظيم الدولة الإسلامية" in _bodies(["وتبنى تنظيم الدولة الإسلامية الهجوم."], "ar")
    assert "الدفاع المدني السوري" in _bodies(["وأفاد الدفاع المدني السوري بأن فرقه انتشلت 12 جثة."], "ar")
    # organising, the ruling or governing coalition and a member's residence name no body
    assert _bodies(["وأعلنت اللجنة عن تنظيم الانتخابات في موعدها."], "ar") == []
    assert _bodies(["وقال الائتلاف الحاكم إنه سيصوت ضد القانون."], "ar") == []
    assert _bodies(["وانسحب الحزب من الائتلاف الحكومي بقيادة رئيس الوزراء."], "ar") == []


def test_arabic_a_ruling_party_after_its_name_ends_it() -> None:
    assert "حزب العدالة والتنمية" in _bodies(["واتهم حزب العدالة والتنمية الحاكم المعارضة بعرقلة الإصلاحات."], "ar")


def test_the_before_a_country_that_opens_a_bodys_name_is_no_persons_given_name() -> None:
    assert _bodies(["The England and Wales Cricket Board confirmed the appointment on Tuesday."]) == [
        "England and Wales Cricket Board"
    ]


def test_a_conjunction_opening_the_sentence_is_no_word_of_an_employers_name() -> None:
    assert _bodies(["And Zentrix chairman Paul Weller said so."]) == ["Zentrix"]
    assert "But Conservative" not in _bodies(["But Conservative co-chairman Liam Foxe said the sums did not add up."])


def test_a_channel_a_think_tank_and_a_service_named_by_their_kind() -> None:
    assert "MTV" in _bodies(["Music channel MTV has apologised for the broadcast."])
    assert "Demos" in _bodies(["The report by think tank Demos said young people were turning away from politics."])
    assert "Napsterix" in _bodies(["Napsterix, the legal download service, has signed a deal with Universal Music."])
    # a person called a service stays a person; a day after "channel" is no name
    assert _bodies(["Jane Roe, the health service, said so."]) == []
    assert _bodies(["She changed channel Monday."]) == []


def test_a_firms_founder_opening_the_sentence_names_the_firm() -> None:
    assert _bodies(["Miravale co-founder Harvey Wenstein said he was delighted."]) == ["Miravale"]
    assert _bodies(["Miravale founder Harvey Wenstein said he was delighted."]) == ["Miravale"]


def test_hebrew_a_court_by_its_field_and_a_tribunal_by_its_level() -> None:
    assert _bodies(["בית המשפט לענייני משפחה בחיפה דחה את התביעה."], "he") == ["בית המשפט לענייני משפחה בחיפה"]
    assert "בית הדין הרבני הגדול" in _bodies(["בית הדין הרבני הגדול דחה את הערעור."], "he")
    assert _bodies(["בית המשפט לא קיבל את הטענה."], "he") == []


def test_a_firm_named_after_what_owns_lists_or_runs_it_or_by_its_unit() -> None:
    assert _bodies(["State-owned Gazprom had been expected to buy the unit."]) == ["Gazprom"]
    assert "Kanrei" in _bodies(["Shares in the Tokyo-listed electronics firm Kanrei rose 6%."])
    assert _bodies(["The firm's main production unit, Yugansk Oil, was sold at auction."]) == ["Yugansk Oil"]
    assert "Euronext" in _bodies(["Euronext, which runs the Paris bourse, is also considering a bid."])
    # a person after "-backed" or a lower-case noun after "-run" is none
    assert _bodies(["The Saudi-backed Jane Roe said so."]) == []
    assert _bodies(["The state-run media said so."]) == []


def test_german_firms_named_deutsche_x() -> None:
    assert "Deutsche Boerse" in _bodies(["Deutsche Boerse has made an offer for the London Stock Exchange."])
    assert _bodies(["Prices were quoted in Deutsche Marks."]) == []


def test_british_football_words_make_a_match_report() -> None:
    from briefing_app.core.facts.sports_teams import is_sports_story

    assert is_sports_story("It was a derby. He scored in the 60th minute. They are relegated.")
    assert not is_sports_story("The derby hat was sold in the 60th minute of the auction.")


def test_football_a_player_joined_from_a_club_and_a_peoples_word_as_a_side_of_a_result() -> None:
    bodies = _bodies(
        [
            "Kessby striker Alan Roe has confirmed he will retire at the end of the season.",
            "The 34-year-old has scored 200 goals for the club since a world-record transfer.",
            "Roe joined from Tolvik in 1996 and was the Premiership's top scorer three times.",
        ]
    )
    assert "Tolvik" in bodies
    bodies = _bodies(
        [
            "Celtic beat Harbour Rangers 2-1 in the derby.",
            "Chris Sutton scored the winner in the 70th minute.",
            "Celtic are now five points clear at the top of the table.",
        ]
    )
    assert "Celtic" in bodies
    # a people's word before a player stays no club
    assert "German" not in _bodies(["The German striker scored twice in the derby in the 70th minute."])


def test_football_a_clubs_chief_executive_or_owner_names_the_club() -> None:
    bodies = _bodies(["Kessby owner Roman Abel has sacked the manager.", "The striker scored twice in the 70th minute of the derby."])
    assert "Kessby" in bodies


def test_the_sentences_full_stop_is_no_part_of_a_short_name_but_an_abbreviations_is() -> None:
    assert _bodies(["The report was compiled by research firm Ovum."]) == ["Ovum"]
    assert _bodies(["He wrote to the University of Utah."]) == ["University of Utah"]


def test_a_kind_opening_the_sentence_before_a_name_joined_by_ampersand() -> None:
    assert _bodies(["Insurer Royal & SunAlliance said claims rose after the floods."]) == ["Royal & SunAlliance"]
    assert _bodies(["Shares in Marks & Spencer fell."]) == ["Marks & Spencer"]


# Classes the sets found that this round leaves open (each written as it should read).
_LEFT = pytest.mark.xfail(strict=True, reason="left open in round 17 (see docs/facts.md)")


@_LEFT
def test_left_a_club_named_by_a_town_and_a_word_the_gazetteer_does_not_pair() -> None:
    facts = _facts(
        [
            "Kessby moved into the top four with a 1-0 win over Moseley Villa at the Harbour Ground.",
            "Tim Cahill headed the winner in the 60th minute.",
            "Villa boss David Oldham said his side deserved a draw after the derby.",
        ]
    )
    # (round 18: the real "Aston Villa" is now listed, CC0, so a made-up pair keeps the class open)
    assert "Moseley Villa" not in [f.text for f in facts if f.kind == "person"]


@_LEFT
def test_left_a_one_word_firm_named_once_with_its_own_possessive_far_after_it() -> None:
    assert "Zentrix" in _bodies(["Zentrix has cut the price of its games console in Europe."])


def test_left_a_firm_after_a_plural_kind() -> None:
    # (no longer left: round 52 reads "Research" as a trade that ends a firm's name, orgs.TRADE_TAIL)
    assert "Jupiter Research" in _bodies(["According to market analysts Jupiter Research, sales will double."])


@_LEFT
def test_left_a_role_owned_by_its() -> None:
    assert _roles(["The show won an award.", "Its creator, Jim Hanley, thanked the channel."]).get("Jim Hanley")


def test_left_hebrew_a_tribunal_by_a_bare_field_and_its_seat() -> None:
    assert "בית הדין לעבודה בתל אביב" in _bodies(["בית הדין לעבודה בתל אביב קבע כי הפיטורים פסולים."], "he")

"""Organisations and roles, round 18: classes found by made-up BBC-style business, politics, sport, tech and
entertainment sentences (and Arabic, Hebrew and Danish copy), each set written with its gold before it was first run,
then by the round-16 dev articles. Every name here is made up (well-known bodies aside).

First run -> at the end of the round (organisations found / gold, extra organisations; roles right / gold):
en1 (38 business sentences) 46/53 +0, roles 7/7 -> 49/53 +0; en2 (36 sport, politics, tech, entertainment) 33/42
+0, 13/13 -> 35/42 +0; en3 (32, roles) 4/9 +1, 31/32 -> 5/9 +1, 31/32; en4 (15 short stories, written after the first
fixes) 30/35 +3, 13/13 -> 31/35 +0; ar1 (30) 29/35 +4 (kinds written with or without their head noun, both right);
en5 (10 sport stories) 12/30 +2, 14/15 -> 15/30 +2 (short stories that read as no match report: clubs named
by their town need one); ar2 (20) 20/22 +1; he1 (28) 22/29 +7 (the same); he2 (16) 16/18 +2 -> 17/18 +1; da1 (26) 25/25 +1, roles 7/7
(unchanged).
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


def _people(paragraphs: list[str], language: str = "en") -> dict[str, str | None]:
    return {f.text: f.role for f in _facts(paragraphs, language) if f.kind == "person"}


def test_the_best_known_companies_named_bare_are_bodies() -> None:
    assert "Sony" in _bodies(["Sony said sales of its new handheld had exceeded expectations in Japan."])
    assert set(_bodies(["IBM is to sell its PC business to Lenovo for $1.25bn."])) >= {"IBM", "Lenovo"}
    assert "Yukos" in _bodies(["Yukos was forced to sell its main production unit at auction."])
    assert "Toyota" in _bodies(["Toyota said it would build a new plant in the north of France."])
    assert "Apple" in _bodies(["Apple has sold more than ten million of its music players."])
    assert "Virgin Atlantic" in _bodies(["Virgin Atlantic added four flights a week to Shanghai."])


def test_a_given_name_before_a_listed_one_word_body_makes_a_person() -> None:
    facts = _facts(["President Gerald Ford died on Tuesday."])
    assert [f.text for f in facts if f.kind == "person"] == ["Gerald Ford"]
    assert not [f for f in facts if f.kind == "organisation"]
    assert "Michael Bloomberg" in _people(["Mayor Michael Bloomberg said the city would pay."])
    assert _bodies(["Tom Ford designed the dress."]) == []
    # the firm named bare, or after a word that is no given name, stays a body
    assert "Ford" in _bodies(["In Ford's plant at Dagenham, workers went on strike."])
    assert "Ford" in _bodies(["Harrison Keel starred in the film.", "Ford said it would cut 1,000 jobs."])


def test_a_name_owning_a_bodys_officer_is_a_body() -> None:
    assert "Pirelli" in _bodies(["Pirelli's chief executive, Marco Tronchetti, said sales would rise."])
    assert "Brackford" in _bodies(["Brackford's former chief operating officer, Jill Mears, has joined a rival."])
    assert "Telcon" in _bodies(["Dermot Ryle, Telcon's finance director, said the study was flawed."])
    # a place's, a person's, a boss: none
    assert _bodies(["Britain's chief executives are gloomy about the year ahead."]) == []
    assert _bodies(["Kelly's chairman said so."]) == []
    assert _bodies(["Rooney's boss, Alex Ferguson, was angry."]) == []


_MATCH = "The striker scored in the 89th minute to seal the win. The manager said his side deserved the three points."


def test_both_sides_of_a_result_with_the_score_before_the_second() -> None:
    assert {"Celtic", "Hibernian"} <= set(_bodies([f"Celtic drew 0-0 with Hibernian at Parkhead. {_MATCH}"]))
    assert "Everton" in _bodies([f"Liverpool lost 1-0 to Everton on Saturday. {_MATCH}"])
    # outside a match report, or between two people, none
    assert _bodies(["Jane Hart lost 6-2 to Mary Lowe in the final of the county tournament."]) == []


def test_a_town_named_like_a_person_is_a_side_of_a_result() -> None:
    bodies = _bodies([f"Chelsea beat Arsenal 2-1 on Sunday to go five points clear at the top. {_MATCH}"])
    assert {"Chelsea", "Arsenal"} <= set(bodies)


def test_a_uk_nations_adjective_opens_its_party_branch() -> None:
    assert "Scottish Conservatives" in _bodies(["David Kerr, a former leader of the Scottish Conservatives, died."])
    assert "Scottish Labour" in _bodies(["Scottish Labour leader Jane Lomond spoke of his passion."])
    assert "Scottish Liberal Democrat" in _bodies(["Scottish Liberal Democrat leader Willie Renton said so."])
    assert set(_bodies(["The Welsh Conservatives and Welsh Labour both lost seats."])) == {
        "Welsh Conservatives", "Welsh Labour"
    }  # fmt: skip
    # the adjective of a person, or a party's own full name, is read as before
    assert _bodies(["A Scottish man joined Labour in 1997."]) == ["Labour"]
    assert _bodies(["The Scottish National Party won."]) == ["Scottish National Party"]


def test_a_numbered_meeting_of_a_body_gives_the_body() -> None:
    assert _bodies(["The 121st Assembly of the Inter-Parliamentary Union opened in Geneva."]) == [
        "Inter-Parliamentary Union"
    ]
    assert _bodies(["Delegates at the 40th Congress of the Socialist International voted."]) == ["Socialist International"]
    assert _bodies(["The annual Conference of the Royal Society of Kessby opened."]) == ["Royal Society of Kessby"]
    # a body named "Assembly of the ..." with no number before it is that body
    assert _bodies(["The Assembly of the Republic voted on Friday."]) == ["Assembly of the Republic"]


def test_arabic_outlets_ending_in_a_borrowed_media_word() -> None:
    assert _bodies(["كما هو موثّق في فيديو نشرته وكالة سمارت نيوز."], "ar") == ["وكالة سمارت نيوز"]
    assert _bodies(["وبثت قناة بلدي نيوز صورا للهجوم."], "ar") == ["قناة بلدي نيوز"]
    assert _bodies(["وقالت قناة أورينت تي في إن القصف استمر."], "ar") == ["قناة أورينت تي في"]
    # an outlet named by definite words is read as before
    assert _bodies(["وقالت صحيفة الشرق الأوسط إن الحكومة تدرس الأمر."], "ar") == ["صحيفة الشرق الأوسط"]


def test_a_listed_firm_after_a_word_for_what_it_is_to_another() -> None:
    assert _bodies(["Rival Yahoo launched a similar service last month."]) == ["Yahoo"]
    assert _bodies(["Competitor Nokia said so on Tuesday."]) == ["Nokia"]
    assert _people(["Rival Yahoo launched a similar service last month."]) == {}
    # a job before a town's name is still a person ("Photographer Bath")
    assert _bodies(["Photographer Bath took the picture."]) == []


def test_a_given_name_that_is_also_a_town_before_a_listed_firm() -> None:
    assert _bodies(["The singer Kara Dell has signed a new deal."]) == []
    assert "Kara Dell" in _people(["The singer Kara Dell has signed a new deal."])
    assert _bodies(["Sony Ericsson sold more phones."]) == ["Sony Ericsson"]


def test_the_short_form_of_a_body_named_in_full_is_that_body() -> None:
    assert _bodies(["Shares in Halmont Foods rose.", "Halmont's chief executive said so."]) == ["Halmont Foods"]
    # a listed firm beside a longer listed one is its own body
    assert set(_bodies(["Sony Ericsson and Sony both gained."])) == {"Sony Ericsson", "Sony"}


def test_members_of_a_body_are_no_body() -> None:
    assert _bodies(["No Conservative Members of Parliament were elected in Scotland."]) == []


def test_a_mutual_is_a_firm() -> None:
    assert "Kestrel Mutual" in _bodies(["The Financial Services Authority fined Kestrel Mutual £2m."])
    assert _bodies(["The mutual fund fell."]) == []


def test_hebrew_a_second_body_after_and_and_a_courts_field() -> None:
    assert _bodies(["ועדת בייסקי ובתי המשפט לקחו עובדה זו בחשבון."], "he") == ["ועדת בייסקי"]
    assert _bodies(["ועדת חוץ וביטחון התכנסה."], "he") == ["ועדת חוץ וביטחון"]
    assert _bodies(["בית הדין הארצי לעבודה קיבל את ערעור העובדים."], "he") == ["בית הדין הארצי לעבודה"]
    assert _bodies(["בית המשפט המחוזי לנוער דן בתיק."], "he") == ["בית המשפט המחוזי לנוער"]
    # after its seat, a word in ל is no field of the court
    assert _bodies(["בית המשפט המחוזי בחיפה לעבודה ציבורית."], "he") == ["בית המשפט המחוזי בחיפה"]


def test_clubs_named_by_a_word_that_is_no_place() -> None:
    assert "Arsenal" in _bodies(["Chelsea chief executive Tom Kenworth denied approaching the Arsenal defender."])
    assert "Aston Villa" in _bodies(["Aston Villa manager Dave Orme says his side must improve."])
    assert "Juventus" in _bodies(["Davids previously played for Ajax, Juventus and Barcelona."])
    # a club of another sport named with its town keeps its whole name
    assert _bodies(["The New York Rangers won on Tuesday."]) == ["New York Rangers"]


def test_roles_of_english_and_danish_people_stay_right() -> None:
    assert "finance director" in (_people(["Sarah Pennock, the firm's finance director, will leave."])["Sarah Pennock"] or "")
    assert "shadow" in (_people(["Shadow home secretary David Dacre accused ministers of failing."])["David Dacre"] or "").lower()
    assert "boss" in (_people(["Tom Wexley, boss of Regal Screens, said he was quitting."])["Tom Wexley"] or "")
    assert "direktør" in (_people(["Anders Holm, der er direktør i Nordfisk, siger, at salget er faldet."], "da")
                          ["Anders Holm"] or "")  # fmt: skip


def test_a_club_after_its_player_outside_a_match_report() -> None:
    assert "Stoke" in _bodies(["Stoke striker Ade Olowu was sent off."])


@pytest.mark.xfail(strict=True, reason="a two-word firm whose last word is no trade word, after 'rival' or 'boss of'")
def test_a_two_word_firm_after_rival() -> None:
    assert "Skyline Networks" in _bodies(["Ventra said it would buy rival Skyline Networks for $3.4bn."])
    assert "Regal Screens" in _bodies(["Tom Wexley, boss of Regal Screens, said he was quitting."])


@pytest.mark.xfail(strict=True, reason="a one-word record label after 'signed to'")
def test_a_label_after_signed_to() -> None:
    assert "Polydor" in _bodies(["The singer, who is signed to Polydor, will tour Europe."])

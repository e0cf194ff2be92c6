"""The lead's round-29 fixes, each on made-up sentences of the shape real business, labour and political copy
writes, with near misses that keep their old reading."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _kind(paragraph: str, kind: str) -> set[str]:
    return {f.text for f in facts_of(["Local news", paragraph], "en") if f.kind == kind}


def _speakers(paragraph: str) -> dict[str, str | None]:
    return {f.text: f.speaker for f in facts_of(["Local news", paragraph], "en") if f.kind == "quote"}


def test_a_union_branch_or_district_council_keeps_its_number() -> None:
    assert "District Council 33" in _kind("Members of District Council 33 authorized a strike vote.", "organisation")
    text = "The council approved the contract with the International Union of Kessby Engineers Local 49 on Friday."
    assert "International Union of Kessby Engineers Local 49" in _kind(text, "organisation")
    assert "Teamsters Local 727" in _kind("Talks with Teamsters Local 727 resumed.", "organisation")
    # (near misses: a count after a council, a year, and "The Council" with a tally are no branch numbers)
    assert "Tolvik City Council" in _kind("Tolvik City Council 12 members voted.", "organisation")
    assert not any(o.endswith("2024") for o in _kind("The Tolvik City Council 2024 budget passed.", "organisation"))
    assert not any(o.startswith("Council 7") for o in _kind("The Council 7 votes to 2 passed it.", "organisation"))


def test_a_board_that_governs_a_body_names_the_body() -> None:
    text = (
        "He handed the keys to the Chairman of the Board of Directors of the Kessby Governmental Hospital, Dr. Ann Roe."
    )
    assert "Kessby Governmental Hospital" in _kind(text, "organisation")
    assert "Tolvik University" in _kind("The Board of Trustees of Tolvik University voted.", "organisation")


def test_shares_of_a_company_with_its_ticker_are_no_part_of_its_name() -> None:
    text = "Shares of Kessby Group Inc. (KSBY) slid almost 15% in Wednesday trading."
    bodies = _kind(text, "organisation")
    assert "Kessby Group Inc." in bodies and not any(b.startswith("Shares") for b in bodies)


def test_a_holding_company_named_by_a_family_name_is_one_body() -> None:
    assert "Roche Holding" in _kind("Roche Holding said its sales fell.", "organisation")
    # (near miss: a weekday or month before a one-word company that "said its" is no part of its name)
    assert "Quelmark" in _kind("On Monday Quelmark said its profit fell.", "organisation")


def test_a_firm_s_analysts_make_it_a_body_even_with_a_surname_s_shape() -> None:
    text = "This might be seen as disappointing, Jefferies analysts wrote in a note to clients."
    assert "Jefferies" in _kind(text, "organisation") and "Jefferies" not in _kind(text, "person")


def test_measures_written_in_capitals_are_no_bodies() -> None:
    text = "Roche expects declines of 12% in core EPS. Analysts forecast EPS at 18.56 francs."
    assert "EPS" not in _kind(text, "organisation")


def test_a_participle_of_saying_after_a_quoted_fragment_speaks_for_the_sentence_s_subject() -> None:
    text = (
        "Kessby said the prime minister “certainly does,” have his party’s full support, adding: “If you look at "
        "what he has done, it is plain.”"
    )
    assert _speakers(text)["If you look at what he has done, it is plain."] == "Kessby"
    # (near misses: a named or plural subject after the quote keeps speaking)
    assert _speakers("“We won,” officials said, adding: “It was close.”")["It was close."] == "officials"
    assert _speakers("“We won,” said Roe, adding: “It was close.”")["It was close."] == "Roe"


def test_the_official_name_of_a_state_is_that_state() -> None:
    text = "The situation has worsened in the Democratic People's Republic of Korea, Viet Nam and the Philippines."
    places = _kind(text, "place")
    assert "Democratic People's Republic of Korea" in places and "Republic of Korea" not in places
    # (near miss: the other Korea's official name stays the other Korea)
    assert "Republic of Korea" in _kind("He met officials of the Republic of Korea on Monday.", "place")


def test_a_country_s_red_cross_or_red_crescent_society_is_one_body() -> None:
    assert "Sudanese Red Crescent" in _kind("According to the Sudanese Red Crescent, 100 people died.", "organisation")
    assert "Kenya Red Cross Society" in _kind("The Kenya Red Cross Society said so.", "organisation")
    assert "American Red Cross" in _kind("The American Red Cross sent 40 volunteers.", "organisation")
    # (near miss: the movement itself, and a place before it in another phrase)
    assert _kind("Volunteers of the Red Cross and Red Crescent helped.", "organisation") == {
        "Red Cross",
        "Red Crescent",
    }
    assert "Red Crescent" in _kind("In Sudan Red Crescent volunteers helped.", "organisation")


def test_a_describer_in_wide_is_no_word_of_a_body_s_name() -> None:
    text = "The Red Crescent leads, with a Movement-wide Floods Task Force coordinating the response."
    assert "Floods Task Force" in _kind(text, "organisation")


def test_a_listed_company_s_words_split_by_a_semicolon_are_no_company() -> None:
    text = "The office obtained guilty pleas from manager Keith Johnson; Johnson’s wife, Ann Johnson; and others."
    assert not any("Johnson" in o for o in _kind(text, "organisation"))
    assert "Johnson & Johnson" in _kind("Johnson & Johnson said sales rose.", "organisation")


def test_two_bodies_joined_by_and_in_a_headline_are_two() -> None:
    facts = facts_of(
        [
            "Kessby Government Services and QX Asia (HK) Limited to Pay $1.45 Million",
            "Kessby Government Services Inc. (KGS) and QX Asia (HK) Limited (QX Asia) have agreed to pay.",
            "QX Asia, located in Hong Kong, provides parts.",
            "The office obtained a guilty plea from QX Asia’s former project manager, John Roe.",
        ],
        "en",
    )
    bodies = {f.text for f in facts if f.kind == "organisation"}
    assert "Kessby Government Services Inc." in bodies and "QX Asia" in bodies
    assert not any(" and " in b for b in bodies) and "QX" not in bodies
    # (near miss: a body with "and" in its name, whose second half the article names nowhere alone)
    text = "The Department of Health and Human Services said the Department of Health would help."
    assert "Department of Health and Human Services" in _kind(text, "organisation")


def test_a_league_the_article_names_as_a_contest_is_no_body() -> None:
    text = (
        "Kessby Rovers won the Tolvik League title. They finished sixth in the Tolvik League this season and "
        "qualified for the Northern Cup."
    )
    bodies = _kind(text, "organisation")
    assert "Tolvik League" not in bodies and "Northern Cup" not in bodies
    # (near miss: a league that speaks or fines is the body that runs the contest)
    text = "Kessby Rovers won the Tolvik League title. The Tolvik League said it fined the club."
    assert "Tolvik League" in _kind(text, "organisation")


def test_i_after_a_kind_of_body_is_the_speaker_not_its_name() -> None:
    assert "I'm" not in _kind("He said: \"I didn't see the Kessby team I'm used to.\"", "organisation")


def test_a_club_named_by_its_town_is_no_town_in_a_match_report() -> None:
    facts = facts_of(
        [
            "Kessby Rovers beat Ajax to win the cup",
            "Kessby Rovers defeated Ajax AFC 2–0 in the final. Ajax's goalkeeper saved a penalty in the first half.",
            "Roe scored in the 12th minute and Lee headed the second goal after the break. The striker was booked.",
            "The winners played the final at Ajax's ground last season, and the coach won two titles with Porto.",
            "He won his first title with FC Porto in 2011.",
        ],
        "en",
    )
    places = {f.text for f in facts if f.kind == "place"}
    assert "Ajax" not in places and "Porto" not in places
    # (near miss: a town named where a place goes stays a place)
    facts = facts_of(
        [
            "Cup final",
            "Kessby Rovers beat Ajax AFC 2–0. Roe scored in the 12th minute and Lee headed the second goal.",
            "The team flew home from Porto on Monday.",
        ],
        "en",
    )
    assert "Porto" in {f.text for f in facts if f.kind == "place"}


def _arabic(paragraph: str, kind: str) -> set[str]:
    return {f.text for f in facts_of(["مظاهرات", paragraph], "ar") if f.kind == kind}


def test_an_arabic_square_and_a_street_named_after_a_body_are_places() -> None:
    assert "ميدان التحرير" in _arabic("تجمع المتظاهرون في ميدان التحرير بالقاهرة.", "place")
    text = "سار المتظاهرون في شارع جامعة الدول العربية."
    assert "شارع جامعة الدول العربية" in _arabic(text, "place")
    assert "جامعة الدول العربية" not in _arabic(text, "organisation")
    # (near miss: the body itself, with no site's kind before it)
    assert "جامعة الدول العربية" in _arabic("قالت جامعة الدول العربية إنها ستجتمع.", "organisation")


def test_a_number_inside_a_firm_s_name_is_a_word_of_it() -> None:
    text = "The awards will be produced by Kessby 73 Productions for the Recording Academy for the fourth year."
    bodies = _kind(text, "organisation")
    assert {"Kessby 73 Productions", "Recording Academy"} <= bodies
    # (near miss: a date before a kind of body is no part of its name)
    assert not any(b.startswith("March") for b in _kind("In March 12 Stores closed.", "organisation"))


def test_a_town_s_name_glued_to_a_plus_is_a_service() -> None:
    places = _kind("The show streams on Paramount+ and Disney+ in Paramount, California.", "place")
    assert "Paramount" in places  # (the town, named where a place goes)
    assert "Paramount" not in _kind("The show streams on Paramount+ from Monday.", "place")


def test_a_cited_section_of_a_law_is_no_figure() -> None:
    facts = facts_of(
        ["Afgørelse", "Tilsynet giver dispensation efter § 31, stk. 1, i loven. Sagen har 3 parter."], "da"
    )
    assert [f.value for f in facts if f.kind == "figure"] == [3.0]
    facts = facts_of(["Law", "Under Article 5 of the treaty, 12 states objected under § 14."], "en")
    assert [f.value for f in facts if f.kind == "figure"] == [12.0]


def test_a_danish_subsection_s_abbreviation_ends_no_sentence() -> None:
    from briefing_app.core.segmentation import sentences

    assert len(sentences("Det følger af § 31, stk. 1, i loven. Sagen er afgjort.", "da")) == 2


def test_a_party_s_leader_in_the_genitive_is_no_word_of_its_name() -> None:
    text = "The department said Kessby's United People's Freedom Alliance has won 117 of the 225 seats."
    assert "United People's Freedom Alliance" in _kind(text, "organisation")
    # (near miss: a firm whose name is a founder's genitive keeps it)
    assert "Kessby's Corporation" in _kind("Kessby's Corporation said sales rose.", "organisation")


def test_a_party_of_a_people_is_no_named_party() -> None:
    text = "A Tamil party received 12 seats in the election from its stronghold in the northeast."
    assert "Tamil" not in _kind(text, "organisation")
    assert "Harbour" in _kind("The Harbour party received 12 seats in the election.", "organisation")


def test_a_journal_named_after_its_kind_is_a_body() -> None:
    assert "Kessby Policy Review" in _kind(
        "The study, published in the journal Kessby Policy Review, shows gains.", "organisation"
    )
    assert not _kind("He kept a journal for ten years in Tolvik.", "organisation")


def test_a_country_before_an_office_of_a_title_is_a_word_of_its_name() -> None:
    text = "The U.S. Attorney’s Office for the District of Kessland obtained guilty pleas."
    assert "U.S. Attorney’s Office for the District of Kessland" in _kind(text, "organisation")
    # (near miss: an office of a title with no country before it)
    assert "President's Council of Advisors on Science" in _kind(
        "On Monday the President's Council of Advisors on Science met.", "organisation"
    )

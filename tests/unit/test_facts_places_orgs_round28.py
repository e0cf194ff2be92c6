"""Place and organisation classes real local, wire and business pages in four languages showed (round 28, pages
not kept), written again with made-up sentences (made-up names where no list has to know the name), with near
misses that must keep their old reading."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _named(paragraphs: list[str], kind: str = "place", language: str = "en") -> list[str]:
    return [f.text for f in facts_of(paragraphs, language) if f.kind == kind]


# "River X": British and Irish copy writes the kind before the river's name.


def test_a_river_named_after_its_kind() -> None:
    assert "River Tolbeck" in _named(["Homes flooded after the River Tolbeck burst its banks on Sunday."])
    assert "River Marrow" in _named(["While the River Marrow did flow out of its channel, no homes were hit."])


def test_a_river_named_before_its_kind_is_unchanged() -> None:
    assert "Tolbeck River" in _named(["Homes flooded after the Tolbeck River burst its banks on Sunday."])


def test_river_inside_a_longer_name_or_a_persons_name_is_no_river() -> None:
    assert not [p for p in _named(["Shares in River Tolbeck Holdings fell on Monday."]) if p.startswith("River")]
    assert not [p for p in _named(["The Red River Valley flooded again."]) if p == "River Valley"]


# Danish "X-området" (the area around X) ends in "rådet" like a council's name; it is the town's area, no body.


def test_a_danish_towns_area_is_no_council() -> None:
    text = ["Der er mange indbrud i Tolvik-området, siger politiet."]
    assert not [o for o in _named(text, "organisation", "da") if "området" in o]


def test_danish_councils_keep_their_reading() -> None:
    text = ["Byrådet og Kommunalrådet i Tolvik er enige om planen."]
    orgs = _named(text, "organisation", "da")
    assert "Byrådet" in orgs and "Kommunalrådet" in orgs


# Hebrew: a word for a town, then a town of two words the gazetteer knows.


def test_a_two_word_town_after_the_word_for_a_town() -> None:
    places = _named(["המשטרה פעלה בעיר בית שמש אתמול בלילה."], language="he")
    assert "בית שמש" in places and "בית" not in places


def test_a_one_word_town_after_the_word_for_a_town_is_unchanged() -> None:
    assert "חולון" in _named(["הוא גר בעיר חולון מאז ילדותו."], language="he")


# Arabic: a state's forces or security service by a two-word kind, then its country's adjective.


def test_arabic_forces_by_a_two_word_kind_and_the_countrys_adjective() -> None:
    orgs = _named(["وتم ذلك بالتنسيق مع القوات المسلحة الأردنية في المحافظات."], "organisation", "ar")
    assert "القوات المسلحة الأردنية" in orgs
    orgs = _named(["أعلن الأمن العام اللبناني إغلاق المعبر مساء الأحد."], "organisation", "ar")
    assert "الأمن العام اللبناني" in orgs


def test_arabic_kinds_without_a_country_name_no_body() -> None:
    text = ["وأكد أن القوات المسلحة ستبقى في مواقعها وأن الأمن العام مسؤولية الجميع."]
    assert _named(text, "organisation", "ar") == []


# English one-word firms by where they are based or by their trade before them.


def test_a_firm_after_where_it_is_based() -> None:
    orgs = _named(["Tolvik-based Quellbright raised $1.4 million in seed funding."], "organisation")
    assert "Quellbright" in orgs


def test_a_person_after_where_they_are_based_is_no_firm() -> None:
    orgs = _named(["The Tolvik-based artist Jane Roe said the show would open."], "organisation")
    assert not [o for o in orgs if "Roe" in o or "Jane" in o]
    orgs = _named(["London-based Labour MP Jane Roe said she would vote against it."], "organisation")
    assert not [o for o in orgs if "Roe" in o or "MP" in o]


def test_a_firm_after_platform_or_archrival() -> None:
    assert "Quellbright" in _named(["The agritech platform Quellbright raised a seed round."], "organisation")
    assert "Brennlo" in _named(["Halvex bought up its archrival Brennlo last week."], "organisation")


# Arabic: an airport's name of two words no list knows, then "international".


def test_an_airport_of_two_unknown_words_then_international() -> None:
    places = _named(["وصلت الرحلة إلى مطار مرسى قلعان الدولي صباح الأحد."], language="ar")
    assert "مطار مرسى قلعان الدولي" in places


def test_an_airport_with_international_spelt_with_alif_maqsura() -> None:
    places = _named(["ستقلع الرحلات من مطار القاهرة الدولى مساء اليوم."], language="ar")
    assert "مطار القاهرة الدولى" in places


# English firms around a market job.


def test_a_firm_between_a_and_analyst() -> None:
    orgs = _named(["A Quellbright Research analyst cut his rating on the stock."], "organisation")
    assert "Quellbright Research" in orgs


def test_common_words_or_a_place_before_analyst_are_no_firm() -> None:
    orgs = _named(["A Wall Street analyst said the stock was cheap."], "organisation")
    assert "Wall Street" not in orgs
    assert _named(["A London-based analyst said prices rose."], "organisation") == []


def test_a_firm_named_for_a_country_after_analyst_at() -> None:
    text = ["Jane Roe, an analyst at Quellbanc of America, lowered her price target."]
    assert "Quellbanc of America" in _named(text, "organisation")


def test_common_words_before_a_rank_and_a_name_are_no_body() -> None:
    text = ["Local Community Inspector Jane Roe said the road would reopen."]
    assert _named(text, "organisation") == []


def test_a_named_body_before_a_rank_and_a_name_stays_a_body() -> None:
    text = ["Tolvik Police Inspector Jane Roe said the road would reopen."]
    assert "Tolvik Police" in _named(text, "organisation")
    text = ["Local Government Association Chairman Jane Roe spoke first."]
    assert "Local Government Association" in _named(text, "organisation")


# Arabic: a satellite channel named in quote marks; a country's spelling counted by a number; Egyptian "فى".


def test_a_satellite_channel_in_quote_marks() -> None:
    text = ['وأضاف خلال مؤتمر صحفي نقلته فضائية "تولفيك الإخبارية"، أن الوضع مستقر.']
    assert "تولفيك الإخبارية" in _named(text, "organisation", "ar")


def test_a_country_spelt_noun_counted_by_a_number_is_no_place() -> None:
    assert "سوريا" not in _named(["وأوقفت الدورية 63 سوريا لتجولهم داخل الأراضي بطريقة غير شرعية."], language="ar")
    assert "سوريا" in _named(["وعاد اللاجئون إلى سوريا بعد 3 سنوات."], language="ar")


def test_egyptian_fi_with_alif_maqsura_is_a_preposition_of_place() -> None:
    assert "زحلة" in _named(["نفذت وحدات من الجيش عمليات دهم فى زحلة أمس."], language="ar")


def test_a_clitic_and_a_function_word_after_the_word_for_a_town_is_no_town() -> None:
    assert _named(["הוחלט להכריז על מספר שכונות בעיר כעל שכונות אדומות."], language="he") == []


# Danish: a definite common noun opening a sentence that the article also writes in lower case; a firm that fires.


def test_a_definite_compound_the_article_writes_in_lower_case_is_no_body() -> None:
    text = ["Oliefabrikken i Tolvik skærer staben ned.", "Der er uro på oliefabrikken, siger tillidsmanden."]
    assert "Oliefabrikken" not in _named(text, "organisation", "da")
    text = ["Rigspolitiet modtager snarest udkastet.", "Det oplyser politiet."]
    assert "Rigspolitiet" in _named(text, "organisation", "da")


def test_a_danish_firm_that_fires_staff() -> None:
    assert "Tolvex" in _named(["Tolvex har fyret 22 ansatte.", "Det oplyser virksomheden."], "organisation", "da")
    assert "Tolvex" in _named(["Tolvex nedlægger 90 job i Vestby."], "organisation", "da")


# English: a tour's dozen stops, "St." for "Saint", an acronym that reports after an adverb.


def test_a_given_name_town_late_in_a_long_list_of_stops() -> None:
    text = ["The tour stops in Toronto, Boston, New York, Philadelphia, Nashville, Orlando, Houston, Dallas, Seattle."]
    assert "Dallas" in _named(text)


def test_a_saint_town_written_st() -> None:
    places = _named(["The tour opens at the arena in St. Paul, Minnesota on Monday."])
    assert "St. Paul" in places
    assert "St Petersburg" in _named(["He moved to St Petersburg in 1990."])


def test_an_acronym_that_reports_after_an_adverb() -> None:
    text = ["The club needed a striker, with XBRN previously reporting that it had a list of names."]
    assert "XBRN" in _named(text, "organisation")
    assert _named(["He has a GPS previously fitted to the car."], "organisation") == []


# Arabic bodies whose field runs on: "ل" and a noun before a place's name, a second field of the إفعال shape.


def test_an_arabic_field_in_li_before_a_place_name() -> None:
    orgs = _named(["وذكرت الوكالة الوطنية لإعلام تولفيا أن الغارة وقعت ليلا."], "organisation", "ar")
    assert "الوكالة الوطنية لإعلام تولفيا" not in orgs  # (a made-up place no list holds: the name stops)
    orgs = _named(["وذكرت الوكالة الوطنية لإعلام لبنان أن الغارة وقعت ليلا."], "organisation", "ar")
    assert "الوكالة الوطنية لإعلام لبنان" in orgs


def test_a_second_field_of_the_ifaal_shape() -> None:
    orgs = _named(["وعقد إيجاز صحفي في المركز الوطني للأمن وإدارة الأزمات أمس."], "organisation", "ar")
    assert "المركز الوطني للأمن وإدارة الأزمات" in orgs


def test_what_a_state_army_did_stays_out_of_its_name() -> None:
    orgs = _named(["وقال الجيش الوطني لقصف المواقع إنه مستعد."], "organisation", "ar")
    assert "الجيش الوطني" in orgs


# Arabic streets named after a person with his father's and family's names; traffic is no movement; a second body's
# general command after "and".


def test_a_street_named_with_a_lineage() -> None:
    places = _named(["تم تحويل الحركة إلى شارع الشيخ سالم بن راشد آل تولفي مساء أمس."], language="ar")
    assert "شارع الشيخ سالم بن راشد آل تولفي" in places


def test_a_direction_after_a_streets_name_is_no_word_of_it() -> None:
    places = _named(["وتأتي التحويلات على شارع الشيخ سالم باتجاه المدينة."], language="ar")
    assert "شارع الشيخ سالم" in places and "شارع الشيخ سالم باتجاه" not in places


def test_traffic_is_no_movement() -> None:
    assert _named(["قررت الهيئة تحويل الحركة المرورية المتجهة إلى المدينة."], "organisation", "ar") == []
    assert _named(["تم رفع الحظر على حركة الشاحنات في المدينة."], "organisation", "ar") == []
    assert "حركة حماس" in _named(["وقالت حركة حماس إن الوفد وصل."], "organisation", "ar")


def test_and_the_general_command_opens_a_second_body() -> None:
    text = ["أعلنت هيئة الطرق والمواصلات والقيادة العامة لشرطة تولفيا تمديد القرار."]
    orgs = _named(text, "organisation", "ar")
    assert "هيئة الطرق والمواصلات" in orgs
    assert not [o for o in orgs if "الطرق" in o and "القيادة" in o]


def test_a_platform_named_in_quote_marks() -> None:
    text = ['وقالت الهيئة عبر منصة "تولفكس" إن الطريق أغلق.']
    assert "تولفكس" in _named(text, "organisation", "ar")


# English releases: a person and her office defined by the office's acronym; a fiscal year's acronym.


def test_a_person_and_her_office_before_the_offices_acronym() -> None:
    text = [
        "KESSBY – Jane Q. Roe, U.S. Attorney for the Northern District of Tolvia (NDT), announced today that NDT "
        "collected $2 million in 2015."
    ]
    facts = facts_of(text, "en")
    orgs = [f.text for f in facts if f.kind == "organisation"]
    people = [f for f in facts if f.kind == "person"]
    assert "NDT" in orgs and not [o for o in orgs if "Roe" in o]
    assert [p.text for p in people] == ["Jane Q. Roe"] and "U.S. Attorney" in (people[0].role or "")


def test_a_body_defined_by_its_acronym_keeps_its_name() -> None:
    orgs = _named(["The National Tolvian Service (NTS) said on Monday that NTS would act."], "organisation")
    assert "National Tolvian Service" in orgs


def test_a_fiscal_years_acronym_is_no_body() -> None:
    text = ["Since FY 2000, the division has recouped $1 billion.", "For FY 2007, workers got back wages."]
    assert "FY" not in _named(text, "organisation")


# Read on the last (blind) batch, plain bugs only: a mayor's verb read as a town; a town and "and" before a body.


def test_the_head_of_the_city_is_a_title_no_town_after_it() -> None:
    assert _named(["ראש העיר ציין, כי היום אין מקרי הדבקה בעיר."], language="he") == []
    assert "חולון" in _named(["הוא גר בעיר חולון מאז ילדותו."], language="he")


def test_a_town_and_and_before_a_body_are_no_words_of_it() -> None:
    text = ["Growth came from Halvex adding a service to Osaka and Quellbright Air adding one to Hanoi."]
    orgs = _named(text, "organisation")
    assert "Quellbright Air" in orgs and not [o for o in orgs if o.startswith("Osaka")]
    assert "Bosnia and Herzegovina Football Federation" in _named(
        ["The Bosnia and Herzegovina Football Federation said no."], "organisation"
    )

"""Place and organisation classes real local and wire pages in four languages showed (round 27, pages not kept),
written again with made-up names and sentences, with near misses that must keep their old reading."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _named(paragraphs: list[str], kind: str = "place", language: str = "en") -> list[str]:
    return [f.text for f in facts_of(paragraphs, language) if f.kind == kind]


# English datelines of local papers and stations.


def test_a_station_call_sign_with_its_channel_number() -> None:
    text = ["TOLVIK BEND (KXR12) – The river rose overnight, officials said."]
    assert "TOLVIK BEND" in _named(text)
    assert "KXR12" in _named(text, "organisation")
    assert "TOLVIK BEND" not in _named(text, "organisation")


def test_an_abbreviated_county_and_a_postal_state_code() -> None:
    text = ["MARLOW CO., GA (WKRX) - Many Marlow County residents left their homes on Monday."]
    places = _named(text)
    assert "GA" in places and "MARLOW COUNTY" in places
    assert "Many Marlow County" not in places
    assert "WKRX" in _named(text, "organisation")
    assert not [o for o in _named(text, "organisation") if "MARLOW" in o]


def test_a_local_paper_date_in_brackets() -> None:
    text = ["BRENTWICK COUNTY, NC (March 3, 2019) — Crews watched the water all night."]
    places = _named(text)
    assert "BRENTWICK COUNTY" in places and "NC" in places


def test_an_older_wire_date_running_on_into_the_text() -> None:
    places = _named(["OSLO, March 4 Workers at the refinery stopped work on Tuesday."])
    assert "OSLO" in places


def test_near_misses_of_datelines_stay_none() -> None:
    # a heading in capitals and a date, with no known town: no place
    assert "MONDAY" not in _named(["MONDAY, March 4 Workers stopped work."])
    # common words before a bracketed agency: a heading, no town
    assert "UPDATE" not in _named(["UPDATE (Reuters) - The firm said its profit fell."])
    # two capitals that are a state's code only in a dateline
    assert "GA" not in _named(["The GA voted on the plan on Monday."])


def test_streams_named_with_creek() -> None:
    places = _named(["Flooding was first reported along Tolvik Creek near the farm."])
    assert "Tolvik Creek" in places
    # a road named after the creek is no creek
    places = _named(["Tolvik Creek Road was closed because of high water."])
    assert "Tolvik Creek" not in places


def test_a_list_of_streams_after_a_dateline_is_no_headline() -> None:
    text = ["BRENTWICK COUNTY, NC — We are watching the gauges at Marlow Creek, Tolvik River and Bramble Creek closely."]
    places = _named(text)
    assert {"Marlow Creek", "Tolvik River", "Bramble Creek"} <= set(places)


# Arabic places and bodies.


def test_a_country_written_with_a_bare_alef() -> None:
    # many papers drop the hamza: "الاردن" is the same country as "الأردن"
    assert "الاردن" in _named(["وتعاملت الشرطة مع أحداث في عدد من مناطق الاردن أمس."], "place", "ar")
    assert "اسرائيل" in _named(["وقال الوزير إن المفاوضات مع اسرائيل متوقفة."], "place", "ar")


def test_a_word_written_with_its_hamza_stays_that_word() -> None:
    # "وأن" (and that) is never the bare-alef town "وان"; "أمان" (safety) no town
    places = _named(["وأكد الوزير وأن الحكومة تعمل على توفير الأمان للمواطنين."], "place", "ar")
    assert not [p for p in places if p in ("وأن", "الأمان")]


def test_a_weekday_is_no_town() -> None:
    places = _named(["وعبرت قوات الحدود في وقت سابق من يوم الخميس وقتلت موظفا في بلدة مارون."], "place", "ar")
    assert "الخميس" not in places


def test_a_compass_adjective_of_the_noun_before_the_place() -> None:
    places = _named(["فككت الجماعة مواقعها على حدود لبنان الشرقية مع سوريا."], "place", "ar")
    assert "لبنان" in places and "لبنان الشرقية" not in places
    # near miss: a region named with its adjective keeps it
    places = _named(["وصل الوفد إلى ولاية كارولينا الجنوبية أمس."], "place", "ar")
    assert "كارولينا الجنوبية" in places


def test_a_town_whose_name_opens_with_a_head_noun_is_no_body() -> None:
    text = ["أطلقت المديرية الدورة الأولى للأبواب المفتوحة في الدار البيضاء أمس."]
    assert "الدار البيضاء" in _named(text, "place", "ar")
    assert "الدار البيضاء" not in _named(text, "organisation", "ar")
    # near miss: a team named after a town after its kind stays a body
    orgs = _named(['وستجمعه المباراة مع فريق " ساو باولو " البرازيلي.'], "organisation", "ar")
    assert "ساو باولو" in orgs


def test_a_verbal_noun_with_a_pronoun_ends_a_body_before_it() -> None:
    orgs = _named(["وأحالت الوزارة العاملين إلى النيابة العامة لمخالفتهم القوانين المنظمة للقطاع."], "organisation", "ar")
    assert "النيابة العامة" in orgs
    # near miss: a body's field in ل with its genitive stays its name's
    orgs = _named(["وقال الاتحاد الدولي لكرة القدم إن المباراة ستقام."], "organisation", "ar")
    assert "الاتحاد الدولي لكرة القدم" in orgs


def test_a_field_after_a_place_keeps_its_adjective() -> None:
    orgs = _named(["قال رئيس مجلس إدارة شركة الدوحة للخدمات الصحية إن العام كان صعبا."], "organisation", "ar")
    assert "شركة الدوحة للخدمات الصحية" in orgs
    # near miss: a country's adjective after the field is no field adjective
    orgs = _named(["وقال صندوق الدوحة للتنمية القطري إن المنحة جاهزة."], "organisation", "ar")
    assert "صندوق الدوحة للتنمية القطري" not in orgs


def test_a_town_name_read_off_a_word_with_the_article_is_the_common_noun() -> None:
    # "بالبورصة": at the stock exchange, not Bursa (whose name takes no article)
    places = _named(["على أن يستأنف العمل بالبورصة اعتبارا من يوم الاثنين."], "place", "ar")
    assert not [p for p in places if "بورصة" in p]
    # near miss: a town written without the article stays the town
    assert "بورصة" in _named(["وصل الوفد إلى بورصة أمس قادما من أنقرة."], "place", "ar")


# English bodies.


def test_a_union_whose_name_opens_with_united_is_no_club() -> None:
    orgs = _named(["The United Auto Workers stated on Thursday it was suing the carmaker."], "organisation")
    assert "United Auto Workers" in orgs and "The United" not in orgs
    orgs = _named(["The United Steelworkers said on Monday the strike would go on."], "organisation")
    assert "United Steelworkers" in orgs and "The United" not in orgs
    # near miss: a club named by its town and "United" stays a club
    assert "Kessby United" in _named(["Kessby United won the derby 2-1 on Saturday."], "organisation")


# Danish bodies.


def test_two_areas_in_the_genitive_sharing_one_police() -> None:
    orgs = _named(["Det oplyser Nordvangs og Sønder-Tolvs Politi tirsdag."], "organisation", "da")
    assert "Nordvangs og Sønder-Tolvs Politi" in orgs
    # near miss: a known town, then the body
    orgs = _named(["Borgere i Aarhus og Østjyllands Politi mødtes tirsdag."], "organisation", "da")
    assert "Østjyllands Politi" in orgs and not [o for o in orgs if "Aarhus" in o]


# Hebrew places and bodies.


def test_a_hebrew_town_written_with_a_hyphen() -> None:
    assert "בת-ים" in _named(["החשודים נתפסו בבת-ים אמש."], "place", "he")
    assert "ראש-העין" in _named(["הכנס ייערך בראש-העין בשבוע הבא."], "place", "he")
    # near miss: the spaced form stays found
    assert "בת ים" in _named(["החשודים נתפסו בבת ים אמש."], "place", "he")


def test_a_rank_after_a_district_ends_the_body() -> None:
    orgs = _named(["אני מברך את מפקד מחוז מרכז ניצב דני לוי על הפעולה."], "organisation", "he")
    assert not [o for o in orgs if "ניצב" in o]
    # near miss: a committee of ministers keeps its name (a plural noun, no rank)
    orgs = _named(["ועדת השרים לחקיקה אישרה את ההצעה אמש."], "organisation", "he")
    assert [o for o in orgs if o.startswith("ועדת השרים")]


def test_a_region_word_with_a_definite_adjective_is_the_noun() -> None:
    places = _named(["מכבי פתחה את המרכז הרפואי החדש בחיפה."], "place", "he")
    assert "המרכז" not in places and "חיפה" in places


def test_a_city_side_and_a_named_neighbourhood() -> None:
    places = _named(["Three people were shot Wednesday on Tolvik's South Side, police said."])
    assert "South Side" in places
    places = _named(["Police spoke near the scene in the Marlow Heights neighborhood on Friday."])
    assert "Marlow Heights" in places
    places = _named(["Officers responded to a call in Tolvik's Back of the Lanes neighborhood overnight."])
    assert "Back of the Lanes" in places
    # near misses: a people's or a kind's neighbourhood, a plural, and a show named after a side
    assert "Jewish" not in _named(["He grew up in the Jewish neighborhood of the old city."])
    assert "Shia" not in _named(["Police patrolled Shia neighbourhoods across the capital."])
    assert "West Side" not in _named(["The cast of West Side Story met the press on Monday."])


def test_a_body_named_short_first_then_in_full() -> None:
    orgs = _named(["Radikale står stærkt", "Meningsmåling gør Radikale Venstre til tungen på vægtskålen."],
                  "organisation", "da")
    assert "Radikale Venstre" in orgs and "Radikale" not in orgs


def test_a_title_with_its_portfolio_after_a_body() -> None:
    orgs = _named(["The boy was hurt, Tolvik Police Department Chief of Patrol Jane Roe said."], "organisation")
    assert "Tolvik Police Department" in orgs
    # near miss: a body whose own name runs on with "of" stays whole
    orgs = _named(["The Tolvik Department of Transportation said the road was shut."], "organisation")
    assert [o for o in orgs if o.endswith("Department of Transportation")]


def test_a_second_arabic_site_joined_by_and() -> None:
    places = _named(["تم إدخال المصابين إلى مستشفى الفروانية ومستشفى العدان، وحالتهم مستقرة."], "place", "ar")
    assert "مستشفى الفروانية" in places and "مستشفى العدان" in places
    # near miss: one site with its adjective stays one
    places = _named(["نقل المصاب إلى مستشفى الجهراء الحكومي أمس."], "place", "ar")
    assert "مستشفى الجهراء الحكومي" in places or "مستشفى الجهراء" in places


def test_an_owner_body_named_with_of_the() -> None:
    orgs = _named(["Members include the Department of the Interior's Office of Wildland Fire."], "organisation")
    assert "Department of the Interior" in orgs and "Office of Wildland Fire" in orgs
    # near miss: a person's possessive before a body stays no body
    orgs = _named(["Jane Roe's Office of Wildland Fire team left on Monday."], "organisation")
    assert "Jane Roe" not in orgs


def test_a_treaty_cited_by_its_article_is_no_body() -> None:
    orgs = _named(["Støtten er forenelig med artikel 12, stk. 2, litra a), i TFUK og reglerne."], "organisation", "da")
    assert "TFUK" not in orgs
    # near miss: a body after "i" with no article cited stays a body
    orgs = _named(["Sagen blev drøftet i Folketinget tirsdag."], "organisation", "da")
    assert "Folketinget" in orgs

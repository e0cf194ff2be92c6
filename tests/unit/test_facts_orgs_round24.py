"""Classes real pages on hospitals, courts, companies, unions and ministries showed (round 24, not kept), written
again with made-up names and sentences."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _named(paragraphs: list[str], kind: str, language: str = "en") -> list[str]:
    return [f.text for f in facts_of(paragraphs, language) if f.kind == kind]


# Arabic sites named by their kind: how far the name goes.


def test_an_arabic_hospital_in_ya_after_a_preposition_is_named() -> None:
    places = _named(["وصل الوفد إلى مستشفى كرميتا الحكومي صباح اليوم."], "place", "ar")
    assert "مستشفى كرميتا الحكومي" in places
    places = _named(["بدأ العمل في مشفى سلوديا منذ شهرين."], "place", "ar")
    assert "مشفى سلوديا" in places
    places = _named(["مستشفى سرمونيا: عشرون عاما من الخدمة", "تأسس المستشفى عام 1980."], "place", "ar")
    assert "مستشفى سرمونيا" in places


def test_an_accusative_adjective_after_a_hospital_is_no_name() -> None:
    assert _named(["أقامت الوزارة مستشفى ميدانيا قرب الحدود."], "place", "ar") == []
    assert not [p for p in _named(["افتتحت الجمعية مستشفى تخصصيا جديدا."], "place", "ar") if "مستشفى" in p]


def test_an_arabic_hospital_named_after_a_titled_person_keeps_the_whole_name() -> None:
    places = _named(["بدأ العمل ببناء مستشفى الرئيس كامل نوري الحكومي في البلدة."], "place", "ar")
    assert "مستشفى الرئيس كامل نوري الحكومي" in places
    places = _named(["نظم المتطوعون حملة لتنظيف مستشفى الشهيد أبو سامي الورداني ومحيطه."], "place", "ar")
    assert "مستشفى الشهيد أبو سامي الورداني" in places


def test_an_arabic_hospital_named_after_a_person_keeps_the_surname_and_field() -> None:
    places = _named(["سيتم افتتاح مستشفى هوغو ماريتز للعيون خلال الأشهر المقبلة."], "place", "ar")
    assert "مستشفى هوغو ماريتز للعيون" in places
    places = _named(["نقل المصابون إلى مستشفى ناصر الطبي لتلقي العلاج."], "place", "ar")
    assert "مستشفى ناصر الطبي" in places


def test_an_adverb_after_a_hospital_named_after_a_person_is_no_surname() -> None:
    places = _named(["يعمل مستشفى سامر حاليا بنصف طاقته."], "place", "ar")
    assert "مستشفى سامر حاليا" not in places


# Hebrew bodies: where the name ends.


def test_a_hitpael_verb_after_a_definite_complement_ends_the_name() -> None:
    orgs = _named(["איגוד המהנדסים התגייס לטובת עובדי רשות הנמלים."], "organisation", "he")
    assert "איגוד המהנדסים" in orgs and not [o for o in orgs if "התגייס" in o]
    orgs = _named(["ועדת הכספים התכנסה אתמול בערב."], "organisation", "he")
    assert "ועדת הכספים" in orgs
    assert "משרד התחבורה" in _named(["משרד התחבורה פרסם את הנתונים."], "organisation", "he")


def test_a_shortened_house_of_is_no_acronym_body() -> None:
    orgs = _named(['הסוגיה תידון במחוזי ולא בביה"ד לאתיקה.'], "organisation", "he")
    assert not [o for o in orgs if o.startswith('יה"')]
    assert _named(['הוא הובהל לביה"ח במצב קשה.'], "organisation", "he") == []


def test_which_one_adjectives_are_no_part_of_a_bodys_name() -> None:
    assert _named(["בית החולים החדש אמור להיפתח בעוד שלוש שנים."], "organisation", "he") == []
    assert "הממשלה הנוכחית" not in _named(["הממשלה הנוכחית החליטה לדחות את הדיון."], "organisation", "he")


# English bodies: where the name starts and ends.


def test_a_peoples_possessive_opens_a_bodys_name() -> None:
    assert "People's Bank of Ruritania" in _named(["Fines were imposed by the People's Bank of Ruritania."], "organisation")
    orgs = _named(["The Farmers' Union of Eastland met on Friday."], "organisation")
    assert "Farmers' Union of Eastland" in orgs
    # near miss: a body's owner in the genitive is a body of its own
    orgs = _named(["Kessby University's Institute of Marine Studies opened a lab."], "organisation")
    assert "Kessby University's Institute of Marine Studies" not in orgs


def test_a_code_of_law_defined_with_its_acronym_is_no_body() -> None:
    assert _named(["The rule is in Section 12 of the Civil Procedure Code (CPC) of Ruritania."], "organisation") == []
    assert _named(["He was charged under the Penal Code (PC) last year."], "organisation") == []
    orgs = _named(["The National Front for the Clean Rivers Law (NFCRL) held a rally."], "organisation")
    assert "National Front for the Clean Rivers Law" in orgs


def test_a_companys_legal_form_closes_its_name() -> None:
    orgs = _named(["The hospital was sold to Kessby Healthcare Ltd for Rs 500 crore."], "organisation")
    assert "Kessby Healthcare Ltd" in orgs and not [o for o in orgs if "Rs" in o]
    orgs = _named(["Tolvik Holdings Inc for Beginners was never a firm, the court heard."], "organisation")
    assert not [o for o in orgs if "Beginners" in o]
    assert "Kessby Institute for Policy Studies" in _named(["The Kessby Institute for Policy Studies agreed."], "organisation")


def test_the_last_word_of_a_longer_name_before_and_is_no_body() -> None:
    paragraphs = ["The guard alerted the Millbrook Police Station, and the Millbrook Police Division sent men."]
    orgs = _named(paragraphs, "organisation")
    assert "Station" not in orgs
    orgs = _named(["Shares in Zentrix and the Kessby Water Authority fell on Monday."], "organisation")
    assert "Zentrix" in orgs


# Danish: "Dansk/Danske X" ends before a lower-case compound and after a genitive.


def test_a_danish_national_name_ends_before_a_hyphenated_common_noun() -> None:
    orgs = _named(["Nordbank køber Danske Skibe-forretningen i Sverige."], "organisation", "da")
    assert "Danske Skibe" in orgs and not [o for o in orgs if "forretning" in o]
    orgs = _named(["Planen er en del af Danske Skibes Horisont 30-strategi."], "organisation", "da")
    assert not [o for o in orgs if "Horisont" in o]
    assert "Dansk Supermarked" in _named(["Dansk Supermarked åbner nye butikker."], "organisation", "da")


# Arabic: an agency's dateline; a committee just named before its head's title.


def test_an_arabic_dateline_gives_its_agency() -> None:
    assert "نمرا" in _named(["عمان - نمرا", "أعلنت الشركة عن خطة الطوارئ."], "organisation", "ar")
    orgs = _named(["رام الله - سلما - تأسس المستشفى عام 1976 في نابلس."], "organisation", "ar")
    assert "سلما" in orgs
    # near misses: the paper's own report, and no town first
    assert "خاص" not in _named(["غزة - خاص - قال المسؤول إن الوضع صعب."], "organisation", "ar")
    assert _named(["قال المسؤول - بحسب البيان - إن الوضع صعب."], "organisation", "ar") == []


def test_a_definite_head_before_a_title_is_no_body_name() -> None:
    orgs = _named(["قال رئيس اللجنة الدكتور سامر حداد إن القرار نهائي."], "organisation", "ar")
    assert not [o for o in orgs if "الدكتور" in o]


# Hebrew: a court written with a hyphen, its field; a brand in Latin letters after its kind.


def test_a_hebrew_court_with_a_hyphen_and_its_field() -> None:
    orgs = _named(["התביעה הוגשה לבית-המשפט לתביעות קטנות בחיפה."], "organisation", "he")
    assert [o for o in orgs if o.startswith("בית-המשפט לתביעות קטנות")]
    orgs = _named(["הערעור הוגש לבית-משפט השלום בחיפה."], "organisation", "he")
    assert [o for o in orgs if o.startswith("בית-משפט השלום")]
    assert "בית הדין לעבודה" in _named(["בית הדין לעבודה דחה את התביעה."], "organisation", "he")


def test_a_lower_case_brand_after_its_kind_is_a_company() -> None:
    assert "zoomo" in _named(["חברת zoomo מתלוננת על התנהלותה של המתחרה."], "organisation", "he")


# English places: a town's district in the genitive.


def test_a_district_after_its_towns_genitive_keeps_both_places() -> None:
    places = _named(["The two friends met in Mumbai's Thane last week."], "place")
    assert "Mumbai" in places and "Thane" in places


def test_a_district_before_its_city_closing_the_clause_is_a_place() -> None:
    places = _named(["Protesters entered the state secretariat in Agwoma, Ibadan."], "place")
    assert "Agwoma" in places and "Ibadan" in places
    places = _named(["He lives in Kelloway, Lagos, where he works as a driver."], "place")
    assert "Kelloway" in places
    # near misses: a body's word, a month
    assert "Parliament" not in _named(["The vote was held in Parliament, London."], "place")
    assert "January" not in _named(["In January, London was cold."], "place")


# Arabic bodies no head opens: groups named by their people and cause, public services.


def test_an_arabic_group_named_by_its_people_and_cause() -> None:
    orgs = _named(["قامت منظمة مغاربيون من أجل الشفافية والعدالة بنشر تقرير."], "organisation", "ar")
    assert "مغاربيون من أجل الشفافية والعدالة" in orgs
    orgs = _named(["طالب التحالف من أجل النزاهة والمساءلة الوزارة بإلغاء القرار."], "organisation", "ar")
    assert "التحالف من أجل النزاهة والمساءلة" in orgs
    # near misses: a verb in the present, people with the article as the subject
    assert _named(["يعملون من أجل السلام في المنطقة."], "organisation", "ar") == []
    assert _named(["تبرع المحسنون من أجل المرضى أمس."], "organisation", "ar") == []


def test_arabic_public_services_by_field_and_adjective() -> None:
    assert "الدفاع المدني" in _named(["وصلت فرق الدفاع المدني إلى المكان بعد الغارة."], "organisation", "ar")
    assert "الحرس الوطني" in _named(["قال مسؤول في الحرس الوطني إن الوضع هادئ."], "organisation", "ar")
    assert _named(["يحتاج البلد إلى دفاع مدني قوي."], "organisation", "ar") == []


# English armed groups, titles before "of", and a bare "the" between a name and a body.


def test_an_armed_groups_members_make_it_a_body() -> None:
    orgs = _named(["An al Zarqab fighter rammed a bus. Al Zarqab claimed responsibility later."], "organisation")
    assert "al Zarqab" in orgs
    assert "Al-Zarqab" in _named(["Kessby's Islamist Al-Zarqab militants claimed the attack."], "organisation")
    # near miss: a people's adjective before fighters
    assert _named(["Dozens of Kurdish fighters crossed the river."], "organisation") == []


def test_a_title_of_several_words_before_of_and_a_body() -> None:
    paragraphs = ["It was commissioned by Interim Chief Executive Boss of Millbrook Council, Bob Hale."]
    assert "Millbrook Council" in _named(paragraphs, "organisation")
    assert "Bank of Kessby" in _named(["The Bank of Kessby raised rates."], "organisation")


def test_a_bare_the_joins_no_name_to_a_body() -> None:
    orgs = _named(["The chair criticised Mahmud Hale the Council leader on Monday."], "organisation")
    assert not [o for o in orgs if "Hale" in o]
    orgs = _named(["He said the Friends of the Earth Foundation agreed."], "organisation")
    assert "Friends of the Earth Foundation" in orgs


def test_an_inner_arabic_article_stays_in_a_bodys_run() -> None:
    orgs = _named(["The battalion of the Zarqab al-Mujahideen Movement received the new year."], "organisation")
    assert "Zarqab al-Mujahideen Movement" in orgs
    assert "al-Harbour Brigades" in _named(["He joined the al-Harbour Brigades in 2010."], "organisation")


# Round-22 dev classes: a division defined with its owner's acronym; a chair's title after a body "on X".


def test_a_division_of_a_society_defined_by_the_societys_acronym() -> None:
    paragraphs = ["The Solar Physics Division of the Ruritanian Optical Society (ROS) gave the prize to Jane Roe."]
    orgs = _named(paragraphs, "organisation")
    assert "Ruritanian Optical Society" in orgs and "Solar Physics Division" in orgs
    assert "Department of Harbour Affairs" in _named(["The Department of Harbour Affairs (HA) said so."], "organisation")


def test_a_chairs_title_after_a_council_on_something_is_no_word_of_it() -> None:
    orgs = _named(["It is here, said Council on Coastal Quality Chair Brenda Hale."], "organisation")
    assert "Council on Coastal Quality" in orgs


def test_a_function_word_opening_two_quotes_is_no_body() -> None:
    paragraphs = [
        'Direktøren sagde: "Det glæder mig, at vandet er rent."',
        'Hun tilføjede: "Det er meget vigtigt for borgerne."',
    ]
    assert "Det" not in _named(paragraphs, "organisation", "da")

"""Organisation and place classes real Arabic, Hebrew and English business and politics pages showed (round 26,
pages not kept), written again with made-up names and sentences."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _named(paragraphs: list[str], kind: str = "organisation", language: str = "en") -> list[str]:
    return [f.text for f in facts_of(paragraphs, language) if f.kind == kind]


# Arabic: how far a body's name goes.


def test_an_arabic_national_body_keeps_its_field_in_li() -> None:
    orgs = _named(["وبحسب ما أعلن عنه المجلس الوطني لحقوق المستهلك في تقرير أمس."], "organisation", "ar")
    assert "المجلس الوطني لحقوق المستهلك" in orgs
    orgs = _named(["وقالت الهيئة الوطنية لمكافحة التهريب إن التحقيق جار."], "organisation", "ar")
    assert "الهيئة الوطنية لمكافحة التهريب" in orgs


def test_what_a_national_army_or_council_is_to_do_is_no_field() -> None:
    orgs = _named(["استعد الجيش الوطني لقصف المواقع الجبلية."], "organisation", "ar")
    assert "الجيش الوطني" in orgs and not [o for o in orgs if "لقصف" in o]
    orgs = _named(["ودعا المجلس الوطني لتشكيل الحكومة الجديدة."], "organisation", "ar")
    assert not [o for o in orgs if "لتشكيل" in o]


def test_a_body_in_charge_of_a_field_keeps_it() -> None:
    orgs = _named(["وقالت الوزارة المكلفة بحقوق العمال إن الوضع صعب."], "organisation", "ar")
    assert "الوزارة المكلفة بحقوق العمال" in orgs
    orgs = _named(["وأحالت الشكوى إلى اللجنة المختصة بالشؤون البلدية أمس."], "organisation", "ar")
    assert "اللجنة المختصة بالشؤون البلدية" in orgs


def test_two_adjectives_of_one_body_joined_by_and() -> None:
    orgs = _named(["وعن اللجنة الدستورية والتشريعية، فاز المستشار سامي وردان برئاسة اللجنة."], "organisation", "ar")
    assert "اللجنة الدستورية والتشريعية" in orgs
    orgs = _named(["اجتمع المجلس الاقتصادي والاجتماعي أمس في العاصمة."], "organisation", "ar")
    assert "المجلس الاقتصادي والاجتماعي" in orgs


def test_two_peoples_or_a_second_body_after_and_are_not_one_name() -> None:
    orgs = _named(["دعت الحكومة السورية والروسية إلى الحوار."], "organisation", "ar")
    assert not [o for o in orgs if "والروسية" in o]
    orgs = _named(["وقالت الحكومة السورية والمعارضة إنهما مستعدتان للحوار."], "organisation", "ar")
    assert not [o for o in orgs if "والمعارضة" in o]


def test_a_place_preposition_ends_an_arabic_name() -> None:
    orgs = _named(["قصفت الطائرات مدرسة وسط مدينة حمص فجر اليوم."], "organisation", "ar")
    assert not [o for o in orgs if "وسط" in o]
    orgs = _named(["وقالت منظمة العفو الدولية حول الحادث إن الوضع خطير."], "organisation", "ar")
    assert "منظمة العفو الدولية" in orgs


def test_an_indefinite_plural_after_a_tagged_body_is_its_predicate() -> None:
    orgs = _named(["وقال الجيش إن ثلاثة من مسلحي حماس موظفون في الوكالة."], "organisation", "ar")
    assert not [o for o in orgs if "موظفون" in o]


def test_a_persons_office_or_cabinet_is_no_body_named() -> None:
    orgs = _named(["وقال مكتب سمير الوردي إن العقد مبرم منذ سنوات."], "organisation", "ar")
    assert not [o for o in orgs if o.startswith("مكتب")]
    orgs = _named(["حصيلة عام من عمر حكومة كريم الناصري في البلاد."], "organisation", "ar")
    assert not [o for o in orgs if o.startswith("حكومة")]
    orgs = _named(["وقال مكتب الأمم المتحدة للتنسيق إن المساعدات وصلت."], "organisation", "ar")
    assert [o for o in orgs if o.startswith("مكتب الأمم المتحدة")]


def test_a_boycott_of_products_is_no_province() -> None:
    places = _named(['وأطلق ناشطون حملة مقاطعة منتجات شركة "نوردال" للألبان.'], "place", "ar")
    assert places == []
    assert "كيبيك" in _named(["وصل الوفد إلى مقاطعة كيبيك أمس."], "place", "ar")


# Hebrew: outlets, managements, offices, infinitives, verbs read as places.


def test_a_hebrew_outlet_told_or_published_in_quote_marks() -> None:
    orgs = _named(['ל"מבשר העמק" נודע כי החברה תמכור את המפעל.'], "organisation", "he")
    assert "מבשר העמק" in orgs
    orgs = _named(['אומר דני כהן בראיון ראשון ובלעדי ל"קול הגליל" רגע אחרי העסקה.'], "organisation", "he")
    assert "קול הגליל" in orgs
    orgs = _named(['כפי שפורסם ב"חדשות השרון" בשבוע שעבר, העסקה בוטלה.'], "organisation", "he")
    assert "חדשות השרון" in orgs


def test_scare_quotes_after_said_to_name_no_outlet() -> None:
    assert _named(['השר אמר ל"כולם" שהוא מרוצה מהתוצאה.'], "organisation", "he") == []
    assert _named(['הוא הסביר כי "המצב קשה מאוד" ויצא.'], "organisation", "he") == []


def test_a_hebrew_management_or_one_holders_office_is_no_body() -> None:
    assert _named(["הנהלת המפעל סברה כי יהיו סוחרים."], "organisation", "he") == []
    assert _named(["היום התקיים דיון נוסף בלשכת השופט בעניין."], "organisation", "he") == []
    assert "חברת הגומי" in _named(["לפי בקשת הנהלת חברת הגומי נערך דיון."], "organisation", "he")
    assert "לשכת עורכי הדין" in _named(["לשכת עורכי הדין פרסמה הודעה."], "organisation", "he")


def test_a_hifil_infinitive_after_a_body_is_what_it_was_told_to_do() -> None:
    orgs = _named(["בית הדין הורה לעובדי חברת הגז להבטיח הספקה סדירה."], "organisation", "he")
    assert "חברת הגז" in orgs and not [o for o in orgs if "להבטיח" in o]
    assert "המשרד להגנת הסביבה" in _named(["המשרד להגנת הסביבה הודיע על תוכנית."], "organisation", "he")


def test_a_hebrew_place_spelled_as_a_verb_before_its_object_is_the_verb() -> None:
    assert _named(["הוועדה דוחה את הבקשה של החברה."], "place", "he") == []
    assert "דוחה" in _named(["השר טס לדוחה אתמול בערב."], "place", "he")


# English: listed companies, lists of bodies before an acronym, a union named by its members' trades.


def test_a_name_with_its_stock_market_ticker_is_a_company() -> None:
    orgs = _named(["Markets closed higher on Friday.", "Brixtel (BXT.L) was the biggest faller, dropping 23p."])
    assert "Brixtel" in orgs
    assert "Quennix" in _named(["Shares of Quennix (NYSE: QNX) rose 4% on Tuesday."])
    facts = facts_of(["Sage (SGE.L) was the biggest faller as its chief executive retired."], "en")
    assert "Sage" in [f.text for f in facts if f.kind == "organisation"]
    assert "Sage" not in [f.text for f in facts if f.kind == "person"]


def test_a_bare_acronym_in_brackets_is_no_ticker() -> None:
    facts = facts_of(["Jane Roe (Labour) said the vote was lost."], "en")
    assert "Jane Roe" in [f.text for f in facts if f.kind == "person"]


def test_a_list_of_bodies_before_the_last_ones_acronym_is_split() -> None:
    orgs = _named(
        ["The rulings of the Harbour Commission, US Department of Justice (DOJ) and Canadian Fisheries Bureau came."]
    )
    assert "US Department of Justice" in orgs and "Harbour Commission" in orgs
    assert not [o for o in orgs if "," in o]
    assert "Department of Justice" in _named(["The Department of Justice (DOJ) said it would appeal."])


def test_a_unions_trades_before_its_members_are_no_bodies() -> None:
    assert _named(["Strikes were organised by the Rail, Sea and Transport workers' union."]) == []
    assert "Zentrix" in _named(["Pay talks with Zentrix workers broke down on Monday."])
    orgs = _named(["Strikes hit Brenmark and Zentrix workers walked out."])
    assert "Zentrix" in orgs


# Arabic, second batch: a definite head's object, a political current, a governorate's keeping.


def test_a_definite_noun_after_a_definite_head_is_its_verbs_object() -> None:
    orgs = _named(["عاودت الحكومة البحث في قضية العملة."], "organisation", "ar")
    assert not [o for o in orgs if "البحث" in o]
    orgs = _named(["وقال الاتحاد الأوروبي والأمم المتحدة إن الوضع خطير."], "organisation", "ar")
    assert "الاتحاد الأوروبي" in orgs


def test_an_arabic_political_current_is_a_body_and_an_electric_one_is_none() -> None:
    orgs = _named(["ويبقى التفاؤل ضئيلا وسط معارضة تيار الغد له."], "organisation", "ar")
    assert "تيار الغد" in orgs
    assert "التيار الوطني الحر" in _named(["وقال التيار الوطني الحر إنه يرفض الاقتراح."], "organisation", "ar")
    assert _named(["انقطع التيار الكهربائي عن المدينة ساعات."], "organisation", "ar") == []


def test_the_keeping_of_a_government_is_no_governorate() -> None:
    places = _named(["أدت المفاوضات إلى الاتفاق على محافظة الحكومة الجديدة على التوازنات."], "place", "ar")
    assert places == []
    assert "الأتارب" in _named(["وصل الوفد إلى مدينة الأتارب صباحا."], "place", "ar")


# Round-24 dev texts: infinitives and verbal nouns after a committee, a court for minors, "of the" names.


def test_a_committees_infinitive_and_its_object_are_no_name() -> None:
    orgs = _named(["נודע היום כי בכוונת הוועדה לשלוח מכתבי אזהרה לקצינים."], "organisation", "he")
    assert not [o for o in orgs if "לשלוח" in o]
    orgs = _named(["המועצה העליונה לשלום עולמי הודיעה על כנס."], "organisation", "he")
    assert "המועצה העליונה לשלום עולמי" in orgs


def test_a_hifil_verbal_noun_after_a_committee_is_no_adjective() -> None:
    orgs = _named(["עדיין לא נתגבשה בין חברי הוועדה החלטה על מועד הפרסום."], "organisation", "he")
    assert not [o for o in orgs if "החלטה" in o]


def test_an_indefinite_court_for_some_people_is_no_name() -> None:
    orgs = _named(["يفترض أن تمثل أمام محكمة للقصر وليس في السجن."], "organisation", "ar")
    assert not [o for o in orgs if o.startswith("محكمة")]
    assert "المرصد السوري لحقوق الإنسان" in _named(["وقال المرصد السوري لحقوق الإنسان إن القصف مستمر."], "organisation", "ar")


def test_a_department_of_the_portfolio_is_named_whole() -> None:
    orgs = _named(["Earlier this month, the Department of the Interior announced new rules."])
    assert "Department of the Interior" in orgs and "Interior" not in orgs
    assert "Ministry of the Environment" in _named(["The Ministry of the Environment reported a fall in emissions."])
    assert "Courier" in _named(["The Courier reported on Monday that the deal was off."])



def test_people_listed_with_their_towns_are_no_firms() -> None:
    facts = facts_of(
        [
            "The graduates are Nina Ayers of Riverton, Colorado; Marcos Berrio of Kessby, Puerto Rico; Chris Birch"
            " of Gilbert, Arizona; Deniz Bunham of Wasilla, Alaska; Luke Delaney of Debary, Florida."
        ],
        "en",
    )
    assert not [f.text for f in facts if f.kind == "organisation"]
    orgs = _named(["Suppliers include Kessby Dynamics of Houston, Marlow Robotics of Denver and Quell Labs of Austin."])
    assert "Kessby Dynamics" in orgs and "Marlow Robotics" in orgs


def test_a_given_name_before_a_surname_and_of_the_body() -> None:
    orgs = _named(["Two pilots, Nora Almatar and Mohammad AlQudsi of the Harbour Bin Rashid Space Centre, trained."])
    assert "Harbour Bin Rashid Space Centre" in orgs
    assert not [o for o in orgs if o.startswith("AlQudsi")]

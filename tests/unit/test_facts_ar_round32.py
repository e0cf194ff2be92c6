"""Arabic people, roles and quotes, round 32: constructions that recurred on real Arabic news pages (Egyptian
ministers on television, Gulf and Maghreb football coaches, Lebanese security sources, Iraqi and Moroccan
speeches), written again with made-up names and sentences, each with near misses that must keep their old
reading."""

from __future__ import annotations

from tests.unit.facts_helpers import people_roles, quotes_of


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return people_roles(paragraphs, "ar")


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs, "ar")]


# --- a chain of verbs without a subject passes the first speaker on ---------------------------------------------


def test_bare_verbs_pass_the_speaker_past_a_presenter_named_between() -> None:
    speakers = _speakers(
        [
            "خبر",
            "قال سامح النجار المستشار الإعلامي للوزارة، إن الخطة تسير وفق الجدول.",
            "وأضاف خلال مداخلة هاتفية مع برنامج «مساء الخير» الذي يقدمه الإعلامي كريم فوزي، أن العمل مستمر.",
            "وذكر أن الحكومة تتابع المشروعات بنفسها.",
            "وتابع: «نحن نعمل ليلا ونهارا من أجل المواطن».",
        ]
    )
    assert speakers == ["سامح النجار"], speakers


def test_a_new_subject_in_the_chain_still_speaks() -> None:
    # near miss: the sentence before the quote names its own subject after the verb
    speakers = _speakers(
        [
            "خبر",
            "قال سامح النجار المستشار الإعلامي للوزارة، إن الخطة تسير وفق الجدول.",
            "وذكر أن الحكومة تتابع المشروعات بنفسها.",
            "وقال الإعلامي كريم فوزي إن البرنامج سيستضيف الوزير.",
            "وتابع: «نحن ننتظر الإجابات».",
        ]
    )
    assert speakers == ["كريم فوزي"], speakers


# --- a foreign coach named by one word after his nationality, then his office ------------------------------------


def test_nationality_one_word_name_and_office() -> None:
    paragraphs = [
        "خبر",
        "عبر البرازيلي فالديرانو مدرب الفريق الأول بنادي الشمال، عن أسفه للتعادل أمس.",
        "وقال المدرب: «كنا الأفضل لكن الحظ لم يحالفنا».",
        "في المقابل أشاد الكرواتي زيلونيتش مدرب الفريق الأول بنادي الريان بأداء لاعبيه.",
        "وقال زيلونيتش: «النقطة مهمة لنا في هذا الصراع».",
    ]
    people = _people(paragraphs)
    assert "مدرب" in (people.get("فالديرانو") or ""), people
    assert "مدرب" in (people.get("زيلونيتش") or ""), people
    assert _speakers(paragraphs) == ["فالديرانو", "زيلونيتش"]


def test_a_side_after_its_nisba_is_no_person() -> None:
    # near miss: a nisba after the verb then a common noun, no sign of a name
    people = _people(["خبر", "أكد الجانب التركي رئيس الوفد المشارك أن المباحثات كانت مثمرة."])
    assert "رئيس" not in people and "الوفد" not in people, people


# --- a foreign given name alone is the person named in full ------------------------------------------------------


def test_foreign_given_name_alone_is_the_full_name() -> None:
    paragraphs = [
        "خبر",
        "أكد السلوفاكي ميروسلافو كوفاتشيك، مدرب فريق الوحدة، أن فريقه استحق الفوز.",
        "وقال ميروسلافو عقب اللقاء: «فرضنا أسلوبنا منذ البداية».",
    ]
    assert list(_people(paragraphs)) == ["ميروسلافو كوفاتشيك"]
    assert _speakers(paragraphs) == ["ميروسلافو كوفاتشيك"]


def test_an_arabic_given_name_alone_stays_apart() -> None:
    # near miss: an Arabic given name said alone may be anyone's
    paragraphs = [
        "خبر",
        "أكد محمد الخطيب، مدرب فريق الوحدة، أن فريقه استحق الفوز.",
        "وقال محمد: «فرضنا أسلوبنا منذ البداية».",
    ]
    assert "محمد الخطيب" in _people(paragraphs)


# --- unnamed sources and the time of the saying are no names -------------------------------------------------------


def test_an_unnamed_security_source_is_no_person_but_speaks() -> None:
    paragraphs = ["خبر", "أوضح مرجع أمني لـ«النهار» إن “الوضع دقيق جدا في المنطقة”."]
    assert _people(paragraphs) == {}
    assert _speakers(paragraphs) == ["مرجع أمني"]


def test_security_information_is_no_person() -> None:
    assert _people(["خبر", "وأفادت معلومات أمنية بأن الموقوفين نقلوا إلى التحقيق."]) == {}


def test_today_ends_a_name() -> None:
    paragraphs = ["خبر", "قال الملك المغربي الحسن السابع اليوم الجمعة 12 غشت 2022، “إننا نؤمن بقوة المؤسسات”."]
    assert list(_people(paragraphs)) == ["الحسن السابع"]
    assert _speakers(paragraphs) == ["الحسن السابع"]


def test_and_a_number_of_ends_a_name() -> None:
    people = _people(["خبر", "افتتح المعرض بحضور رئيس وزراء البلاد نبيل حداد وعدد من الوزراء."])
    assert list(people) == ["نبيل حداد"], people


# --- a headline ending with a full stop ---------------------------------------------------------------------------


def test_headline_with_a_full_stop_is_a_quote() -> None:
    paragraphs = [
        "وزيرة التخطيط: هذا هو طريقنا إلى الإصلاح الشامل.",
        "قالت الدكتورة سلمى فريد، وزيرة التخطيط، إن الحكومة أقرت خطة جديدة.",
    ]
    quotes = quotes_of(paragraphs, "ar")
    assert [(q.sentence, q.speaker) for q in quotes] == [(0, "سلمى فريد")]


def test_a_long_first_sentence_with_a_stop_is_no_headline() -> None:
    # near miss: a first paragraph of more than twenty words is body copy
    paragraphs = [
        "الوزيرة: هذا هو طريقنا إلى الإصلاح الشامل الذي ننتظره منذ سنوات طويلة في كل القطاعات والمحافظات والمدن"
        " والقرى والمناطق النائية في البلاد كلها.",
        "قالت الدكتورة سلمى فريد، وزيرة التخطيط، إن الحكومة أقرت خطة جديدة.",
    ]
    assert quotes_of(paragraphs, "ar") == []


# --- a message sent to someone: the sender speaks -----------------------------------------------------------------


def test_message_sent_to_people_is_the_senders() -> None:
    speakers = _speakers(
        [
            "خبر",
            "قال كمال الداودي، رئيس الحزب، إن المهرجان نجح.",
            "ووجه الداودي رسالة لأهالي المدينة بالقول: “حضوركم اليوم رسالة قوية للجميع”.",
        ]
    )
    assert speakers == ["كمال الداودي"], speakers


def test_statement_of_a_body_still_speaks_for_it() -> None:
    # near miss: "in a message of the movement" with no verb of sending before it
    speakers = _speakers(["خبر", "وقال في رسالة لحركة النهوض: “لن نتراجع عن مواقفنا أبدا”."])
    assert speakers and speakers[0] and "حركة النهوض" in speakers[0], speakers


# --- "according to" inside the reported clause, and "between" --------------------------------------------------------


def test_according_to_the_law_inside_the_clause_is_no_source() -> None:
    paragraphs = [
        "خبر",
        "وقال وليد الهاشمي، وزير المالية، إن العجز هو الفرق بين إيرادات الدولة ونفقاتها، مشدداً على أنه وفقاً"
        " للقانون \"لا يجوز السحب من صندوق الاحتياط\".",
    ]
    assert _speakers(paragraphs) == ["وليد الهاشمي"]
    assert list(_people(paragraphs)) == ["وليد الهاشمي"]


def test_according_to_the_police_still_credits_the_police() -> None:
    # near miss: "according to" opening the introduction, not inside a "that" clause
    speakers = _speakers(["خبر", "ووفقا للشرطة، فإن \"المشتبه به فر من المكان قبل وصول الدورية\"."])
    assert speakers and speakers[0] and "شرطة" in speakers[0], speakers


def test_the_verb_between_still_speaks() -> None:
    # near miss: "وبين X أن" is the verb "showed"
    speakers = _speakers(["خبر", "وبين وليد الهاشمي، وزير المالية، أن \"الوضع المالي متين رغم العجز\"."])
    assert speakers == ["وليد الهاشمي"], speakers


# --- a body goes on speaking after a second verb without a subject -------------------------------------------------


def test_a_body_goes_on_after_and_it_added_that() -> None:
    speakers = _speakers(
        [
            "خبر",
            "أعلنت مديرية الدفاع المدني عن إصابة ثلاثة أشخاص في الحريق.",
            "وأشارت المديرية إلى أن المصابين قيد العلاج، وأضافت أن الفرق \"تواصل أعمالها في المنطقة حتى الآن\".",
        ]
    )
    assert speakers and speakers[0] and "مديرية" in speakers[0], speakers


def test_an_agency_relays_the_directorate_warning() -> None:
    speakers = _speakers(
        [
            "خبر",
            "أعلنت مديرية الدفاع المدني عن إصابة ثلاثة أشخاص في الحريق.",
            "وذكرت وكالة الأنباء الوطنية (ونا)، أن المديرية حذرت \"الجميع من الاقتراب من الموقع المحترق\"،"
            " وقالت إن \"كل من يخالف التعليمات سيتحمل المسؤولية كاملة\".",
        ]
    )
    assert len(speakers) == 2 and all(s and "مديرية" in s for s in speakers), speakers


def test_an_agency_quoting_a_present_tense_subject_is_unchanged() -> None:
    # near miss: the agency's own words, with no verb of saying after the clause's subject
    speakers = _speakers(["خبر", "وذكرت وكالة الأنباء الوطنية أن \"الحريق اندلع في ساعة متأخرة من الليل\"."])
    assert speakers and speakers[0] and "وكالة" in speakers[0], speakers


# --- a reply's turn in a court paragraph ----------------------------------------------------------------------------


def test_the_court_president_replies_saying() -> None:
    speakers = _speakers(
        [
            "خبر",
            "قال ماهر الدسوقي دفاع المتهمين، أمام محكمة الجنايات، برئاسة المستشار فريد سالم، إن الإجراءات باطلة.",
            "واعترض الدفاع على منع الهواتف، ووجه حديثه للمحكمة قائلا: \"السبب الحقيقي ليس أمنيا على الإطلاق\"،"
            " وهنا رد رئيس المحكمة على الدفاع قائلا: \"لا يجوز هذا داخل قاعة المحكمة أبدا\".",
        ]
    )
    assert speakers == ["ماهر الدسوقي", "فريد سالم"], speakers


def test_the_defence_named_by_whom_it_defends() -> None:
    paragraphs = [
        "خبر",
        "فند المستشار عادل نصيف دفاع المتهم الأول الاتهامات الموجهة لموكله.",
        "وأوضح دفاع المتهم الأول، أن المحكمة قد لا تأخذ بالدفوع، متابعًا: \"أعتمد في براءة موكلي على النقض.\"",
    ]
    assert _speakers(paragraphs) == ["عادل نصيف"]
    assert "دفاع" not in _people(paragraphs)


# --- a body's statement after a colon, with no marks, and its next bare verb -----------------------------------------


def test_the_ministry_speaks_after_a_colon_and_goes_on() -> None:
    speakers = _speakers(
        [
            "خبر",
            "أكدت وزارة الزراعة أن الموسم كان صعبا على المزارعين في كل المناطق.",
            "وقالت الوزارة في بيان لها : وبالرغم من الخسائر الكبيرة التي لحقت بالمزارعين إلا أن الإنتاج بقي جيدا هذا العام.",
            "واضافت : ستبدأ فرق الوزارة توزيع البذور على المزارعين في كل المحافظات خلال الأسبوع المقبل.",
        ]
    )
    assert len(speakers) == 2 and all(s and "وزارة" in s for s in speakers), speakers


def test_a_person_goes_on_after_a_bare_colon_verb() -> None:
    # near miss: the latest subject is a person, who goes on
    speakers = _speakers(
        [
            "خبر",
            "وقال وزير الزراعة حسان الملا في بيان له : إن الإنتاج بقي جيدا هذا العام رغم كل الخسائر الكبيرة.",
            "واضاف : ستبدأ فرق الوزارة توزيع البذور على المزارعين في كل المحافظات خلال الأسبوع المقبل.",
        ]
    )
    assert speakers[-1] == "حسان الملا", speakers


# --- the head of a state agency ---------------------------------------------------------------------------------------


def test_head_of_an_agency_in_a_list_of_offices() -> None:
    people = _people(
        [
            "خبر",
            "منع الجيش رئيس الوزراء سامي الحداد، ورئيس جهاز المخابرات العامة نزار فرح، من دخول المدينة.",
        ]
    )
    assert people.get("نزار فرح") == "رئيس جهاز المخابرات العامة", people


# --- a name in quote marks right before its office -------------------------------------------------------------------


def test_a_quoted_name_before_a_definite_office() -> None:
    people = _people(
        ["خبر", 'ونفى "سامر الحلبي" الناطق باسم وزارة الداخلية في تصريح صحافي اعتقال أي أشخاص في المدينة.']
    )
    assert people.get("سامر الحلبي") == "الناطق باسم وزارة الداخلية", people


def test_a_quoted_title_before_a_definite_noun_stays_a_title() -> None:
    # near miss: a work's title in marks, then a definite noun that is no office
    people = _people(["خبر", 'وعرض المسرح "ليالي الحلمية" الجديدة على جمهور المدينة أمس.'])
    assert people == {}, people


# --- "and his view" after a given name, a verb and its object after an office -----------------------------------------


def test_and_his_view_ends_a_given_name_of_a_lineage_name() -> None:
    paragraphs = [
        "خبر",
        "التقى الشيخ سالم بن حمد آل نعيم نائب رئيس الدولة حاكم المدينة عددا من الإعلاميين.",
        'وتطرق الحوار الى رؤية الشيخ سالم ونظرته إلى مستقبل المشاريع مؤكدا ان "دولتنا ماضية بخطى واثقة".',
    ]
    assert list(_people(paragraphs)) == ["سالم بن حمد آل نعيم"]
    assert _speakers(paragraphs) == ["سالم بن حمد آل نعيم"]


def test_a_verb_and_its_object_after_an_office_is_no_name() -> None:
    people = _people(["الرئيس التونسي يوجه الشكر للجزائر", "قال الرئيس التونسي سامي العياري إن العلاقات متينة."])
    assert list(people) == ["سامي العياري"], people


def test_a_given_name_of_a_verbs_shape_stays() -> None:
    # near miss: يوسف is a given name, not a verb
    people = _people(["خبر", "قال الوزير يوسف الشريف إن العلاقات متينة."])
    assert "يوسف الشريف" in people, people


# --- round-30 dev shapes: "known as", an apposition past a nationality, adjectives after "the girl" -------------------


def test_a_name_known_as_a_nickname() -> None:
    people = _people(["خبر", "عبر الجميع عن تقديرهم لسلمى عبد الرحيم المعروفة ب”بنت البلد” في عالم المدونات."])
    assert "سلمى عبد الرحيم" in people, people


def test_a_place_known_as_is_no_person() -> None:
    # near miss: a place kind or a thing before "known as"
    people = _people(["خبر", "زار الوفد منطقة باب الشعرية المعروفة بأسواقها، والدواء المعروف باسم الترياق."])
    assert people == {}, people


def test_role_after_a_nationality_and_where_from() -> None:
    people = _people(
        ["انتخابات المجلس: سلمى عبد الرحيم", "أنا سلمى عبد الرحيم، أردنية من عمان، إحدى محرري المجلة الثقافية."]
    )
    assert (people.get("سلمى عبد الرحيم") or "").startswith("إحدى محرري المجلة"), people


def test_adjectives_after_the_girl_are_no_name() -> None:
    assert _people(["خبر", "تلك الفتاة الوحيدة المتأصلة من المدينة ومن بيئة محافظة."]) == {}


# --- an office held in a region or town named without the article ----------------------------------------------------


def test_head_of_a_region_named_before_the_holder() -> None:
    paragraphs = [
        "خبر",
        "انطلق المهرجان بحضور رئيس إقليم كوردستان، كريم الداوودي.",
        "وتابع رئيس إقليم كوردستان، أن “الدستور ينص على الالتزام به”.",
    ]
    assert _people(paragraphs).get("كريم الداوودي") == "رئيس إقليم كوردستان"
    assert _speakers(paragraphs) == ["كريم الداوودي"]


def test_head_of_a_municipality_with_a_given_name_that_names_a_place() -> None:
    people = _people(["خبر", "التقى رئيس بلدية بيروت، جمال الحلبي، وفدا من البنك الدولي."])
    assert people.get("جمال الحلبي") == "رئيس بلدية بيروت", people


def test_a_region_kind_before_a_definite_word_is_unchanged() -> None:
    # near miss: "بلدية الشمال" with no holder named is no person
    assert _people(["خبر", "وقال رئيس بلدية الشمال إن الوضع هادئ."]) == {}


# --- speech in round brackets after a verb of saying ------------------------------------------------------------------


def test_speech_in_brackets_after_a_verb_of_saying() -> None:
    paragraphs = [
        "خبر",
        "تداولت المواقع تسجيلا صوتيا للوزير الأسبق كمال الطيب، وقال الطيب في التسجيل الصوتي (الآن لا يحكم البلاد"
        " الحزب ولا الحركة، ونحن لا نعرفهم أصلا).",
    ]
    quotes = quotes_of(paragraphs, "ar")
    assert len(quotes) == 1 and quotes[0].speaker and "الطيب" in quotes[0].speaker, quotes


def test_an_aside_or_an_acronym_in_brackets_is_no_speech() -> None:
    # near misses: an acronym, and an aside that says what the words point at
    paragraphs = [
        "خبر",
        "وقال مكتب تنسيق الشؤون الإنسانية (أوتشا) إن المساعدات وصلت.",
        "وأضاف (في إشارة إلى الحكومة الانتقالية في العاصمة الجديدة) أن الوضع صعب.",
    ]
    assert quotes_of(paragraphs, "ar") == []


def test_unmarked_speech_after_an_outlet_in_guillemets() -> None:
    paragraphs = [
        "خبر",
        "كشف معالي الدكتور سالم بن راشد الهنائي وزير الصحة عن خطة جديدة.",
        "وقال معاليه في حديث خاص لـ «الوطن»: لا يحق للوزارة منفردة فرض رسوم جديدة على الخدمات العلاجية.",
    ]
    assert _speakers(paragraphs) == ["سالم بن راشد الهنائي"]


# --- whom it was said to, as a pronoun after the verb ------------------------------------------------------------------


def test_told_her_is_no_part_of_the_speaker() -> None:
    speakers = _speakers(
        ["خبر", "امتدح الناشطون الزميلة سلمى النجار، إذ يقول لها أحد الناشطين: «أنت أكبر من مغردة في تويتر»."]
    )
    assert speakers == ["أحد الناشطين"], speakers


def test_a_given_name_that_opens_like_to_him_stays() -> None:
    # near miss: لهيب is a given name, not "to him"
    speakers = _speakers(["خبر", "وقال لهيب الخطيب، مدير المدرسة: «سنفتح الأبواب غدا للطلاب»."])
    assert speakers and speakers[0] and speakers[0].startswith("لهيب"), speakers

"""Arabic people, roles and quote speakers in the register of Gulf and pan-Arab agency copy: honorifics and
long title chains before names, names built by lineage (بن، بنت، آل), roles after names, the agency's speech
verbs, honorific pronouns (وأوضح معاليه), bodies as speakers, and what is no person. Every sentence is made up."""

from __future__ import annotations

from tests.unit.test_facts_arabic import _facts, _people, _speakers

# -- honorifics and title chains before a name ---------------------------------------------------------------


def test_an_honorific_before_a_title_is_part_of_no_name_or_role() -> None:
    cases = {
        "وأكد صاحب السمو الملكي الأمير فيصل بن خالد بن سعود أمير منطقة الشمال أن المشروع يخدم المواطنين.":
            ("فيصل بن خالد بن سعود", "أمير منطقة الشمال"),
        "ورعى صاحب السمو الأمير تركي بن ناصر بن مشعل الحفل الختامي للمهرجان.": ("تركي بن ناصر بن مشعل", "الأمير"),
        "واستقبل معالي الدكتور نايف بن حمد الشمري وفدا من رجال الأعمال.": ("نايف بن حمد الشمري", "الدكتور"),
        "وأشار فضيلة الشيخ عبدالرحمن بن محمد السديري إمام وخطيب الجامع الكبير إلى أن الدروس مستمرة.":
            ("عبدالرحمن بن محمد السديري", "إمام وخطيب الجامع الكبير"),
        "وشدد سعادة المهندس سامي بن علي الحربي على أهمية الصادرات.": ("سامي بن علي الحربي", "المهندس"),
    }  # fmt: skip
    for sentence, (name, role) in cases.items():
        people = _people([sentence])
        assert list(people) == [name], sentence
        assert role in (people[name] or ""), sentence


def test_an_office_then_a_title_of_address_then_the_name() -> None:
    cases = {
        "وأوضح معالي وزير الصحة الدكتور ماجد بن سعد القحطاني أن الخطة تشمل جميع المناطق.":
            ("ماجد بن سعد القحطاني", "وزير الصحة"),
        "وقال سعادة رئيس مجلس إدارة الغرفة التجارية المهندس سامي بن علي الحربي إن الصادرات ارتفعت.":
            ("سامي بن علي الحربي", "رئيس مجلس إدارة الغرفة التجارية"),
        "وبين سمو نائب أمير المنطقة الأمير بدر بن عبدالعزيز بن فهد أن العمل يسير وفق الخطة.":
            ("بدر بن عبدالعزيز بن فهد", "نائب أمير المنطقة"),
        "وكرم معالي رئيس الهيئة العامة للرياضة الأستاذ عادل بن فهد المطيري الفائزين.":
            ("عادل بن فهد المطيري", "رئيس الهيئة العامة للرياضة"),
        "أكد معالي وزير التعليم الدكتور حمد بن محمد آل الشيخ أن العام الدراسي سيبدأ في موعده.":
            ("حمد بن محمد آل الشيخ", "وزير التعليم"),
        "وقال سمو ولي العهد الأمير نواف بن سلطان إن المملكة تمضي في مسيرة التنمية.": ("نواف بن سلطان", "ولي العهد"),
        "وأوضح مدير إدارة الإعلام بالوزارة الأستاذ ناصر بن فهد الدوسري أن الحملة مستمرة.":
            ("ناصر بن فهد الدوسري", "مدير إدارة الإعلام بالوزارة"),
        "ولفت مدير عام التعليم بالمنطقة الدكتور عبدالله بن علي الغامدي إلى أهمية القراءة.":
            ("عبدالله بن علي الغامدي", "مدير عام التعليم بالمنطقة"),
        "التقى وزير الطاقة عبدالعزيز بن سلمان نظيره الإماراتي في الرياض.": ("عبدالعزيز بن سلمان", "وزير الطاقة"),
    }  # fmt: skip
    for sentence, (name, role) in cases.items():
        people = _people([sentence])
        assert list(people) == [name], sentence
        # the office opens the role; a title that is itself a rank or an office (الأمير) may stay after it
        assert (people[name] or "").startswith(role), sentence
        assert not (people[name] or "").endswith(("الدكتور", "المهندس", "الأستاذ")), sentence


# -- roles after names ------------------------------------------------------------------------------------


def test_a_role_after_a_name_built_by_lineage() -> None:
    cases = {
        "وقال المهندس خالد بن عمر الزهراني مدير عام فرع الوزارة بالمنطقة إن الأعمال اكتملت.":
            ("خالد بن عمر الزهراني", "مدير عام فرع الوزارة بالمنطقة"),
        "وأكد الدكتور فهد بن سليمان العنزي رئيس جامعة الساحل أن القبول يبدأ الأسبوع المقبل.":
            ("فهد بن سليمان العنزي", "رئيس جامعة الساحل"),
        "التقى ماجد بن سعد القحطاني، وزير الصحة، عددا من المسؤولين.": ("ماجد بن سعد القحطاني", "وزير الصحة"),
        "وصرح سعود بن عبدالله آل حمدان، رئيس مجلس إدارة الشركة، بأن الأرباح زادت.":
            ("سعود بن عبدالله آل حمدان", "رئيس مجلس إدارة الشركة"),
    }  # fmt: skip
    for sentence, (name, role) in cases.items():
        people = _people([sentence])
        assert list(people) == [name], sentence
        assert role in (people[name] or ""), sentence


# -- names with بن، بنت، آل ----------------------------------------------------------------------------------


def test_a_name_built_by_lineage_is_read_whole_after_a_speech_verb() -> None:
    cases = {
        "وقال محمد بن عبدالله آل سالم إن الموسم كان ناجحا.": "محمد بن عبدالله آل سالم",
        "وأكد فهد بن ناصر آل حمدان أن الفريق مستعد.": "فهد بن ناصر آل حمدان",
        "وأوضح عبدالعزيز بن سعود بن فهد أن اللجنة ستجتمع غدا.": "عبدالعزيز بن سعود بن فهد",
        "وأشار عبدالله بن إبراهيم الدوسري إلى أن المشروع في مرحلته الأخيرة.": "عبدالله بن إبراهيم الدوسري",
        "وأوضح الشيخ صالح بن عبدالله بن حميد أن الإسلام دين الوسطية.": "صالح بن عبدالله بن حميد",
        "وأشارت الدكتورة نورة بنت عبدالله الفايز إلى أن البرنامج يستهدف الطالبات.": "نورة بنت عبدالله الفايز",
    }  # fmt: skip
    for sentence, name in cases.items():
        assert list(_people([sentence])) == [name], sentence


def test_a_lineage_name_stops_before_the_verbs_object() -> None:
    cases = {
        "ورفع الدكتور إبراهيم بن سعد المالكي الشكر للقيادة على دعمها.": "إبراهيم بن سعد المالكي",
        "واستقبل الأمير مشعل بن فهد بن سعود الوفد الزائر في مكتبه.": "مشعل بن فهد بن سعود",
        "ونوه الدكتور سالم بن راشد القرني بالجهود المبذولة في الموسم.": "سالم بن راشد القرني",
    }  # fmt: skip
    for sentence, name in cases.items():
        assert list(_people([sentence])) == [name], sentence


# -- quotes: the agency's speech verbs, a colon, honorific pronouns, bodies ----------------------------------------


def test_a_statement_given_to_a_medium_is_the_speakers() -> None:
    assert _speakers([
        'وقال وزير الصحة الدكتور ماجد بن سعد القحطاني في تصريح لوكالة الأنباء الرسمية: "إن الخدمات الصحية'
        ' ستتحسن خلال العام المقبل".',
    ]) == ["ماجد بن سعد القحطاني"]  # fmt: skip
    assert _speakers(['وقال المهندس خالد الزهراني في تصريح لـ"واس": "الأعمال ستنتهي قبل الموعد المحدد".']) == [
        "خالد الزهراني"
    ]


def test_an_honorific_pronoun_after_a_speech_verb_is_the_dignitary_named_before() -> None:
    assert _speakers([
        "وأكد صاحب السمو الأمير تركي بن ناصر بن مشعل أهمية المهرجان.",
        'وقال سموه: "المهرجان يعكس تراث المنطقة وتاريخها العريق".',
    ]) == ["تركي بن ناصر بن مشعل"]  # fmt: skip
    assert _speakers([
        "رعى معالي الدكتور نايف بن حمد الشمري الحفل.", 'وأوضح معاليه: "نحن فخورون بما تحقق هذا العام".',
    ]) == ["نايف بن حمد الشمري"]  # fmt: skip
    assert _speakers([
        "وشدد سعادة المهندس سامي بن علي الحربي على أهمية الصادرات.",
        'ولفت سعادته: "الأرقام الأخيرة تبشر بالخير للجميع".',
    ]) == ["سامي بن علي الحربي"]  # fmt: skip


def test_a_bare_speech_verb_goes_on_with_the_person_named_after_an_office() -> None:
    assert _speakers([
        "وأكد رئيس مجلس إدارة الشركة المهندس وليد بن صالح العتيبي أن الأرباح ارتفعت.",
        'وأضاف: "نتوقع نموا أكبر في الربع القادم من العام".',
    ]) == ["وليد بن صالح العتيبي"]  # fmt: skip
    assert _speakers([
        "وأوضح الدكتور فهد بن سليمان العنزي أن القبول يبدأ قريبا.", 'وأضاف: "سنستقبل ألف طالب هذا العام".',
    ]) == ["فهد بن سليمان العنزي"]  # fmt: skip


def test_a_colon_introduction_after_an_office_and_a_name() -> None:
    assert _speakers([
        'وأوضح المتحدث الرسمي باسم وزارة الداخلية العقيد طلال بن عايض الشلهوب: "الحادث لا يزال قيد التحقيق".',
    ]) == ["طلال بن عايض الشلهوب"]  # fmt: skip
    assert _speakers(['وقال رئيس الهيئة محمد بن سعيد الغامدي: "نعمل على تطوير الخدمات الرقمية للجميع".']) == [
        "محمد بن سعيد الغامدي"
    ]
    assert _speakers(['ونوه الدكتور سالم بن راشد القرني بالجهود، قائلا: "هذا إنجاز كبير يحسب للجميع".']) == [
        "سالم بن راشد القرني"
    ]
    assert _speakers(['وحسب ما ذكر الدكتور سالم بن راشد القرني فإن "المرحلة المقبلة حاسمة في تاريخ القطاع".']) == [
        "سالم بن راشد القرني"
    ]


def test_a_body_speaks_as_itself_and_is_no_person() -> None:
    cases = {
        'وأكدت وزارة الداخلية في بيان: "تم القبض على جميع المتهمين في القضية".': "وزارة الداخلية",
        'وأعلنت الهيئة العامة للإحصاء: "ارتفع عدد السكان في المملكة خلال العام الماضي".': "الهيئة العامة للإحصاء",
        'وبينت أمانة المنطقة: "ستبدأ أعمال الصيانة في الأحياء الشرقية الأسبوع المقبل".': "أمانة المنطقة",
    }  # fmt: skip
    for sentence, body in cases.items():
        facts = _facts([sentence])
        assert not [f for f in facts if f.kind == "person"], sentence
        speakers = [f.speaker or "" for f in facts if f.kind == "quote"]
        assert len(speakers) == 1 and body in speakers[0], sentence


# -- precision: verbs, places, bodies and honorifics' other senses are no people ------------------------------------


def test_reported_speech_with_no_named_subject_makes_no_person() -> None:
    sentences = [
        "أعلنت وزارة الداخلية أن الحركة المرورية عادت إلى طبيعتها.",
        "وأوضح البيان أن الأعمال ستستمر أسبوعين.",
        "وأشار التقرير إلى أن النمو بلغ خمسة في المئة.",
        "ولفت إلى أن المشروع يخدم المنطقة.",
        "وبين أن العمل سيستمر حتى نهاية العام.",
        "ونوه بالدور الكبير الذي تقوم به الجهات الحكومية.",
        "وأكد سموه أن الدولة تولي التعليم اهتماما كبيرا.",
        "وأضاف معاليه أن الوزارة ستطلق مبادرات جديدة.",
    ]
    for sentence in sentences:
        assert _people([sentence]) == {}, sentence


def test_an_office_over_a_place_or_a_body_with_no_name_makes_no_person() -> None:
    sentences = [
        "وقال أمير منطقة الشمال إن الخطة ستنفذ على مراحل.",
        "وأوضح أمين منطقة الرياض أن المشاريع ستكتمل.",
        "وأكد المتحدث الرسمي لوزارة الداخلية أن الوضع مستقر.",
        "وأكد سعادة مدير الجامعة أن الجامعة تحتفل بتخريج الدفعة.",
        "واستقبل أمير المنطقة في مكتبه سعادة السفير الياباني.",
        "وقال مصدر مسؤول في الوزارة إن القرار سيطبق قريبا.",
    ]
    for sentence in sentences:
        assert _people([sentence]) == {}, sentence


def test_bodies_as_subjects_of_the_agency_verbs_are_no_people() -> None:
    sentences = [
        "وأوضحت الهيئة العامة للإحصاء أن عدد السكان ارتفع.",
        "وأشاد مجلس الوزراء بالجهود المبذولة في خدمة الحجاج.",
        "وقالت وكالة الأنباء الرسمية إن الاجتماع عقد في العاصمة.",
        "وقالت وزارة الخارجية في بيان إن المملكة ترحب بالاتفاق.",
        "وأكد مجلس الشورى أهمية تطوير الأنظمة.",
        "أعلنت المديرية العامة للدفاع المدني أن فرقها أخمدت الحريق.",
    ]
    for sentence in sentences:
        assert _people([sentence]) == {}, sentence


def test_an_honorifics_common_sense_is_left_alone() -> None:
    # سعادة is also "happiness": before no title, office or name it is that noun, and no one is named
    assert _people(["وتحدث عن سعادة الأطفال بالمهرجان عدد من الأهالي."]) == {}
    people = _people(["وعبر الطالب سامي الحربي عن سعادة الأسر بالنتائج."])
    assert all("سعادة" not in name for name in people)


def test_a_royal_name_inside_an_institutions_name_is_no_person() -> None:
    sentences = [
        "وأقيم الحفل في جامعة الملك سعود بحضور عدد من المسؤولين.",
        "ونقل المصاب إلى مستشفى الملك فهد التخصصي لتلقي العلاج.",
        "ووصلت الطائرة إلى مطار الملك خالد الدولي مساء أمس.",
        "وتقع المدرسة على طريق الملك فهد شمال المدينة.",
        "وفاز الطالب بجائزة الأمير سلطان للتفوق العلمي.",
    ]
    for sentence in sentences:
        assert _people([sentence]) == {}, sentence
    # named on their own elsewhere, the same person stays
    people = _people(["وقال الأمير سلطان بن فهد إن الجائزة تشجع الطلاب.", "ووزعت جائزة الأمير سلطان أمس."])
    assert list(people) == ["سلطان بن فهد"]


def test_a_statement_of_the_subjects_own_is_the_subjects() -> None:
    assert _speakers([
        'وأعلنت وزارة الداخلية في بيان لها اليوم: "تمكنت الجهات الأمنية من ضبط الجناة في وقت قياسي".',
    ]) == ["وزارة الداخلية"]  # fmt: skip


def test_a_filler_with_its_tanween_written_names_nobody() -> None:
    facts = _facts([
        "وأوضح الدكتور عبدالرحمن الشهري أن الدراسة شملت ألف مريض.",
        'وتابع قائلاً: "سنواصل العمل حتى تحقيق جميع الأهداف المرسومة".',
    ])  # fmt: skip
    assert [f.text for f in facts if f.kind == "person"] == ["عبدالرحمن الشهري"]
    assert [f.speaker for f in facts if f.kind == "quote"] == ["عبدالرحمن الشهري"]


def test_a_role_noun_opening_with_waw_is_not_waw_and_a_name() -> None:
    people = _people(["واستقبل سمو ولي العهد الأمير محمد بن عبدالله وزير خارجية الدولة الصديقة."])
    assert list(people) == ["محمد بن عبدالله"]


def test_a_lineage_name_ends_before_the_object_at_a_full_stop_and_before_wa() -> None:
    assert list(_people(["استقبل الأمير سعد بن فهد الوفد."])) == ["سعد بن فهد"]
    people = _people(["وعقد الاجتماع بحضور معالي وزير المالية محمد بن عبدالله الجدعان وعدد من المسؤولين."])
    assert people == {"محمد بن عبدالله الجدعان": "وزير المالية"}


def test_an_unnamed_spokesman_speaks_as_the_office_or_as_its_named_holder() -> None:
    assert _speakers(['وأوضح المتحدث الرسمي لهيئة الإسعاف: "باشرت الفرق الإسعافية الحادث فور تلقي البلاغ".']) == [
        "المتحدث الرسمي لهيئة الإسعاف"
    ]
    assert _speakers([
        "وقال المتحدث الرسمي لشرطة المنطقة العقيد سامي بن علي الحربي إن التحقيق بدأ.",
        'وأوضح المتحدث الرسمي لشرطة المنطقة: "تم التعرف على هوية المشتبه بهم جميعا".',
    ]) == ["سامي بن علي الحربي"]  # fmt: skip


def test_a_woman_named_by_lineage_with_her_nisba() -> None:
    people = _people(["وقالت الكاتبة ريم بنت سعد الشمرية في مقالها إن التعليم أساس النهضة."])
    assert people == {"ريم بنت سعد الشمرية": "الكاتبة"}
    assert _speakers(['وقالت الكاتبة ريم بنت سعد الشمري في مقالها: "التعليم هو أساس النهضة في كل مجتمع".']) == [
        "ريم بنت سعد الشمري"
    ]


def test_titled_names_in_a_list_each_keep_their_own_title() -> None:
    people = _people(["وشارك في الندوة كل من الدكتور سالم القحطاني والأستاذة هند الزهراني والمهندس فيصل العمري."])
    assert people == {"سالم القحطاني": "الدكتور", "هند الزهراني": "الأستاذة", "فيصل العمري": "المهندس"}


def test_an_heir_after_a_lineage_name_and_an_abbreviated_title() -> None:
    people = _people(["وأكد سمو الشيخ محمد بن زايد آل نهيان ولي عهد الإمارة أن الدولة تدعم الاستقرار."])
    assert list(people) == ["محمد بن زايد آل نهيان"]
    assert "ولي عهد الإمارة" in (people["محمد بن زايد آل نهيان"] or "")
    people = _people(["وقال الخبير الاقتصادي د. فهد الحمد لـ«الصحيفة»: «السوق سيشهد تصحيحا خلال الفترة المقبلة»."])
    assert list(people) == ["فهد الحمد"]  # (no "person" made of the description and the abbreviation's letter)


def test_offices_over_states_and_the_heir_with_no_name_make_no_person() -> None:
    sentences = [
        "ونوه سمو أمير المنطقة بجهود الجهات الأمنية.",
        "وقال رئيس جمهورية مصر العربية إن بلاده تدعم الحل السياسي.",
        "وأكد صاحب السمو الملكي ولي العهد أن المملكة ماضية في الإصلاح.",
        "وأكد خلال استقباله الوفد أهمية التعاون المشترك.",
        "وأوضح في تصريح صحفي عقب الاجتماع أن الخطة جاهزة.",
        "وصرح مصدر مطلع بأن القرار نهائي.",
        "وأوضح تقرير الهيئة السنوي أن الأرباح ارتفعت.",
    ]
    for sentence in sentences:
        assert _people([sentence]) == {}, sentence
    people = _people(["وقال سمو ولي العهد الأمير نواف بن سلطان إن المملكة تمضي في مسيرة التنمية."])
    assert people == {"نواف بن سلطان": "ولي العهد"}


def test_a_name_and_family_name_alone_after_an_agency_speech_verb() -> None:
    assert list(_people(["وأكد عبدالله الحربي أن المشروع سيكتمل."])) == ["عبدالله الحربي"]
    assert list(_people(["وقال فهد السبيعي إن الفريق سيشارك في البطولة."])) == ["فهد السبيعي"]


def test_an_office_and_a_title_of_address_before_a_lineage_name() -> None:
    people = _people(["وقال الرئيس التنفيذي للشركة المهندس أمين بن حسن الناصر إن الإنتاج ارتفع."])
    assert people == {"أمين بن حسن الناصر": "الرئيس التنفيذي للشركة"}  # (أمين: a given name before بن)
    people = _people(["وأكد وكيل وزارة الصحة للخدمات العلاجية الدكتور سامي بن محمد باعلوي أن الخدمات متوفرة."])
    assert people == {"سامي بن محمد باعلوي": "وكيل وزارة الصحة للخدمات العلاجية"}  # (a family name without ال)


def test_a_post_held_stated_in_a_relative_clause() -> None:
    people = _people(["وأوضح سامي العتيبي، الذي يشغل منصب مدير التسويق في الشركة، أن المبيعات زادت."])
    assert people == {"سامي العتيبي": "مدير التسويق في الشركة"}
    people = _people(["وقالت الدكتورة هند بنت علي الشهري، التي تتولى منصب عميدة الكلية، إن القبول بدأ."])
    assert "عميدة الكلية" in (people["هند بنت علي الشهري"] or "")


def test_a_definite_office_speaks_as_itself_or_as_the_holder_named_before() -> None:
    assert _speakers(['وشدد المدير العام للجمارك على أن "المنافذ تعمل بكامل طاقتها لتسهيل حركة العبور".']) == [
        "المدير العام للجمارك"
    ]
    assert _speakers([
        "والتقى وزير الخارجية الفرنسي جان مارتان نظيره المصري.",
        'وفي رد الوزير الفرنسي على سؤال قال: "لا نرى حلا عسكريا لهذه الأزمة في الوقت الراهن".',
    ]) == ["جان مارتان"]  # fmt: skip


def test_quotes_over_paragraphs_and_after_a_pointing_back_phrase() -> None:
    assert _speakers([
        "ألقى معالي وزير التعليم الدكتور خالد بن عمر الدوسري كلمة في الحفل قال فيها:",
        "«إن التعليم هو الركيزة الأساسية للتنمية. ونحن ماضون في تطوير المناهج بما يواكب العصر».",
    ]) == ["خالد بن عمر الدوسري"]  # fmt: skip
    assert _speakers([
        "«نعمل على مدار الساعة لخدمة المواطنين والمقيمين في كل المحافظات»، بهذه الكلمات بدأ مدير الدفاع المدني"
        " اللواء سالم بن عايد المطيري حديثه.",
    ]) == ["سالم بن عايد المطيري"]  # fmt: skip
    assert _speakers([
        'وأوضح الدكتور فهد العنزي لـ"الصحيفة" أن المرض ليس خطيرا، مضيفا: "ننصح المواطنين بأخذ اللقاح في أقرب وقت".',
    ]) == ["فهد العنزي"]  # fmt: skip


def test_an_agency_story_honorific_pronouns_follow_the_office_named_last() -> None:
    facts = _facts([
        "رعى صاحب السمو الملكي الأمير فيصل بن بندر بن سعود أمير منطقة الشمال، اليوم، حفل تخريج الدفعة العاشرة من"
        " طلاب جامعة الشمال، بحضور معالي رئيس الجامعة الدكتور عبدالله بن سعد الحربي.",
        "وأكد سموه في كلمته خلال الحفل أن القيادة تولي التعليم اهتماما كبيرا، مشيرا إلى أن الخريجين عماد المستقبل.",
        "وقال سموه: «نفخر اليوم بأبنائنا الخريجين، ونتطلع إلى إسهامهم في بناء الوطن».",
        "من جانبه، أوضح معالي رئيس الجامعة أن عدد الخريجين بلغ 3500 طالب وطالبة في مختلف التخصصات.",
        "وأضاف معاليه: «الجامعة تعمل على تطوير برامجها الأكاديمية لتواكب احتياجات سوق العمل».",
        "وفي ختام الحفل، كرم سمو أمير المنطقة الطلاب المتفوقين.",
    ])  # fmt: skip
    people = {f.text: f.role for f in facts if f.kind == "person"}
    assert set(people) == {"فيصل بن بندر بن سعود", "عبدالله بن سعد الحربي"}
    assert "أمير منطقة الشمال" in (people["فيصل بن بندر بن سعود"] or "")
    assert people["عبدالله بن سعد الحربي"] == "رئيس الجامعة"
    speakers = [f.speaker for f in sorted(facts, key=lambda f: f.sentence) if f.kind == "quote"]
    assert speakers == ["فيصل بن بندر بن سعود", "عبدالله بن سعد الحربي"]


def test_according_to_a_named_person_or_an_unnamed_spokesman() -> None:
    assert _speakers(['وحسبما أفاد المهندس سعد بن علي القرني، فإن "المشروع سيكتمل قبل نهاية العام الجاري".']) == [
        "سعد بن علي القرني"
    ]
    assert _speakers(['ووفقا لما أعلنه الدكتور ماجد الحربي فإن "نسبة الإشغال تجاوزت التوقعات في جميع الفنادق".']) == [
        "ماجد الحربي"
    ]
    facts = _facts(['وبحسب المتحدث الرسمي للهيئة فإن "الحملة ستستمر حتى نهاية الشهر في جميع المناطق".'])
    assert not [f for f in facts if f.kind == "person"]
    assert [f.speaker for f in facts if f.kind == "quote"] == ["المتحدث الرسمي للهيئة"]


def test_a_verbal_noun_and_the_state_after_an_agency_verb_are_no_name() -> None:
    sentences = [
        "وأكد حرص المملكة على دعم الاستقرار في المنطقة.",
        "وأكد فخر المملكة بأبنائها.",
        "وبين حرص القيادة على راحة المواطنين.",
        "وأكد عزم الوزارة على المضي في الإصلاحات.",
        "وأكد جاهزية الفرق الميدانية للتعامل مع الأمطار.",
        "وأعرب عن شكره وتقديره لجميع العاملين.",
    ]
    for sentence in sentences:
        assert _people([sentence]) == {}, sentence

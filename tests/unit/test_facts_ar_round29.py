"""Arabic people, roles, quotes and organisations, round 29: constructions that recurred on real Arabic news pages
(Egyptian court reports, Gulf ministers' statements, Iraqi and Lebanese politics, football coaches, company
results), written again with made-up names and sentences, each with near misses that must keep their old reading."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of, people_roles, quotes_of


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return people_roles(paragraphs, "ar")


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs, "ar")]


def _orgs(text: str) -> list[str]:
    return [f.text for f in facts_of(["خبر", text], "ar") if f.kind == "organisation"]


# --- names cut at their edges: an opening verb, an office's last genitive, the accused, a three-part name --------


@pytest.mark.parametrize(
    ("text", "name", "role_key"),
    [
        # a sentence-opening verb, then a one-word foreign name and its role in commas
        ("أعرب فالنتينو، مدرب فريق الساحل، عن سعادته بالفوز.", "فالنتينو", "مدرب"),
        # an office whose last genitive is joined by و, then the holder's name
        (
            "أعلن وزير المالية ووزير الدولة للشؤون الاقتصادية والتخطيط سامر الفهدي، اليوم، عن خطة جديدة.",
            "سامر الفهدي",
            "وزير",
        ),
        # the accused after his name, and where he spoke from
        ('وعلق ماجد حمدون المتهم من داخل القفص قائلا: "هذا غير صحيح".', "ماجد حمدون", "المتهم"),
        # the defendant's defence counsel before the defendant's name
        ("وقال دفاع المتهم كريم سلطان، إن التهمة غير واضحة.", "كريم سلطان", "المتهم"),
        # a given name of a verb's shape, the father's name, then a nisba family name
        ("أعلنت الشركة استقالة الرئيس التنفيذي للشركة تامر حسن الحديدي من منصبه.", "تامر حسن الحديدي", "الرئيس"),
        # the grandfather's name with the article, then the family's
        ("وأشاد النواب بقرار الشيخ أحمد نواف الأحمد الفهد رئيس المجلس بتأجيل الجلسة.", "أحمد نواف الأحمد الفهد", None),
    ],
)
def test_names_keep_their_own_words(text: str, name: str, role_key: str | None) -> None:
    people = _people(["خبر", text])
    assert name in people, people
    if role_key:
        assert role_key in (people[name] or ""), people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: a two-word name before a preposition; a verb that is no opening verb of saying; a
        # family name with the article after one given name
        ("أعلن وزير المالية سامر الفهدي، اليوم، عن خطة جديدة.", "سامر الفهدي"),
        ("وقال المحامي كريم سلطان إن القضية مؤجلة.", "كريم سلطان"),
        ("وقال الرئيس التنفيذي للشركة يوسف الحديدي إن الأرباح ارتفعت.", "يوسف الحديدي"),
    ],
)
def test_names_near_those_shapes_stay(text: str, name: str) -> None:
    assert name in _people(["خبر", text])


def test_the_defence_counsel_after_a_name_is_no_word_of_it() -> None:
    people = _people(["خبر", "قال منصور الشامي دفاع بعض المتهمين، إن الجلسة تأجلت."])
    assert "منصور الشامي" in people, people


def test_the_opening_verb_stays_out_of_the_speaker() -> None:
    speakers = _speakers(
        [
            "خبر",
            "أعرب فالنتينو، مدرب فريق الساحل، عن سعادته.",
            'وقال فالنتينو: "لعبنا جيدا وسنواصل العمل في المباريات المقبلة".',
        ]
    )
    assert speakers == ["فالنتينو"], speakers


# --- bodies that ran into the words after them ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body", "longer"),
    [
        # a member's name after the body (a given name spelled like a town without its article)
        ('وقال النائب في مجلس الأمة رياض الحمادي "سنكشف الحقائق".', "مجلس الأمة", "رياض"),
        # a session's adjective after a masculine body
        ("وقال الوزير عقب انتهاء جلسة مجلس الشورى العادية إن الميزانية أقرت.", "مجلس الشورى", "العادية"),
        # a masculine participle after a feminine body: the prime minister designate
        ("وصرح رئيس الحكومة الليبية المكلف سالم الورفلي، الاثنين، بأن البرنامج جاهز.", "الحكومة الليبية", "المكلف"),
        # "and the" people of a sound plural after the body's adjective
        ("وشكر الوزير لجنة الموازنة البرلمانية والعاملين فيها.", "لجنة الموازنة البرلمانية", "والعاملين"),
    ],
)
def test_bodies_end_before_what_follows_them(text: str, body: str, longer: str) -> None:
    orgs = _orgs(text)
    assert body in orgs, orgs
    assert not any(longer in o for o in orgs), orgs


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # near misses: a body's own pair of adjectives, a plural in its name, a feminine adjective of a feminine body
        ("وقالت اللجنة الدستورية والتشريعية إن المشروع جاهز.", "اللجنة الدستورية والتشريعية"),
        ("وقالت نقابة المهندسين الزراعيين إن الموسم جيد.", "نقابة المهندسين الزراعيين"),
        ("وقالت اللجنة الأولمبية الوطنية إن البعثة جاهزة.", "اللجنة الأولمبية الوطنية"),
    ],
)
def test_bodies_near_those_shapes_keep_their_names(text: str, body: str) -> None:
    assert body in _orgs(text)


# --- holders named after an office the readers did not reach ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role_key"),
    [
        # a rank of two words between the office and the name
        ("التقى رئيس مجلس السيادة الفريق أول عبد الكريم النوري بوفد من الاتحاد الأفريقي.", "عبد الكريم النوري", "رئيس"),
        ("وقال الفريق أول سامي الحلبي إن القوات جاهزة.", "سامي الحلبي", "الفريق"),
        ("وقال رئيس الأركان اللواء ركن سامي الحلبي إن القوات جاهزة.", "سامي الحلبي", "رئيس الأركان"),
        # an envoy to a state named by its kind
        ("واستقبل الوزير سفير دولة قطر لدى مملكة الأردن عادل حمدي الكواري في مكتبه.", "عادل حمدي الكواري", "سفير"),
        # a member of parliament by his calling
        ("نفى الوزير صحة ما ذكره البرلماني السابق سالم الدوسري حول الاتفاق.", "سالم الدوسري", "البرلماني"),
        # a given name that opens with ل like a preposition, then a nisba family name, after the office
        ("وقالت المتحدثة باسم الشرطة لينور الحمداني إن الشرطة اعتقلت مشتبها.", "لينور الحمداني", "المتحدثة"),
    ],
)
def test_holders_after_offices_and_ranks(text: str, name: str, role_key: str) -> None:
    people = _people(["خبر", text])
    assert name in people, people
    assert role_key in (people[name] or ""), people


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a glued preposition's noun and its genitive; "parliamentary" as an adjective; an envoy
        # then where he went, no name
        "ونوه الوزير بجهود الجهات الأمنية.",
        "وأكد الطرفان أهمية التعاون البرلماني العربي المشترك.",
        "وعاد سفير دولة قطر لدى مملكة الأردن إلى عمله.",
    ],
)
def test_no_holder_where_none_is_named(text: str) -> None:
    assert _people(["خبر", text]) == {}


# --- speakers: the listener after the office, a verb's object before "adding:", a possessed noun after a name ------


def test_the_listener_is_no_part_of_the_speaker() -> None:
    speakers = _speakers(
        ["خبر", 'وقال المتحدث باسم الوزارة للصحفيين: "الوضع تحت السيطرة تماما في كل المناطق الحدودية".']
    )
    assert speakers == ["المتحدث باسم الوزارة"], speakers


def test_the_listener_after_a_named_office_gives_the_holder() -> None:
    speakers = _speakers(
        [
            "خبر",
            "وترأس الجلسة رئيس المحكمة المستشار كمال الدين عوض.",
            'حيث قال رئيس المحكمة للدفاع: "لا يجوز تقديم مستندات جديدة في هذه المرحلة من القضية".',
        ]
    )
    assert speakers == ["كمال الدين عوض"], speakers


def test_a_verbal_noun_object_before_adding_is_no_speaker() -> None:
    speakers = _speakers(
        [
            "خبر",
            "قال رئيس الوزراء سالم الفهدي إن الحكومة ستعمل بجد.",
            "وأكد التزام حكومته بالعمل فورا لمعالجة المشاكل، مضيفا: نطلب ثقتكم لإقرار قانون انتخابي جديد.",
        ]
    )
    assert speakers == ["سالم الفهدي"], speakers


def test_a_possessed_noun_after_a_surname_is_the_verbs_object() -> None:
    people = _people(["خبر", "وأكد الحمداني دعمه للخطة، مضيفا: إننا سنواصل العمل بكل قوة."])
    assert "الحمداني دعمه" not in people, people
    speakers = _speakers(["خبر", "وأكد الحمداني دعمه للخطة، مضيفا: إننا سنواصل العمل بكل قوة."])
    assert speakers == ["الحمداني"], speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: names ending in ه that carry no pronoun (الله, a Persian -eh)
        ("وقال عبد الله نصر الله إن الخطة جاهزة.", "عبد الله نصر الله"),
        ("وقالت شيرين ستوده إن الخطة جاهزة.", "شيرين ستوده"),
    ],
)
def test_names_ending_in_he_stay_whole(text: str, name: str) -> None:
    assert name in _people(["خبر", text])


def test_the_statement_itself_still_speaks_for_its_issuer() -> None:
    speakers = _speakers(
        [
            "خبر",
            "أصدرت الوزارة بيانا صحفيا أمس حول الحادث.",
            'البيان نفسه ينص لاحقا على أنه "تم إرسال فرق الإنقاذ إلى المنطقة فورا بعد الحادث".',
        ]
    )
    assert speakers and speakers[0] and "الوزارة" in speakers[0], speakers


# --- speech after a colon with a phrase in marks; a body's statement going on; the sentence's first speaker -------


def test_unmarked_speech_may_hold_a_short_phrase_in_marks() -> None:
    quotes = quotes_of(
        ["خبر", 'وقال الجيش في بيان: رصدنا عدة مركبات على متنها "عناصر مسلحة" في منطقة محظورة قرب الحدود.'], "ar"
    )
    assert len(quotes) == 1 and quotes[0].speaker == "الجيش", [(q.text, q.speaker) for q in quotes]


def test_a_bodys_statement_goes_on_after_a_bare_verb() -> None:
    speakers = _speakers(
        [
            "خبر",
            'وجاء في بيان للجيش الأردني: "بتاريخ 16 مارس الجاري، قتل مهربان اثنان عند الحدود".',
            'وأضاف في بيان له عبر حسابه في منصة "إكس": "على أثر ذلك، نفذ الجيش تدابير أمنية استثنائية".',
        ]
    )
    assert speakers == ["الجيش الأردني", "الجيش الأردني"], speakers


def test_a_bare_verb_goes_on_with_the_sentences_first_speaker() -> None:
    speakers = _speakers(
        [
            "خبر",
            "اتهم كمال النوري مدير العمليات في منظمة الإغاثة الدولية، سامي الحداد رئيس اللجنة بتقديم معلومات مغلوطة.",
            'وقال كمال " للإذاعة " أمس، إن الحداد أبلغ المسؤولين بأن الوضع سيء، وزاد : إن كان الأمر كذلك '
            "لانسحبنا من هناك وكشفنا الحقائق كلها.",
        ]
    )
    assert speakers == ["كمال النوري"], speakers


def test_a_bare_verb_after_no_one_named_stays_unnamed() -> None:
    speakers = _speakers(["خبر", 'وقال مسؤول: "الوضع هادئ في كل المناطق الحدودية منذ أمس".'])
    assert speakers != ["إكس"], speakers


# --- a quoted post over several sentences; an office before the family name alone --------------------------------


def test_a_name_inside_a_quoted_post_is_no_later_speaker() -> None:
    speakers = _speakers(
        [
            "خبر",
            "على تويتر من وسط المدينة تقول سلمى نور:",
            "«ترجمة:إذا لم تكن هنا فقد فاتك الكثير. يرحل يرحل كمال الحداد. في الميدان.»",
            "وفي تغريدة أخرى تهتف:",
            "«ترجمة:يا حداد يا حداد، الطائرة في انتظارك بالمطار»",
        ]
    )
    assert speakers[-1] == "سلمى نور", speakers


def test_an_office_before_the_family_name_alone_is_the_role() -> None:
    people = _people(
        ["خبر", "احتجاجا ضد حكم الرئيس الحداد الذي استمر ثلاثين عاما.", "وقال كمال الحداد إن الجلسة انتهت."]
    )
    assert people.get("كمال الحداد") == "الرئيس", people


def test_a_title_of_address_before_the_family_name_is_no_role() -> None:
    people = _people(["خبر", "وصل الدكتور الحداد إلى القاعة.", "وقال كمال الحداد إن الجلسة انتهت."])
    assert people.get("كمال الحداد") is None, people


# --- a bare verb right before the marks; a Maghreb name with آيت; "and the bodies" after a ministry ---------------


def test_a_bare_verb_before_the_marks_opens_speech() -> None:
    speakers = _speakers(
        [
            "خبر",
            'وقال الوزير سامر الفهدي إنه "سيكون هناك قرار بتعديل إجراءات الإغلاق خلال الأسبوع الحالي".',
            'وتابع "مع التأكيد على بقاء المحافظة مغلقة".',
        ]
    )
    assert speakers == ["سامر الفهدي", "سامر الفهدي"], speakers


def test_a_slogan_that_posters_say_is_no_speech() -> None:
    quotes = quotes_of(["خبر", 'الملصقات التي تنتشر في الشوارع تقول " شعب واحد، أمة واحدة " لم تعد تخدع أحدا.'], "ar")
    assert quotes == [], [(q.text, q.speaker) for q in quotes]


def test_a_maghreb_name_with_ait_is_one_person() -> None:
    people = _people(["خبر", "حل وزير الصحة، البروفيسور محمد سعيد آيت حمودة، اليوم الجمعة، بالولاية."])
    assert list(people) == ["محمد سعيد آيت حمودة"], people


def test_and_the_bodies_after_a_ministry_are_no_part_of_it() -> None:
    orgs = _orgs("وقال الوزير إن القرار يتخذ وفق تقييم وزارة الصحة والأجهزة المعنية.")
    assert "وزارة الصحة" in orgs and not any("الأجهزة" in o for o in orgs), orgs
    assert "وزارة الصحة والسكان" in _orgs("وقالت وزارة الصحة والسكان إن الحالات تراجعت.")


# --- Gulf copy: lineage names that share words, and "his Highness" after a quote naming other highnesses ----------


def test_the_whole_lineage_name_in_the_subject_speaks() -> None:
    speakers = _speakers(
        [
            "خبر",
            "أكد سمو الشيخ سالم بن خالد بن راشد آل نهيان، رئيس مجلس الإعلام، أن “رؤية صاحب السمو الشيخ خالد بن "
            "راشد وتوجيهات سمو الشيخ حمد بن خالد واضحة بأن المواطن أولا”.",
            "وقال سموه في تدوينة عبر “تويتر”: خلال لقاء مع أعضاء اللجنة العليا اطلعت على نتائج مشاريعها.",
        ]
    )
    assert speakers == ["سالم بن خالد بن راشد آل نهيان"] * 2, speakers


def test_according_to_the_police_keeps_the_article() -> None:
    speakers = _speakers(
        [
            "خبر",
            'وصل بيان صادر عن الشرطة جاء فيه:"تم تقديم لائحة اتهام ضد ثلاثة شبان من سكان المنطقة"، وفقا للشرطة.',
        ]
    )
    assert speakers == ["الشرطة"], speakers


def test_this_source_is_the_unnamed_source() -> None:
    speakers = _speakers(
        ["خبر", 'وقال هذا المصدر الذي فضل عدم الإفصاح عن اسمه إن "ملفا كاملا تم وضعه على طاولة المسؤولين في الدولة".']
    )
    assert speakers == ["المصدر"], speakers


def test_members_listed_after_a_plural_title_hold_it() -> None:
    people = _people(
        [
            "خبر",
            "تعقد الجلسة برئاسة المستشار نبيل فريد وعضوية المستشارين كامل الروبي وخالد حمدان وسكرتارية أيمن السعدني.",
        ]
    )
    assert people.get("كامل الروبي") == "المستشار" and people.get("خالد حمدان") == "المستشار", people
    assert people.get("نبيل فريد") == "المستشار", people


def test_a_name_after_the_list_keeps_no_plural_title() -> None:
    people = _people(["خبر", "وحضر المستشارين كامل الروبي وخالد حمدان، فيما قال المحامي سامر عوض إن الجلسة تأجلت."])
    assert people.get("سامر عوض") == "المحامي", people


def test_a_preposition_opens_no_name() -> None:
    assert _people(["خبر", "وأكد الوزراء أهمية التعاون بين البلدين."]) == {}


def test_speech_after_a_participle_and_a_colon_ends_a_long_clause() -> None:
    speakers = _speakers(
        [
            "خبر",
            "وأكد الوزير سامر الفهدي التزام حكومته بالعمل فورا لمعالجة المشاكل المزمنة بدءا من الكهرباء وصولا إلى "
            "المياه ومشكلة التلوث في المدن الكبرى، مضيفا: نطلب ثقتكم لإقرار قانون انتخابي جديد.",
        ]
    )
    assert speakers == ["سامر الفهدي"], speakers
    assert "سامر الفهدي" in _people(["خبر", "وأكد الوزير سامر الفهدي التزام حكومته بالعمل فورا."])


def test_a_plural_title_then_a_clause_lists_no_one() -> None:
    people = _people(["خبر", "وقال المدرب سامر عوض إن اللاعبين قدموا مباراة كبيرة."])
    assert list(people) == ["سامر عوض"], people

"""Arabic quotes, people and roles, round 33: constructions that recurred on real Arabic news pages (Lebanese
deputies' statements, Egyptian and Iraqi spokesmen, activists' tweets, rights groups' reports, police
statements), written again with made-up names and sentences, each with near misses that must keep their old
reading."""

from __future__ import annotations

from tests.unit.facts_helpers import people_roles, quotes_of


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return people_roles(paragraphs, "ar")


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs, "ar")]


# --- when it was said, written where the subject would stand ------------------------------------------------------

_OPENING = "أعلن وزير المالية خالد العمري خطة جديدة لدعم الشركات الصغيرة."


def test_a_weekday_after_the_verb_is_no_speaker() -> None:
    speakers = _speakers(["خبر", _OPENING, 'وقال اليوم الثلاثاء: "ندعو جميع المواطنين إلى المشاركة في الحملة".'])
    assert speakers == ["خالد العمري"], speakers


def test_yesterday_and_a_weekday_after_a_tweet_verb() -> None:
    speakers = _speakers(["خبر", _OPENING, 'وغرّد أمس الإثنين: "لن نتراجع عن القرار مهما كانت الظروف".'])
    assert speakers == ["خالد العمري"], speakers


def test_part_of_the_day_before_a_time_word_is_no_name() -> None:
    paragraphs = ["خبر", _OPENING, 'وقال الوزير صباح اليوم: "الخطة ستنفذ على مراحل متعددة".']
    assert _speakers(paragraphs) == ["خالد العمري"]
    assert "صباح" not in _people(paragraphs)


def test_evening_of_a_weekday_is_no_name() -> None:
    speakers = _speakers(["خبر", _OPENING, 'وكتب مساء الأحد على حسابه: "شكرا لكل من ساهم في النجاح".'])
    assert speakers == ["خالد العمري"], speakers


def test_a_given_name_sabah_still_speaks() -> None:
    # near miss: صباح followed by a family name is a person, who speaks
    paragraphs = ["خبر", _OPENING, 'وقال صباح الفهد رئيس الغرفة التجارية: "الخطة تأخرت كثيرا عن موعدها".']
    assert _speakers(paragraphs) == ["صباح الفهد"]


# --- a subject named first, an apposition between commas, then the verb ------------------------------------------


def test_pluperfect_subject_with_an_apposition_speaks() -> None:
    speakers = _speakers(
        [
            "خبر",
            _OPENING,
            'وكان عبد الله الحربي، صديق الناشط المعتقل سلمان الجابري، غرّد أمس: "فجعت العائلة بخبر اعتقال ابنها".',
        ]
    )
    assert speakers == ["عبد الله الحربي"], speakers


def test_subject_first_with_an_office_in_commas_speaks() -> None:
    speakers = _speakers(
        [
            "خبر",
            _OPENING,
            'سمير الخطيب، رئيس نقابة المعلمين في المدينة، قال في بيان: "لن نقبل بأي تسوية على حساب الموظفين".',
        ]
    )
    assert speakers == ["سمير الخطيب"], speakers


def test_an_apposition_that_reports_keeps_the_old_reading() -> None:
    # near miss: the verb is followed by "that" (reported speech), so no subject is read from the shape
    from briefing_app.core.facts.ar_appositive_subject import appositive_subject

    assert appositive_subject("سمير الخطيب، رئيس النقابة، قال إن ") is None
    assert appositive_subject("المدير العام، في بيان صادر عنه، قال: ") is None  # no given name opens it


# --- a compound given name tells two people of one family apart ------------------------------------------------


def test_compound_given_names_of_one_family_are_two_people() -> None:
    people = _people(
        [
            "خبر",
            "اعتقلت السلطات الشاب عبد العزيز الحربي بسبب منشوراته.",
            "وطالب الداعية سلمان الحربي بالإفراج عن ابنه.",
        ]
    )
    assert "عبد العزيز الحربي" in people and "سلمان الحربي" in people, people


def test_a_family_member_with_an_apposition_speaks_not_his_brother() -> None:
    speakers = _speakers(
        [
            "خبر",
            "اعتقلت السلطات الشاب عبد العزيز الحربي بسبب منشوراته.",
            'وكان عبد الله الحربي، نجل الداعية سلمان الحربي، غرّد أمس: "فجعت العائلة بخبر اعتقال ابنها الأصغر".',
        ]
    )
    assert speakers == ["عبد الله الحربي"], speakers


# --- a statement's body; a body named inside the quote never speaks it -------------------------------------------


def test_a_police_statement_speaks_not_the_force_named_inside_its_quote() -> None:
    paragraphs = [
        "خبر",
        "أعلنت الشرطة اعتقال مشتبه به في الحادث.",
        'وختم بيان الشرطة: "ستواصل شرطة المدينة العمل بحزم والرد الفوري على أي بلاغ".',
    ]
    assert _speakers(paragraphs) == ["الشرطة"]
    assert "بيان الشرطة" not in _people(paragraphs)  # (بيان is also a given name; here "statement of")


def test_the_ministry_named_before_still_speaks() -> None:
    # near miss: "الوزارة" after the ministry was named in an earlier sentence is that ministry
    speakers = _speakers(
        [
            "خبر",
            "أعلنت وزارة الصحة تسجيل إصابات جديدة.",
            'وقالت الوزارة: "ستواصل وزارة الداخلية العمل بحزم مع الفرق الطبية في كل المدن".',
        ]
    )
    assert speakers == ["وزارة الصحة"], speakers


def test_his_own_speech_is_no_part_of_the_subject() -> None:
    speakers = _speakers(
        [
            "خبر",
            "أعلن وزير الداخلية سامي الحداد خطة جديدة.",
            'وختم الوزير كلمته قائلا: "ستواصل الوزارة العمل بحزم والرد الفوري على أي بلاغ".',
        ]
    )
    assert speakers == ["سامي الحداد"], speakers


# --- straight single marks as Arabic quote marks --------------------------------------------------------------------


def test_single_marks_after_a_colon_quote() -> None:
    quotes = quotes_of(
        [
            "خبر",
            "دعا النائب سمير الخطيب الحكومة إلى التحرك السريع.",
            "وسأل:' اين الخطة التي وعدت بها الحكومة منذ سنوات طويلة؟'، معبرا ان ' كل ذلك يكون بقيام المؤسسات'.",
        ],
        "ar",
    )
    assert quotes and {q.speaker for q in quotes} == {"سمير الخطيب"}, [(q.text, q.speaker) for q in quotes]


def test_single_marks_with_double_marks_keep_their_reading() -> None:
    # near miss: a paragraph quoting with double marks leaves a single mark alone
    from briefing_app.core.facts.quotes_ar_single import arabic_single_marks

    text = 'وقال: "نحن مع الـ\'خطة\' الجديدة بالكامل".'
    assert arabic_single_marks(text) == text
    assert arabic_single_marks("وقال:'إن الخطة جاهزة للتنفيذ'.") == "وقال:‘إن الخطة جاهزة للتنفيذ’."


# --- "وأضاف أن «...»": no subject, the one who spoke before goes on -------------------------------------------------


def test_an_unnamed_witness_goes_on_after_a_bare_verb() -> None:
    speakers = _speakers(
        [
            "خبر",
            'وقال شاهد عيان لـ "الصحيفة"، إن "الطرد انفجر أمام مخبز في شارع مزدحم بالمارة".',
            'وأضاف أن "الشرطة مازالت تضرب طوقاً أمنياً حول المنطقة كلها".',
        ]
    )
    assert speakers == ["شاهد عيان", "شاهد عيان"], speakers


def test_a_body_with_a_head_no_list_holds_goes_on() -> None:
    speakers = _speakers(
        [
            "خبر",
            "وأوضحت الشبكة الوطنية للرصد في تقرير صادر عنها اليوم أن القصف مستمر.",
            "وبين أن “القوات لم تلتزم بأي من الاتفاقات الموقعة في المنطقة”.",
        ]
    )
    assert len(speakers) == 1 and (speakers[0] or "").startswith("الشبكة"), speakers


def test_a_named_speaker_goes_on_after_a_bare_verb_with_that() -> None:
    # near miss: a person spoke before; he goes on, not a body named in between
    speakers = _speakers(
        [
            "خبر",
            'وقال وزير الصحة سامي الحداد إن "الوضع تحت السيطرة في كل المستشفيات".',
            'وأضاف أن "وزارة الصحة ستواصل متابعة الحالات الجديدة يوميا".',
        ]
    )
    assert speakers == ["سامي الحداد", "سامي الحداد"], speakers


def test_a_person_named_between_speaks_not_the_sources_before() -> None:
    # near miss: "according to sources" is no verb of an unnamed speaker, and a president is named between
    speakers = _speakers(
        [
            "خبر",
            'وقال شاهد عيان لـ "الصحيفة"، إن "الطرد انفجر أمام مخبز في شارع مزدحم بالمارة".',
            'وبحسب مصادر الشرطة كان الطرد يحتوي على مسامير. ووصف الرئيس جون ماركس الانفجار بالهجوم.',
            'وقال "ليس من صلاحياتي أن أضع حصيلة لكن اليوم لا ضحايا في هذه المرحلة".',
        ]
    )
    assert speakers[-1] == "جون ماركس", speakers


# --- names in quote marks after an office; a verb of saying ends a name --------------------------------------------


def test_a_quoted_foreign_name_after_an_office_chain_is_the_holder() -> None:
    people = _people(["خبر", "وصرح وزير الداخلية “كارلوس ديبوا”، من موقع الحادث، أن الوضع تحت السيطرة."])
    assert people.get("كارلوس ديبوا") == "وزير الداخلية", people


def test_a_quoted_title_after_an_office_chain_stays_unread() -> None:
    # near miss: words with the article in the marks are a title or a body, no name
    people = _people(["خبر", "وصرح وزير الداخلية عن “الخطة الأمنية”، من موقع الحادث، أن الوضع تحت السيطرة."])
    assert not any("الخطة" in p for p in people), people


def test_a_verb_of_saying_after_a_quoted_name_ends_it() -> None:
    paragraphs = [
        "خبر",
        "النائب السابق في الحزب “أسامة حمدان” غرد حول الوسم قائلاً: “نحتسب عند الله كل ما نلاقيه من ظلم وحبس”.",
    ]
    assert "أسامة حمدان" in _people(paragraphs), _people(paragraphs)
    assert _speakers(paragraphs) == ["أسامة حمدان"]


# --- a feminine participle of saying is no speaker ----------------------------------------------------------------


def test_a_feminine_participle_after_a_credited_source_is_the_source() -> None:
    speakers = _speakers(
        [
            "خبر",
            "أصدرت الشبكة الوطنية للرصد تقريرا جديدا عن الهجمات.",
            "ووفقاً للشبكة، فقد أسفرت الهجمات عن مقتل 58 مدنياً، مؤكدة أن “العديد من حوادث القصف كان متعمدا”.",
        ]
    )
    assert len(speakers) == 1 and speakers[0] != "مؤكدة", speakers


def test_a_feminine_participle_after_a_named_woman_is_hers() -> None:
    # near miss: a woman named as the subject; the participle goes on with her
    speakers = _speakers(
        [
            "خبر",
            "وقالت وزيرة الصحة ليلى حداد إن الوضع تحت السيطرة، مؤكدة أن “المستشفيات تعمل بكامل طاقتها”.",
        ]
    )
    assert speakers == ["ليلى حداد"], speakers


# --- a speaker named by the family name alone ---------------------------------------------------------------------


def test_a_leader_named_by_family_name_alone_is_a_person() -> None:
    paragraphs = [
        "خبر",
        "توعّد الفرحاتي في خطاب مطول المحتجين بالحرب حتى النهاية.",
        'وقال الفرحاتي أنه سيدعو أنصاره إلى "الخروج إلى الشوارع حتى تنتهي الأزمة".',
        'وأضفى الفرحاتي على نفسه ألقاب الزعامة قائلا "أنا المجاهد الأكبر.. نادر الفرحاتي مجد وتاريخ".',
    ]
    assert "الفرحاتي" in _people(paragraphs), _people(paragraphs)
    assert set(_speakers(paragraphs)) == {"الفرحاتي"}


def test_an_office_of_the_nisba_shape_is_no_person() -> None:
    # near miss: "القيادي في الحزب ..." is a role noun, whatever its shape
    paragraphs = [
        "خبر",
        "التقى القيادي في الحزب هادي سالم بالوفد.",
        'وقال القيادي في التحالف إن "التداول قائم بين الأعضاء منذ أيام".',
    ]
    assert "القيادي" not in _people(paragraphs), _people(paragraphs)


def test_a_nationality_or_an_office_alone_is_no_person() -> None:
    # near misses: "the Egyptian" and "the judge" as subjects are no family names
    paragraphs = [
        "خبر",
        "تحدث المصري طويلا عن المباراة، وقال المصري إن الفريق سيعود أقوى.",
        'وقال القاضي في الجلسة: "القانون يطبق على الجميع دون استثناء في هذه القضية"، ثم رفع القاضي الجلسة.',
    ]
    people = _people(paragraphs)
    assert "المصري" not in people and "القاضي" not in people, people


def test_to_us_after_a_hamzaless_preposition_is_no_speaker() -> None:
    speakers = _speakers(
        [
            "خبر",
            "لفت رئيس البلدية سمير الخطيب إلى أن الأضرار كبيرة في كل الأحياء.",
            "ورداً على سؤال حول التجمهر، أشار الى أننا “نحذر المواطنين من الاقتراب من الأماكن المستهدفة”.",
        ]
    )
    assert speakers == ["سمير الخطيب"], speakers

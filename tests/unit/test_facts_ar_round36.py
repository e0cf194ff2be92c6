"""Arabic people, roles and quotes, round 36: shapes met on real Moroccan, Egyptian, Iraqi, Jordanian, Sudanese,
Yemeni and Israeli-Arab news pages, written again with made-up names and sentences, each with near misses that
must keep their old reading."""

from __future__ import annotations

from briefing_app.core.facts.ar_listeners import with_possessive
from briefing_app.core.facts.ar_verb_objects import verb_with_own_object
from tests.unit.facts_helpers import people_roles, quotes_of


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return people_roles(paragraphs, "ar")


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs, "ar")]


# --- a partial quote after a clause whose verb has its own object; a time adjunct in commas -------------------


def test_partial_quote_after_a_verb_with_its_own_object_is_the_reporters() -> None:
    speakers = _speakers(
        [
            "خبر",
            "قال وزير النقل سامر الخطيب إن العمل مستمر.",
            "وأوضح الخطيب أن الوزارة واصلت جهودها “في ظروف صعبة للغاية ومن دون أي توقف”.",
        ]
    )
    assert speakers == ["سامر الخطيب"]
    people = _people(["خبر", "وأوضح رئيس البلدية، نادر الحسن، أن البلدية واصلت عملها “رغم نقص التمويل الحاد”."])
    assert "عملها" not in people


def test_verb_with_own_object_keeps_verbs_that_introduce_words() -> None:
    # near misses: the verb alone, with its subject, with a possessed object and a colon ("went on with his talk:")
    assert verb_with_own_object("واصلت عملها ")
    assert verb_with_own_object("أنهى كلمته")
    assert not verb_with_own_object("وواصل: ")
    assert not verb_with_own_object("وتابع الوزير ")
    assert not verb_with_own_object("وتابع حديثه: ")
    assert not verb_with_own_object("وكتب الصحفي مقاله ")
    speakers = _speakers(["خبر", "قال الوزير سامر الخطيب إن العمل مستمر.", "وتابع حديثه: «نحن نعمل ليلا ونهارا»."])
    assert speakers == ["سامر الخطيب"]


def test_time_adjunct_in_commas_is_no_name_after_the_role() -> None:
    speakers = _speakers(
        [
            "خبر",
            "قال رئيس الحكومة سليم الفاسي إن الحصيلة إيجابية.",
            "وأضاف الفاسي في الجلسة العامة للبرلمان، صباح اليوم، “هذه حصيلة كل أعضاء الحكومة دون استثناء”.",
        ]
    )
    assert speakers == ["سليم الفاسي"]
    # near miss: a name after the role and commas stays the speaker ("صباح" a given name before a family name)
    speakers = _speakers(["خبر", "وقال مدير المركز في المدينة، صباح الأحمد، إن “الوضع تحت السيطرة تماما”."])
    assert speakers and "صباح الأحمد" in (speakers[0] or "")


# --- names: "عبد الإله" (a definite word in -ه is no possessed noun); an office's town with ب glued on ---------


def test_abd_compound_ending_in_ha_is_a_name() -> None:
    people = _people(["خبر", "كشف عبد الإله المرابط، مدير مستشفى الشفاء، أن عدد المصابين لا يتجاوز خمسة."])
    assert people.get("عبد الإله المرابط") == "مدير مستشفى الشفاء"


def test_definite_word_takes_no_possessive() -> None:
    assert not with_possessive("الإله")
    # near misses: possessed nouns stay possessed
    assert with_possessive("دعمه")
    assert with_possessive("موقفها")


def test_office_runs_over_a_town_with_glued_bi() -> None:
    people = _people(
        ["خبر", "وكان المندوب الإقليمي لوزارة الصحة بمراكش، سعيد الوزاني، صرح أن المستشفى استقبل المصابين."]
    )
    assert people.get("سعيد الوزاني") == "المندوب الإقليمي لوزارة الصحة بمراكش"
    # near miss: ب before a word that is no known place ends the office ("بمرسوم": by decree)
    people = _people(["خبر", "وعين المدير العام للشركة بمرسوم جديد."])
    assert not any("بمرسوم" in (r or "") for r in people.values())


# --- a coach in construct before his name with any verb; a name in marks opened by ”; the office's chain ----------


def test_coach_in_construct_before_his_name_with_a_verb_of_opinion() -> None:
    people = _people(["خبر", "يعتقد مدرب منتخب تونس الفرنسي جان لوران، أن فريقه كان الأفضل في المباراة."])
    assert people.get("جان لوران") == "مدرب منتخب تونس الفرنسي"
    people = _people(["خبر", "أبدى لاعب الوداد يوسف الحداد سعادته بالفوز الكبير."])
    assert people.get("يوسف الحداد") == "لاعب الوداد"
    # near miss: "player" as a common noun with no name after it makes no person
    assert _people(["خبر", "وقال أفضل لاعب في البطولة إن الفريق يستحق اللقب."]) == {}


def test_name_in_marks_opened_by_a_closing_mark_after_the_office() -> None:
    people = _people(["خبر", "يرى مدرب منتخب تونس الفرنسي ” جان لوران”، أن فريقه كان الأفضل."])
    assert people.get("جان لوران") == "مدرب منتخب تونس الفرنسي"


def test_office_in_construct_with_a_country_goes_on_as_its_holder() -> None:
    speakers = _speakers(
        [
            "خبر",
            "يعتقد مدرب منتخب تونس الفرنسي جان لوران أن فريقه كان الأفضل.",
            "وأكمل مدرب منتخب تونس بالتطرق إلى أداء الحكم وقال ” الحكم كان قاسيا معنا طوال المباراة “.",
        ]
    )
    assert speakers == ["جان لوران"]


# --- the spokesman "بلسان" a body; a document in the accusative after its issuer -------------------------------


def test_spokesman_bilisan_heads_the_role_as_written() -> None:
    people = _people(["خبر", "وأكدت المتحدثة بلسان وزارة الصحة، سلمى الراعي، أن الوضع مستقر في المستشفيات."])
    assert people.get("سلمى الراعي") == "المتحدثة بلسان وزارة الصحة"
    speakers = _speakers(
        [
            "خبر",
            "وقال الناطق بلسان الشرطة كريم الحاج إن التحقيق مستمر.",
            'وأضاف الناطق بلسان الشرطة: "تم اعتقال ثلاثة مشتبهين من سكان المدينة".',
        ]
    )
    assert speakers == ["كريم الحاج"]
    # near miss: the same role with باسم keeps باسم
    people = _people(["خبر", "وأكدت المتحدثة باسم وزارة الصحة، سلمى الراعي، أن الوضع مستقر في المستشفيات."])
    assert people.get("سلمى الراعي") == "المتحدثة باسم وزارة الصحة"


def test_unnamed_spokesman_issuing_a_statement_speaks_and_is_no_person() -> None:
    paragraphs = [
        "خبر",
        'عمم الناطق بلسان شرطة الجنوب بيانا جاء فيه أنه "خلال جولة لدورية الشرطة لاحظ أفراد الدورية مشتبهين".',
    ]
    assert _people(paragraphs) == {}
    assert _speakers(paragraphs) == ["الناطق بلسان شرطة الجنوب"]


# --- a speaker's points as a run of bullets; press-conference labels "office/ name :" ------------------------


def test_each_bullet_after_an_introduction_is_the_speakers() -> None:
    speakers = _speakers(
        [
            "خبر",
            "قال وزير الخارجية نبيل الحداد:",
            "• لا نرى أن الأمور تتجه نحو التهدئة في المنطقة",
            "• أولويتنا وقف الحرب فورا لأنها لن تحقق الأمن لأحد",
            "• منع الغذاء والدواء عن المدنيين جريمة لا يمكن قبولها",
        ]
    )
    assert speakers == ["نبيل الحداد", "نبيل الحداد", "نبيل الحداد"]


def test_bullets_with_no_introduction_are_no_quotes() -> None:
    # near misses: a list after a paragraph that introduces no one's words, and a list cue ("منها:")
    assert _speakers(
        ["خبر", "وشهدت المدينة أحداثا عدة.", "• افتتاح ثلاث مدارس جديدة في الأحياء الشرقية", "• تعبيد طرق القرى"]
    ) == []
    quotes = quotes_of(
        ["خبر", "وأعلنت الوزارة عن مشاريع منها:", "• بناء مستشفى جديد في المدينة الشمالية", "• توسعة المطار"], "ar"
    )
    assert quotes == []


def test_english_bullet_run_after_a_speaker() -> None:
    quotes = quotes_of(
        [
            "Headline",
            "The minister, Jane Roe, said:",
            "- We will not raise taxes on working families this year.",
            "- The budget puts schools and hospitals first, as we promised.",
        ],
        "en",
    )
    assert [q.speaker for q in quotes] == ["Jane Roe", "Jane Roe"]


def test_press_conference_labels_with_a_slash() -> None:
    paragraphs = [
        "المؤتمر الصحفي للمباراة",
        "مدرب النجوم/ سامي الراشد :",
        "* لم نكن نستحق الخسارة، وأبارك للفريق المنافس هذا الفوز.",
        "* فريقنا قدم مباراة كبيرة، واللاعبون طبقوا ما طلبناه منهم.",
        "مدرب الشروق/ ماهر العزاوي :",
        "* أشكر اللاعبين على الجهد الكبير الذي بذلوه طوال المباراة.",
    ]
    assert _speakers(paragraphs) == ["سامي الراشد", "سامي الراشد", "ماهر العزاوي"]
    people = _people(paragraphs)
    assert people.get("سامي الراشد") == "مدرب النجوم"


# --- Egyptian final ى on an office; reflexives after a role ---------------------------------------------------


def test_egyptian_office_with_final_alif_maqsura() -> None:
    people = _people(["خبر", "قال المحامى عبد الرحيم عبد الحافظ، دفاع المتهم الأول، إن موكله تغيب عن الجلسة."])
    assert "عبد الرحيم عبد الحافظ" in people
    assert (people["عبد الرحيم عبد الحافظ"] or "").startswith("المحامى")
    # near miss: a short word in ى (الأعلى) is no office, and the office spelt with ي keeps its ي
    people = _people(["خبر", "قال المحامي عبد الرحيم عبد الحافظ إن موكله تغيب عن الجلسة."])
    assert people.get("عبد الرحيم عبد الحافظ") == "المحامي"


def test_reflexive_after_a_role_is_no_name() -> None:
    people = _people(["خبر", "لم يتمالك زملاء الطبيب المعتقل أنفسهم واستسلموا للبكاء داخل القاعة."])
    assert not any("أنفسهم" in name for name in people)


# --- the clause's verb after an office, and after a name's role; Egyptian ى on a nationality ----------------------


def test_office_then_imperfect_verb_and_its_complement_is_no_name() -> None:
    people = _people(["خبر", "قال رئيس الشركة خالد النجار إن وزير الصناعة يقوم بزيارات ميدانية دائما للمصانع."])
    assert not any("بزيارات" in name for name in people)
    assert people.get("خالد النجار") == "رئيس الشركة"


def test_role_after_a_name_ends_before_the_clauses_imperfect_verb() -> None:
    people = _people(["خبر", "قال المتحدث إن كمال أوزتورك الرئيس التركى يحاول مساومة دول أخرى."])
    roles = [r for n, r in people.items() if "أوزتورك" in n]
    assert roles and all("يحاول" not in (r or "") for r in roles)
    # near miss: a nisba adjective opening with ي stays in the role
    people = _people(["خبر", "وقال سامر الخليل، وزير يمني سابق، إن الحوار متوقف."])
    assert "يمني" in (people.get("سامر الخليل") or "")


# --- a company named after a man ------------------------------------------------------------------------------


def test_company_named_after_a_man_is_no_person() -> None:
    paragraphs = [
        "رئيس «سليم حداد»: نعمل على تشغيل كل الفروع",
        "قال المهندس نادر الشامي، رئيس شركة سليم حداد إن الشركة تواجه مشاكل في الأجور.",
        "وتابع الشامي، أن سليم حداد شركة كبيرة لها تاريخ طويل في السوق.",
    ]
    people = _people(paragraphs)
    assert "سليم حداد" not in people
    assert people.get("نادر الشامي") == "المهندس، رئيس شركة سليم حداد"


def test_a_man_named_twice_and_never_after_a_body_stays_a_person() -> None:
    # near miss: the same pair named twice with no body's noun before it is still a person
    people = _people(
        [
            "خبر",
            "وقال سليم حداد إن الجمعية تأسست قبل عشرين عاما.",
            "وأضاف سليم حداد أنه تبرع بأرض المبنى للجمعية.",
        ]
    )
    assert "سليم حداد" in people


# --- a name in apposition after "أي" (namely) ------------------------------------------------------------------


def test_name_after_namely_following_a_noun_of_a_person() -> None:
    people = _people(["خبر", "وقد أثنى كثيرون على هذه المرأة أي سلمى قاسم، لشجاعتها في المحكمة."])
    assert "سلمى قاسم" in people
    # near misses: "أي" as "any" after no noun of a person, and a place after "أي"
    assert _people(["خبر", "ولم تسجل أي حالة جديدة، حسب الوزارة."]) == {}
    assert "سلمى القاهرة" not in _people(["خبر", "وزارت المرأة أي سلمى القاهرة، أمس."])


# --- a spokesman's office right after the titled name; adverbs that open an adjunct -------------------------------


def test_spokesman_office_after_a_titled_name_is_no_part_of_it() -> None:
    people = _people(["خبر", "كشف الدكتور وليد الحسيني المتحدث باسم وزارة الصحة عن حصيلة جديدة للضحايا."])
    assert "وليد الحسيني" in people
    assert "المتحدث" in (people["وليد الحسيني"] or "")
    # near miss: a definite family name after the two words stays the name's
    people = _people(["خبر", "وقال الدكتور وليد سامي الحسيني إن الحصيلة ارتفعت."])
    assert "وليد سامي الحسيني" in people


def test_adverb_after_a_counterpart_opens_no_name() -> None:
    people = _people(["خبر", "وفاز المنتخب على نظيره العماني ضمن منافسات الجولة الأولى من البطولة."])
    assert not any("منافسات" in name for name in people)


# --- an aside on where a body's words were carried -------------------------------------------------------------


def test_aside_on_the_source_after_a_bare_verb_is_no_speaker() -> None:
    paragraphs = [
        "خبر",
        'وقالت مديرية الشرطة إنها ستكثف انتشارها "لضمان سيادة القانون في كل المحافظات".',
        'وكانت المديرية أعلنت أنها تعاملت مع أحداث شغب، وأضافت حسبما نقلت "الوكالة" في وقت سابق، أنه تم "إلقاء القبض على عشرات الأشخاص في المناطق".',
    ]
    assert not any("حسبما" in (s or "") for s in _speakers(paragraphs))
    assert not any("حسبما" in name for name in _people(paragraphs))
    # the sentence opens with the body by its head noun and the article: the body goes on speaking
    assert _speakers(paragraphs)[-1] == "مديرية الشرطة"


def test_office_runs_over_a_body_and_the_region_it_serves() -> None:
    people = _people(["خبر", "وذكرت الوكالة أن نائب مدير شرطة محافظة إربد العقيد سامي العمري، أصيب بعيار ناري."])
    assert (people.get("سامي العمري") or "").startswith("نائب مدير شرطة محافظة إربد")


def test_place_named_after_its_kind_is_no_person() -> None:
    people = _people(["خبر", "وتعامل خبراء المتفجرات مع موقع آخر في منطقة أبو نصير شمال العاصمة."])
    assert "أبو نصير" not in people


# --- a short term in the same curly marks inside an Arabic quote -------------------------------------------------


def test_term_in_the_same_curly_marks_stays_inside_the_quote() -> None:
    quotes = quotes_of(
        [
            "خبر",
            "قال النائب سامر الخطيب إن “ البرلمان بوضعه الحالي معطل والنواب “منشغلون” بحملاتهم الانتخابية ولن يعقد أي جلسة”، مبيناً أن “المؤسسة التشريعية فقدت دورها الرقابي بالكامل”.",
        ],
        "ar",
    )
    texts = [q.text for q in quotes]
    assert any(t.startswith("البرلمان بوضعه") and "بحملاتهم" in t for t in texts)
    assert all(q.speaker == "سامر الخطيب" for q in quotes)


def test_two_quotes_in_curly_marks_stay_two() -> None:
    # near misses: two quotes of one paragraph, and marks typed mirrored
    quotes = quotes_of(
        ["خبر", "قال الوزير سامر الخطيب: “نحن مستعدون للحوار مع الجميع” وأضاف “لن نتراجع عن مطالبنا أبدا”."], "ar"
    )
    assert [q.text for q in quotes] == ["نحن مستعدون للحوار مع الجميع", "لن نتراجع عن مطالبنا أبدا"]
    quotes = quotes_of(["خبر", "قال الوزير سامر الخطيب: ”نحن مستعدون للحوار مع الجميع“."], "ar")
    assert [q.text for q in quotes] == ["نحن مستعدون للحوار مع الجميع"]


def test_bodys_head_noun_calls_back_only_one_body() -> None:
    from briefing_app.core.facts.quotes_ar import ar_opening_body

    assert ar_opening_body("وكانت المديرية أعلنت أنها", ["مديرية الشرطة"]) == "مديرية الشرطة"
    # near misses: two bodies open with the noun, or none does
    assert ar_opening_body("وكانت الوزارة أعلنت أنها", ["وزارة الصحة", "وزارة الداخلية"]) is None
    assert ar_opening_body("وكانت المديرية أعلنت أنها", ["وزارة الصحة"]) is None

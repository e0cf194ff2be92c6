"""Arabic people, roles and quotes, round 35: shapes met on real Egyptian court, Qatari and Emirati football,
Lebanese health and Palestinian-Israeli police pages, written again with made-up names and sentences, each with
near misses that must keep their old reading."""

from __future__ import annotations

from briefing_app.core.facts.people_ar_role_bounds import bounded_role
from briefing_app.core.facts.quote_words import mask_nested_terms
from briefing_app.core.facts.quotes_ar_closed_before import blank_closed_quotes
from tests.unit.facts_helpers import people_roles, quotes_of


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return people_roles(paragraphs, "ar")


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs, "ar")]


# --- a role's bounds: a pronoun preposition before it, a relative clause or a feeling's noun after it -----------


def test_role_after_a_verb_and_its_pronoun_preposition() -> None:
    people = _people(["خبر", "ونقل التلفزيون وقائع الجلسة، التي قال فيها القاضي كمال النمر، إن الحكم نهائي."])
    assert people.get("كمال النمر") == "القاضي"


def test_role_ends_before_a_relative_clause() -> None:
    people = _people(
        [
            "خبر",
            "واستمعت المحكمة إلى مرافعات فريق الدفاع برئاسة محمود العطار، نقيب الأطباء والتي نفت مشاركة الأطباء المتهمين.",
        ]
    )
    assert people.get("محمود العطار") == "نقيب الأطباء"


def test_role_ends_before_the_verbs_object_of_feeling() -> None:
    people = _people(["خبر", "أبدى الفرنسي بيير مدرب الفريق الأول حزنه الشديد للخسارة أمام الضيوف."])
    assert people.get("بيير") == "مدرب الفريق الأول"


def test_role_ends_before_a_clause_of_ma() -> None:
    people = _people(["خبر", "أشاد الأمير ماجد بن سلطان أمير منطقة الواحة بما تقدمه كلية النور من خدمات لأهالي المنطقة."])
    assert people.get("ماجد بن سلطان") == "الأمير; أمير منطقة الواحة"
    assert bounded_role("مدير المستشفى عما جرى") == "مدير المستشفى"
    assert bounded_role("رئيس لجنة ما بعد الكارثة") == "رئيس لجنة ما بعد الكارثة"  # (a bare "ما" in a name stays)


def test_bounds_keep_whole_roles() -> None:
    # near misses: a relative clause first (nothing before it to keep), a feeling's noun with no pronoun, a
    # spokesman's "in its name", a body whose noun ends in ه
    assert bounded_role("الذي قاد الفريق") == "الذي قاد الفريق"
    assert bounded_role("رئيس لجنة الأمل") == "رئيس لجنة الأمل"
    assert bounded_role("المتحدث باسمها") == "المتحدث باسمها"
    assert bounded_role("مدير مدرسة دعم الموهوبين") == "مدير مدرسة دعم الموهوبين"
    assert bounded_role("فيها") == "فيها"


# --- a coach named by the club's nisba, then quoted as "مدرب CLUB"; "الى" with no hamza ends the subject ---------


def test_office_of_a_club_finds_the_holder_named_by_its_nisba() -> None:
    speakers = _speakers(
        [
            "خبر",
            "أبدى الفرنسي بيير مدرب الفريق الهلالاوي استياءه من التحكيم.",
            "وأشار مدرب الهلال الى أن القرارات كانت ظالمة، وأضاف : لا نستطيع الحكم على الحكام خلال المباراة.",
        ]
    )
    assert speakers == ["بيير"]


def test_office_of_another_club_stays_the_office() -> None:
    # near miss: the club the speaker coaches is not the one the named coach's nisba gives
    speakers = _speakers(
        [
            "خبر",
            "أبدى الفرنسي بيير مدرب الفريق الهلالاوي استياءه من التحكيم.",
            "وأشار مدرب النصر الى أن القرارات كانت عادلة، وأضاف : لعبنا مباراة كبيرة أمام منافس قوي جدا.",
        ]
    )
    assert speakers != ["بيير"]


# --- "تحدث" with a colon introduces the speaker's words --------------------------------------------------------


def test_spoke_then_a_colon_is_a_quote() -> None:
    quotes = quotes_of(
        ["خبر", "وتحدث الفرنسي بيير في تصريحاته عقب المباراة : بداية المباراة كانت جيدة جدا لنا وقدمنا أداء مميزا."],
        "ar",
    )
    assert [q.speaker for q in quotes] == ["بيير"]


def test_spoke_without_a_colon_is_no_quote() -> None:
    quotes = quotes_of(["خبر", "وتحدث الفرنسي بيير في تصريحاته عن بداية المباراة التي كانت جيدة جدا لفريقه."], "ar")
    assert quotes == []


# --- a foreign coach named by one word with no nationality before -----------------------------------------------


def test_one_word_foreign_name_before_an_office_without_nationality() -> None:
    people = _people(["خبر", "من جانبه، يرى كوستيلانو مدرب النصر، أن فريقه ظهر بشكل سيء في الشوط الأول."])
    assert people.get("كوستيلانو", "").startswith("مدرب النصر")


def test_definite_word_before_an_office_is_no_name() -> None:
    # near miss: a definite noun (the team) after the verb, no nationality, is no one-word name
    people = _people(["خبر", "من جانبه، يرى الفريق مدرب النصر، أن الأداء كان سيئا في الشوط الأول."])
    assert "الفريق" not in people


# --- a body named by its head in construct goes on over a bare verb; a second quote of one sentence -------------


def test_body_in_construct_goes_on_and_the_participles_quote_too() -> None:
    speakers = _speakers(
        [
            "خبر",
            "وقالت منظمة العفو الدولية في بيان لها إنها جمعت شهادات كثيرة عن الهجوم.",
            "وأضافت أن “الهجوم أسفر عن مقتل عشرين شخصا وإصابة آخرين”، مبينة أن “المنظمة تحققت من لقطات مصورة”.",
        ]
    )
    assert speakers == ["منظمة العفو الدولية", "منظمة العفو الدولية"]


def test_partial_quote_finishing_the_clause_goes_on() -> None:
    speakers = _speakers(
        [
            "خبر",
            "وقالت منظمة العفو الدولية في بيان لها إنها جمعت شهادات كثيرة عن الهجوم.",
            "وتابعت أن “آلاف المتظاهرين وصحفيين وطلابا” اعتقلوا “لمنعهم من التعبير عن آرائهم”.",
        ]
    )
    assert speakers == ["منظمة العفو الدولية", "منظمة العفو الدولية"]


def test_second_quote_after_a_new_subject_is_not_carried() -> None:
    # near miss: a verb of saying with a subject of its own between the two quotes
    speakers = _speakers(
        [
            "خبر",
            "وقالت منظمة العفو الدولية في بيان لها إنها جمعت شهادات كثيرة عن الهجوم.",
            "وأضافت أن “الهجوم أسفر عن مقتل عشرين شخصا”، فيما قال سامي نور، مدير المركز، إن “الوضع خطير جدا”.",
        ]
    )
    assert speakers[-1] != "منظمة العفو الدولية"


# --- a term in straight marks inside a quote that a colon's introduction opens -----------------------------------


def test_term_in_marks_inside_an_introduced_quote_keeps_the_quote_whole() -> None:
    quotes = quotes_of(
        [
            "خبر",
            'بيان صادر عن الشرطة جاء فيه ما يلي: "تم ضبط عشرات الخلايا، واعتاد المشتبه على بيعها عبر شبكة "فيس بوك" '
            'لاستخدامها في أعمال الشغب".',
        ],
        "ar",
    )
    assert len(quotes) == 1 and quotes[0].text.endswith("الشغب")


def test_two_quotes_after_a_colon_keep_their_marks() -> None:
    # near miss: two quotes of their own after the colon, a verb of saying between them; no mark is masked
    text = 'وقال سامي نور: "الوضع خطير جدا في المدينة" وأضاف "نحن ننتظر قرار الحكومة منذ أسابيع".'
    assert mask_nested_terms(text) == text


# --- plural and dual titles before a list of two names -----------------------------------------------------------


def test_plural_title_of_leaders_gives_both_names_the_title() -> None:
    people = _people(["خبر", "وقضت المحكمة بسجن 12 من أعضاء الجماعة بينهم القياديين محمد الحداد وعصام النجار."])
    assert people.get("محمد الحداد") == "القيادي" and people.get("عصام النجار") == "القيادي"


def test_dual_title_after_a_definite_word_and_a_list_going_on() -> None:
    people = _people(["خبر", "وحضر الجلسة المحاميان خالد النمر وطارق العوضي اللذان طلبا التأجيل."])
    assert people.get("خالد النمر") == "المحامي" and people.get("طارق العوضي") == "المحامي"


def test_dual_in_construct_gives_both_names_the_office() -> None:
    people = _people(["خبر", "واكد صدور الحكم محاميا الدفاع حسام النمر واحمد عبد اللطيف اللذان حضرا الجلسة."])
    assert people.get("حسام النمر") == "محامي الدفاع" and people.get("احمد عبد اللطيف") == "محامي الدفاع"


def test_accusative_office_before_one_name_is_no_dual() -> None:
    # near miss: "appointed as minister" (an accusative, not a dual) before one name and its clause
    people = _people(["خبر", "وعين الرئيس وزيرا الخارجية الجديد سامي النمر في منصبه أمس."])
    assert people.get("سامي النمر") != "وزير الخارجية"


# --- "حسب قولهم": words credited to "them" are the plural subject's ---------------------------------------------


def test_quote_credited_to_them_is_the_plural_subjects() -> None:
    speakers = _speakers(
        [
            "خبر",
            "وترأس الجلسة المستشار طارق النمر رئيس الدائرة.",
            "وأشاد المحامون بحكم المحكمة، رافضين توجيه الشكر للمحكمة لكونها «لا تشكر على حكمها العادل»، حسب قولهم.",
        ]
    )
    assert speakers == ["المحامون"]


def test_quote_credited_to_him_stays_with_the_one_named() -> None:
    # near miss: the singular credit, "حسب قوله", is the one named before
    speakers = _speakers(
        [
            "خبر",
            "وترأس الجلسة المستشار طارق النمر رئيس الدائرة.",
            "وأشاد المحامون بحكم المحكمة، رافضين توجيه الشكر للمحكمة لكونها «لا تشكر على حكمها العادل»، حسب قوله.",
        ]
    )
    assert speakers != ["المحامون"]


# --- a statement issued by a spokesman's office: its holder goes on ----------------------------------------------


def test_statement_of_a_spokeswoman_goes_on_as_her() -> None:
    speakers = _speakers(
        [
            "خبر",
            'وصل إلى الموقع بيان صادر عن المتحدثة باسم الشرطة سلمى النمر جاء فيه:"تم اعتقال ثلاثة شبان من سكان البلدة".',
            'وتابع البيان:"هذا وتعود ملابسات القضية إلى الليلة الماضية حيث عاينت القوات مركبة مشبوهة".',
        ]
    )
    assert speakers[-1] == "سلمى النمر"


def test_statement_of_a_body_stays_the_body() -> None:
    # near miss: a statement issued by a body, not an office: the body goes on
    speakers = _speakers(
        [
            "خبر",
            'وصل إلى الموقع بيان صادر عن الشرطة جاء فيه:"تم اعتقال ثلاثة شبان من سكان البلدة".',
            'وتابع البيان:"هذا وتعود ملابسات القضية إلى الليلة الماضية حيث عاينت القوات مركبة مشبوهة".',
        ]
    )
    assert speakers[-1] == "الشرطة"


# --- a verb of saying inside an earlier quote of the sentence names no speaker -----------------------------------


def test_verb_inside_a_closed_quote_is_no_introduction() -> None:
    quotes = quotes_of(
        [
            "خبر",
            "وأوضح سامي قباني أن الملاحظة كانت «لفت نظر فقط ولم تكن تحفظا محاسبيا»، مبينا أن «نتائج الشركة كانت طبيعية».",
        ],
        "ar",
    )
    assert [q.speaker for q in quotes] == ["سامي قباني", "سامي قباني"]
    assert "نظر فقط ولم" not in _people(
        ["خبر", "وأوضح سامي قباني أن الملاحظة كانت «لفت نظر فقط ولم تكن تحفظا»، مبينا أن «نتائج الشركة كانت طبيعية»."]
    )


def test_blanking_keeps_short_names_in_marks() -> None:
    # near miss: a paper's name in guillemets (one or two words) is left for the readers of outlets
    assert blank_closed_quotes("ونقلت صحيفة «الأيام» عن سامي قوله") == "ونقلت صحيفة «الأيام» عن سامي قوله"


# --- an office, then a verb and its feminine object, in a headline -------------------------------------------------


def test_office_then_a_verb_and_its_object_is_no_name() -> None:
    people = _people(["تونس : وزير الصحة يطلق صيحة فزع", "اطلق اليوم وزير الصحة التونسي فوزي المهدي صيحة فزع."])
    assert set(people) == {"فوزي المهدي"}


def test_given_name_of_a_verbs_shape_before_a_family_name_in_ta_marbuta_stays() -> None:
    # near miss: a known given name shaped like a verb, then a family name in -ة
    people = _people(["خبر", "وقال وزير الداخلية يوسف حمادة إن الوضع مستقر."])
    assert people.get("يوسف حمادة") == "وزير الداخلية"


# --- a title, its body glued to ل and the body's own name, then the holder -----------------------------------------


def test_holder_after_a_titles_company_and_its_name() -> None:
    people = _people(["خبر", "أكد الرئيس التنفيذي لشركة زين السعودية حسان النمر، أن الأرباح ارتفعت."])
    assert people.get("حسان النمر") == "الرئيس التنفيذي لشركة زين السعودية"
    people = _people(["خبر", "أكد الرئيس التنفيذي لشركة أرامكس محمد النمر، أن الأرباح ارتفعت."])
    assert people.get("محمد النمر") == "الرئيس التنفيذي لشركة أرامكس"


def test_holder_right_after_the_glued_body_stays() -> None:
    # near miss: no body's own name, the holder right after "لشركة" is read as before
    before = _people(["خبر", "وقال الرئيس التنفيذي للشركة محمد النمر إن الأرباح ارتفعت."])
    assert before.get("محمد النمر") == "الرئيس التنفيذي للشركة"


# --- an aside between spaced dashes after the verb names no one ----------------------------------------------------


def test_spaced_dashes_aside_after_the_verb() -> None:
    speakers = _speakers(
        [
            "خبر",
            "قال سامي النمر، مدير الجهاز، إن الجهاز أحبط عملية كبيرة.",
            'وأضاف - في تصريح صحفي الجمعة - "أن المحاولة جرى التخطيط لتنفيذها داخل مقر الحكومة".',
        ]
    )
    assert speakers == ["سامي النمر"]


# --- "and" opening the word after a title begins the next item, no name --------------------------------------------


def test_and_after_a_title_opens_no_name() -> None:
    people = _people(
        [
            "خبر",
            'أشار وزير الاتصالات سامي النمر الى "اننا شاركنا في الحكومة لانتخاب الرئيس ومنع البلد من السقوط".',
            'وأضاف النمر "لن أشارك في عملية إسقاط البلد".',
        ]
    )
    assert set(people) == {"سامي النمر"}


def test_given_name_in_waw_after_a_title_stays() -> None:
    # near miss: a given name that begins with و (وليد) after a title
    people = _people(["خبر", "وقال الدكتور وليد النمر إن العلاج متوفر."])
    assert people.get("وليد النمر") == "الدكتور"


# --- an office glued to the opening quote mark ---------------------------------------------------------------------


def test_office_glued_to_an_opening_mark_is_read() -> None:
    people = _people(
        [
            "خبر",
            'لفت النائب سامي النمر إلى أن "رئيس حكومة تصريف الأعمال حسان دياب يحمل مسؤولية غير قادر على معالجتها".',
        ]
    )
    assert people.get("حسان دياب") == "رئيس حكومة تصريف الأعمال"


def test_bloc_name_in_marks_stays_in_the_role() -> None:
    # near miss: a bloc's name in marks inside the role is read as before
    people = _people(["خبر", 'لفت عضو كتلة "التنمية والتحرير" النائب سامي النمر إلى أن الوضع كارثي.'])
    assert "التنمية والتحرير" in (people.get("سامي النمر") or "")

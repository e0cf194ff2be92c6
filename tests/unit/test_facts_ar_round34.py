"""Arabic quotes, people and roles, round 34: constructions that recurred on real Arabic news pages (court and
hearing reports, Egyptian deputies on talk shows, post-match press conferences, ministries' statements),
written again with made-up names and sentences, each with near misses that must keep their old reading."""

from __future__ import annotations

from tests.unit.facts_helpers import people_roles, quotes_of


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return people_roles(paragraphs, "ar")


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs, "ar")]


# --- replying and asking: the one addressed between the verb and its subject, or glued to the verb ---------------

_LAWYER = "وقال المحامي سامر العلي إن موكله بريء من جميع التهم المنسوبة إليه."


def test_replied_to_him_then_the_subject() -> None:
    paragraphs = ["جلسة", _LAWYER, "ورد عليه القاضي: «المحكمة ستنظر في الأدلة كلها قبل الحكم»."]
    assert _speakers(paragraphs) == ["القاضي"]
    assert "عليه القاضي" not in _people(paragraphs)


def test_asked_him_glued_then_the_subject() -> None:
    speakers = _speakers(["جلسة", _LAWYER, "وسأله القاضي: «أين كنت يوم الحادث بالضبط؟»."])
    assert speakers == ["القاضي"], speakers


def test_answered_him_glued_then_an_office() -> None:
    lawyer = "وقال المحامي سامر العلي إن موكله بريء، وطلب من رئيس المحكمة تأجيل الجلسة."
    speakers = _speakers(["جلسة", lawyer, "فأجابه رئيس المحكمة: «لا داعي للتكرار»."])
    assert speakers == ["رئيس المحكمة"], speakers


def test_consecutive_lam_reply_after_a_first_quote() -> None:
    paragraphs = [
        "جلسة",
        'وتابع المحامي سامر العلي بالقول إن الشهود تراجعوا، معقبا "لم يعد في الملف أي دليل يمكن أن تبني عليه المحكمة حكمها"، ليرد عليه القاضي '
        '"هذا ما ستقرره المحكمة".',
    ]
    assert _speakers(paragraphs) == ["سامر العلي", "القاضي"]


def test_told_her_then_no_subject_keeps_the_one_named() -> None:
    # near miss: a pronoun after the verb and no subject after it: the one named before speaks on
    speakers = _speakers(["جلسة", _LAWYER, "وقال لها: «سنستأنف الحكم أمام محكمة أعلى»."])
    assert speakers == ["سامر العلي"], speakers


def test_replied_to_him_that_keeps_the_one_named() -> None:
    # near miss: "ورد عليه بأن" opens the reported clause; no subject stands after the pronoun
    speakers = _speakers(["جلسة", _LAWYER, "ورد عليه بأن «الشهود لم يحضروا أي جلسة»."])
    assert speakers == ["سامر العلي"], speakers


# --- a subject's name in quote marks after the verb ---------------------------------------------------------------


def test_marked_surname_subject_passes_on_to_a_bare_verb() -> None:
    paragraphs = [
        "خبر",
        "قال الدكتور نادر عبد الحي، عضو مجلس النواب، إن التكلفة مرتفعة، لافتا إلى قرار رئيس المجلس الدكتور "
        "مراد الشاذلي بإلغاء الورق.",
        "وأضاف «عبد الحي» خلال لقائه ببرنامج «المساء» أن بعض الوزراء يسيئون إلى الحكومة.",
        "وتابع: «الوزير يعطي وعودا غير حقيقية للنواب في كل جلسة».",
    ]
    assert _speakers(paragraphs) == ["نادر عبد الحي"]


def test_marked_programme_after_a_verb_is_no_subject() -> None:
    # near miss: words in marks after the verb that name no person of the article stay as they were
    paragraphs = [
        "خبر",
        "قال الدكتور نادر عبد الحي، عضو مجلس النواب، إن التكلفة مرتفعة.",
        "وتابع: «الوزير يعطي وعودا غير حقيقية للنواب في كل جلسة».",
    ]
    assert _speakers(paragraphs) == ["نادر عبد الحي"]


# --- a name with the preposition ب glued on: a verb's object, not the subject's office holder ---------------------


def test_praised_glued_name_drops_the_preposition_and_the_subjects_office() -> None:
    people = _people(["مباراة", "واحتفل المدرب المساعد بمحمود فتحي قائد الفريق بعد المباراة."])
    assert people.get("محمود فتحي") == "قائد الفريق", people
    assert not any(name.startswith("بأمير") for name in people), people


def test_met_glued_name_then_the_office_speaks_for_another() -> None:
    paragraphs = [
        "خبر",
        "والتقى الوزير بخالد منصور رئيس البلدية في مكتبه.",
        "وقال الوزير: «سنبدأ العمل في المشروع الأسبوع المقبل».",
    ]
    people = _people(paragraphs)
    assert people.get("خالد منصور") == "رئيس البلدية", people
    assert "خالد منصور" not in _speakers(paragraphs)


def test_a_given_name_opening_with_b_stays_whole() -> None:
    # near miss: بشير and بلال are given names as written; nothing is glued to them
    people = _people(["خبر", "وقال بشير الخطيب، رئيس الجمعية، إن العمل مستمر."])
    assert "بشير الخطيب" in people, people


def test_a_foreign_name_after_a_verb_of_saying_stays_whole() -> None:
    # near miss: "قال بريان X" is Brian, the verb's subject; ب and ريان would read as "to Rayan"
    people = _people(["خبر", "وقال بريان كولينز، مدير الشركة، إن الخدمة ستبقى مجانية."])
    assert any(name.startswith("بريان") for name in people), people


# --- a headline's office and family name, then a present-tense verb and its glued object --------------------------


def test_headline_verb_with_a_glued_object_is_no_person() -> None:
    people = _people(["النائب الدرعي يهدد بطرد الوزراء من القاعة", "وطالب وزير المالية خالد الشمري بزيادة الرواتب."])
    assert not any(name.startswith("يهدد") for name in people), people


def test_a_foreign_family_name_with_lam_is_kept() -> None:
    # near miss: a name whose family name opens with ل ("X لافروف") read in the body is a person
    people = _people(["خبر", "وفي تصريح سابق لوزير الخارجية الروسي سيرغي لافروف، قال الوزير إن الهجوم وقع ليلا."])
    assert any("لافروف" in name for name in people), people


# --- "السيد" or "الشيخ" and one definite word ---------------------------------------------------------------------


def test_sayyid_and_a_definite_family_name_with_an_office_in_commas() -> None:
    paragraphs = [
        "جلسة البرلمان",
        'قال السيد الشناوي، وكيل أول مجلس النواب، إن المجلس داعم للحكومة، موجها حديثه للنواب: "الدولة تسير على '
        'الطريق الصحيح ونحن أيادي مساعدة لها في كل خطوة".',
    ]
    people = _people(paragraphs)
    assert people.get("السيد الشناوي") == "وكيل أول مجلس النواب", people


def test_sayyid_after_a_verb_of_saying_is_a_person() -> None:
    people = _people(["خبر", "وقال السيد الكرمي في كلمته إن البلاد تمر بظروف صعبة."])
    assert "السيد الكرمي" in people, people


def test_sayyid_before_an_office_is_no_person() -> None:
    # near miss: "السيد الرئيس" (Mr President) and "السيد المحترم" are an address, no family name
    people = _people(["خبر", "وأكد السيد الرئيس أن الحوار مستمر، وقال السيد المحترم إن الجلسة انتهت."])
    assert not any(name.startswith("السيد") for name in people), people


# --- an office that is also a title, then the abbreviated title د. and the name -----------------------------------


def test_deputy_then_abbreviated_doctor_keeps_the_office_as_role() -> None:
    people = _people(["خبر", "غردت النائب د. سعاد الهاجري متفاعلة مع التقرير المصور."])
    assert (people.get("سعاد الهاجري") or "").startswith("النائب"), people


def test_abbreviated_doctor_glued_to_the_name() -> None:
    people = _people(["خبر", "وقال النائب د.خالد الرشيدي في تغريدة إن التجربة ناجحة."])
    assert (people.get("خالد الرشيدي") or "").startswith("النائب"), people


def test_ministry_office_before_doctor_is_unchanged() -> None:
    # near miss: a whole office in construct before "د." keeps its reading
    people = _people(["خبر", "وأكد وزير الصحة د. باسل الصباح أن الوضع مستقر."])
    assert people.get("باسل الصباح") == "وزير الصحة", people


# --- the verbal noun of replying after an adverb: no verb, no subject ---------------------------------------------


def test_reply_noun_in_an_adjunct_names_no_speaker() -> None:
    paragraphs = [
        "خبر",
        "قال الدكتور نادر عبد الحي، عضو مجلس النواب، إن الدولة تسير في الطريق الصحيح، مؤكدا خلال الجلسة العامة، "
        "أثناء رد وزيرة الصحة الدكتورة منى الجندي على طلبات النواب، موجها حديثه للنواب: «الدولة بدأت تسير على "
        "الخط الصحيح ونحن أيادي مساعدة لها».",
    ]
    assert _speakers(paragraphs) == ["نادر عبد الحي"]


def test_reply_verb_after_a_comma_still_speaks() -> None:
    # near miss: "ورد الوزير" opening its clause is the verb, its subject the speaker
    paragraphs = [
        "خبر",
        "وقال النائب نادر عبد الحي إن الخطة متأخرة.",
        "ورد وزير المالية سامي الجندي: «الخطة تسير وفق الجدول المعلن منذ البداية».",
    ]
    assert _speakers(paragraphs) == ["سامي الجندي"]


# --- round-32 dev shapes: an owned plural as the verb's object, callings, a bare name before "aged" ---------------


def test_wrote_his_impressions_is_no_speaker() -> None:
    paragraphs = [
        "خبر",
        "الناقد السينمائي سامي فرحات شاهد الفيلم وكتب ملاحظاته عن الجزء الجديد:",
        "المشهد الأخير يجري في كهف تحت الأرض. في البداية كنت آمل ألا يظهر القارب لكنه ظهر.",
    ]
    people = _people(paragraphs)
    assert people.get("سامي فرحات") == "الناقد السينمائي", people
    assert "ملاحظاته" not in people, people
    assert _speakers(paragraphs) == ["سامي فرحات"]


def test_a_politician_named_by_his_calling() -> None:
    people = _people(["خبر", "أدخل السياسي الكردي أحمد كايا إلى المستشفى بعد الاشتباكات."])
    assert people.get("أحمد كايا") == "السياسي الكردي", people


def test_two_bare_words_before_aged_are_a_name() -> None:
    people = _people(["خبر", "وضرب دلوفان أوزير البالغ من العمر اثنين وثلاثين عاما بقنبلة غاز."])
    assert "دلوفان أوزير" in people, people


def test_a_kin_noun_before_aged_is_no_name() -> None:
    # near miss: "ابن عمه البالغ من العمر" is his cousin, a noun and its owner
    people = _people(["خبر", "وأصيب ابن عمه البالغ من العمر عشرين عاما بجروح طفيفة."])
    assert not people, people


# --- a message sent, then what was said "in it" -------------------------------------------------------------------


def test_appeal_sent_then_said_in_it_is_the_senders() -> None:
    paragraphs = [
        "خبر",
        "وقال المتحدث باسم الوزارة رشيد العلمي إن الأعمال غير مسبوقة.",
        "ووجه المتحدث نداء لأولياء الأمور يؤكد فيه أن «واجب الدولة في تأطير الشارع يجب أن يعزز بالتزام الآباء».",
    ]
    assert _speakers(paragraphs) == ["رشيد العلمي"]
    assert "نداء لأولياء" not in _people(paragraphs)


def test_letter_sent_then_said_in_it_names_the_sender() -> None:
    paragraphs = [
        "خبر",
        "ووجه رئيس البلدية سامر الخطيب رسالة إلى السكان قال فيها: «نحن معكم في كل خطوة حتى نهاية الأزمة».",
    ]
    assert _speakers(paragraphs) == ["سامر الخطيب"]


def test_a_name_nidaa_with_a_family_name_stays() -> None:
    # near miss: نداء is a given name too; with a family name and no glued preposition it is a person
    people = _people(["خبر", "وقالت الناشطة نداء الحسيني إن الحملة مستمرة."])
    assert "نداء الحسيني" in people, people


# --- three quotes in one sentence: "قال «...»، وتابع «...»، وأكد ان «...»" ----------------------------------------


def test_third_quote_after_and_stressed_that_goes_on() -> None:
    paragraphs = [
        "خبر",
        "استقبل رئيس مجلس النواب كمال الحايك وفدا من التكتل.",
        "وبعد اللقاء تحدث باسم التكتل النائب سمير الخطيب حيث قال «الاجتماع مع دولة الرئيس الحايك يأتي في سياقه "
        "الطبيعي»، وتابع «أظهرنا كل التضامن مع أهل الجنوب وقلنا لدولة الرئيس إننا جبهة واحدة»، وأكد ان «لبنان ليس "
        "مكسر عصا ونحن أوصلنا صوتنا بوضوح»."
    ]
    assert _speakers(paragraphs) == ["سمير الخطيب"] * 3


def test_a_new_subject_after_and_stressed_still_speaks() -> None:
    # near miss: "وأكد الوزير X أن" names a subject of its own after the earlier quote
    paragraphs = [
        "خبر",
        "وقال النائب سمير الخطيب «الاجتماع كان إيجابيا ومثمرا للغاية»، وأكد وزير المالية رامي العلي أن «الموازنة "
        "ستقر قبل نهاية الشهر الجاري»."
    ]
    assert _speakers(paragraphs) == ["سمير الخطيب", "رامي العلي"]


# --- a definite verbal noun right after the subject's name: "جدد الرئيس X التأكيد «...»" --------------------------


def test_renewed_the_emphasis_is_no_family_name() -> None:
    paragraphs = [
        "خبر",
        "استقبل رئيس الحكومة كمال الحايك الوزير السابق سامي نادر في السرايا.",
        "وفي خلال الاجتماع جدد الرئيس الحايك التأكيد «أن بداية الحل للأزمة تقضي بانتخاب رئيس جديد للبلاد».",
    ]
    people = _people(paragraphs)
    assert not any("التأكيد" in name for name in people), people
    assert _speakers(paragraphs) == ["كمال الحايك"]


# --- a three-word name read as two, with its family name said alone later -----------------------------------------


def test_family_name_said_alone_later_completes_the_name() -> None:
    paragraphs = [
        "خبر",
        "وعرض الرئيس مع النائب فريد هيكل الخازن الأوضاع العامة في البلاد.",
        "وقال الخازن، بعد اللقاء: «عرضنا مواضيع الساعة وأطلعنا على نتائج الزيارة إلى نيويورك».",
    ]
    people = _people(paragraphs)
    assert people.get("فريد هيكل الخازن") == "النائب", people
    assert _speakers(paragraphs) == ["فريد هيكل الخازن"]


def test_a_definite_object_after_a_name_is_no_family_name() -> None:
    # near miss: "الأوضاع" after the name, never said alone after a verb of saying, stays out of it
    people = _people(["خبر", "وبحث النائب فريد هيكل الأوضاع العامة مع الوزير."])
    assert not any(name.endswith("الأوضاع") for name in people), people


def test_two_overlapping_readings_of_a_three_word_name_join() -> None:
    paragraphs = [
        "خبر",
        "وعرض الرئيس مع النائب فريد هيكل الخازن الأوضاع العامة في البلاد.",
        "وعرض الرئيس مع النائب فريد هيكل الخازن الأوضاع.",
        "التقى النائب فريد هيكل الخازن.",
    ]
    people = _people(paragraphs)
    assert "فريد هيكل الخازن" in people, people
    assert "هيكل الخازن" not in people, people

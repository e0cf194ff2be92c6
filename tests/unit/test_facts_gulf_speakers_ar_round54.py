"""Arabic key facts, round 54: invented Gulf local news (ministries, municipalities, police, courts, sport), with
made-up names; each class beside a near miss that must keep the old reading.

Classes: a ministry or authority named in full, then by its definite head noun as a verb's subject ("وقالت
الوزارة في بيان إن ..."), then a subjectless verb that carries the quote ("وأكدت أن «...»"): the body named in
full speaks, not the bare noun (ar_bare_chain); a headline that calls the speaker by the first and the last word of
the lineage name the body gives ("سلطان القاسمي: ..." for "سلطان بن محمد القاسمي") is that person's quote
(quotes_ar_headline); a given name, a father's name and a family name no list holds, written right before what
was said ("المواطن X Y Z قال:", "وقال X Y Z إن"), keeps its family name (people_ar_trim); an officer's rank and name in quote marks after his office ('وقال الناطق
الإعلامي "الرائد X Y Z" إن') is no quote (quotes_ar_marked_names), and a name in marks before a colon ('وقال "Z": ...',
'وأضاف العقيد "Z": ...') is the subject of the unmarked speech after it (quotes_ar_unmarked); the office written before a rank in marks
keeps its whole chain when a service's name ends it with "المحافظة" (the governorate, not the governor's office
it also spells: "الناطق الإعلامي لمرور المحافظة", people_ar_role_edges); a people's adjective between a coach's
role and his one-word name ("أكد مدرب الفريق الأرجنتيني X") goes on the role, not the name (people_ar_speech); a verb of closing before a colon ("وختم X الحديث: ...",
"واختتم حديثه: ...") opens unmarked speech as a verb of saying does (quotes_ar_unmarked); a compound given name glued to God's name
("جارالله", "ضيفالله") is a given name, so a four-part name through it keeps its family name (people_ar_words)."""

from __future__ import annotations

from briefing_app.core.facts import Fact
from tests.unit.facts_helpers import headlined_facts


def _facts(paragraphs: list[str], title: str = "خبر محلي") -> list[Fact]:
    return headlined_facts(title, paragraphs, "ar")


def _speakers(paragraphs: list[str], title: str = "خبر محلي") -> list[str | None]:
    return [f.speaker for f in _facts(paragraphs, title) if f.kind == "quote"]


# --- "وقالت الوزارة ..." then "وأكدت أن «...»": the ministry named before (ar_bare_chain) -------------------


def test_definite_head_then_bare_verb_gives_the_body_named_before() -> None:
    paragraphs = [
        "أعلنت وزارة البلديات العُمانية إغلاق ثلاثة أسواق شعبية في ولاية صحار.",
        "وقالت الوزارة في بيان صحفي، إن الإغلاق يأتي لأعمال صيانة عاجلة.",
        "وأضافت أن «الأسواق ستعود إلى العمل خلال أسبوعين بعد انتهاء الصيانة».",
    ]
    assert _speakers(paragraphs) == ["وزارة البلديات العُمانية"]


def test_authority_head_gives_the_authority_named_before() -> None:
    paragraphs = [
        "قررت هيئة النقل الساحلي تعليق رحلات العبّارات بين الجزيرتين يوم الخميس.",
        "وذكرت الهيئة في تعميم أن القرار مرتبط بارتفاع الأمواج.",
        "وتابعت أن «سلامة الركاب تأتي قبل أي اعتبار آخر في مثل هذه الظروف».",
    ]
    assert _speakers(paragraphs) == ["هيئة النقل الساحلي"]


def test_of_two_ministries_the_one_written_last_before_the_noun() -> None:
    paragraphs = [
        "وقعت وزارة الزراعة مذكرة تفاهم مع جامعة الساحل لتطوير البحوث.",
        "واستقبلت وزارة المياه وفدا من المزارعين في مقرها.",
        "وقالت الوزارة إن اللقاء تناول مشكلات الري في القرى.",
        "وأكدت أن «كل الطلبات ستدرس خلال الشهر المقبل دون تأخير».",
    ]
    assert _speakers(paragraphs) == ["وزارة المياه"]


def test_near_miss_no_ministry_named_before_keeps_the_noun() -> None:
    # (the only ministry is named after the noun, inside what was said: it is spoken of, it does not speak)
    paragraphs = [
        "وقالت الوزارة في بيان إن المخالفات أحيلت إلى وزارة العدل للنظر فيها.",
        "وأضافت أن «العقوبات ستطبق على كل من يثبت تورطه في المخالفات».",
    ]
    assert _speakers(paragraphs) == ["الوزارة"]


def test_near_miss_a_named_person_still_carries_the_quote() -> None:
    paragraphs = [
        "أعلنت وزارة البلديات العُمانية إغلاق ثلاثة أسواق شعبية في ولاية صحار.",
        "وقال مدير عام الأسواق المهندس سالم بن خميس الغيثي إن الإغلاق مؤقت.",
        "وأضاف أن «الأسواق ستعود إلى العمل خلال أسبوعين بعد انتهاء الصيانة».",
    ]
    assert _speakers(paragraphs) == ["سالم بن خميس الغيثي"]


# --- "given family: ..." in the headline for a lineage name in the body (quotes_ar_headline) -------------------


def _headline_speakers(title: str, paragraphs: list[str]) -> list[str | None]:
    return [f.speaker for f in _facts(paragraphs, title) if f.kind == "quote" and f.sentence == 0]


def test_headline_first_and_family_name_a_lineage_name() -> None:
    paragraphs = ["أكد الشيخ راشد بن حمدان المزروعي، رئيس دائرة الموانئ، أن الدائرة ستوسع رصيف الصيادين."]
    assert _headline_speakers("راشد المزروعي: سنوسع رصيف الصيادين هذا العام", paragraphs) == ["راشد بن حمدان المزروعي"]


def test_near_miss_two_people_share_first_and_family_name() -> None:
    paragraphs = [
        "أكد الوزير راشد بن حمدان المزروعي أن الوزارة ستوسع رصيف الصيادين، فيما قال النائب راشد بن سيف المزروعي "
        "إن المشروع تأخر كثيرا."
    ]
    assert _headline_speakers("راشد المزروعي: سنوسع رصيف الصيادين هذا العام", paragraphs) == []


# --- a three-part name closed by what was said keeps its family name (people_ar_trim) --------------------------


def _people(paragraphs: list[str]) -> set[str]:
    return {f.text for f in _facts(paragraphs) if f.kind == "person"}


def test_three_part_name_before_anna_keeps_family_name() -> None:
    assert _people(["وأكد إبراهيم محمد قمبر أن الماء انقطع عن الحي يومين."]) == {"إبراهيم محمد قمبر"}


def test_guard_three_part_name_before_said_colon_speaks_whole() -> None:
    paragraphs = ["المواطن علي حسن قحطان قال: انقطع الماء عن الحي يومين."]
    assert [f.speaker for f in _facts(paragraphs) if f.kind == "quote"] == ["علي حسن قحطان"]


def test_three_part_name_before_inna_keeps_family_name() -> None:
    assert _people(["وقال يوسف أحمد قمبر إن المحل أغلق منذ أسبوع بسبب أعمال الحفر."]) == {"يوسف أحمد قمبر"}


def test_near_miss_a_verb_after_two_names_is_no_family_name() -> None:
    # (the third word is the clause's verb of saying: the name is the two words before it)
    assert _people(["المواطن علي حسن أكد أن الماء انقطع عن الحي يومين."]) == {"علي حسن"}


def test_near_miss_no_speech_after_the_name_still_trims() -> None:
    assert _people(["وقال يوسف أحمد قمبر المحل أغلق منذ أسبوع بسبب أعمال الحفر."]) == {"يوسف أحمد"}


# --- a rank and name in marks: the subject, no quote (quotes_ar_marked_names, quotes_ar_unmarked) --------------


def _quotes(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return [(f.text, f.speaker) for f in _facts(paragraphs) if f.kind == "quote"]


def test_rank_and_name_in_marks_after_an_office_is_no_quote() -> None:
    paragraphs = ['وقال الناطق الإعلامي لمرور المحافظة "النقيب مازن سعود الشمري" إن الدوريات رصدت ألف مخالفة.']
    assert _quotes(paragraphs) == []


def test_surname_in_marks_before_a_colon_speaks_the_words_after_it() -> None:
    paragraphs = [
        'وقال الناطق الإعلامي لمرور المحافظة "النقيب مازن سعود الشمري" إن الدوريات رصدت ألف مخالفة.',
        'وقال "الشمري": ما تحقق جاء بجهود رجال المرور في الميدان طوال أيام العيد.',
    ]
    assert _quotes(paragraphs) == [("ما تحقق جاء بجهود رجال المرور في الميدان طوال أيام العيد.", "مازن سعود الشمري")]


def test_rank_then_surname_in_marks_before_a_colon() -> None:
    paragraphs = [
        "وأوضح المتحدث الرسمي للدفاع المدني المقدم مازن سعود الشمري أن الفرق باشرت البلاغات.",
        'وأضاف المقدم "الشمري": لم تسجل أي إصابات حتى الآن في مدن المحافظة.',
    ]
    assert _quotes(paragraphs) == [("لم تسجل أي إصابات حتى الآن في مدن المحافظة.", "مازن سعود الشمري")]


def test_near_miss_a_slogan_in_marks_after_an_office_stays_a_quote() -> None:
    # (words in marks that name no person of the article are still the office's words)
    paragraphs = ['وقال الناطق الإعلامي لمرور المحافظة "سلامتكم أولا قبل الوصول متأخرين" في رسالة للسائقين.']
    assert [q[0] for q in _quotes(paragraphs)] == ["سلامتكم أولا قبل الوصول متأخرين"]


def test_near_miss_marked_surname_then_that_is_reported_speech() -> None:
    paragraphs = [
        "وأوضح المتحدث الرسمي للدفاع المدني المقدم مازن سعود الشمري أن الفرق باشرت البلاغات.",
        'وأضاف "الشمري": إن الفرق ما زالت في الميدان حتى الآن.',
    ]
    assert _quotes(paragraphs) == []


# --- the office before a rank: a chain ending with the governorate (people_ar_role_edges) ----------------------


def _roles(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.text: f.role for f in _facts(paragraphs) if f.kind == "person"}


def test_spokesman_of_a_governorate_service_before_a_marked_rank() -> None:
    roles = _roles(['وقال الناطق الإعلامي لمرور المحافظة "النقيب مازن سعود الشمري" إن الدوريات رصدت ألف مخالفة.'])
    assert "الناطق الإعلامي لمرور المحافظة" in (roles["مازن سعود الشمري"] or "")


def test_guard_spokesman_of_a_governorate_service_before_a_rank() -> None:
    roles = _roles(["وقال الناطق الإعلامي لمرور المحافظة النقيب مازن سعود الشمري إن الدوريات رصدت ألف مخالفة."])
    assert "الناطق الإعلامي لمرور المحافظة" in (roles["مازن سعود الشمري"] or "")


def test_near_miss_a_member_of_parliament_title_alone_stays_the_office() -> None:
    roles = _roles(["وغردت النائب الدكتورة سلمى راشد الكندري عن مشروع القانون الجديد للإسكان."])
    assert (roles.get("سلمى راشد الكندري") or "").startswith("النائب")


# --- "مدرب الفريق الأرجنتيني X": the adjective is the role's (people_ar_speech) ---------------------------------


def test_nationality_between_role_and_one_word_name_goes_on_the_role() -> None:
    paragraphs = [
        "أكد مدرب فريق الساحل البرازيلي فابريسيو أن فريقه قدم مباراة كبيرة.",
        "وقال: في التدريبات نصحح الأخطاء ونعمل على نقاط الضعف قبل كل مباراة.",
    ]
    facts = _facts(paragraphs)
    assert {f.text: f.role for f in facts if f.kind == "person"} == {"فابريسيو": "مدرب فريق الساحل البرازيلي"}
    assert [f.speaker for f in facts if f.kind == "quote"] == ["فابريسيو"]


def test_near_miss_nationality_before_a_two_word_name_unchanged() -> None:
    roles = _roles(["أكد مدرب فريق الساحل البرازيلي فابريسيو ألفيس أن فريقه قدم مباراة كبيرة."])
    assert roles == {"فابريسيو ألفيس": "مدرب فريق الساحل البرازيلي"}


# --- "وختم X الحديث: ...": a closing verb before a colon (quotes_ar_unmarked) --------------------------------------


def test_closed_the_talk_then_colon_is_unmarked_speech() -> None:
    paragraphs = [
        "أكد المدرب الصربي زوران ميليتش أن فريقه قدم مباراة جيدة أمام الساحل.",
        "وختم ميليتش الحديث: ضغط المباريات كبير ولا وقت كافيا للراحة بين الجولات.",
    ]
    assert _quotes(paragraphs) == [("ضغط المباريات كبير ولا وقت كافيا للراحة بين الجولات.", "زوران ميليتش")]


def test_closed_his_talk_then_colon_is_unmarked_speech() -> None:
    paragraphs = [
        "أكد المدرب الصربي زوران ميليتش أن فريقه قدم مباراة جيدة أمام الساحل.",
        "واختتم حديثه: سنعود أقوى في الجولة المقبلة أمام جماهيرنا.",
    ]
    assert _quotes(paragraphs) == [("سنعود أقوى في الجولة المقبلة أمام جماهيرنا.", "زوران ميليتش")]


def test_near_miss_a_tournament_closed_with_a_list_is_no_speech() -> None:
    paragraphs = [
        "أكد المدرب الصربي زوران ميليتش أن فريقه قدم مباراة جيدة أمام الساحل.",
        "واختتمت البطولة بالنتائج التالية: الأول فريق الوحدة والثاني فريق الساحل والثالث فريق الجزيرة.",
    ]
    assert _quotes(paragraphs) == []


# --- "جارالله": a glued compound given name (people_ar_words) -----------------------------------------------------


def test_glued_theophoric_father_name_keeps_the_whole_name() -> None:
    assert _people(["وقال المواطن عبدالعزيز جارالله فهد المطيري إن المحل أغلق منذ أسبوع."]) == {
        "عبدالعزيز جارالله فهد المطيري"
    }


def test_near_miss_the_party_glued_to_gods_name_is_no_given_name() -> None:
    from briefing_app.core.facts.people_ar_words import _ar_is_given

    assert _ar_is_given("ضيفالله")
    assert not _ar_is_given("حزبالله")
    assert not _ar_is_given("والله")

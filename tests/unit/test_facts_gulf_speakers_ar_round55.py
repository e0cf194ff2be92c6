"""Arabic key facts, round 55: invented Saudi and Gulf local news (police, civil defence, regions' emirs), with
made-up names; each class beside a near miss that must keep the old reading.

Classes: an officer's doctorate written as an indefinite second title after his rank ("العقيد دكتور X Y") is the
title's, not the name's first word (people_ar_roles.RANK_SECONDS); a region's office said again without its kind
of place ("وقال أمير الشرقية" after "أمير المنطقة الشرقية X") is the holder named before (quotes_ar.named_office);
an office in commas before a title and a name after a verb of welcoming or praising ("رحّب أمير المنطقة، الأمير
X، بـ") is that person's role (people_ar_role_edges)."""

from __future__ import annotations

from briefing_app.core.facts import Fact
from briefing_app.core.facts.quotes_ar_slashes import slashes_as_marks
from tests.unit.facts_helpers import headlined_facts


def _facts(paragraphs: list[str], title: str = "خبر محلي") -> list[Fact]:
    return headlined_facts(title, paragraphs, "ar")


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.text: f.role for f in _facts(paragraphs) if f.kind == "person"}


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [f.speaker for f in _facts(paragraphs) if f.kind == "quote"]


# --- "العقيد دكتور X Y": the doctorate is the rank's second title (RANK_SECONDS) ------------------------------


def test_doctor_after_rank_stays_out_of_the_name() -> None:
    people = _people(["وأكد العقيد دكتور سامي بن ناصر العتيبي الناطق الإعلامي للشرطة أن البلاغ وصل مساء أمس."])
    assert "سامي بن ناصر العتيبي" in people
    assert "دكتور" in (people["سامي بن ناصر العتيبي"] or "")


def test_doctor_after_rank_and_office_before_it() -> None:
    people = _people(["وقال الناطق الإعلامي بشرطة المنطقة، المقدم دكتور ماجد بن عيد الحارثي، إنه تم ضبط الجاني."])
    assert "ماجد بن عيد الحارثي" in people
    assert "الناطق الإعلامي" in (people["ماجد بن عيد الحارثي"] or "")


def test_near_miss_rank_then_name_unchanged() -> None:
    people = _people(["وأكد العقيد سامي بن ناصر العتيبي أن البلاغ وصل مساء أمس."])
    assert people == {"سامي بن ناصر العتيبي": "العقيد"}


# --- "وقال أمير الشرقية" after "أمير المنطقة الشرقية X": the holder (quotes_ar.named_office) ---------------------


def test_region_office_without_its_kind_is_the_holder() -> None:
    paragraphs = [
        "قال أمير المنطقة الشمالية الأمير نواف بن حمد بن سعد إن المشاريع تسير وفق الخطة.",
        "وقال أمير الشمالية في تصريح أمس «نحن فخورون بما أنجزه أبناء المنطقة هذا العام».",
    ]
    assert _speakers(paragraphs) == ["نواف بن حمد بن سعد"]


def test_near_miss_other_region_is_not_the_holder() -> None:
    paragraphs = [
        "قال أمير المنطقة الشمالية الأمير نواف بن حمد بن سعد إن المشاريع تسير وفق الخطة.",
        "وقال أمير الجنوبية في تصريح أمس «نحن فخورون بما أنجزه أبناء المنطقة هذا العام».",
    ]
    assert _speakers(paragraphs) != ["نواف بن حمد بن سعد"]


# --- "رحّب أمير المنطقة، الأمير X، بـ": the office in commas is X's role (people_ar_role_edges) ---------------------


def test_welcoming_verb_with_shadda_keeps_office_in_commas() -> None:
    people = _people(["رحَّب أمير منطقة الجوف، الأمير نواف بن حمد بن سعد، بزيارة الوفد الوزاري للمنطقة."])
    assert people.get("نواف بن حمد بن سعد") == "أمير منطقة الجوف"


def test_near_miss_name_before_the_office_keeps_the_title() -> None:
    people = _people(["التقى سالم العتيبي رئيس البلدية، المهندس نواف بن حمد الزهراني، في مقر البلدية."])
    assert "أمير" not in (people.get("نواف بن حمد الزهراني") or "")
    assert "رئيس البلدية" not in (people.get("نواف بن حمد الزهراني") or "")


# --- "وقال نحن ..." then "وأضاف: ...": a pronoun opening speech is no speaker (speaker_words_ar.AR_NO_SUBJECT) ---


def test_pronoun_after_said_is_no_speaker_of_the_next_quote() -> None:
    paragraphs = [
        "وأوضح المتحدث الرسمي لشرطة الساحل الملازم أول سعد بن علي الحربي أن الحملة مستمرة وقال نحن نقدر صبر السكان.",
        "وأضاف: هناك أشخاص حاولوا الفرار من نقاط التفتيش وتم ضبطهم جميعا.",
    ]
    assert _speakers(paragraphs) == ["سعد بن علي الحربي"]


def test_near_miss_named_subject_after_said_still_speaks() -> None:
    paragraphs = [
        "وأوضح المتحدث الرسمي لشرطة الساحل الملازم أول سعد بن علي الحربي أن الحملة مستمرة.",
        "وقال العقيد ماجد بن عيد الزهراني إن الدوريات انتشرت في الأحياء.",
        "وأضاف: هناك أشخاص حاولوا الفرار من نقاط التفتيش وتم ضبطهم جميعا.",
    ]
    assert _speakers(paragraphs) == ["ماجد بن عيد الزهراني"]


# --- "، مشيدا بالتعاون الذي ...": a participle and its object before a relative pronoun (people_ar_relative) --------


def test_participle_and_object_before_relative_is_no_name() -> None:
    people = _people(["وأكد المتحدث سعد بن علي الحربي أن العمل مستمر، مشيدًا بالتعاون الذي أبداه أهالي الحي."])
    assert set(people) == {"سعد بن علي الحربي"}


def test_near_miss_name_before_relative_still_a_person() -> None:
    people = _people(["وسجل الهدف الأول عن طريق ماريو بالوتيلي الذي تسلم كرة طويلة من الجهة اليمنى."])
    assert any("بالوتيلي" in name for name in people)


# --- "وقال في تصريح // ... //": the press agency's slashes are quote marks (quotes_ar_slashes) --------------------


def test_agency_slashes_enclose_a_quote() -> None:
    paragraphs = [
        "أكد وزير النقل الدكتور سالم بن علي الحربي أن مشروع الطريق الساحلي يسير وفق الخطة.",
        "وقال في تصريح لوكالة الأنباء // نحن نعمل على إنهاء المشروع قبل نهاية العام ونشكر جميع العاملين فيه // .",
    ]
    quotes = [f for f in _facts(paragraphs) if f.kind == "quote"]
    assert [(q.text, q.speaker) for q in quotes] == [
        ("نحن نعمل على إنهاء المشروع قبل نهاية العام ونشكر جميع العاملين فيه", "سالم بن علي الحربي")
    ]


def test_slashes_keep_the_text_length() -> None:
    text = "وقال // نحن نعمل بجد // . // انتهى //"
    marked = slashes_as_marks(text)
    assert len(marked) == len(text)
    assert '"نحن نعمل بجد"' in marked


def test_near_miss_end_marker_and_links_are_no_quotes() -> None:
    assert slashes_as_marks("وأضاف أن العمل مستمر. // انتهى //") == "وأضاف أن العمل مستمر. // انتهى //"
    link = "ونشرت الوزارة التفاصيل على https://example.org/news// في موقعها"
    assert slashes_as_marks(link) == link
    paragraphs = ["أكد وزير النقل سالم بن علي الحربي أن العمل مستمر في الطريق الساحلي. // انتهى //"]
    assert [f for f in _facts(paragraphs) if f.kind == "quote"] == []


# --- "والنائب الثاني كانوا على اتصال": a past plural verb after an office is no name (people_ar_words) ------


def test_plural_verb_after_office_is_no_name_and_quote_keeps_speaker() -> None:
    paragraphs = [
        "أكد أمير منطقة الجوف الأمير نواف بن حمد بن سعد أن التوجيهات ستنفذ بدقة.",
        "وقال في لقاء مع القناة الأولى إن ولي العهد والنائب الثاني كانوا على اتصال دائم به، مضيفاً \"الأمطار التي هطلت على المنطقة كانت كثيفة جدا\".",
    ]
    facts = _facts(paragraphs)
    assert {f.text for f in facts if f.kind == "person"} == {"نواف بن حمد بن سعد"}
    assert [f.speaker for f in facts if f.kind == "quote"] == ["نواف بن حمد بن سعد"]


def test_near_miss_office_then_name_unchanged() -> None:
    people = _people(["وقال رئيس المجلس البلدي سالم بن علي الحربي إن الأعضاء كانوا حاضرين."])
    assert "سالم بن علي الحربي" in people


# --- "وأضاف سموه يقول إنني": an honorific with "his" stands for the man just named, never a name's first word ----


def test_honorific_pronoun_opens_no_name() -> None:
    paragraphs = [
        "زار محافظ الساحل الأمير خالد بن سعد المطيري مستشفى المدينة الجديد.",
        "وأضاف سموه يقول إنني أتمنى الشفاء لكل المرضى في المستشفى.",
        "وقال معاليه إن الخدمات ستتوسع.",
    ]
    assert set(_people(paragraphs)) == {"خالد بن سعد المطيري"}


def test_near_miss_name_after_honorific_pronoun_sentence_still_found() -> None:
    paragraphs = [
        "زار محافظ الساحل الأمير خالد بن سعد المطيري مستشفى المدينة الجديد.",
        "وأضاف سموه أن مدير المستشفى سالم بن علي الحربي قدم شرحا عن الأقسام.",
    ]
    assert "سالم بن علي الحربي" in _people(paragraphs)


# --- '"...".. بهذه العبارة أشار X': the pointing-back phrase after an ellipsis (quotes_ar._POINTING_BACK) ----------


def test_pointing_back_after_ellipsis_names_the_speaker() -> None:
    paragraphs = [
        "\"لا بد من زرع ثقافة الوقاية قبل العلاج، وذلك بالتأكيد على خطر العمالة السائبة\".. بهذه العبارة أشار مدير "
        "شرطة الساحل اللواء سالم بن علي الحربي إلى نجاح الحملات الأمنية في الأحياء."
    ]
    assert _speakers(paragraphs) == ["سالم بن علي الحربي"]


def test_near_miss_single_stop_still_points_back() -> None:
    paragraphs = [
        "\"لا بد من زرع ثقافة الوقاية قبل العلاج، وذلك بالتأكيد على خطر العمالة السائبة\". بهذه العبارة أشار مدير "
        "شرطة الساحل اللواء سالم بن علي الحربي إلى نجاح الحملات الأمنية في الأحياء."
    ]
    assert _speakers(paragraphs) == ["سالم بن علي الحربي"]

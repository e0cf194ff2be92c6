"""Arabic quotes, people and roles, round 37: what real Jordanian, Egyptian, Iraqi and Kuwaiti pages showed,
written again with made-up names and sentences, each beside a near miss that must keep the old reading.

Classes: a feminine verbal noun right after a verb of saying ("وأكد ضرورة ...") is its object, no speaker; a
closed quote in straight marks earlier in the sentence is no part of the next quote's introduction; an office in
two parts set off by commas, the holder's name and an adjunct of occasion ("وقال وزير X، الناطق باسم الحكومة،
سامر Y، خلال مؤتمر صحفي ...، إن") give the name; "ناقلاً عن رئيس الوزراء تأكيده أن «...»" is the office's quote,
not the one who relays it; a bare introduction ("قائلا:") keeps its speaker when a channel is credited after the
quote; "أمير X" with a place is an office, not a person called Amir; "مدرب منتخبنا الوطني، X Y،" gives a role."""

from __future__ import annotations

from briefing_app.core.facts import Fact
from tests.unit.facts_helpers import body_speakers, headlined_facts


def _facts(title: str, paragraphs: list[str]) -> list[Fact]:
    return headlined_facts(title, paragraphs, "ar")


def _speakers(title: str, paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return body_speakers(title, paragraphs, "ar")


def _people(title: str, paragraphs: list[str]) -> dict[str, str | None]:
    return {f.text: f.role for f in _facts(title, paragraphs) if f.kind == "person"}


# --- a feminine verbal noun after the verb is its object -------------------------------------------------------


def test_a_verbal_noun_after_the_verb_is_no_speaker() -> None:
    paragraphs = [
        "قال وزير الزراعة سامر الخطيب إن الموسم جيد.",
        'وأكد ضرورة تعزيز حالة التعاون بين المزارعين كافة، و"أن نعمل معا لحماية المحاصيل من الآفات".',
    ]
    facts = _facts("الزراعة: الموسم جيد", paragraphs)
    assert [(" ".join(f.text.split()[:2]), f.speaker) for f in facts if f.kind == "quote" and f.sentence > 0] == [
        ("أن نعمل", "سامر الخطيب")
    ]
    assert not [f for f in facts if f.kind == "person" and f.text.startswith("ضرورة")]


def test_near_miss_a_named_subject_after_the_verb_still_speaks() -> None:
    paragraphs = [
        "قال وزير الزراعة سامر الخطيب إن الموسم جيد.",
        'وأكد رئيس الاتحاد نادر العلي أن "المزارعين يعملون معا لحماية المحاصيل من الآفات".',
    ]
    assert _speakers("الزراعة: الموسم جيد", paragraphs) == [("المزارعين يعملون", "نادر العلي")]


# --- a closed quote in straight marks is no part of the next one's introduction --------------------------------


def test_an_earlier_straight_quote_is_blanked_before_the_next_one() -> None:
    paragraphs = [
        "قال الناطق باسم الحكومة سامر الخطيب إن الوضع مستقر.",
        'وقال الناطق "نعمل بكل طاقتنا لحماية بلدنا من الأخطار"، مبينا أن الأمن أولوية، داعيا إلى أن "نكون صفا '
        'واحدا في وجه التحديات".',
    ]
    assert _speakers("الداخلية: الوضع مستقر", paragraphs) == [
        ("نعمل بكل", "سامر الخطيب"),
        ("نكون صفا", "سامر الخطيب"),
    ]


def test_near_miss_a_short_name_in_straight_marks_stays_a_name() -> None:
    paragraphs = [
        'وقالت شركة "نور" في بيان إن "الإنتاج ارتفع خلال الربع الأخير من العام".',
    ]
    said = _speakers("نور: الإنتاج ارتفع", paragraphs)
    assert said and said[0][0] == "الإنتاج ارتفع" and "نور" in (said[0][1] or "")


# --- an office in two parts, the holder's name and an adjunct before "إن" ---------------------------------------


def test_an_office_in_two_parts_and_an_occasion_give_the_name() -> None:
    paragraphs = [
        "أعلن رئيس الوزراء نادر العلي عن إجراءات جديدة.",
        "وقال وزير الإعلام، الناطق باسم الحكومة، سامر الخطيب، خلال مؤتمر صحفي عقد عقب جلسة مجلس الوزراء في محافظة "
        "الزرقاء، إن “الإجراءات ستعلن قريبا بعد موافقة المجلس”.",
    ]
    assert _speakers("الحكومة: إجراءات جديدة", paragraphs) == [("الإجراءات ستعلن", "سامر الخطيب")]


def test_near_miss_an_office_and_no_name_is_not_a_name() -> None:
    paragraphs = [
        "أعلن رئيس الوزراء نادر العلي عن إجراءات جديدة.",
        "وقال وزير الإعلام، الناطق باسم الحكومة، خلال مؤتمر صحفي عقد عقب جلسة مجلس الوزراء في محافظة الزرقاء، إن "
        "“الإجراءات ستعلن قريبا بعد موافقة المجلس”.",
    ]
    said = _speakers("الحكومة: إجراءات جديدة", paragraphs)
    assert said and "مؤتمر" not in (said[0][1] or "") and "الزرقاء" not in (said[0][1] or "")


# --- words relayed from an office are the office's -------------------------------------------------------------


def test_relayed_words_are_the_offices_not_the_relayers() -> None:
    paragraphs = [
        "وقال وزير الإعلام سامر الخطيب إن “الجبهة الداخلية متماسكة رغم الصعوبات”، ناقلاً عن رئيس الوزراء تأكيده "
        "أن “الوطن هو الأولوية العليا فوق كل اعتبار”.",
    ]
    assert _speakers("الخطيب: الجبهة متماسكة", paragraphs) == [
        ("الجبهة الداخلية", "سامر الخطيب"),
        ("الوطن هو", "رئيس الوزراء"),
    ]


def test_near_miss_the_same_office_saying_it_himself_is_the_one_named() -> None:
    paragraphs = [
        "التقى رئيس الوزراء سامر الخطيب وفدا من رجال الأعمال.",
        "وأكد رئيس الوزراء أن “الوطن هو الأولوية العليا فوق كل اعتبار”.",
    ]
    assert _speakers("الخطيب يلتقي رجال الأعمال", paragraphs) == [("الوطن هو", "سامر الخطيب")]


# --- a channel credited after a bare introduction only reported it ---------------------------------------------


def test_a_channel_credited_after_a_bare_introduction_is_not_the_speaker() -> None:
    paragraphs = [
        "افتتح الرئيس سامر الخطيب الدورة البرلمانية الجديدة، قائلا: ”يجب وضع خطة شاملة للإصلاح”، وفقا لما ذكرته "
        "قناة ”الأفق” في نبأ عاجل.",
    ]
    assert _speakers("الخطيب يفتتح الدورة", paragraphs) == [("يجب وضع", "سامر الخطيب")]


def test_near_miss_a_named_speaker_credited_to_a_channel_keeps_the_name() -> None:
    paragraphs = [
        "التقى الرئيس سامر الخطيب الوفد أمس.",
        "وقال وزير الخارجية نادر العلي إن ”الزيارة ناجحة بكل المقاييس”، وفقا لما ذكرته قناة ”الأفق” في نبأ عاجل.",
    ]
    assert _speakers("الخطيب يلتقي الوفد", paragraphs) == [("الزيارة ناجحة", "نادر العلي")]


# --- "أمير" with a place is an office ---------------------------------------------------------------------------


def test_emir_of_a_place_is_no_person_named_amir() -> None:
    paragraphs = [
        "وأضاف أمير الكويت: ”لم يعد هناك وقت لافتعال الأزمات بين السلطتين”.",
    ]
    assert "أمير الكويت" not in _people("كلمة في افتتاح الدورة", paragraphs)


def test_near_miss_amir_with_a_family_name_is_a_person() -> None:
    paragraphs = [
        "وأضاف أمير الخطيب: ”لم يعد هناك وقت لافتعال الأزمات بين السلطتين”.",
    ]
    assert "أمير الخطيب" in _people("كلمة في افتتاح الدورة", paragraphs)


# --- "our national team" after an office -----------------------------------------------------------------------


def test_our_team_after_a_coach_is_his_role() -> None:
    paragraphs = ["أكد مدرب منتخبنا الوطني لكرة القدم، ستيفان كوفاتش، أن الفريق حقق المطلوب."]
    people = _people("كوفاتش: حققنا المطلوب", paragraphs)
    assert "ستيفان كوفاتش" in people
    assert "منتخبنا" in (people["ستيفان كوفاتش"] or "")


def test_near_miss_a_possessed_noun_that_is_no_body_gives_no_role() -> None:
    paragraphs = ["أكد مدرب عملنا اليومي، ستيفان كوفاتش، أن الفريق حقق المطلوب."]
    people = _people("كوفاتش: حققنا المطلوب", paragraphs)
    assert "عملنا" not in (people.get("ستيفان كوفاتش") or "")


# --- a command or government that spoke goes on through bare feminine verbs ------------------------------------


def test_a_command_that_spoke_goes_on_speaking() -> None:
    paragraphs = [
        "قال المحافظ سامي نور إن الوضع مستقر.",
        'وقالت القيادة في بيان، ان "قوات الشرطة تمكنت من القبض على ثلاثة متهمين في المدينة". وأكدت أن "هذه '
        'الأفعال لن تمر دون محاسبة".',
    ]
    assert _speakers("القبض على ثلاثة متهمين", paragraphs) == [
        ("قوات الشرطة", "القيادة"),
        ("هذه الأفعال", "القيادة"),
    ]


def test_near_miss_a_person_who_spoke_last_goes_on_speaking() -> None:
    paragraphs = [
        "قال المحافظ سامي نور إن الوضع مستقر.",
        'وقال المحافظ في بيان، ان "قوات الشرطة تمكنت من القبض على ثلاثة متهمين في المدينة". وأكد أن "هذه '
        'الأفعال لن تمر دون محاسبة".',
    ]
    assert _speakers("القبض على ثلاثة متهمين", paragraphs) == [
        ("قوات الشرطة", "سامي نور"),
        ("هذه الأفعال", "سامي نور"),
    ]


# --- "reaction" is no verb; a cry is speech; "one of them" is no person -----------------------------------------


def test_a_reaction_names_no_one_and_one_of_them_cried_out() -> None:
    paragraphs = [
        "قضت المحكمة برئاسة القاضي سامر الخطيب بسجن المتهمين عشر سنوات.",
        'وفي أول رد فعل، تعالى صراخ أمهات المتهمين، وصرخت إحداهن "ابني لم يفعل شيئا".',
    ]
    facts = _facts("الحكم على المتهمين", paragraphs)
    quotes = [(f.text, f.speaker) for f in facts if f.kind == "quote" and f.sentence > 0]
    assert quotes == [("ابني لم يفعل شيئا", "إحداهن")]
    people = {f.text for f in facts if f.kind == "person"}
    assert people == {"سامر الخطيب"}


def test_near_miss_a_named_reply_still_speaks() -> None:
    paragraphs = [
        "قضت المحكمة برئاسة القاضي سامر الخطيب بسجن المتهمين عشر سنوات.",
        'ورد المحامي نادر العلي قائلا: "سنطعن في الحكم أمام محكمة النقض".',
    ]
    assert _speakers("الحكم على المتهمين", paragraphs) == [("سنطعن في", "نادر العلي")]


# --- the subject of a that-clause who said the words somewhere ---------------------------------------------------


def test_the_that_clause_subject_who_said_it_in_a_speech_speaks() -> None:
    paragraphs = [
        "وقال القاضي سامر الخطيب إن الأحكام مخففة، وأكد أن الخليفة الراشد قال في خطبته «العدل أساس الملك في كل "
        "زمان»، لافتا إلى أن المحكمة استمعت للدفاع.",
    ]
    said = _speakers("الحكم في القضية", paragraphs)
    assert said == [("العدل أساس", "الخليفة الراشد")]


def test_near_miss_the_judge_saying_it_himself_in_his_ruling() -> None:
    paragraphs = [
        "وقال القاضي سامر الخطيب في نص الحكم «العدل أساس الملك في كل زمان»، لافتا إلى أن المحكمة استمعت للدفاع.",
    ]
    assert _speakers("الحكم في القضية", paragraphs) == [("العدل أساس", "سامر الخطيب")]


# --- "according to" a thing before a bare verb and its colon ----------------------------------------------------


def test_according_to_a_thing_before_a_bare_verb_names_no_speaker() -> None:
    paragraphs = [
        "وقال الوزير سامر الخطيب إن بلاده ستدعم المدينة إنسانيا وفق الأطر القانونية، وأضاف: نفعل كل ما بوسعنا "
        "لإعادة بناء المدارس والمستشفيات في المدينة.",
    ]
    said = [(f.speaker) for f in _facts("الخطيب: سندعم المدينة", paragraphs) if f.kind == "quote" and f.sentence]
    assert said == ["سامر الخطيب"]


def test_near_miss_according_to_a_body_before_a_bare_verb_is_the_body() -> None:
    paragraphs = [
        "قال الوزير سامر الخطيب إن الوضع مستقر.",
        "وذكرت الوزارة في بيان أن المدارس ستفتح، وفق الشرطة، وأضافت: نعمل على إعادة بناء المدارس والمستشفيات في "
        "المدينة كلها.",
    ]
    said = [(f.speaker) for f in _facts("الخطيب: الوضع مستقر", paragraphs) if f.kind == "quote" and f.sentence]
    assert said and said[0] != "سامر الخطيب"


# --- an honorific speaks for the dignitary ----------------------------------------------------------------------


def test_his_excellency_goes_on_speaking_for_the_dignitary() -> None:
    paragraphs = [
        "أكد الشيخ سامر الخطيب وزير الخارجية أن بلاده تدعم الحوار.",
        "وقال سعادته – في لقاء مع قناة الأفق اليوم الجمعة – إن السبب الرئيسي هو استمرار الأزمة، وأضاف: نفعل كل "
        "ما بوسعنا لإنهاء الأزمة في المنطقة كلها.",
        "وقال سعادة نائب رئيس الوزراء: إن كل ما يحدث أمر مؤسف.. وحول الحل، قال: هناك توافق بشأن المبادرة العربية "
        "لحل الأزمة في المنطقة.",
    ]
    said = [f.speaker for f in _facts("الخطيب: ندعم الحوار", paragraphs) if f.kind == "quote" and f.sentence]
    assert said and all(s == "سامر الخطيب" for s in said)


# --- one person written with "عبد" glued and spaced -------------------------------------------------------------


def test_a_lineage_name_written_glued_and_spaced_is_one_person() -> None:
    paragraphs = [
        "قال رئيس الوزراء الشيخ سامر بن عبد الرحمن آل نوري إن الهجمات تعرقل الوساطة.",
        'ومن جانبه، قال رئيس الوزراء، سامر بن عبدالرحمن آل نوري، اليوم السبت، إن الهجمات "لا يمكن قبولها".',
    ]
    people = [n for n in _people("آل نوري: الهجمات تعرقل الوساطة", paragraphs) if "نوري" in n]
    assert len(people) == 1


def test_near_miss_two_lineage_names_with_other_fathers_stay_two() -> None:
    paragraphs = [
        "قال رئيس الوزراء الشيخ سامر بن عبد الرحمن آل نوري إن الهجمات تعرقل الوساطة.",
        "وقال وزير الدولة الشيخ سامر بن عبدالعزيز آل نوري إن الحوار مستمر.",
    ]
    people = [n for n in _people("آل نوري: الهجمات تعرقل الوساطة", paragraphs) if "نوري" in n]
    assert len(people) == 2


# --- a town written spaced is no man called by his kunya --------------------------------------------------------


def test_abu_dhabi_written_spaced_is_no_person() -> None:
    paragraphs = ["أعلن الشيخ سامر بن زايد، ولي عهد أبو ظبي نائب القائد الأعلى للقوات المسلحة، صرف دفعة جديدة."]
    assert "أبو ظبي" not in _people("صرف دفعة جديدة", paragraphs)


def test_near_miss_a_kunya_before_an_office_is_a_person() -> None:
    paragraphs = ["وقال أبو سامر، نائب القائد الميداني للفصيل، إن الهدنة صامدة."]
    assert "أبو سامر" in _people("الهدنة صامدة", paragraphs)


# --- the Levantine general's rank is a title, no part of the name -----------------------------------------------


def test_the_generals_rank_is_no_part_of_the_name() -> None:
    paragraphs = ["قال الرئيس العماد سامر الخطيب في تصريح اليوم: “عيد مبارك على الجميع، ونأمل من الحكومة التعاون”."]
    people = _people("ردود الفعل على تشكيل الحكومة", paragraphs)
    assert "سامر الخطيب" in people and "العماد" in (people["سامر الخطيب"] or "")


def test_near_miss_a_name_after_a_plain_title_keeps_its_words() -> None:
    paragraphs = ["قال الرئيس سامر الخطيب في تصريح اليوم: “عيد مبارك على الجميع، ونأمل من الحكومة التعاون”."]
    assert "سامر الخطيب" in _people("ردود الفعل على تشكيل الحكومة", paragraphs)


# --- a ministry's nisba noun and its country after "minister" ---------------------------------------------------


def test_minister_of_the_interior_of_a_country_is_an_office() -> None:
    paragraphs = [
        "قال وزير الداخلية الشيخ سامر بن نادر آل نوري إن الشرطة تتعامل مع مجموعات مسلحة.",
        'وقال وزير داخلية البحرين انه يستوجب موقفا موحدا، وقال: "إذا كنا نؤمن بأن التغيير سنة الحياة فإن تحقيقه '
        'يكون من خلال الالتزام بالنظام".',
    ]
    facts = _facts("الشرطة تتعامل مع مجموعات مسلحة", paragraphs)
    assert not [f for f in facts if f.kind == "person" and f.text.startswith("داخلية")]
    assert [f.speaker for f in facts if f.kind == "quote" and f.sentence] == ["سامر بن نادر آل نوري"]


def test_near_miss_a_nisba_given_name_after_minister_is_a_name() -> None:
    paragraphs = ["وقال وزير الإعلام سمية البحراني إن الحكومة تعمل."]
    assert "سمية البحراني" in _people("الحكومة تعمل", paragraphs)

"""Arabic quotes, speakers, roles and people in agency-style constructions (thirteenth round's code helper):
checked with made-up variants and look-alikes, on every Arabic dev article and on NewsFANE's held-out blocks.
Every sentence and name is made up."""

from __future__ import annotations

from briefing_app.core.numbers import strip_arabic_marks
from tests.unit.test_facts_arabic import _facts, _people, _speakers


def _quotes(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return [(f.text, f.speaker) for f in sorted(_facts(paragraphs), key=lambda f: f.sentence) if f.kind == "quote"]


# -- a statement given to journalists: they only carry it -------------------------------------------------------


def test_a_statement_to_journalists_glued_with_lil_is_the_subjects() -> None:
    for sentence in (
        'وأضافت الوزيرة نادية الحسيني في تصريح للصحفيين: "سنعمل على توفير كل الدعم للأسر المتضررة".',
        'وقال الوزير سامي الحسيني في تصريح للصحافيين: "سنعمل على توفير كل الدعم للأسر المتضررة".',
        'وقالت نادية الحسيني في تصريح للإعلام: "سنعمل على توفير كل الدعم للأسر المتضررة".',
    ):
        speakers = _speakers([sentence])
        assert len(speakers) == 1 and speakers[0] is not None and "الحسيني" in speakers[0], sentence


def test_a_statement_of_a_body_glued_with_lil_is_still_the_bodys() -> None:
    speakers = _speakers(['وجاء في بيان للحركة: "لن نشارك في الانتخابات المقبلة تحت أي ظرف".'])
    assert speakers == ["الحركة"]


# -- a nationality used as a noun: feminine, and after a verb or a noun without the article ------------------------


def test_a_feminine_nationality_used_as_a_noun_names_the_woman_after_it() -> None:
    people = _people(["وفازت الفرنسية أميلي دورانتو على الأمريكية ميغان شولتيرز في الدور الثاني."])
    assert {"أميلي دورانتو", "ميغان شولتيرز"} <= set(people)


def test_a_nationality_after_a_verb_or_a_construct_noun_names_a_person() -> None:
    for sentence, name in {
        "وتأهل الإسباني رافاييل كوستانيو إلى الدور الثالث.": "رافاييل كوستانيو",
        "وجاء ذلك بعد فوز البيروفي لويس هورانيتا بالمباراة.": "لويس هورانيتا",
        "وتغلبت الصربية ماريا فاديتشوفا على منافستها بسهولة.": "ماريا فاديتشوفا",
    }.items():
        assert name in _people([sentence]), sentence


def test_a_nationality_that_qualifies_a_noun_or_names_a_language_gives_no_person() -> None:
    for sentence in (
        "وأعلنت الحكومة الفرنسية أمس أنها ستدعم المشروع.",
        "وترجم الكتاب إلى الفرنسية عام 2010 وحقق مبيعات كبيرة.",
        "ونشرت مجلة تايم الأمريكية قائمة بأكثر الشخصيات تأثيرا.",
        "وكانت تجيد الفرنسية والإنكليزية والتركية منذ صغرها.",
        "وتبحث شركة تويوتا اليابانية عن شريك أوروبي جديد.",
        "واحتفلت الجالية المصرية في لندن بالعيد.",
    ):
        assert _people([sentence]) == {}, sentence


# -- a short quote that is the whole clause a verb of saying reports ------------------------------------------------


def test_two_or_three_quoted_words_closing_a_reported_clause_are_a_quote() -> None:
    for sentence, speaker in {
        'واعتبر أبو خالد الدوسري أن "المعركة طويلة".': "الدوسري",
        "وأكدت المتحدثة باسم الوزارة سناء المحمود أن «الموقف ثابت».": "المحمود",
        'وقال الوزير سامي نوري إن "الوضع خطير جدا".': "نوري",
    }.items():
        quotes = _quotes([sentence])
        assert len(quotes) == 1 and speaker in (quotes[0][1] or ""), sentence


def test_a_short_quote_after_a_bare_verb_goes_to_the_speaker_before() -> None:
    quotes = _quotes(['وأوضح الناطق باسم الجيش سالم العتيبي أن "القوات تقدمت نحو المدينة". وأشار إلى أن "المعارك مستمرة".'])
    assert [s for _, s in quotes] == ["سالم العتيبي", "سالم العتيبي"]


def test_a_name_in_marks_after_that_is_no_quote() -> None:
    for sentence in (
        'وقال سامي نوري إن "واتس آب" سيتوقف عن العمل.',
        'وأكد سامي نوري أن "حزب الأمة" رفض الاقتراح.',
        'وذكر التقرير أن "الأمم المتحدة".',
    ):
        assert _quotes([sentence]) == [], sentence


# -- every military and police rank is a title before a name ----------------------------------------------------


def test_a_captain_or_lieutenant_before_a_name_is_a_title() -> None:
    for sentence, name, rank in (
        ("قال النقيب كمال الخطيب إن الدورية لن تتراجع.", "كمال الخطيب", "النقيب"),
        ("«لن نتراجع عن مطالبنا»، قال النقيب كمال الخطيب.", "كمال الخطيب", "النقيب"),
        ("وأصيب الملازم سامر العلي في الاشتباك.", "سامر العلي", "الملازم"),
    ):
        people = _people([sentence])
        assert people.get(name) == rank, sentence


# -- a member for a seat or a bloc: النائب عن ... ------------------------------------------------------------------


def test_a_member_for_a_province_or_bloc_keeps_it_in_the_role() -> None:
    for sentence, name, role in (
        ("وشدد النائب عن كتلة التغيير سليم الأحمد على ضرورة المحاسبة.", "سليم الأحمد", "النائب عن كتلة التغيير"),
        ("وقال النائب عن محافظة البصرة سليم الأحمد إن الوضع صعب.", "سليم الأحمد", "النائب عن محافظة البصرة"),
        ("وقالت النائبة عن حزب الأمة سعاد الحسن إن الحزب سيقاطع الجلسة.", "سعاد الحسن", "النائبة عن حزب الأمة"),
    ):
        assert _people([sentence]).get(name) == role, sentence


def test_a_member_who_speaks_about_something_is_no_role_chain() -> None:
    for sentence in ("ودافع النائب عن قرار الحكومة في الجلسة.", "وتحدث النائب عن الأزمة الاقتصادية مطولا."):
        assert _people([sentence]) == {}, sentence


# -- vowelled copy: harakat and shadda ------------------------------------------------------------------------------


def test_a_shadda_or_harakat_on_the_verb_or_names_does_not_hide_the_quote() -> None:
    for sentence in (
        'وصرّح وزير الداخلية سامر الموصلي: "الانتخابات ستجري في موعدها المحدد".',
        'وأكّد وزير الداخلية سامر الموصلي أنّ "الانتخابات ستجري في موعدها المحدد".',
        'وقال وزيرُ الداخليةِ سامرُ الموصلي إنّ "الانتخابات ستجري في موعدها المحدد".',
    ):
        quotes = _quotes([sentence])
        assert len(quotes) == 1 and "الموصلي" in (quotes[0][1] or ""), sentence
        # (the role as the sentence writes it, marks and all, as the quote is: round 16)
        people = {name: strip_arabic_marks(role or "") for name, role in _people([sentence]).items()}
        assert people == {"سامر الموصلي": "وزير الداخلية"}, sentence


def test_a_vowelled_quote_keeps_its_marks() -> None:
    quotes = _quotes(['وقال الوزير سامر الموصلي: "إنّ الانتخاباتِ ستجري في موعدها".'])
    assert quotes == [("إنّ الانتخاباتِ ستجري في موعدها", "سامر الموصلي")]


# -- a text's definition in marks is nobody's speech ----------------------------------------------------------------


def test_a_law_defining_a_term_in_marks_is_no_quote() -> None:
    for sentence in (
        "والتقى الوزير سامر الموصلي بالمحامين. ويحدد القانون العاملين في الإغاثة على أنهم “الأشخاص المكلفون حصرا بنقل الجرحى والمرضى من مناطق القتال”.",
        "وتعرف الاتفاقية اللاجئ بأنه «كل شخص يوجد خارج بلده بسبب خوف له ما يبرره من التعرض للاضطهاد».",
    ):
        assert _quotes([sentence]) == [], sentence


def test_a_speaker_citing_a_definition_still_speaks() -> None:
    quotes = _quotes(["وقال المحامي سامر الموصلي إن القانون يعرفهم على أنهم «أشخاص محميون لا يجوز استهدافهم بأي حال من الأحوال»."])
    assert len(quotes) == 1 and "الموصلي" in (quotes[0][1] or "")


def test_according_to_what_a_vowelled_verb_says_names_the_body() -> None:
    quotes = _quotes(["والذي - وفقًا لما ذكرته الأمم المتحدة “يجرم تقديم الإسعافات الطبية للجرحى”."])
    assert len(quotes) == 1 and "الأمم المتحدة" in (quotes[0][1] or "")


# -- a pledge or threat in the speaker's words; a name after "known as" ------------------------------------------


def test_a_pledge_in_marks_is_the_pledgers_quote() -> None:
    quotes = _quotes(["وتعهدت المرشحة ليلى حداد أمام مناصريها بأنها ستواصل السباق « بغض النظر عما تؤول إليه الأمور » في الانتخابات."])
    assert len(quotes) == 1 and "حداد" in (quotes[0][1] or "")


def test_a_name_after_known_as_or_called_is_no_quote() -> None:
    for sentence in (
        "وتعهدت المرشحة ليلى حداد بأنها ستشارك في ما يعرف بـ « الثلاثاء الكبير » الشهر المقبل.",
        "وأكد الوزير سامر نور أن الحملة التي أطلق عليها « درع المدينة » مستمرة.",
        "وقال سامر نور إن الجماعة المعروفة بـ « أبناء الجبل » انسحبت.",
    ):
        assert _quotes([sentence]) == [], sentence


# -- an unnamed source -------------------------------------------------------------------------------------------


def test_a_source_who_withholds_his_name_is_no_person_called_his_name() -> None:
    sentence = 'وقال أحد الأطباء في المستشفى، طلب عدم ذكر اسمه: "لم يعد لدينا أي دواء للمرضى".'
    assert _quotes([sentence]) == [("لم يعد لدينا أي دواء للمرضى", "أحد الأطباء")]
    assert _people([sentence]) == {}


def test_an_unnamed_nurse_speaks_but_is_no_person() -> None:
    sentence = 'وقالت ممرضة، فضلت عدم ذكر اسمها، إن "الأدوية نفدت من المستشفى منذ أيام".'
    assert _quotes([sentence]) == [("الأدوية نفدت من المستشفى منذ أيام", "ممرضة")]
    assert _people([sentence]) == {}


def test_a_family_name_in_ta_marbuta_named_before_still_speaks() -> None:
    quotes = _quotes(['وقال رامي حمادة إن الفريق جاهز. وقال حمادة: "سنقاتل حتى النهاية في هذه البطولة".'])
    assert quotes == [("سنقاتل حتى النهاية في هذه البطولة", "رامي حمادة")]


# -- a role, then a foreign name no list holds, then the conjunction of reported speech --------------------------


def test_a_foreign_name_closing_the_subject_before_that_is_a_name() -> None:
    for sentence, name, role in (
        ("وقال المبعوث الأممي هانس غروندبرك إن الهدنة صامدة.", "هانس غروندبرك", "المبعوث الأممي"),
        ("وقال المبعوث الأممي إلى اليمن هانس غروندبرك إن الهدنة صامدة.", "هانس غروندبرك", "المبعوث الأممي إلى اليمن"),
        ("وقال عضو المكتب السياسي لحركة نهضان موسى أبو سرور إن الاتفاق قريب.", "موسى أبو سرور",
         "عضو المكتب السياسي لحركة نهضان"),
    ):  # fmt: skip
        assert _people([sentence]).get(name) == role, sentence


def test_an_adverbial_before_that_is_no_name() -> None:
    for sentence in (
        "وقال وزير الخارجية اليوم الإثنين إن المحادثات مستمرة.",
        "وقال رئيس البلدية بلهجة حادة إن المشروع لن يتوقف.",
        "وقال الوزير مرة أخرى إن القرار نهائي.",
        "وقال الرئيس بكل وضوح إن بلاده لن تتراجع.",
        "وقال مسؤول الإعلام بشكل واضح إن الأرقام غير دقيقة.",
        "وقال رئيس الحكومة لوكالة فرانس برس إن الصفقة ستتم.",
    ):
        assert _people([sentence]) == {}, sentence


# -- a nisba family name that is also a people's adjective -------------------------------------------------------


def test_a_nisba_said_alone_later_is_the_family_name() -> None:
    paragraphs = ["وتحدث رئيس الوزراء محمد شياع السوداني عن الإصلاحات.", 'وقال السوداني: "الحكومة ماضية في خطتها حتى النهاية".']
    assert _people(paragraphs) == {"محمد شياع السوداني": "رئيس الوزراء"}
    assert _speakers(paragraphs) == ["محمد شياع السوداني"]


def test_a_nationality_after_a_name_said_once_stays_a_description() -> None:
    assert "محمد صلاح" in _people(["وقال اللاعب محمد صلاح المصري إن الفريق جاهز."])


# -- curly marks typed either way round ----------------------------------------------------------------------------


def test_curly_marks_either_way_round_enclose_the_quote() -> None:
    for opening, closing in (("“", "“"), ("”", "“"), ("”", "”"), ("“", "”")):
        sentence = f"وقال مدير المستشفى سامر نوري: {opening}لقد دمر القصف الطابق الأول بالكامل{closing}. وأضاف أن الطواقم نجت."
        assert _quotes([sentence]) == [("لقد دمر القصف الطابق الأول بالكامل", "سامر نوري")], sentence


def test_a_name_in_curly_marks_typed_alike_is_no_quote() -> None:
    sentence = "ونشر كل من “سامر الحلبي“، وهو مواطن صحفي، و“مركز حلب الإعلامي“ صورا للدمار في المدينة القديمة."
    assert _quotes([sentence]) == []


# -- names in marks, names behind a testimony -------------------------------------------------------------------


def test_a_quoted_name_that_a_description_follows_is_a_person() -> None:
    people = _people(["ونشر كل من “سامر الحلبي“، وهو مواطن صحفي، و“مركز حلب الإعلامي“ صورا للدمار."])
    assert people == {"سامر الحلبي": "مواطن صحفي"}


def test_a_testimony_in_construct_with_the_name_is_no_part_of_it() -> None:
    sentence = 'وبحسب شهادة سامر نوري، مدير المستشفى، فإن "الصاروخ سقط عند المدخل الرئيسي مباشرة".'
    assert _people([sentence]) == {"سامر نوري": "مدير المستشفى"}
    assert _speakers([sentence]) == ["سامر نوري"]


# -- a quote that goes on into the next paragraph, the stop after its closing mark --------------------------------


def test_a_quote_going_on_in_the_next_paragraph_is_the_same_speakers() -> None:
    for second in ("نحن نعمل ليل نهار لإصلاح الأنابيب المتضررة\".", "\"نحن نعمل ليل نهار لإصلاح الأنابيب المتضررة\"."):
        quotes = _quotes(['وقال رئيس البلدية فراس العمري للصحفيين: "المياه ستعود خلال يومين.', second])
        assert [s for _, s in quotes] == ["فراس العمري", "فراس العمري"], second


# -- the speaker named in the sentence after the quote, pointing back to it -----------------------------------------


def test_this_is_what_x_said_names_the_speaker_of_the_quote_before() -> None:
    quotes = _quotes(["«لم نعد نملك شيئا بعد أن دمر القصف منزلنا». هذا ما قاله سامر نوري لمراسلنا."])
    assert quotes == [("لم نعد نملك شيئا بعد أن دمر القصف منزلنا", "سامر نوري")]


def test_a_description_ending_the_sentence_is_a_role_without_the_stop() -> None:
    people = _people(["«لم نعد نملك شيئا بعد أن دمر القصف منزلنا»، تقول ليلى حداد، وهي أم لثلاثة أطفال."])
    assert people == {"ليلى حداد": "أم لثلاثة أطفال"}


# -- "according to" without its verb: وحسب X، فإن «...»; وحسب قولها ------------------------------------------------


def test_according_to_a_body_or_a_person_before_the_quote() -> None:
    for sentence, speaker in (
        ('وحسب المرصد السوري لحقوق الإنسان، فإن "الغارات استهدفت مواقع عسكرية قرب العاصمة".', "المرصد السوري"),
        ('وحسب مدير المستشفى سامر نوري، فإن "المستشفى استقبل عشرات الجرحى منذ الصباح".', "سامر نوري"),
    ):
        quotes = _quotes([sentence])
        assert len(quotes) == 1 and speaker in (quotes[0][1] or ""), sentence


def test_according_to_her_words_is_the_one_just_named() -> None:
    paragraphs = ['وقالت ليلى حداد إن الوضع صعب. وحسب قولها فإن "الناس يريدون الخدمات قبل أي شيء آخر".']
    assert _quotes(paragraphs) == [("الناس يريدون الخدمات قبل أي شيء آخر", "ليلى حداد")]
    assert _people(paragraphs) == {"ليلى حداد": None}


def test_only_is_no_according_to() -> None:
    assert _people(["ليس هذا فحسب، بل إن الوزير سامر نوري أكد أن الخطة جاهزة."]) == {"سامر نوري": "الوزير"}


# -- a statement, a report or a site speaks for the body behind it ------------------------------------------------


def test_a_statement_speaks_for_the_body_that_issued_it() -> None:
    for paragraphs, speaker in (
        (['وأصدرت وزارة الخارجية بيانا حول الحادث. وأضاف البيان أن "الوزارة تتابع أوضاع المواطنين المحتجزين عن كثب".'],
         "وزارة الخارجية"),
        (['وفي بيان صادر عن منظمة الصحة العالمية، حذرت من تفشي الوباء. وأضاف البيان: "يجب اتخاذ إجراءات عاجلة لحماية الأطفال".'],
         "منظمة الصحة العالمية"),
        (['وأعلن الموقع الإلكتروني لوزارة الدفاع الروسية أنه: "تم تدمير عشرين هدفا خلال اليوم الماضي".'],
         "وزارة الدفاع الروسية"),
    ):  # fmt: skip
        assert [s for _, s in _quotes(paragraphs)] == [speaker], paragraphs


def test_a_statement_nobody_is_said_to_issue_speaks_as_itself() -> None:
    quotes = _quotes(['وقال البيان إن "الحكومة لن تسمح بأي تهديد لأمن البلاد واستقرارها".'])
    assert [s for _, s in quotes] == ["البيان"]


def test_what_a_statement_or_report_reads_is_its_issuers() -> None:
    for paragraphs, speaker in (
        (['وأصدرت وزارة الخارجية بيانا حول الحادث. وجاء في البيان: "الوزارة تتابع أوضاع المواطنين المحتجزين عن كثب".'],
         "وزارة الخارجية"),
        (['وقال الوزير سامر نوري إن الوضع مستقر. وجاء في تقرير الأمم المتحدة: "الوضع الإنساني يتدهور بسرعة في كل المناطق".'],
         "الأمم المتحدة"),
    ):  # fmt: skip
        assert [s for _, s in _quotes(paragraphs)] == [speaker], paragraphs


# -- how it was said is no one -------------------------------------------------------------------------------------


def test_a_manner_after_the_verb_is_no_speaker() -> None:
    for paragraphs, speaker in (
        (['وتحدث سامر نوري عن الأزمة. "الحكومة لا تفعل شيئا لمساعدة الناس في المخيمات"، قال بغضب.'], "سامر نوري"),
        (['وتحدثت ليلى حداد عن أسرتها. "فقدنا كل شيء في القصف الأخير على الحي"، قالت بحزن.'], "ليلى حداد"),
    ):
        assert [s for _, s in _quotes(paragraphs)] == [speaker], paragraphs
        assert set(_people(paragraphs)) == {speaker}, paragraphs


def test_a_surname_glued_like_a_preposition_still_speaks() -> None:
    paragraphs = ['وتحدث الرئيس عن الأزمة. "لن نتراجع عن أهدافنا في هذه الحرب أبدا"، قال برونوف.']
    assert [s for _, s in _quotes(paragraphs)] == ["برونوف"]

"""Arabic key facts of round 9, from made-up sentences in the register of Arabic agency copy: a speaker's own
words in marks inside reported speech, an unnamed source quoted by its noun, a statement "in which" an office
spoke, a new statement after a quote's full stop, and names and places the rules used to miss."""

from __future__ import annotations

from briefing_app.core.facts.place_shapes_ar import arabic_areas
from tests.unit.facts_helpers import facts_of, quotes_of


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(paragraphs, "ar") if f.kind == "person"}


def test_a_partial_quote_after_a_copula_in_reported_speech() -> None:
    quotes = quotes_of(["صرح سامي الحداد رئيس اتحاد الكرة بأن تأجيل البطولة كان « خطأ »."], "ar")
    assert [(q.text, q.speaker) for q in quotes] == [("خطأ", "سامي الحداد")]


def test_a_partial_quote_after_a_pronoun_or_preposition_in_reported_speech() -> None:
    quotes = quotes_of(["وقال رامي النجار: إن هذه القيود هي « تمييز واضح » ضد المزارعين."], "ar")
    assert [(q.text, q.speaker) for q in quotes] == [("تمييز واضح", "رامي النجار")]


def test_a_name_in_marks_after_a_noun_or_bare_conjunction_is_no_quote() -> None:
    assert quotes_of(["وأوضح مؤسس « نورا سوفت » أن « تطبيق سحاب » سوف يعمل بشكل مستقل."], "ar") == []
    assert quotes_of(["وقالت صحيفة « الفجر الجديد » إن الشركة المالكة هي « كوانتا سوفت »."], "ar") == []


def test_an_unnamed_source_speaks_by_its_noun_not_as_the_person_named_later() -> None:
    quotes = quotes_of(
        ["وقال دبلوماسي في المجلس: إن المبعوث سيكون له « مساعد عربي ». وأكد الأمين العام كمال الصافي أن القرار نهائي."],
        "ar",
    )
    assert [q.text for q in quotes] == ["مساعد عربي"]
    assert (quotes[0].speaker or "").startswith("دبلوماسي")


def test_a_statement_in_which_the_spokesman_spoke_is_the_spokesman_s() -> None:
    quotes = quotes_of(
        [
            "ونفت هالة الدوري، المتحدثة باسم المفوضية، وجود أي جدول زمني.",
            "وأدلى المتحدث باسم وزارة الزراعة بتصريح لوكالة الأنباء قال فيه: إن هذه الإجراءات هي « ظلم واضح » للمزارعين.",
        ],
        "ar",
    )
    assert [(q.text, q.speaker) for q in quotes] == [("ظلم واضح", "المتحدث باسم وزارة الزراعة")]


def test_two_people_of_one_family_name_stay_two() -> None:
    people = _people(
        [
            "وصرح رئيس الحكومة المحلية مروان دلشاد بأن « القصف انتهاك صارخ » .",
            "وأكد سامان دلشاد في بيان : « هذه الهجمات ظلم واضح » .",
        ]
    )
    assert {"مروان دلشاد", "سامان دلشاد"} <= set(people)


def test_a_superlative_before_a_role_noun_is_no_name() -> None:
    people = _people(["وفازت ليانا موريل بجائزة أفضل ممثلة ، ليصبح بذلك أول ممثل يفوز بها مرتين ."])
    assert not [p for p in people if "أفضل" in p or "أول" in p]


def test_a_participle_of_saying_before_a_spaced_colon_ends_the_name() -> None:
    quotes = quotes_of(
        [
            "وحذر مدير البعثة الفرعية للجنة الإغاثة في المدينة ويليام هارتبرغ قائلا : « نواجه الآن خطر فقدان مستشفيين آخرين » ."
        ],
        "ar",
    )
    assert [q.speaker for q in quotes] == ["ويليام هارتبرغ"]


def _named(paragraphs: list[str], kind: str) -> set[str]:
    return {f.text for f in facts_of(paragraphs, "ar") if f.kind == kind}


def test_sites_named_by_their_kind_are_places() -> None:
    places = _named(
        [
            "ونقل الجرحى إلى مستشفى تولفيك الأوروبي ثم إلى مستشفى حمدان .",
            "ووقع الانفجار قرب مسجد صاحب الوقت في شارع الأحرار على طريق مقبرة الشيخ زاهر .",
        ],
        "place",
    )
    assert {"مستشفى تولفيك الأوروبي", "مستشفى حمدان", "مسجد صاحب الوقت", "شارع الأحرار", "مقبرة الشيخ زاهر"} <= places
    assert not {p for p in places if p.startswith("مستشفى")} & _named(
        ["ونقل الجرحى إلى مستشفى حمدان ."], "organisation"
    )


def test_a_kind_before_a_preposition_or_a_verb_of_naming_names_no_site() -> None:
    assert arabic_areas("وأقيم مخيم للاجئين قرب مسجد يدعى النور .") == []


def test_a_compass_adjective_after_a_place_is_part_of_its_name() -> None:
    places = _named(["وستجرى الانتخابات في أوروبا الشرقية كما جرت في ألمانيا الغربية ."], "place")
    assert {"أوروبا الشرقية", "ألمانيا الغربية"} <= places


def test_a_committee_after_for_keeps_its_article_before_an_agreeing_adjective() -> None:
    orgs = _named(
        ["وقال مدير البعثة التابعة للجنة الدولية للإغاثة إن الوضع خطير .", "وأعلنت النتائج للجنة التحكيم ."],
        "organisation",
    )
    assert "لجنة الدولية للإغاثة" not in orgs
    assert any(o.startswith("اللجنة الدولية") for o in orgs)
    assert not any(o.startswith("اللجنة التحكيم") for o in orgs)


def test_a_term_in_guillemets_inside_a_straight_quoted_quote_keeps_the_quote_whole() -> None:
    quotes = quotes_of(
        ['واستطرد الناطق سليم حداد قائلا : " إن بلادنا تؤكد حسن الجوار ، وتعتقد أن الاتفاق « متاح » في ظل التعاون " .'],
        "ar",
    )
    assert [q.speaker for q in quotes] == ["سليم حداد"]
    assert "متاح" in quotes[0].text and quotes[0].text.startswith("إن بلادنا")


def test_a_verb_of_saying_nearer_the_quote_names_its_speaker() -> None:
    quotes = quotes_of(
        ['وأعلنت الحكومة الخميس يوم حداد وطني ، وأفاد التلفزيون : " إثر الهجوم أعلنت الحكومة يوم حداد " .'], "ar"
    )
    assert [q.speaker for q in quotes] == ["التلفزيون"]


def test_a_ministry_by_its_portfolio_and_country_speaks_for_the_sentence_it_opens() -> None:
    paragraphs = [
        "وأدان رئيس الإقليم كريم داوود الهجوم .",
        'فيما استنكرت الخارجية الأردنية ذلك الهجوم ، ووعدت كذلك بأنها " ستتخذ إجراءات قانونية تجاه العدوان على المدينة ، منها تقديم شكوى لمجلس الأمن " .',
    ]
    assert "الخارجية الأردنية" in _named(paragraphs, "organisation")
    assert [q.speaker for q in quotes_of(paragraphs, "ar")] == ["الخارجية الأردنية"]
    assert _named(["وتحسنت المالية العامة للدولة ."], "organisation") == set()


def test_definite_adjectives_after_a_title_go_on_the_title_not_the_name() -> None:
    people = _people(
        [
            "وتظهر الاستطلاعات أن الرئيس الجمهوري السابق يتقدم على منافسته .",
            "وقال الرئيس السوري كمال نصار إن الوضع هادئ .",
        ]
    )
    assert not [p for p in people if p.startswith("ال")]
    assert (people.get("كمال نصار") or "").startswith("الرئيس السوري")


def test_a_role_in_a_construct_chain_is_no_name_even_when_repeated() -> None:
    paragraphs = [
        "حارس مرمى المنتخب الوطني : لاعبونا بخير .",
        "قال حارس مرمى المنتخب الوطني لكرة القدم إن اللاعبين بخير .",
        'وأشار حارس مرمى المنتخب الوطني إلى أوضاع السكان وقال : " السكان أقوياء ويجب أن يظلوا أقوياء في كل الظروف " .',
    ]
    assert "حارس مرمى" not in _people(paragraphs)


def test_a_repeated_pair_in_quote_marks_or_a_compass_phrase_is_no_person() -> None:
    people = _people(
        [
            'ووقع الانفجار قرب مسجد يدعى " صاحب الوقت " في المدينة .',
            'وزار المصلون مسجد " صاحب الوقت " مرة أخرى .',
            "وتقع البلدة شمال غرب محافظة السهل الشرقية .",
        ]
    )
    assert people == {}


def test_a_name_in_spaced_commas_after_a_role_with_a_place_in_its_chain() -> None:
    people = _people(["أعلن حاكم ولاية تولفيك ، رون هالفورسن ، الأحد ، انسحابه من السباق ."])
    assert people == {"رون هالفورسن": "حاكم ولاية تولفيك"}


def test_a_noun_and_adjective_in_the_accusative_after_a_role_are_no_name() -> None:
    people = _people(["ووصف نائب حاكم المحافظة الحادث هجوما إرهابيا ."])
    assert "هجوما إرهابيا" not in people


def test_like_glued_to_a_listed_country_or_body() -> None:
    facts = facts_of(["وأدانت الهجوم دول كروسيا وتركيا ، وجماعات كحزب الله ."], "ar")
    assert "روسيا" in {f.text for f in facts if f.kind == "place"}
    assert "حزب الله" in {f.text for f in facts if f.kind == "organisation"}
    assert "ورونا" not in {f.text for f in facts_of(["توفي مريضان بفيروس كورونا ."], "ar") if f.kind == "place"}


def test_a_definite_kind_a_determiner_or_a_competition_names_no_place() -> None:
    places = _named(
        ["وقالت إن الولاية قررت المضي في ولاية أخرى .", "وخسر المنتخب في بطولة كأس آسيا أمام منافسه ."], "place"
    )
    assert not places & {"قررت", "أخرى", "آسيا"}


def test_a_foreign_name_the_tagger_reads_after_a_nationality_adjective() -> None:
    assert "إينار هالفورسن" in _people(["ونجح السائق برفقة ملاحه النرويجي إينار هالفورسن بانتزاع المركز الأول ."])


def test_a_given_name_shared_with_a_town_after_a_cue_and_a_sure_tag() -> None:
    assert "فلاديمير مالتسيف" in _people(["متفوقا على البطل المحلي الروسي فلاديمير مالتسيف الذي أنهى السباق ثانيا ."])


def test_a_predicate_in_marks_after_the_subject_of_a_reported_statement() -> None:
    quotes = quotes_of(
        [
            'ونقل التلفزيون الرسمي عن سامر الكردي ، نائب حاكم المحافظة التي ينحدر منها ، قوله إن الانفجارين " هجومان إرهابيان " .'
        ],
        "ar",
    )
    assert [(q.text, q.speaker) for q in quotes] == [("هجومان إرهابيان", "سامر الكردي")]


def test_reports_in_the_plural_are_no_person() -> None:
    assert _people(["وقالت تقارير إعلامية محلية إن عدد الضحايا ارتفع ."]) == {}


def test_a_tagged_name_takes_the_role_phrase_right_before_it() -> None:
    people = _people(["ونجح السائق برفقة ملاحه النرويجي إينار هالفورسن بانتزاع المركز الأول ."])
    assert people.get("إينار هالفورسن") == "ملاحه النرويجي"


def test_and_the_after_a_definite_bodys_adjective_opens_another_body() -> None:
    orgs = _named(
        ["ودعا المبعوث الحكومة المحلية والمعارضة إلى الحوار .", "وقاتل الجيش الوطني والحرس الثوري معا ."],
        "organisation",
    )
    assert not {o for o in orgs if " والمعارضة" in o or " والحرس" in o}
    assert "منظمة الأغذية والزراعة" in _named(["وحذرت منظمة الأغذية والزراعة من المجاعة ."], "organisation")

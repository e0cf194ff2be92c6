"""Quotes with the right speaker, eighth round: one test per error class a linguist would name, on sentences
written for these tests (Arabic, Hebrew and English)."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, quotes_of


def _speakers(paragraphs: list[str], language: str = "en") -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs, language)]


# --- Arabic ---------------------------------------------------------------------------------------------------


def test_arabic_title_name_then_role_in_apposition_is_the_name() -> None:
    # verb, title, a name no list holds, then the role in apposition: the name speaks, not the role
    assert _speakers([
        'أعلنت الوكالة نتائج الرحلة. يقول الباحث كيرت وايلر مدير علماء المشروع: " إن هذه الخطوة هي الأهم '
        'بالنسبة لنا منذ بدأنا ". وأضاف: " إنها قفزة تاريخية في مسيرتنا الطويلة ".',
    ], "ar") == ["كيرت وايلر", "كيرت وايلر"]  # fmt: skip


def test_arabic_title_ending_in_a_work_kind_before_a_colon_is_an_introduction() -> None:
    # "مدير المشروع:" after a verb of saying introduces speech; "المشروع" is no kind of a work named in marks
    quotes = quotes_of([
        'افتتحت البلدية المكتبة الجديدة. وقالت سلمى حداد مديرة المشروع: " سنفتح أبوابنا لكل الأطفال في الصيف ".',
    ], "ar")  # fmt: skip
    assert [q.speaker for q in quotes] == ["سلمى حداد"]
    # a work named after its kind, no verb of saying: still a title
    assert quotes_of(['أصدرت الكاتبة رواية جديدة. وحمل كتابها: " أيام على الشاطئ البعيد في الصيف ".'], "ar") == []


def test_arabic_body_after_warning_verb_speaks_not_the_person_whose_role_names_it() -> None:
    # "وحذرت المنظمة الدولية من أن": the body, though an earlier person's role mentions it
    assert _speakers([
        'وقالت سلمى حداد ممثلة الأمم المتحدة في البلاد: " لم نر مثل هذا الدمار من قبل في أي مكان ".',
        'وحذرت الأمم المتحدة من جانبها من أن " الأزمة الإنسانية تفلت الآن من أي سيطرة في الشمال ".',
    ], "ar") == ["سلمى حداد", "الأمم المتحدة"]  # fmt: skip


def test_arabic_speaker_after_the_quote_behind_as() -> None:
    # '"..." كما أنذرت X' (as X warned): X
    assert _speakers([
        'وقالت سلمى حداد: " المخيم لم يعد يتسع لأحد ".',
        'بات المخيم يأوي آلاف الأشخاص " ويوشك أن يصبح من أكبر الكوارث في هذا البلد " كما أنذرت هالة منصور '
        'مديرة منظمة الإغاثة في الشمال.',
    ], "ar") == ["سلمى حداد", "هالة منصور"]  # fmt: skip


def test_arabic_a_name_running_into_its_verb_is_not_the_speaker() -> None:
    # "رحب X بانشقاق العميد Y ولكنه قال ... حيث قال:": the subject X goes on speaking, not "Y ولكنه قال"
    assert _speakers([
        'وقال عادل نصار رئيس المجلس إن الحكومة ستتشكل قريبا.',
        'وعن المرحلة الانتقالية رحب نصار بانشقاق العميد طلال ولكنه قال إن طلال لا يمكن أن يشارك في المرحلة الأولى '
        'حيث قال: " الحوار يجب أن يكون أولا مع الفصائل الموجودة على الأرض ".',
    ], "ar") == ["عادل نصار"]  # fmt: skip


def test_arabic_short_exclamation_after_a_verb_and_colon_is_speech() -> None:
    quotes = quotes_of([
        'صعدت الممثلة سلمى حداد إلى المسرح، وقالت بعد فتح الظرف: " خيار رائع ! "، ثم غادرت المسرح.',
    ], "ar")  # fmt: skip
    assert [q.speaker for q in quotes] == ["سلمى حداد"]


# --- Hebrew ---------------------------------------------------------------------------------------------------

_HE_LEAD = "הממשלה התכנסה היום לדיון עם השר משה כהן."
_HE_WORDS = "אנחנו לא נעלה את המסים בשנה הבאה בשום מקרה"


def test_hebrew_high_marks_typed_either_way_round() -> None:
    # a right-to-left keyboard leaves ”...“ or ”...”: still one quotation
    for opening, closing in (("”", "“"), ("”", "”"), ("“", "”"), ("„", "“")):
        quotes = quotes_of([f"{_HE_LEAD} כהן אמר: {opening}{_HE_WORDS}{closing}."], "he")
        assert [(q.text, q.speaker) for q in quotes] == [(_HE_WORDS, "משה כהן")], opening + closing


def test_hebrew_single_marks_and_geresh_as_quotation_marks() -> None:
    for mark in ("'", "׳"):
        quotes = quotes_of([f"{_HE_LEAD} כהן אמר: {mark}{_HE_WORDS}{mark}."], "he")
        assert [(q.text, q.speaker) for q in quotes] == [(_HE_WORDS, "משה כהן")], mark


def test_hebrew_geresh_of_an_abbreviation_or_a_transliteration_opens_no_quote() -> None:
    assert quotes_of(["ג'ורג' לוי אמר כי הממשלה תקום בקרוב ואולי כבר מחר בבוקר."], "he") == []
    quotes = quotes_of([f"גב׳ דנה לוי אמרה: “{_HE_WORDS}”."], "he")
    assert [q.text for q in quotes] == [_HE_WORDS]


# --- English --------------------------------------------------------------------------------------------------


def test_a_sentence_reporting_two_speakers_gives_each_quote_its_own() -> None:
    assert _speakers([
        "Jane Roe, the city's mayor, opened the pier.",
        'The mayor said the town "will never again wait ten years for a repair", while Tom Weller said it '
        '"will be far too late for the season".',
    ]) == ["Jane Roe", "Tom Weller"]  # fmt: skip
    assert _speakers([
        'Jane Roe said the pier "will never again wait ten years for repairs", but Tom Weller, the harbour master, '
        'called it "far too late for this season".',
    ]) == ["Jane Roe", "Tom Weller"]  # fmt: skip


def test_a_speaker_named_by_a_role_of_several_words_is_its_holder() -> None:
    # "the harbour master" is the one the article gave that role, not the first person of the sentence before
    assert _speakers([
        "Mayor Jane Roe and harbour master Tom Weller met on Monday.",
        '"The pier will stay shut until the spring," the mayor said.',
        '"We will check it again in March," the harbour master added.',
    ]) == ["Jane Roe", "Tom Weller"]  # fmt: skip


def test_a_possessive_role_after_the_quote_is_someone_unnamed_not_the_possessor() -> None:
    assert _speakers([
        "Police said Tom Weller, 45, was arrested at the port.",
        '"He had nothing to do with the fire at all," his lawyer said.',
    ]) == ["his lawyer"]  # fmt: skip


def test_a_second_clause_with_its_own_verb_of_saying_introduces_the_next_quote() -> None:
    assert _speakers([
        "Ann Lee and Tom Weller spoke to reporters.",
        '"We were told nothing," Lee said, and Weller added: "Nobody asked us at all about the plan."',
    ]) == ["Ann Lee", "Tom Weller"]  # fmt: skip


def test_quoted_words_after_a_verb_of_saying_and_that_are_a_clause() -> None:
    # 'adding that "the plan came from nowhere"': a noun subject and a past verb, no auxiliary, still a clause
    quotes = quotes_of([
        "Ann Lee spoke first.",
        '"Nobody asked us at all," Lee told the Harbour Echo, adding that "the plan came from nowhere this spring".',
    ])  # fmt: skip
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Nobody asked us at all", "Ann Lee"),
        ("the plan came from nowhere this spring", "Ann Lee"),
    ]
    # a noun phrase after a verb that is not one of saying stays a phrase
    assert [q.text for q in quotes_of(["Ann Lee described the plan as \"the worst idea in years\"."])] == []


def test_arabic_a_definite_title_then_a_name_the_people_finder_missed_is_the_name() -> None:
    # "وتساءل المحلل السياسي جمال حسن:": the name after the title (a verb the people finder does not read)
    assert _speakers([
        "وصل وفد البعثة الأممية إلى العاصمة أمس.",
        'وتساءل المحلل السياسي جمال حسن: " من سيضمن نزاهة الانتخابات في ظل هذه الظروف؟ ".',
    ], "ar") == ["جمال حسن"]  # fmt: skip


def test_hebrew_habit_of_saying_once_and_in_his_words_go_back_to_the_person_named() -> None:
    lead = "ההיסטוריון משה כהן נולד בחיפה."
    words = '"מי שלא מכיר את העבר לא יבין את ההווה לעולם".'
    for intro in ("הוא נהג לומר:", "על כך אמר פעם:", "במילותיו:"):
        assert _speakers([f"{lead} {intro} {words}"], "he") == ["משה כהן"], intro
    # "פעם" (once) after the verb is no person
    people = [f.text for f in facts_of([f"{lead} על כך אמר פעם: {words}"], "he") if f.kind == "person"]
    assert people == ["משה כהן"]


def test_a_post_printed_with_its_display_name_before_the_handle_is_that_name() -> None:
    quotes = quotes_of([
        "The harbour plan drew jokes online. These are some of the posts since Monday:",
        "Harbour Cat @harbourcat99: Selling the pier to pay for the pier? What a plan this is.",
        "Ángel Moss @a_moss: Ten million for a bridge that nobody walks on, and no bus for the school.",
    ])  # fmt: skip
    assert [q.speaker for q in quotes] == ["Harbour Cat", "Ángel Moss"]


def test_a_participle_of_saying_after_a_main_clause_is_the_main_clause_subjects() -> None:
    lead = "Mayor Tom Weller met the council."
    for sentence in (
        'Mr. Weller started his speech by saying "thank you for the welcome you have given all of us today."',
        'He made this clear by saying "if there needs to be a little pressure then I will provide it," after the talks.',
        'On Monday, Mayor Tom Weller, who is the first mayor from the harbour, addressed the council saying, '
        '"Today I want to thank the unknown heroes of the pier."',
        'He is reported to have said "God bless the harbour and all who work in it."',
    ):
        assert _speakers([lead, sentence]) == ["Tom Weller"], sentence


def test_told_names_the_listener_and_a_platform_user_is_the_handle() -> None:
    assert _speakers([
        "Tom Weller spoke first.",
        'As Ann Lee, a scientist and a co-author of the study, told the Harbour Echo: "I was expecting to find a '
        'metal rock out there."',
    ]) == ["Ann Lee"]  # fmt: skip
    assert _speakers([
        "Tom Weller spoke first.",
        'Harbour forum user bluecrab responded simply: "Go away, Weller, nobody wants you here."',
    ]) == ["bluecrab"]  # fmt: skip


def test_a_present_tense_verb_of_manner_after_a_quote_attributes_it() -> None:
    assert _speakers([
        "Tom Weller spoke first.",
        '"None of us have ever tried to leave the country", Ann sighs, pointing to the papers.',
    ]) == ["Ann"]  # fmt: skip


def test_quoted_predicates_and_noun_phrases_in_the_writers_clause_are_no_speech() -> None:
    lead = "The harbour fire was put out on Monday."
    for sentence in (
        'Judge Ann Lee told the two men they had committed "the worst crime of a town that was only ever quiet".',
        'In a statement, Inspector Tom Weller said the fire had "caused considerable distress in such a small town".',
        'Fire chief Tom Weller said the blaze "caused shock and concern in this small harbour community".',
        'Fire chief Tom Weller said the fire was "highly unusual for the season in these parts".',
        'Tom Weller said the plan rested on "our own work at the site" and "inquiries from worried families".',
    ):
        assert quotes_of([lead, sentence]) == [], sentence
    # a clause in marks after "said" stays speech
    assert _speakers([lead, 'Tom Weller said "the fire was never a danger to the town at all".']) == ["Tom Weller"]


def test_a_possessive_and_a_relation_in_apposition_and_a_message_from_someone_unnamed() -> None:
    assert _speakers([
        "Liam Roe was killed in 2012.",
        'Following the sentencing, Claire Roe, Liam Roe\'s step-mother, said: "We are happy that justice has been '
        'done today."',
    ]) == ["Claire Roe"]  # fmt: skip
    assert _speakers([
        "Tom Weller was arrested in May.",
        'When the family returned home, there was a crushing message from his lawyers, "Tom did not make bail".',
    ]) == ["his lawyers"]  # fmt: skip


def test_a_release_headed_as_someones_statement_gives_them_its_unattributed_quotes() -> None:
    quotes = quotes_of([
        "Statement from the Harbour Trust’s Jane Roe on the New Pier Budget",
        "“The new budget lets us finish the pier before the summer season starts in June.",
        "“We thank every volunteer who kept the harbour open through the storms of the winter.”",
    ])  # fmt: skip
    assert quotes and all(q.speaker == "Jane Roe" for q in quotes)
    # a headline of another kind names no speaker
    assert all(q.speaker is None for q in quotes_of([
        "Harbour Trust Opens New Pier",
        "“The new budget lets us finish the pier before the summer season starts in June.",
    ]))  # fmt: skip


def test_mr_before_a_surname_makes_he_find_him_whatever_the_given_name_list_says() -> None:
    # "Evelyn" is listed mostly for women; the article calls him "Mr. Weller"
    assert _speakers([
        "President Jane Roe welcomed Prime Minister Evelyn Weller to the harbour.",
        '"We are proud of our long friendship," said Ms. Roe.',
        "Mr. Weller also spoke about the peace talks.",
        'He said that "we are all glad to stand here today and say that we have peace."',
    ]) == ["Jane Roe", "Evelyn Weller"]  # fmt: skip


def test_a_contrastive_clause_after_a_quote_is_not_its_attribution_danish() -> None:
    assert _speakers([
        "Borgmester Karen Lund og direktør Peter Dam mødtes fredag.",
        "Karen Lund sagde, at broen »er en gave til hele egnen«, mens Peter Dam sagde, at den »vil koste alt for "
        "meget for byen«.",
    ], "da") == ["Karen Lund", "Peter Dam"]  # fmt: skip
    assert _speakers([
        "Borgmester Karen Lund og direktør Peter Dam mødtes fredag.",
        "»Det bliver dyrt,« siger Karen Lund, og Peter Dam tilføjer: »Men det er pengene værd for hele byen.«",
    ], "da") == ["Karen Lund", "Peter Dam"]  # fmt: skip

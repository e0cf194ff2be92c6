"""Arabic and Hebrew people, roles and quotes in made-up wire copy of round 19, written before it was run.

Two real openly licensed Arabic excerpts were read first (a Global Voices post and an Arabic Wikinews story,
both read right); little more real Arabic or Hebrew news under an open licence could be found, so two made-up
sets in the style of Saudi and pan-Arab agency copy (24 items) and Hebrew news and Wikipedia copy (26 items)
were written before their first run: people 55/56 found (1 false), roles 48/53, quotes 23/23 found (2 with the
wrong speaker, 1 false). Classes fixed (rules about the language; every name here is made up): a body of a
three-letter noun glued to ل (لحزب, لبنك) cut the role before a name in commas; a name by the first son
(أم X) after a possessed kin noun and a comma was lost, and the kin noun spoke as a person; an office in a body
named after a king or prince (مستشفى الملك فهد, جامعة الأمير X بن Y) lost its holder's role, or the holder;
Hebrew reserve and retired marks after a rank (מיל', בדימ'), sports positions, a numeral after a name, a
party in brackets after a speaker, a company's name in marks."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def _people(sentence: str, language: str) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of([sentence], language) if f.kind == "person"}


def _quotes(sentence: str, language: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.speaker) for f in facts_of([sentence], language) if f.kind == "quote"]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("وكان الأمين العام لحزب العمل، نبيل الحسن، قد أعلن استقالته.", "نبيل الحسن", "الأمين العام لحزب العمل"),
        ("وقال الأمين العام لحزب العمل، نبيل المصري، إن الحزب سيقاطع.", "نبيل المصري", "الأمين العام لحزب العمل"),
        ("وقال المدير الإقليمي لبنك التنمية سامي الفارس إن القرض أقر.", "سامي الفارس", "المدير الإقليمي لبنك التنمية"),
    ],
)
def test_arabic_role_runs_over_a_three_letter_body_glued_to_la(sentence: str, name: str, role: str) -> None:
    assert _people(sentence, "ar").get(name) == role


def test_arabic_a_glued_three_letter_body_with_no_name_after_it_gives_no_person() -> None:
    assert _people("وسلم الوزير لوفد الشركة درعا تذكاريا.", "ar") == {}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("وقالت والدته، أم أحمد، للباحثين إنه لم يعد.", "أم أحمد", "والدته"),
        ("وقالت زوجته، أم خالد، إنها لم تعرف مكانه.", "أم خالد", "زوجته"),
        ("وقالت شقيقته، أم علي: «لم نره منذ شهر».", "أم علي", "شقيقته"),
    ],
)
def test_arabic_name_by_the_first_son_after_a_possessed_kin_noun(sentence: str, name: str, role: str) -> None:
    people = _people(sentence, "ar")
    assert people.get(name) == role
    assert set(people) == {name}  # the kin noun is no person of its own


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("وقالت والدته، أم أحمد، للباحثين: «خرج ليشتري الخبز ولم يعد».", "أم أحمد"),
        ("وقالت شقيقته، سلمى: «لم نره منذ شهر».", "سلمى"),
    ],
)
def test_arabic_kin_noun_then_a_name_in_commas_speaks_as_the_name(sentence: str, speaker: str) -> None:
    assert [s for _, s in _quotes(sentence, "ar")] == [speaker]


def test_arabic_a_kin_noun_alone_speaks_but_is_no_person() -> None:
    sentence = "وقالت شقيقته: «لم نره منذ شهر»."
    assert [s for _, s in _quotes(sentence, "ar")] == ["شقيقته"]
    assert _people(sentence, "ar") == {}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("وقال مدير مستشفى الأمير محمد بن عبدالعزيز الدكتور فيصل الشمري إن المستشفى جاهز.", "فيصل الشمري", "مدير مستشفى"),
        ("وقال مدير جامعة الأمير سطام بن عبدالعزيز الدكتور عادل الهاشمي إن الجامعة جاهزة.", "عادل الهاشمي", "مدير جامعة"),
        ("وأشاد مدير مستشفى الملك فهد الدكتور فيصل الشمري بجهود الأطباء.", "فيصل الشمري", "مدير مستشفى الملك فهد"),
        ("وأشاد مدير جامعة الملك سعود الدكتور فيصل الشمري بجهود الأساتذة.", "فيصل الشمري", "مدير جامعة الملك سعود"),
        ("وافتتح مدير مطار الملك خالد الدولي المهندس سعد الدوسري الصالة الجديدة.", "سعد الدوسري", "مطار الملك خالد الدولي"),
    ],
)
def test_arabic_office_in_a_body_named_after_a_royal(sentence: str, name: str, role: str) -> None:
    people = _people(sentence, "ar")
    assert name in people and role in (people[name] or "")
    assert set(people) == {name}  # the eponym is no person


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        # look-alikes: the prince holds the office himself
        ("وقال وزير الخارجية الأمير فيصل بن فرحان إن المملكة ترحب.", "فيصل بن فرحان", "وزير الخارجية"),
        ("وقال رئيس مجلس إدارة نادي الهلال الأمير محمد بن فيصل إن النادي جاهز.", "محمد بن فيصل", "رئيس مجلس إدارة"),
    ],
)
def test_arabic_a_prince_holding_the_office_is_still_the_person(sentence: str, name: str, role: str) -> None:
    people = _people(sentence, "ar")
    assert name in people and role in (people[name] or "")


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ('רס"ן (מיל\') דנה לוי נפצעה קל בתקרית.', "דנה לוי", 'רס"ן'),
        ('אל"ם (במיל\') משה כהן אמר כי המצב קשה.', "משה כהן", 'אל"ם'),
        ("השופט (בדימ') אליעזר פינטו מונה לעמוד בראש הוועדה.", "אליעזר פינטו", "השופט"),
        ('רס"ן מיל\' דנה לוי נפצעה קל בתקרית.', "דנה לוי", 'רס"ן'),
    ],
)
def test_hebrew_reserve_or_retired_mark_after_a_rank_is_no_part_of_the_name(sentence: str, name: str, role: str) -> None:
    people = _people(sentence, "he")
    assert set(people) == {name}
    assert role in (people[name] or "")


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("במשחק הגמר הבקיע החלוץ אבי טל שני שערים.", "אבי טל", "החלוץ"),
        ("השוער רון גבאי הציל את הקבוצה בדקה האחרונה.", "רון גבאי", "השוער"),
        ("הקשר עומר דהן נפצע באימון.", "עומר דהן", "הקשר"),
        ("הבלם דור לוי הורחק בדקה ה-80.", "דור לוי", "הבלם"),
    ],
)
def test_hebrew_player_by_position_before_a_name(sentence: str, name: str, role: str) -> None:
    assert _people(sentence, "he") == {name: role}


@pytest.mark.parametrize(
    "sentence",
    ["הקשר בין ישראל לארצות הברית חזק מתמיד.", "המגן הלאומי של ישראל נפגע."],
)
def test_hebrew_position_nouns_as_common_nouns_name_nobody(sentence: str) -> None:
    assert _people(sentence, "he") == {}


def test_hebrew_a_number_after_a_name_is_no_third_name() -> None:
    assert _people("השר משה כהן שני נאם בכנס.", "he") == {"משה כהן": "השר"}


@pytest.mark.parametrize(
    "sentence",
    [
        'ח"כ עדי ורדי (יש עתיד) תקף את ההחלטה וכתב ברשתות החברתיות: "זו בושה לאומית".',
        'ח"כ עדי ורדי (ש"ס) תקף את ההחלטה וכתב ברשתות החברתיות: "זו בושה לאומית".',
    ],
)
def test_hebrew_party_in_brackets_after_the_speaker(sentence: str) -> None:
    assert _quotes(sentence, "he") == [("זו בושה לאומית", "עדי ורדי")]


@pytest.mark.parametrize(
    "sentence",
    [
        'גיל ברזילי, מנכ"ל חברת "קו ישיר", אמר כי החברה צומחת.',
        'רונית לוי, מייסדת עמותת הסיוע "יד פתוחה", סיפרה על הפעילות.',
        'התלמידים בבית הספר "אופק" יצאו לטיול.',
    ],
)
def test_hebrew_body_named_in_marks_after_its_kind_is_no_quote(sentence: str) -> None:
    assert _quotes(sentence, "he") == []


def test_hebrew_speech_where_a_kind_of_body_is_the_place_is_still_a_quote() -> None:
    # look-alike: "said at the exhibition:" — the colon introduces speech, no name
    assert _quotes('ראש הממשלה אמר בתערוכה: "נמשיך להילחם".', "he") == [("נמשיך להילחם", "ראש הממשלה")]
    people_quotes = _quotes('גיל ברזילי, מנכ"ל חברת התקשורת "קו ישיר", אמר ל-ynet: "אנחנו צופים צמיחה".', "he")
    assert people_quotes == [("אנחנו צופים צמיחה", "גיל ברזילי")]


# The second made-up sets (Arabic rights-report and witness copy, 20 items; Hebrew Wikipedia-style history and
# biography, 20 items), written before their first run: people 38/40 found (none false), roles 30/31, quotes 12/12
# found (2 with the wrong speaker: an unnamed man in a video, and the blogger below).


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("وقال الناشط فارس الشيخ إن القصف استمر.", "فارس الشيخ", "الناشط"),
        ("وقال المدون فارس الشيخ إن القصف استمر.", "فارس الشيخ", "المدون"),
        ("وقال المحلل السياسي فارس الشيخ إن القضية مؤجلة.", "فارس الشيخ", "المحلل السياسي"),
        ("وكتبت المدونة سلمى الشيخ: «الصمت الدولي شريك في الجريمة».", "سلمى الشيخ", "المدونة"),
        ("وغرد الناشط فارس الشيخ على تويتر: «الصمت الدولي شريك في الجريمة».", "فارس الشيخ", "الناشط"),
        ("وكتب المدون فارس الشيخ: «الصمت الدولي شريك في الجريمة».", "فارس الشيخ", "المدون"),
    ],
)
def test_arabic_calling_then_a_family_name_that_is_a_title(sentence: str, name: str, role: str) -> None:
    assert _people(sentence, "ar") == {name: role}


def test_arabic_the_quote_after_a_calling_and_such_a_name_is_theirs() -> None:
    sentence = "وكتب المدون فارس الشيخ: «الصمت الدولي شريك في الجريمة»."
    assert _quotes(sentence, "ar") == [("الصمت الدولي شريك في الجريمة", "فارس الشيخ")]


@pytest.mark.parametrize(
    "sentence",
    ["وكتب التاريخ القديم فصولا كثيرة.", "وغرد الحساب الرسمي للوزارة بأن الامتحانات مؤجلة.", "وروت الصحيفة تفاصيل الحادثة."],
)
def test_arabic_books_and_bodies_after_the_verbs_of_posting_name_nobody(sentence: str) -> None:
    assert _people(sentence, "ar") == {}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("הוא נולד לאביו משה ולאמו שרה לבית קליין.", "שרה לבית קליין", "אמו"),
        ("אשתו, רחל לבית פרידמן, הייתה מורה.", "רחל לבית פרידמן", "אשתו"),
        ("הוא נישא לחנה לבית רוזן, בתו של סוחר עצים.", "חנה לבית רוזן", None),
    ],
)
def test_hebrew_given_name_nee_family_name_is_one_name(sentence: str, name: str, role: str | None) -> None:
    people = _people(sentence, "he")
    assert name in people
    assert role is None or people[name] == role


@pytest.mark.parametrize("sentence", ["הפצוע יוסי הועבר לבית חולים.", "הוא עבד לבית המשפט העליון."])
def test_hebrew_to_a_house_that_is_no_family_names_nobody_nee(sentence: str) -> None:
    assert not any("לבית" in name for name in _people(sentence, "he"))


# Classes from the round-17 dev texts, fixed by rule and tested on made-up variants.


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("ومنهم الإعلامي ياسر الحاج الذي بدأ عمله في سنة 2012.", "ياسر الحاج", "الإعلامي"),
        ("والتقى الوفد بالإعلامي ياسر الحاج في حلب.", "ياسر الحاج", "الإعلامي"),
        ("ونشر الإعلامي ياسر الحاج صورا للدمار.", "ياسر الحاج", "الإعلامي"),
    ],
)
def test_arabic_family_name_that_is_a_title_of_address_after_a_given_name(sentence: str, name: str, role: str) -> None:
    assert _people(sentence, "ar") == {name: role}


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        ("واستقبل الأمير محمد الشيخ عبدالله بن زايد في القصر.", "عبدالله بن زايد"),
        ("واستقبل الأمير محمد الشيخ خالد بن زايد في القصر.", "خالد بن زايد"),
    ],
)
def test_arabic_a_title_before_a_second_name_is_no_family_name(sentence: str, second: str) -> None:
    people = _people(sentence, "ar")
    assert second in people and "محمد الشيخ" not in people


def _block_quotes(paragraphs: list[str], language: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.speaker) for f in facts_of(paragraphs, language) if f.kind == "quote"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a pointer to a figure, a list after a preposition, a verb of saying in a relative clause
        ["تُظهر الخريطة أدناه أن معظم الهجمات وقعت في الريف الغربي، انظر أدناه:",
         "تشمل هذه الهجمات قصف سوق للخضار في إحدى القرى واستهداف قافلة إغاثة قرب البلدة."],
        ["تحقق فريقنا من المقاطع المصورة التي تؤكد استخدام الغازات السامة خلال الهجمات التي وقعت في:",
         "1. حي الصناعة في المدينة بتاريخ 10/08/2016 | 5 فيديوهات"],
    ],
)
def test_arabic_a_colon_before_a_list_or_a_figure_hands_over_no_speech(paragraphs: list[str]) -> None:
    assert _block_quotes(paragraphs, "ar") == []
    assert not any(f.kind == "person" for f in facts_of(paragraphs, "ar"))


def test_arabic_an_introduction_with_a_speaker_still_hands_over_the_block() -> None:
    paragraphs = ["وقال الناشط سامر الحمصي لفريق التحقيق:",
                  "لقد سقطت القذائف على السوق في ساعة الذروة وكان الناس يشترون الخبز والخضار."]
    assert [s for _, s in _block_quotes(paragraphs, "ar")] == ["سامر الحمصي"]


def test_arabic_a_report_and_its_author_named_in_marks_is_no_quote() -> None:
    assert _quotes('كشف تقرير "لجنة التحقيق المستقلة" في 24/08/2016 عن تسع حالات استخدام للسلاح.', "ar") == []


@pytest.mark.parametrize(
    "sentence",
    [
        'במקביל נקבע בחוק כי "רק יועצי המס העומדים בתנאים רשאים לייצג נישומים בפני הרשויות", והוקמה מועצה.',
        'בסעיף 3 לתקנות נאמר ש"כל מעסיק חייב לדווח על תאונות עבודה בתוך שבעה ימים".',
        'בחוק נקבע כי "כל מעסיק חייב לדווח על תאונות עבודה בתוך שבעה ימים".',
    ],
)
def test_hebrew_words_a_law_lays_down_in_the_passive_are_no_speech(sentence: str) -> None:
    assert _quotes(sentence, "he") == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('ראש הממשלה אמר על החוק כי "הוא יעבור בקרוב מאוד ואנחנו לא נוותר".', "ראש הממשלה"),
        ('יוסי כהן הוסיף לגבי התקציב כי "הוא יעבור בקרוב מאוד ואנחנו לא נוותר".', "יוסי כהן"),
        ('אמר דופון כי "הוא יעבור בקרוב מאוד ואנחנו לא נוותר".', "דופון"),
    ],
)
def test_hebrew_what_was_spoken_about_is_no_speaker(sentence: str, speaker: str) -> None:
    assert [s for _, s in _quotes(sentence, "he")] == [speaker]


def test_hebrew_a_paragraph_closed_by_a_lone_mark_with_no_quote_open_before_is_no_quote() -> None:
    paragraphs = ['הנאשם ערער על הקביעה, אך ערעורו נדחה, ויש לקרוא את הסעיף כ\'יועץ מס מייצג\'".',
                  "בית המשפט דן בסוגיה בהרכב מורחב."]
    assert _block_quotes(paragraphs, "he") == []


def test_hebrew_a_quote_going_on_from_the_paragraph_before_is_kept() -> None:
    paragraphs = ['השר אמר: "אנחנו נמשיך לעבוד למען התושבים בכל מחיר.',
                  'ולא נעצור עד שהעבודה תושלם במלואה".']
    quotes = _block_quotes(paragraphs, "he")
    assert quotes and all(s == "השר" for _, s in quotes)


def test_hebrew_a_name_run_together_with_the_next_word_after_a_final_letter() -> None:
    # a final letter ends a word: "כהןאמר" is "כהן אמר" as some copy and treebank text leave it
    assert _people("השר משה כהןאמר כי המצב קשה.", "he") == {"משה כהן": "השר"}


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('המורה משה לוי לימד בבית הספר שלושים שנה. הוא נהג לומר לתלמידיו: "מי שאינו שואל אינו לומד".', "משה לוי"),
        ('הסבתא רחל כהן גידלה שמונה ילדים. היא נהגה לספר לנכדיה: "בימים ההם לא היה לנו כלום".', "רחל כהן"),
    ],
)
def test_hebrew_used_to_say_to_someone_is_the_one_named_before(paragraph: str, speaker: str) -> None:
    assert [s for _, s in _quotes(paragraph, "he")] == [speaker]

"""Facts of real pages nobody here wrote, round 19: what they showed, written again with made-up names.

A Seattle paper's business story gave "Seattle" the role "major" ("from a major Seattle industry") and "Prime"
the role "juggernaut" ("its juggernaut Prime membership program"): a rank that is also an adjective, in lower
case after a determiner, describes what follows; and a few of WordNet's persons are written of firms more often
than of people. "Within months of the acquisition, X said, the chain was selling ..." was taken as a quote with
its marks stripped: a phrase opened by a preposition, with no verb, is the writer's adverbial."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def _kind(paragraphs: list[str], kind: str, language: str = "en") -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(paragraphs, language) if f.kind == kind}


@pytest.mark.parametrize(
    "sentence",
    [
        "It draws a long line from a major Leeds industry with deep roots.",
        "The general Boston area had snow overnight.",
        "Our private Dublin office closed on Friday.",
        "The chief Texas regulator resigned last week.",
        "It was a senior Ohio lawmaker who objected.",
    ],
)
def test_a_rank_that_is_an_adjective_after_a_determiner_makes_no_person(sentence: str) -> None:
    assert _kind([sentence], "person") == {}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Major Tom Ford arrived at the base on Monday.", "Tom Ford", "Major"),
        ("Police chief Jane Roe said the road was closed.", "Jane Roe", "Police chief"),
        ("Chief Inspector Ann Lee said the inquiry would go on.", "Ann Lee", "Chief Inspector"),
    ],
)
def test_a_rank_before_a_name_is_still_a_role(sentence: str, name: str, role: str) -> None:
    assert _kind([sentence], "person")[name] == role


@pytest.mark.parametrize(
    "sentence",
    [
        "The retailer wants to leverage its juggernaut Prime membership program.",
        "The powerhouse Acme rose four points in early trading.",
        "Investors backed the upstart Zellmo last year.",
    ],
)
def test_a_word_news_writes_of_firms_makes_no_person(sentence: str) -> None:
    assert _kind([sentence], "person") == {}


def test_a_job_before_a_name_still_makes_a_person() -> None:
    assert _kind(["Novelist Jane Roe won the prize."], "person")["Jane Roe"] == "Novelist"


@pytest.mark.parametrize(
    "sentence",
    [
        "Within months of the deal, Roe said, the chain was selling cheaper eggs.",
        "Across the region, Jane Roe said, prices fell by a third.",
        "Among the buyers, analyst Max Holm said, were two pension funds.",
    ],
)
def test_a_fronted_phrase_before_a_parenthetical_said_is_no_quote(sentence: str) -> None:
    assert [f for f in facts_of([sentence], "en") if f.kind == "quote"] == []


def test_verbless_speech_with_its_marks_stripped_is_still_a_quote() -> None:
    # (since round 34 in copy whose marks are damaged, a closing mark with no opening one: there an unmarked clause
    # may be speech with its marks lost; in copy with intact marks it is the writer's retelling)
    paragraphs = ["Max Holm was delighted.", 'It was a long wait," he said.', "Good news for everyone, Holm said."]
    quotes = {f.text: f.speaker for f in facts_of(paragraphs, "en") if f.kind == "quote"}
    assert quotes.get("Good news for everyone") == "Max Holm"


# A technology review and a foreign desk story: "its first-ever Retina display" gave "Retina" the role "first-ever"
# (a hyphenated word ending in "-ever" passed for a job by its shape), and "the court at The Hague" was an
# organisation (a capital "The" inside a sentence names a paper or a band, unless a gazetteer holds it as a place).
def test_a_hyphenated_word_is_shaped_by_its_last_part() -> None:
    people = _kind(["Zellmo shipped its first-ever Vantor display in 2010."], "person")
    assert "Vantor" not in people
    assert _kind(["Ex-leader Jane Roe spoke at the rally."], "person")["Jane Roe"] == "Ex-leader"


def test_a_place_named_with_a_capital_the_is_a_place() -> None:
    facts = facts_of(["The envoy flew to The Hague on Monday, and later to The Bronx."], "en")
    assert {(f.kind, f.text) for f in facts if f.text in ("The Hague", "The Bronx")} == {
        ("place", "The Hague"),
        ("place", "The Bronx"),
    }
    assert ("organisation", "The Times") in {(f.kind, f.text) for f in facts_of(["It was reported by The Times."], "en")}


# A magazine's news roundup: "Zellmo stepped in and tweeted this announcement: ..." gave the speaker "Zellmo stepped
# in and"; '"...," as Reuters reported' gave the quote to the person named before it.
def _speakers(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.text: f.speaker for f in facts_of(paragraphs, "en") if f.kind == "quote"}


@pytest.mark.parametrize(
    "sentence",
    [
        "In the panic, Zellmo stepped in and tweeted this announcement: “We are all worried about events in the city.”",
        "Zellmo went further and wrote: “We are all worried about events in the city.”",
    ],
)
def test_the_subject_of_the_first_of_two_joined_verbs_speaks(sentence: str) -> None:
    assert _speakers(["Jane Roe was arrested.", sentence]) == {"We are all worried about events in the city.": "Zellmo"}


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [("as Reuters reported", "Reuters"), ("as the Harbour Echo put it", "the Harbour Echo")],
)
def test_as_a_source_reported_after_a_quote_names_the_source(attribution: str, speaker: str) -> None:
    speakers = _speakers(["Jane Roe was arrested.", f"“The arrest stunned the whole of the city council,” {attribution}."])
    assert speakers == {"The arrest stunned the whole of the city council": speaker}


def test_as_a_conjunction_of_time_after_a_quote_names_no_source() -> None:
    speakers = _speakers(["Jane Roe spoke first.", "“We will stay here until the end,” she said as Max Holm arrived."])
    assert speakers == {"We will stay here until the end": "Jane Roe"}


# A city magazine's book review: "De Miranda evokes ... in his introduction: ..." gave the quote to "De" (the
# Danish pronoun "de", matched in English copy too), and "the L.A.-based artist" made "L.A." an organisation.
def test_a_name_opening_with_a_particle_introduces_its_quote() -> None:
    speakers = _speakers(
        [
            "The philosopher Luis de Lorca wrote a history of neon.",
            "De Lorca evokes the notion of neon in his introduction: “When we hear the word neon, an image pops up.”",
        ]
    )
    assert speakers == {"When we hear the word neon, an image pops up.": "Luis de Lorca"}


def test_a_danish_pronoun_still_introduces_a_danish_quote() -> None:
    facts = facts_of(["Borgmester Jens Holm talte.", "Han er uenig: »Vi vil ikke betale for den nye bro over havnen.«"], "da")
    assert {f.text: f.speaker for f in facts if f.kind == "quote"} == {
        "Vi vil ikke betale for den nye bro over havnen.": "Jens Holm"
    }


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("The artist Jane Roe moved to L.A. in 2010.", "L.A."),
        ("Old pipes burst under N.Y.C. streets every winter.", "N.Y.C."),
        ("The team won the contest in Washington, D.C. The prize was small.", "Washington, D.C."),
        ("The team arrived in Washington D.C. after many difficulties.", "Washington D.C."),
    ],
)
def test_american_initials_of_places_are_places(sentence: str, place: str) -> None:
    facts = {(f.kind, f.text) for f in facts_of([sentence], "en")}
    assert ("place", place) in facts
    assert not {f for f in facts if f[0] == "organisation"}


# Round-17 Arabic dev: a town's quarters named in the construct state ("حي X") were missed.
@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("قصفت الطائرات حي الزهراء في مدينة حلب.", "حي الزهراء"),
        ("وقع هجوم آخر بحي الميدان أمس.", "حي الميدان"),
        ("وتقدمت القوات في حي الشيخ مقصود.", "حي الشيخ مقصود"),
    ],
)
def test_an_arabic_quarter_named_after_its_kind_is_a_place(sentence: str, place: str) -> None:
    assert place in {f.text for f in facts_of([sentence], "ar") if f.kind == "place"}


@pytest.mark.parametrize("sentence", ["وبقي الطفل حي يرزق بعد القصف.", "يسكن في حي شعبي فقير."])
def test_arabic_alive_or_an_indefinite_quarter_is_no_place(sentence: str) -> None:
    assert not [f for f in facts_of([sentence], "ar") if f.kind == "place" and f.text.startswith("حي")]


# Round-17 Arabic dev: platforms with the article Arabic copy gives borrowed names ("على اليوتيوب والفيسبوك") were
# missed, and "مكتب X والتابعة للأمم المتحدة" ran on into the United Nations it belongs to.
def _orgs_ar(sentence: str) -> set[str]:
    return {f.text for f in facts_of([sentence], "ar") if f.kind == "organisation"}


def test_a_borrowed_bodys_name_with_the_arabic_article_is_that_body() -> None:
    orgs = _orgs_ar("حددنا أكثر من مئة مصدر مع قنواتهم على اليوتيوب والفيسبوك والتلغرام.")
    assert {"اليوتيوب", "الفيسبوك", "التلغرام"} <= orgs


def test_a_short_arabic_word_with_the_article_is_no_borrowed_body() -> None:
    assert "الحماس" not in _orgs_ar("استقبل الجمهور الفريق بكثير من الحماس في الملعب.")


def test_and_affiliated_to_closes_an_arabic_bodys_name() -> None:
    orgs = _orgs_ar("نشر مكتب المفوضية السامية لحقوق الإنسان والتابعة للأمم المتحدة تقريرا جديدا.")
    assert {"مكتب المفوضية السامية لحقوق الإنسان", "الأمم المتحدة"} <= orgs


def test_affiliated_to_as_an_attribute_stays_in_the_name() -> None:
    orgs = _orgs_ar("قالت لجنة التحقيق المستقلة التابعة للأمم المتحدة إن الوضع سيء.")
    assert "لجنة التحقيق المستقلة التابعة للأمم المتحدة" in orgs


# Round-17 Arabic dev: a numeric date, day first ("بتاريخ 24/08/2016"), gave only its year; "وشهر ديسمبر" was missed.
@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("أصدرت اللجنة تقريرا بتاريخ 24/08/2016 حول الهجمات.", "24/08/2016"),
        ("وثقنا 40 هجوما من تاريخ 1.11.2022 حتى اليوم.", "1.11.2022"),
        ("وقعت الهجمات بين شهر يوليو وشهر ديسمبر من ذلك العام.", "وشهر ديسمبر"),
    ],
)
def test_arabic_numeric_dates_and_months_after_and_are_dates(sentence: str, date: str) -> None:
    dates = {f.text for f in facts_of([sentence], "ar") if f.kind == "date"}
    assert date in dates
    assert not {d for d in dates if d.isdigit()}  # (not the year alone beside it)


# Round-17 dev dates (unseen): "the February 14 Youth Coalition" (a body named by a date), "(1908 GMT)" (a clock time
# without its colon), "[Euro 2016 final]" (a year naming an event, behind the writer's bracket) and Hebrew "פרשנות
# הולמת" (the end of a word read as "שנות ה...", the years of) were dates.
def _dates(sentence: str, language: str = "en") -> set[str]:
    return {f.text for f in facts_of([sentence], language) if f.kind == "date"}


@pytest.mark.parametrize(
    "sentence",
    [
        "A march by the February 14 Youth Coalition was stopped by police.",
        "The helicopter came down at 8:08 p.m. (1908 GMT) off the coast.",
        "I was there two years ago [Euro 2016 final] and it was painful.",
    ],
)
def test_a_date_naming_a_body_a_clock_time_or_an_event_is_no_date(sentence: str) -> None:
    assert not {d for d in _dates(sentence) if "14" in d or "19" in d or "2016" in d}


def test_a_date_before_an_event_it_dates_is_still_a_date() -> None:
    assert "March 11" in _dates("Fears grew after the March 11 Fukushima nuclear disaster.")


def test_a_hebrew_word_ending_in_the_letters_of_years_is_no_date() -> None:
    assert _dates("ניתן היה למצוא פתרון באמצעות פרשנות הולמת של הסעיף.", "he") == set()
    assert "בשנות השמונים" in _dates("בשנות השמונים עלה מספר התושבים.", "he")


# A news magazine's oil-spill story: "the 4.9 million bbl. of oil" counted "bbl" (no unit known by that name) and
# the abbreviation's full stop cut "of oil" off, as it did for "5 lbs. of sugar".
def _figures(sentence: str) -> dict[str, tuple[str | None, str | None]]:
    return {f.text: (f.unit, f.counts) for f in facts_of([sentence], "en") if f.kind == "figure"}


@pytest.mark.parametrize(
    ("sentence", "unit", "counted"),
    [
        ("The report covers the 4.9 million bbl. of oil that spilled.", "barrels", "oil"),
        ("She bought 5 lbs. of sugar at the market.", "pounds", "sugar"),
        ("Output reached 2 million bpd of crude last year.", "barrels per day", "crude"),
    ],
)
def test_an_abbreviated_unit_with_its_full_stop_keeps_what_it_measures(sentence: str, unit: str, counted: str) -> None:
    (got_unit, counts), = _figures(sentence).values()
    assert got_unit == unit and counts is not None and counted in counts


def test_a_unit_ending_a_sentence_still_ends_it() -> None:
    figures = _figures("The pipe is 40 ft. Long ago it was more.")
    assert figures == {"40": ("feet", "pipe")}


# Round-17 Arabic dev figures (unseen): "1،748 مقطع فيديو" (the Arabic comma between thousands) was 1 and 748; "قرار
# مجلس الأمن (2218)" (a resolution's number) was a figure; "139 مرة" counted the word for times.
def _figures_ar(sentence: str) -> dict[str, tuple[float | None, str | None]]:
    return {f.text: (f.value, f.counts) for f in facts_of([sentence], "ar") if f.kind == "figure"}


def test_the_arabic_comma_between_thousands_joins_one_number() -> None:
    assert _figures_ar("جمع الفريق 1،748 مقطع فيديو من المدينة.") == {"1،748": (1748.0, "مقطع فيديو")}


def test_the_arabic_comma_between_list_items_keeps_them_apart() -> None:
    assert {v for v, _ in _figures_ar("سجلنا 3، 4، و5 حالات في المدينة.").values()} == {3.0, 4.0, 5.0}


@pytest.mark.parametrize(
    "sentence",
    ["استخدم النظام الغازات بعد قرار مجلس الأمن (2218) الصادر في ذلك العام.", "وصدر القرار رقم 2118 عن المجلس."],
)
def test_an_arabic_resolutions_number_is_no_figure(sentence: str) -> None:
    assert _figures_ar(sentence) == {}


def test_an_arabic_count_of_times_counts_the_action() -> None:
    (value, counts), = _figures_ar("وأكدت الشبكة استخدام الغازات السامة 139 مرة بعد القرار.").values()
    assert value == 139 and counts is not None and "استخدام الغازات" in counts


# Round-17 English dev places (unseen): "protests in Suez, Mansoura, Damanhour, and Alexandria" gave only Suez (a
# town that is also a given name was kept only right after a preposition of place, not further down its list), and
# "Tahrir Square", "the Pearl Roundabout" were missed (a site named by its kind after its name).
def _places(sentence: str) -> set[str]:
    return {f.text for f in facts_of([sentence], "en") if f.kind == "place"}


def test_every_town_of_a_list_after_a_preposition_of_place_is_a_place() -> None:
    assert {"Cairo", "Alexandria"} <= _places("There were protests in Cairo, Suez and Alexandria today.")


def test_a_given_name_after_a_person_in_a_list_is_no_place() -> None:
    assert "Alexandria" not in _places("The award went to Jane Roe and Alexandria on Friday.")


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Protesters filled Zellin Square in the capital today.", "Zellin Square"),
        ("They marched to the Pearl Roundabout at noon.", "Pearl Roundabout"),
        ("The Golden Gate Bridge was shut for the day.", "Golden Gate Bridge"),
        ("A parcel was found on Castlefrank Road.", "Castlefrank Road"),
    ],
)
def test_a_site_named_by_its_kind_is_a_place(sentence: str, place: str) -> None:
    assert place in _places(sentence)


def test_a_site_inside_a_longer_name_is_no_place() -> None:
    facts = {(f.kind, f.text) for f in facts_of(["The Wall Street Journal reported the sale."], "en")}
    assert ("place", "Wall Street") not in facts


# Round-17 Arabic dev quotes (unseen): a paragraph after "توضح الخريطة أدناه ...، انظر أدناه:" (see below) and a list
# item after "... التي حدثت مؤخرا في:" (a colon after a preposition) were quotes of "the map" and of "use".
@pytest.mark.parametrize(
    "introduction",
    ["توضح الخريطة أدناه أن معظم الهجمات حدثت في الريف، انظر أدناه:", "تحقق الفريق من الأدلة التي تؤكد استخدام الغازات خلال الهجمات التي حدثت مؤخرا في:"],
)
def test_an_arabic_colon_after_a_preposition_or_a_pointer_opens_no_quote(introduction: str) -> None:
    facts = facts_of([introduction, "1. حي الميدان في مدينة حلب بتاريخ 10/08/2016 وهجمات أخرى كثيرة في المدينة نفسها."], "ar")
    assert [f for f in facts if f.kind == "quote"] == []


def test_an_arabic_colon_after_a_verb_of_saying_still_opens_a_quote() -> None:
    facts = facts_of(["وقال الطبيب سامر خليل:", "لم نر في حياتنا مثل هذا القصف على المدينة طوال سنوات الحرب."], "ar")
    assert [f.speaker for f in facts if f.kind == "quote"] == ["سامر خليل"]


# A wire story on a state's immigration law: "a stay-at-home mother of four who lives in a mobile home" counted "who
# lives in a mobile home" (the relative clause after a bare number), and "a father of two" counted "father".
@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Jane Roe is a stay-at-home mother of four who lives in a mobile home.", "children"),
        ("Max Holm, a father of two, was hurt in the crash.", "children"),
        ("She is a grandmother of 12 and still works.", "grandchildren"),
    ],
)
def test_a_parent_of_a_number_counts_children(sentence: str, counted: str) -> None:
    assert [c for _, c in _figures(sentence).values()] == [counted]


def test_a_parent_of_a_number_of_a_noun_counts_the_noun() -> None:
    (_, counts), = _figures("He is the father of three young sons.").values()
    assert counts is not None and "sons" in counts


# A wire story on a chief executive resigning: "Tim Cook was quickly named CEO of the company Jobs co-founded 35
# years ago in his garage" gave Cook the role "quickly named CEO of the company Jobs co-founded ..." and Jobs the
# role "co-founded 35 years ago in his garage".
def _roles(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(paragraphs, "en") if f.kind == "person"}


def test_a_passive_of_appointing_gives_the_post_and_a_relative_clause_ends_it() -> None:
    roles = _roles(["Jane Roe resigned.", "Max Holm was quickly named chief of the firm Roe founded 20 years ago."])
    assert roles == {"Jane Roe": None, "Max Holm": "chief of the firm"}


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Ann Lee was elected president of the club in 2001.", "president of the club"),
        ("Ed Ball was appointed as head coach on Monday.", "head coach"),
        ("Tom Ford founded the Zellmo fashion house, which grew fast.", "founded the Zellmo fashion house"),
    ],
)
def test_posts_given_and_founding_are_still_roles(sentence: str, role: str) -> None:
    assert list(_roles([sentence]).values()) == [role]


def test_a_passive_of_no_post_is_no_role() -> None:
    assert _roles(["Tom Ford was made redundant last year."]) == {"Tom Ford": None}


# A health site's allergy story: "She's the director of the Center ..." made "She" a person with that role.
def test_a_pronoun_with_is_glued_on_is_no_person_and_its_role_is_the_person_named_before() -> None:
    roles = _roles(["Katie Lorne led the study.", "She's the director of the Centre for Food Research at Zellmo."])
    assert roles == {"Katie Lorne": "director of the Centre for Food Research at Zellmo"}


@pytest.mark.parametrize("sentence", ["It's the biggest firm in town.", "What's more, the plan failed.", "They're back."])
def test_contractions_opening_a_sentence_are_no_people(sentence: str) -> None:
    assert _roles([sentence]) == {}

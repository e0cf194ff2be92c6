"""Arabic organisations, round 45: where a body's name ends in Gulf and Egyptian local news. Made-up sentences, each
with a near miss of almost the same shape."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import extract_facts
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _orgs(sentence: str) -> set[str]:
    article = ArticleText(Path("t-ar.txt"), "txt", "عنوان", [TextBlock(sentence)])
    return {f.text for f in extract_facts(build_document(article, language="ar")) if f.kind == "organisation"}


# -- a programme's title in quote marks is a show of the channel, no body ----------------------------------------


def test_a_programme_title_in_quote_marks_is_no_organisation_but_its_channel_is() -> None:
    orgs = _orgs('وقال الخبير خلال استضافته في برنامج "صباح الورد" على قناة "النجمة الزرقاء"، إن الأسعار ستنخفض.')
    assert "صباح الورد" not in orgs
    assert "النجمة الزرقاء" in orgs


def test_near_miss_a_paper_in_quote_marks_stays_an_organisation() -> None:
    assert "الفجر الساطع" in _orgs('وكتب المحلل في صحيفة "الفجر الساطع" أن الأسعار ستنخفض.')


# -- a relative pronoun of any number ends the name ----------------------------------------------------------------


def test_the_plural_relative_pronoun_ends_a_body_name() -> None:
    orgs = _orgs("وحضر اللقاء أعضاء الاتحاد العام للصيادين الذين طالبوا بدعم القوارب.")
    assert "الاتحاد العام للصيادين" in orgs
    assert not any("الذين" in o for o in orgs)


def test_near_miss_the_relative_in_its_egyptian_spelling_ends_it_too() -> None:
    orgs = _orgs("وحضر اللقاء مندوب المجلس الأعلى للمراعي الذى طالب بدعم القطعان.")
    assert "المجلس الأعلى للمراعي" in orgs
    assert not any("الذى" in o for o in orgs)


# -- a second field joined by "و" keeps its genitive once ----------------------------------------------------------


def test_a_joined_field_s_genitive_is_read_once_even_when_shaped_like_a_participle() -> None:
    orgs = _orgs("وقالت هيئة الرقابة ومكافحة المخالفات إن العمل مستمر.")
    assert "هيئة الرقابة ومكافحة المخالفات" in orgs
    assert not any("المخالفات المخالفات" in o for o in orgs)


def test_near_miss_a_joined_field_before_its_body_s_adjective_keeps_the_adjective() -> None:
    assert "هيئة الرقابة ومكافحة التزوير العليا" in _orgs("وقالت هيئة الرقابة ومكافحة التزوير العليا إن العمل مستمر.")


# -- a kind, a bare noun and an indefinite adjective describe a body, no name ------------------------------------------


def test_a_kind_a_bare_noun_and_an_indefinite_adjective_are_a_description() -> None:
    orgs = _orgs("وكانت الحافلة تابعة لشركة نقل أردنية صغيرة تعمل بين المدن.")
    assert not any("نقل" in o or "أردنية" in o for o in orgs)


def test_near_miss_the_adjective_with_the_article_belongs_to_a_name() -> None:
    assert "شركة نقل الركاب الأردنية" in _orgs("وكانت الحافلة تابعة لشركة نقل الركاب الأردنية.")


def test_a_kind_of_transport_inside_a_described_firm_names_no_national_body() -> None:
    orgs = _orgs("وهي شركة طيران مغربية خاصة تأسست قبل عشر سنوات.")
    assert not any("طيران" in o for o in orgs)


def test_near_miss_a_country_s_air_force_by_its_adjective_is_still_a_body() -> None:
    assert any("الطيران المغربي" in o for o in _orgs("وقصف الطيران المغربي مواقع في الصحراء."))


# -- "جهاز" heads a state's apparatus only before its field, "central/national" or a place -----------------------------


def test_an_apparatus_for_fighting_smuggling_is_a_body() -> None:
    assert "جهاز مكافحة التهريب" in _orgs("وأعلن جهاز مكافحة التهريب ضبط شحنة من الأقراص.")


def test_near_miss_a_device_for_measuring_is_no_body() -> None:
    assert not any("جهاز" in o for o in _orgs("وتعطل جهاز قياس الضغط في المختبر."))


def test_a_central_apparatus_keeps_its_field() -> None:
    orgs = _orgs("وأصدر الجهاز المركزي للتعبئة العامة والإحصاء تقريرا عن السكان.")
    assert "الجهاز المركزي للتعبئة العامة والإحصاء" in orgs


def test_near_miss_an_organ_of_the_body_is_no_apparatus() -> None:
    assert not any("الجهاز" in o for o in _orgs("وأصاب الفيروس الجهاز التنفسي للمرضى."))


# -- "في" and a known place after a body of a field say which country's or town's body it is --------------------------


def test_a_field_ministry_in_a_country_keeps_the_country_and_the_place_stays_a_place() -> None:
    facts = extract_facts(
        build_document(
            ArticleText(
                Path("t-ar.txt"), "txt", "عنوان", [TextBlock("وقالت وزارة الزراعة في الأردن إن المحصول وفير.")]
            ),
            language="ar",
        )
    )
    assert "وزارة الزراعة في الأردن" in {f.text for f in facts if f.kind == "organisation"}
    assert "الأردن" in {f.text for f in facts if f.kind == "place"}


def test_near_miss_a_ministry_with_its_country_s_adjective_ends_before_the_town() -> None:
    orgs = _orgs("وقالت وزارة الزراعة الأردنية في عمان إن المحصول وفير.")
    assert "وزارة الزراعة الأردنية" in orgs
    assert not any("في" in o.split() for o in orgs)


def test_near_miss_in_a_statement_is_no_place_of_the_ministry() -> None:
    assert "وزارة الزراعة" in _orgs("وقالت وزارة الزراعة في بيان إن المحصول وفير.")


def test_near_miss_the_international_agency_has_no_field_and_no_seat() -> None:
    orgs = _orgs("وعمل ممثلا خاصا للوكالة الدولية في الصومال ثلاث سنوات.")
    assert not any("الصومال" in o for o in orgs)


def test_near_miss_in_the_town_is_no_seat_of_the_ministry() -> None:
    orgs = _orgs("وافتتحت وزارة الزراعة في المدينة سوقا للخضار.")
    assert "وزارة الزراعة" in orgs
    assert not any("المدينة" in o for o in orgs)

"""Arabic people and roles, round 44: what unseen Arabic news pages showed, written again with made-up names and
sentences, each beside a near miss that must keep the old reading.

Classes: Egyptian copy spells the given name علي as "على" ("المهندس فؤاد على عبد الستار"); between two name words
it is the name, not the preposition, for the people readers and for the speaker of a quote (`ar_given_ali`)."""

from __future__ import annotations

from briefing_app.core.facts import Fact
from briefing_app.core.facts.ar_given_ali import ali_is_given_name, names_with_ali
from tests.unit.facts_helpers import body_speakers, headlined_facts


def _facts(title: str, paragraphs: list[str]) -> list[Fact]:
    return headlined_facts(title, paragraphs, "ar")


def _people(title: str, paragraphs: list[str]) -> dict[str, str | None]:
    return {f.text: f.role for f in _facts(title, paragraphs) if f.kind == "person"}


# --- Egyptian "على" as the given name ------------------------------------------------------------------------


def test_ali_between_two_given_names_is_a_name_word() -> None:
    assert ali_is_given_name("فؤاد", "عبد")
    assert ali_is_given_name("رامي", "حمدان")
    assert names_with_ali("تفقد رامي على حمدان المزارع") == "تفقد رامي علي حمدان المزارع"


def test_near_miss_ali_before_a_definite_or_plain_noun_is_the_preposition() -> None:
    assert not ali_is_given_name("رامي", "القرار")
    assert not ali_is_given_name("رامي", "جائزة")
    assert not ali_is_given_name("الوزير", "حمدان")  # (no given name before it)
    assert names_with_ali("وافق رامي على القرار") == "وافق رامي على القرار"


def test_a_titled_name_with_ali_and_a_compound_is_read_whole() -> None:
    people = _people("الموانئ تستقبل السفن", ["تفقد المهندس فؤاد على عبد الستار أرصفة الميناء الشرقي صباح الأحد."])
    assert people.get("فؤاد على عبد الستار") == "المهندس"
    assert "فؤاد" not in people


def test_an_office_then_a_name_with_ali_gives_the_role_to_the_whole_name() -> None:
    people = _people("الزراعة تعلن خطتها", ["أعلن وزير الزراعة رامي على حمدان خطة لزيادة مساحة القمح."])
    assert people.get("رامي على حمدان") == "وزير الزراعة"


def test_a_name_with_ali_then_its_role_in_commas_and_its_family_name_later() -> None:
    paragraphs = [
        "وأوضح فؤاد على عبد الستار، رئيس هيئة الموانئ النهرية، أن ثلاث سفن رست فجرا.",
        "وأشار عبد الستار إلى أن التفريغ يستغرق يومين.",
    ]
    people = _people("هيئة الموانئ النهرية", paragraphs)
    assert people.get("فؤاد على عبد الستار") == "رئيس هيئة الموانئ النهرية"
    assert len(people) == 1


def test_the_speaker_of_a_quote_is_the_whole_name_with_ali() -> None:
    paragraphs = ['وأضاف المهندس جلال على منصور أن "المحطة الجديدة تعمل بكامل طاقتها منذ الصباح".']
    assert body_speakers("محطة الكهرباء", paragraphs, "ar") == [("المحطة الجديدة", "جلال على منصور")]


def test_near_miss_a_name_before_ali_and_a_definite_noun_keeps_the_preposition() -> None:
    people = _people("المجلس يوافق", ["وافق المدير نادر سليم على المقترح الأخير بعد نقاش طويل."])
    assert people.get("نادر سليم") == "المدير"
    assert not [name for name in people if "على" in name]


def test_near_miss_a_given_name_before_ali_and_an_indefinite_noun_keeps_the_preposition() -> None:
    people = _people("الفائزون في المسابقة", ["وحصل الباحث رامي حمدان على جائزة التميز في دورتها الخامسة."])
    assert people.get("رامي حمدان") == "الباحث"
    assert not [name for name in people if "على" in name]


# --- a long office, then its holder's name between commas ------------------------------------------------------


def test_an_office_in_construct_with_an_indefinite_noun_runs_to_the_comma_before_the_name() -> None:
    people = _people("الهيئة ترد", ["ونفى رئيس قسم التحصيل بالهيئة العامة، سامر الحلواني، ما تردد عن تأخر الرواتب."])
    assert people.get("سامر الحلواني") == "رئيس قسم التحصيل بالهيئة العامة"


def test_a_second_office_with_a_pronoun_and_a_town_stay_in_the_role() -> None:
    paragraphs = ["وأوضح مدير قسم الصيانة بالشركة القابضة بدمياط ونائب رئيسها، كريم الدسوقي، أن الأعطال أصلحت."]
    people = _people("الشركة القابضة", paragraphs)
    assert people.get("كريم الدسوقي") == "مدير قسم الصيانة بالشركة القابضة بدمياط ونائب رئيسها"


def test_near_miss_a_clause_before_the_comma_is_no_office() -> None:
    paragraphs = ["وزار رئيس قسم التحصيل مقر الهيئة يوم الأحد، سامر الحلواني، برفقة عدد من الموظفين."]
    people = _people("الهيئة ترد", paragraphs)
    assert "قسم التحصيل مقر الهيئة" not in (people.get("سامر الحلواني") or "")


def test_the_speaker_named_after_a_quote_is_the_name_with_ali_without_the_office_after_it() -> None:
    paragraphs = ['"لن نقبل أي تأخير في تسليم الأرصفة"، قال جلال على منصور مدير الميناء الجاف.']
    assert body_speakers("الميناء الجاف", paragraphs, "ar") == [("لن نقبل", "جلال على منصور")]


def test_near_miss_ali_before_a_noun_after_a_speaker_stays_a_preposition() -> None:
    paragraphs = ['وقال الخبير سامر نعيم على هامش الندوة: "الأسعار ستستقر خلال الربع الأخير".']
    assert body_speakers("ندوة الأسعار", paragraphs, "ar") == [("الأسعار ستستقر", "سامر نعيم")]

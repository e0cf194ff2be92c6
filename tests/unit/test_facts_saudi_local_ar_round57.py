"""Arabic key facts, round 57: invented Saudi local news (graduations, openings, police), with made-up names; each
class beside a near miss that must keep the old reading.

Classes: the number of a class of graduates after "الدفعة" ("تخريج الدفعة 37 من طلاب الكلية") is no figure; a
headline's imperfect verb after a titled one-word name, then a word of time or an indefinite object ("الأمير X يدشن
مركزا"), is no part of the name; that one-word royal name is the prince named in full by lineage in the body; a
kinship noun with a pronoun followed by و and a verb ("منزل شقيقه وتم ...") names nobody."""

from __future__ import annotations

from briefing_app.core.facts import Fact
from tests.unit.facts_helpers import headlined_facts


def _facts(paragraphs: list[str], title: str = "خبر محلي") -> list[Fact]:
    return headlined_facts(title, paragraphs, "ar")


def _texts(paragraphs: list[str], kind: str, title: str = "خبر محلي") -> set[str]:
    return {f.text for f in _facts(paragraphs, title) if f.kind == kind}


def _values(paragraphs: list[str], title: str = "خبر محلي") -> list[float | None]:
    return [f.value for f in _facts(paragraphs, title) if f.kind == "figure"]


# --- a class of graduates by its number (number_names) ---------------------------------------------------------


def test_graduating_class_number_is_no_figure() -> None:
    paragraphs = ["احتفلت كلية الهندسة بتخريج الدفعة 37 من طلابها في القاعة الكبرى مساء الأحد."]
    assert _values(paragraphs, "الكلية تخرج الدفعة 37 من طلابها") == []


def test_near_miss_the_class_as_subject_before_its_count_stays() -> None:
    paragraphs = ["وضمت الدفعة 45 طالبا من مختلف الأقسام العلمية بالكلية."]
    assert _values(paragraphs) == [45]


# --- a headline's verb after a titled one-word name (people_ar_words, people_ar_names, people_ar_roles) --------


def test_headline_verb_and_object_after_one_royal_name_are_no_name() -> None:
    paragraphs = ["يدشن صاحب السمو الملكي الأمير مشعل بن سعود أمير المنطقة مساء الغد مركزا جديدا لأبحاث المياه."]
    people = {f.text: f.role for f in _facts(paragraphs, "الأمير مشعل يدشن مركزا لأبحاث المياه") if f.kind == "person"}
    assert set(people) == {"مشعل بن سعود"}
    assert "أمير المنطقة" in (people["مشعل بن سعود"] or "")


def test_headline_verb_and_time_after_one_titled_name_are_no_name() -> None:
    paragraphs = ["أعلنت الجامعة أن الحفل يقام في مسرحها الرئيس بحضور عدد من المسؤولين."]
    people = _texts(paragraphs, "person", "الأمير مشعل يرعى غدا حفل الخريجين")
    assert not any("يرعى" in p for p in people)


def test_near_miss_a_family_name_after_the_given_name_stays() -> None:
    paragraphs = ["وافتتح الوزير سالم يعقوب المعرض بحضور عدد من المسؤولين."]
    assert "سالم يعقوب" in _texts(paragraphs, "person")


def test_near_miss_two_princes_of_one_given_name_keep_apart() -> None:
    paragraphs = [
        "وحضر الحفل الأمير مشعل بن سعود والأمير مشعل بن فهد وعدد من المسؤولين في المنطقة.",
    ]
    people = _texts(paragraphs, "person", "الأمير مشعل يدشن مركزا لأبحاث المياه")
    assert {"مشعل بن سعود", "مشعل بن فهد"} <= people


# --- a kinship noun, then و and the next clause (people_ar_context) -------------------------------------------


def test_kin_noun_then_and_a_verb_names_nobody() -> None:
    paragraphs = ["وأفادت مصادر أن المتهم اختبأ في منزل شقيقه وتم ضرب طوق أمني حول الحي."]
    assert _texts(paragraphs, "person") == set()


def test_near_miss_kin_noun_then_a_given_name_with_waw_stays() -> None:
    paragraphs = ["وحضر الجلسة شقيقه وليد وعدد من أقاربه."]
    assert "وليد" in _texts(paragraphs, "person")


# --- a nominative dual whose sound plural the article writes (figures_ar) ---------------------------------------


def test_nominative_dual_counted_when_the_plural_is_written() -> None:
    paragraphs = ["وأوقفت الدوريات (6) مقيمين بعد البلاغ، ومقيمان آخران سلما نفسيهما لاحقا."]
    figures = {f.text: f.value for f in _facts(paragraphs) if f.kind == "figure"}
    assert figures.get("ومقيمان") == 2


def test_near_miss_a_name_in_an_stays_no_dual() -> None:
    paragraphs = ["وأوقفت الدوريات (6) مقيمين بعد البلاغ، وقال المواطن عدنان الشمري إنه شاهد الحادث."]
    assert _values(paragraphs) == [6]

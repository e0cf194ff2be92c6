"""Gulf agency copy puts an honorific before the office of the one who speaks ("وقال سعادة وزير الإسكان:",
"وأكد معالي رئيس الجامعة أن «...»"); the speaker is the one the article named with that office, as without the
honorific. A headline may also glue a number to the colon after its speaker ("وزير النقل :300 رحلة ..."): the words
after it are still the speaker's, while a clock time's colon opens no speech. Made-up sentences with invented
names; the near misses keep their reading."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import headlined_facts, quotes_of

_NAMED = "افتتح سعادة الدكتور سالم بن ناصر الكواري وزير الإسكان معرض المساكن الحديثة في العاصمة."


@pytest.mark.parametrize("honorific", ["سعادة", "معالي"])
def test_an_office_after_an_honorific_speaks_as_its_named_holder(honorific: str) -> None:
    said = f"وقال {honorific} وزير الإسكان، خلال جولته في أجنحة المعرض: «نعمل على توفير مسكن لكل أسرة خلال خمس سنوات»."
    quotes = quotes_of([_NAMED, said], "ar")
    assert [q.speaker for q in quotes] == ["سالم بن ناصر الكواري"]


def test_near_miss_the_office_without_an_honorific_keeps_its_holder() -> None:
    said = "وقال وزير الإسكان، خلال جولته في أجنحة المعرض: «نعمل على توفير مسكن لكل أسرة خلال خمس سنوات»."
    assert [q.speaker for q in quotes_of([_NAMED, said], "ar")] == ["سالم بن ناصر الكواري"]


def test_near_miss_an_honorific_before_a_name_speaks_as_that_name() -> None:
    said = "وأكد معالي الشيخ خالد بن حمد آل منصور أن «الخطة جاهزة للتنفيذ خلال العام المقبل»."
    assert [q.speaker for q in quotes_of([said], "ar")] == ["خالد بن حمد آل منصور"]


_BODY = ["أوضح وزير النقل كامل الزين أن الرحلات ستعود إلى جدولها المعتاد بعد تحسن الطقس."]


def _headline_quotes(title: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.speaker) for f in headlined_facts(title, _BODY, "ar") if f.kind == "quote" and f.sentence == 0]


def test_a_number_glued_to_a_headline_colon_opens_the_speakers_words() -> None:
    assert _headline_quotes("وزير النقل :300 رحلة ألغيت بسبب الطقس") == [("300 رحلة ألغيت بسبب الطقس", "كامل الزين")]


def test_near_miss_a_clock_time_in_a_headline_is_no_colon_of_speech() -> None:
    assert _headline_quotes("وزير النقل 10:30 موعد إعادة فتح المطار") == []

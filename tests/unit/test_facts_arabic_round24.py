"""Arabic quotes, people and roles, round 24: what real Jordanian, Egyptian, Moroccan, Lebanese, Iraqi, Kuwaiti and
Palestinian pages and UN spokesmen's words as Arab sites carry them showed, written again with made-up names.

Headlines: Arabic news gives most speech in a headline as "X: the words" with no marks and no verb ("وزير
الخارجية: يجب وقف التصعيد"); the corpus counts it as a quote of X, and none was read."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.core.facts import Fact, extract_facts
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _facts(title: str, paragraphs: list[str]) -> list[Fact]:
    """The facts of an article whose first paragraph is its headline (as a text file gives it)."""
    article = ArticleText(Path("t-ar.txt"), "txt", "", [TextBlock(p) for p in [title, *paragraphs]])
    return extract_facts(build_document(article, language="ar"))


def _headline_quote(title: str, paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return [(f.text, f.speaker) for f in _facts(title, paragraphs) if f.kind == "quote" and f.sentence == 0]


_BODY = [
    "قال وزير المالية الأردني سامر الخطيب إن الحكومة ستواصل دعم المزارعين خلال العام المقبل.",
    "وأضاف الخطيب أن الخطة تشمل المحافظات كافة وأن تنفيذها يبدأ الشهر المقبل.",
]


# --- a headline's speaker, a colon and the words said ---------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "الخطيب: لن نتراجع عن دعم المزارعين مهما كانت الظروف",  # the surname
        "الوزير الخطيب: لن نتراجع عن دعم المزارعين مهما كانت الظروف",  # a title and the surname
        "وزير المالية: لن نتراجع عن دعم المزارعين مهما كانت الظروف",  # the office the body's minister holds
        "وزير مالية الأردن: لن نتراجع عن دعم المزارعين مهما كانت الظروف",  # the office in another wording
        'الخطيب لـ"الصباح": لن نتراجع عن دعم المزارعين مهما كانت الظروف',  # and whom he told it
    ],
)
def test_a_headline_gives_its_speakers_words_after_a_colon(title: str) -> None:
    assert _headline_quote(title, _BODY) == [("لن نتراجع عن دعم المزارعين مهما كانت الظروف", "سامر الخطيب")]


def test_an_office_no_one_in_the_body_holds_by_name_speaks_as_written() -> None:
    body = ["قال مدير مستشفى الرحمة في المدينة للصحفيين إن المستشفى خرج عن الخدمة بشكل كامل."]
    title = 'مدير "الرحمة" في المدينة: المستشفى خرج عن الخدمة بشكل كامل'
    assert _headline_quote(title, body) == [("المستشفى خرج عن الخدمة بشكل كامل", "مدير الرحمة")]


@pytest.mark.parametrize(
    "title",
    [
        "عمان: الحكومة ستواصل دعم المزارعين خلال العام المقبل",  # a place (a dateline or a topic) before the colon
        "دعم المزارعين: خطة جديدة للعام المقبل في المحافظات",  # a topic
        "الموازنة العامة: أبريل 2025",  # a topic and a date
        "الخطيب: 2025",  # no words said
    ],
)
def test_a_place_or_topic_before_a_headlines_colon_is_no_speaker(title: str) -> None:
    assert _headline_quote(title, _BODY) == []


def test_a_headline_quote_in_marks_is_read_once() -> None:
    title = 'الخطيب: "لن نتراجع عن دعم المزارعين"'
    assert _headline_quote(title, _BODY) == [("لن نتراجع عن دعم المزارعين", "سامر الخطيب")]

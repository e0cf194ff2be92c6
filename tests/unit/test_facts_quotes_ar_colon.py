"""A short Arabic quote that a verb of saying and a colon introduce is speech."""

from __future__ import annotations

from briefing_app.core.facts.quotes_ar import ar_short_quote_said


def _span(text: str) -> tuple[int, int]:
    start = text.index("«") + 1
    return start, text.index("»")


def test_a_verb_of_saying_and_a_colon_introduce_a_short_quote() -> None:
    text = "وأضاف سليم الحداد في مؤتمر صحفي في قرية النور: «هذا استثمار تاريخي»."
    assert ar_short_quote_said(text, *_span(text))


def test_a_short_name_in_marks_without_a_verb_of_saying_is_no_quote() -> None:
    text = "وافتتح سليم الحداد مهرجان «ليالي قرية النور» في المدينة."
    assert not ar_short_quote_said(text, *_span(text))

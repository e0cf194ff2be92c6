"""A date inside a work's quoted title is a word of the title (round 53), written with made-up sentences: 'Sangen
"September 11"', 'the single "Manic Monday"'; a date in quoted speech or in a quoted phrase after no work's noun
stays a date.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _dates(text: str, lang: str) -> list[str]:
    return [f.text for f in facts_of([text], lang) if f.kind == "date"]


def test_a_month_in_a_danish_song_title_is_no_date() -> None:
    assert _dates('Sangen "September 11" af bandet Tovkrogen blev spillet ved mindehøjtideligheden søndag.', "da") == [
        "søndag"
    ]


def test_a_weekday_in_an_english_single_title_is_no_date() -> None:
    assert _dates('Their single "Manic Monday" reached number two in March.', "en") == ["in March"]


def test_a_weekday_in_a_title_with_curly_quotes_is_no_date() -> None:
    assert _dates("The band closed with the song “Friday Night Blues” on Saturday.", "en") == ["on Saturday"]


def test_a_month_in_an_album_title_is_no_date() -> None:
    assert _dates('Gruppen udgiver albummet "Juni" i næste uge.', "da") == ["næste uge"]


# near misses: quoted speech, a quoted phrase after no work's noun


def test_a_date_in_quoted_speech_stays() -> None:
    assert "on Monday" in _dates('He said "we will meet on Monday" to reporters.', "en")


def test_a_danish_date_in_a_quoted_phrase_stays() -> None:
    assert "i september" in _dates('Valget holdes "senest i september", sagde ministeren.', "da")

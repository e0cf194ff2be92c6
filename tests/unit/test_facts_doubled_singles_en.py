"""Double quotes typed as two straight single marks on both sides of a quote (''...''), as Australian and New
Zealand papers print them (round 48, k-enent48): read as double quotes, with near misses left alone."""

from __future__ import annotations

from briefing_app.core.facts.quote_spans import doubled_marks
from tests.unit.facts_helpers import quotes_of


def _quotes(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes_of(paragraphs)]


def test_a_quote_in_doubled_single_marks_has_its_speaker() -> None:
    quotes = _quotes(["''The ground was heavy and we adapted to it. That pleased me most,'' Dan Marwede said."])
    assert len(quotes) == 1
    assert quotes[0][0].startswith("The ground was heavy")
    assert quotes[0][1] == "Dan Marwede"


def test_two_quotes_in_doubled_single_marks_in_one_paragraph() -> None:
    paragraph = (
        "Captain Tomas Brevik kept his counsel on the selection. ''That is a matter for the panel to decide,'' Brevik "
        "told reporters. ''We just turn up and play whoever is picked.''"
    )
    speakers = [speaker for _, speaker in _quotes([paragraph])]
    assert speakers == ["Tomas Brevik", "Tomas Brevik"]


def test_an_opening_pair_closed_by_a_straight_double_mark() -> None:
    quotes = _quotes(["''Our bowlers kept at it for three sessions. The reward came late,\" coach Ana Lugo said."])
    assert [speaker for _, speaker in quotes] == ["Ana Lugo"]


def test_the_text_keeps_its_length_and_a_lone_pair_is_left_alone() -> None:
    text = "''We won,'' she said."
    assert len(doubled_marks(text)) == len(text)
    assert doubled_marks(text).strip().startswith("“We won,”")
    # (near misses: an inch sign after digits, and a closing pair with no opening pair before it)
    assert doubled_marks("The board is 6'2'' wide.") == "The board is 6'2'' wide."
    assert doubled_marks("It was a scare word,'' nothing more.") == "It was a scare word,'' nothing more."

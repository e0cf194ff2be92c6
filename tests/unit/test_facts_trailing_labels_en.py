"""A quote that fills its paragraph and is followed by the role and name of its speaker with no verb of saying, as
round-ups of what managers said print them (round 48, k-enent48). Made-up names; near misses keep the old reading."""

from __future__ import annotations

from briefing_app.core.facts.speaker_labels_en import trailing_label_speaker
from tests.unit.facts_helpers import quotes_of


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs)]


def test_each_quote_of_a_round_up_takes_the_label_after_it_not_the_name_before() -> None:
    paragraphs = [
        "'The pitch cut up badly in the second half. We kept the ball well enough.' Harbour manager Tomas Brevik "
        "after the draw with Dunmore.",
        "'Nobody gave us a chance this morning. The players proved a point.' Manager Dan Oyelo praises his Westfield "
        "squad.",
        "'Kessby have a settled side and a long bench. They will take some stopping.' Lowton manager Jo Lake, "
        "looking ahead to the final.",
    ]
    assert _speakers(paragraphs) == ["Tomas Brevik", "Dan Oyelo", "Jo Lake"]


def test_the_label_needs_a_role_a_quote_opening_the_paragraph_and_no_sentence_after_it() -> None:
    ended = True
    assert trailing_label_speaker("", " Harbour manager Tomas Brevik after the draw.", ended) == "Tomas Brevik"
    # (near misses: no role before the name, the quote's sentence left open, narration before the quote, a verb of
    # saying after the name, and a sentence going on after the label)
    assert trailing_label_speaker("", " Harbour Tomas Brevik after the draw.", ended) is None
    assert trailing_label_speaker("", " Harbour manager Tomas Brevik after the draw.", False) is None
    assert trailing_label_speaker("Coach Ana Lugo was pleased. ", " Club chairman Dan Roe arrived.", ended) is None
    assert trailing_label_speaker("", " Club chairman Dan Roe said the side did well.", ended) is None
    assert trailing_label_speaker("", " Club chairman Dan Roe arrived. He was late.", ended) is None


def test_narration_after_a_quote_in_a_report_keeps_the_speaker_named_before() -> None:
    paragraphs = ["Coach Ana Lugo was calm. 'The squad needs a rest. Then we go again.' Club chairman Dan Roe arrived."]
    assert _speakers(paragraphs) == ["Ana Lugo"]

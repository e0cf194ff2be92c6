"""Language detection: repeatable, with a confidence, short text inherits, the user can override."""

from __future__ import annotations

import pytest

from briefing_app.core.detection import detect, detect_article, override

SAMPLES = {
    "en": "Residents of Gaza awakened by the overnight barrage described it as the heaviest since the war began.",
    "da": "Parken kommer til at bestå af 54 møller med en samlet kapacitet på 810 megawatt ud for Esbjerg.",
    "ar": "وقالت المديرية العامة للأرصاد الجوية إن كمية الأمطار التي سجلت في ولاية صحم بلغت ٢١٣ ملّيمتراً.",
    "he": "משרד הבריאות קרא לציבור להימנע מפעילות גופנית בשעות החמות ולהרבות בשתייה.",
}


@pytest.mark.parametrize(("code", "text"), SAMPLES.items())
def test_each_language_is_detected_confidently(code: str, text: str) -> None:
    guess = detect(text)
    assert guess is not None and guess.code == code and guess.confidence > 0.9 and not guess.overridden


def test_detection_is_repeatable() -> None:
    text = "Mette Kragh Sørensen sagde ved indvielsen"
    assert len({detect(text) for _ in range(10)}) == 1


def test_a_word_or_two_is_a_guess_with_low_confidence() -> None:
    for text in ("binary", "404 error", "OK"):
        guess = detect(text)
        assert guess is not None and guess.confidence < 0.5, (text, guess)


def test_no_letters_no_guess() -> None:
    assert detect("1,300 — 59 / 35") is None
    assert detect("") is None


def test_short_paragraphs_inherit_the_article_language() -> None:
    paragraphs = [SAMPLES["da"], "404 error", SAMPLES["da"], "OK"]
    whole, per_paragraph = detect_article(paragraphs)
    assert whole.code == "da"
    assert [g.code for g in per_paragraph] == ["da", "da", "da", "da"]
    assert per_paragraph[1] == whole  # inherited, with the article's confidence


def test_mixed_article_keeps_each_paragraph_language() -> None:
    whole, per_paragraph = detect_article([SAMPLES["da"], SAMPLES["da"], SAMPLES["en"]])
    assert whole.code == "da"
    assert [g.code for g in per_paragraph] == ["da", "da", "en"]


def test_override_is_certain() -> None:
    guess = override("he")
    assert (guess.code, guess.confidence, guess.overridden) == ("he", 1.0, True)

"""Sentence segmentation per language: counts, exact sentences, and lossless joins."""

from __future__ import annotations

import pytest

from briefing_app.core.segmentation import segment, sentences
from tests.conftest import SEEDS


def rejoin(text: str, language: str, max_chars: int = 400) -> str:
    return "".join(text[a:b] for a, b in segment(text, language, max_chars))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. State Department said 1,300 people were hurt. He added that 5.5 percent was too much.",
            ["The U.S. State Department said 1,300 people were hurt.", "He added that 5.5 percent was too much."],
        ),
        (
            "Mr. Smith met Gen. Jones in Washington. They drove 15 kilometers (nine miles) north.",
            ["Mr. Smith met Gen. Jones in Washington.", "They drove 15 kilometers (nine miles) north."],
        ),
        (
            '"We are ready," Blinken said. "And we will do it." Then he left.',
            ['"We are ready," Blinken said.', '"And we will do it."', "Then he left."],
        ),
        ("He lived in the U.S. The next year he moved.", ["He lived in the U.S.", "The next year he moved."]),
        ("Stop! he shouted. Nobody listened.", ["Stop! he shouted.", "Nobody listened."]),
        ("He lives at No. 10 Downing Street. It is old.", ["He lives at No. 10 Downing Street.", "It is old."]),
        ("J. K. Rowling wrote it. Sales rose.", ["J. K. Rowling wrote it.", "Sales rose."]),
    ],
)
def test_english_rules(text: str, expected: list[str]) -> None:
    assert sentences(text, "en") == expected
    assert rejoin(text, "en") == text


def test_danish_abbreviations_dates_and_numbers() -> None:
    text = (
        "Ifølge bl.a. DMI steg vandet ca. 1,5 meter den 5. maj. Det er rekord, siger hr. Hansen. Næste dag faldt det."
    )
    assert sentences(text, "da") == [
        "Ifølge bl.a. DMI steg vandet ca. 1,5 meter den 5. maj.",
        "Det er rekord, siger hr. Hansen.",
        "Næste dag faldt det.",
    ]


def test_arabic_punctuation() -> None:
    text = "قال المتحدث: هل انتهت الأزمة؟ لا، لم تنته بعد؛ وأضاف أن ١٢٣ شخصا أصيبوا. وقال د. أحمد إن الوضع صعب."
    assert sentences(text, "ar") == [
        "قال المتحدث: هل انتهت الأزمة؟",
        "لا، لم تنته بعد؛ وأضاف أن ١٢٣ شخصا أصيبوا.",
        "وقال د. أحمد إن الوضع صعب.",
    ]


def test_hebrew_geresh_gershayim_and_quotes() -> None:
    text = 'אמר ד"ר כהן כי צה״ל פעל בשעה 5. הוא הוסיף: "זה לא נגמר." ח׳ אמר שזה נכון.'
    assert sentences(text, "he") == ['אמר ד"ר כהן כי צה״ל פעל בשעה 5.', 'הוא הוסיף: "זה לא נגמר."', "ח׳ אמר שזה נכון."]


def test_long_sentence_is_capped_at_soft_breaks() -> None:
    clause = "the committee met again in the capital to discuss the plan"
    text = ", ".join([clause] * 20) + "."
    spans = segment(text, "en", max_chars=120)
    assert len(spans) > 1
    assert all(len(text[a:b].strip()) <= 120 for a, b in spans)
    assert "".join(text[a:b] for a, b in spans) == text
    # Cuts fall after commas, never inside a word.
    assert all(text[a - 2 : a] == ", " for a, _ in spans[1:])


def test_run_without_spaces_is_cut_hard_but_losslessly() -> None:
    text = "x" * 1000
    spans = segment(text, "en", max_chars=300)
    assert [b - a for a, b in spans] == [300, 300, 300, 100]


def test_empty_and_punctuation_only() -> None:
    assert segment("", "en") == []
    assert segment("...", "en") == [(0, 3)]


def test_seed_articles_rejoin_exactly() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        language = path.stem.rsplit("-", 1)[-1]
        for line in path.read_text(encoding="utf-8").splitlines():
            assert rejoin(line, language) == line


def test_english_seed_sentence_count() -> None:
    lines = (SEEDS / "blinken-ceasefire-en.txt").read_text(encoding="utf-8").splitlines()
    count = sum(len(segment(line.strip(), "en")) for line in lines if line.strip())
    # 22 non-empty lines, 8 of them with two or three sentences (17 in all); "commanders." is a line of
    # its own here (the reader joins it to the line before).
    assert count == 31


@pytest.mark.parametrize(
    ("name", "language", "paragraphs", "sentences"),
    [
        ("blinken-ceasefire-en.txt", "en", 21, 30),
        # Counted by hand from the articles: headline + 13 paragraphs, six of them two sentences.
        ("havvind-esbjerg-da.txt", "da", 14, 20),
        # Arabic wire style: each paragraph is one long sentence joined by commas.
        ("floods-batinah-ar.txt", "ar", 12, 12),
        # Headline + 11 paragraphs, six of them two sentences (quotes closing with ." count as one).
        ("heatwave-electricity-he.txt", "he", 12, 18),
    ],
)
def test_seed_sentence_counts_per_language(name: str, language: str, paragraphs: int, sentences: int) -> None:
    from briefing_app.core.pipeline import load_document

    doc = load_document(SEEDS / name)
    assert doc.language.code == language
    assert (len(doc.paragraphs), len(doc.sentences)) == (paragraphs, sentences)
    for paragraph in doc.paragraphs:
        assert "".join(paragraph.text[s.start : s.end] for s in paragraph.sentences) == paragraph.text
        assert all(s.text and s.text == s.text.strip() for s in paragraph.sentences)


def test_a_hebrew_acronym_at_the_end_of_a_sentence_ends_it() -> None:
    text = 'העתירה הוגשה לבג"ץ. השופטים דחו אותה. הנציג דיבר באו״ם. אחר כך יצא.'
    assert sentences(text, "he") == ['העתירה הוגשה לבג"ץ.', "השופטים דחו אותה.", "הנציג דיבר באו״ם.", "אחר כך יצא."]


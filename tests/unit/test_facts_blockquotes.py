"""Quotes printed as blocks of their own and quoted social-media posts (core/facts/blockquotes.py)."""

from __future__ import annotations

from briefing_app.core.facts.blockquotes import find_blocks, post_authors
from briefing_app.core.facts.model import SourceSentence


def _sentences(*paragraphs: str | tuple[str, ...]) -> list[SourceSentence]:
    out: list[SourceSentence] = []
    for number, paragraph in enumerate(paragraphs):
        for text in (paragraph,) if isinstance(paragraph, str) else paragraph:
            out.append(SourceSentence(len(out), number, text))
    return out


def test_a_paragraph_after_a_colon_introduction_is_a_block_with_its_introduction() -> None:
    sentences = _sentences(
        "The mayor of Eastbridge spoke after the vote.",
        "Councillor Ann Porter wrote on her blog:",
        ("We have waited eleven years for this bridge.", "Nobody here will forget who voted against it."),
        "The bridge opens in May.",
    )
    [block] = find_blocks(sentences, "en")
    assert block.sentences == (2, 3)
    assert block.intro == "Councillor Ann Porter wrote on her blog"
    assert block.intro_sentence == 1
    assert block.handle is None


def test_a_colon_that_introduces_a_list_or_a_heading_is_no_quote_but_a_full_name_label_is() -> None:
    sentences = _sentences(
        "The new rules cover three areas:",
        "Parking near schools, deliveries at night and the use of bus lanes by taxis.",
        "Results:",
        "Turnout was far below the last election.",
        "Ann Porter:",
        "I will stand again at the next election.",
    )
    assert [b.intro for b in find_blocks(sentences, "en")] == ["Ann Porter"]


def test_quoted_posts_are_blocks_with_their_handle_whatever_precedes_them() -> None:
    sentences = _sentences(
        "Reactions online were mixed, as a short exchange shows.",
        "@river_fox: This decision will cost the town its only hospital.",
        "RT @quietbay: Nobody asked the nurses what they think of this plan.",
        "@ok: hi",
    )
    blocks = find_blocks(sentences, "en")
    assert [(b.sentences, b.handle, b.intro) for b in blocks] == [
        ((1,), "@river_fox", None),
        ((2,), "@quietbay", None),
        ((3,), "@ok", None),
    ]


def test_a_post_after_an_introduction_keeps_both() -> None:
    sentences = _sentences(
        "Student leader Tomas Berg (@tberg) tweeted:", "@tberg: The march starts at noon at the station."
    )
    [block] = find_blocks(sentences, "en")
    assert block.handle == "@tberg" and block.intro == "Student leader Tomas Berg (@tberg) tweeted"
    assert post_authors(sentences) == {"@tberg": "Tomas Berg"}


def test_danish_arabic_and_hebrew_introductions() -> None:
    danish = _sentences("Borgmester Lise Holm skriver i en mail:", "Vi har ikke råd til at lukke skolen i år.")
    assert [b.intro for b in find_blocks(danish, "da")] == ["Borgmester Lise Holm skriver i en mail"]
    arabic = _sentences("وكتب الوزير سامي حداد على صفحته:", "لن نقبل بأي اتفاق لا يحمي حقوق العمال في المدينة")
    assert [b.intro for b in find_blocks(arabic, "ar")] == ["وكتب الوزير سامي حداد على صفحته"]
    hebrew = _sentences("השר דוד לוי אמר בכנס:", "אנחנו נמשיך לבנות בתים חדשים בעיר הזאת")
    assert [b.sentences for b in find_blocks(hebrew, "he")] == [(1,)]


def test_post_authors_reads_names_given_beside_handles() -> None:
    sentences = _sentences("Blogger Mia Lund, @mialund, and Karl Ek (@karl_ek) disagreed.")
    assert post_authors(sentences) == {"@mialund": "Blogger Mia Lund", "@karl_ek": "Karl Ek"}

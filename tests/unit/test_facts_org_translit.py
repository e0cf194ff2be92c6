"""Bodies named in another language's words written in Latin letters, and "Daily X" papers
(core/facts/org_translit.py), on made-up sentences."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _kinds(*paragraphs: str) -> dict[str, str]:
    return {f.text: f.kind for f in facts_of(list(paragraphs))}


def test_arabic_head_nouns_name_armed_groups_and_parties() -> None:
    found = _kinds("Fighters of Jaish al-Nasr attacked. Harakat Hazm withdrew, and Liwa al-Tawhid advanced.")
    assert found.get("Jaish al-Nasr") == found.get("Harakat Hazm") == found.get("Liwa al-Tawhid") == "organisation"


def test_urdu_and_persian_heads_with_the_ezafe() -> None:
    found = _kinds("Lashkar-e-Taiba and Jaish-e-Mohammed denied it, and Hizb ut-Tahrir said nothing.")
    assert {"Lashkar-e-Taiba", "Jaish-e-Mohammed", "Hizb ut-Tahrir"} <= {
        k for k, v in found.items() if v == "organisation"
    }


def test_a_head_that_is_also_a_given_name_needs_an_article_or_three_words() -> None:
    found = _kinds("Hayat Tahrir al-Sham and Ansar al-Sharia fought; Ansar Ahmed said so.")
    assert found.get("Hayat Tahrir al-Sham") == found.get("Ansar al-Sharia") == "organisation"
    assert found.get("Ansar Ahmed") == "person"


def test_a_paper_named_daily_and_a_word() -> None:
    found = _kinds("She told the Daily Quill that the plan had failed.")
    assert found.get("Daily Quill") == "organisation" and "Quill" not in found

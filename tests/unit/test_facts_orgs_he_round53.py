"""Hebrew bodies' names before a hif'il past of a root ending in ה (round 53), written with made-up sentences: "משרד
הקליטה הקצה השנה ..." names the ministry, not "משרד הקליטה הקצה השנה"; a name whose own last word ends in ה stays.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _orgs(text: str) -> list[str]:
    return [f.text for f in facts_of([text], "he") if f.kind == "organisation"]


def test_allocated_after_a_ministry_ends_its_name() -> None:
    assert _orgs("משרד הקליטה הקצה השנה 1.8 מיליארד שקל לסל הקליטה.") == ["משרד הקליטה"]


def test_referred_after_a_ministry_ends_its_name() -> None:
    assert _orgs("משרד השיכון הפנה את המשפחות לאתרי הקרוואנים.") == ["משרד השיכון"]


def test_instructed_after_a_ministry_ends_its_name() -> None:
    assert _orgs("משרד האוצר הנחה את הבנקים להקפיא את ההלוואות.") == ["משרד האוצר"]


def test_the_feminine_form_after_a_body_ends_its_name() -> None:
    assert _orgs("רשות המסים הקצתה 20 פקחים לבדיקת הדוחות.") == ["רשות המסים"]


# near misses: a verb the list already held; a name that is whole


def test_announced_after_a_ministry_stays() -> None:
    assert _orgs("משרד הבריאות הודיע כי 12 חולים אושפזו.") == ["משרד הבריאות"]


def test_a_definite_complement_of_the_name_stays() -> None:
    assert _orgs("רשות השידור פרסמה אתמול את הנתונים.") == ["רשות השידור"]

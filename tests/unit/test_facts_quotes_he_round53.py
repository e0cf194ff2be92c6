"""Hebrew quotes whose speaker is first one of a group, then named in commas (round 53), written with made-up names:
'"...", סיפר אחד הנוסעים, החייל X Y, בן 19.' is X Y's; one of a group with no name after it stays the speaker.
"""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _speakers(text: str) -> list[str | None]:
    return [f.speaker for f in facts_of([text], "he") if f.kind == "quote"]


def test_one_of_the_passengers_then_a_described_name_is_the_name() -> None:
    assert _speakers('"ראיתי את המשאית סוטה מהנתיב", סיפר אחד הנוסעים, החייל רון אלמוג, בן 19.') == ["רון אלמוג"]


def test_one_of_the_residents_then_a_name_is_the_name() -> None:
    assert _speakers('"המים הגיעו עד החלונות", אמר אחד התושבים, יוסי כהנוב.') == ["יוסי כהנוב"]


def test_one_of_the_neighbours_feminine_then_a_name_is_the_name() -> None:
    assert _speakers('"שמענו פיצוץ חזק", אמרה אחת השכנות, מרים לוטן.') == ["מרים לוטן"]


def test_one_of_a_group_then_a_relative_clause_stays_described() -> None:  # near miss
    assert _speakers('"לא ראינו דבר", אמר אחד התושבים, שביקש לא להזדהות.') == ["אחד התושבים"]


def test_a_role_then_a_name_stays() -> None:  # near miss: the reading this extends
    assert _speakers('"החקירה נמשכת", אמר דובר המשטרה, רב-פקד אלון גבירצמן.') == ["אלון גבירצמן"]

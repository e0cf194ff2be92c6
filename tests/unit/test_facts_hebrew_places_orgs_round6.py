"""Hebrew places and organisations, class by class, on sentences made up for these tests (none from the corpus).

* an exchange named with what it trades or where it is ("הבורסה לניירות ערך בתל אביב") or in the construct
  state ("בורסת היהלומים"), but not "בבורסה" alone, as often the market in general;
* schools and clearing houses named by a construct head and a place or a definite complement ("מדרשת X",
  "מסלקת הבורסה"), not "ישיבת הממשלה" (a meeting);
* ensembles by their kind ("להקת X", "תיאטרון X", "התיאטרון הקאמרי"), not "הלהקה החדשה" (a phase);
* a town's construct head in its short spelling ("קרית X"), a mountain whose name starts with a preposition's
  letter ("הר מירון"), and no place where an indefinite adjective makes the head a kind ("מערת קבורה רומית")
  or where an affair or a family is named ("פרשת לבון" is no "ל" and a town).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.core.facts import extract_facts
from briefing_app.core.pipeline import load_document

# (sentence, kind, names expected of that kind: exactly these)
Case = tuple[str, str, list[str]]

CASES: list[Case] = [
    ("הבורסה לניירות ערך בתל אביב הודיעה על הפסקת המסחר.", "organisation", ["הבורסה לניירות ערך בתל אביב"]),
    ("המסחר בבורסת היהלומים נפתח מחדש.", "organisation", ["בורסת היהלומים"]),
    ("המניות נסחרו אתמול בבורסה בירידה חדה.", "organisation", []),
    ("מסלקת הבורסה תעביר את הכספים ללקוחות.", "organisation", ["מסלקת הבורסה"]),
    ("תלמידי מדרשת ירושלים יצאו לסיור.", "organisation", ["מדרשת ירושלים"]),
    # ensembles: a band, a theatre, an orchestra, a choir in the construct state or with an adjective
    ('הוא שירת בלהקת הנח"ל ואחר כך הופיע עם להקת התרנגולים.', "organisation", ['להקת הנח"ל', "להקת התרנגולים"]),
    ("היא שיחקה בתיאטרון הבימה ובתיאטרון הקאמרי.", "organisation", ["תיאטרון הבימה", "התיאטרון הקאמרי"]),
    ("הוא ניגן בתזמורת הפילהרמונית הישראלית.", "organisation", ["תזמורת הפילהרמונית הישראלית"]),
    ("הלהקה החדשה הופיעה בחיפה.", "organisation", []),
    ("הוא ניגן בלהקה במשך שנים.", "organisation", []),
    # institutions news names bare (the gazetteer's hand-written list)
    ("הוא למד בטכניון ושידר בקול ישראל.", "organisation", ["הטכניון", "קול ישראל"]),
    # an army's corps and arms by their construct head
    ("הוא שירת בחיל הים ובחיל האוויר.", "organisation", ["חיל הים", "חיל האוויר"]),
    ("הוא עבר בחיל ורעדה את הגבול.", "organisation", []),
    # a settlement whose own name opens with a place's head
    ("הוא נולד בקיבוץ עין חרוד וגדל במושב נהלל.", "place", ["קיבוץ עין חרוד", "מושב נהלל"]),
    ("המשפחה עברה לקרית מלאכי לפני שנה.", "place", ["קרית מלאכי"]),
    ("המבקרים טיפסו על הר מירון ביום שישי.", "place", ["הר מירון"]),
    ("המטיילים גילו מערת קבורה רומית ליד הכביש.", "place", []),
    ("הוא נזכר בפרשת לבון ובמשפחת לוינסון.", "place", []),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:30])
def test_exchanges_schools_towns_mountains_and_kinds(tmp_path: Path, case: Case) -> None:
    text, kind, expected = case
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    found = [f.text for f in extract_facts(load_document(path, language="he")) if f.kind == kind]
    assert found == expected


def test_a_meeting_of_a_body_is_no_yeshiva(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text("הנושא עלה בישיבת הממשלה השבועית.", encoding="utf-8")
    found = [f.text for f in extract_facts(load_document(path, language="he")) if f.kind == "organisation"]
    assert not any(name.startswith("ישיבת") for name in found), found

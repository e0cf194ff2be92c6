"""Hebrew quotes of round 54 (made-up sentences): a body's name opening the clause before a colon speaks by its
whole name, whatever phrase follows it ('משרד החקלאות בתגובה להחלטת הוועדה: "..."'; quotes_he_colon), and a
place of saying with the speaker's possessive after a title is no word of the speaker ('עוד אמר רה"מ בנאומו:';
people_he_phrases, quote_speakers_rtl)."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import Fact, extract_facts
from briefing_app.core.facts.people_he_phrases import he_drop_adjuncts
from briefing_app.core.facts.quotes_he_colon import body_opening
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def _speakers(paragraphs: list[str]) -> list[str | None]:
    article = ArticleText(Path("t-he.txt"), "txt", "", [TextBlock(p) for p in ["כותרת", *paragraphs]])
    facts: list[Fact] = extract_facts(build_document(article, language="he"))
    return [f.speaker for f in facts if f.kind == "quote"]


def test_a_body_before_a_response_phrase_speaks_by_its_whole_name() -> None:
    speakers = _speakers(['משרד החקלאות בתגובה להחלטת הוועדה לבטל את המכרז: "נערער על ההחלטה בהקדם".'])
    assert speakers == ["משרד החקלאות"]
    speakers = _speakers(['עיריית נתניה במכתב לתושבי השכונה: "העבודות יסתיימו עד סוף החודש".'])
    assert speakers == ["עיריית נתניה"]
    assert body_opening("משרד החקלאות בתגובה להחלטת הוועדה".split()) == "משרד החקלאות"


def test_near_misses_a_person_or_no_body_before_the_colon() -> None:
    # a person named in the clause: no body speaks
    assert body_opening('משרד החקלאות ומנכ"ל המשרד יוסי פלד'.split()) is None
    # a title, no body: the reader's other rules apply
    assert body_opening("שר החקלאות בתגובה".split()) is None


def test_where_a_titled_speaker_said_it_is_no_word_of_the_speaker() -> None:
    speakers = _speakers(["ראש הממשלה עמי ברגר השתתף היום בטקס הפתיחה.",
                          'עוד אמר רה"מ בנאומו: "נמשיך לפעול בכל הכוח למען התושבים".'])
    assert speakers == ["עמי ברגר"]
    assert he_drop_adjuncts('רה"מ בנאומו') == 'רה"מ'
    # near miss: a given name and a family name that opens with ב stay whole
    assert he_drop_adjuncts("דני בלום") == "דני בלום"


def test_a_body_that_responded_and_said_speaks() -> None:
    speakers = _speakers(['השר אבי כרמי תקף את המפלגה.', 'הליכוד הגיב ואמר: "מדובר בטענות חסרות כל בסיס עובדתי".'])
    assert speakers[-1:] == ["הליכוד"]
    speakers = _speakers(['השרה דנה גל תקפה את המשרד.', 'משרד החקלאות הגיב ואמר: "הטענות אינן נכונות ונבדקו היטב".'])
    assert speakers[-1:] == ["משרד החקלאות"]
    # near miss: a person opening the clause stays the speaker
    speakers = _speakers(['דני כרמי הגיב ואמר: "אין לי מה להוסיף על הדברים האלה".'])
    assert speakers == ["דני כרמי"]

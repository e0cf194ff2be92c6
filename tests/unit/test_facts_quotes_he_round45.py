"""Hebrew quotes and their speakers, round 45: shapes of unseen Israeli news (the IAHLT texts and this round's
web pages, read locally with hand-made gold) written again with made-up sentences, each with a near miss:

* a quote paragraph with nothing before its mark, right after a sentence of reported speech holding "לדבריה" /
  "לדבריו" (in her / his words), is the one the pronoun stands for, not a person named inside what was reported;
* "אמר X כי <a long that-clause> "..."" (the quote taking up the clause's end): the subject between the verb and
  כי speaks, not the clause's first words; a clause with a verb of saying of its own is left to its own reader.
"""

from __future__ import annotations

from briefing_app.core.facts.quotes_he import he_cue_before
from briefing_app.core.facts.quotes_he_cues import pronoun_cue_in
from tests.unit.facts_helpers import hebrew_speakers


def test_quote_paragraph_after_her_reported_words_is_hers() -> None:
    paragraphs = [
        "יעל ברגמן, יועצת בחברת תיירות, אמרה כי העונה תהיה עמוסה.",
        "לדבריה, המלונות שבנה שמעון דהן בגליל מלאים כבר עכשיו.",
        '"ההזמנות שלנו הוכפלו מאז האביב".',
    ]
    assert hebrew_speakers(paragraphs)[-1] == "יעל ברגמן"


def test_quote_paragraph_after_his_reported_words_is_his() -> None:
    paragraphs = [
        "אורן זילברמן, מרצה לכלכלה, העריך כי המחירים יירדו.",
        "לדבריו המשקיעים שגייסה נורית אבוטבול פעלו בחופזה.",
        '"ראינו את הסימנים הרבה לפני כולם".',
    ]
    assert hebrew_speakers(paragraphs)[-1] == "אורן זילברמן"


def test_cue_inside_a_sentence_of_narration() -> None:
    assert pronoun_cue_in("גם המורים הם לדבריה חלק מהפתרון.") == ("היא", 12)
    assert pronoun_cue_in("לדבריו , התוכנית תיכנס לתוקף בקיץ.") == ("הוא", 0)


def test_near_miss_no_cue_word_and_a_sentence_with_its_own_quote() -> None:
    assert pronoun_cue_in("הם נתנו לדברים לשקוע לאט.") is None  # ("לדברים": to the things, no pronoun)
    assert pronoun_cue_in('לדבריה, "הכול יסתדר בסוף".') is None  # (its own quote: its own attribution decides)


def test_long_that_clause_before_the_quote_the_subject_speaks() -> None:
    text = 'בסיום הטקס אמר מפקד הבסיס כי לראשונה סיימו את הקורס 40 טייסים ומתוכם 12 נווטות "זה רגע מרגש לכולנו".'
    assert hebrew_speakers([text]) == ["מפקד הבסיס"]
    assert he_cue_before("בסיום הטקס אמר מפקד הבסיס כי לראשונה סיימו את הקורס 40 טייסים ") == "מפקד הבסיס"


def test_near_miss_the_long_clause_has_its_own_verb_of_saying() -> None:
    before = "בסיום הטקס אמר מפקד הבסיס כי אחד החניכים סיפר לו אתמול בערב "
    assert he_cue_before(before) != "מפקד הבסיס"

"""A Hebrew figure set out after a colon or a spaced dash, with the measure it gives named before them: "נרשמה
עלייה במספר התאונות הקטלניות שאירעו השנה, לעומת אשתקד: 309 לעומת 280", "חלה ירידה במספר הולכי הרגל שנהרגו - 86
לעומת 94". The figure's own clause holds no noun; the last "מספר"/"שיעור"/"היקף" phrase before the colon is what it
counts (not an earlier one of the same sentence, which another figure took)."""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import HE_STOP

# The figure opens what follows a colon or a dash set apart by spaces (an optional "כ-" or "עוד" before it), or a
# second verb of standing after a change ("מספר החולים שמתו עלה באחד | ועומד כעת על | 96").
_AFTER_COLON = re.compile(
    r"(?:[:׃]|\s[-–—])\s*(?:כ-?|עוד\s+|רק\s+)?$"
    r"|\sו(?:עומד|עומדת|עומדים|עומדות)(?:\s+(?:כעת|היום|עתה|כיום|כרגע))?\s+על\s*(?:כ-?)?$"
)
# A measure noun, its preposition, the article or "ש" glued ("במספר", "ושיעור", "שמספר"), then its complement.
_MEASURE = re.compile(
    r"(?<![\u05d0-\u05ea])[ובלהש]{0,2}(מספר|שיעור|היקף|כמות|סך)\s+((?:[\u05d0-\u05ea\"״'-]+\s*){1,4})"
)


# A subject, then a verb of change (or "goes on" and its infinitive) ending the clause before the colon: "יתרת החוב
# לדיור של משקי הבית ממשיכה לעלות: עוד תשעה מיליארד שקל".
_CHANGED_AT_END = re.compile(
    r"(?:^|[,]\s*)((?:[\u05d0-\u05ea\"״'-]+\s+){1,7}?)(?:(?:ממשיך|ממשיכה|ממשיכים|ממשיכות)\s+ל(?:עלות|רדת|גדול|טפס|צמוח)"
    r"|עלה|עלתה|עלו|ירד|ירדה|ירדו|גדל|גדלה|גדלו|צמח|צמחה|זינק|זינקה|צנח|צנחה)\s*$"
)


def _changed_subject(head: str) -> str | None:
    """The subject of a verb of change that ends the clause before a colon, up to its first function word."""
    changed = _CHANGED_AT_END.search(head)
    if not changed:
        return None
    words: list[str] = []
    for w in changed.group(1).split():
        if w in HE_STOP:
            break
        words.append(w)
    return " ".join(words[:4]) or None


def he_colon_measure(text: str, start: int) -> str | None:
    """What a Hebrew figure at `start` counts when it opens the part after a colon or a spaced dash: the last measure
    phrase of the clause before ("מספר התאונות הקטלניות"), cut at a relative clause ("ש..."), a stop word or a
    comma; None when the figure has words of its own before it or nothing is measured before the colon."""
    before = text[:start]
    colon = _AFTER_COLON.search(before)
    if not colon:
        return None
    head = before[: colon.start()]
    # (only the sentence part since the last full stop, semicolon or colon before it: one statement)
    head = re.split(r"[.;:׃]", head)[-1]
    found = list(_MEASURE.finditer(head))
    if not found:
        return _changed_subject(head)
    last = found[-1]
    words = [last.group(1)]
    for w in last.group(2).split():
        if w in HE_STOP or (w.startswith("ש") and words[-1].startswith("ה")):
            break  # "הולכי הרגל שנהרגו": after a definite noun a word in ש- opens a relative clause on it
        words.append(w)
    return " ".join(words) if len(words) > 1 else None

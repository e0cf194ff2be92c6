"""What a Hebrew sum or share is the amount of, when a word of amount leads to it: "מענק חד פעמי | בגובה | 2,300
שקלים", "החלק השני של הפיצוי, | בסך | 840 שקלים", "קנס | בהיקף כולל של | 3 מיליון", "הגדלת המלגה | לסכום של | 9,000
שקל", "סיוע | על סך | 400 אלף". The word of amount ("height", "sum", "total", "scope") is no noun the
figure counts; the noun phrase before it is. When a verb of standing or reaching comes between ("הקצבה עומדת כעת |
על סכום של"), the verb's subject is.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import HE_VERB

# The word of amount, glued to "in"/"to" or after "on", with an adjective of its own and "of": "בגובה של", "בסך",
# "בהיקף כולל של", "לסכום של", "על סך" (not "value" or "cost", "בשווי", "לעלות של", which say what the sum is).
_LEAD = re.compile(
    r"(?<![\u05d0-\u05ea])(?:[בל]|על\s+)(?:גובה|סך|סכום|היקף)"
    r"(?:\s+(?:כולל|כספי|מצטבר|ממוצע|מקסימלי|מרבי|חודשי|שנתי|נוסף))?(?:\s+של)?"
    # (a qualifier the figure's reader left before it: "בגובה כ-", "בסכום של מעל ל-")
    r"(?:\s+(?:כ|מעל\s+ל?|עד|לפחות|יותר\s+מ|פחות\s+מ|למעלה\s+מ)-?)?\s*$"
)
# What ends the noun phrase on its left: a clause's edge, the object marker, a bare preposition.
_EDGE = re.compile(r"[,;:()\"“”]|(?<![\u05d0-\u05ea])(?:את|על|עם|אל|מול|אצל|כמו|לעומת|בין)(?![\u05d0-\u05ea])")
_VERB = re.compile(HE_VERB)


# What may follow an earlier sum's digits: its scale and its unit ("2 מיליון שקל", "40 אלף ש"ח").
_SUM_TAIL = re.compile(r"(?:אלף|אלפים|מיליון|מיליארד|שקל|שקלים|ש[\"״]ח|₪|דולר|דולרים|יורו|אחוז|אחוזים|%)[,.]?")


def _after_an_earlier_sum(words: list[str]) -> list[str]:
    """The words after an earlier sum and its unit, "and" taken off the first: in "קנס בסך 2 מיליון שקל ופיצוי
    בהיקף של 5 מיליון" the second sum is the compensation's, not the fine's (its words are the first's)."""
    digits = [i for i, w in enumerate(words) if any(ch.isdigit() for ch in w)]
    if not digits:
        return words
    k = digits[-1] + 1
    while k < len(words) and _SUM_TAIL.fullmatch(words[k]):
        k += 1
    rest = words[k:]
    if not rest or rest[0][:1] != "ו" or len(rest[0]) < 3:
        return words  # "דירת 4 חדרים בהיקף של": a number inside the phrase, no earlier sum coordinated
    if rest[0] == "וכן":
        rest = rest[1:]  # "..., וכן פיצוי בסך": "and also"
    elif rest[0][1:2] != "ו":
        rest = [rest[0][1:], *rest[1:]]  # "ופיצוי": the compensation, "and" glued to it
    return rest


def he_valued_sum(before: str) -> str | None:
    """The noun phrase a word of amount right before a Hebrew sum or share follows (see the module docstring), or
    None when no such word leads to it."""
    lead = _LEAD.search(before[-80:])
    if lead is None:
        return None
    left = before[: len(before) - len(lead.group(0))].rstrip()
    left = left[:-1].rstrip() if left.endswith(",") else left  # "החלק השני של הפיצוי, בסך": an apposed sum
    words = _after_an_earlier_sum(_EDGE.split(left[-120:])[-1].split()[-6:])
    verbs = [i for i, w in enumerate(words) if _VERB.fullmatch(w)]
    if verbs:  # "הקצבה עומדת כעת על סכום של": the subject of the verb of standing
        words = words[: verbs[-1]]
    if not words:
        return None
    if len(words) > 4:
        # the head stays before "של" ("מלאי של נעליים במחסן שלה"); else the last words, an adjective's noun among them
        of = [i for i, w in enumerate(words[1:-1], 1) if w == "של"]
        words = words[of[0] - 1 :][:5] if of else words[-3:]
    return " ".join(words)

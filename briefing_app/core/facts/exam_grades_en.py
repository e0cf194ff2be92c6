"""Exam grades written as numbers are no figures (English).

The 9-to-1 grades of English GCSEs (and any grade scale written in digits) read like counts: "the coveted top 9
grade", "over 60% at 8 or 9", "grades 7/A or above", "only A* or 9 grades", "either a 7, 8 or 9", "a 4 under the new
grading system". A grade is a label, not a quantity: a digit joined to other grades ("8 or 9 grades", "9 and 8
grades", "8/9 or A* grades"), to a letter grade ("7/A", "A* or 9"), after "grade(s)", before a singular "grade", after
an article with no noun ("a 7, 8 or 9"), or the level a share was reached at ("60% at 8 or 9"). A count of grades
keeps its reading ("8 or more subject passes", "gained 9 grades", "13 pupils").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

# One grade of a run: a digit, "A*", or a letter after a slash ("7/A").
_ITEM = r"(?<![\w*])(?:\d|A\*|(?<=/)\s*[A-E])(?![\w*/]?\d)(?![\w])"
_JOIN = r"\s*(?:/|,|\bor\b|\band\b)\s*"
_RUN_AFTER = re.compile(rf"(?:{_JOIN}{_ITEM})*")
_RUN_BEFORE = re.compile(rf"(?:{_ITEM}{_JOIN})*$")
_GRADE_NOUN = re.compile(r"\s+(grades?)\b", re.IGNORECASE)
_GRADE_WORD_BEFORE = re.compile(r"\bgrades?\s+$", re.IGNORECASE)
_LETTER = re.compile(r"A\*|/\s*[A-E]\b")
# "either a 7, 8 or 9", "a 4 under the new grading system": an article before a digit with no noun after the run.
_ARTICLE_BEFORE = re.compile(r"\ba\s+$")
_NO_NOUN_AFTER = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:or|and|under|in|on|at|for)\b(?!\s+\d)")
# "with over 60% at 8 or 9", "40% at 7 or above": the grade a share reached.
_SHARE_AT_BEFORE = re.compile(r"(?:%|\bper\s*cent|\bpercent)(?:\s+[a-z]+){0,4}\s+at\s+$", re.IGNORECASE)
_OR_ABOVE_AFTER = re.compile(r"\s*(?:(?:/|or|and)\s*(?:\d|A\*)(?![\w])|or\s+(?:above|higher|better)\b|\+)")


# A figure that may be a grade: a digit, a slash pair ("8/9") or a pair read as a range ("8 or 9").
_GRADE_TEXT = re.compile(r"\d(?:/\d)?|\d\s*(?:or|and|,)\s*\d")


def _grade_at(text: str, start: int, end: int, digit: str) -> bool:
    """Whether the digit (or pair of digits) at text[start:end] is a grade."""
    if not _GRADE_TEXT.fullmatch(digit):
        return False
    before, after = text[:start], text[end:]
    pair = 1 if re.search(r"\s*(?:or|and|,)\s*", digit) else 0
    run_after = _RUN_AFTER.match(after)
    run_before = _RUN_BEFORE.search(before)
    joined_after = run_after.group(0) if run_after else ""
    joined_before = run_before.group(0) if run_before else ""
    items = 1 + pair + len(re.findall(_ITEM, joined_after)) + len(re.findall(_ITEM, joined_before))
    noun = _GRADE_NOUN.match(after[len(joined_after) :])
    if noun and (items >= 2 or (noun.group(1).lower() == "grade" and int(digit[0]) >= 2)):
        return True  # "8 or 9 grades", "9 and 8 grades", "the top 9 grade"
    if "/" in digit and noun:
        return True  # "at 8/9 or A* grades"
    if _LETTER.search(joined_after) or _LETTER.search(joined_before) or re.match(r"/\s*[A-E]\b", after):
        return True  # "grades 7/A or above", "only A* or 9 grades"
    if _GRADE_WORD_BEFORE.search(before[: len(before) - len(joined_before)]):
        return True  # "grades 7/A", "grade 9 in maths"
    bare = before[: len(before) - len(joined_before)]
    if _ARTICLE_BEFORE.search(bare) and _NO_NOUN_AFTER.match(after[len(joined_after) :]) and int(digit[0]) >= 2:
        return True  # "either a 7, 8 or 9", "a 4 under the new grading system"
    return bool(_SHARE_AT_BEFORE.search(bare) and (pair or _OR_ABOVE_AFTER.match(after)))  # "60% at 8 or 9"


def without_exam_grades(figures: list[Fact], texts: dict[int, str]) -> list[Fact]:
    """The figures less the exam grades written as digits."""
    kept = []
    for f in figures:
        text = texts.get(f.sentence, "")
        if f.unit is None and _GRADE_TEXT.fullmatch(f.text):
            start = f.number.start if f.number is not None else text.find(f.text)
            if start >= 0 and _grade_at(text, start, start + len(f.text), f.text):
                continue
        kept.append(f)
    return kept

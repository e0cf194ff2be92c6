"""When a verb of saying was said, written right after it in Arabic: "وقال اليوم الثلاثاء:", "وغرّد أمس
الإثنين:", "وقال صباح اليوم:", "وكتب مساء الأحد:", "وأضاف يوم الخميس إن". Verb-subject order puts the time
adjunct where the subject would stand, and a subjectless verb goes on with the one named before; a weekday, or
"صباح"/"مساء" (also given names) read as the speaker's name made "الثلاثاء" or "صباح" the speaker."""

from __future__ import annotations

import re

# Days of the week as copy writes them (with and without the hamza of الإثنين/الاثنين).
_WEEKDAYS = {"الأحد", "الاحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس", "الجمعة", "السبت"}
# Words of time that are never a name, alone or before a weekday: today, yesterday, tomorrow, tonight.
_ALWAYS = {"اليوم", "أمس", "امس", "غدا", "غداً", "الليلة", "البارحة"} | _WEEKDAYS
# Parts of the day and "day": also given names (صباح الخالد) or nouns, time words only before a time word or a
# weekday ("صباح اليوم", "مساء الأحد", "يوم الخميس", "فجر أمس").
_BEFORE_TIME = {"يوم", "صباح", "مساء", "ظهر", "عصر", "فجر", "ليلة", "ليل", "صباحاً", "مساءً", "ظهيرة", "منتصف"}
# What may follow a weekday in the same adjunct: "الأحد الماضي", "الخميس المقبل".
_AFTER_DAY = {"الماضي", "المقبل", "الفائت", "القادم", "المنصرم"}


def _bare(word: str) -> str:
    return word.strip(":،,.؛")


def leading_time_words(words: list[str]) -> int:
    """How many of `words` (those after a speech verb) make a time adjunct at their start; 0 when none."""
    n = 0
    while n < len(words):
        w = _bare(words[n])
        if w in _ALWAYS:
            n += 1
        elif w in _BEFORE_TIME and n + 1 < len(words) and _bare(words[n + 1]) in _ALWAYS:
            n += 1
        elif n > 0 and w in _AFTER_DAY and _bare(words[n - 1]) in _WEEKDAYS:
            n += 1
        else:
            break
        if words[n - 1].rstrip().endswith((":", "،", ",")):
            break  # the adjunct ends at its punctuation
    return n


def without_time_adjunct(words: list[str]) -> list[str]:
    """`words` after a speech verb with a leading time adjunct dropped."""
    return words[leading_time_words(words) :]


def trailing_time_adjunct(before: str) -> int:
    """Where a time adjunct ending `before` starts ("بلغت الكميات الواردة، اليوم الاثنين | 1114 طنا"), with the comma
    that sets it off; -1 when `before` ends with none. A figure's subject stands before that adjunct: the weekday
    is when, never what the figure counts."""
    words = before.split()
    n = 0
    while n < len(words) and n < 4:
        w = _bare(words[-1 - n])
        if w in _ALWAYS or (w in _AFTER_DAY and n + 1 < len(words) and _bare(words[-2 - n]) in _WEEKDAYS):
            n += 1
        elif w in _BEFORE_TIME and n > 0:
            n += 1
        else:
            break
    if n == 0 or words[-1].endswith((":", "،", ",")):
        return -1
    start = len(before.rstrip())
    for w in words[-n:][::-1]:
        start = before.rfind(w, 0, start)
    comma = re.search(r"[،,]\s*$", before[:start])
    return comma.start() if comma else start

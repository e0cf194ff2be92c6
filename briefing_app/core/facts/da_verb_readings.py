"""A Danish figure whose reading is only the verb before it counts the verb's subject.

"Skatten fastholdes uændret på 26,2 pct.", "Kirkeskatten fastholdes på 0,93 pct.", "Skatten er uændret på 26,2
pct.": the subject (a definite noun opening the sentence) stands right before a verb (a passive in "-es", a copula)
and maybe "uændret"; the reader of the words before the figure kept the verb ("fastholdes uændret"), which names
nothing the figure measures.
"""

from __future__ import annotations

import re

# A verb phrase read for the figure: a passive in "-es" or a copula or verb of level, maybe with "uændret".
_VERB_READING = re.compile(
    r"(?:[a-zæøå]{3,}es|er|var|blev|bliver|forbliver|ligger|lå|udgør|udgjorde|steg|faldt|stiger|falder|uændret)"
    r"(?:\s+(?:uændret|fortsat|nu|stadig))?"
)
# The sentence's subject: a capitalised definite noun opening it (or the clause after a colon), then the verb.
_SUBJECT_THEN_VERB = re.compile(r"(?:^|[:;]\s+)\W*([A-ZÆØÅ][a-zæøå]+(?:en|et|erne|ne))\s+(?=[a-zæøå])")


def da_verb_reading_subject(before: str, counts: str | None) -> str | None:
    """`counts`, or the sentence's subject when `counts` is only the verb that follows it."""
    if not counts or not _VERB_READING.fullmatch(counts):
        return counts
    subject = next(reversed(list(_SUBJECT_THEN_VERB.finditer(before))), None)
    # (the verb right after the subject, or within two words of it: "Skatten er | uændret")
    if subject is None or not re.match(
        rf"(?:[a-zæøå]+\s+){{0,2}}{re.escape(counts.split()[0])}\b", before[subject.end() :]
    ):
        return counts
    return subject.group(1)

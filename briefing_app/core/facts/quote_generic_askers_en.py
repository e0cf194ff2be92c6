"""A question that people in general put, quoted by the writer, is no one's speech (English).

'Readers often ask us "what makes a song go to the top"', 'Everyone asks me: "When is the next one?"': the marks
hold a question as it is usually put, by a crowd the sentence does not name; no person said these words on an
occasion the article reports, so there is no speaker to give them to. A named asker ('Roe asked me, "..."') or a
definite group ('the judges asked him "..."') is left to the usual reading.
"""

from __future__ import annotations

import re

# A plural or indefinite crowd, maybe a frequency adverb, a verb of asking or wondering, maybe the one asked, then
# the opening mark.
_GENERIC_ASKER = re.compile(
    r"(?:^|[.!?,;]\s+|\b(?:and|but|so|because)\s+)"
    r"(?:(?:many|some|most|other|lots\s+of|plenty\s+of)\s+)?"
    r"(?:people|folk|folks|fans|readers|viewers|listeners|customers|strangers|others|everyone|everybody|someone|"
    r"somebody|anyone|anybody)\s+"
    r"(?:(?:often|always|sometimes|still|usually|frequently|regularly|constantly|keep|will|would|may|might)\s+){0,2}"
    r"(?:ask|asks|asked|asking|wonder|wonders|wondered)"
    r"(?:\s+(?:me|us|him|her|them|you))?\s*[,:]?\s*[\"“‘']?\s*$",
    re.IGNORECASE,
)


def question_people_ask(before: str) -> bool:
    """Whether the words before the opening mark (`before`, the sentence up to it) have a crowd nobody names ask
    or wonder what the marks hold."""
    return _GENERIC_ASKER.search(before) is not None

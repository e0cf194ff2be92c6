"""Arabic verbs that are verbs of saying only when they stand alone before the words: "وواصل: «...»" (went on),
"وأنهى: «...»" (finished), "وكتب: «...»" (wrote). With their own object after them ("واصلت الحكومة عملها",
"أنهى كلمته", "كتب مقاله") they are plain verbs: "أوضح X أن حكومته واصلت عملها “...”" (the quote a partial one
inside the clause X reported) made the object "عملها" the speaker and a person. An object of this kind is a noun
with a possessive pronoun glued on (his/her/their work, speech, article), the only word before the quote."""

from __future__ import annotations

import re

# The verbs of the list in reporting_verbs that take an ordinary object (went on, finished, wrote, followed).
_TRANSITIVE = re.compile(
    r"[وف]?(?:واصل|واصلت|واصلوا|أنهى|أنهت|انهى|انهت|كتب|كتبت|تابع|تابعت|ختم|ختمت|اختتم|اختتمت)"
)
# A noun with a possessive pronoun glued on: "عملها", "جهوده", "كلمتهم", "حديثهما" (three letters of stem at least).
_POSSESSED = re.compile(r"[\u0621-\u064a]{3,}(?:ه|ها|هم|هما|هن)")


def verb_with_own_object(verb_and_after: str) -> bool:
    """True when the text, starting at a verb of saying, is one of the transitive verbs above followed only by
    one possessed noun (its object) with no colon after it: "واصلت عملها ", "أنهى كلمته"; False for "وواصل:",
    "وتابع الوزير", "وتابع حديثه:" (went on with his talk: the words after the colon are his)."""
    words = verb_and_after.split()
    if len(words) != 2:
        return False
    return _TRANSITIVE.fullmatch(words[0]) is not None and _POSSESSED.fullmatch(words[1]) is not None

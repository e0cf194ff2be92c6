"""Hebrew words in marks that a legal text lays down rather than someone says.

A law's section or a treaty is quoted word for word: "סעיף 8 לחוק קובע כי “אין פוגעים בזכויות ...”" (section 8
of the law lays down that "..."). The subject is the text, the verb is one of laying down or defining, so the
marks hold the text's own words: nobody's speech, and the last person named is not its speaker. The Arabic
counterpart is `quotes_ar_defined`.
"""

from __future__ import annotations

import re

_HE = r"\u05d0-\u05ea"
# A legal text as the subject: a section, a law (a Basic Law), regulations, a treaty, a resolution, a clause.
_TEXT = re.compile(
    rf"(?<![{_HE}])(?:ו?(?:ה)?(?:סעיף|חוק|חוק-יסוד|תקנה|תקנות|אמנה|אמנת|החלטה|החלטת|פסקה|פסקת|הוראה|הוראת|לשון))(?![{_HE}])"
)
# Lays down, defines, orders, states (of a text), present and past, masculine and feminine, then "that".
_LAYS_DOWN = re.compile(
    rf"(?<![{_HE}])(?:קובע|קובעת|קובעים|קובעות|קבע|קבעה|מגדיר|מגדירה|הגדיר|הגדירה|מורה|אוסר|אוסרת)"
    rf"(?:\s+(?:כי|ש))?\s*:?\s*$"
)


# The passive, the text after the verb: "נקבע בחוק כי", "נקבע בסעיף 5 לתקנות ש" (it was laid down in the law that).
_LAID_DOWN_IN = re.compile(
    rf"(?<![{_HE}])(?:נקבע|נקבעה|נקבעו|נאמר|נכתב)\s+(?:גם\s+)?ב(?:ה)?(?:סעיף|חוק|חוק-יסוד|תקנה|תקנות|אמנה|אמנת|"
    rf"החלטה|החלטת|פסקה|פסקת|הוראה|הוראות)(?![{_HE}])[^.!?\"“”]{{0,60}}?\s+(?:כי|ש)\s*:?\s*$"
)


def cited_in_marks(lead_in: str) -> bool:
    """Whether the words before a quote's mark have a legal text lay down what the marks hold ("סעיף 8 לחוק
    קובע כי"): the text's own words, no one's speech."""
    sentence = re.split(r"[.!?]\s", lead_in)[-1]
    if _LAID_DOWN_IN.search(sentence):
        return True  # ("במקביל נקבע בחוק כי “...”": the law's words, whoever was named before)
    verb = _LAYS_DOWN.search(sentence)
    return verb is not None and _TEXT.search(sentence[: verb.start()]) is not None

"""Arabic bodies whose names copy puts in quote marks after their kind: 'عضو كتلة “التنمية والتحرير”، النائب X،
اليوم، ان “...”' (Lebanese copy names every bloc and party so). The marks hold a name, never speech, and they
cut the speaker's description short: the quote went to "عضو كتلة التنمية و". Blanking such marks (the text keeps
its length) lets the description read on to the name after it."""

from __future__ import annotations

import re

# A body's kind, then one to four words in marks (no punctuation inside).
_BODY_IN_MARKS = re.compile(
    r"(?<![\u0621-\u064a])[وبلف]?(?:ال)?(?:كتلة|تكتل|حزب|حركة|تيار|جمعية|منظمة|جماعة|تنظيم|ائتلاف|تحالف|جبهة|"
    r"لقاء|اتحاد|نقابة|مجموعة|شركة|قناة|صحيفة|جريدة|وكالة|هيئة|مؤسسة)\s*([\"“«])([\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)"
    r"{0,3})([\"”»])"
)


def blank_body_marks(text: str) -> str:
    """`text` with the marks around a body's name after its kind turned into spaces."""
    if not any(q in text for q in '"“«'):
        return text
    chars = list(text)
    for m in _BODY_IN_MARKS.finditer(text):
        chars[m.start(1)] = " "
        chars[m.start(3)] = " "
    return "".join(chars)

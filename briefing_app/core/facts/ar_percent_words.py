"""Arabic percent words read as the sign they stand for, in the text before a later figure.

"تراجعت بنسبة 1.5 بالمئة إلى 473 مليون دينار": the change and the level it reached are told of one subject; with
the sign ("بنسبة 1.5% إلى") the readers of what a figure counts skip the earlier figure, but the spelled percent
word ("بالمئة", "في المئة") was read as a noun and named as what the second figure counts.
"""

from __future__ import annotations

import re

# (a digit before it: the word is the percent of that number, not "مئة" of a count, "مئة شخص")
_PERCENT_WORD = re.compile(r"(?<=[\d\u0660-\u0669])(\s*)(?:بالمئة|بالمائة|في\s+المئة|في\s+المائة|فى\s+المائة)(?!\S)")
# The change just told, right before the level it led to: "تراجعا بنسبة 1.5% إلى", "بنسبة 3.2% لتصل إلى".
# (the lead word kept, so that the level is read as the share before it was: "تراجعا طفيفا بنسبة")
_CHANGE_THEN_LEVEL = re.compile(
    r"(?<=(?:بنسبة|بمعدل|بواقع))\s*[\d\u0660-\u0669][\d\u0660-\u0669.,٫]*\s*[%٪]\s*,?\s*"
    r"(?:[لف]?(?:تصل|يصل|تبلغ|يبلغ|تسجل|يسجل)\s+)?(?:إلى|الى)\s*$"
)


def ar_percent_signs(before: str) -> str:
    """`before` with each spelled percent after a number written as "%" ("بنسبة 12 بالمئة" -> "بنسبة 12%"), and
    a change by a share told just before the level it reached left out ("تراجعا بنسبة 1.5% إلى" -> "تراجعا بنسبة"):
    the level counts what the change counts, the subject before both."""
    return _CHANGE_THEN_LEVEL.sub(" ", _PERCENT_WORD.sub("%", before))

"""An Arabic figure's clause read on over the comma before it, when the comma only sets the subject off: Maghreb and
agency copy write "أن عائدات السياحة، بلغت ... 22 مليار", "وصل عدد السياح ...، إلى 3,58 مليون" and "وزاد عدد السياح
الأجانب ...، الذين حلوا بالمملكة بنسبة 5 %", where the words after the comma open no clause of their own."""

from __future__ import annotations

import re

from briefing_app.core.numbers import strip_arabic_marks

# What opens an Arabic clause cut from its subject by a comma, as Maghreb and agency copy sets the subject off: the verb
# of amounting ("أن عائدات السياحة، | بلغت في ... 22 مليار"), "to" of the level ("وصل عدد السياح ...، | إلى 3 ملايين")
# or a relative pronoun ("وزاد عدد السياح الأجانب ...، | الذين حلوا بالمملكة بنسبة 5 %").
_AR_CUT_OPENING = re.compile(
    r"\s*(?:(?:إلى|الى)\s*(?:نحو|حوالي|حوالى|قرابة)?\s*$|(?:الذين|التي|الذي)\s|(?:بلغت|بلغ|وصلت|وصل|تجاوزت|تجاوز)\s"
    # (or the figure's bound alone: "سجلت تحويلات المصريين خلال نفس الفترة العام الماضي، | نحو 15.5 مليار")
    r"|(?:نحو|حوالي|حوالى|قرابة)?\s*$)"
)


# A clause of recording or amounting with no sum of its own in words ("ما يزيد عن مليون وأربعمائة ألف طالب" has one).
_RECORDED_NO_SUM = re.compile(
    r"^(?!.*(?:ألف|آلاف|مليون|ملايين|مليار|مليارات))(?=.*(?<!\S)[وف]?(?:سجل|سجلت|بلغ|بلغت|حقق|حققت|وصل|وصلت)\s)"
)


def ar_comma_set_subject(before: str, clause: str) -> str | None:
    """The figure's Arabic clause read on over the comma before it, when what follows the comma opens no clause of its
    own (a verb of amounting, "إلى", a relative pronoun) and the words before the comma hold no figure."""
    if not _AR_CUT_OPENING.match(strip_arabic_marks(clause)):
        return None
    pieces = re.split(r"[،,](?!\d)", before)
    if len(pieces) < 2 or re.search(r"[\d٠-٩]", pieces[-2]) or len(pieces[-2].split()) < 2:
        return None
    bare = re.fullmatch(r"\s*(?:نحو|حوالي|حوالى|قرابة)?\s*", strip_arabic_marks(clause)) is not None
    if bare and not _RECORDED_NO_SUM.search(pieces[-2]):
        return None  # (a comma alone before the figure: only after a verb of recording and no sum in words)
    return f"{pieces[-2].strip()} {pieces[-1].strip()} "

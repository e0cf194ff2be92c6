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
    r"\s*(?:(?:إلى|الى)\s*(?:نحو|حوالي|حوالى|قرابة)?\s*$|(?:الذين|التي|الذي)\s|(?:بلغت|بلغ|وصلت|وصل|تجاوزت|تجاوز)\s)"
)


def ar_comma_set_subject(before: str, clause: str) -> str | None:
    """The figure's Arabic clause read on over the comma before it, when what follows the comma opens no clause of its
    own (a verb of amounting, "إلى", a relative pronoun) and the words before the comma hold no figure."""
    if not _AR_CUT_OPENING.match(strip_arabic_marks(clause)):
        return None
    pieces = re.split(r"[،,](?!\d)", before)
    if len(pieces) < 2 or re.search(r"[\d٠-٩]", pieces[-2]) or len(pieces[-2].split()) < 2:
        return None
    return f"{pieces[-2].strip()} {pieces[-1].strip()} "

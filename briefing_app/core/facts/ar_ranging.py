"""An Arabic verb of ranging before a range ("يتراوح بين 10 و15 %"), read as a verb of amounting, so that what the
figure counts is the subject or noun before the verb, as after "يبلغ"."""

from __future__ import annotations

import re

# "يتراوح بين", "تتراوح ما بين", "وتراوحت بين": the verb with its "between", right before the range
_RANGING = re.compile(r"(?<!\S)([وف]?)(?:ي|ت)?تراوح(?:ت)?\s+(?:ما\s+)?بين\s*$")


def ar_ranging(before: str) -> str:
    """`before` (the text before a figure) with a closing verb of ranging and its "between" put as "تبلغ": "نمو
    في الصادرات يتراوح بين | 10% إلى 15%" is read as "نمو في الصادرات تبلغ | ...", a growth of 10 to 15%."""
    return _RANGING.sub(lambda m: f"{m.group(1)}تبلغ ", before)

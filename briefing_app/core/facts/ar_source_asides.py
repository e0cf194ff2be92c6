"""An aside naming the source of a body's words, set right after a verb of saying with no subject of its own:
'وأضافت حسبما نقلت "بترا" في وقت سابق، أنه تم «...»' (and it added, as the agency carried it earlier, that ...).
"حسبما/كما/وفق ما + verb" is no subject: the verb goes on with the one named before (the body), not "حسبما نقلت
بترا", which became a false speaker and person."""

from __future__ import annotations

import re

# The words opening such an aside, never a subject's first word.
ASIDE_OPENERS = {"حسبما", "كما", "بحسب", "وفق", "وفقا", "وفقاً", "طبقا", "طبقاً"}
# "as (what) X carried/reported/said": حسبما، بحسب ما، كما، وفق ما، وفقا لما، طبقا لما, then a verb.
_ASIDE = re.compile(r"\s*(?:حسبما|بحسب\s+ما|كما|وفق\s+ما|وفقا\s+لما|وفقاً\s+لما|طبقا\s+لما)\s+[\u0621-\u064a]+")


def source_aside(after_verb: str) -> bool:
    """Whether the words after a verb of saying open with an aside on where they were carried."""
    return _ASIDE.match(after_verb) is not None

"""A title of a body named partly in lower case, right before a name: "chairman of Harbour parish council Ray Roe",
"chair of Millbrook town council Jo Hart", "head of the county planning committee Ann Moss". British local copy
writes councils, committees and boards so, with the place capitalised and the kind of body in lower case; the
title and the body are the person's role, as "Leader of the Harbour Party Ann Moss" (all capitals) already was."""

from __future__ import annotations

import re

from briefing_app.core.facts.people_run_types import Run
from briefing_app.core.facts.roles import is_role_noun

# The kind of body, in lower case, that ends the title before the name.
_BODY_KINDS = (
    r"(?:parish|town|city|county|district|borough|community|regional|state|school|village|residents'?|"
    r"planning|licensing|finance|education|health|housing|transport|police|fire)?\s*"
    r"(?:council|committee|board|trust|association|society|club|authority|commission|department|union|group|"
    r"partnership|forum|panel|cabinet)"
)
_TITLE_OF_BODY = re.compile(
    r"(?:^|[\s\"“(])([A-Za-z][\w-]*)\s+(of|for|at|on)\s+((?:the\s+)?(?:[A-Z][\w'’&-]*\s+){1,3}"
    rf"{_BODY_KINDS})\s+$"
)


def role_of_a_lower_case_body(run: Run) -> None:
    """Sets `run.role` to "chairman of Harbour parish council" when the words right before the run are a role noun,
    "of" and a body whose kind is written in lower case; nothing when the run already has a role."""
    if run.role or run.title or not 2 <= len(run.name_tokens) <= 3:
        return
    m = _TITLE_OF_BODY.search(run.before)
    if m is None or not is_role_noun(m.group(1).lower()):
        return
    run.role = f"{m.group(1)} {m.group(2)} {m.group(3)}"
    run.evidence = True

"""What news copy writes only of a body (a company, an agency), never of a person: its members and parts.
One list for the two readers that use it: the people finder, which will not take "Acme" of "Acme chief
executive Jane Roe" for a person (`people_bodies`), and the organisation finder, which takes "Acme" of
"employees at Acme" for a company (`repeated_names`)."""

from __future__ import annotations

import re

# Members and parts only a body has, written after its name ("Acme chief executive Jane Roe", "Acme's
# shareholders") or before it with "of" or "at" ("the chief executive of Acme", "workers at Acme"). (Not
# "spokesman", "adviser", "aide": a politician has them too, "Roe spokesman John Doe".)
BODY_MEMBERS = (
    "chief executive", "chief financial officer", "chief operating officer", "CEO", "CFO", "chairman", "chairwoman",
    "employees", "employee", "executives", "executive", "shareholders", "stockholders", "board member",
    "board chairman", "board of directors", "workers", "engineers", "subsidiary",
    # a company's other officers ("Orrin's chief technology officer", "the finance director of Acme")
    "chief technology officer", "managing director", "finance director",
    # an armed group's members ("an X fighter", "X militants"; a person commands fighters but has none after the name)
    "fighters", "fighter", "militants", "militant", "insurgents",
)  # fmt: skip

# A firm's analysts at work after its name ("Jefferies analysts wrote", "Barclays economists said"): no person has
# analysts; and "X said its" (a body's "its", never a person's). One place for the four readers that ask it: the
# people finder's company check (`people_things`), the tagger's one-word people and its check of bodies
# (`people_en_tagged`, `tagger_checks`), and the organisation finder (`repeated_names`).
FIRM_STAFF = r"(?:analysts|economists|strategists)"
STAFF_AT_WORK = (
    r"(?:said|say|says|wrote|write|writes|noted|note|expect|expected|estimate|estimated|forecast|predicted|told|"
    r"cut|raised|warned|believe|believed)\b"
)
BODY_AFTER_NAME = rf"(?:{FIRM_STAFF}\b|(?:said|says|announced|reported)\s+its\b)"


def alternation(words: tuple[str, ...]) -> str:
    """The words as one regex alternation, longest first, any run of spaces between the words of a phrase."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

"""Danish "people" the article also names as a body right after the body's kind: "nyhedsbureauet Varko", "det
chilenske medie Tornal", "selskabet Halvik", "rivalerne Ada Brent fra USA".

A firm or an agency named after a founder ("Halvik", "Ada Brent") passes the tests for a person's name, and a
body that "skrev, at ..." is read as a speaker; where the article puts the kind noun (definite or not, alone or
ending a compound: "mediekoncernen", "nyhedsbureau") right before the very same name, and no role was read for
the "person", the name is the body's. The organisation finders have already taken the body, so the person is only
dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Kinds of body that a name follows, in the stem: each takes its definite endings and the plural of rivals
# ("medie", "mediet"; "rival", "rivalerne"); as the last part of a lower-case compound ("mediekoncernen").
_KIND_STEMS = (
    "bureau", "medie", "selskab", "virksomhed", "koncern", "firma", "rival", "konkurrent", "kæde", "rederi",
    "producent", "gigant", "avis", "dagblad", "bank", "forlag", "kanal", "operatør", "tjeneste", "bryggeri",
    "fabrik", "udbyder", "leverandør",
)  # fmt: skip
_ENDINGS = r"(?:en|et|n|t|er|erne|ne|s)?"
_KIND = rf"(?<![\w-])[a-zæøå-]*(?:{'|'.join(_KIND_STEMS)}){_ENDINGS}"


def _after_a_kind(name: str, texts: Sequence[str]) -> bool:
    """Whether some sentence writes a kind of body right before `name` (and the name ends there)."""
    pattern = re.compile(rf"{_KIND}\s+{re.escape(name)}(?![\w'’&-])")
    return any(name in t and pattern.search(t) for t in texts)


def named_as_a_kind(name: str, role: str | None, bodies: set[str], texts: Sequence[str]) -> bool:
    """Whether a Danish person `name` is a body: no role read for it, found as an organisation too, and written
    right after the kind of a body somewhere in the article."""
    return role is None and name in bodies and _after_a_kind(name, texts)

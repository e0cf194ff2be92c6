"""The tonne written "t" after an English number, glued or spaced: "up from 67t in the June quarter", "declined by
5 t to 75 t", "227 t, valued at about A$23-billion" (mining and commodity copy). Read as no unit, the "t" became
what the figure counts.

Only a lower-case "t" standing alone (not "t-shirt", "t'", "t." of an abbreviation, and not a Danish "t." of hours).
"""

from __future__ import annotations

import re

_TONNE = re.compile(r"[\s\u00a0]?t\b(?![.'’-])")


def tonnes_after(after: str, lang: str) -> tuple[str | None, int]:
    """("tonnes", its span) when a lone "t" follows an English number, else (None, 0)."""
    if lang != "en":
        return None, 0
    m = _TONNE.match(after)
    return ("tonnes", m.end()) if m else (None, 0)

"""Academic and medical degrees written after a name: "Jane Roe, M.D., from Acme Hospital, examined ...",
"said John Doe, PhD, professor of biology". The degree letters stand between the name and its apposition,
so the readers of what follows a name read past them: the person is named, and the apposition after the
degrees is the role. Only degrees go here (letters no office or place abbreviation shares: "U.S." after a
name opens a role, "MP" and "QC" are post-nominals read elsewhere)."""

from __future__ import annotations

import re

# (each with or without its full stops: "M.D." and "MD", "Ph.D." and "PhD"; one to four in a row)
_DEGREE = (
    r"(?:M\.?D|Ph\.?D|D\.?Phil|M\.?Phil|M\.?B\.?A|M\.?Sc|B\.?Sc|M\.?P\.?H|M\.?S\.?N|R\.?N|D\.?D\.?S|Ed\.?D"
    r"|J\.?D|Pharm\.?D|Psy\.?D|F\.?R\.?C\.?S|F\.?R\.?C\.?P|M\.?B\.?B\.?S)\.?"
)
_DEGREES_AFTER_NAME = re.compile(rf"(?:\s*,\s*{_DEGREE}(?![\w'’-])){{1,4}}(?=\s*[,.;)]|\s*$)")


def past_degrees(after: str) -> str:
    """The text after a name with the degrees right after it left out (", M.D., M.B.A., from X" is ", from X")."""
    m = _DEGREES_AFTER_NAME.match(after)
    return after[m.end() :] if m else after

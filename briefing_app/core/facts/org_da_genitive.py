"""A Danish body's name read in the genitive: "til Brøndbys hjemmeside" gave the body "Brøndbys" beside "Brøndby"
elsewhere, "Region Midtjyllands regionsråd" the body "Region Midtjyllands". Danish glues the genitive's -s to the
name, so when the article also writes the name bare, the body is the bare name (a name that only ever ends in -s,
"Politiets" alone, is left as found)."""

from __future__ import annotations

import re


def danish_genitive(name: str, whole: str) -> bool:
    """Whether a Danish body's name is the genitive of a name the article (`whole`) also writes bare ("Region
    Midtjyllands" beside "Region Midtjylland")."""
    return (
        len(name) > 4
        and name.endswith("s")
        and re.search(rf"(?<![\w'’-]){re.escape(name[:-1])}(?![\w'’])", whole) is not None
    )

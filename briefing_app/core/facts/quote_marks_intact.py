"""Whether an article writes its speech with intact quote marks. Where it does, an English clause before ", X
said." with no marks is the writer's retelling ("Nearly 20 persons were injured after the bus hit a truck, they
said."): wire and broadcast copy report so all the time, and briefs that quote no one write no marks at all.
Where marks were damaged (a copy or a converter dropped some: a closing mark whose opening one is gone,
'cease-fire," Blinken said.'), the same clause may be the speaker's own words with its marks lost."""

from __future__ import annotations

from collections.abc import Iterable


def marks_intact(paragraphs: Iterable[str]) -> bool:
    """False when a paragraph closes a quote it never opened: an odd number of straight marks in a paragraph
    that does not open with one (a quote over paragraphs opens each of them), or a closing curly mark with no
    opening one in its paragraph; True otherwise (no marks at all included)."""
    for text in paragraphs:
        stripped = text.lstrip()
        if text.count('"') % 2 == 1 and not stripped.startswith('"'):
            return False
        if "”" in text and "“" not in text and not stripped.startswith("”"):
            return False
    return True

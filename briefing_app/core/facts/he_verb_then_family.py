"""A Hebrew speaker mention of a verb and a family name the article gave in full: '"...", פתח סמוטריץ\': "..."'.

News closes or opens a quote with a verb and the speaker's family name; the speech-verb lists hold the verbs
of saying, but news uses many more ("פתח", opened; "חתם", signed off; "נזף", scolded), and a mention such as
"פתח סמוטריץ'" was read as a new person of two words. When the mention is two words, the first no given name,
and the second the family name of exactly one person named in full, that person speaks.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing_app.core.facts.people_index import Person

# The geresh written three ways ("סמוטריץ'", "סמוטריץ׳", "סמוטריץ’"): one family name.
_GERESH = str.maketrans({"\u05f3": "'", "’": "'", "\u05f4": '"', "”": '"', "“": '"'})


def _folded(word: str) -> str:
    return word.translate(_GERESH)


def family_after_verb(people: Sequence[Person], words: Sequence[str], given: bool) -> Person | None:
    """The one person named in full whose family name is the mention's second word, when the first word
    (`given` says whether it is a known given name) cannot open a name of its own."""
    if len(words) != 2 or given:
        return None
    family = _folded(words[1])
    holders = [p for p in people if " " in p.name and _folded(p.name.split()[-1]) == family]
    return holders[0] if len(holders) == 1 else None
